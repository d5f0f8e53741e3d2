import type { NewNotification } from '../notifications/notification';
import type { AgendaItemNotice, DueActionItem } from './meeting-notices.service';

/** The agenda source of an area alert's item; its members are told of the alert, not of "a new item". */
export const AREA_ALERT_SOURCE = 'area-alert';

const meetingLink = (bodyId: string, meetingId: string | null): string =>
  meetingId ? `/bodies/${bodyId}/meetings/${meetingId}` : `/bodies/${bodyId}/meetings`;

/** What a body's members are told when an item joins the agenda of its next meeting. */
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
      ? `»${notice.title}« er sat på dagsordenen for ${bodyName}s næste møde.`
      : `»${notice.title}« venter på ${bodyName}s næste møde, som endnu ikke er sat i kalenderen.`,
    link: meetingLink(notice.bodyId, notice.meetingId),
    bodyId: notice.bodyId,
  };
}

/** What the owner of an action item is told when its deadline has come. */
export function actionItemDueNotification(item: DueActionItem, bodyName: string): NewNotification {
  return {
    kind: 'action-item-due',
    subject: `Opgave med frist ${item.deadline}: ${item.title}`,
    text: `Din opgave »${item.title}« fra ${bodyName} har frist ${item.deadline} og er ikke meldt udført.`,
    link: meetingLink(item.bodyId, item.meetingId),
    bodyId: item.bodyId,
  };
}
