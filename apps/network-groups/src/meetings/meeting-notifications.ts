import type { NewNotification } from '../notifications/notification';
import type { AgendaItemNotice, DueActionItem } from './meeting-notices.service';

/** The agenda source of an area alert's item; its members are told of the alert, not of "a new item". */
export const AREA_ALERT_SOURCE = 'area-alert';

const meetingLink = (bodyId: string, meetingId: string | null): string =>
  meetingId ? `/bodies/${bodyId}/meetings/${meetingId}` : `/bodies/${bodyId}/meetings`;

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
