import { DEFAULT_AREAS } from '@ssp/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEVEL_OF, randersStructure } from '../../bodies/ssp-structure';

/** The registry of SSP bodies and memberships, seeded with Randers' structure. */
export class CreateBodies1763800000300 implements MigrationInterface {
  name = 'CreateBodies1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ssp_body (
        id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        level text NOT NULL,
        area_id text
      )`);
    await queryRunner.query(`
      CREATE TABLE body_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id text NOT NULL REFERENCES ssp_body (id),
        person_name text NOT NULL,
        email text NOT NULL,
        organisation text NOT NULL,
        role text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await queryRunner.query('CREATE INDEX body_membership_body ON body_membership (body_id, valid_from)');
    for (const body of randersStructure(DEFAULT_AREAS)) {
      await queryRunner.query('INSERT INTO ssp_body (id, name, kind, level, area_id) VALUES ($1, $2, $3, $4, $5)', [
        body.id,
        body.name,
        body.kind,
        LEVEL_OF[body.kind],
        body.areaId,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE body_membership');
    await queryRunner.query('DROP TABLE ssp_body');
  }
}
