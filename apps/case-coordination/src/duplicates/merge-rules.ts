import type { ReviewReason } from '../domain';

export interface Flag {
  priority: number;
  reasons: readonly ReviewReason<string>[];
}

/**
 * The one flag of two persons merged: every reason either had, the heavier where both have a
 * code, heaviest first (a stable sort keeps the kept person's order among equals); the
 * priority is their sum. Undefined when neither was flagged.
 */
export function mergedFlag(kept: Flag | undefined, merged: Flag | undefined): Flag | undefined {
  if (kept === undefined && merged === undefined) return undefined;
  const byCode = new Map<string, ReviewReason<string>>();
  for (const reason of [...(kept?.reasons ?? []), ...(merged?.reasons ?? [])]) {
    const known = byCode.get(reason.code);
    if (known === undefined || reason.weight > known.weight) byCode.set(reason.code, reason);
  }
  const reasons = [...byCode.values()].sort((a, b) => b.weight - a.weight);
  return { priority: reasons.reduce((sum, reason) => sum + reason.weight, 0), reasons };
}

/**
 * What an unmerge does with the flags: while the group has made no decision about the kept
 * person since the merge, each gets back the flag it had before; once it has, the decision
 * covered both, so the kept person's flag stays as it is and the other's is not brought back.
 */
export function flagsAfterUnmerge(before: { kept: Flag | null; merged: Flag | null }, decidedSinceMerge: boolean): { kept: Flag | null | 'unchanged'; merged: Flag | null } {
  return decidedSinceMerge ? { kept: 'unchanged', merged: null } : { kept: before.kept, merged: before.merged };
}
