import type { AreaV1, OffenceCategoryV1 } from '@ssp/contracts';
import type { EntityManager } from 'typeorm';
import { ReferenceNames, type ReferenceEntry } from './reference-names';

/**
 * An SQL expression for a digest of both tables' contents: it changes whenever an area or an
 * offence category is added or changed (a timestamp could not say so: a transaction that
 * began earlier may commit later). A read that puts it in its own statement can then use
 * ReferenceNamesByDigest instead of reading the names each time.
 */
export const REFERENCE_TABLES_DIGEST = `md5(
  (SELECT coalesce(string_agg(concat_ws('|', area_id, name, withdrawn, position), '/' ORDER BY area_id), '') FROM reference_area) || '//' ||
  (SELECT coalesce(string_agg(concat_ws('|', category_id, name, withdrawn, position), '/' ORDER BY category_id), '') FROM reference_offence_category))`;

/** The SQL of a service's copy of the ingestion's areas and offence categories (topics ssp.reference.*). */
export class ReferenceDataRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The area as it stands now. */
  async putArea(area: AreaV1): Promise<void> {
    await this.manager.query(
      `INSERT INTO reference_area (area_id, name, position, withdrawn) VALUES ($1, $2, $3, $4)
       ON CONFLICT (area_id) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position, withdrawn = EXCLUDED.withdrawn, updated_at = now()`,
      [area.areaId, area.name, area.position, area.withdrawn],
    );
  }

  async putOffenceCategory(category: OffenceCategoryV1): Promise<void> {
    await this.manager.query(
      `INSERT INTO reference_offence_category (category_id, name, position, withdrawn) VALUES ($1, $2, $3, $4)
       ON CONFLICT (category_id) DO UPDATE SET name = EXCLUDED.name, position = EXCLUDED.position, withdrawn = EXCLUDED.withdrawn, updated_at = now()`,
      [category.categoryId, category.name, category.position, category.withdrawn],
    );
  }

  /** Whether the area was ever published, withdrawn or not. */
  async knowsArea(areaId: string): Promise<boolean> {
    const rows = (await this.manager.query('SELECT 1 FROM reference_area WHERE area_id = $1', [areaId])) as unknown[];
    return rows.length > 0;
  }

  /** Which of these ids are not areas in the table now. */
  async notCurrentAreas(areaIds: readonly string[]): Promise<string[]> {
    const rows = (await this.manager.query(
      'SELECT id FROM unnest($1::text[]) AS id WHERE NOT EXISTS (SELECT 1 FROM reference_area a WHERE a.area_id = id AND NOT a.withdrawn) ORDER BY id',
      [areaIds],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Both tables, withdrawn entries too (at most a few hundred rows). */
  async names(): Promise<ReferenceNames> {
    const [areas, categories] = [
      (await this.manager.query('SELECT area_id AS id, name, withdrawn FROM reference_area ORDER BY withdrawn, position, area_id')) as ReferenceEntry[],
      (await this.manager.query('SELECT category_id AS id, name, withdrawn FROM reference_offence_category ORDER BY withdrawn, position, category_id')) as ReferenceEntry[],
    ];
    return new ReferenceNames(areas, categories);
  }
}

/**
 * The reference names of the digest last seen (REFERENCE_TABLES_DIGEST), read again only when
 * a caller brings another digest. Names read after the digest are at least as new as it; if
 * they are newer, the next digest differs and they are read again.
 */
export class ReferenceNamesByDigest {
  private cached: { digest: string; names: Promise<ReferenceNames> } | undefined;

  namesAt(digest: string, manager: EntityManager): Promise<ReferenceNames> {
    if (this.cached?.digest === digest) return this.cached.names;
    const names = new ReferenceDataRepository(manager).names();
    const entry = { digest, names };
    this.cached = entry;
    // A failed read is not kept: the next page reads again.
    names.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return names;
  }
}
