import { getWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import type { AccessPurpose } from './danish-labels';
import type { AccessLogEntry, Decision, InterventionListItem, ListPage, MergeHistoryEntry, Note, Person, PersonReferral, PersonSearchResult } from './persons.types';

const SERVICE = 'case-coordination';

/** What a search sends: one of CPR, name (and birth date) or birth date, and always the purpose. */
export interface PersonSearchQuery {
  cpr?: string;
  name?: string;
  birthDate?: string;
  purpose: AccessPurpose;
}

/**
 * Case coordination's person routes as the person page and the search use them, each with the
 * signed-in person's own token and the purpose they chose (the service logs every read with it).
 */
export class PersonsClient {
  constructor(private readonly baseUrl: string) {}

  private personPath(pseudonym: string, rest = ''): string {
    return `/persons/${encodeURIComponent(pseudonym)}${rest}`;
  }

  person(token: string, pseudonym: string, purpose: AccessPurpose): Promise<ServiceAnswer<Person>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, this.personPath(pseudonym), { purpose }), token);
  }

  notes(token: string, pseudonym: string, purpose: AccessPurpose, limit: number, after?: string): Promise<ServiceAnswer<ListPage<Note>>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, this.personPath(pseudonym, '/notes'), { purpose, limit, after }), token);
  }

  decisions(token: string, pseudonym: string, purpose: AccessPurpose, limit: number, after?: string): Promise<ServiceAnswer<ListPage<Decision>>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, this.personPath(pseudonym, '/decisions'), { purpose, limit, after }), token);
  }

  interventions(token: string, pseudonym: string, purpose: AccessPurpose, limit: number, after?: string): Promise<ServiceAnswer<ListPage<InterventionListItem>>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/interventions', { pseudonym, purpose, limit, after }), token);
  }

  referrals(token: string, pseudonym: string, purpose: AccessPurpose, limit: number, after?: string): Promise<ServiceAnswer<ListPage<PersonReferral>>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, this.personPath(pseudonym, '/referrals'), { purpose, limit, after }), token);
  }

  merges(token: string, pseudonym: string, limit: number, after?: string): Promise<ServiceAnswer<ListPage<MergeHistoryEntry>>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, this.personPath(pseudonym, '/merges'), { limit, after }), token);
  }

  accessLog(token: string, pseudonym: string, limit: number, after?: string): Promise<ServiceAnswer<ListPage<AccessLogEntry>>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, this.personPath(pseudonym, '/access-log'), { limit, after }), token);
  }

  search(token: string, query: PersonSearchQuery): Promise<ServiceAnswer<PersonSearchResult>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/persons', { ...query }), token);
  }
}
