import { getWithToken, sendWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type {
  Body,
  BodyPage,
  Membership,
  MembershipChange,
  MembershipPage,
  NewBody,
  NewMembership,
  NewOrganisation,
  Organisation,
  OrganisationPage,
  Person,
  PersonChange,
  PersonPage,
} from './registry.types';

/** The registry's lists' page size. */
export const REGISTRY_PAGE_SIZE = 20;
const SERVICE = 'network-groups';

/**
 * Network groups' registry (people, organisations, bodies, memberships) as the secretariat's
 * pages use it, each call with the signed-in person's own token: the service decides.
 */
export class RegistryClient {
  constructor(private readonly baseUrl: string) {}

  private page(path: string, after: string | undefined, query: Record<string, string | undefined> = {}): URL {
    return serviceUrl(this.baseUrl, path, { ...query, limit: REGISTRY_PAGE_SIZE, after });
  }

  people(token: string, after?: string): Promise<ServiceAnswer<PersonPage>> {
    return getWithToken(SERVICE, this.page('/people', after), token);
  }

  person(token: string, personId: string): Promise<ServiceAnswer<Person>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/people/${encodeURIComponent(personId)}`), token);
  }

  changePerson(token: string, personId: string, change: PersonChange): Promise<ServiceAnswer<Person>> {
    return sendWithToken(SERVICE, 'PATCH', serviceUrl(this.baseUrl, `/people/${encodeURIComponent(personId)}`), token, change);
  }

  organisations(token: string, after?: string): Promise<ServiceAnswer<OrganisationPage>> {
    return getWithToken(SERVICE, this.page('/organisations', after), token);
  }

  addOrganisation(token: string, organisation: NewOrganisation): Promise<ServiceAnswer<Organisation>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, '/organisations'), token, organisation);
  }

  bodies(token: string, after?: string, limit = REGISTRY_PAGE_SIZE): Promise<ServiceAnswer<BodyPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/bodies', { limit, after }), token);
  }

  body(token: string, bodyId: string): Promise<ServiceAnswer<Body>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, `/bodies/${encodeURIComponent(bodyId)}`), token);
  }

  addBody(token: string, body: NewBody): Promise<ServiceAnswer<Body>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, '/bodies'), token, body);
  }

  /** The body's members on a day (today when left out). */
  members(token: string, bodyId: string, on: string | undefined, after?: string): Promise<ServiceAnswer<MembershipPage>> {
    return getWithToken(SERVICE, this.page(`/bodies/${encodeURIComponent(bodyId)}/members`, after, { on }), token);
  }

  addMember(token: string, bodyId: string, membership: NewMembership): Promise<ServiceAnswer<Membership>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/bodies/${encodeURIComponent(bodyId)}/members`), token, membership);
  }

  changeMembership(token: string, bodyId: string, membershipId: string, change: MembershipChange): Promise<ServiceAnswer<Membership>> {
    return sendWithToken(SERVICE, 'PATCH', serviceUrl(this.baseUrl, `/bodies/${encodeURIComponent(bodyId)}/members/${encodeURIComponent(membershipId)}`), token, change);
  }
}
