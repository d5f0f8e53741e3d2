import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { kafkaAclPlan, kafkaAclsFor, type KafkaAcl } from './kafka-acl-plan';
import { ServiceName } from './services';
import { Topics, topicsConsumedBy } from './topics';

const USERS_MANIFEST = path.resolve(__dirname, '../../../k8s/kafka/users.yaml');

interface StrimziAcl {
  type?: 'allow' | 'deny';
  resource: { type: 'topic' | 'group'; name: string; patternType?: 'literal' };
  operations: KafkaAcl['operations'];
}

interface KafkaUserManifest {
  kind: string;
  metadata: { name: string; labels: Record<string, string> };
  spec: { authentication: { type: string }; authorization: { type: string; acls: StrimziAcl[] } };
}

function kafkaUsersInManifest(): KafkaUserManifest[] {
  return parseAllDocuments(readFileSync(USERS_MANIFEST, 'utf8')).map((document) => document.toJS() as KafkaUserManifest);
}

/** Strimzi's defaults made explicit, and order dropped: the order of ACLs means nothing. */
function normalised(acls: readonly (StrimziAcl | KafkaAcl)[]): string[] {
  return acls
    .map((acl) =>
      [acl.type ?? 'allow', acl.resource.type, acl.resource.name, acl.resource.patternType ?? 'literal', [...acl.operations].sort().join(',')].join(' '),
    )
    .sort();
}

describe('Kafka ACL plan', () => {
  it('is what k8s/kafka/users.yaml grants: one SCRAM user per service on the ssp-kafka cluster, with exactly its ACLs', () => {
    const users = kafkaUsersInManifest();
    expect(users.map((user) => user.metadata.name).sort()).toEqual(Object.values(ServiceName).sort());
    for (const user of users) {
      expect([user.metadata.name, user.kind, user.metadata.labels['strimzi.io/cluster'], user.spec.authentication.type, user.spec.authorization.type]).toEqual([
        user.metadata.name,
        'KafkaUser',
        'ssp-kafka',
        'scram-sha-512',
        'simple',
      ]);
      const planned = kafkaAclPlan()[user.metadata.name as ServiceName];
      expect([user.metadata.name, normalised(user.spec.authorization.acls)]).toEqual([user.metadata.name, normalised(planned)]);
    }
  });

  it('lets only case coordination read the identity topic, and denies it to everyone else', () => {
    const identity = Topics.personIdentity.name;
    for (const [service, acls] of Object.entries(kafkaAclPlan())) {
      const onIdentity = acls.filter((acl) => acl.resource.type === 'topic' && acl.resource.name === identity);
      const mayRead = onIdentity.some((acl) => acl.type === 'allow' && acl.operations.includes('Read'));
      const deniedRead = onIdentity.some((acl) => acl.type === 'deny' && acl.operations.includes('Read'));
      expect([service, mayRead, deniedRead]).toEqual(
        service === ServiceName.caseCoordination ? [service, true, false] : [service, false, true],
      );
    }
  });

  it('gives a consumer Write but not Read on its dead-letter topics, and a group only to a service that consumes', () => {
    expect(kafkaAclsFor(ServiceName.reporting)).toContainEqual({
      type: 'allow',
      resource: { type: 'topic', name: 'ssp.incident.recorded.v2.dlq', patternType: 'literal' },
      operations: ['Write', 'Describe', 'Create'],
    });
    for (const service of Object.values(ServiceName)) {
      const hasGroup = kafkaAclsFor(service).some((acl) => acl.resource.type === 'group');
      expect([service, hasGroup]).toEqual([service, topicsConsumedBy(service).length > 0]);
    }
  });
});
