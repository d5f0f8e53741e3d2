import { Permission, permissionsOf, type Principal } from '@ssp/platform';
import { KEY_COLUMNS, labelOf } from '../statistics/dimensions';
import type { Audience } from '../statistics/statistic-table';

/** The areas the reporting service knows by name (a municipality-added area still works by id). */
export const KNOWN_AREAS: readonly { id: string; name: string }[] = KEY_COLUMNS.area.values.filter((area) => area.id !== 'unknown').map((area) => ({ id: area.id, name: area.da }));

export const areaName = (id: string): string => labelOf(KEY_COLUMNS.area, id);

/**
 * The dashboards a caller may open, widest first: every count (statistics:full), the
 * municipality with small counts hidden (statistics:suppressed), and each of their own
 * areas (statistics:area). The routes check the same permissions; this only decides what
 * to link to and where `/dashboard` sends the caller.
 */
export function dashboardsOf(principal: Principal): { audience: Audience; label: string }[] {
  const permissions = permissionsOf(principal.roles);
  const views: { audience: Audience; label: string }[] = [];
  if (permissions.has(Permission.statisticsFull)) views.push({ audience: { kind: 'full' }, label: 'Alle tal' });
  if (permissions.has(Permission.statisticsSuppressed)) views.push({ audience: { kind: 'municipality' }, label: 'Hele kommunen (Lokalrådets visning)' });
  if (permissions.has(Permission.statisticsArea)) {
    for (const areaId of principal.areas) views.push({ audience: { kind: 'area', areaId }, label: areaName(areaId) });
  }
  return views;
}

/** The areas an area page's filter offers: the caller's own, or every known one for those who see all areas. */
export function areaChoicesOf(principal: Principal, current: string): { id: string; name: string }[] {
  const ids = permissionsOf(principal.roles).has(Permission.statisticsFull) ? KNOWN_AREAS.map((area) => area.id) : principal.areas;
  return [...new Set([current, ...ids])].map((id) => ({ id, name: areaName(id) })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
