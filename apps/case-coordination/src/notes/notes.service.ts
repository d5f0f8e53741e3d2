import { Injectable } from '@nestjs/common';
import { decodePageCursor, isPageKey, notFound, type Page, pageOf, type Principal } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { lockWritablePerson } from '../persons/writable-person';
import type { CreateNoteDto, NoteDto } from './notes.dto';
import { NotesRepository } from './notes.repository';
import { MondayMeetingsRepository } from '../monday-meetings/monday-meetings.repository';

const isNoteKey = isPageKey('uuid');

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
      const note = await new NotesRepository(tx).insert({
        id: randomUUID(),
        pseudonym,
        body: request.body,
        legalBasis: request.legalBasis,
        necessity: request.necessity,
        text: request.text,
        author: principal.subject,
        authorName: principal.name ?? null,
        writtenAt: now,
      });
      await new MondayMeetingsRepository(tx).attachToOpenMeeting('person_note', note.id, pseudonym, principal.subject, now);
      return note;
    });
  }

  /** A page of the person's notes, oldest first; the cursor is the last note's id, its place found by the database. */
  async notesOf(pseudonym: string, limit: number, after: string | undefined): Promise<Page<NoteDto>> {
    const notes = new NotesRepository(this.dataSource.manager);
    if (!(await notes.personExists(pseudonym))) throw notFound(PERSON_REFUSALS.notFound);
    const [afterId] = decodePageCursor(after, isNoteKey) ?? [null];
    return pageOf(await notes.notesAfter(pseudonym, afterId, limit + 1), limit, (note) => [note.id]);
  }

  /** Full-text search (Danish) over the notes of persons not erased, best matches first. */
  async search(q: string, limit: number): Promise<NoteDto[]> {
    return new NotesRepository(this.dataSource.manager).search(q, limit);
  }
}
