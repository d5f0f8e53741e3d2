import type { NetworkGroups } from '@ssp/api-client';

type Schemas = NetworkGroups.components['schemas'];

/** Network groups' initiatives as the pages show them, as docs/openapi/network-groups.json describes them (libs/api-client). */
export type InitiativePage = Schemas['InitiativePageDto'];
export type Initiative = Schemas['InitiativeDto'];
export type InitiativeKind = Initiative['kind'];
export type InitiativeStatus = Initiative['status'];
/** The signed-in person as the registry knows them, with their memberships (GET /people/me). */
export type Me = Schemas['PersonDto'];

/** What the forms send, as the service's API takes it. */
export type NewInitiative = Schemas['CreateInitiativeDto'];
export type InitiativeChange = Schemas['UpdateInitiativeDto'];
export type InitiativeProposal = Schemas['ProposeInitiativeDto'];
