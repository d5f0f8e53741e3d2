import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each membership was last published on ssp.registry.membership.v1 (MembershipAnnouncer): every
 * change publishes it in its own transaction, and the memberships there were before (null
 * here) are published once at start-up, so every service's copy of the registry is whole.
 */
export class AnnounceMemberships1763800000800 implements MigrationInterface {
  name = 'AnnounceMemberships1763800000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE body_membership ADD COLUMN announced_at timestamptz');
    await queryRunner.query('CREATE INDEX body_membership_unannounced ON body_membership (id) WHERE announced_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX body_membership_unannounced');
    await queryRunner.query('ALTER TABLE body_membership DROP COLUMN announced_at');
  }
}
