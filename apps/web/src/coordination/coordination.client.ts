import { getWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type { MeetingPage } from './coordination.types';

/** The overview's lists' page size. */
export const OVERVIEW_PAGE_SIZE = 20;
const SERVICE = 'network-groups';

/**
 * Network groups' views across every group, for the coordination team and the secretariat
 * (the service refuses everyone else): the meetings (the areas' alerts are NetworkGroupsClient.everyAlert). Each call carries
 * the signed-in person's own token.
 */
export class CoordinationClient {
  constructor(private readonly baseUrl: string) {}

  /** GET /meetings: every network group's meetings from today to the calendar's horizon, by start. */
  meetings(token: string, after?: string): Promise<ServiceAnswer<MeetingPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/meetings', { limit: OVERVIEW_PAGE_SIZE, after }), token);
  }
}
