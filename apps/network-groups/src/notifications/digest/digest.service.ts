import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dailyOccurrence, dailySlotDay, SERVICE_CONFIG } from '@ssp/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { NetworkGroupsConfig } from '../../network-groups.config';
import { digestEmail } from '../email/email-content';
import { EmailOutboxService } from '../email/email-outbox.service';

interface PendingNotification {
  id: string;
  subject: string;
  text: string;
  link: string | null;
  read: boolean;
}

/**
 * Queues each daily-digest person's digest once a day: one e-mail listing their notifications
 * written before the digest time that no digest has listed yet and that they have not read
 * in the app meanwhile. A notification is in one digest at most; one written too late for
 * today's goes in tomorrow's. `now` is injected so that tests choose the day.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('notification-digest');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emails: EmailOutboxService,
    @Inject(SERVICE_CONFIG) private readonly config: NetworkGroupsConfig,
  ) {}

  /** Returns how many digests it queued; running it again for the same day queues none. */
  async queueDue(now: Date): Promise<number> {
    const day = dailySlotDay(now, this.config.NOTIFICATION_DIGEST_TIME);
    const cutoff = dailyOccurrence(day, this.config.NOTIFICATION_DIGEST_TIME);
    const people = (await this.dataSource.query(
      `SELECT DISTINCT person_id AS id FROM notification WHERE delivery = 'digest' AND digested_at IS NULL AND created_at < $1`,
      [cutoff],
    )) as { id: string }[];
    let queued = 0;
    for (const person of people) {
      if (await this.dataSource.transaction((tx) => this.queueFor(tx, person.id, day, cutoff))) queued += 1;
    }
    if (queued > 0) this.logger.log(`queued ${queued} daily digests for ${day}`);
    return queued;
  }

  private async queueFor(tx: EntityManager, personId: string, day: string, cutoff: Date): Promise<boolean> {
    const pending = (await tx.query(
      `SELECT id, subject, text, link, read_at IS NOT NULL AS read FROM notification
        WHERE person_id = $1 AND delivery = 'digest' AND digested_at IS NULL AND created_at < $2
        ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
      [personId, cutoff],
    )) as PendingNotification[];
    const unread = pending.filter((notification) => !notification.read);
    let emailId: string | null = null;
    if (unread.length > 0) {
      const [person] = (await tx.query('SELECT name, email FROM person WHERE id = $1', [personId])) as { name: string; email: string }[];
      const content = digestEmail(day, unread, this.config.NOTIFICATION_LINK_BASE_URL);
      emailId = await this.emails.queueDigest(tx, { personId, recipient: person.email, recipientName: person.name, ...content }, day);
      // Today's digest went out already (another run or replica): these wait for tomorrow's.
      if (emailId === null) return false;
    }
    await tx.query('UPDATE notification SET digested_at = now(), digest_email_id = CASE WHEN read_at IS NULL THEN $2::uuid END WHERE id = ANY($1::uuid[])', [
      pending.map((notification) => notification.id),
      emailId,
    ]);
    return emailId !== null;
  }
}
