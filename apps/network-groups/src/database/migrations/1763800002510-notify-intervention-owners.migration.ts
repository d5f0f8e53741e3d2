import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds before this migration: the first four and the referrals' (migration 1763800002350). */
const BEFORE = `'message', 'new-agenda', 'area-alert', 'action-item-due', 'referral-received', 'referral-answered'`;
const INTERVENTION_KINDS = `'intervention-assigned', 'intervention-due-soon', 'intervention-overdue'`;

/** Notifications of the interventions a registry person is responsible for (case coordination's topics). */
export class NotifyInterventionOwners1763800002510 implements MigrationInterface {
  name = 'NotifyInterventionOwners1763800002510';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check, ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BEFORE}, ${INTERVENTION_KINDS}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind IN (${INTERVENTION_KINDS})`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check, ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BEFORE}))`);
  }
}
