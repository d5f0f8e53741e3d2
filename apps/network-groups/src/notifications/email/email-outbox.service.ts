import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NetworkGroupsConfig } from '../../network-groups.config';
import type { EmailContent } from './email-content';
import { mailDomainOf, messageIdOf } from './message-id';

export interface QueuedEmail extends EmailContent {
  personId: string;
  recipient: string;
  recipientName: string;
}

/**
 * Queues e-mails in the caller's transaction, so an e-mail exists exactly when what it tells
 * about does. The sender (email-sender.ts) sends them after commit.
 */
@Injectable()
export class EmailOutboxService {
  private readonly domain: string;

  constructor(@Inject(SERVICE_CONFIG) config: NetworkGroupsConfig) {
    this.domain = mailDomainOf(config.MAIL_FROM);
  }

  async queueForNotification(tx: EntityManager, email: QueuedEmail, notificationId: string): Promise<string> {
    assertInTransaction(tx);
    const id = randomUUID();
    await tx.query(
      `INSERT INTO outgoing_email (id, message_id, person_id, recipient, recipient_name, subject, body, kind, notification_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'notification', $8)`,
      [id, messageIdOf(id, this.domain), email.personId, email.recipient, email.recipientName, email.subject, email.text, notificationId],
    );
    return id;
  }

  /** A person's digest of one day; null when that day's digest is already queued (by another run or replica). */
  async queueDigest(tx: EntityManager, email: QueuedEmail, day: string): Promise<string | null> {
    assertInTransaction(tx);
    const id = randomUUID();
    const inserted = (await tx.query(
      `INSERT INTO outgoing_email (id, message_id, person_id, recipient, recipient_name, subject, body, kind, digest_day)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'digest', $8)
       ON CONFLICT (person_id, digest_day) WHERE digest_day IS NOT NULL DO NOTHING RETURNING id`,
      [id, messageIdOf(id, this.domain), email.personId, email.recipient, email.recipientName, email.subject, email.text, day],
    )) as { id: string }[];
    return inserted.length > 0 ? id : null;
  }
}

export function assertInTransaction(tx: EntityManager): void {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('Notifications and their e-mails are written inside the transaction of the change they tell about');
  }
}
