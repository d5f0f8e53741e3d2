import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The state a Monday-group meeting must be in for a call: to open it, mark or close it, or approve it. */
export type MondayMeetingState = 'scheduled' | 'open' | 'closed';

/**
 * A Monday-group meeting in case coordination's record, starting now, in `state`, with the
 * person on its frozen agenda once it is open. Written in SQL: the access matrix asks only
 * who may call the meeting routes; test/monday-meeting-record.int-spec.ts takes a meeting
 * from network groups' calendar through open, close and approval. A meeting still open is
 * closed first, since one is open at a time.
 */
export async function mondayMeetingIn(dataSource: DataSource, state: MondayMeetingState, pseudonym: string, now: Date): Promise<string> {
  const meetingId = randomUUID();
  await dataSource.transaction(async (tx) => {
    await tx.query("UPDATE monday_meeting SET closed_at = $1, closed_by = 'seeded-suite' WHERE opened_at IS NOT NULL AND closed_at IS NULL", [now]);
    const opened = state === 'scheduled' ? null : now;
    const closed = state === 'closed' ? now : null;
    await tx.query(
      `INSERT INTO monday_meeting (meeting_id, starts_at, ends_at, opened_at, opened_by, closed_at, closed_by)
       VALUES ($1, $2, $2::timestamptz + interval '2 hours', $3, CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE 'seeded-suite' END, $4, CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE 'seeded-suite' END)`,
      [meetingId, now, opened, closed],
    );
    if (state !== 'scheduled') {
      await tx.query(`INSERT INTO monday_meeting_item (meeting_id, position, person_pseudonym, priority, reasons) VALUES ($1, 1, $2, 1, '[]')`, [meetingId, pseudonym]);
    }
  });
  return meetingId;
}
