import { daysBetween } from '@ssp/platform/time';
import { APP_LINKS } from '../notifications/app-links';
import type { NewNotification } from '../notifications/notification';

/** What the responsible is told about: the intervention by id, its deadline, and for a reminder the day it went. */
export interface InterventionNotice {
  interventionId: string;
  ownerBody: string;
  /** YYYY-MM-DD. */
  deadline: string;
}

const LONG_DATE = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day as Danes write it in a sentence: 18. december 2026. */
export function danishDate(day: string): string {
  return LONG_DATE.format(new Date(`${day}T12:00:00Z`));
}

function untilDeadline(days: number): string {
  if (days <= 0) return 'i dag';
  return days === 1 ? 'i morgen' : `om ${days} dage`;
}

/*
 * What the responsible of an intervention is told, by app and by e-mail. Nothing about the
 * child: no name, no pseudonym, no title (free text about the child stays in case
 * coordination); the link leads to the intervention, which is shown only to those who may.
 */

/** Agreed with them as responsible, or handed to them. */
export function interventionAssignedNotification(notice: InterventionNotice): NewNotification {
  const deadline = danishDate(notice.deadline);
  return {
    kind: 'intervention-assigned',
    subject: `Du er ansvarlig for en indsats med frist ${deadline}`,
    text: `Du er ansvarlig for en ny indsats med frist ${deadline}. Se indsatsen i SSP-systemet.`,
    link: APP_LINKS.intervention(notice.interventionId),
    bodyId: notice.ownerBody,
  };
}

/** Its deadline is near (`remindedOn`: the Copenhagen day of the reminder). */
export function interventionDueSoonNotification(notice: InterventionNotice, remindedOn: string): NewNotification {
  const deadline = danishDate(notice.deadline);
  return {
    kind: 'intervention-due-soon',
    subject: `Frist ${untilDeadline(daysBetween(remindedOn, notice.deadline))} for en indsats, du er ansvarlig for`,
    text: `En indsats, du er ansvarlig for, har frist ${deadline} og er ikke meldt afsluttet.`,
    link: APP_LINKS.intervention(notice.interventionId),
    bodyId: notice.ownerBody,
  };
}

/** Its deadline passed without it being completed. */
export function interventionOverdueNotification(notice: InterventionNotice): NewNotification {
  const deadline = danishDate(notice.deadline);
  return {
    kind: 'intervention-overdue',
    subject: `Fristen for en indsats er overskredet (${deadline})`,
    text: `En indsats, du er ansvarlig for, havde frist ${deadline} og er ikke meldt afsluttet. Den kommer på mandagsgruppens næste dagsorden.`,
    link: APP_LINKS.intervention(notice.interventionId),
    bodyId: notice.ownerBody,
  };
}
