/** The plain-text e-mails: Danish, as their readers are; the footer says why they get it. */

export interface EmailContent {
  subject: string;
  text: string;
}

export interface NotificationContent {
  subject: string;
  text: string;
  link: string | null;
}

const FOOTER = [
  '--',
  'Du får denne e-mail fra SSP Randers, fordi du sidder i et SSP-forum.',
  'Under dine notifikationsindstillinger vælger du e-mail med det samme, én daglig oversigt eller kun besked i systemet.',
].join('\n');

/** A link in the app made absolute when the app's address is known; left as a path otherwise. */
export function absoluteLink(link: string, baseUrl: string | undefined): string {
  return baseUrl ? new URL(link, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString() : link;
}

function section(notification: NotificationContent, baseUrl: string | undefined): string[] {
  return [notification.text, ...(notification.link ? [absoluteLink(notification.link, baseUrl)] : [])];
}

export function notificationEmail(notification: NotificationContent, baseUrl?: string): EmailContent {
  return { subject: notification.subject, text: [...section(notification, baseUrl), '', FOOTER].join('\n') };
}

/** One e-mail listing every notification since the last digest, oldest first. */
export function digestEmail(day: string, notifications: readonly NotificationContent[], baseUrl?: string): EmailContent {
  const count = notifications.length;
  const items = notifications.flatMap((notification) => ['', `* ${notification.subject}`, ...section(notification, baseUrl).map((line) => `  ${line}`)]);
  return {
    subject: `Daglig oversigt ${day}: ${count} ${count === 1 ? 'ny notifikation' : 'nye notifikationer'}`,
    text: [`Dine notifikationer siden sidste oversigt (${count}):`, ...items, '', FOOTER].join('\n'),
  };
}
