import type { ActiveSession } from '../session/session.service';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { withSideMenu, type SideMenuItem } from '../pages/side-menu';
import type { Body } from './network-groups.types';

export const GROUPS_PATH = '/netvaerksgrupper';

/** The address of one of a group's pages (`''` its overview). */
export function groupHref(bodyId: string, page = ''): string {
  return `${GROUPS_PATH}/${encodeURIComponent(bodyId)}${page ? `/${page}` : ''}`;
}

export function meetingHref(bodyId: string, meetingId: string): string {
  return groupHref(bodyId, `moeder/${encodeURIComponent(meetingId)}`);
}

/** A group's pages, in the order of its side menu; the area's only for a group with an area. */
const GROUP_PAGES = [
  { key: 'overview', page: '', text: 'Oversigt' },
  { key: 'meetings', page: 'moeder', text: 'Møder' },
  { key: 'schedules', page: 'moedeplaner', text: 'Mødeplaner' },
  { key: 'actionItems', page: 'opgaver', text: 'Opgaver' },
  { key: 'members', page: 'medlemmer', text: 'Medlemmer' },
  { key: 'messages', page: 'beskeder', text: 'Beskeder' },
  { key: 'area', page: 'omraade', text: 'Området i tal' },
] as const;

export type GroupPageKey = (typeof GROUP_PAGES)[number]['key'];

function groupMenu(body: Body): SideMenuItem[] {
  return GROUP_PAGES.filter((page) => page.key !== 'area' || body.areaId !== null).map(({ key, page, text }) => ({ key, href: groupHref(body.id, page), text }));
}

/** A page of one group: the main menu's "Netværksgrupper", the group's side menu, and the content. */
export function groupPage(session: ActiveSession, body: Body, current: GroupPageKey, title: string, main: Html): string {
  return renderPage({
    title: `${title} - ${body.name}`,
    current: 'networkGroups',
    signedIn: session,
    main: html`<p><a href="${GROUPS_PATH}" class="back-link">Mine netværksgrupper</a></p>
      ${withSideMenu(body.name, groupMenu(body), current, main)}`,
  });
}

/** A page of the person's own (notifications, calendar subscriptions, the groups list): the main menu's "Netværksgrupper". */
export function personalPage(session: ActiveSession, title: string, main: Html): string {
  return renderPage({ title, current: 'networkGroups', signedIn: session, main });
}

/** A scrollable, labelled table region, as the other lists have it (Tab stops on it once). */
export function tableRegion(label: string, table: Html): Html {
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${label}, kan rulles til siden">${table}</div>`;
}
