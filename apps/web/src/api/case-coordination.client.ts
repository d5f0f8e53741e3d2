import { getWithToken, serviceUrl, type ServiceAnswer } from './service-answer';
import type { Agenda } from './case-coordination.types';

/** The agenda page's size: enough for a screen, small enough to read. */
export const AGENDA_PAGE_SIZE = 20;

/**
 * Case coordination's API as the web app uses it: every call carries the signed-in person's
 * own access token, so the service decides what they may see, exactly as for any other client.
 */
export class CaseCoordinationClient {
  constructor(private readonly baseUrl: string) {}

  async nextAgenda(accessToken: string, after: string | undefined, filter: Readonly<Record<string, string>>): Promise<ServiceAnswer<Agenda>> {
    const url = serviceUrl(this.baseUrl, '/meetings/next/agenda', { limit: AGENDA_PAGE_SIZE, ...filter, after: after || undefined });
    return getWithToken<Agenda>('case-coordination', url, accessToken);
  }
}
