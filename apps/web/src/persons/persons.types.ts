import type { CaseCoordination } from '@ssp/api-client';
import type { PersonIdentityContent } from '@ssp/contracts';

type Schemas = CaseCoordination.components['schemas'];

/** The identity as GET /persons/{pseudonym} and GET /persons give it (the document types it only as an object). */
export type PersonIdentity = PersonIdentityContent;

/** GET /persons/{pseudonym}, as docs/openapi/case-coordination.json describes it (libs/api-client), with its identity typed. */
export type Person = Omit<Schemas['PersonDto'], 'identity'> & { identity: PersonIdentity | null };
export type PersonIncident = Schemas['PersonIncidentDto'];
export type PersonConcern = Schemas['ConcernDto'];
export type Note = Schemas['NoteDto'];
export type Decision = Schemas['DecisionDto'];
export type InterventionListItem = Schemas['InterventionListItemDto'];
export type PersonReferral = Schemas['PersonReferralDto'];
export type MergeHistoryEntry = Schemas['MergeHistoryDto'];
export type AccessLogEntry = Schemas['AccessLogEntryDto'];
export type PersonSearchHit = Omit<Schemas['PersonSearchHitDto'], 'identity'> & { identity: PersonIdentity | null };
export type PersonSearchResult = { items: PersonSearchHit[]; more: boolean };

/** A page of a list as the services page it (docs/paging.md). */
export interface ListPage<T> {
  items: T[];
  next: string | null;
}
