import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@ssp/platform';
import type { DataSource } from 'typeorm';
import { bodyOf } from '../bodies/body-of';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleService } from '../people/people.service';
import { messageNotification } from './message-notification';
import type { MessageDto, MessagesQuery, PostedMessageDto } from './messages.dto';

const MESSAGE_COLUMNS = `m.id, m.body_id AS "bodyId", m.sender_person_id AS "senderPersonId", p.name AS "senderName", m.text, m.created_at AS "createdAt"`;

/** Messages to a body: written by a signed-in person, told to every current member but the sender. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
  ) {}

  async post(bodyId: string, text: string, principal: Principal): Promise<PostedMessageDto> {
    return this.dataSource.transaction(async (tx) => {
      const { name: bodyName } = await bodyOf(tx, bodyId);
      const sender = await this.people.signedIn(principal, tx);
      const [{ id }] = (await tx.query('INSERT INTO body_message (body_id, sender_person_id, text) VALUES ($1, $2, $3) RETURNING id', [
        bodyId,
        sender.id,
        text,
      ])) as { id: string }[];
      const notified = await this.notifications.notifyBodyMembers(tx, bodyId, messageNotification({ id, bodyId }, bodyName, sender.name), { except: [sender.id] });
      const [message] = (await tx.query(`SELECT ${MESSAGE_COLUMNS} FROM body_message m JOIN person p ON p.id = m.sender_person_id WHERE m.id = $1`, [id])) as MessageDto[];
      return { ...message, notified: notified.length };
    });
  }

  /** Newest first, to page back with `before`. */
  async list(bodyId: string, query: MessagesQuery): Promise<MessageDto[]> {
    await bodyOf(this.dataSource.manager, bodyId);
    return (await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM body_message m JOIN person p ON p.id = m.sender_person_id
        WHERE m.body_id = $1 AND ($2::timestamptz IS NULL OR m.created_at < $2)
        ORDER BY m.created_at DESC, m.id LIMIT $3`,
      [bodyId, query.before ?? null, query.limit],
    )) as MessageDto[];
  }
}
