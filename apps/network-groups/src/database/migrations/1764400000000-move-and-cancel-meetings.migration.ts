import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds before this migration (migration 1763800002510). */
const BEFORE = `'message', 'new-agenda', 'area-alert', 'action-item-due', 'referral-received', 'referral-answered', 'intervention-assigned', 'intervention-due-soon', 'intervention-overdue'`;
const MEETING_CHANGE_KINDS = `'meeting-moved', 'meeting-cancelled'`;

/**
 * Meetings can be moved and cancelled, and schedules changed:
 * - `occurrence_day`, the Copenhagen day a schedule put the meeting on, is what makes an
 *   occurrence once (`meeting_occurrence`), so a moved meeting is not put in again at its old time;
 * - `moved_at` marks a meeting moved by hand, which a later change of its schedule leaves be;
 * - `cancelled_at`, `cancel_reason`, `cancelled_by`;
 * - the notification kinds `meeting-moved` and `meeting-cancelled`;
 * - the links of notifications already written lead to the web app's pages (APP_LINKS).
 */
export class MoveAndCancelMeetings1764400000000 implements MigrationInterface {
  name = 'MoveAndCancelMeetings1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE meeting ADD COLUMN occurrence_day date, ADD COLUMN moved_at timestamptz, ADD COLUMN cancelled_at timestamptz,
      ADD COLUMN cancel_reason text, ADD COLUMN cancelled_by text, ADD CONSTRAINT meeting_cancel_reason CHECK (cancelled_at IS NULL OR cancel_reason IS NOT NULL)`);
    await queryRunner.query(`UPDATE meeting SET occurrence_day = (starts_at AT TIME ZONE 'Europe/Copenhagen')::date WHERE schedule_id IS NOT NULL`);
    await queryRunner.query('ALTER TABLE meeting DROP CONSTRAINT meeting_occurrence, ADD CONSTRAINT meeting_occurrence UNIQUE (schedule_id, occurrence_day)');
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check, ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BEFORE}, ${MEETING_CHANGE_KINDS}))`);
    await queryRunner.query(`UPDATE notification SET link = CASE
        WHEN link ~ '^/bodies/[^/]+/meetings/[^/?]+$' THEN regexp_replace(link, '^/bodies/([^/]+)/meetings/', '/netvaerksgrupper/\\1/moeder/')
        WHEN link ~ '^/bodies/[^/]+/meetings$' THEN regexp_replace(link, '^/bodies/([^/]+)/meetings$', '/netvaerksgrupper/\\1/moeder')
        WHEN link ~ '^/bodies/[^/]+/messages' THEN regexp_replace(link, '^/bodies/([^/]+)/messages.*$', '/netvaerksgrupper/\\1/beskeder')
        WHEN link ~ '^/indsatser/' THEN regexp_replace(link, '^/indsatser/', '/opfoelgning/mine-opgaver/')
        ELSE link END
      WHERE link ~ '^/(bodies|indsatser)/'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE notification SET link = CASE
        WHEN link ~ '^/netvaerksgrupper/[^/]+/moeder' THEN regexp_replace(link, '^/netvaerksgrupper/([^/]+)/moeder', '/bodies/\\1/meetings')
        WHEN link ~ '^/netvaerksgrupper/[^/]+/beskeder' THEN regexp_replace(link, '^/netvaerksgrupper/([^/]+)/beskeder', '/bodies/\\1/messages')
        ELSE regexp_replace(link, '^/opfoelgning/mine-opgaver/', '/indsatser/') END
      WHERE link ~ '^/(netvaerksgrupper|opfoelgning/mine-opgaver)/'`);
    // The release before knows neither kind; deleting them would take their e-mails (outgoing_email) with them, so they
    // stay as what that release calls news of a body's meetings.
    await queryRunner.query(`UPDATE notification SET kind = 'new-agenda' WHERE kind IN (${MEETING_CHANGE_KINDS})`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check, ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BEFORE}))`);
    await queryRunner.query('ALTER TABLE meeting DROP CONSTRAINT meeting_occurrence, ADD CONSTRAINT meeting_occurrence UNIQUE (schedule_id, starts_at)');
    await queryRunner.query('ALTER TABLE meeting DROP CONSTRAINT meeting_cancel_reason, DROP COLUMN occurrence_day, DROP COLUMN moved_at, DROP COLUMN cancelled_at, DROP COLUMN cancel_reason, DROP COLUMN cancelled_by');
  }
}
