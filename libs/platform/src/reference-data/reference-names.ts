/** One entry of a reference table as a consuming service keeps it. */
export interface ReferenceEntry {
  id: string;
  name: string;
  withdrawn: boolean;
}

/**
 * The Danish names of the areas and offence categories, as this service's copy of the
 * ingestion's tables has them, in the tables' order. An id the copy does not know is shown
 * as it is.
 */
export class ReferenceNames {
  private readonly areaNames: ReadonlyMap<string, string>;
  private readonly categoryNames: ReadonlyMap<string, string>;

  constructor(
    /** Every area ever published, withdrawn ones too, in the table's order. */
    readonly areas: readonly ReferenceEntry[],
    readonly offenceCategories: readonly ReferenceEntry[],
  ) {
    this.areaNames = new Map(areas.map((area) => [area.id, area.name]));
    this.categoryNames = new Map(offenceCategories.map((category) => [category.id, category.name]));
  }

  area(areaId: string): string {
    return this.areaNames.get(areaId) ?? areaId;
  }

  offenceCategory(categoryId: string): string {
    return this.categoryNames.get(categoryId) ?? categoryId;
  }

  /** The areas in the table now, in order. */
  currentAreas(): ReferenceEntry[] {
    return this.areas.filter((area) => !area.withdrawn);
  }
}
