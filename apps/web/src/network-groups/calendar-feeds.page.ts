import type { ActiveSession } from '../session/session.service';
import { longDanishDateTime } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { pager } from '../pages/pager';
import { FEED_KIND_TEXT } from './group-texts';
import { personalPage, tableRegion } from './group-frame';
import type { CalendarFeed, CalendarFeedPage, IssuedCalendarFeed, Membership } from './network-groups.types';

export const FEEDS_PATH = '/kalenderabonnementer';
/** The feed form's choice for the person's own feed; any other value is a body id. */
export const PERSONAL_FEED = 'mine';

export const FEED_NOTICES = { tilbagekaldt: 'Abonnementet er tilbagekaldt. Adressen virker ikke længere.' } as const;

export interface FeedsView {
  feeds: CalendarFeedPage;
  cursor: string | undefined;
  /** The person's bodies today, to subscribe to one of them. */
  groups: readonly Membership[];
}

function feedName(feed: CalendarFeed, groups: readonly Membership[]): string {
  if (feed.kind === 'person' || feed.bodyId === null) return FEED_KIND_TEXT.person;
  return groups.find((group) => group.bodyId === feed.bodyId)?.bodyName ?? feed.bodyId;
}

function issuedFeed(issued: IssuedCalendarFeed): Html {
  return html`<div class="alert alert-success" role="status">
    <div class="alert-body">
      <h2 class="alert-heading">Abonnementet er oprettet</h2>
      <p class="alert-text">Kopiér adressen, og tilføj den i din kalender som et abonnement på en internetkalender. Adressen vises kun denne ene gang; den er din adgang, så del den ikke.</p>
      <div class="form-group">
        <label class="form-label" for="abonnement-adresse">Abonnementsadresse</label>
        <input class="form-input feed-url" type="text" id="abonnement-adresse" readonly value="${issued.url}">
      </div>
    </div>
  </div>`;
}

/**
 * The person's calendar subscriptions: the form to subscribe to all their meetings or one
 * group's, the address of one just made (shown once), and the active ones with a button to revoke.
 */
export function feedsPage(session: ActiveSession, view: FeedsView, issued: IssuedCalendarFeed | null, chosen: string, errors: FieldError[], noticeCode?: unknown): string {
  return personalPage(
    session,
    `${errors.length > 0 ? 'Fejl: ' : ''}Kalenderabonnementer`,
    html`<h1>Kalenderabonnementer</h1>
      ${successNotice(noticeOf(FEED_NOTICES, noticeCode))}
      ${issued ? issuedFeed(issued) : ''}
      <p>Få dine gruppers møder i din egen kalender (Outlook, Google, iPhone). Kalenderen viser mødernes titel, tid og sted, intet andet. Et abonnement på én gruppe virker, så længe du er medlem af den.</p>
      <h2>Nyt abonnement</h2>
      ${errorSummary(errors, { heading: 'Abonnementet blev ikke oprettet' })}
      <form method="post" action="${FEEDS_PATH}" novalidate>
        ${formToken(session)}
        ${radioGroup({
          id: 'abonnement',
          legend: 'Hvilke møder?',
          value: chosen,
          choices: [{ value: PERSONAL_FEED, text: 'Alle mine møder', hint: 'Møderne i alle de grupper, du er medlem af på mødedagen' }, ...view.groups.map((group) => ({ value: group.bodyId, text: group.bodyName }))],
          errors,
        })}
        <button type="submit" class="button button-primary">Opret abonnement</button>
      </form>
      <h2>Dine abonnementer</h2>
      ${
        view.feeds.items.length === 0
          ? html`<p>Du har ingen abonnementer${view.cursor ? ' på denne side' : ''}.</p>`
          : tableRegion(
              'Dine abonnementer',
              html`<table class="table table--zebra">
                <caption>Aktive abonnementer${view.cursor ? ' (fortsat)' : ''}</caption>
                <thead><tr><th scope="col">Møder</th><th scope="col">Oprettet</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
                <tbody>${view.feeds.items.map(
                  (feed) => html`<tr>
                    <th scope="row">${feedName(feed, view.groups)}</th>
                    <td>${longDanishDateTime(feed.createdAt)}</td>
                    <td><form method="post" action="${FEEDS_PATH}/${encodeURIComponent(feed.id)}/tilbagekald">
                      ${formToken(session)}
                      <button type="submit" class="button button-secondary button-small">Tilbagekald<span class="sr-only"> (${feedName(feed, view.groups)}, oprettet ${longDanishDateTime(feed.createdAt)})</span></button>
                    </form></td>
                  </tr>`,
                )}</tbody>
              </table>`,
            )
      }
      ${pager({ path: FEEDS_PATH, label: 'Sider med abonnementer', next: view.feeds.next, onLaterPage: view.cursor !== undefined })}`,
  );
}
