import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** An agenda item that has just been added, for the "new agenda" notification. */
export interface AgendaItemNotice {
  agendaItemId: string;
  bodyId: string;
  /** Null while the item waits for the body's next meeting to be scheduled. */
  meetingId: string | null;
  title: string;
  source: string;
}

/** An open action item whose deadline has come, for the "action item due" notification. */
export interface DueActionItem {
  actionItemId: string;
  bodyId: string;
  meetingId: string;
  title: string;
  ownerPersonId: string;
  deadline: string;
}

/**
 * Where meetings meet notifications. Meetings send nothing themselves: the notifications
 * module hooks in here (a new agenda item, an action item due), so sending stays in one place.
 */
@Injectable()
export class MeetingNoticesService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Called inside the transaction that adds an agenda item (by hand or from another module).
   * HOOK for the notifications module: write the "new agenda" notifications here, in `tx`,
   * so that they exist exactly when the item does. Does nothing until then.
   */
  async agendaItemAdded(_tx: EntityManager, _notice: AgendaItemNotice): Promise<void> {}

  /** Open action items with a deadline on or before `day` (a Copenhagen day), for "action item due". */
  async actionItemsDue(day: string, manager: EntityManager = this.dataSource.manager): Promise<DueActionItem[]> {
    return (await manager.query(
      `SELECT id AS "actionItemId", body_id AS "bodyId", meeting_id AS "meetingId", title, owner_person_id AS "ownerPersonId", to_char(deadline, 'YYYY-MM-DD') AS deadline
         FROM action_item WHERE status = 'open' AND deadline <= $1 ORDER BY deadline, id`,
      [day],
    )) as DueActionItem[];
  }
}
