import type { EntityManager } from 'typeorm';
import { pseudonymsOf } from '../persons/merged-persons';
import type { ReferralStatus } from '../referrals/referral-rules';
import type { AssessmentConclusion, AssessmentStatus } from './decision-rules';
import type { DecisionDto } from './decisions.dto';

export interface DecisionRow {
  id: string;
  person_pseudonym: string;
  case_id: string;
  kind: DecisionDto['kind'];
  referral_body: string | null;
  note: string | null;
  case_state: string;
  decided_by: string;
  decided_at: Date;
  meeting_date: string | null;
  assessment_due_at: Date | null;
  assessment_answered_at: Date | null;
  assessment_answered_by: string | null;
  assessment_conclusion: AssessmentConclusion | null;
  referral_id: string | null;
  referral_status: ReferralStatus | null;
}

export type NewDecision = Omit<DecisionRow, 'meeting_date' | 'assessment_answered_at' | 'assessment_answered_by' | 'assessment_conclusion' | 'referral_id' | 'referral_status'> & { meeting_date: string | undefined };

const DECISION_COLUMNS = `id, person_pseudonym, case_id, kind, referral_body, note, case_state, decided_by, decided_at,
  to_char(meeting_date, 'YYYY-MM-DD') AS meeting_date, assessment_due_at, assessment_answered_at, assessment_answered_by, assessment_conclusion,
  (SELECT r.id FROM referral r WHERE r.decision_id = person_decision.id) AS referral_id,
  (SELECT r.status FROM referral r WHERE r.decision_id = person_decision.id) AS referral_status`;

/** The SQL of the Monday group's decisions about persons. */
export class DecisionsRepository {
  constructor(private readonly manager: EntityManager) {}

  async openInterventionsOfCase(caseId: string): Promise<number> {
    const [{ open }] = (await this.manager.query("SELECT count(*)::int AS open FROM intervention WHERE case_id = $1 AND status <> 'completed'", [caseId])) as { open: number }[];
    return open;
  }

  /** The person's new incidents and concerns, and those of persons merged into them, count as reviewed at `at`. */
  async markSeen(pseudonym: string, at: Date): Promise<void> {
    await this.manager.query(`UPDATE person_incident SET reviewed_at = $2 WHERE person_pseudonym IN ${pseudonymsOf('$1')} AND reviewed_at IS NULL`, [pseudonym, at]);
    await this.manager.query(`UPDATE person_concern SET reviewed_at = $2 WHERE person_pseudonym IN ${pseudonymsOf('$1')} AND reviewed_at IS NULL`, [pseudonym, at]);
  }

  async insert(decision: NewDecision): Promise<DecisionRow> {
    const [row] = (await this.manager.query(
      `INSERT INTO person_decision (id, person_pseudonym, case_id, kind, referral_body, note, case_state, decided_by, decided_at, meeting_date, assessment_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${DECISION_COLUMNS}`,
      [
        decision.id,
        decision.person_pseudonym,
        decision.case_id,
        decision.kind,
        decision.referral_body,
        decision.note,
        decision.case_state,
        decision.decided_by,
        decision.decided_at,
        decision.meeting_date ?? null,
        decision.assessment_due_at,
      ],
    )) as DecisionRow[];
    return row;
  }

  /** The decision about the person (or one merged into them), locked until the transaction ends. */
  async decisionOfForUpdate(pseudonym: string, decisionId: string): Promise<DecisionRow | undefined> {
    const [row] = (await this.manager.query(`SELECT ${DECISION_COLUMNS} FROM person_decision WHERE id = $2 AND person_pseudonym IN ${pseudonymsOf('$1')} FOR UPDATE`, [
      pseudonym,
      decisionId,
    ])) as DecisionRow[];
    return row;
  }

  async recordAssessment(decisionId: string, conclusion: AssessmentConclusion, answeredBy: string, at: Date): Promise<DecisionRow> {
    // An UPDATE answers with [rows, count].
    const [[row]] = (await this.manager.query(
      `UPDATE person_decision SET assessment_answered_at = $4, assessment_answered_by = $3, assessment_conclusion = $2 WHERE id = $1 RETURNING ${DECISION_COLUMNS}`,
      [decisionId, conclusion, answeredBy, at],
    )) as [DecisionRow[], number];
    return row;
  }

  /**
   * Up to `count` notifications by when their clock runs out, then id, after `after`: those
   * answered, or unanswered (`pending` and `overdue` as of `now`; without `status`, both).
   */
  async assessmentClocks(status: AssessmentStatus | undefined, now: Date, after: readonly [number, string] | undefined, count: number): Promise<DecisionRow[]> {
    return (await this.manager.query(
      `SELECT ${DECISION_COLUMNS} FROM person_decision
        WHERE assessment_due_at IS NOT NULL
          AND CASE $1::text WHEN 'answered' THEN assessment_answered_at IS NOT NULL
                            WHEN 'pending' THEN assessment_answered_at IS NULL AND assessment_due_at >= $2
                            WHEN 'overdue' THEN assessment_answered_at IS NULL AND assessment_due_at < $2
                            ELSE assessment_answered_at IS NULL END
          AND ($3::double precision IS NULL OR (assessment_due_at, id) > (to_timestamp($3::double precision / 1000), $4::uuid))
        ORDER BY assessment_due_at, id LIMIT $5`,
      [status ?? null, now, after?.[0] ?? null, after?.[1] ?? null, count],
    )) as DecisionRow[];
  }

  async personExists(pseudonym: string): Promise<boolean> {
    return ((await this.manager.query('SELECT 1 FROM person WHERE pseudonym = $1', [pseudonym])) as unknown[]).length > 0;
  }

  /** The newest `limit` decisions about the person and those merged into them, newest first (the register extract). */
  async newestOf(pseudonym: string, limit: number): Promise<DecisionRow[]> {
    return (await this.manager.query(`SELECT ${DECISION_COLUMNS} FROM person_decision WHERE person_pseudonym IN ${pseudonymsOf('$1')} ORDER BY decided_at DESC, id LIMIT $2`, [
      pseudonym,
      limit,
    ])) as DecisionRow[];
  }

  /** Up to `count` decisions about the person (and those merged into them) after the decision `afterId`, oldest first. */
  async decisionsAfter(pseudonym: string, afterId: string | null, count: number): Promise<DecisionRow[]> {
    return (await this.manager.query(
      `SELECT ${DECISION_COLUMNS} FROM person_decision
        WHERE person_pseudonym IN ${pseudonymsOf('$1')} AND ($2::uuid IS NULL OR (decided_at, id) > (SELECT decided_at, id FROM person_decision WHERE id = $2::uuid))
        ORDER BY decided_at, id LIMIT $3`,
      [pseudonym, afterId, count],
    )) as DecisionRow[];
  }
}
