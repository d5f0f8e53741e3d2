import type { IncidentRecordedV1, IncidentRole } from '@ssp/contracts/events/incident-recorded.event';
import { dayNumber } from '@ssp/platform/time';

/**
 * What the review rules need of an IncidentRecordedV1. The journal number is there because
 * one police case can list a person twice (suspect and victim in the same fight): that is one
 * incident, not a repeat.
 */
export type ReviewIncident = Pick<IncidentRecordedV1, 'incidentId' | 'journalNumber' | 'role' | 'incidentDate' | 'offenceCategory' | 'ageAtIncident'>;

/**
 * Stable English codes for the rules. They name the default thresholds and stay the same when
 * the configuration changes them; the Danish text shows the configured values.
 * The order here is the order of reasons with equal weight on the agenda.
 */
export const REVIEW_REASON_CODES = [
  'serious-offence',
  'suspect-or-charged',
  'new-incident-during-intervention',
  'repeat-within-90-days',
  'under-15',
  'victim',
  'concern',
] as const;
export type ReviewReasonCode = (typeof REVIEW_REASON_CODES)[number];

export interface ReviewReason<Code extends string = ReviewReasonCode> {
  code: Code;
  weight: number;
  /** Danish, shown on the agenda. */
  text: string;
}

export interface ReviewResult {
  flagged: boolean;
  /** The sum of the weights of the reasons; 0 when not flagged. Ties are broken by the agenda. */
  priority: number;
  /** At most one per code, heaviest first. */
  reasons: ReviewReason[];
}

export interface ReviewInput {
  /** All of this person's incidents, old and new, in any order. */
  incidents: readonly ReviewIncident[];
  /** The incidents the Monday group has not yet seen; only these can flag the person. */
  newIncidentIds: ReadonlySet<string>;
  hasOpenIntervention: boolean;
  /** YYYY-MM-DD. Incidents dated after it are typing errors on the police list and are left out. */
  today: string;
  /** The Danish name of an offence category, as the reference data has it now, for the reasons' text. */
  offenceCategoryName: (categoryId: string) => string;
}

export interface ReviewRulesConfig {
  /** Non-negative weight per rule; the priority is their sum. A rule weighing 0 still flags, it only adds no urgency. */
  weights: Readonly<Record<ReviewReasonCode, number>>;
  /** Incidents in other roles are left out of every rule. */
  reviewedRoles: readonly IncidentRole[];
  /** Two incidents exactly this many days apart are within the window. */
  repeatWindowDays: number;
  /** How many incidents (police cases) within the window make a repeat; at least 2. */
  repeatThreshold: number;
  /** Offence-category ids (see offence-categories.json) that are serious in themselves. */
  seriousCategories: readonly string[];
  /** The age of criminal responsibility: younger offenders cannot be punished, only helped. */
  ageOfCriminalResponsibility: number;
}

export const DEFAULT_REVIEW_RULES: ReviewRulesConfig = {
  weights: {
    'serious-offence': 4,
    'suspect-or-charged': 3,
    'new-incident-during-intervention': 3,
    'repeat-within-90-days': 2,
    'under-15': 2,
    victim: 2,
    concern: 1,
  },
  // Witnesses are left out: seeing something does not make a young person a person of concern,
  // and putting witnesses on the Monday group's agenda would register them for nothing.
  reviewedRoles: ['suspect', 'charged', 'victim', 'concern'],
  repeatWindowDays: 90,
  repeatThreshold: 2,
  seriousCategories: ['violence', 'weapons', 'robbery', 'sexual'],
  ageOfCriminalResponsibility: 15,
};

/** The roles in which the incident is about the young person's own conduct. */
const OWN_CONDUCT_ROLES: ReadonlySet<IncidentRole> = new Set<IncidentRole>(['suspect', 'charged', 'concern']);

interface DatedIncident extends ReviewIncident {
  day: number;
}

interface ReviewContext {
  /** Reviewed incidents dated no later than today, old and new. */
  history: readonly DatedIncident[];
  newIncidents: readonly DatedIncident[];
  hasOpenIntervention: boolean;
  offenceCategoryName: (categoryId: string) => string;
  config: ReviewRulesConfig;
}

/** A rule returns the Danish text of its reason, or null when it does not apply. */
type ReviewRule = (context: ReviewContext) => string | null;

const RULES: Readonly<Record<ReviewReasonCode, ReviewRule>> = {
  'serious-offence': seriousOffence,
  'suspect-or-charged': ({ newIncidents }) => (newIncidents.some((incident) => incident.role === 'suspect' || incident.role === 'charged') ? 'Mistænkt eller sigtet' : null),
  'new-incident-during-intervention': ({ newIncidents, hasOpenIntervention }) =>
    hasOpenIntervention && newIncidents.length > 0 ? 'Ny hændelse mens en indsats er i gang' : null,
  'repeat-within-90-days': repeatWithinWindow,
  'under-15': underAgeOfCriminalResponsibility,
  victim: ({ newIncidents }) => (newIncidents.some((incident) => incident.role === 'victim') ? 'Forurettet – opfølgning på omsorg' : null),
  concern: ({ newIncidents }) => (newIncidents.some((incident) => incident.role === 'concern') ? 'Registreret af politiet som bekymring' : null),
};

/**
 * Whether the Monday group should look at this person at its next meeting, how urgently, and why.
 * Every rule needs at least one new incident, so a person the group has already reviewed is not
 * flagged again until something new happens; the rules still look back at the history (repeats).
 */
export function reviewPerson(input: ReviewInput, config: ReviewRulesConfig = DEFAULT_REVIEW_RULES): ReviewResult {
  assertValidReviewRulesConfig(config);
  const context = reviewContext(input, config);
  const reasons = context.newIncidents.length === 0 ? [] : applyRules(context);
  return { flagged: reasons.length > 0, priority: reasons.reduce((sum, reason) => sum + reason.weight, 0), reasons };
}

/**
 * A flagged person's flag after a review: the review's reasons, and beside them the reasons
 * the group's own decisions gave (a follow-up, a reopening), which no incident takes away;
 * heaviest first (a stable sort: the review's before the decisions' among equals), the
 * priority their sum.
 */
export function flagAfterReview(existing: readonly ReviewReason<string>[], review: ReviewResult): { priority: number; reasons: ReviewReason<string>[] } {
  const ruleCodes = new Set<string>(REVIEW_REASON_CODES);
  const reasons = [...review.reasons, ...existing.filter((reason) => !ruleCodes.has(reason.code))].sort((a, b) => b.weight - a.weight);
  return { priority: reasons.reduce((sum, reason) => sum + reason.weight, 0), reasons };
}

/**
 * A flag with a reason the rules do not give (a reopening, a member's concern) beside the
 * reasons it had, in place of an earlier one with the same code; heaviest first (a stable sort:
 * the new reason after the others of its weight), the priority their sum.
 */
export function flagWithReason(existing: readonly ReviewReason<string>[], reason: ReviewReason<string>): { priority: number; reasons: ReviewReason<string>[] } {
  const reasons = [...existing.filter((other) => other.code !== reason.code), reason].sort((a, b) => b.weight - a.weight);
  return { priority: reasons.reduce((sum, other) => sum + other.weight, 0), reasons };
}

/** Refuses settings that would break the guarantees above (priority ≥ 0, a repeat needs two). */
export function assertValidReviewRulesConfig(config: ReviewRulesConfig): void {
  for (const code of REVIEW_REASON_CODES) {
    const weight = config.weights[code];
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`the weight of ${code} must be a non-negative number, not ${weight}`);
  }
  if (!Number.isInteger(config.repeatWindowDays) || config.repeatWindowDays < 0) throw new RangeError('repeatWindowDays must be a whole number of days, 0 or more');
  if (!Number.isInteger(config.repeatThreshold) || config.repeatThreshold < 2) throw new RangeError('repeatThreshold must be a whole number, 2 or more');
  if (!Number.isInteger(config.ageOfCriminalResponsibility) || config.ageOfCriminalResponsibility < 0) {
    throw new RangeError('ageOfCriminalResponsibility must be a whole number of years, 0 or more');
  }
}

function reviewContext(input: ReviewInput, config: ReviewRulesConfig): ReviewContext {
  const today = dayNumber(input.today);
  const reviewedRoles = new Set(config.reviewedRoles);
  const history = input.incidents
    .filter((incident) => reviewedRoles.has(incident.role))
    .map((incident) => ({ ...incident, day: dayNumber(incident.incidentDate) }))
    .filter((incident) => incident.day <= today);
  const newIncidents = history.filter((incident) => input.newIncidentIds.has(incident.incidentId));
  return { history, newIncidents, hasOpenIntervention: input.hasOpenIntervention, offenceCategoryName: input.offenceCategoryName, config };
}

function applyRules(context: ReviewContext): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  for (const code of REVIEW_REASON_CODES) {
    const text = RULES[code](context);
    if (text !== null) reasons.push({ code, weight: context.config.weights[code], text });
  }
  // Array.prototype.sort is stable, so equal weights keep the order of REVIEW_REASON_CODES.
  return reasons.sort((a, b) => b.weight - a.weight);
}

function seriousOffence({ newIncidents, offenceCategoryName, config }: ReviewContext): string | null {
  const found = new Set(newIncidents.map((incident) => incident.offenceCategory));
  const serious = config.seriousCategories.filter((category) => found.has(category));
  // In lower case, to read inside the sentence.
  return serious.length === 0 ? null : `Alvorlig lovovertrædelse: ${serious.map((category) => offenceCategoryName(category).toLowerCase()).join(', ')}`;
}

function underAgeOfCriminalResponsibility({ newIncidents, config }: ReviewContext): string | null {
  const age = config.ageOfCriminalResponsibility;
  const young = newIncidents.some((incident) => OWN_CONDUCT_ROLES.has(incident.role) && incident.ageAtIncident < age);
  return young ? `Under ${age} år ved hændelsen og dermed under den kriminelle lavalder – social opfølgning` : null;
}

function repeatWithinWindow({ history, newIncidents, config }: ReviewContext): string | null {
  const count = largestRepeatWithANewCase(history, new Set(newIncidents.map((incident) => incident.journalNumber)), config.repeatWindowDays);
  return count >= config.repeatThreshold ? `${count} hændelser inden for ${config.repeatWindowDays} dage` : null;
}

interface PoliceCase {
  day: number;
  isNew: boolean;
}

/**
 * The most police cases that fit in one window of `windowDays` together with at least one new
 * case. Looking at every window, not only the one ending at the newest incident, means that a
 * late-reported old incident cannot hide a repeat among the other new ones.
 */
function largestRepeatWithANewCase(history: readonly DatedIncident[], newJournals: ReadonlySet<string>, windowDays: number): number {
  const cases = policeCases(history, newJournals);
  let largest = 0;
  // A window holding the most cases can always start on a case, so trying each case as the start is enough.
  for (let start = 0; start < cases.length; start += 1) {
    const inWindow = cases.slice(start).filter((policeCase) => policeCase.day - cases[start].day <= windowDays);
    if (inWindow.some((policeCase) => policeCase.isNew)) largest = Math.max(largest, inWindow.length);
  }
  return largest;
}

/** One entry per journal number, dated by its earliest incident, sorted by day. */
function policeCases(history: readonly DatedIncident[], newJournals: ReadonlySet<string>): PoliceCase[] {
  const firstDayByJournal = new Map<string, number>();
  for (const incident of history) {
    const known = firstDayByJournal.get(incident.journalNumber);
    if (known === undefined || incident.day < known) firstDayByJournal.set(incident.journalNumber, incident.day);
  }
  return [...firstDayByJournal]
    .map(([journal, day]) => ({ day, isNew: newJournals.has(journal) }))
    .sort((a, b) => a.day - b.day);
}
