import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodePageCursor, isPageKey, pageOf, type Page, type Principal } from '@ssp/platform';
import type { DataSource } from 'typeorm';
import { bodyOf } from '../bodies/body-of';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleService } from '../people/people.service';
import { messageNotification } from './message-notification';
import type { MessageDto, PostedMessageDto } from './messages.dto';
import { MESSAGE_COLUMNS, MessagesRepository } from './messages.repository';

const isMessageKey = isPageKey('uuid');

/** Messages to a body: written by a signed-in person, told to every current member but the sender. */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
    private readonly repository: MessagesRepository,
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

  /** A page of the body's messages, newest first; the cursor is the last one's id. */
  async list(bodyId: string, limit: number, after: string | undefined): Promise<Page<MessageDto>> {
    await bodyOf(this.dataSource.manager, bodyId);
    const [afterId] = decodePageCursor(after, isMessageKey) ?? [null];
    return pageOf(await this.repository.ofBody(bodyId, limit + 1, afterId), limit, (message) => [message.id]);
  }
}
