import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MessageDto } from './messages.dto';

export const MESSAGE_COLUMNS = `m.id, m.body_id AS "bodyId", m.sender_person_id AS "senderPersonId", p.name AS "senderName", m.text, m.created_at AS "createdAt"`;

/** The bodies' messages in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class MessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `count` of the body's messages, newest first (written time, then id), after the body's message `afterId`. */
  async ofBody(bodyId: string, count: number, afterId: string | null): Promise<MessageDto[]> {
    return (await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM body_message m JOIN person p ON p.id = m.sender_person_id
        WHERE m.body_id = $1
          AND ($2::uuid IS NULL OR (m.created_at, m.id) < (SELECT a.created_at, a.id FROM body_message a WHERE a.id = $2::uuid AND a.body_id = $1))
        ORDER BY m.created_at DESC, m.id DESC LIMIT $3`,
      [bodyId, afterId, count],
    )) as MessageDto[];
  }
}
