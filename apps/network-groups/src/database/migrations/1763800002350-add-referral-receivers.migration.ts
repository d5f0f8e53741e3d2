import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FAMILY_DEPARTMENT_BODY, LEVEL_OF } from '../../bodies/ssp-structure';
import { NOTIFICATION_KINDS } from '../../notifications/notification';
import { REFERRAL_NOTIFICATION_KINDS } from '../../referrals/referral-notifications';

const kindCheck = (kinds: readonly string[]) => `CHECK (kind IN (${kinds.map((kind) => `'${kind}'`).join(', ')}))`;

/**
 * Referrals (issue 21): the family department becomes a body of the registry (SSP-U and SSP+
 * are since the start), so that its members receive the Monday group's referrals; and a
 * notification may be of the referral kinds. The kinds' check is made from NOTIFICATION_KINDS
 * as the code has it, so a later migration that adds other kinds the same way keeps these.
 */
export class AddReferralReceivers1763800002350 implements MigrationInterface {
  name = 'AddReferralReceivers1763800002350';

  async up(queryRunner: QueryRunner): Promise<void> {
    const body = FAMILY_DEPARTMENT_BODY;
    await queryRunner.query('INSERT INTO ssp_body (id, name, kind, level, area_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING', [
      body.id,
      body.name,
      body.kind,
      LEVEL_OF[body.kind],
      body.areaId,
    ]);
    await queryRunner.query('ALTER TABLE notification DROP CONSTRAINT notification_kind_check');
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check ${kindCheck(NOTIFICATION_KINDS)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const referralKinds: readonly string[] = REFERRAL_NOTIFICATION_KINDS;
    await queryRunner.query('DELETE FROM notification WHERE kind = ANY($1)', [referralKinds]);
    await queryRunner.query('ALTER TABLE notification DROP CONSTRAINT notification_kind_check');
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check ${kindCheck(NOTIFICATION_KINDS.filter((kind) => !referralKinds.includes(kind)))}`);
  }
}
