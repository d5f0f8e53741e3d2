import { Injectable } from '@nestjs/common';
import { Clock, conflict, decodePageCursor, isPageKey, notFound, type Page, pageOf, type Principal } from '@ssp/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { PERSON_REFUSALS } from '../persons/person-refusals';
import { PersonReviewService } from '../persons/person-review.service';
import { ReviewFlagRepository } from '../persons/review-flag.repository';
import { MERGE_REFUSALS } from './merge-refusals';
import { flagsAfterUnmerge, mergedFlag as mergedFlagOf, type Flag } from './merge-rules';
import { PersonMergeRepository, type PersonRow } from './person-merge.repository';
import { LikelyDuplicateRepository } from './likely-duplicate.repository';
import { DUPLICATE_EXPLANATIONS, type LikelyDuplicate } from './likely-duplicates';

export interface MergeStep {
  merged: string;
  into: string;
  mergedBy: string;
  mergedAt: string;
  unmergedBy: string | null;
  unmergedAt: string | null;
}

const isMergeStepKey = isPageKey('uuid');
const isPairKey = isPageKey('string', 'string');

/**
 * Lists persons who are probably one, and merges them (the incidents of the merged person
 * then count for the one it was merged into) or takes a merge back; every step is kept.
 */
@Injectable()
export class PersonMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PersonMergeRepository,
    private readonly review: PersonReviewService,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of the likely duplicates found when identities were indexed (PersonSearchIndex),
   * keyset on the pair's pseudonyms; persons erased or merged into another are left out.
   * Nothing is decrypted here.
   */
  async likelyDuplicates(limit: number, after: string | undefined): Promise<Page<LikelyDuplicate>> {
    const rows = await new LikelyDuplicateRepository(this.dataSource.manager).page(decodePageCursor(after, isPairKey), limit + 1);
    const page = pageOf(rows, limit, (row) => [row.first, row.second]);
    return {
      items: page.items.map((row) => ({ pseudonyms: [row.first, row.second], reason: row.reason, explanation: DUPLICATE_EXPLANATIONS[row.reason] })),
      next: page.next,
    };
  }

  /**
   * Merges `pseudonym` into `into`: from now on the merged person's incidents, decisions, notes
   * and interventions count for the kept one (they stay under their own pseudonym, so that an
   * unmerge gives them back), and the two flags become one (mergedFlag). Both flags as they
   * were are kept with the step.
   */
  async merge(pseudonym: string, into: string, principal: Principal): Promise<void> {
    if (pseudonym === into) throw conflict(MERGE_REFUSALS.self);
    await this.dataSource.transaction(async (tx) => {
      const [merged, survivor] = [await this.locked(tx, pseudonym), await this.locked(tx, into)];
      if (merged.merged_into !== null || survivor.merged_into !== null) throw conflict(MERGE_REFUSALS.alreadyMerged);
      if (merged.erased_at !== null || survivor.erased_at !== null) throw conflict(MERGE_REFUSALS.erased);
      const flags = new ReviewFlagRepository(tx);
      const [keptFlag, mergedFlag] = [await flags.flagForUpdate(into), await flags.flagForUpdate(pseudonym)];
      await this.repository.setMergedInto(tx, pseudonym, into);
      await flags.remove(pseudonym);
      const combined = mergedFlag === undefined ? undefined : mergedFlagOf(keptFlag, mergedFlag);
      if (combined !== undefined) await flags.upsert([{ pseudonym: into, ...combined }], this.clock.now());
      // Together their incidents may say more than apart (a repeat across the two records).
      await this.review.reviewAndFlag(tx, [into]);
      // The merged person's unseen concerns now count for the kept person's place on the agenda.
      await flags.refreshConcerns([into]);
      await flags.refreshInterventionDue([into]);
      await this.repository.recordMerge(tx, { merged: pseudonym, into, by: principal.subject, at: this.clock.now(), keptFlag, mergedFlag });
    });
  }

  /**
   * Takes the person's merge back: their records count for themselves again, each person gets
   * back the flag it had before the merge, unless the group has decided about the kept person
   * since (flagsAfterUnmerge), and both are reviewed again for what came meanwhile.
   */
  async unmerge(pseudonym: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const person = await this.locked(tx, pseudonym);
      const step = person.merged_into === null ? undefined : await this.repository.openStepOf(tx, pseudonym);
      if (person.merged_into === null || step === undefined) throw conflict(MERGE_REFUSALS.notMerged);
      await this.locked(tx, step.into);
      await this.repository.setMergedInto(tx, pseudonym, null);
      const decided = await this.repository.decidedSince(tx, step.into, step.mergedAt);
      const after = flagsAfterUnmerge({ kept: step.keptFlag, merged: step.mergedFlag }, decided);
      const flags = new ReviewFlagRepository(tx);
      if (after.kept !== 'unchanged') await this.restore(flags, step.into, after.kept);
      await this.restore(flags, pseudonym, after.merged);
      // What came while they were one (an incident under either pseudonym) is reviewed for whose it is.
      await this.review.reviewAndFlag(tx, [pseudonym, step.into].sort());
      await flags.refreshConcerns([pseudonym, step.into].sort());
      await flags.refreshInterventionDue([pseudonym, step.into].sort());
      await this.repository.recordUnmerge(tx, step.id, principal.subject, this.clock.now());
    });
  }

  private async restore(flags: ReviewFlagRepository, pseudonym: string, flag: Flag | null): Promise<void> {
    if (flag === null) await flags.remove(pseudonym);
    else await flags.upsert([{ pseudonym, ...flag }], this.clock.now());
  }

  /** A page of the merge steps the person took part in, oldest first; the cursor is the last step's id. */
  async history(pseudonym: string, limit: number, after: string | undefined): Promise<Page<MergeStep>> {
    const [afterId] = decodePageCursor(after, isMergeStepKey) ?? [null];
    const page = pageOf(await this.repository.historyOf(pseudonym, limit + 1, afterId), limit, (row) => [row.id]);
    return {
      items: page.items.map(({ id: _id, mergedAt, unmergedAt, ...step }) => ({ ...step, mergedAt: mergedAt.toISOString(), unmergedAt: unmergedAt?.toISOString() ?? null })),
      next: page.next,
    };
  }

  private async locked(tx: EntityManager, pseudonym: string): Promise<PersonRow> {
    const row = await this.repository.lockPerson(tx, pseudonym);
    if (!row) throw notFound(PERSON_REFUSALS.notFound);
    return row;
  }
}
