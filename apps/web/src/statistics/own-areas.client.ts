import type { NetworkGroups } from '@ssp/api-client';
import { bodyOf, getWithToken, serviceUrl } from '../api/service-answer';
import type { Body, Membership } from './own-areas';

type Schemas = NetworkGroups.components['schemas'];
const SERVICE = 'network-groups';
/** Network groups' largest page: a municipality's SSP bodies are a few dozen, so one page holds them. */
const BODIES_PAGE = 200;

/** What network groups' registry says of the signed-in person's memberships and of the bodies, with the person's own token. */
export class OwnAreasClient {
  constructor(private readonly baseUrl: string) {}

  /** GET /people/me: the person's memberships; none when no person in the registry is linked to the sign-in (404). */
  async myMemberships(accessToken: string): Promise<Membership[]> {
    const answer = await getWithToken<Schemas['PersonDto']>(SERVICE, serviceUrl(this.baseUrl, '/people/me'), accessToken);
    if (!answer.ok && answer.status === 404) return [];
    return bodyOf(answer).memberships;
  }

  /** GET /bodies: the first (and in practice only) page of the SSP bodies. */
  async bodies(accessToken: string): Promise<Body[]> {
    return bodyOf(await getWithToken<Schemas['BodyPageDto']>(SERVICE, serviceUrl(this.baseUrl, '/bodies', { limit: BODIES_PAGE }), accessToken)).items;
  }
}
