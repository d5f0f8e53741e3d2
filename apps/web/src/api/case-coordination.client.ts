import { getWithToken, type ServiceAnswer } from './service-answer';
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
    const url = new URL('/meetings/next/agenda', this.baseUrl);
    url.searchParams.set('limit', String(AGENDA_PAGE_SIZE));
    for (const [name, value] of Object.entries(filter)) url.searchParams.set(name, value);
    if (after) url.searchParams.set('after', after);
    return getWithToken<Agenda>('case-coordination', url, accessToken);
  }
}
