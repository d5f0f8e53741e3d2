import type { ActiveSession } from '../session/session.service';
import { html, type Html } from './html';
import { renderPage, type MenuKey } from './layout';

/** One page of a feature's side menu. */
export interface SideMenuItem {
  key: string;
  href: string;
  text: string;
}

/**
 * A page of a feature with several pages (follow-up, the registry): the main menu's item
 * marked, a side menu of the feature's pages (named `label` for screen readers) with the
 * current one marked, and the content beside it.
 */
export function sideMenuPage(session: ActiveSession, frame: { title: string; current: MenuKey; label: string; pages: readonly SideMenuItem[]; page: string }, main: Html): string {
  const item = ({ key, href, text }: SideMenuItem) =>
    key === frame.page
      ? html`<li class="active current"><a href="${href}" class="nav-link" aria-current="page"><span>${text}</span></a></li>`
      : html`<li><a href="${href}" class="nav-link"><span>${text}</span></a></li>`;
  return renderPage({
    title: frame.title,
    current: frame.current,
    signedIn: session,
    main: html`<div class="row">
      <div class="col-12 col-lg-3 follow-up-menu"><nav aria-label="${frame.label}"><ul class="sidemenu">${frame.pages.map(item)}</ul></nav></div>
      <div class="col-12 col-lg-9">${main}</div>
    </div>`,
  });
}
