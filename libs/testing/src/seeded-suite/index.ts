export { callApi, seedCall, type ApiBody, type ApiResponse } from './http';
export { interventionRequest, NOTE_REQUEST, NOTE_SEARCH_WORD, REFERRAL_REQUEST, type CaseRecords } from './case-records';
export { membershipRequest, type SeededMembers } from './members';
export { ACTION_ITEM_DEADLINE, initiativeRequest, type NetworkRecords } from './network-records';
export { policeListForm, seededPoliceList } from './police-lists';
export { AWAY, HOME, RECEIVING_BODY, SIDES, type Side } from './sides';
export { pathValuesOf, SeededSuite, type SideRecords } from './suite';
export { type MondayMeetingState } from './monday-meetings';
