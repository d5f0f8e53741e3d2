import { Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../../apps/case-coordination/src/app.definition';

/*
 * A refusal the law demands holds whatever else the caller holds: a police officer who is also
 * registered with the family department is still refused the search of the municipality's notes
 * (retsplejeloven § 115, stk. 2), told why in Danish with the refusal's code, and the refusal is
 * in the audit log; the family department alone may search.
 *
 * Negative control (docs/testing.md): make `LEGAL_REFUSALS` (libs/platform/src/auth/permissions.ts)
 * empty, so permissions are the plain union of the roles: the first test fails with
 * "Expected: 403, Received: 200" for the police + family-department token.
 */
interface AuditRow {
  actor: string;
  actor_roles: string[];
  action: string;
  permission: string | null;
  decision: string;
  reason: string;
}

describe('refusals the law demands, through a running service', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;

  const search = (token: string) => fetch(`${service.url}/notes/search?q=skolefravær`, { headers: { authorization: `Bearer ${token}` } });
  const auditOf = async (actor: string) =>
    (await service.dataSource.query('SELECT actor, actor_roles, action, permission, decision, reason FROM audit_log WHERE actor = $1 ORDER BY seq', [actor])) as AuditRow[];

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', newTopicNamespace());
    service = await startTestService(CASE_COORDINATION, environment.env);
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('refuses the note search to a police officer who also holds the family-department role (403, Danish, audited)', async () => {
    const token = await testToken({ roles: [Role.policePrevention, Role.familyDepartment], groups: ['mandagsgruppen'], subject: 'politi-og-familie-1' });
    const refused = await search(token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      code: 'rpl-115-2-police-note-search',
      legalBasis: 'Retsplejeloven § 115, stk. 2',
      message: expect.stringMatching(/^Politiet må ikke søge i de oplysninger, kommunen har delt i SSP-samarbejdet.*andre roller/),
    });
    expect(await auditOf('politi-og-familie-1')).toEqual([
      {
        actor: 'politi-og-familie-1',
        actor_roles: ['police-prevention', 'family-department'],
        action: 'GET /notes/search',
        permission: 'person-notes:search',
        decision: 'deny',
        reason: 'legal-refusal:rpl-115-2-police-note-search',
      },
    ]);
  });

  it('lets the family department alone search, and audits the allowed search', async () => {
    const token = await testToken({ roles: [Role.familyDepartment], groups: ['mandagsgruppen'], subject: 'familie-2' });
    const allowed = await search(token);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual([]);
    expect((await auditOf('familie-2')).map((row) => [row.decision, row.reason])).toEqual([['allow', 'granted']]);
  });

  it('tells an ordinary refusal in Danish with its stable code', async () => {
    const token = await testToken({ roles: [Role.school], groups: ['netvaerk-nord'], subject: 'laerer-3' });
    const refused = await search(token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ statusCode: 403, error: 'Forbidden', code: 'missing-permission', message: expect.stringContaining('Din rolle giver ikke adgang') });
  });
});
