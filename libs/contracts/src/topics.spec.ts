import { ServiceName } from './services';
import { deadLetterTopicOf, defineTopic } from './topic-definition';
import { ALL_TOPICS, Topics, topicsConsumedBy, topicsProducedBy } from './topics';

describe('topic catalogue', () => {
  it('names every topic ssp.<entity>.<event>.v<N>, once', () => {
    const names = ALL_TOPICS.map((topic) => topic.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^ssp\.[a-z-]+\.[a-z-]+\.v\d+$/);
  });

  it('refuses a topic name outside the convention', () => {
    expect(() => defineTopic({ ...Topics.incidentRecorded, name: 'incidents' })).toThrow(/must look like/);
  });

  it('lets only case coordination read the identity topic, which is compacted', () => {
    const identityTopics = ALL_TOPICS.filter((topic) => topic.carriesIdentity);
    expect(identityTopics.map((topic) => topic.name)).toEqual(['ssp.person.identity.v1']);
    expect(identityTopics.every((topic) => topic.compacted)).toBe(true);
    for (const service of Object.values(ServiceName)) {
      const readsIdentity = topicsConsumedBy(service).some((topic) => topic.carriesIdentity);
      expect([service, readsIdentity]).toEqual([service, service === ServiceName.caseCoordination]);
    }
  });

  it('derives type, version and dead-letter topic from the name', () => {
    expect(Topics.incidentRecorded).toMatchObject({ eventType: 'ssp.incident.recorded', version: 2 });
    expect(deadLetterTopicOf(Topics.incidentRecorded.name)).toBe('ssp.incident.recorded.v2.dlq');
    expect(topicsProducedBy(ServiceName.policeListIngestion)).toHaveLength(6);
  });
});
