import { APP_LINKS } from '../notifications/app-links';
import { danishDate } from '../intervention-notices/intervention-notifications';
import type { NewNotification } from '../notifications/notification';
import type { AgendaItemNotice, DueActionItem } from './meeting-notices.service';

/** The agenda source of an area alert's item; its members are told of the alert, not of "a new item". */
export const AREA_ALERT_SOURCE = 'area-alert';

const meetingLink = (bodyId: string, meetingId: string | null): string => (meetingId ? APP_LINKS.meeting(bodyId, meetingId) : APP_LINKS.meetings(bodyId));

/**
 * What a body's members are told when an item joins the agenda of its next meeting. A title
 * someone wrote stays in the app, as a message's text does: e-mail is no protected channel,
 * and a title about the Monday group's work may say more than it should. An area alert's
 * title is the service's own (a category and a count of at least 5), so it is shown.
 */
export function agendaItemNotification(notice: AgendaItemNotice, bodyName: string): NewNotification {
  if (notice.source === AREA_ALERT_SOURCE) {
    return {
      kind: 'area-alert',
      subject: `Områdealarm i ${bodyName}: ${notice.title}`,
      text: `${notice.title}. Punktet er sat på dagsordenen for ${bodyName}s næste møde.`,
      link: meetingLink(notice.bodyId, notice.meetingId),
      bodyId: notice.bodyId,
    };
  }
  return {
    kind: 'new-agenda',
    subject: `Nyt punkt på dagsordenen i ${bodyName}`,
    text: notice.meetingId
      ? `Der er sat et nyt punkt på dagsordenen for ${bodyName}s næste møde.`
      : `Et nyt punkt venter på ${bodyName}s næste møde, som endnu ikke er sat i kalenderen.`,
    link: meetingLink(notice.bodyId, notice.meetingId),
    bodyId: notice.bodyId,
  };
}

/** What the owner of an action item is told when its deadline has come; its title stays in the app. */
export function actionItemDueNotification(item: DueActionItem, bodyName: string): NewNotification {
  return {
    kind: 'action-item-due',
    subject: `Opgave med frist ${item.deadline} i ${bodyName}`,
    text: `Du har en opgave fra ${bodyName} med frist ${item.deadline}, som ikke er meldt udført.`,
    link: meetingLink(item.bodyId, item.meetingId),
    bodyId: item.bodyId,
  };
}

/** A meeting's time as Danes say it: 30. november 2026 kl. 16.00. */
export function danishMeetingTime(meeting: { day: string; startTime: string }): string {
  return `${danishDate(meeting.day)} kl. ${meeting.startTime.replace(':', '.')}`;
}

type MeetingTime = { bodyId: string; meetingId: string; day: string; startTime: string };

/**
 * What members are told when a meeting is moved: from when to when, and a link. The place
 * someone typed stays in the app, as titles do.
 */
export function meetingMovedNotification(before: MeetingTime, after: { day: string; startTime: string }, bodyName: string): NewNotification {
  return {
    kind: 'meeting-moved',
    subject: `Møde flyttet i ${bodyName}`,
    text: `${bodyName}s møde ${danishMeetingTime(before)} er flyttet til ${danishMeetingTime(after)}. Se tid og sted i SSP-systemet.`,
    link: APP_LINKS.meeting(before.bodyId, before.meetingId),
    bodyId: before.bodyId,
  };
}

/** What members are told when a meeting is cancelled; the reason someone wrote is read in the app. */
export function meetingCancelledNotification(meeting: MeetingTime, bodyName: string): NewNotification {
  return {
    kind: 'meeting-cancelled',
    subject: `Møde aflyst i ${bodyName}`,
    text: `${bodyName}s møde ${danishMeetingTime(meeting)} er aflyst. Begrundelsen står i SSP-systemet.`,
    link: APP_LINKS.meeting(meeting.bodyId, meeting.meetingId),
    bodyId: meeting.bodyId,
  };
}

/** What members are told when a recurring schedule changes: how many coming meetings moved, were cancelled or are back on. */
export function scheduleChangedNotification(bodyId: string, change: { moved: number; cancelled: number; restored: number }, bodyName: string): NewNotification {
  const count = (n: number, one: string, many: string) => (n > 0 ? `${n} ${n === 1 ? one : many}` : null);
  const parts = [
    count(change.moved, 'kommende møde er flyttet', 'kommende møder er flyttet'),
    count(change.cancelled, 'møde er aflyst', 'møder er aflyst'),
    count(change.restored, 'aflyst møde er sat i kalenderen igen', 'aflyste møder er sat i kalenderen igen'),
  ].filter((part) => part !== null);
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}` : parts.join('');
  return {
    kind: 'meeting-moved',
    subject: `Mødeplanen for ${bodyName} er ændret`,
    text: `Mødeplanen for ${bodyName} er ændret${listed ? `: ${listed}` : ''}. Se møderne i SSP-systemet.`,
    link: APP_LINKS.meetings(bodyId),
    bodyId,
  };
}
