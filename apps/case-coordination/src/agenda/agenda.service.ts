import { Inject, Injectable } from '@nestjs/common';
import { Clock, SERVICE_CONFIG } from '@ssp/platform';
import { DataSource } from 'typeorm';
import type { CaseCoordinationConfig } from '../case-coordination.config';
import { buildAgenda, mondayMeetings, type AgendaCandidate, type AgendaIntervention, type ReviewIncident, type ReviewReason } from '../domain';
import { assessmentStatus } from '../meetings/decision-rules';
import { IdentityReaderService, UNREADABLE_IDENTITY } from '../persons/identity-reader.service';
import type { AgendaDto, AssessmentClockDto } from './agenda.dto';

interface CandidateRow {
  pseudonym: string;
  priority: number | null;
  reasons: ReviewReason[] | null;
  case_state: string | null;
}

/**
 * The next Monday-group meeting's agenda: the persons flagged since the last meeting and
 * those with overdue interventions, most urgent first, with their new incidents and
 * interventions (the ordering is the domain's buildAgenda).
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentityReaderService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseCoordinationConfig,
    private readonly clock: Clock,
  ) {}

  async agendaOfMeetingOnOrAfter(day: string): Promise<AgendaDto> {
    const [meeting] = mondayMeetings(this.config.MONDAY_GROUP_FIRST_MEETING, day, 1);
    const rows = (await this.dataSource.query(
      `SELECT p.pseudonym, f.priority, f.reasons, c.state AS case_state
         FROM person p
         LEFT JOIN review_flag f ON f.person_pseudonym = p.pseudonym
         LEFT JOIN person_case c ON c.person_pseudonym = p.pseudonym AND c.state <> 'closed'
        WHERE p.erased_at IS NULL AND p.merged_into IS NULL
          AND (f.person_pseudonym IS NOT NULL
               OR EXISTS (SELECT 1 FROM intervention i WHERE i.person_pseudonym = p.pseudonym AND i.status <> 'completed' AND i.deadline < $1))`,
      [meeting.date],
    )) as CandidateRow[];
    const pseudonyms = rows.map((row) => row.pseudonym);
    const [incidents, interventions, identities, clocks] = await Promise.all([
      this.newIncidentsOf(pseudonyms),
      this.openInterventionsOf(pseudonyms),
      this.identities.identitiesOf(this.dataSource.manager, pseudonyms),
      this.assessmentClocksOf(pseudonyms),
    ]);
    const candidates: AgendaCandidate[] = rows.map((row) => ({
      personPseudonym: row.pseudonym,
      review: { flagged: row.priority !== null, priority: row.priority ?? 0, reasons: row.reasons ?? [] },
      newIncidents: incidents.get(row.pseudonym) ?? [],
      openInterventions: interventions.get(row.pseudonym) ?? [],
    }));
    const caseStates = new Map(rows.map((row) => [row.pseudonym, row.case_state]));
    return {
      meetingDate: meeting.date,
      startsAt: meeting.startsAt,
      items: buildAgenda(candidates, meeting.date).map((item) => {
        const identity = identities.identities.get(item.personPseudonym);
        return {
          ...item,
          person: {
            name: identity?.name ?? null,
            birthDate: identity?.birthDate ?? null,
            identityError: identities.unreadable.has(item.personPseudonym) ? UNREADABLE_IDENTITY : null,
          },
          caseState: caseStates.get(item.personPseudonym) ?? null,
          familyDepartmentAssessment: clocks.get(item.personPseudonym) ?? null,
        };
      }),
    };
  }

  private async newIncidentsOf(pseudonyms: string[]): Promise<Map<string, ReviewIncident[]>> {
    const rows: (ReviewIncident & { personPseudonym: string })[] = await this.dataSource.query(
      `SELECT person_pseudonym AS "personPseudonym", incident_id AS "incidentId", journal_number AS "journalNumber", role,
              to_char(incident_date, 'YYYY-MM-DD') AS "incidentDate", offence_category AS "offenceCategory", age_at_incident AS "ageAtIncident"
         FROM person_incident WHERE person_pseudonym = ANY($1) AND reviewed_at IS NULL ORDER BY incident_date DESC`,
      [pseudonyms],
    );
    return groupBy(rows, ({ personPseudonym, ...incident }) => [personPseudonym, incident]);
  }

  /** The newest unanswered notification to the family department per person, with its 24-hour clock. */
  private async assessmentClocksOf(pseudonyms: string[]): Promise<Map<string, AssessmentClockDto>> {
    const rows: { person_pseudonym: string; assessment_due_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (person_pseudonym) person_pseudonym, assessment_due_at FROM person_decision
        WHERE person_pseudonym = ANY($1) AND assessment_due_at IS NOT NULL AND assessment_answered_at IS NULL
        ORDER BY person_pseudonym, decided_at DESC`,
      [pseudonyms],
    );
    const now = this.clock.now();
    return new Map(
      rows.map((row) => [row.person_pseudonym, { dueAt: row.assessment_due_at.toISOString(), status: assessmentStatus(row.assessment_due_at, null, now) as 'pending' | 'overdue' }]),
    );
  }

  private async openInterventionsOf(pseudonyms: string[]): Promise<Map<string, AgendaIntervention[]>> {
    const rows: (AgendaIntervention & { personPseudonym: string })[] = await this.dataSource.query(
      `SELECT person_pseudonym AS "personPseudonym", id, title, owner_body AS "ownerBody", responsible, to_char(deadline, 'YYYY-MM-DD') AS deadline, status
         FROM intervention WHERE person_pseudonym = ANY($1) AND status <> 'completed' ORDER BY deadline`,
      [pseudonyms],
    );
    return groupBy(rows, ({ personPseudonym, ...intervention }) => [personPseudonym, intervention]);
  }
}

function groupBy<T, V>(rows: T[], split: (row: T) => [string, V]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const [key, value] = split(row);
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  return groups;
}
