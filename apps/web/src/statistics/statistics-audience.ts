import { isRole, Permission, permissionsOf } from '@ssp/platform';

/**
 * Whose numbers a statistics page shows, as reporting has a route for each: every count
 * (`statistics:full`), the municipality with small counts hidden (`statistics:suppressed`,
 * the Lokalråd), or one area with small counts hidden (`statistics:area`, a network group's
 * own area; reporting refuses any other).
 */
export type StatisticsAudience = { kind: 'full' } | { kind: 'municipality' } | { kind: 'area'; areaId: string };

/**
 * The widest view the person's roles open: all counts before the municipality's suppressed
 * ones, those before an area's. Only a choice of page: reporting checks every call.
 */
export function widestAudienceKind(roles: readonly string[]): StatisticsAudience['kind'] | null {
  const permissions = permissionsOf(roles.filter(isRole));
  if (permissions.has(Permission.statisticsFull)) return 'full';
  if (permissions.has(Permission.statisticsSuppressed)) return 'municipality';
  if (permissions.has(Permission.statisticsArea)) return 'area';
  return null;
}

/** The page of an audience in the web app. */
export function audiencePath(audience: StatisticsAudience): string {
  switch (audience.kind) {
    case 'full':
      return '/statistik/alle';
    case 'municipality':
      return '/statistik/kommune';
    case 'area':
      return `/statistik/omraader/${encodeURIComponent(audience.areaId)}`;
  }
}

/** Who the page is for and what it hides, in Danish. */
export const AUDIENCE_TEXT: Record<StatisticsAudience['kind'], string> = {
  full: 'Koordinationsteamet: alle tal',
  municipality: 'Lokalrådet: hele kommunen, små tal skjult',
  area: 'Netværksgruppen: eget område, små tal skjult',
};
