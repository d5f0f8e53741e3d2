import { INITIATIVE_KINDS } from '@ssp/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INITIATIVE_STATUSES } from '../../initiatives/initiative-status';

const check = (column: string, values: readonly string[]) => `CHECK (${column} IN (${values.map((value) => `'${value}'`).join(', ')}))`;
const KINDS_BEFORE = ['course', 'campaign', 'project', 'other'];
const STATUSES_BEFORE = ['planned', 'launched', 'completed', 'cancelled'];

/**
 * Initiatives (issue 23): teaching activities as a kind of their own beside courses and
 * campaigns; a network group's proposal (status `proposed`, with the body that proposed it)
 * that the secretariat accepts or turns down; and what came of an initiative: its outcome,
 * who took part and its materials (titles or addresses). The checks are made from the code's
 * lists, so a later migration that adds kinds or statuses the same way keeps these.
 */
export class AddInitiativeProposals1764300000200 implements MigrationInterface {
  name = 'AddInitiativeProposals1764300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE initiative DROP CONSTRAINT initiative_kind_check');
    await queryRunner.query(`ALTER TABLE initiative ADD CONSTRAINT initiative_kind_check ${check('kind', INITIATIVE_KINDS)}`);
    await queryRunner.query('ALTER TABLE initiative DROP CONSTRAINT initiative_status_check');
    await queryRunner.query(`ALTER TABLE initiative ADD CONSTRAINT initiative_status_check ${check('status', INITIATIVE_STATUSES)}`);
    await queryRunner.query(`
      ALTER TABLE initiative
        ADD COLUMN proposed_by_body text REFERENCES ssp_body (id),
        ADD COLUMN outcome text,
        ADD COLUMN participants text,
        ADD COLUMN materials text[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM initiative WHERE status = 'proposed' OR kind NOT IN ('course', 'campaign', 'project', 'other')");
    await queryRunner.query('ALTER TABLE initiative DROP COLUMN proposed_by_body, DROP COLUMN outcome, DROP COLUMN participants, DROP COLUMN materials');
    await queryRunner.query('ALTER TABLE initiative DROP CONSTRAINT initiative_status_check');
    await queryRunner.query(`ALTER TABLE initiative ADD CONSTRAINT initiative_status_check ${check('status', STATUSES_BEFORE)}`);
    await queryRunner.query('ALTER TABLE initiative DROP CONSTRAINT initiative_kind_check');
    await queryRunner.query(`ALTER TABLE initiative ADD CONSTRAINT initiative_kind_check ${check('kind', KINDS_BEFORE)}`);
  }
}
