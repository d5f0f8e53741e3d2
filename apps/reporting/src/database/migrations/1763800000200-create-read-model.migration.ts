import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model: one table per kind of fact, each written from one topic only, so that the
 * order in which topics are replayed never changes the result. Persons appear by pseudonym
 * only. Index names are left to PostgreSQL: a rebuild copies the tables with
 * `LIKE ... INCLUDING ALL`, which names the copies' indexes the same way. Pseudonyms and
 * journal keys are hex, so they compare by bytes (COLLATE "C"): counting distinct persons
 * sorts them, several times faster than under the locale's rules.
 */
export class CreateReadModel1763800000200 implements MigrationInterface {
  name = 'CreateReadModel1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE incident (
        incident_id uuid PRIMARY KEY,
        list_id uuid NOT NULL,
        person_pseudonym char(64) COLLATE "C" NOT NULL,
        journal_key char(64) COLLATE "C" NOT NULL,
        role text NOT NULL,
        incident_date date NOT NULL,
        offence_category text NOT NULL,
        age_band text NOT NULL,
        area_id text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ON incident (person_pseudonym, incident_date)');
    await queryRunner.query('CREATE INDEX ON incident (incident_date)');
    await queryRunner.query(`
      CREATE TABLE incident_count (
        month date NOT NULL,
        area_id text NOT NULL,
        offence_category text NOT NULL,
        age_band text NOT NULL,
        role text NOT NULL,
        incidents integer NOT NULL,
        PRIMARY KEY (month, area_id, offence_category, age_band, role)
      )`);
    // The same counts per month, area and one other dimension at a time: what a table with at
    // most one breakdown reads (a few hundred rows a year instead of thousands).
    await queryRunner.query(`
      CREATE TABLE incident_count_by_dimension (
        dimension text NOT NULL,
        month date NOT NULL,
        area_id text NOT NULL,
        value text NOT NULL,
        incidents integer NOT NULL,
        PRIMARY KEY (dimension, month, area_id, value)
      )`);
    await queryRunner.query(`
      CREATE TABLE case_opening (
        case_id uuid NOT NULL,
        opened_at timestamptz NOT NULL,
        person_pseudonym char(64) COLLATE "C" NOT NULL,
        reopened boolean NOT NULL,
        opened_on date NOT NULL,
        PRIMARY KEY (case_id, opened_at)
      )`);
    await queryRunner.query('CREATE INDEX ON case_opening (opened_on)');
    await queryRunner.query(`
      CREATE TABLE case_closing (
        case_id uuid NOT NULL,
        closed_at timestamptz NOT NULL,
        person_pseudonym char(64) COLLATE "C" NOT NULL,
        reason text NOT NULL,
        closed_on date NOT NULL,
        PRIMARY KEY (case_id, closed_at)
      )`);
    await queryRunner.query('CREATE INDEX ON case_closing (closed_on)');
    await queryRunner.query(`
      CREATE TABLE decision (
        decision_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        person_pseudonym char(64) COLLATE "C" NOT NULL,
        kind text NOT NULL,
        referral_body text,
        case_state text NOT NULL,
        decided_at timestamptz NOT NULL,
        decided_on date NOT NULL,
        meeting_date date
      )`);
    await queryRunner.query('CREATE INDEX ON decision (person_pseudonym, decided_on)');
    await queryRunner.query('CREATE INDEX ON decision (decided_on)');
    for (const [table, day, extra] of [
      ['intervention_assigned', 'assigned', ''],
      ['intervention_completed', 'completed', ''],
      ['intervention_overdue', 'reported', 'status text NOT NULL,'],
    ] as const) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          intervention_id uuid PRIMARY KEY,
          case_id uuid NOT NULL,
          person_pseudonym char(64) COLLATE "C" NOT NULL,
          owner_body text NOT NULL,
          deadline date NOT NULL,
          ${extra}
          ${day}_at timestamptz NOT NULL,
          ${day}_on date NOT NULL
        )`);
      await queryRunner.query(`CREATE INDEX ON ${table} (${day}_on)`);
    }
    await queryRunner.query(`
      CREATE TABLE person_erasure (
        event_id uuid PRIMARY KEY,
        reason text NOT NULL,
        erased_on date NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_scheduled (
        meeting_id uuid PRIMARY KEY,
        body_id text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        scheduled_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_held (
        meeting_id uuid PRIMARY KEY,
        body_id text NOT NULL,
        held_at timestamptz NOT NULL,
        held_on date NOT NULL,
        attendees integer NOT NULL,
        decisions integer NOT NULL,
        action_items integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ON meeting_held (held_on)');
    await queryRunner.query(`
      CREATE TABLE initiative (
        initiative_id uuid PRIMARY KEY,
        kind text NOT NULL,
        title text NOT NULL,
        body_ids text[] NOT NULL,
        area_ids text[] NOT NULL,
        launched_at timestamptz NOT NULL,
        launched_on date NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ON initiative (launched_on)');
    await queryRunner.query(`
      CREATE TABLE area_alert (
        alert_id uuid PRIMARY KEY,
        area_id text NOT NULL,
        offence_category text NOT NULL,
        week_start date NOT NULL,
        count integer NOT NULL,
        trailing_mean double precision NOT NULL,
        raised_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ON area_alert (week_start)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'area_alert',
      'initiative',
      'meeting_held',
      'meeting_scheduled',
      'person_erasure',
      'intervention_overdue',
      'intervention_completed',
      'intervention_assigned',
      'decision',
      'case_closing',
      'case_opening',
      'incident_count_by_dimension',
      'incident_count',
      'incident',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
