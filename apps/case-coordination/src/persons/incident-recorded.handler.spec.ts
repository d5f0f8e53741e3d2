import type { IncidentRecordedV1 } from '@ssp/contracts';
import { firstNewIncidentOfEachPerson } from './incident-recorded.handler';

const incident = (incidentId: string, personPseudonym: string) => ({ incidentId, personPseudonym }) as IncidentRecordedV1;

describe('firstNewIncidentOfEachPerson', () => {
  const i1 = '00000000-0000-4000-8000-000000000001';
  const i2 = '00000000-0000-4000-8000-000000000002';
  const i3 = '00000000-0000-4000-8000-00000000000A';

  it('takes the first incident of each person that was new, in the order of the topic', () => {
    const batch = [incident(i1, 'p'), incident(i2, 'p'), incident(i3, 'q')];
    expect(firstNewIncidentOfEachPerson(batch, new Set([i1, i2, i3.toLowerCase()]))).toEqual(new Map([['p', i1], ['q', i3.toLowerCase()]]));
  });

  it('gives the same incident however the events are batched: the one that opened the case', () => {
    const together = firstNewIncidentOfEachPerson([incident(i1, 'p'), incident(i2, 'p')], new Set([i1, i2]));
    const firstAlone = firstNewIncidentOfEachPerson([incident(i1, 'p')], new Set([i1]));
    expect(together.get('p')).toBe(firstAlone.get('p'));
  });

  it('passes over an incident already known and a person with none new', () => {
    expect(firstNewIncidentOfEachPerson([incident(i1, 'p'), incident(i2, 'p'), incident(i3, 'q')], new Set([i2]))).toEqual(new Map([['p', i2]]));
  });
});
