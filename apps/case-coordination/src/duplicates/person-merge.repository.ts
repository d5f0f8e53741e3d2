import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface MergeStepRow {
  id: string;
  merged: string;
  into: string;
  mergedBy: string;
  mergedAt: Date;
  unmergedBy: string | null;
  unmergedAt: Date | null;
}

/** The kept merge steps in SQL; pages are asked with `LIMIT limit + 1` (docs/paging.md). */
@Injectable()
export class PersonMergeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to `count` merge steps the person took part in (merged or kept), oldest first (merge
   * time, then id), after the step `afterId` of theirs.
   */
  async historyOf(pseudonym: string, count: number, afterId: string | null): Promise<MergeStepRow[]> {
    return (await this.dataSource.query(
      `SELECT id, merged_pseudonym AS merged, into_pseudonym AS "into", merged_by AS "mergedBy", merged_at AS "mergedAt",
              unmerged_by AS "unmergedBy", unmerged_at AS "unmergedAt"
         FROM person_merge s
        WHERE (s.merged_pseudonym = $1 OR s.into_pseudonym = $1)
          AND ($2::uuid IS NULL OR (s.merged_at, s.id) >
            (SELECT a.merged_at, a.id FROM person_merge a WHERE a.id = $2::uuid AND (a.merged_pseudonym = $1 OR a.into_pseudonym = $1)))
        ORDER BY s.merged_at, s.id LIMIT $3`,
      [pseudonym, afterId, count],
    )) as MergeStepRow[];
  }
}
