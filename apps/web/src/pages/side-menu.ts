import type { ActiveSession } from '../session/session.service';
import { html, type Html } from './html';
import { renderPage, type MenuKey } from './layout';

/** One page of a feature's side menu. */
export interface SideMenuItem {
  key: string;
  href: string;
  text: string;
}

/** DKFDS's side menu of a feature's pages (named `label` for screen readers), the current one marked (aria-current), beside the page's content. */
export function withSideMenu(label: string, items: readonly SideMenuItem[], current: string, main: Html): Html {
  const item = ({ key, href, text }: SideMenuItem) =>
    key === current
      ? html`<li class="active current"><a href="${href}" class="nav-link" aria-current="page"><span>${text}</span></a></li>`
      : html`<li><a href="${href}" class="nav-link"><span>${text}</span></a></li>`;
  return html`<div class="row">
      <div class="col-12 col-lg-3 follow-up-menu"><nav aria-label="${label}"><ul class="sidemenu">${items.map(item)}</ul></nav></div>
      <div class="col-12 col-lg-9">${main}</div>
    </div>`;
}

/** A whole page of a feature with several pages (follow-up, the registry): the main menu's item marked and the side menu beside the content. */
export function sideMenuPage(session: ActiveSession, frame: { title: string; current: MenuKey; label: string; pages: readonly SideMenuItem[]; page: string }, main: Html): string {
  return renderPage({ title: frame.title, current: frame.current, signedIn: session, main: withSideMenu(frame.label, frame.pages, frame.page, main) });
}
