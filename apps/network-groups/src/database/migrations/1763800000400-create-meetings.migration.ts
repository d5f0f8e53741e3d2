import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings of the SSP bodies: recurring schedules, the meetings materialised from them (and
 * single ones), their agendas, attendance, minutes, decisions and action items, and the
 * calendar feeds that publish them. The Monday group's schedule is not seeded here: its
 * first meeting is a setting (MONDAY_GROUP_FIRST_MEETING), so it is seeded at start-up.
 */
export class CreateMeetings1763800000400 implements MigrationInterface {
  name = 'CreateMeetings1763800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE meeting_schedule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id text NOT NULL REFERENCES ssp_body (id),
        title text NOT NULL,
        recurrence text NOT NULL CHECK (recurrence IN ('weekly', 'monthly')),
        interval_weeks integer CHECK (interval_weeks BETWEEN 1 AND 52),
        week_of_month integer CHECK (week_of_month IN (1, 2, 3, 4, -1)),
        weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        first_day date NOT NULL,
        until_day date,
        location text,
        seed text UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (until_day IS NULL OR until_day >= first_day),
        CHECK ((recurrence = 'weekly' AND interval_weeks IS NOT NULL AND week_of_month IS NULL)
            OR (recurrence = 'monthly' AND week_of_month IS NOT NULL AND interval_weeks IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX meeting_schedule_body ON meeting_schedule (body_id)');
    await queryRunner.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id text NOT NULL REFERENCES ssp_body (id),
        schedule_id uuid REFERENCES meeting_schedule (id),
        title text NOT NULL,
        location text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        minutes text,
        minutes_written_at timestamptz,
        minutes_approved_at timestamptz,
        minutes_approved_by text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CONSTRAINT meeting_occurrence UNIQUE (schedule_id, starts_at)
      )`);
    await queryRunner.query('CREATE INDEX meeting_body_start ON meeting (body_id, starts_at)');
    await queryRunner.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        body_id text NOT NULL REFERENCES ssp_body (id),
        meeting_id uuid REFERENCES meeting (id),
        title text NOT NULL,
        description text,
        source text NOT NULL,
        source_id text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (source = 'manual' OR source_id IS NOT NULL)
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX agenda_item_source ON agenda_item (source, source_id) WHERE source_id IS NOT NULL');
    await queryRunner.query('CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, created_at)');
    // Items that came in while the body had no upcoming meeting wait for the next one.
    await queryRunner.query('CREATE INDEX agenda_item_waiting ON agenda_item (body_id) WHERE meeting_id IS NULL');
    await queryRunner.query(`
      CREATE TABLE meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        person_id uuid NOT NULL REFERENCES person (id),
        status text NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (meeting_id, person_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        text text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id, created_at)');
    await queryRunner.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        body_id text NOT NULL REFERENCES ssp_body (id),
        title text NOT NULL,
        owner_person_id uuid NOT NULL REFERENCES person (id),
        deadline date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        done_at timestamptz,
        due_notified_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((status = 'done') = (done_at IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX action_item_meeting ON action_item (meeting_id)');
    await queryRunner.query("CREATE INDEX action_item_open ON action_item (body_id, deadline) WHERE status = 'open'");
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        body_id text REFERENCES ssp_body (id),
        person_id uuid REFERENCES person (id),
        created_by text NOT NULL,
        issuer_manages boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CHECK ((body_id IS NULL) <> (person_id IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX calendar_feed_creator ON calendar_feed (created_by)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['calendar_feed', 'action_item', 'meeting_decision', 'meeting_attendance', 'agenda_item', 'meeting', 'meeting_schedule']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
