import type { AreaDefinition } from '@ssp/contracts';

/**
 * An area as the municipality's table may hold it. `schools` is optional because the
 * default table (areas-randers.json) maps postal codes only; a school named here places a
 * young person whose postal code is missing or outside the table.
 */
export interface AreaWithSchools extends AreaDefinition {
  schools?: readonly string[];
}

/** Postal code first (where the young person lives), then school; `unknown` when neither matches. */
export type AreaResolver = (postalCode?: string, school?: string) => string;

export const UNKNOWN_AREA = 'unknown';

/** A table that puts one postal code or school in two areas cannot be used; it is refused when loaded. */
export class AmbiguousAreaTableError extends Error {
  constructor(
    readonly key: string,
    readonly areaIds: readonly [string, string],
  ) {
    super(`"${key}" belongs to both area "${areaIds[0]}" and area "${areaIds[1]}"`);
    this.name = 'AmbiguousAreaTableError';
  }
}

/** Schools are typed by hand: compare without case and with single spaces. */
export function normaliseSchoolName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function areaResolver(areas: readonly AreaWithSchools[]): AreaResolver {
  const byPostalCode = indexAreas(areas, (area) => area.postalCodes);
  const bySchool = indexAreas(areas, (area) => (area.schools ?? []).map(normaliseSchoolName));
  return (postalCode, school) =>
    (postalCode === undefined ? undefined : byPostalCode.get(postalCode.trim())) ??
    (school === undefined ? undefined : bySchool.get(normaliseSchoolName(school))) ??
    UNKNOWN_AREA;
}

function indexAreas(areas: readonly AreaWithSchools[], keysOf: (area: AreaWithSchools) => readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const area of areas) {
    for (const key of keysOf(area)) {
      const other = index.get(key);
      if (other !== undefined && other !== area.id) throw new AmbiguousAreaTableError(key, [other, area.id]);
      index.set(key, area.id);
    }
  }
  return index;
}
