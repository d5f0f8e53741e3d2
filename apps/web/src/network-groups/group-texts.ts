import type { AttendanceStatus, Body, CalendarFeed, Delivery, Meeting, Notification, ActionItem } from './network-groups.types';

/*
 * The Danish words for network groups' codes that the pages show. Network groups answers
 * codes only; each table is typed by the OpenAPI enum, so a new code fails the type-check.
 */

export const MEETING_STATUS_TEXT: Readonly<Record<Meeting['status'], string>> = { scheduled: 'Planlagt', held: 'Holdt', cancelled: 'Aflyst' };

export const ATTENDANCE_TEXT: Readonly<Record<AttendanceStatus, string>> = { present: 'Mødt', absent: 'Fraværende', excused: 'Afbud' };

export const ACTION_ITEM_STATUS_TEXT: Readonly<Record<ActionItem['status'], string>> = { open: 'Åben', done: 'Udført' };

export const DELIVERY_TEXT: Readonly<Record<Delivery, { text: string; hint: string }>> = {
  immediate: { text: 'En e-mail for hver notifikation', hint: 'Du får en e-mail, så snart der er nyt.' },
  'daily-digest': { text: 'Én samlet e-mail om dagen', hint: 'Det, du ikke har læst her, samles i én e-mail om morgenen.' },
  'in-app': { text: 'Kun her i systemet', hint: 'Ingen e-mails; du ser notifikationerne, når du logger ind.' },
};

export const NOTIFICATION_KIND_TEXT: Readonly<Record<Notification['kind'], string>> = {
  message: 'Besked',
  'new-agenda': 'Dagsorden',
  'area-alert': 'Områdealarm',
  'action-item-due': 'Opgave med frist',
  'intervention-assigned': 'Indsats',
  'intervention-due-soon': 'Indsats med frist',
  'intervention-overdue': 'Indsats over frist',
  'referral-received': 'Henvisning',
  'referral-answered': 'Svar på henvisning',
  'meeting-moved': 'Møde flyttet',
  'meeting-cancelled': 'Møde aflyst',
};

export const FEED_KIND_TEXT: Readonly<Record<CalendarFeed['kind'], string>> = { person: 'Alle mine møder', body: 'Ét organs møder' };

export const BODY_KIND_TEXT: Readonly<Record<Body['kind'], string>> = {
  'local-council': 'Lokalråd',
  'leader-group': 'Ledergruppe',
  'coordination-team': 'Koordinationsteam',
  'network-group': 'Netværksgruppe',
  'monday-group': 'Mandagsgruppen',
  'ssp-u': 'SSP-U',
  'ssp-plus': 'SSP+',
  'family-department': 'Familieafdelingen',
  'ad-hoc': 'Ad hoc-gruppe',
  secretariat: 'Sekretariat',
};

/** ISO weekdays, 1 Monday … 7 Sunday. */
export const WEEKDAY_TEXT: readonly string[] = ['', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** The n-th weekday of a month in a monthly schedule; -1 the last. */
export const WEEK_OF_MONTH_TEXT: Readonly<Record<string, string>> = { '1': 'første', '2': 'anden', '3': 'tredje', '4': 'fjerde', '-1': 'sidste' };
