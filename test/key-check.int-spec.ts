import { IdentityCipher, MetricsService, Pseudonymiser, Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, TEST_IDENTITY_SECRETS, TEST_TODAY, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { randomBytes } from 'node:crypto';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/**
 * Issue 18, finding 8: a second checkout made new development keys under the same key ids,
 * case coordination started against the old data, and one undecryptable identity made the
 * Monday agenda answer 500 for everyone.
 */
describe('keys that do not fit the data', () => {
  const namespace = newTopicNamespace();
  const otherMaterial = () => randomBytes(32).toString('base64');
  let environment: ServiceTestEnvironment;
  let cases: RunningService | undefined;
  let consultant: string;
  const [readable, damaged] = [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')];

  const start = (env: Record<string, string> = {}) => startTestService(CASE_COORDINATION, { ...environment.env, MONDAY_GROUP_FIRST_MEETING: '2026-01-05', ...env });
  const query = async <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => (await cases!.dataSource.query(sql, parameters)) as T[];

  async function addFlaggedPerson(pseudonym: string, name: string): Promise<void> {
    const cipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);
    const encrypted = cipher.encrypt(JSON.stringify({ name, birthDate: '2010-05-01', protectedAddress: false }), pseudonym);
    await query("INSERT INTO person (pseudonym, pseudonym_strength, last_incident_date) VALUES ($1, 'strong', $2)", [pseudonym, TEST_TODAY]);
    await query('INSERT INTO person_identity (person_pseudonym, key_id, iv, ciphertext, auth_tag) VALUES ($1, $2, $3, $4, $5)', [pseudonym, encrypted.keyId, encrypted.iv, encrypted.ciphertext, encrypted.authTag]);
    await query(`INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at) VALUES ($1, 2, '[]'::jsonb, now())`, [pseudonym]);
  }

  /** Closes the running instance, if any, and starts another: the same database, these keys. */
  async function restart(env: Record<string, string> = {}): Promise<void> {
    await cases?.close();
    cases = undefined;
    cases = await start(env);
  }

  async function refusalWith(env: Record<string, string>): Promise<Error> {
    const refused = await restart(env).then(
      () => null,
      (error: unknown) => error as Error,
    );
    if (refused === null) throw new Error('case coordination started with keys that do not fit its data');
    return refused;
  }

  beforeAll(async () => {
    environment = await serviceTestEnvironment('case-coordination', namespace);
    consultant = await testToken({ roles: [Role.sspConsultant], groups: ['mandagsgruppen'], subject: 'konsulent-1' });
    cases = await start();
    await addFlaggedPerson(readable, 'Anna Andersen');
    await addFlaggedPerson(damaged, 'Bo Berg');
  });

  afterAll(async () => {
    await cases?.close();
    await environment.database.drop();
  });

  it('records a check value per identity key id on the first start, never the key', async () => {
    const rows = await query<{ purpose: string; key_id: string; check_value: string }>('SELECT purpose, key_id, check_value FROM key_check ORDER BY purpose');
    expect(rows.map((row) => [row.purpose, row.key_id])).toEqual([
      ['IDENTITY_KEYS', 'test-1'],
      ['SEARCH_INDEX_KEY', 'default'],
    ]);
    const key = Buffer.from(TEST_IDENTITY_SECRETS.IDENTITY_KEYS.split(':')[1], 'base64');
    expect(rows[0].check_value).toMatch(/^[0-9a-f]{32}$/);
    expect(key.toString('hex')).not.toContain(rows[0].check_value);
  });

  it('answers the agenda with one identity that cannot be decrypted: the person is marked unreadable, counted, and the others are named', async () => {
    const flipped = Buffer.from((await query<{ ciphertext: string }>('SELECT ciphertext FROM person_identity WHERE person_pseudonym = $1', [damaged]))[0].ciphertext, 'base64');
    flipped[0] ^= 1;
    await query('UPDATE person_identity SET ciphertext = $2 WHERE person_pseudonym = $1', [damaged, flipped.toString('base64')]);
    const counted = async () => (await cases!.app.get(MetricsService).identityUnreadable.get()).values.find((value) => value.labels.key_id === 'test-1')?.value ?? 0;
    const before = await counted();

    const response = await fetch(`${cases!.url}/meetings/next/agenda?from=${TEST_TODAY}`, { headers: { authorization: `Bearer ${consultant}` } });
    expect(response.status).toBe(200);
    const agenda = (await response.json()) as { items: { personPseudonym: string; person: { name: string | null; identityError: { code: string; message: string } | null } }[] };
    const persons = Object.fromEntries(agenda.items.map((item) => [item.personPseudonym, item.person]));
    expect(persons[readable]).toEqual({ name: 'Anna Andersen', birthDate: '2010-05-01', school: null, identityError: null });
    expect(persons[damaged]).toMatchObject({ name: null, identityError: { code: 'identity-unreadable', message: expect.stringMatching(/^Personens identitet kan ikke læses/) } });
    expect((await counted()) - before).toBe(1);

    const person = await fetch(`${cases!.url}/persons/${damaged}?purpose=monday-group-meeting`, { headers: { authorization: `Bearer ${consultant}` } });
    expect(person.status).toBe(200);
    expect(await person.json()).toMatchObject({ identity: null, identityError: { code: 'identity-unreadable' } });
  });

  it('refuses to start with other key material under the same key id, naming the key', async () => {
    const refused = await refusalWith({ IDENTITY_KEYS: `test-1:${otherMaterial()}` });
    expect(refused.message).toBe("IDENTITY_KEYS: the key with id test-1 is not the key this database's identities were encrypted with");
    expect(refused).toMatchObject({ code: 'key-mismatch', purpose: 'IDENTITY_KEYS', keyId: 'test-1' });
  });

  it('refuses, before any check value was recorded, a key that decrypts none of the identities under its id', async () => {
    await restart();
    await query('DELETE FROM key_check');
    const refused = await refusalWith({ IDENTITY_KEYS: `test-1:${otherMaterial()}` });
    expect(refused.message).toBe("IDENTITY_KEYS: the key with id test-1 is not the key this database's identities were encrypted with");
  });

  it('refuses a configuration that drops a key id identities are still encrypted with', async () => {
    await restart();
    const refused = await refusalWith({ IDENTITY_KEYS: `test-2:${otherMaterial()}`, IDENTITY_ACTIVE_KEY_ID: 'test-2' });
    expect(refused).toMatchObject({ code: 'key-missing', keyId: 'test-1' });
    expect(refused.message).toMatch(/^IDENTITY_KEYS: the key with id test-1 is not listed/);
  });

  it('starts with a newly added key id beside the old one, and records it', async () => {
    await restart({ IDENTITY_KEYS: `${TEST_IDENTITY_SECRETS.IDENTITY_KEYS},test-2:${otherMaterial()}` });
    expect((await query<{ key_id: string }>("SELECT key_id FROM key_check WHERE purpose = 'IDENTITY_KEYS' ORDER BY key_id")).map((row) => row.key_id)).toEqual(['test-1', 'test-2']);
  });
});

describe('a pseudonym key that does not fit the data', () => {
  const namespace = newTopicNamespace();
  let environment: ServiceTestEnvironment;
  let ingestion: RunningService | undefined;

  async function restart(env: Record<string, string> = {}): Promise<void> {
    await ingestion?.close();
    ingestion = undefined;
    ingestion = await startTestService(INGESTION, { ...environment.env, ...env });
  }

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', namespace);
    await restart();
    // A person in the vault as an ingest under the right keys stores them.
    const pseudonymiser = new Pseudonymiser(Buffer.from(TEST_IDENTITY_SECRETS.PSEUDONYM_KEY, 'base64'));
    const cipher = IdentityCipher.fromConfig(TEST_IDENTITY_SECRETS.IDENTITY_KEYS, TEST_IDENTITY_SECRETS.IDENTITY_ACTIVE_KEY_ID);
    const identity = JSON.stringify({ cpr: '0101124001', name: 'Anna Andersen', birthDate: '2012-01-01', protectedAddress: false });
    const { pseudonym } = pseudonymiser.ofPerson({ cpr: '0101124001', name: 'Anna Andersen', birthDate: '2012-01-01' });
    const encrypted = cipher.encrypt(identity, pseudonym);
    await ingestion!.dataSource.query(
      "INSERT INTO person_identity (person_pseudonym, pseudonym_strength, key_id, iv, ciphertext, auth_tag, identity_digest) VALUES ($1, 'strong', $2, $3, $4, $5, $6)",
      [pseudonym, encrypted.keyId, encrypted.iv, encrypted.ciphertext, encrypted.authTag, pseudonymiser.digest(identity)],
    );
    // A database from before check values existed.
    await ingestion!.dataSource.query('DELETE FROM key_check');
  });

  afterAll(async () => {
    await ingestion?.close();
    await environment.database.drop();
  });

  it('refuses, before any check value was recorded, a pseudonym key that does not give the stored identities their pseudonyms', async () => {
    const refused = await restart({ PSEUDONYM_KEY: randomBytes(32).toString('base64') }).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(refused).toMatchObject({ code: 'key-mismatch', purpose: 'PSEUDONYM_KEY', message: "PSEUDONYM_KEY is not the key this database's pseudonyms were made with" });
  });

  it('starts with the key the pseudonyms were made with, and records its check value', async () => {
    await restart();
    expect(await ingestion!.dataSource.query('SELECT purpose FROM key_check ORDER BY purpose')).toEqual([{ purpose: 'IDENTITY_KEYS' }, { purpose: 'PSEUDONYM_KEY' }]);
  });
});
