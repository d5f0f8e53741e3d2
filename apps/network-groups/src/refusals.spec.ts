import { itCodesEveryValidationRule, itGivesDanishRefusals } from '@ssp/testing/danish-refusals';
import { AREA_SIGNAL_REFUSALS } from './area-signals/area-signals.dto';
import { BODY_REFUSALS } from './bodies/bodies.dto';
import { CALENDAR_REFUSALS } from './calendar/calendar.dto';
import { INITIATIVE_REFUSALS } from './initiatives/initiatives.dto';
import { MEETING_CONFLICTS } from './meetings/meeting-rules';
import { MEETING_REFUSALS } from './meetings/meetings.dto';
import { SCHEDULE_REFUSALS } from './meetings/recurrence';
import { MESSAGE_REFUSALS } from './messages/messages.dto';
import { NOTIFICATION_REFUSALS } from './notifications/notifications.dto';
import { ORGANISATION_REFUSALS } from './people/organisations.dto';
import { PEOPLE_REFUSALS } from './people/people.dto';

describe("network groups' refusals", () => {
  itGivesDanishRefusals({
    AREA_SIGNAL_REFUSALS,
    BODY_REFUSALS,
    CALENDAR_REFUSALS,
    INITIATIVE_REFUSALS,
    MEETING_CONFLICTS,
    MEETING_REFUSALS,
    MESSAGE_REFUSALS,
    NOTIFICATION_REFUSALS,
    ORGANISATION_REFUSALS,
    PEOPLE_REFUSALS,
    SCHEDULE_REFUSALS,
  });

  itCodesEveryValidationRule(__dirname);
});
