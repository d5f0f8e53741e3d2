import { ConflictException } from '@nestjs/common';
import { AGENDA_FILTER_REFUSALS } from './agenda/agenda.dto';
import { MERGE_REFUSALS } from './duplicates/merge-refusals';
import { INTERVENTION_REFUSALS } from './interventions/interventions.dto';
import { REOPEN_REFUSALS } from './meetings/case-reopening.dto';
import { DECISION_REFUSALS } from './meetings/decisions.dto';
import { NOTE_REFUSALS } from './notes/notes.dto';
import { PERSON_REFUSALS } from './persons/person-refusals';
import { badRequest, conflict, notFound, refusedWith, type Refusals } from '@ssp/platform';

const TABLES: Record<string, Refusals> = {
  AGENDA_FILTER_REFUSALS,
  DECISION_REFUSALS,
  INTERVENTION_REFUSALS,
  MERGE_REFUSALS,
  NOTE_REFUSALS,
  PERSON_REFUSALS,
  REOPEN_REFUSALS,
};
const ALL = Object.entries(TABLES).flatMap(([table, refusals]) => Object.entries(refusals).map(([name, refusal]) => ({ where: `${table}.${name}`, ...refusal })));

/** Words an English sentence can hardly do without; none is Danish. */
const ENGLISH = /\b(must|should|the|is|not|only|no such)\b/i;

describe("case coordination's refusals", () => {
  it('give every refusal its own code, so that a program can tell them apart', () => {
    const codes = ALL.map((refusal) => refusal.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it.each(ALL.map((refusal) => [refusal.where, refusal] as const))('%s has a kebab-case English code and a Danish sentence', (_where, { code, message }) => {
    expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    expect(message).toMatch(/^\S.*\.$/);
    expect(message).not.toMatch(ENGLISH);
  });

  it('hand class-validator the message and the code (CodedValidationPipe answers with both)', () => {
    expect(refusedWith(NOTE_REFUSALS.legalBasis)).toEqual({ message: NOTE_REFUSALS.legalBasis.message, context: { code: 'note-legal-basis-invalid' } });
  });

  it('throw 400, 404 and 409 whose body is the reason phrase, the code, the message and any details', () => {
    expect(badRequest(INTERVENTION_REFUSALS.deadlinePast).getResponse()).toEqual({ error: 'Bad Request', ...INTERVENTION_REFUSALS.deadlinePast });
    expect(notFound(PERSON_REFUSALS.notFound).getResponse()).toEqual({ error: 'Not Found', code: 'person-not-found', message: PERSON_REFUSALS.notFound.message });
    const merged = conflict(PERSON_REFUSALS.merged, { mergedInto: 'a'.repeat(64) });
    expect([merged instanceof ConflictException, merged.getResponse()]).toEqual([true, { error: 'Conflict', ...PERSON_REFUSALS.merged, mergedInto: 'a'.repeat(64) }]);
  });
});
