import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePoliceListSummary1763800000100 implements MigrationInterface {
  name = 'CreatePoliceListSummary1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE police_list_summary (
        list_id uuid PRIMARY KEY,
        source text NOT NULL,
        list_date date,
        rows integer NOT NULL,
        accepted integer NOT NULL,
        rejected integer NOT NULL,
        duplicates integer NOT NULL,
        ingested_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE police_list_summary');
  }
}
