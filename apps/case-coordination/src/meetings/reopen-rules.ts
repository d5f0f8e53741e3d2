import { flagWithReason, type ReviewReason } from '../domain';

/** Why the group reopens a closed case: stable codes, Danish for people. */
export const REOPEN_REASONS = {
  'new-information': 'nye oplysninger fra en samarbejdspartner',
  'concern-persists': 'bekymringen består',
  'partner-request': 'en samarbejdspartner har bedt om det',
  'intervention-needed': 'der er brug for en ny indsats',
} as const;
export type ReopenReason = keyof typeof REOPEN_REASONS;
export const REOPEN_REASON_CODES = Object.keys(REOPEN_REASONS) as ReopenReason[];

export const REOPENED_REASON_CODE = 'case-reopened';
/** As heavy as a repeat: the group itself chose to look again. */
export const REOPENED_WEIGHT = 2;

/** The flag that puts a reopened case's person on the next agenda: the reasons they had, with the reopening's in place of an earlier one. */
export function reopenedFlag(previous: readonly ReviewReason<string>[], reason: ReopenReason, reopenedOn: string): { priority: number; reasons: ReviewReason<string>[] } {
  return flagWithReason(previous, { code: REOPENED_REASON_CODE, weight: REOPENED_WEIGHT, text: `Sagen er genåbnet ${reopenedOn}: ${REOPEN_REASONS[reason]}` });
}
