import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A row error names the column as the clerk's file heads it ("CPR-nummer", "Journalnr"), beside
 * the field's stable code, so the rejected rows can be found and fixed in the file itself. Null
 * when the fault lies between fields, or for errors recorded before this.
 */
export class AddErrorColumnNames1766000000000 implements MigrationInterface {
  name = 'AddErrorColumnNames1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE police_list_error ADD COLUMN column_name text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE police_list_error DROP COLUMN column_name');
  }
}
