import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { withSideMenu } from '../pages/side-menu';

/** The follow-up pages, in the order of their side menu. */
export const FOLLOW_UP_PAGES = [
  { key: 'tasks', href: '/opfoelgning/mine-opgaver', text: 'Mine opgaver' },
  { key: 'overdue', href: '/opfoelgning/overskredne', text: 'Overskredne indsatser' },
  { key: 'clocks', href: '/opfoelgning/underretninger', text: 'Underretninger (24 timer)' },
  { key: 'referrals', href: '/henvisninger', text: 'Henvisninger' },
] as const;

export type FollowUpPageKey = (typeof FOLLOW_UP_PAGES)[number]['key'];

/** A follow-up page: the main menu's "Opfølgning", a side menu of the follow-up pages, and the content. */
export function followUpPage(session: ActiveSession, current: FollowUpPageKey, title: string, main: Html): string {
  return renderPage({
    title,
    current: 'followUp',
    signedIn: session,
    main: withSideMenu('Opfølgning', FOLLOW_UP_PAGES, current, main),
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
