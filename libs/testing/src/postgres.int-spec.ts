import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { copyDatabase, databaseUrl, dropDatabase, queryDatabase, serverUrl, withAdmin } from './postgres';
import { waitFor } from './wait-for';

/*
 * Copying a template that someone else is connected to, which PostgreSQL refuses after
 * waiting five seconds of its own: the copy waits for the template to be free instead, with
 * a deadline. Each test copies a small template of its own, never a service's.
 */
describe('copying a template database', () => {
  const suffix = randomBytes(4).toString('hex');
  const template = `t_copy_template_${suffix}`;
  const copies: string[] = [];
  let holder: Client | undefined;

  const copyName = () => {
    copies.push(`t_copy_${suffix}_${copies.length}`);
    return copies[copies.length - 1];
  };

  const holdTemplate = async () => {
    holder = new Client({ connectionString: databaseUrl(template), application_name: 'holding-the-template' });
    await holder.connect();
  };

  beforeAll(async () => {
    await withAdmin((client) => client.query(`CREATE DATABASE "${template}"`));
    await queryDatabase(databaseUrl(template), 'CREATE TABLE copied_table (id int PRIMARY KEY)');
  });

  afterEach(async () => {
    await holder?.end();
    holder = undefined;
  });

  afterAll(async () => {
    await withAdmin(async (client) => {
      for (const name of [...copies, template]) await dropDatabase(client, name);
    });
  });

  // Negative control: in copyDatabase (libs/testing/src/postgres.ts), drop the waitFor and
  // CREATE DATABASE straight away, giving up on the first refusal; then
  // `npx jest --ci libs/testing/src/postgres.int-spec.ts --selectProjects integration`
  // fails here with 'source database "t_copy_template_..." is being accessed by other users'.
  it('waits while another session holds the template, and copies it once that session has left', async () => {
    await holdTemplate();
    const name = copyName();
    const copied = copyDatabase(template, name);
    const copiedEarly = copied.then(() => {
      throw new Error('copied while another session held the template');
    });

    // The copy has looked who holds the template (its own session says so) and found the holder.
    await Promise.race([
      copiedEarly,
      waitFor(
        'the copy to look who holds the template',
        () =>
          queryDatabase(serverUrl(), `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND query LIKE '%pg_prepared_xacts%'`, [
            `copy to ${name}`,
          ]),
        (rows) => rows.length > 0,
      ),
    ]);
    await holder?.end();
    holder = undefined;

    await copied;
    expect(await queryDatabase(databaseUrl(name), 'SELECT count(*)::int AS count FROM copied_table')).toEqual([{ count: 0 }]);
  });

  it('gives up at its deadline, naming the session that holds the template', async () => {
    await holdTemplate();
    await expect(copyDatabase(template, copyName(), { timeoutMs: 300 })).rejects.toThrow(/holding-the-template/);
  });
});
