import { createKeyCheckTable, dropKeyCheckTable } from '@ssp/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The key check values start-up compares the configured keys with (libs/platform/src/privacy/key-check-table.ts). */
export class CreateKeyCheck1763800000300 implements MigrationInterface {
  name = 'CreateKeyCheck1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createKeyCheckTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropKeyCheckTable(queryRunner);
  }
}
