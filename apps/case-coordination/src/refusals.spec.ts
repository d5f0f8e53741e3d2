import { ConflictException } from '@nestjs/common';
import { itCodesEveryValidationRule, itGivesDanishRefusals } from '@ssp/testing/danish-refusals';
import { AGENDA_FILTER_REFUSALS } from './agenda/agenda.dto';
import { MERGE_REFUSALS } from './duplicates/merge-refusals';
import { ERASURE_REFUSALS } from './erasure/erasure-request.dto';
import { INTERVENTION_REFUSALS } from './interventions/interventions.dto';
import { REOPEN_REFUSALS } from './meetings/case-reopening.dto';
import { DECISION_REFUSALS } from './meetings/decisions.dto';
import { NOTE_REFUSALS } from './notes/notes.dto';
import { PERSON_REFUSALS } from './persons/person-refusals';
import { badRequest, conflict, notFound, refusedWith } from '@ssp/platform';

describe("case coordination's refusals", () => {
  itGivesDanishRefusals({
    AGENDA_FILTER_REFUSALS,
    DECISION_REFUSALS,
    ERASURE_REFUSALS,
    INTERVENTION_REFUSALS,
    MERGE_REFUSALS,
    NOTE_REFUSALS,
    PERSON_REFUSALS,
    REOPEN_REFUSALS,
  });

  itCodesEveryValidationRule(__dirname);

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
