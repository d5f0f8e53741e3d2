import type { ActiveSession } from '../session/session.service';
import { longDanishDateTime } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { pager } from '../pages/pager';
import { DELIVERY_TEXT, NOTIFICATION_KIND_TEXT } from './group-texts';
import { personalPage } from './group-frame';
import type { Delivery, Notification, NotificationPage, Preferences } from './network-groups.types';

export const NOTIFICATIONS_PATH = '/notifikationer';
export const PREFERENCES_PATH = '/notifikationer/indstillinger';

export const NOTIFICATION_NOTICES = { laest: 'Notifikationen er markeret som læst.', gemt: 'Dit valg er gemt. Det gælder notifikationer fra nu af.' } as const;

/** Which notifications the list shows, by the word in its address: the unread ones unless all are asked for. */
export function notificationFilter(value: unknown): 'unread' | 'all' {
  return value === 'alle' ? 'all' : 'unread';
}

/** A stand-in origin: a link that resolves against it to another origin leads off this site. */
const THIS_SITE = 'https://x.invalid';

/**
 * A notification's link when it is a path on this site (network groups writes paths of the web
 * app's pages); nothing else is followed. Resolved as a browser would, so `/\\evil.example`
 * (which browsers read as `//evil.example`), `//evil`, `https://evil` and `javascript:` are not.
 */
export function sitePath(link: string | null): string | null {
  if (link === null || !link.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(link, THIS_SITE);
  } catch {
    return null;
  }
  return url.origin === THIS_SITE ? `${url.pathname}${url.search}${url.hash}` : null;
}

function notificationItem(session: ActiveSession, notification: Notification, show: 'unread' | 'all'): Html {
  const link = sitePath(notification.link);
  return html`<li class="minutes-item">
    <h2 class="h4">${notification.readAt ? '' : html`<span class="badge badge-info">Ny</span> `}${notification.subject}</h2>
    <p class="small-text">${NOTIFICATION_KIND_TEXT[notification.kind]}, ${longDanishDateTime(notification.createdAt)}</p>
    <p>${notification.text}</p>
    ${link ? html`<p><a href="${link}">Åbn<span class="sr-only"> (${notification.subject})</span></a></p>` : ''}
    ${
      notification.readAt
        ? ''
        : html`<form method="post" action="${NOTIFICATIONS_PATH}/${encodeURIComponent(notification.id)}/laest" class="no-print">
            ${formToken(session)}<input type="hidden" name="vis" value="${show === 'all' ? 'alle' : 'ulaeste'}">
            <button type="submit" class="button button-secondary button-small">Markér som læst<span class="sr-only"> (${notification.subject})</span></button>
          </form>`
    }
  </li>`;
}

/** The signed-in person's notifications, newest first: the unread ones, or all. */
export function notificationsPage(session: ActiveSession, page: NotificationPage, show: 'unread' | 'all', cursor: string | undefined, noticeCode: unknown): string {
  const path = `${NOTIFICATIONS_PATH}?vis=${show === 'all' ? 'alle' : 'ulaeste'}`;
  return personalPage(
    session,
    'Notifikationer',
    html`<h1>Notifikationer</h1>
      ${successNotice(noticeOf(NOTIFICATION_NOTICES, noticeCode))}
      <p>Nyt fra dine grupper: beskeder, dagsordener, flyttede og aflyste møder, opgaver og alarmer. <a href="${PREFERENCES_PATH}">Vælg, hvordan du får dem</a>.</p>
      <nav aria-label="Vis notifikationer" class="agenda-pager"><ul class="nobullet-list">
        <li><a href="${NOTIFICATIONS_PATH}?vis=ulaeste"${show === 'unread' ? html` aria-current="page"` : ''}>Ulæste</a></li>
        <li><a href="${NOTIFICATIONS_PATH}?vis=alle"${show === 'all' ? html` aria-current="page"` : ''}>Alle</a></li>
      </ul></nav>
      ${
        page.items.length === 0
          ? html`<p>Du har ingen ${show === 'unread' ? 'ulæste ' : ''}notifikationer${cursor ? ' på denne side' : ''}.</p>`
          : html`<ul class="nobullet-list">${page.items.map((notification) => notificationItem(session, notification, show))}</ul>`
      }
      ${pager({ path, label: 'Sider med notifikationer', next: page.next, onLaterPage: cursor !== undefined })}`,
  );
}

/** How the person gets their notifications: an e-mail each, a daily digest, or only in the app. */
export function preferencesPage(session: ActiveSession, preferences: Preferences, chosen: string, errors: FieldError[], noticeCode?: unknown): string {
  return personalPage(
    session,
    `${errors.length > 0 ? 'Fejl: ' : ''}Sådan får du dine notifikationer`,
    html`<p><a href="${NOTIFICATIONS_PATH}" class="back-link">Notifikationer</a></p>
      <h1>Sådan får du dine notifikationer</h1>
      ${successNotice(noticeOf(NOTIFICATION_NOTICES, noticeCode))}
      ${errorSummary(errors, { heading: 'Dit valg blev ikke gemt' })}
      <p>${preferences.chosen ? '' : 'Du har ikke valgt endnu, så du får en e-mail for hver notifikation. '}E-mails siger kun, hvad der er nyt og hvor; selve beskeder og tekster læser du her. Den samlede e-mail sendes kl. ${preferences.digestTime.replace(':', '.')} dansk tid.</p>
      <form method="post" action="${PREFERENCES_PATH}" novalidate>
        ${formToken(session)}
        ${radioGroup({
          id: 'levering',
          legend: 'Hvordan vil du have dine notifikationer?',
          value: chosen || preferences.delivery,
          choices: (Object.keys(DELIVERY_TEXT) as Delivery[]).map((delivery) => ({ value: delivery, ...DELIVERY_TEXT[delivery] })),
          errors,
        })}
        <button type="submit" class="button button-primary">Gem</button>
      </form>`,
  );
}
