import type { Html } from '../pages/html';
import { sideMenuPage } from '../pages/side-menu';
import type { ActiveSession } from '../session/session.service';
import type { BodyKind } from './registry.types';

/** The registry's pages, in the order of their side menu. */
export const REGISTRY_PAGES = [
  { key: 'people', href: '/register/personer', text: 'Personer' },
  { key: 'bodies', href: '/register/organer', text: 'Organer og grupper' },
  { key: 'organisations', href: '/register/organisationer', text: 'Organisationer' },
] as const;

export type RegistryPageKey = (typeof REGISTRY_PAGES)[number]['key'];

/** A registry page: the main menu's "Register", a side menu of the registry's pages, and the content. */
export function registryPage(session: ActiveSession, current: RegistryPageKey, title: string, main: Html): string {
  return sideMenuPage(session, { title, current: 'registry', label: 'Registret', pages: REGISTRY_PAGES, page: current }, main);
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
