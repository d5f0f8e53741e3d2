import { Permission, permissionsOf, type Principal, type ReferenceNames } from '@ssp/platform';
import type { Audience } from '../statistics/statistic-table';

/** The areas in the reference data now, by id and name, in the table's order. */
export function currentAreasOf(names: ReferenceNames): { id: string; name: string }[] {
  return names.currentAreas().map((area) => ({ id: area.id, name: area.name }));
}

/**
 * The dashboards a caller may open, widest first: every count (statistics:full), the
 * municipality with small counts hidden (statistics:suppressed), and each of their own
 * areas (statistics:area). The routes check the same permissions; this only decides what
 * to link to and where `/dashboard` sends the caller.
 */
export function audiencesOf(principal: Principal): Audience[] {
  const permissions = permissionsOf(principal.roles);
  const audiences: Audience[] = [];
  if (permissions.has(Permission.statisticsFull)) audiences.push({ kind: 'full' });
  if (permissions.has(Permission.statisticsSuppressed)) audiences.push({ kind: 'municipality' });
  if (permissions.has(Permission.statisticsArea)) audiences.push(...principal.areas.map((areaId): Audience => ({ kind: 'area', areaId })));
  return audiences;
}

/** The caller's dashboards (`audiencesOf`) with their Danish labels, an area's as the reference data names it. */
export function dashboardsOf(principal: Principal, names: ReferenceNames): { audience: Audience; label: string }[] {
  return audiencesOf(principal).map((audience) => ({ audience, label: labelOf(audience, names) }));
}

function labelOf(audience: Audience, names: ReferenceNames): string {
  if (audience.kind === 'full') return 'Alle tal';
  if (audience.kind === 'municipality') return 'Hele kommunen (Lokalrådets visning)';
  return names.area(audience.areaId);
}

/** The areas an area page's filter offers: the caller's own, or every known one for those who see all areas. */
export function areaChoicesOf(principal: Principal, current: string, names: ReferenceNames): { id: string; name: string }[] {
  const ids = permissionsOf(principal.roles).has(Permission.statisticsFull) ? names.currentAreas().map((area) => area.id) : principal.areas;
  return [...new Set([current, ...ids])].map((id) => ({ id, name: names.area(id) })).sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
