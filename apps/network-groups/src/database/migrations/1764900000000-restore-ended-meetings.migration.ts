import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTHS = `ARRAY['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']`;
/** A reason as the release before wrote it: the day as YYYY-MM-DD. */
const ISO_REASON = `'^Mødeplanen slutter ([0-9]{4}-[0-9]{2}-[0-9]{2})\\.$'`;

/**
 * `ended_with_schedule` marks a meeting cancelled only because its schedule's last day was set
 * before it, which a later last day puts back in the calendar (SchedulesService.update); a
 * meeting cancelled by hand stays cancelled. The meetings the release before cancelled so (its
 * reason "Mødeplanen slutter YYYY-MM-DD.") are marked, and their reason says the day in Danish.
 */
export class RestoreEndedMeetings1764900000000 implements MigrationInterface {
  name = 'RestoreEndedMeetings1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE meeting ADD COLUMN ended_with_schedule boolean NOT NULL DEFAULT false,
      ADD CONSTRAINT meeting_ended_cancelled CHECK (NOT ended_with_schedule OR cancelled_at IS NOT NULL)`);
    await queryRunner.query(`UPDATE meeting SET ended_with_schedule = true,
        cancel_reason = 'Mødeplanen slutter ' || extract(day FROM d)::int || '. ' || (${MONTHS})[extract(month FROM d)::int] || ' ' || extract(year FROM d)::int || '.'
      FROM (SELECT id AS ended_id, substring(cancel_reason FROM ${ISO_REASON})::date AS d FROM meeting WHERE schedule_id IS NOT NULL AND cancel_reason ~ ${ISO_REASON}) AS ended
      WHERE id = ended_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE meeting SET cancel_reason = 'Mødeplanen slutter ' || to_char(s.until_day, 'YYYY-MM-DD') || '.'
      FROM meeting_schedule s WHERE s.id = meeting.schedule_id AND meeting.ended_with_schedule AND s.until_day IS NOT NULL`);
    await queryRunner.query('ALTER TABLE meeting DROP CONSTRAINT meeting_ended_cancelled, DROP COLUMN ended_with_schedule');
  }
}
