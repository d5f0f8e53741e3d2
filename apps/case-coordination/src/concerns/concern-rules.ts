import { CONCERN_SOURCE_NAMES, type ConcernSource } from '@ssp/contracts/events/concern-raised.event';
import type { ReviewReason } from '../domain';

/** A partner's worry weighs as much as the group's own choice to look again (a reopening) or a repeat. */
export const CONCERN_WEIGHT = 2;

/** The reason's stable code, one per source: a second concern from the same source replaces the first's reason. */
export const concernReasonCode = (source: ConcernSource) => `concern-from-${source}`;

/** "Bekymring fra skole": the concern named by its source, in Danish. */
export const concernSourceText = (source: ConcernSource) => `Bekymring fra ${CONCERN_SOURCE_NAMES[source]}`;

/** The reason a member's concern puts the child on the agenda with: its source, and the day it was raised. */
export function concernReason(source: ConcernSource, raisedOn: string): ReviewReason<string> {
  return { code: concernReasonCode(source), weight: CONCERN_WEIGHT, text: `${concernSourceText(source)}, rejst ${raisedOn}` };
}
