import { Injectable } from '@nestjs/common';
import { createEnvelope, REFERRAL_RECEIVER_NAMES, ServiceName, Topics, type EnvelopeOrigin } from '@ssp/contracts';
import { badRequest, conflict, decodePageCursor, forbidden, isInstantAndIdKey, notFound, OutboxService, pageOf, type Page, type Principal } from '@ssp/platform';
import { localDay } from '@ssp/platform/time';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DecisionsRepository } from '../meetings/decisions.repository';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { IdentityReaderService } from '../persons/identity-reader.service';
import {
  answerRefusal,
  CONSENT_FORM_LABELS,
  CONSENT_GIVER_LABELS,
  readsEveryReferral,
  REFERRAL_STATUS_LABELS,
  receivingBodiesOf, referralAccess, referralRefusal, type ReferralRefusal, type ReferralStatus } from './referral-rules';
import {
  REFERRAL_REFUSALS,
  type AnswerReferralDto,
  type ConsentDto,
  type PersonReferralDto,
  type RecordedConsentDto,
  type ReferralDto,
  type ReferralSummaryDto,
} from './referrals.dto';
import { ReferralsRepository, type ReferralRow } from './referrals.repository';

/** What a decision of kind `referral` asks for. */
export interface ReferralRequest {
  receiver: string;
  reason: string;
  consent: ConsentDto | null;
}

/** The decision that makes the referral, in its transaction. */
export interface ReferringDecision {
  decisionId: string;
  caseId: string;
  personPseudonym: string;
  decidedBy: string;
  decidedAt: Date;
  origin: EnvelopeOrigin;
}

const REFUSAL_OF: Record<ReferralRefusal, (typeof REFERRAL_REFUSALS)[keyof typeof REFERRAL_REFUSALS]> = {
  'receiver-not-allowed': REFERRAL_REFUSALS.receiverNotAllowed,
  'consent-required': REFERRAL_REFUSALS.consentRequired,
  'consent-not-from-person': REFERRAL_REFUSALS.consentNotFromPerson,
  'consent-after-decision': REFERRAL_REFUSALS.consentAfterDecision,
};

/**
 * Referrals: a decision of kind `referral` makes one, in its transaction, to SSP-U, SSP+ or the
 * family department (SSP+ from 18 only with the person's consent); the receiving body reads what
 * the referral needs and accepts or declines it once; the Monday group follows the answer.
 * `ssp.referral.made.v1` and `ssp.referral.answered.v1` go out pseudonymous, without the texts.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identities: IdentityReaderService,
    private readonly outbox: OutboxService,
  ) {}

  /** Refuses, before anything is written, a referral the rules do not allow; the person's age is from their identity's birth date, where held. */
  async assertAllowed(tx: EntityManager, pseudonym: string, request: ReferralRequest, decidedAt: Date): Promise<void> {
    const birthDate = await this.birthDateOf(tx, pseudonym);
    const refusal = referralRefusal({ receiver: request.receiver, birthDate, consent: request.consent, decidedOn: localDay(decidedAt) });
    if (refusal !== null) throw badRequest(REFUSAL_OF[refusal]);
  }

  /** Makes the referral of an allowed request (`assertAllowed`) and announces it. */
  async refer(tx: EntityManager, decision: ReferringDecision, request: ReferralRequest): Promise<ReferralRow> {
    const row = await new ReferralsRepository(tx).insert({
      id: randomUUID(),
      decision_id: decision.decisionId,
      person_pseudonym: decision.personPseudonym,
      case_id: decision.caseId,
      receiver_body: request.receiver as ReferralRow['receiver_body'],
      reason: request.reason,
      consent_given_by: request.consent?.givenBy ?? null,
      consent_given_on: request.consent?.givenOn ?? null,
      consent_form: request.consent?.form ?? null,
      consent_recorded_by: request.consent ? decision.decidedBy : null,
      referred_by: decision.decidedBy,
      referred_at: decision.decidedAt,
    });
    const payload = {
      referralId: row.id,
      decisionId: row.decision_id,
      caseId: row.case_id,
      personPseudonym: row.person_pseudonym,
      receiverBody: row.receiver_body,
      ...(row.consent_form !== null ? { consentForm: row.consent_form } : {}),
      referredAt: row.referred_at.toISOString(),
    };
    await this.outbox.publish(tx, Topics.referralMade, row.person_pseudonym, createEnvelope(Topics.referralMade, payload, decision.origin));
    return row;
  }

  /** A page of the referrals to the caller's receiving bodies (every one for the Monday group and the coordination team), oldest first. */
  async referralsFor(principal: Principal, status: ReferralStatus | undefined, limit: number, after: string | undefined): Promise<Page<ReferralSummaryDto>> {
    const receivers = readsEveryReferral(principal.groups) ? null : receivingBodiesOf(principal.groups);
    if (receivers !== null && receivers.length === 0) throw forbidden(REFERRAL_REFUSALS.noReceivingBody);
    const key = decodePageCursor(after, isInstantAndIdKey);
    const rows = await new ReferralsRepository(this.dataSource.manager).referralsTo(receivers, status, key, limit + 1);
    const page = pageOf(rows, limit, (row) => [row.referred_at.getTime(), row.id]);
    return { items: page.items.map(summaryOf), next: page.next };
  }

  /** What the referral needs: the person's name and birth date (or only the pseudonym, where no identity is held), the reason, the consent, who referred and when. */
  async referral(principal: Principal, referralId: string): Promise<ReferralDto> {
    const row = await this.visibleReferral(new ReferralsRepository(this.dataSource.manager), principal, referralId, false);
    const read = await this.identities.identitiesOf(this.dataSource.manager, [row.person_pseudonym]);
    const identity = read.identities.get(row.person_pseudonym);
    return {
      ...summaryOf(row),
      person: { pseudonym: row.person_pseudonym, name: identity?.name ?? null, birthDate: identity?.birthDate ?? null },
      reason: row.reason,
      consent: consentOf(row),
      answerNote: row.answer_note,
    };
  }

  /** The receiving body's answer, once, by one of its members; `ssp.referral.answered.v1` tells the Monday group. */
  async answer(principal: Principal, referralId: string, request: AnswerReferralDto, now: Date): Promise<ReferralDto> {
    await this.dataSource.transaction(async (tx) => {
      const referrals = new ReferralsRepository(tx);
      const row = await this.visibleReferral(referrals, principal, referralId, true);
      if (referralAccess(principal.groups, row.receiver_body) !== 'answer') throw forbidden(REFERRAL_REFUSALS.notReceiver);
      if (answerRefusal(row.status) === 'already-answered') throw conflict(REFERRAL_REFUSALS.alreadyAnswered);
      const answered = await referrals.answer(row.id, request.answer, request.note ?? null, principal.subject, now);
      const payload = {
        referralId: answered.id,
        caseId: answered.case_id,
        personPseudonym: answered.person_pseudonym,
        receiverBody: answered.receiver_body,
        answer: request.answer,
        answeredAt: now.toISOString(),
      };
      const origin: EnvelopeOrigin = { producer: ServiceName.caseCoordination, correlationId: randomUUID(), occurredAt: now };
      await this.outbox.publish(tx, Topics.referralAnswered, answered.person_pseudonym, createEnvelope(Topics.referralAnswered, payload, origin));
    });
    return this.referral(principal, referralId);
  }

  /** A page of the person's referrals (and those of persons merged into them), oldest first, for the Monday group. */
  async referralsOf(pseudonym: string, limit: number, after: string | undefined): Promise<Page<PersonReferralDto>> {
    if (!(await new DecisionsRepository(this.dataSource.manager).personExists(pseudonym))) throw notFound(PERSON_REFUSALS.notFound);
    const rows = await new ReferralsRepository(this.dataSource.manager).referralsOf(pseudonym, decodePageCursor(after, isInstantAndIdKey), limit + 1);
    const page = pageOf(rows, limit, (row) => [row.referred_at.getTime(), row.id]);
    return {
      items: page.items.map((row) => ({ ...summaryOf(row), decisionId: row.decision_id, reason: row.reason, consent: consentOf(row), answerNote: row.answer_note })),
      next: page.next,
    };
  }

  /**
   * The referral as the caller may see it: refused (403) to one who sits in no receiving body
   * and neither in the Monday group nor the coordination team; not found (404) when there is
   * none, or it is to a receiving body the caller does not sit in.
   */
  private async visibleReferral(referrals: ReferralsRepository, principal: Principal, referralId: string, forUpdate: boolean): Promise<ReferralRow> {
    if (!readsEveryReferral(principal.groups) && receivingBodiesOf(principal.groups).length === 0) throw forbidden(REFERRAL_REFUSALS.noReceivingBody);
    const row = forUpdate ? await referrals.referralForUpdate(referralId) : await referrals.referral(referralId);
    if (!row || referralAccess(principal.groups, row.receiver_body) === 'none') throw notFound(REFERRAL_REFUSALS.notFound);
    return row;
  }

  private async birthDateOf(tx: EntityManager, pseudonym: string): Promise<string | null> {
    const read = await this.identities.identitiesOf(tx, [pseudonym]);
    return read.identities.get(pseudonym)?.birthDate ?? null;
  }
}

function consentOf(row: ReferralRow): RecordedConsentDto | null {
  if (row.consent_given_by === null || row.consent_given_on === null || row.consent_form === null || row.consent_recorded_by === null) return null;
  return {
    givenBy: row.consent_given_by,
    givenByText: CONSENT_GIVER_LABELS[row.consent_given_by],
    givenOn: row.consent_given_on,
    form: row.consent_form,
    formText: CONSENT_FORM_LABELS[row.consent_form],
    recordedBy: row.consent_recorded_by,
  };
}

function summaryOf(row: ReferralRow): ReferralSummaryDto {
  return {
    id: row.id,
    personPseudonym: row.person_pseudonym,
    receiverBody: row.receiver_body,
    receiverName: REFERRAL_RECEIVER_NAMES[row.receiver_body],
    status: row.status,
    statusText: REFERRAL_STATUS_LABELS[row.status],
    referredBy: row.referred_by,
    referredAt: row.referred_at.toISOString(),
    answeredBy: row.answered_by,
    answeredAt: row.answered_at?.toISOString() ?? null,
  };
}
