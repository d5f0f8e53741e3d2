import { dayNumber } from '@ssp/platform/time';
import type { ReviewIncident, ReviewReason, ReviewReasonCode, ReviewResult } from './review-rules';

export const INTERVENTION_STATUSES = ['agreed', 'in-progress', 'completed'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export interface AgendaIntervention {
  id: string;
  title: string;
  /** The SSP body that owns the intervention, e.g. `mandagsgruppen` or a network group. */
  ownerBody: string;
  /** The sign-in subject of the registry person responsible; null on interventions from before owners were registry people. */
  ownerSubject: string | null;
  /** The free-text responsible of interventions from before owners were registry people; null on newer ones. */
  responsibleText: string | null;
  /** YYYY-MM-DD; the intervention is overdue once a meeting falls after it. */
  deadline: string;
  status: InterventionStatus;
}

export interface AgendaCandidate {
  personPseudonym: string;
  /** reviewPerson's result for the incidents since the last meeting. */
  review: ReviewResult;
  newIncidents: readonly ReviewIncident[];
  /** YYYY-MM-DD of the newest concern from a member the group has not yet seen; it orders as a new incident's day. */
  newestConcernDay?: string;
  openInterventions: readonly AgendaIntervention[];
}

/**
 * The agenda's orders: `urgency` (priority, then the newest new day, then pseudonym) and
 * `newest` (the newest new incident or concern first, then priority, then pseudonym). Every
 * key descends, and each order has an index of its own, so a page is one range of one index.
 */
export const AGENDA_ORDERS = ['urgency', 'newest'] as const;
export type AgendaOrder = (typeof AGENDA_ORDERS)[number];

export type AgendaReasonCode = ReviewReasonCode | 'overdue-intervention';
export type AgendaReason = ReviewReason<AgendaReasonCode>;

export interface AgendaItem {
  personPseudonym: string;
  priority: number;
  /** Heaviest first, at most one per code. */
  reasons: AgendaReason[];
  /** Newest first. */
  newIncidents: ReviewIncident[];
  interventions: (AgendaIntervention & { overdue: boolean })[];
}

export interface AgendaRulesConfig {
  /** Added to the priority of a person with at least one overdue intervention. */
  overdueWeight: number;
}

// As heavy as being a suspect: an agreed intervention that has stalled is the group's own
// unfinished business and should not sink below new, lighter concerns.
export const DEFAULT_AGENDA_RULES: AgendaRulesConfig = { overdueWeight: 3 };

/**
 * The agenda of the meeting on `meetingDate`: the persons the review rules flagged since the last
 * meeting, and, because overdue interventions escalate to the next agenda, anyone with an
 * intervention past its deadline. Most urgent first; equal priorities go by the day of the
 * newest new incident or concern, then by pseudonym, so that the same input always gives the
 * same order. Every key descends, so the database reads a page as one range of one index.
 */
export function buildAgenda(people: readonly AgendaCandidate[], meetingDate: string, config: AgendaRulesConfig = DEFAULT_AGENDA_RULES, order: AgendaOrder = 'urgency'): AgendaItem[] {
  if (!Number.isFinite(config.overdueWeight) || config.overdueWeight < 0) throw new RangeError(`overdueWeight must be a non-negative number, not ${config.overdueWeight}`);
  const meetingDay = dayNumber(meetingDate);
  return people
    .map((person) => ({ person, item: agendaItem(person, meetingDay, config) }))
    .filter((entry): entry is { person: AgendaCandidate; item: AgendaItem } => entry.item !== null)
    .map(({ person, item }) => ({ item, newest: newestNewDay(item, person.newestConcernDay) }))
    .sort(order === 'newest' ? byNewest : byUrgency)
    .map(({ item }) => item);
}

function agendaItem(person: AgendaCandidate, meetingDay: number, config: AgendaRulesConfig): AgendaItem | null {
  const interventions = person.openInterventions.map((intervention) => ({ ...intervention, overdue: isOverdue(intervention, meetingDay) }));
  const overdue = interventions.filter((intervention) => intervention.overdue);
  if (!person.review.flagged && overdue.length === 0) return null;
  const reasons: AgendaReason[] = [...person.review.reasons];
  if (overdue.length > 0) reasons.push(overdueReason(overdue, config));
  return {
    personPseudonym: person.personPseudonym,
    priority: reasons.reduce((sum, reason) => sum + reason.weight, 0),
    // Array.prototype.sort is stable: equal weights keep the review's order, overdue last.
    reasons: reasons.sort((a, b) => b.weight - a.weight),
    newIncidents: [...person.newIncidents].sort((a, b) => compareText(b.incidentDate, a.incidentDate)),
    interventions,
  };
}

/** A deadline on the meeting day itself is still met: the group can act on it at the meeting. */
function isOverdue(intervention: AgendaIntervention, meetingDay: number): boolean {
  return intervention.status !== 'completed' && dayNumber(intervention.deadline) < meetingDay;
}

const DANISH_LIST = new Intl.ListFormat('da', { style: 'long', type: 'conjunction' });

function overdueReason(overdue: readonly AgendaIntervention[], config: AgendaRulesConfig): AgendaReason {
  const titles = DANISH_LIST.format(overdue.map((intervention) => `»${intervention.title}«`));
  const text = overdue.length === 1 ? `Fristen er overskredet for indsatsen ${titles}` : `Fristen er overskredet for indsatserne ${titles}`;
  return { code: 'overdue-intervention', weight: config.overdueWeight, text };
}

function byUrgency(a: { item: AgendaItem; newest: string }, b: { item: AgendaItem; newest: string }): number {
  return b.item.priority - a.item.priority || compareText(b.newest, a.newest) || compareText(b.item.personPseudonym, a.item.personPseudonym);
}

function byNewest(a: { item: AgendaItem; newest: string }, b: { item: AgendaItem; newest: string }): number {
  return compareText(b.newest, a.newest) || b.item.priority - a.item.priority || compareText(b.item.personPseudonym, a.item.personPseudonym);
}

/** The newest day of a new incident or concern; '' when there is none, which sorts a person without after those with. */
function newestNewDay(item: AgendaItem, newestConcernDay = ''): string {
  const newestIncident = item.newIncidents[0]?.incidentDate ?? '';
  return newestIncident > newestConcernDay ? newestIncident : newestConcernDay;
}

/** Plain code-unit order: ISO dates and hex pseudonyms sort correctly and alike in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
