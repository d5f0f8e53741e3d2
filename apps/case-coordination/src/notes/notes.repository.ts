import type { EntityManager } from 'typeorm';
import { pseudonymsOf } from '../persons/merged-persons';
import type { NoteDto } from './notes.dto';

const NOTE_COLUMNS = `id, person_pseudonym AS "personPseudonym", body, legal_basis AS "legalBasis", necessity, text, author, author_name AS "authorName",
  to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "writtenAt"`;

export interface NewNote {
  id: string;
  pseudonym: string;
  body: string;
  legalBasis: string;
  necessity: string;
  text: string;
  author: string;
  authorName: string | null;
  writtenAt: Date;
}

/** The SQL of `person_note`. */
export class NotesRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(note: NewNote): Promise<NoteDto> {
    const [written] = (await this.manager.query(
      `INSERT INTO person_note (id, person_pseudonym, body, legal_basis, necessity, text, author, author_name, written_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${NOTE_COLUMNS}`,
      [note.id, note.pseudonym, note.body, note.legalBasis, note.necessity, note.text, note.author, note.authorName, note.writtenAt],
    )) as NoteDto[];
    return written;
  }

  async personExists(pseudonym: string): Promise<boolean> {
    const rows = (await this.manager.query('SELECT 1 FROM person WHERE pseudonym = $1', [pseudonym])) as unknown[];
    return rows.length > 0;
  }

  /** The person's notes (and those of persons merged into them) after the note `afterId` (null for the first), oldest first; the note's place is found by the database. */
  async notesAfter(pseudonym: string, afterId: string | null, limit: number): Promise<NoteDto[]> {
    return this.manager.query(
      `SELECT ${NOTE_COLUMNS} FROM person_note
        WHERE person_pseudonym IN ${pseudonymsOf('$1')} AND ($2::uuid IS NULL OR (written_at, id) > (SELECT written_at, id FROM person_note WHERE id = $2::uuid))
        ORDER BY written_at, id LIMIT $3`,
      [pseudonym, afterId, limit],
    );
  }

  /** The newest `limit` notes of the person and of those merged into them, newest first (the register extract). */
  async newestOf(pseudonym: string, limit: number): Promise<NoteDto[]> {
    return this.manager.query(`SELECT ${NOTE_COLUMNS} FROM person_note WHERE person_pseudonym IN ${pseudonymsOf('$1')} ORDER BY written_at DESC, id LIMIT $2`, [pseudonym, limit]);
  }

  /** Full-text search (Danish) over the notes of persons not erased, best matches first. */
  async search(q: string, limit: number): Promise<NoteDto[]> {
    return this.manager.query(
      `SELECT ${NOTE_COLUMNS} FROM person_note, websearch_to_tsquery('danish', $1) AS query
        WHERE search @@ query AND erased_at IS NULL
        ORDER BY ts_rank(search, query) DESC, written_at DESC, id
        LIMIT $2`,
      [q, limit],
    );
  }
}
