import { DEFAULT_AREAS } from '@ssp/contracts';

/**
 * The local areas network groups work in. `unknown`, which the ingestion gives an incident
 * when neither postal code nor school matched, is not one of them.
 */
const AREA_IDS: ReadonlySet<string> = new Set(DEFAULT_AREAS.map((area) => area.id));

export function isKnownArea(areaId: string): boolean {
  return AREA_IDS.has(areaId);
}
