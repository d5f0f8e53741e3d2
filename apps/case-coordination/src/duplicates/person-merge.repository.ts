import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Flag } from './merge-rules';

export interface MergeStepRow {
  id: string;
  merged: string;
  into: string;
  mergedBy: string;
  mergedAt: Date;
  unmergedBy: string | null;
  unmergedAt: Date | null;
}

export interface PersonRow {
  pseudonym: string;
  merged_into: string | null;
  erased_at: Date | null;
}

export interface OpenMergeStep {
  id: string;
  into: string;
  mergedAt: Date;
  keptFlag: Flag | null;
  mergedFlag: Flag | null;
}

/**
 * The SQL of merging persons and of the kept merge steps; the writes take the caller's
 * transaction. Pages are asked with `LIMIT limit + 1` (docs/paging.md).
 */
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

  async lockPerson(tx: EntityManager, pseudonym: string): Promise<PersonRow | undefined> {
    const [row] = (await tx.query('SELECT pseudonym, merged_into, erased_at FROM person WHERE pseudonym = $1 FOR UPDATE', [pseudonym])) as PersonRow[];
    return row;
  }

  async setMergedInto(tx: EntityManager, pseudonym: string, into: string | null): Promise<void> {
    await tx.query('UPDATE person SET merged_into = $2 WHERE pseudonym = $1', [pseudonym, into]);
  }

  /** A merge step, with both persons' flags as they were before it. */
  async recordMerge(tx: EntityManager, step: { merged: string; into: string; by: string; at: Date; keptFlag: Flag | undefined; mergedFlag: Flag | undefined }): Promise<void> {
    await tx.query(
      'INSERT INTO person_merge (id, merged_pseudonym, into_pseudonym, merged_by, merged_at, kept_flag, merged_flag) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [randomUUID(), step.merged, step.into, step.by, step.at, step.keptFlag === undefined ? null : JSON.stringify(step.keptFlag), step.mergedFlag === undefined ? null : JSON.stringify(step.mergedFlag)],
    );
  }

  /** The merge of `pseudonym` not yet taken back. */
  async openStepOf(tx: EntityManager, pseudonym: string): Promise<OpenMergeStep | undefined> {
    const [row] = (await tx.query(
      `SELECT id, into_pseudonym AS "into", merged_at AS "mergedAt", kept_flag AS "keptFlag", merged_flag AS "mergedFlag"
         FROM person_merge WHERE merged_pseudonym = $1 AND unmerged_at IS NULL ORDER BY merged_at DESC LIMIT 1`,
      [pseudonym],
    )) as OpenMergeStep[];
    return row;
  }

  async recordUnmerge(tx: EntityManager, stepId: string, by: string, at: Date): Promise<void> {
    await tx.query('UPDATE person_merge SET unmerged_by = $2, unmerged_at = $3 WHERE id = $1', [stepId, by, at]);
  }

  /** Whether the group decided about the person, or reopened their case, after `since`. */
  async decidedSince(tx: EntityManager, pseudonym: string, since: Date): Promise<boolean> {
    const [row] = (await tx.query(
      `SELECT EXISTS (SELECT 1 FROM person_decision WHERE person_pseudonym = $1 AND decided_at > $2)
           OR EXISTS (SELECT 1 FROM case_reopening WHERE person_pseudonym = $1 AND reopened_at > $2) AS decided`,
      [pseudonym, since],
    )) as { decided: boolean }[];
    return row.decided;
  }
}
