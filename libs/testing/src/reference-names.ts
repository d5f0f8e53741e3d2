import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts/reference/reference-data';
import { ReferenceNames } from '@ssp/platform/reference-data/reference-names';

/** The names a consuming service's copy of the reference data holds before any change: Randers' defaults. */
export const DEFAULT_REFERENCE_NAMES = new ReferenceNames(
  DEFAULT_AREAS.map((area) => ({ id: area.id, name: area.name, withdrawn: false })),
  DEFAULT_OFFENCE_CATEGORIES.map((category) => ({ id: category.id, name: category.da, withdrawn: false })),
);
