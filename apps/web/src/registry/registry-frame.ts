import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import type { BodyKind } from './registry.types';

/** The registry's pages, in the order of their side menu. */
export const REGISTRY_PAGES = [
  { key: 'people', href: '/register/personer', text: 'Personer' },
  { key: 'bodies', href: '/register/organer', text: 'Organer og grupper' },
  { key: 'organisations', href: '/register/organisationer', text: 'Organisationer' },
] as const;

export type RegistryPageKey = (typeof REGISTRY_PAGES)[number]['key'];

function sideMenu(current: RegistryPageKey): Html {
  const item = ({ key, href, text }: (typeof REGISTRY_PAGES)[number]) =>
    key === current
      ? html`<li class="active current"><a href="${href}" class="nav-link" aria-current="page"><span>${text}</span></a></li>`
      : html`<li><a href="${href}" class="nav-link"><span>${text}</span></a></li>`;
  return html`<nav aria-label="Registret"><ul class="sidemenu">${REGISTRY_PAGES.map(item)}</ul></nav>`;
}

/** A registry page: the main menu's "Register", a side menu of the registry's pages, and the content. */
export function registryPage(session: ActiveSession, current: RegistryPageKey, title: string, main: Html): string {
  return renderPage({
    title,
    current: 'registry',
    signedIn: session,
    main: html`<div class="row">
      <div class="col-12 col-lg-3 follow-up-menu">${sideMenu(current)}</div>
      <div class="col-12 col-lg-9">${main}</div>
    </div>`,
  });
}

/** The kinds of SSP body in Danish (typed by the API's enum, so a new kind fails the type-check). */
export const BODY_KIND_DA: Readonly<Record<BodyKind, string>> = {
  'local-council': 'Lokalråd',
  'leader-group': 'Ledergruppe',
  'coordination-team': 'Koordinationsteam',
  'network-group': 'Netværksgruppe',
  'monday-group': 'Mandagsgruppe',
  'ssp-u': 'SSP-U',
  'ssp-plus': 'SSP+',
  'family-department': 'Familieafdeling',
  'ad-hoc': 'Ad hoc-gruppe',
  secretariat: 'Sekretariat',
};

export const bodyHref = (bodyId: string) => `/register/organer/${encodeURIComponent(bodyId)}`;
export const personHref = (personId: string) => `/register/personer/${encodeURIComponent(personId)}`;
