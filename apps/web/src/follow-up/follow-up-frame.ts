import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';

/** The follow-up pages, in the order of their side menu. */
export const FOLLOW_UP_PAGES = [
  { key: 'tasks', href: '/opfoelgning/mine-opgaver', text: 'Mine opgaver' },
  { key: 'overdue', href: '/opfoelgning/overskredne', text: 'Overskredne indsatser' },
  { key: 'clocks', href: '/opfoelgning/underretninger', text: 'Underretninger (24 timer)' },
  { key: 'referrals', href: '/henvisninger', text: 'Henvisninger' },
] as const;

export type FollowUpPageKey = (typeof FOLLOW_UP_PAGES)[number]['key'];

function sideMenu(current: FollowUpPageKey): Html {
  const item = ({ key, href, text }: (typeof FOLLOW_UP_PAGES)[number]) =>
    key === current
      ? html`<li class="active current"><a href="${href}" class="nav-link" aria-current="page"><span>${text}</span></a></li>`
      : html`<li><a href="${href}" class="nav-link"><span>${text}</span></a></li>`;
  return html`<nav aria-label="Opfølgning"><ul class="sidemenu">${FOLLOW_UP_PAGES.map(item)}</ul></nav>`;
}

/** A follow-up page: the main menu's "Opfølgning", a side menu of the follow-up pages, and the content. */
export function followUpPage(session: ActiveSession, current: FollowUpPageKey, title: string, main: Html): string {
  return renderPage({
    title,
    current: 'followUp',
    signedIn: session,
    main: html`<div class="row">
      <div class="col-12 col-lg-3 follow-up-menu">${sideMenu(current)}</div>
      <div class="col-12 col-lg-9">${main}</div>
    </div>`,
  });
}

/** A link to the person's page (built by the person pages); the lists know the person by pseudonym only. */
export function personLink(pseudonym: string, name?: string | null): Html {
  return html`<a href="/personer/${encodeURIComponent(pseudonym)}">${name ?? html`Person <span class="pseudonym">${pseudonym.slice(0, 8)}</span>`}</a>`;
}

/** The day of a deadline, and that it is past. */
export function deadlineCell(deadline: string, overdue: boolean): Html {
  return html`${shortDanishDay(deadline)}${overdue ? html` <span class="badge badge-error">Overskredet</span>` : ''}`;
}
