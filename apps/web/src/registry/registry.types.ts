import type { NetworkGroups } from '@ssp/api-client';

type Schemas = NetworkGroups.components['schemas'];

/** Network groups' registry as the registry pages show it, as docs/openapi/network-groups.json describes it (libs/api-client). */
export type PersonPage = Schemas['PersonPageDto'];
export type Person = Schemas['PersonDto'];
export type OrganisationPage = Schemas['OrganisationPageDto'];
export type Organisation = Schemas['OrganisationDto'];
export type OrganisationKind = Organisation['kind'];
export type BodyPage = Schemas['BodyPageDto'];
export type Body = Schemas['BodyDto'];
export type BodyKind = Body['kind'];
export type MembershipPage = Schemas['MembershipPageDto'];
export type Membership = Schemas['MembershipDto'];

/** What the forms send, as the service's API takes it. */
export type PersonChange = Schemas['UpdatePersonDto'];
export type NewOrganisation = Schemas['CreateOrganisationDto'];
export type NewBody = Schemas['CreateBodyDto'];
export type NewMembership = Schemas['AddMembershipDto'];
export type MembershipChange = Schemas['ChangeMembershipDto'];
