import { REFERRAL_NOTIFICATION_KINDS } from '../referrals/referral-notifications';

/** What a notification is about; other modules choose the kind when they notify. */
export const NOTIFICATION_KINDS = ['message', 'new-agenda', 'area-alert', 'action-item-due', 'intervention-assigned', 'intervention-due-soon', 'intervention-overdue', ...REFERRAL_NOTIFICATION_KINDS, 'meeting-moved', 'meeting-cancelled'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a person wants their notifications: e-mailed at once, in one e-mail a day, or only in the app. */
export const DELIVERY_PREFERENCES = ['immediate', 'daily-digest', 'in-app'] as const;
export type DeliveryPreference = (typeof DELIVERY_PREFERENCES)[number];

/** Until a person chooses, each notification is e-mailed at once: nothing waits unseen. */
export const DEFAULT_DELIVERY: DeliveryPreference = 'immediate';

/** What happens to one notification, decided from the preference when it is written. */
export type NotificationDelivery = 'email' | 'digest' | 'in-app';

export function deliveryFor(preference: DeliveryPreference): NotificationDelivery {
  return preference === 'immediate' ? 'email' : preference === 'daily-digest' ? 'digest' : 'in-app';
}

/** What a caller (messages, meetings, area alerts) asks to notify about. */
export interface NewNotification {
  kind: NotificationKind;
  /** One line, the e-mail's subject too. */
  subject: string;
  text: string;
  /** A path in the app (e.g. /bodies/x/messages), made absolute in e-mails when a base URL is set. */
  link?: string | null;
  /** The body the notification is about, if any. */
  bodyId?: string | null;
}
