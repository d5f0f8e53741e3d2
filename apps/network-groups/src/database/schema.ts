import { AddBodyEnd1763800000700 } from './migrations/1763800000700-add-body-end.migration';
import { AnnounceMemberships1763800000800 } from './migrations/1763800000800-announce-memberships.migration';
import { NotifyInterventionOwners1763800002510 } from './migrations/1763800002510-notify-intervention-owners.migration';
import { MoveAndCancelMeetings1764400000000 } from './migrations/1764400000000-move-and-cancel-meetings.migration';
import { RestoreEndedMeetings1764900000000 } from './migrations/1764900000000-restore-ended-meetings.migration';
import { AddReferralReceivers1763800002350 } from './migrations/1763800002350-add-referral-receivers.migration';
import { CreateReferenceData1764300000000, type ServiceSchema } from '@ssp/platform';
import { BodyMembershipEntity } from '../bodies/body-membership.entity';
import { SspBodyEntity } from '../bodies/ssp-body.entity';
import { OrganisationEntity } from '../people/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { CreateBodies1763800000300 } from './migrations/1763800000300-create-bodies.migration';
import { CreatePeopleAndOrganisations1763800000350 } from './migrations/1763800000350-create-people-and-organisations.migration';
import { CreateMeetings1763800000400 } from './migrations/1763800000400-create-meetings.migration';
import { CreateAreaSignalsAndInitiatives1763800000500 } from './migrations/1763800000500-create-area-signals-and-initiatives.migration';
import { CreateNotifications1763800000600 } from './migrations/1763800000600-create-notifications.migration';
import { AddInitiativeProposals1764300000200 } from './migrations/1764300000200-add-initiative-proposals.migration';

export const SCHEMA: ServiceSchema = {
  entities: [SspBodyEntity, BodyMembershipEntity, PersonEntity, OrganisationEntity],
  migrations: [CreateBodies1763800000300, CreatePeopleAndOrganisations1763800000350, CreateMeetings1763800000400, CreateAreaSignalsAndInitiatives1763800000500, CreateNotifications1763800000600, AddBodyEnd1763800000700, AnnounceMemberships1763800000800, AddReferralReceivers1763800002350, NotifyInterventionOwners1763800002510, CreateReferenceData1764300000000, AddInitiativeProposals1764300000200, MoveAndCancelMeetings1764400000000, RestoreEndedMeetings1764900000000],
};
