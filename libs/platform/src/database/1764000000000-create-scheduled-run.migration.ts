import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The runs of the services' periodic jobs, one row per job and slot (a Danish day, or hour):
 * the replica that inserts the row runs the slot, so it runs once however many replicas there
 * are. A claim whose lease ran out unfinished (its replica died) may be taken over.
 */
export class CreateScheduledRun1764000000000 implements MigrationInterface {
  name = 'CreateScheduledRun1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scheduled_run (
        job text NOT NULL,
        slot text NOT NULL,
        replica text NOT NULL,
        attempts integer NOT NULL DEFAULT 1,
        started_at timestamptz NOT NULL,
        lease_until timestamptz NOT NULL,
        finished_at timestamptz,
        PRIMARY KEY (job, slot)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE scheduled_run');
  }
}
