import type { NetworkGroups } from '@ssp/api-client';

type Schemas = NetworkGroups.components['schemas'];

/** Network groups' views across the groups, as docs/openapi/network-groups.json describes them (libs/api-client). */
export type MeetingPage = Schemas['NetworkGroupMeetingPageDto'];
export type Meeting = Schemas['NetworkGroupMeetingDto'];
