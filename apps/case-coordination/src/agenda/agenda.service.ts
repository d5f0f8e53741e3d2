import { Inject, Injectable } from '@nestjs/common';
import { Bulkhead, Clock, DATABASE_POOL_SIZE, decodePageCursor, encodePageCursor, isCalendarDay, isPageKey, pageOf, ReferenceNamesByDigest, SERVICE_CONFIG } from '@ssp/platform';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { areaName, buildAgenda, CASE_STATE_LABELS, DEFAULT_AGENDA_RULES, INCIDENT_ROLE_NAMES, mondayMeetings, type AgendaCandidate, type AgendaOrder } from '../domain';
import { concernDtoOf } from '../concerns/concern.dto';
import { INTERVENTION_STATUS_LABELS } from '../interventions/intervention-status';
import { assessmentStatus } from '../meetings/decision-rules';
import { IdentityReaderService, UNREADABLE_IDENTITY } from '../persons/identity-reader.service';
import { AGENDA_LINKED_MAX, AGENDA_NESTED_MAX, type AgendaDto } from './agenda.dto';
import { AgendaRepository, type AgendaFilter, type AgendaIncidentRow, type AgendaKey } from './agenda.repository';

const isAgendaKeyShape = isPageKey('number', 'string', 'string');
const INT_MAX = 2 ** 31 - 1;

/** A cursor's key as the agenda's query reads it: a priority that fits the column, '' or a calendar day, a pseudonym. */
export function isAgendaKey(value: unknown): value is AgendaKey {
  return isAgendaKeyShape(value) && Math.abs(value[0]) <= INT_MAX && (value[1] === '' || isCalendarDay(value[1])) && /^[0-9a-f]{64}$/.test(value[2]);
}

/**
 * Agenda reads at once per instance. Each holds one database connection at a time, so a burst
 * leaves more than half the pool to the probes, the rate limiter, the audit log and the writes
 * (issue 18: a burst within the rate limit made the service unready); the rest wait in line.
 */
export const AGENDA_READS_AT_ONCE = Math.floor(DATABASE_POOL_SIZE * 0.4);

/**
 * The next Monday-group meeting's agenda, a page at a time: the persons flagged since the last
 * meeting and those with overdue interventions, most urgent first, with their newest incidents,
 * new concerns and first interventions (the ordering is the domain's buildAgenda, which the repository's
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

  private readonly reads = new Bulkhead(AGENDA_READS_AT_ONCE);
  private readonly referenceNames = new ReferenceNamesByDigest();

  agendaOfMeetingOnOrAfter(day: string, limit: number, after: string | undefined, filter: AgendaFilter = {}, order: AgendaOrder = 'urgency'): Promise<AgendaDto> {
    return this.reads.run(() => this.agendaPage(day, limit, after, filter, order));
  }

  private async agendaPage(day: string, limit: number, after: string | undefined, filter: AgendaFilter, order: AgendaOrder): Promise<AgendaDto> {
    const [meeting] = mondayMeetings(this.config.MONDAY_GROUP_FIRST_MEETING, day, 1);
    const rules = DEFAULT_AGENDA_RULES;
    const { rows, scanEnd } = await this.agendas.candidates(meeting.date, rules.overdueWeight, decodePageCursor(after, isAgendaKey), limit + 1, filter, order);
    const page = pageOf(rows, limit, (row) => row.key);
    // A filtered read that stopped at its cap goes on from where it stopped, even with a short page.
    const next = page.next ?? (scanEnd === null ? null : encodePageCursor(scanEnd));
    const pseudonyms = page.items.map((row) => row.pseudonym);
    const { incidents, linked, concerns, interventions, assessmentsDue, identityRows, referenceDigest } = await this.agendas.nestedOf(pseudonyms, AGENDA_NESTED_MAX, AGENDA_LINKED_MAX);
    const incidentRows = new Map([...incidents.values()].flatMap(({ rows }) => rows.map((incident): [string, AgendaIncidentRow] => [incident.incidentId, incident])));
    const identities = this.identities.decrypt(identityRows);
    const names = await this.referenceNames.namesAt(referenceDigest, this.dataSource.manager);
    const candidates: AgendaCandidate[] = page.items.map((row) => ({
      personPseudonym: row.pseudonym,
      review: { flagged: row.reviewPriority !== null, priority: row.reviewPriority ?? 0, reasons: row.reasons ?? [] },
      newIncidents: incidents.get(row.pseudonym)?.rows ?? [],
      newestConcernDay: concerns.get(row.pseudonym)?.rows[0]?.raisedOn,
      openInterventions: interventions.get(row.pseudonym)?.rows ?? [],
    }));
    const caseStates = new Map(page.items.map((row) => [row.pseudonym, row.caseState]));
    const now = this.clock.now();
    return {
      meetingDate: meeting.date,
      startsAt: meeting.startsAt,
      items: buildAgenda(candidates, meeting.date, rules, order).map((item) => {
        const identity = identities.identities.get(item.personPseudonym);
        const dueAt = assessmentsDue.get(item.personPseudonym);
        const caseState = caseStates.get(item.personPseudonym) ?? null;
        const newConcerns = concerns.get(item.personPseudonym) ?? { rows: [], total: 0 };
        return {
          ...item,
          newIncidents: item.newIncidents.map((incident) => {
            const others = linked.get(incident.incidentId);
            const { areaId, offenceText, incidentLocation, school } = incidentRows.get(incident.incidentId)!;
            return {
              ...incident,
              offenceText,
              incidentLocation,
              school,
              areaId,
              areaText: areaName(areaId, names),
              roleText: INCIDENT_ROLE_NAMES[incident.role],
              offenceCategoryText: names.offenceCategory(incident.offenceCategory),
              linkedPersons: (others?.rows ?? []).map((other) => ({ ...other, roleText: INCIDENT_ROLE_NAMES[other.role] })),
              moreLinkedPersons: others?.more ?? false,
            };
          }),
          interventions: item.interventions.map((intervention) => ({ ...intervention, statusText: INTERVENTION_STATUS_LABELS[intervention.status] })),
          moreNewIncidents: (incidents.get(item.personPseudonym)?.total ?? 0) - item.newIncidents.length,
          newConcerns: newConcerns.rows.map((concern) => concernDtoOf(concern, names)),
          moreNewConcerns: newConcerns.total - newConcerns.rows.length,
          moreInterventions: (interventions.get(item.personPseudonym)?.total ?? 0) - item.interventions.length,
          person: {
            name: identity?.name ?? null,
            birthDate: identity?.birthDate ?? null,
            school: identity?.school ?? null,
            identityError: identities.unreadable.has(item.personPseudonym) ? UNREADABLE_IDENTITY : null,
          },
          caseState,
          caseStateText: caseState === null ? null : CASE_STATE_LABELS[caseState],
          familyDepartmentAssessment: dueAt ? { dueAt: dueAt.toISOString(), status: assessmentStatus(dueAt, null, now) as 'pending' | 'overdue' } : null,
        };
      }),
      next,
    };
  }
}
