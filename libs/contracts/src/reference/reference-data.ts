import AREAS from './areas-randers.json';
import OFFENCE_CATEGORIES from './offence-categories.json';

/** A local area (lokalområde) of the municipality, by postal code. */
export interface AreaDefinition {
  id: string;
  name: string;
  postalCodes: string[];
}

/** A category of offences: patterns tried against the offence code and text, first match wins. */
export interface OffenceCategoryDefinition {
  id: string;
  da: string;
  patterns: string[];
}

/** Randers' default areas: the ingestion's tables and the other services' copies start from these; from then on the ingestion's topics decide. */
export const DEFAULT_AREAS: readonly AreaDefinition[] = AREAS.areas;

export const DEFAULT_OFFENCE_CATEGORIES: readonly OffenceCategoryDefinition[] = OFFENCE_CATEGORIES.categories;
