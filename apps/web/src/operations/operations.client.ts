import type { DeadLetterAction } from './operations-notices';
import { getWithToken, sendWithToken, serviceUrl, ServiceUnavailableError, type ServiceAnswer } from '../api/service-answer';
import type {
  ChainVerification,
  DiscardOutcome,
  EmailOperations,
  Health,
  OperatedService,
  OperationsStatus,
  Reading,
  ResendOutcome,
  ServiceOperations,
  WaitingDeadLettersPage,
} from './operations.types';

/** Dead letters on the page per service; the rest a page at a time. */
export const DEAD_LETTERS_PER_PAGE = 20;

/** An answer, a refusal, or no answer: the page shows each service as it is, whatever the others do. */
async function readingOf<T>(call: () => Promise<ServiceAnswer<T>>): Promise<Reading<T>> {
  try {
    const answer = await call();
    return answer.ok ? { kind: 'answer', body: answer.body } : { kind: 'refused', status: answer.status, message: answer.refusal?.message ?? null };
  } catch (error) {
    if (error instanceof ServiceUnavailableError) return { kind: 'no-answer' };
    throw error;
  }
}

/** The four services' operations routes, with the operator's own token; each service's own health probes. */
export class OperationsClient {
  constructor(private readonly baseUrls: Readonly<Record<OperatedService, string>>) {}

  /** What the page shows of one service; `after` pages its dead letters. */
  async overview(service: OperatedService, accessToken: string, after: string | undefined): Promise<ServiceOperations> {
    const get = <T>(path: string, query: Record<string, string | number | undefined> = {}) =>
      readingOf<T>(() => getWithToken<T>(service, serviceUrl(this.baseUrls[service], path, query), accessToken));
    const [live, ready, status, deadLetters, emails] = await Promise.all([
      get('/health/live'),
      get('/health/ready'),
      get<OperationsStatus>('/operations/status'),
      get<WaitingDeadLettersPage>('/operations/dead-letters', { limit: DEAD_LETTERS_PER_PAGE, after }),
      service === 'network-groups' ? get<EmailOperations>('/operations/emails') : undefined,
    ]);
    const health: Health = { live: live.kind === 'answer', ready: ready.kind === 'answer' };
    return { service, health, status, deadLetters, ...(emails ? { emails } : {}) };
  }

  /** Walks the service's whole audit chain: asked for on its own page only, never with the overview. */
  auditVerification(service: OperatedService, accessToken: string): Promise<Reading<ChainVerification>> {
    return readingOf(() => getWithToken<ChainVerification>(service, serviceUrl(this.baseUrls[service], '/audit-log/verification'), accessToken));
  }

  /**
   * Acts on a dead letter (POST, audited by the service): `resend` sends it back to the
   * service's own consumer; `discard` settles it without handling, its message cleared.
   */
  settleDeadLetter(service: OperatedService, accessToken: string, id: string, action: DeadLetterAction): Promise<ServiceAnswer<ResendOutcome | DiscardOutcome>> {
    return sendWithToken<ResendOutcome | DiscardOutcome>(service, 'POST', serviceUrl(this.baseUrls[service], `/operations/dead-letters/${encodeURIComponent(id)}/${action}`), accessToken, {});
  }
}
