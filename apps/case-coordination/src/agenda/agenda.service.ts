import { Inject, Injectable } from '@nestjs/common';
import { Clock, decodePageCursor, isPageKey, pageOf, SERVICE_CONFIG } from '@ssp/platform';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { buildAgenda, DEFAULT_AGENDA_RULES, mondayMeetings, type AgendaCandidate } from '../domain';
import { assessmentStatus } from '../meetings/decision-rules';
import { IdentityReaderService, UNREADABLE_IDENTITY } from '../persons/identity-reader.service';
import { AGENDA_NESTED_MAX, type AgendaDto } from './agenda.dto';
import { AgendaRepository } from './agenda.repository';

const isAgendaKey = isPageKey('number', 'string', 'string');

/**
 * The next Monday-group meeting's agenda, a page at a time: the persons flagged since the last
 * meeting and those with overdue interventions, most urgent first, with their newest incidents
 * and first interventions (the ordering is the domain's buildAgenda, which the repository's
 * query follows so that each page is the next slice of the same order).
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly agendas: AgendaRepository,
    private readonly dataSource: DataSource,
    private readonly identities: IdentityReaderService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
    private readonly clock: Clock,
  ) {}

  async agendaOfMeetingOnOrAfter(day: string, limit: number, after: string | undefined): Promise<AgendaDto> {
    const [meeting] = mondayMeetings(this.config.MONDAY_GROUP_FIRST_MEETING, day, 1);
    const rules = DEFAULT_AGENDA_RULES;
    const rows = await this.agendas.candidates(meeting.date, rules.overdueWeight, decodePageCursor(after, isAgendaKey), limit + 1);
    const page = pageOf(rows, limit, (row) => row.key);
    const pseudonyms = page.items.map((row) => row.pseudonym);
    const [incidents, interventions, identities, assessmentsDue] = await Promise.all([
      this.agendas.newIncidentsOf(pseudonyms, AGENDA_NESTED_MAX),
      this.agendas.openInterventionsOf(pseudonyms, AGENDA_NESTED_MAX),
      this.identities.identitiesOf(this.dataSource.manager, pseudonyms),
      this.agendas.assessmentsDueOf(pseudonyms),
    ]);
    const candidates: AgendaCandidate[] = page.items.map((row) => ({
      personPseudonym: row.pseudonym,
      review: { flagged: row.reviewPriority !== null, priority: row.reviewPriority ?? 0, reasons: row.reasons ?? [] },
      newIncidents: incidents.get(row.pseudonym)?.rows ?? [],
      openInterventions: interventions.get(row.pseudonym)?.rows ?? [],
    }));
    const caseStates = new Map(page.items.map((row) => [row.pseudonym, row.caseState]));
    const now = this.clock.now();
    return {
      meetingDate: meeting.date,
      startsAt: meeting.startsAt,
      items: buildAgenda(candidates, meeting.date, rules).map((item) => {
        const identity = identities.identities.get(item.personPseudonym);
        const dueAt = assessmentsDue.get(item.personPseudonym);
        return {
          ...item,
          moreNewIncidents: (incidents.get(item.personPseudonym)?.total ?? 0) - item.newIncidents.length,
          moreInterventions: (interventions.get(item.personPseudonym)?.total ?? 0) - item.interventions.length,
          person: {
            name: identity?.name ?? null,
            birthDate: identity?.birthDate ?? null,
            identityError: identities.unreadable.has(item.personPseudonym) ? UNREADABLE_IDENTITY : null,
          },
          caseState: caseStates.get(item.personPseudonym) ?? null,
          familyDepartmentAssessment: dueAt ? { dueAt: dueAt.toISOString(), status: assessmentStatus(dueAt, null, now) as 'pending' | 'overdue' } : null,
        };
      }),
      next: page.next,
    };
  }
}
