import { Injectable } from '@nestjs/common';
import { createEnvelope, ServiceName, Topics } from '@ssp/contracts';
import { OutboxService } from '@ssp/platform';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { reviewPerson, transition, type CaseState, type ReviewIncident } from '../domain';
import { danishToday } from '@ssp/platform/time';

interface IncidentRow {
  incident_id: string;
  journal_number: string;
  role: ReviewIncident['role'];
  incident_date: string;
  offence_category: string;
  age_at_incident: number;
  reviewed_at: Date | null;
}

interface CaseRow {
  id: string;
  state: CaseState;
}

/**
 * After a new incident: the person's case is opened (or reopened, or kept), the review
 * rules run over everything the person has done, and a flag for the next Monday-group
 * meeting is set with its priority and reasons.
 */
@Injectable()
export class PersonReviewService {
  constructor(private readonly outbox: OutboxService) {}

  async afterNewIncident(tx: EntityManager, pseudonym: string): Promise<void> {
    const caseRow = await this.caseAfterIncident(tx, pseudonym);
    const incidents = (await tx.query(
      `SELECT incident_id, journal_number, role, to_char(incident_date, 'YYYY-MM-DD') AS incident_date, offence_category, age_at_incident, reviewed_at
         FROM person_incident WHERE person_pseudonym = $1`,
      [pseudonym],
    )) as IncidentRow[];
    const [{ open }] = (await tx.query("SELECT EXISTS (SELECT 1 FROM intervention WHERE person_pseudonym = $1 AND status <> 'completed') AS open", [pseudonym])) as { open: boolean }[];
    const review = reviewPerson({
      incidents: incidents.map((row) => ({
        incidentId: row.incident_id,
        journalNumber: row.journal_number,
        role: row.role,
        incidentDate: row.incident_date,
        offenceCategory: row.offence_category,
        ageAtIncident: row.age_at_incident,
      })),
      newIncidentIds: new Set(incidents.filter((row) => row.reviewed_at === null).map((row) => row.incident_id)),
      hasOpenIntervention: open,
      today: danishToday(),
    });
    if (!review.flagged) return;
    await tx.query(
      `INSERT INTO review_flag (person_pseudonym, priority, reasons, flagged_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (person_pseudonym) DO UPDATE SET priority = EXCLUDED.priority, reasons = EXCLUDED.reasons, flagged_at = EXCLUDED.flagged_at`,
      [pseudonym, review.priority, JSON.stringify(review.reasons)],
    );
    if (caseRow.state === 'open') await this.moveCase(tx, caseRow, transition(caseRow.state, 'flagged-for-review'));
  }

  /** The person's active case after a new incident; a closed one reopens, none yet is created. */
  private async caseAfterIncident(tx: EntityManager, pseudonym: string): Promise<CaseRow> {
    const [latest] = (await tx.query('SELECT id, state FROM person_case WHERE person_pseudonym = $1 ORDER BY opened_at DESC LIMIT 1 FOR UPDATE', [pseudonym])) as CaseRow[];
    if (latest && latest.state !== 'closed') return { ...latest, state: transition(latest.state, 'new-incident') };
    const openedAt = new Date();
    const caseRow: CaseRow = latest ? { id: latest.id, state: transition('closed', 'new-incident') } : { id: randomUUID(), state: 'open' };
    if (latest) await tx.query('UPDATE person_case SET state = $2, opened_at = $3, closed_at = NULL WHERE id = $1', [caseRow.id, caseRow.state, openedAt]);
    else await tx.query('INSERT INTO person_case (id, person_pseudonym, state, opened_at) VALUES ($1, $2, $3, $4)', [caseRow.id, pseudonym, caseRow.state, openedAt]);
    const payload = { caseId: caseRow.id, personPseudonym: pseudonym, reopened: latest !== undefined, openedAt: openedAt.toISOString() };
    await this.outbox.publish(tx, Topics.caseOpened, pseudonym, createEnvelope(Topics.caseOpened, payload, { producer: ServiceName.caseCoordination }));
    return caseRow;
  }

  private async moveCase(tx: EntityManager, caseRow: CaseRow, state: CaseState): Promise<void> {
    await tx.query('UPDATE person_case SET state = $2 WHERE id = $1', [caseRow.id, state]);
  }
}
