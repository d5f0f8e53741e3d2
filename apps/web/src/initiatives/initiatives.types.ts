import type { NetworkGroups } from '@ssp/api-client';

type Schemas = NetworkGroups.components['schemas'];

/** Network groups' initiatives as the pages show them, as docs/openapi/network-groups.json describes them (libs/api-client). */
export type InitiativePage = Schemas['InitiativePageDto'];
export type Initiative = Schemas['InitiativeDto'];
export type InitiativeKind = Initiative['kind'];
export type InitiativeStatus = Initiative['status'];

/** What the forms send, as the service's API takes it. */
export type NewInitiative = Schemas['CreateInitiativeDto'];
export type InitiativeChange = Schemas['UpdateInitiativeDto'];
export type InitiativeProposal = Schemas['ProposeInitiativeDto'];
