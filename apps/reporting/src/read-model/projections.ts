import type { ProjectionClass } from './projection';
import { CaseClosedProjection } from './projections/case-closed.projection';
import { CaseOpenedProjection } from './projections/case-opened.projection';
import { IncidentRecordedProjection } from './projections/incident-recorded.projection';
import { InterventionAssignedProjection, InterventionCompletedProjection, InterventionOverdueProjection } from './projections/intervention-events.projection';
import { AreaAlertRaisedProjection, InitiativeLaunchedProjection, MeetingHeldProjection, MeetingScheduledProjection } from './projections/network-events.projection';
import { PersonErasedProjection } from './projections/person-erased.projection';
import { PersonReviewedProjection } from './projections/person-reviewed.projection';
import { PoliceListIngestedProjection } from './projections/police-list-ingested.projection';

/** Every projection of the read model: the live consumer's handlers, and what a rebuild replays through. */
export const PROJECTIONS: readonly ProjectionClass[] = [
  PoliceListIngestedProjection,
  IncidentRecordedProjection,
  CaseOpenedProjection,
  CaseClosedProjection,
  PersonReviewedProjection,
  PersonErasedProjection,
  InterventionAssignedProjection,
  InterventionCompletedProjection,
  InterventionOverdueProjection,
  MeetingScheduledProjection,
  MeetingHeldProjection,
  InitiativeLaunchedProjection,
  AreaAlertRaisedProjection,
];
