import type { EntityManager } from 'typeorm';
import type { InterventionStatus } from '../domain';
import type { ReviewReason } from '../domain/review-rules';
import type { ItemOutcome } from './meeting-record-rules';

export interface MondayMeetingRow {
  meeting_id: string;
  starts_at: Date;
  ends_at: Date;
  opened_at: Date | null;
  opened_by: string | null;
  agenda_cut: boolean;
  closed_at: Date | null;
  closed_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
}

export interface FrozenItem {
  position: number;
  pseudonym: string;
  priority: number;
  reasons: readonly ReviewReason<string>[];
}

export interface MeetingItemRow {
  position: number;
  person_pseudonym: string;
  priority: number;
  reasons: ReviewReason<string>[];
  outcome: ItemOutcome | null;
  outcome_by: string | null;
  outcome_at: Date | null;
}

export type OutcomeCounts = Record<ItemOutcome | 'unmarked', number>;

/** The records a meeting can own: notes, decisions and interventions made while it is open. */
export type MeetingRecordTable = 'person_note' | 'person_decision' | 'intervention';

const MEETING_COLUMNS = 'meeting_id, starts_at, ends_at, opened_at, opened_by, agenda_cut, closed_at, closed_by, approved_at, approved_by';
const ITEM_COLUMNS = 'position, person_pseudonym, priority, reasons, outcome, outcome_by, outcome_at';

/** The SQL of the Monday group's meeting records: meetings, their frozen agendas and what belongs to them. */
export class MondayMeetingsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Network groups scheduled (or moved) the meeting; a meeting already opened keeps its times. */
  async putScheduled(meetingId: string, startsAt: Date, endsAt: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO monday_meeting (meeting_id, starts_at, ends_at) VALUES ($1, $2, $3)
       ON CONFLICT (meeting_id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at WHERE monday_meeting.opened_at IS NULL`,
      [meetingId, startsAt, endsAt],
    );
  }

  async meeting(meetingId: string): Promise<MondayMeetingRow | null> {
    const [row] = (await this.manager.query(`SELECT ${MEETING_COLUMNS} FROM monday_meeting WHERE meeting_id = $1`, [meetingId])) as MondayMeetingRow[];
    return row ?? null;
  }

  async meetingForUpdate(meetingId: string): Promise<MondayMeetingRow | null> {
    const [row] = (await this.manager.query(`SELECT ${MEETING_COLUMNS} FROM monday_meeting WHERE meeting_id = $1 FOR UPDATE`, [meetingId])) as MondayMeetingRow[];
    return row ?? null;
  }

  async anotherOpen(meetingId: string): Promise<boolean> {
    const rows = (await this.manager.query('SELECT 1 FROM monday_meeting WHERE opened_at IS NOT NULL AND closed_at IS NULL AND meeting_id <> $1', [meetingId])) as unknown[];
    return rows.length > 0;
  }

  async open(meetingId: string, by: string, at: Date, agendaCut: boolean, items: readonly FrozenItem[]): Promise<void> {
    await this.manager.query('UPDATE monday_meeting SET opened_at = $2, opened_by = $3, agenda_cut = $4 WHERE meeting_id = $1', [meetingId, at, by, agendaCut]);
    if (items.length === 0) return;
    await this.manager.query(
      `INSERT INTO monday_meeting_item (meeting_id, position, person_pseudonym, priority, reasons)
       SELECT $1, item.position, item.pseudonym, item.priority, item.reasons
         FROM jsonb_to_recordset($2::jsonb) AS item (position int, pseudonym char(64), priority int, reasons jsonb)`,
      [meetingId, JSON.stringify(items)],
    );
  }

  async item(meetingId: string, pseudonym: string): Promise<MeetingItemRow | null> {
    const [row] = (await this.manager.query(`SELECT ${ITEM_COLUMNS} FROM monday_meeting_item WHERE meeting_id = $1 AND person_pseudonym = $2`, [meetingId, pseudonym])) as MeetingItemRow[];
    return row ?? null;
  }

  /** The person whose item follows the one at `position` on the frozen agenda, or null after the last. */
  async nextPseudonym(meetingId: string, position: number): Promise<string | null> {
    const [row] = (await this.manager.query('SELECT person_pseudonym FROM monday_meeting_item WHERE meeting_id = $1 AND position > $2 ORDER BY position LIMIT 1', [
      meetingId,
      position,
    ])) as { person_pseudonym: string }[];
    return row?.person_pseudonym ?? null;
  }

  async markItem(meetingId: string, pseudonym: string, outcome: ItemOutcome, by: string, at: Date): Promise<MeetingItemRow> {
    const [rows] = (await this.manager.query(
      `UPDATE monday_meeting_item SET outcome = $3, outcome_by = $4, outcome_at = $5 WHERE meeting_id = $1 AND person_pseudonym = $2 RETURNING ${ITEM_COLUMNS}`,
      [meetingId, pseudonym, outcome, by, at],
    )) as [MeetingItemRow[], number];
    return rows[0];
  }

  async decidedAtMeeting(meetingId: string, pseudonym: string): Promise<boolean> {
    const rows = (await this.manager.query('SELECT 1 FROM person_decision WHERE meeting_id = $1 AND person_pseudonym = $2 LIMIT 1', [meetingId, pseudonym])) as unknown[];
    return rows.length > 0;
  }

  /** Closes the meeting: every item nobody marked was not reached. */
  async close(meetingId: string, by: string, at: Date): Promise<void> {
    await this.manager.query('UPDATE monday_meeting SET closed_at = $2, closed_by = $3 WHERE meeting_id = $1', [meetingId, at, by]);
    await this.manager.query("UPDATE monday_meeting_item SET outcome = 'not-reached', outcome_by = $2, outcome_at = $3 WHERE meeting_id = $1 AND outcome IS NULL", [meetingId, by, at]);
  }

  async approve(meetingId: string, by: string, at: Date): Promise<void> {
    await this.manager.query('UPDATE monday_meeting SET approved_at = $2, approved_by = $3 WHERE meeting_id = $1', [meetingId, at, by]);
  }

  /**
   * A note, decision or intervention about the person made while a meeting is open whose
   * frozen agenda holds them belongs to that meeting. A decision marks the person's item
   * handled. Returns the meeting's id, or null when no open meeting holds the person.
   */
  async attachToOpenMeeting(table: MeetingRecordTable, recordId: string, pseudonym: string, by: string, at: Date): Promise<string | null> {
    const [meeting] = (await this.manager.query(
      `SELECT m.meeting_id FROM monday_meeting m JOIN monday_meeting_item i ON i.meeting_id = m.meeting_id AND i.person_pseudonym = $1
        WHERE m.opened_at IS NOT NULL AND m.closed_at IS NULL`,
      [pseudonym],
    )) as { meeting_id: string }[];
    if (meeting === undefined) return null;
    await this.manager.query(`UPDATE ${table} SET meeting_id = $2 WHERE id = $1`, [recordId, meeting.meeting_id]);
    if (table === 'person_decision') {
      await this.manager.query(
        "UPDATE monday_meeting_item SET outcome = 'handled', outcome_by = $3, outcome_at = $4 WHERE meeting_id = $1 AND person_pseudonym = $2 AND outcome IS DISTINCT FROM 'handled'",
        [meeting.meeting_id, pseudonym, by, at],
      );
    }
    return meeting.meeting_id;
  }

  /** The meetings starting before the cursor's (start, id), newest first. */
  async meetingsBefore(after: readonly [number, string] | undefined, limit: number): Promise<MondayMeetingRow[]> {
    return (await this.manager.query(
      `SELECT ${MEETING_COLUMNS} FROM monday_meeting
        WHERE $1::timestamptz IS NULL OR (starts_at, meeting_id) < ($1::timestamptz, $2::uuid)
        ORDER BY starts_at DESC, meeting_id DESC LIMIT $3`,
      [after === undefined ? null : new Date(after[0]), after?.[1] ?? null, limit],
    )) as MondayMeetingRow[];
  }

  async itemsAfter(meetingId: string, afterPosition: number, limit: number): Promise<MeetingItemRow[]> {
    return (await this.manager.query(`SELECT ${ITEM_COLUMNS} FROM monday_meeting_item WHERE meeting_id = $1 AND position > $2 ORDER BY position LIMIT $3`, [
      meetingId,
      afterPosition,
      limit,
    ])) as MeetingItemRow[];
  }

  /** How many items of each meeting were handled, deferred, not reached or not yet marked; every meeting asked for has an entry. */
  async outcomeCountsOf(meetingIds: readonly string[]): Promise<Map<string, OutcomeCounts>> {
    const rows = (await this.manager.query(
      "SELECT meeting_id, coalesce(outcome, 'unmarked') AS outcome, count(*)::int AS n FROM monday_meeting_item WHERE meeting_id = ANY($1::uuid[]) GROUP BY 1, 2",
      [meetingIds],
    )) as { meeting_id: string; outcome: ItemOutcome | 'unmarked'; n: number }[];
    const counts = new Map(meetingIds.map((id): [string, OutcomeCounts] => [id, { handled: 0, deferred: 0, 'not-reached': 0, unmarked: 0 }]));
    for (const row of rows) counts.get(row.meeting_id)![row.outcome] = row.n;
    return counts;
  }

  /** What the meeting recorded about these persons: its decisions, notes and interventions, oldest first. */
  async recordsOf(meetingId: string, pseudonyms: readonly string[]): Promise<MeetingRecords> {
    const decisions = (await this.manager.query(
      'SELECT id, person_pseudonym, kind, referral_body, note, decided_by, decided_at FROM person_decision WHERE meeting_id = $1 AND person_pseudonym = ANY($2) ORDER BY decided_at, id',
      [meetingId, pseudonyms],
    )) as MeetingDecisionRow[];
    const notes = (await this.manager.query(
      'SELECT id, person_pseudonym, body, legal_basis, text, author, written_at FROM person_note WHERE meeting_id = $1 AND person_pseudonym = ANY($2) ORDER BY written_at, id',
      [meetingId, pseudonyms],
    )) as MeetingNoteRow[];
    const interventions = (await this.manager.query(
      `SELECT id, person_pseudonym, title, owner_body, to_char(deadline, 'YYYY-MM-DD') AS deadline, status FROM intervention
        WHERE meeting_id = $1 AND person_pseudonym = ANY($2) ORDER BY created_at, id`,
      [meetingId, pseudonyms],
    )) as MeetingInterventionRow[];
    return { decisions, notes, interventions };
  }
}

export interface MeetingDecisionRow {
  id: string;
  person_pseudonym: string;
  kind: string;
  referral_body: string | null;
  note: string | null;
  decided_by: string;
  decided_at: Date;
}

export interface MeetingNoteRow {
  id: string;
  person_pseudonym: string;
  body: string;
  legal_basis: string;
  text: string | null;
  author: string;
  written_at: Date;
}

export interface MeetingInterventionRow {
  id: string;
  person_pseudonym: string;
  title: string;
  owner_body: string;
  deadline: string;
  status: InterventionStatus;
}

export interface MeetingRecords {
  decisions: MeetingDecisionRow[];
  notes: MeetingNoteRow[];
  interventions: MeetingInterventionRow[];
}
