import { html, type Html } from './html';

export interface PagerOptions {
  /** The list's own address, the first page; a later page adds `efter=<cursor>` to it. */
  path: string;
  /** What the navigation is called, e.g. "Sider i dagsordenen". */
  label: string;
  /** The service's cursor to the next page, or null on the last page. */
  next: string | null | undefined;
  /** Whether this is a later page (so there is a first page to go back to). */
  onLaterPage: boolean;
  firstText?: string;
  nextText?: string;
}

/** The address of a page of a list: the cursor added to the path's query (kept if it has one). */
export function pageHref(path: string, cursor: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}efter=${encodeURIComponent(cursor)}`;
}

/** "Første side" and "Næste side" of a paged list, following the service's `next` cursor; nothing on a list of one page. */
export function pager(options: PagerOptions): Html {
  const { path, label, next, onLaterPage, firstText = 'Første side', nextText = 'Næste side' } = options;
  if (!next && !onLaterPage) return html``;
  return html`<nav aria-label="${label}" class="agenda-pager">
    <ul class="nobullet-list">
      ${onLaterPage ? html`<li><a href="${path}">${firstText}</a></li>` : ''}
      ${next ? html`<li><a href="${pageHref(path, next)}" rel="next">${nextText}</a></li>` : ''}
    </ul>
  </nav>`;
}
