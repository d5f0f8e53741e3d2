import { Injectable } from '@nestjs/common';
import { notFound, ReferenceDataRepository } from '@ssp/platform';
import { DataSource } from 'typeorm';
import { AccessLogRepository } from '../access-log/access-log.repository';
import { ACCESS_PURPOSE_NAMES, accessActionText } from '../access-log/access-log-names';
import { concernDtoOf } from '../concerns/concern.dto';
import { PersonConcernRepository } from '../concerns/person-concern.repository';
import { CASE_STATE_LABELS } from '../domain';
import { InterventionsRepository } from '../interventions/interventions.repository';
import { fieldsOf as interventionDtoOf } from '../interventions/interventions.service';
import { CaseReopeningRepository } from '../meetings/case-reopening.repository';
import { DecisionsRepository } from '../meetings/decisions.repository';
import { toDto as decisionDtoOf } from '../meetings/decisions.service';
import { REOPEN_REASONS } from '../meetings/reopen-rules';
import { NotesRepository } from '../notes/notes.repository';
import { IdentityReaderService, UNREADABLE_IDENTITY } from '../persons/identity-reader.service';
import { PersonIncidentRepository } from '../persons/person-incident.repository';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { incidentDtoOf } from '../persons/persons.controller';
import { EXTRACT_LIST_MAX, extractListOf } from './register-extract-rules';
import type { RegisterExtractDto } from './register-extract.dto';
import { RegisterExtractRepository } from './register-extract.repository';

/** One more row than is kept, to know whether there were more. */
const READ = EXTRACT_LIST_MAX + 1;

/**
 * Everything case coordination registers about a person (GDPR art. 15), those merged into them
 * included, read in one snapshot: the identity, cases, incidents, concerns, notes, decisions,
 * interventions, reopenings and who read the data. At most EXTRACT_LIST_MAX of each.
 */
@Injectable()
export class RegisterExtractService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentityReaderService,
  ) {}

  extractOf(pseudonym: string, now: Date): Promise<RegisterExtractDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const person = await new RegisterExtractRepository(tx).personOf(pseudonym);
      if (!person) throw notFound(PERSON_REFUSALS.notFound);
      const names = await new ReferenceDataRepository(tx).names();
      const read = await this.identities.identitiesOf(tx, [pseudonym]);
      const incidents = await new PersonIncidentRepository(tx).newestIncidentsOf(pseudonym, READ);
      const concerns = await new PersonConcernRepository(tx).newestOf(pseudonym, READ);
      return {
        personPseudonym: pseudonym,
        madeAt: now.toISOString(),
        erasedAt: person.erasedAt?.toISOString() ?? null,
        mergedPseudonyms: person.mergedPseudonyms,
        identity: read.identities.get(pseudonym) ?? null,
        identityError: read.unreadable.has(pseudonym) ? UNREADABLE_IDENTITY : null,
        cases: extractListOf(await new RegisterExtractRepository(tx).casesOf(pseudonym, READ), (row) => ({
          caseId: row.caseId,
          state: row.state,
          stateText: CASE_STATE_LABELS[row.state],
          openedAt: row.openedAt.toISOString(),
          closedAt: row.closedAt?.toISOString() ?? null,
        })),
        incidents: extractListOf(incidents.rows, (row) => incidentDtoOf(row, names)),
        concerns: extractListOf(concerns.rows, (row) => concernDtoOf(row, names)),
        notes: extractListOf(await new NotesRepository(tx).newestOf(pseudonym, READ), (note) => note),
        decisions: extractListOf(await new DecisionsRepository(tx).newestOf(pseudonym, READ), (row) => decisionDtoOf(row, now)),
        interventions: extractListOf(await new InterventionsRepository(tx).newestOf(pseudonym, READ), interventionDtoOf),
        reopenings: extractListOf(await new CaseReopeningRepository(tx).newestOf(pseudonym, READ), (row) => ({
          id: row.id,
          caseId: row.caseId,
          personPseudonym: row.personPseudonym,
          reason: row.reason,
          reasonText: REOPEN_REASONS[row.reason],
          note: row.note,
          reopenedBy: row.reopenedBy,
          reopenedAt: row.reopenedAt.toISOString(),
        })),
        accessLog: extractListOf(await new AccessLogRepository(tx).newestOf(pseudonym, READ), (row) => ({
          accessedAt: row.accessed_at.toISOString(),
          actor: row.actor,
          actorRoles: row.actor_roles,
          action: row.action,
          actionText: accessActionText(row.action),
          purpose: row.purpose,
          purposeText: ACCESS_PURPOSE_NAMES[row.purpose],
        })),
      };
    });
  }
}
