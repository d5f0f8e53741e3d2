import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { NewNotification } from '../notifications/notification';
import { NotificationsService } from '../notifications/notifications.service';
import { bodyOf } from '../bodies/body-of';
import { PeopleRepository } from '../people/people.repository';
import { actionItemDueNotification, agendaItemNotification } from './meeting-notifications';

/** An agenda item that has just been added, for the "new agenda" notification. */
export interface AgendaItemNotice {
  agendaItemId: string;
  bodyId: string;
  /** Null while the item waits for the body's next meeting to be scheduled. */
  meetingId: string | null;
  title: string;
  source: string;
  /** The sign-in subject of whoever added the item by hand, who is not told of it; null for items from other modules. */
  authorSubject: string | null;
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
 * Where meetings meet notifications: a body's members are told of a new agenda item (an area
 * alert's item as an alert), and an action item's owner when its deadline has come, once.
 */
@Injectable()
export class MeetingNoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Called inside the transaction that adds an agenda item, so the notifications exist exactly when the item does. */
  async agendaItemAdded(tx: EntityManager, notice: AgendaItemNotice): Promise<void> {
    await this.tellMembers(tx, notice.bodyId, notice.authorSubject, (bodyName) => agendaItemNotification(notice, bodyName));
  }

  /**
   * Tells the body's current members of a change to its meetings (moved, cancelled, a schedule
   * changed), except whoever made it (`authorSubject`), inside the transaction that makes it.
   */
  async tellMembers(tx: EntityManager, bodyId: string, authorSubject: string | null, notification: (bodyName: string) => NewNotification): Promise<void> {
    const body = await bodyOf(tx, bodyId);
    const author = authorSubject ? await new PeopleRepository(this.dataSource).personIdOfSubject(authorSubject, tx) : null;
    await this.notifications.notifyBodyMembers(tx, bodyId, notification(body.name), { except: author ? [author] : [] });
  }

  /**
   * Tells the owner of each open action item with a deadline on or before `day` (a Danish
   * day), once per item; replicas running together skip each other's items. Returns how many.
   */
  async notifyDueActionItems(day: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = (await tx.query(
        `SELECT a.id AS "actionItemId", a.body_id AS "bodyId", a.meeting_id AS "meetingId", a.title, a.owner_person_id AS "ownerPersonId",
                to_char(a.deadline, 'YYYY-MM-DD') AS deadline, b.name AS "bodyName"
           FROM action_item a JOIN ssp_body b ON b.id = a.body_id
          WHERE a.status = 'open' AND a.deadline <= $1 AND a.due_notified_at IS NULL
          ORDER BY a.deadline, a.id FOR UPDATE OF a SKIP LOCKED`,
        [day],
      )) as (DueActionItem & { bodyName: string })[];
      for (const { bodyName, ...item } of due) await this.notifications.notifyPerson(tx, item.ownerPersonId, actionItemDueNotification(item, bodyName));
      if (due.length > 0) await tx.query('UPDATE action_item SET due_notified_at = now() WHERE id = ANY($1::uuid[])', [due.map((item) => item.actionItemId)]);
      return due.length;
    });
  }
}
