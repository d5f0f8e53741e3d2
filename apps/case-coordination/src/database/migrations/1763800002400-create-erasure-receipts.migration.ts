import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The receipts of erasures on a person's documented request (GDPR art. 17): the request's
 * reference (the journal number of the municipality's case), the day it was received, its
 * grounds (a code), who answered it, when, and what was erased and kept (codes and Danish
 * words). No name, CPR or text about the child: the person is known by pseudonym only, and
 * the secretariat's note is refused when it names them. And a person's cases by person, closed
 * ones too, for the register extract (GDPR art. 15).
 */
export class CreateErasureReceipts1763800002400 implements MigrationInterface {
  name = 'CreateErasureReceipts1763800002400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE erasure_receipt (
        id uuid PRIMARY KEY,
        person_pseudonym char(64) NOT NULL REFERENCES person (pseudonym),
        erased_pseudonyms char(64)[] NOT NULL,
        request_reference text NOT NULL,
        received_on date NOT NULL,
        grounds text NOT NULL,
        note text,
        handled_by text NOT NULL,
        erased_at timestamptz NOT NULL,
        erased jsonb NOT NULL,
        kept jsonb NOT NULL
      )`);
    // A person's earlier receipt is found by any pseudonym it erased (the person's own is among them).
    await queryRunner.query('CREATE INDEX erasure_receipt_erased ON erasure_receipt USING gin (erased_pseudonyms)');
    await queryRunner.query('CREATE INDEX person_case_person ON person_case (person_pseudonym, opened_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX person_case_person');
    await queryRunner.query('DROP TABLE erasure_receipt');
  }
}
