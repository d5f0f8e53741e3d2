import { Injectable, NotFoundException } from '@nestjs/common';
import { lockWritablePerson } from '../persons/writable-person';
import { decodePageCursor, isPageKey, pageOf, type Page, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CreateNoteDto, NoteDto } from './notes.dto';

const isNoteKey = isPageKey('uuid');

const NOTE_COLUMNS = `id, person_pseudonym AS "personPseudonym", body, legal_basis AS "legalBasis", necessity, text, author, author_name AS "authorName",
  to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "writtenAt"`;

/**
 * Information notes the represented bodies bring to the Monday group about a person, each
 * with its legal purpose (retsplejeloven § 115) and why sharing it is necessary. Only the
 * pseudonym links a note to the person; erasure deletes the free text.
 */
@Injectable()
export class NotesService {
  constructor(private readonly dataSource: DataSource) {}

  async write(pseudonym: string, request: CreateNoteDto, principal: Principal, now: Date): Promise<NoteDto> {
    return this.dataSource.transaction(async (tx) => {
      await lockWritablePerson(tx, pseudonym);
      const [note] = (await tx.query(
        `INSERT INTO person_note (id, person_pseudonym, body, legal_basis, necessity, text, author, author_name, written_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${NOTE_COLUMNS}`,
        [randomUUID(), pseudonym, request.body, request.legalBasis, request.necessity, request.text, principal.subject, principal.name ?? null, now],
      )) as NoteDto[];
      return note;
    });
  }

  /** The person's notes, oldest first. */
  /** A page of the person's notes, oldest first; the cursor is the last note's id, its place found by the database. */
  async notesOf(pseudonym: string, limit: number, after: string | undefined): Promise<Page<NoteDto>> {
    const [person] = (await this.dataSource.query('SELECT 1 FROM person WHERE pseudonym = $1', [pseudonym])) as unknown[];
    if (!person) throw new NotFoundException('No such person');
    const [afterId] = decodePageCursor(after, isNoteKey) ?? [null];
    const rows: NoteDto[] = await this.dataSource.query(
      `SELECT ${NOTE_COLUMNS} FROM person_note
        WHERE person_pseudonym = $1 AND ($2::uuid IS NULL OR (written_at, id) > (SELECT written_at, id FROM person_note WHERE id = $2::uuid))
        ORDER BY written_at, id LIMIT $3`,
      [pseudonym, afterId, limit + 1],
    );
    return pageOf(rows, limit, (note) => [note.id]);
  }

  /** Full-text search (Danish) over the notes of persons not erased, best matches first. */
  async search(q: string, limit: number): Promise<NoteDto[]> {
    return this.dataSource.query(
      `SELECT ${NOTE_COLUMNS} FROM person_note, websearch_to_tsquery('danish', $1) AS query
        WHERE search @@ query AND erased_at IS NULL
        ORDER BY ts_rank(search, query) DESC, written_at DESC, id
        LIMIT $2`,
      [q, limit],
    );
  }
}
