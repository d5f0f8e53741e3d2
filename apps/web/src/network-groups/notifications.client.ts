import { getWithToken, sendWithToken, serviceUrl, type ServiceAnswer } from '../api/service-answer';
import { GROUP_PAGE_SIZE } from './network-groups.client';
import type { CalendarFeedPage, Delivery, IssuedCalendarFeed, NotificationPage, Preferences } from './network-groups.types';

const SERVICE = 'network-groups';

/**
 * Network groups' routes of the signed-in person's own: notifications, how they are delivered,
 * and calendar subscriptions. Each call carries the person's own token.
 */
export class NotificationsClient {
  constructor(private readonly baseUrl: string) {}

  notifications(token: string, show: 'unread' | 'all', after?: string): Promise<ServiceAnswer<NotificationPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/notifications', { show, limit: GROUP_PAGE_SIZE, after }), token);
  }

  markRead(token: string, notificationId: string): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/notifications/${encodeURIComponent(notificationId)}/read`), token);
  }

  preferences(token: string): Promise<ServiceAnswer<Preferences>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/notifications/preferences'), token);
  }

  setPreferences(token: string, delivery: Delivery): Promise<ServiceAnswer<Preferences>> {
    return sendWithToken(SERVICE, 'PUT', serviceUrl(this.baseUrl, '/notifications/preferences'), token, { delivery });
  }

  /** GET /calendar-feeds: the person's active feeds, without their URLs (shown once, when made). */
  feeds(token: string, after?: string): Promise<ServiceAnswer<CalendarFeedPage>> {
    return getWithToken(SERVICE, serviceUrl(this.baseUrl, '/calendar-feeds', { limit: GROUP_PAGE_SIZE, after }), token);
  }

  /** POST /people/me/calendar-feed: the meetings of every body the person sits in. */
  createPersonalFeed(token: string): Promise<ServiceAnswer<IssuedCalendarFeed>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, '/people/me/calendar-feed'), token);
  }

  /** POST /bodies/{bodyId}/calendar-feed: one body's meetings, while the person sits in it. */
  createBodyFeed(token: string, bodyId: string): Promise<ServiceAnswer<IssuedCalendarFeed>> {
    return sendWithToken(SERVICE, 'POST', serviceUrl(this.baseUrl, `/bodies/${encodeURIComponent(bodyId)}/calendar-feed`), token);
  }

  revokeFeed(token: string, feedId: string): Promise<ServiceAnswer<unknown>> {
    return sendWithToken(SERVICE, 'DELETE', serviceUrl(this.baseUrl, `/calendar-feeds/${encodeURIComponent(feedId)}`), token);
  }
}
