import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, decodePageCursor, isPageKey, notFound, pageOf, SERVICE_CONFIG, type Page } from '@ssp/platform';
import { danishToday } from '@ssp/platform/time';
import type { DataSource, EntityManager } from 'typeorm';
import { BodiesService } from '../bodies/bodies.service';
import type { NetworkGroupsConfig } from '../network-groups.config';
import { notificationEmail } from './email/email-content';
import { assertInTransaction, EmailOutboxService } from './email/email-outbox.service';
import { DEFAULT_DELIVERY, deliveryFor, NOTIFICATION_KINDS, type DeliveryPreference, type NewNotification } from './notification';
import { NOTIFICATION_REFUSALS, type NotificationDto } from './notifications.dto';

interface Recipient {
  id: string;
  name: string;
  email: string;
  preference: DeliveryPreference;
}

const isNotificationKey = isPageKey('uuid');

const NOTIFICATION_COLUMNS = `id, kind, subject, text, link, body_id AS "bodyId", created_at AS "createdAt", read_at AS "readAt", delivery`;

/**
 * Writes notifications, in the caller's transaction, for one person or a body's current
 * members, and queues the e-mail of each one its person wants e-mailed at once. Meetings,
 * area alerts and messages call it; the signed-in person reads and marks their own.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bodies: BodiesService,
    private readonly emails: EmailOutboxService,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
    private readonly clock: Clock,
  ) {}

  /** Returns the new notification's id. */
  async notifyPerson(tx: EntityManager, personId: string, notification: NewNotification): Promise<string> {
    const [id] = await this.notifyPeople(tx, [personId], notification);
    return id;
  }

  /**
   * Notifies everyone who is a member of the body on `day` (today in Denmark by default),
   * once each whatever their number of seats, except the people in `except` (the sender of a
   * message). Returns the ids of the people notified.
   */
  async notifyBodyMembers(
    tx: EntityManager,
    bodyId: string,
    notification: NewNotification,
    options: { except?: readonly string[]; day?: string } = {},
  ): Promise<string[]> {
    const members = await this.bodies.membersOn(bodyId, options.day ?? danishToday(this.clock.now()), tx);
    const people = [...new Set(members.map((member) => member.personId))].filter((personId) => !options.except?.includes(personId));
    await this.notifyPeople(tx, people, { ...notification, bodyId: notification.bodyId ?? bodyId });
    return people;
  }

  /** A page of the person's notifications, newest first; the cursor is the last one's id, its place found among the person's own. */
  async listFor(personId: string, show: 'unread' | 'all', limit: number, after: string | undefined): Promise<Page<NotificationDto>> {
    const [afterId] = decodePageCursor(after, isNotificationKey) ?? [null];
    const rows = (await this.dataSource.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification
        WHERE person_id = $1 AND ($2 = 'all' OR read_at IS NULL)
          AND ($3::uuid IS NULL OR (created_at, id) < (SELECT created_at, id FROM notification WHERE id = $3::uuid AND person_id = $1))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [personId, show, afterId, limit + 1],
    )) as NotificationDto[];
    return pageOf(rows, limit, (row) => [row.id]);
  }

  /** Marks one of the person's own notifications read; marking it again changes nothing. */
  async markRead(personId: string, notificationId: string): Promise<NotificationDto> {
    // TypeORM answers an UPDATE with [rows, count].
    const [[row]] = (await this.dataSource.query(
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND person_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [notificationId, personId],
    )) as [NotificationDto[], number];
    if (!row) throw notFound(NOTIFICATION_REFUSALS.notFound, { notificationId });
    return row;
  }

  private async notifyPeople(tx: EntityManager, personIds: readonly string[], notification: NewNotification): Promise<string[]> {
    assertInTransaction(tx);
    if (!NOTIFICATION_KINDS.includes(notification.kind)) throw new Error(`Unknown notification kind ${notification.kind}`);
    if (personIds.length === 0) return [];
    const recipients = (await tx.query(
      `SELECT p.id, p.name, p.email, coalesce(np.delivery, $2) AS preference
         FROM person p LEFT JOIN notification_preference np ON np.person_id = p.id
        WHERE p.id = ANY($1::uuid[])`,
      [personIds, DEFAULT_DELIVERY],
    )) as Recipient[];
    const missing = personIds.filter((personId) => !recipients.some((recipient) => recipient.id === personId));
    if (missing.length > 0) throw new Error(`No person ${missing.join(', ')} to notify`);
    // The digest compares this with its cutoff, which the service's clock sets, not the database's.
    const createdAt = this.clock.now();
    const ids: string[] = [];
    for (const personId of personIds) {
      const recipient = recipients.find((candidate) => candidate.id === personId) as Recipient;
      const delivery = deliveryFor(recipient.preference);
      const [{ id }] = (await tx.query(
        `INSERT INTO notification (person_id, kind, subject, text, link, body_id, delivery, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [personId, notification.kind, notification.subject, notification.text, notification.link ?? null, notification.bodyId ?? null, delivery, createdAt],
      )) as { id: string }[];
      if (delivery === 'email') {
        const content = notificationEmail({ subject: notification.subject, text: notification.text, link: notification.link ?? null }, this.config.NOTIFICATION_LINK_BASE_URL);
        await this.emails.queueForNotification(tx, { personId, recipient: recipient.email, recipientName: recipient.name, ...content }, id);
      }
      ids.push(id);
    }
    return ids;
  }
}
