import { Topics } from '@ssp/contracts';
import { deadLetterContentCutoff, PERSON_KEYED_TOPICS } from './dead-letter-retention';

describe('the dead letters’ retention and erasure', () => {
  it('removes the messages first dead-lettered more than the retention’s days before now', () => {
    expect(deadLetterContentCutoff(new Date('2026-11-23T09:00:00Z'), 7)).toEqual(new Date('2026-11-16T09:00:00Z'));
    // Whole days of 24 hours, also across the end of summer time.
    expect(deadLetterContentCutoff(new Date('2026-10-26T09:00:00Z'), 2)).toEqual(new Date('2026-10-24T09:00:00Z'));
  });

  it('matches an erased person’s dead letters only on the topics keyed by the pseudonym', () => {
    expect(PERSON_KEYED_TOPICS).toEqual(expect.arrayContaining([Topics.incidentRecorded.name, Topics.personIdentity.name, Topics.personErased.name, Topics.concernRaised.name]));
    expect(PERSON_KEYED_TOPICS).not.toContain(Topics.membership.name);
    expect(PERSON_KEYED_TOPICS).not.toContain(Topics.meetingScheduled.name);
    expect(PERSON_KEYED_TOPICS).not.toContain(Topics.policeListIngested.name);
  });
});
