import { getWithToken, sendWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type { Initiative, InitiativeChange, InitiativeKind, InitiativePage, InitiativeProposal, InitiativeStatus, NewInitiative } from './initiatives.types';

/** The initiatives' page size. */
export const INITIATIVES_PAGE_SIZE = 20;
const SERVICE = 'network-groups';

export interface InitiativeFilter {
  status?: InitiativeStatus;
  kind?: InitiativeKind;
}

/** Network groups' initiatives and proposals, each call with the signed-in person's own token: the service decides. */
export class InitiativesClient {
  constructor(private readonly baseUrl: string) {}

  list(token: string, filter: InitiativeFilter, after?: string, limit = INITIATIVES_PAGE_SIZE): Promise<ServiceAnswer<InitiativePage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/initiatives', { ...filter, limit, after }), token);
  }

  get(token: string, id: string): Promise<ServiceAnswer<Initiative>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/initiatives/${encodeURIComponent(id)}`), token);
  }

  create(token: string, initiative: NewInitiative): Promise<ServiceAnswer<Initiative>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, '/initiatives'), token, initiative);
  }

  update(token: string, id: string, change: InitiativeChange): Promise<ServiceAnswer<Initiative>> {
    return sendWithToken(SERVICE, 'PATCH', serviceUrl(this.baseUrl, `/initiatives/${encodeURIComponent(id)}`), token, change);
  }

  propose(token: string, bodyId: string, proposal: InitiativeProposal): Promise<ServiceAnswer<Initiative>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/bodies/${encodeURIComponent(bodyId)}/initiative-proposals`), token, proposal);
  }
}
