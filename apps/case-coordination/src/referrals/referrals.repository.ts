import type { ConsentForm, ReferralAnswer, ReferralReceiver } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { pseudonymsOf } from '../persons/merged-persons';
import type { ConsentGiver, ReferralStatus } from './referral-rules';

export interface ReferralRow {
  id: string;
  decision_id: string;
  person_pseudonym: string;
  case_id: string;
  receiver_body: ReferralReceiver;
  reason: string | null;
  consent_given_by: ConsentGiver | null;
  consent_given_on: string | null;
  consent_form: ConsentForm | null;
  consent_recorded_by: string | null;
  referred_by: string;
  referred_at: Date;
  status: ReferralStatus;
  answered_by: string | null;
  answered_at: Date | null;
  answer_note: string | null;
}

export type NewReferral = Omit<ReferralRow, 'status' | 'answered_by' | 'answered_at' | 'answer_note'>;

const REFERRAL_COLUMNS = `id, decision_id, person_pseudonym, case_id, receiver_body, reason, consent_given_by, to_char(consent_given_on, 'YYYY-MM-DD') AS consent_given_on,
  consent_form, consent_recorded_by, referred_by, referred_at, status, answered_by, answered_at, answer_note`;

/** The SQL of referrals: made by a decision, answered once by the receiving body. */
export class ReferralsRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(referral: NewReferral): Promise<ReferralRow> {
    const [row] = (await this.manager.query(
      `INSERT INTO referral (id, decision_id, person_pseudonym, case_id, receiver_body, reason, consent_given_by, consent_given_on, consent_form, consent_recorded_by, referred_by, referred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${REFERRAL_COLUMNS}`,
      [
        referral.id,
        referral.decision_id,
        referral.person_pseudonym,
        referral.case_id,
        referral.receiver_body,
        referral.reason,
        referral.consent_given_by,
        referral.consent_given_on,
        referral.consent_form,
        referral.consent_recorded_by,
        referral.referred_by,
        referral.referred_at,
      ],
    )) as ReferralRow[];
    return row;
  }

  async referral(id: string): Promise<ReferralRow | undefined> {
    const [row] = (await this.manager.query(`SELECT ${REFERRAL_COLUMNS} FROM referral WHERE id = $1`, [id])) as ReferralRow[];
    return row;
  }

  /** The referral, locked until the transaction ends. */
  async referralForUpdate(id: string): Promise<ReferralRow | undefined> {
    const [row] = (await this.manager.query(`SELECT ${REFERRAL_COLUMNS} FROM referral WHERE id = $1 FOR UPDATE`, [id])) as ReferralRow[];
    return row;
  }

  async answer(id: string, answer: ReferralAnswer, note: string | null, answeredBy: string, at: Date): Promise<ReferralRow> {
    // An UPDATE answers with [rows, count].
    const [[row]] = (await this.manager.query(
      `UPDATE referral SET status = $2, answer_note = $3, answered_by = $4, answered_at = $5 WHERE id = $1 RETURNING ${REFERRAL_COLUMNS}`,
      [id, answer, note, answeredBy, at],
    )) as [ReferralRow[], number];
    return row;
  }

  /**
   * Up to `count` referrals to the `receivers` (every receiver when null), with `status` when
   * given, oldest first after the key (`referred_at` in ms, id).
   */
  async referralsTo(receivers: readonly string[] | null, status: ReferralStatus | undefined, after: readonly [number, string] | undefined, count: number): Promise<ReferralRow[]> {
    return (await this.manager.query(
      `SELECT ${REFERRAL_COLUMNS} FROM referral
        WHERE ($1::text[] IS NULL OR receiver_body = ANY($1::text[])) AND ($2::text IS NULL OR status = $2)
          AND ($3::double precision IS NULL OR (referred_at, id) > (to_timestamp($3::double precision / 1000), $4::uuid))
        ORDER BY referred_at, id LIMIT $5`,
      [receivers, status ?? null, after?.[0] ?? null, after?.[1] ?? null, count],
    )) as ReferralRow[];
  }

  /** Up to `count` referrals of the person (and those merged into them), oldest first after the key. */
  async referralsOf(pseudonym: string, after: readonly [number, string] | undefined, count: number): Promise<ReferralRow[]> {
    return (await this.manager.query(
      `SELECT ${REFERRAL_COLUMNS} FROM referral
        WHERE person_pseudonym IN ${pseudonymsOf('$1')}
          AND ($2::double precision IS NULL OR (referred_at, id) > (to_timestamp($2::double precision / 1000), $3::uuid))
        ORDER BY referred_at, id LIMIT $4`,
      [pseudonym, after?.[0] ?? null, after?.[1] ?? null, count],
    )) as ReferralRow[];
  }

  /** The free text about the persons goes: the reasons and the answers' notes; receivers, statuses and consents stay. */
  async eraseTextsOf(pseudonyms: readonly string[]): Promise<void> {
    await this.manager.query('UPDATE referral SET reason = NULL, answer_note = NULL WHERE person_pseudonym = ANY($1) AND (reason IS NOT NULL OR answer_note IS NOT NULL)', [pseudonyms]);
  }
}
