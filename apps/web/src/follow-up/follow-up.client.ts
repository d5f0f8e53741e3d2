import { getWithToken, sendWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type {
  AssessmentRecord,
  Decision,
  Intervention,
  InterventionOwnerChange,
  InterventionPage,
  InterventionStatusChange,
  NotificationClockPage,
  Referral,
  ReferralAnswer,
  ReferralPage,
} from './follow-up.types';

/** The follow-up lists' page size: enough for a screen, small enough to read. */
export const FOLLOW_UP_PAGE_SIZE = 20;
/** Why the follow-up lists read persons: written to each listed person's access log. */
const PURPOSE = 'case-follow-up';
const SERVICE = 'case-coordination';

/**
 * Case coordination's follow-up routes as the web app uses them: each call carries the
 * signed-in person's own token, so the service decides what they may see and do.
 */
export class FollowUpClient {
  constructor(private readonly baseUrl: string) {}

  private page(path: string, after: string | undefined, query: Record<string, string> = {}): URL {
    return serviceUrl(this.baseUrl, path, { ...query, limit: String(FOLLOW_UP_PAGE_SIZE), after });
  }

  /** GET /interventions/mine: the signed-in person's open interventions, by deadline. */
  myTasks(token: string, after?: string): Promise<ServiceAnswer<InterventionPage>> {
    return getWithToken(SERVICE, this.page('/interventions/mine', after, { purpose: PURPOSE }), token);
  }

  /** GET /interventions?overdue=true: every open intervention past its deadline that the person may see. */
  overdueInterventions(token: string, after?: string): Promise<ServiceAnswer<InterventionPage>> {
    return getWithToken(SERVICE, this.page('/interventions', after, { purpose: PURPOSE, overdue: 'true' }), token);
  }

  /** PATCH /interventions/{id}: start or complete. */
  changeStatus(token: string, id: string, change: InterventionStatusChange): Promise<ServiceAnswer<Intervention>> {
    return sendWithToken(SERVICE, 'PATCH', serviceUrl(this.baseUrl, `/interventions/${encodeURIComponent(id)}`), token, change);
  }

  /** PUT /interventions/{id}/owner: another responsible member of the owning body. */
  changeOwner(token: string, id: string, change: InterventionOwnerChange): Promise<ServiceAnswer<Intervention>> {
    return sendWithToken(SERVICE, 'PUT', serviceUrl(this.baseUrl, `/interventions/${encodeURIComponent(id)}/owner`), token, change);
  }

  /** GET /assessments: the notifications' running 24-hour clocks (unanswered ones), by when they run out. */
  runningClocks(token: string, after?: string): Promise<ServiceAnswer<NotificationClockPage>> {
    return getWithToken(SERVICE, this.page('/assessments', after, { purpose: PURPOSE }), token);
  }

  /** POST /persons/{p}/decisions/{d}/assessment: the family department's assessment, once. */
  recordAssessment(token: string, pseudonym: string, decisionId: string, record: AssessmentRecord): Promise<ServiceAnswer<Decision>> {
    const path = `/persons/${encodeURIComponent(pseudonym)}/decisions/${encodeURIComponent(decisionId)}/assessment`;
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, path), token, record);
  }

  /** GET /referrals: the referrals to the person's receiving bodies, oldest first. */
  referrals(token: string, after?: string): Promise<ServiceAnswer<ReferralPage>> {
    return getWithToken(SERVICE, this.page('/referrals', after), token);
  }

  /** GET /referrals/{id}: what the referral needs and no more. */
  referral(token: string, id: string): Promise<ServiceAnswer<Referral>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/referrals/${encodeURIComponent(id)}`), token);
  }

  /** POST /referrals/{id}/answer: accept or decline, once. */
  answerReferral(token: string, id: string, answer: ReferralAnswer): Promise<ServiceAnswer<Referral>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/referrals/${encodeURIComponent(id)}/answer`), token, answer);
  }
}
