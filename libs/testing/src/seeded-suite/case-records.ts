import { waitFor } from '../wait-for';
import { SEEDING_DEADLINE } from './sides';
import { callApi, seedCall } from './http';
import { journalNumberOf, SEEDED_PERSON_ROLES, type SeededPersonRole } from './police-lists';
import type { Side } from './sides';

/** An agenda from a fixed day: every flagged person is on it, whatever day the suite runs. */
const AGENDA = '/meetings/next/agenda?from=2026-01-05';

/**
 * An intervention owned by the side's network group, its responsible the side's colleague (a
 * member of it by the registry, whose memberships the suite never changes), with a deadline
 * that stays "today or later" for as long as this suite lives.
 */
export function interventionRequest(side: Side) {
  return { title: 'Samtale med den unge og forældrene', ownerBody: side.body, ownerSubject: side.colleagueSubject, deadline: '2099-12-31' };
}
export const NOTE_REQUEST = { body: 'familieafdelingen', legalBasis: 'SSP', necessity: 'Familieafdelingen kender familien', text: 'Skolevægring siden efterårsferien' };
/** A referral of a child to SSP-U: no consent needed. */
export const REFERRAL_REQUEST = { kind: 'referral', referralBody: 'ssp-u', referralReason: 'Den unge er ved at falde fra sin uddannelse.' };
/** A word of the seeded notes, for the note search. */
export const NOTE_SEARCH_WORD = 'skolevægring';

export interface CaseRecords {
  /** Pseudonyms: `review` is under review (closed and reopened by the calls of the reopen route), `action` has an action agreed, `merged` and `kept` are for merging. */
  persons: Record<SeededPersonRole, string>;
  /** An intervention agreed for the `action` person. */
  interventionId: string;
  /** A referral of the `action` person to SSP-U, unanswered. */
  referralId: string;
}

interface Agenda {
  items: { personPseudonym: string; newIncidents: { journalNumber: string }[] }[];
}

/** Waits until case coordination has flagged every seeded person (they come from the topics) and returns them by journal number. */
export async function awaitSeededPersons(caseUrl: string, token: string, sides: readonly Side[]): Promise<Map<string, string>> {
  const journals = sides.flatMap((side) => SEEDED_PERSON_ROLES.map((role) => journalNumberOf(side, role)));
  const byJournal = async () => {
    const agenda = await seedCall<Agenda>(caseUrl, 'GET', AGENDA, token, 200);
    return new Map(agenda.items.flatMap((item) => item.newIncidents.map((incident): [string, string] => [incident.journalNumber, item.personPseudonym])));
  };
  return waitFor('case coordination to flag every seeded person', byJournal, (found) => journals.every((journal) => found.has(journal)), SEEDING_DEADLINE);
}

/** Moves the side's `action` person to an agreed action with one intervention and a note. */
export async function seedCaseRecords(caseUrl: string, token: string, side: Side, byJournal: Map<string, string>): Promise<CaseRecords> {
  const persons = Object.fromEntries(SEEDED_PERSON_ROLES.map((role) => [role, byJournal.get(journalNumberOf(side, role)) as string])) as Record<SeededPersonRole, string>;
  await seedCall(caseUrl, 'POST', `/persons/${persons.action}/decisions`, token, 201, { json: { kind: 'concern-conversation' } });
  await seedCall(caseUrl, 'POST', `/persons/${persons.action}/notes`, token, 201, { json: NOTE_REQUEST });
  return { persons, interventionId: await agreeIntervention(caseUrl, token, side, persons.action), referralId: await referToSspU(caseUrl, token, persons.action) };
}

/** A decision referring the person to SSP-U: the id of the referral it made, unanswered. */
export async function referToSspU(caseUrl: string, token: string, pseudonym: string): Promise<string> {
  return (await seedCall<{ referral: { id: string } }>(caseUrl, 'POST', `/persons/${pseudonym}/decisions`, token, 201, { json: REFERRAL_REQUEST })).referral.id;
}

export async function agreeIntervention(caseUrl: string, token: string, side: Side, pseudonym: string): Promise<string> {
  return (await seedCall<{ id: string }>(caseUrl, 'POST', `/persons/${pseudonym}/interventions`, token, 201, { json: interventionRequest(side) })).id;
}

/** A decision to notify the family department about the person: its id, with the 24-hour clock unanswered. */
export async function notifyFamilyDepartment(caseUrl: string, token: string, pseudonym: string): Promise<string> {
  return (await seedCall<{ id: string }>(caseUrl, 'POST', `/persons/${pseudonym}/decisions`, token, 201, { json: { kind: 'notify-family-department' } })).id;
}

/** Closes the person's case with a decision of no action, unless it is closed. */
export async function closeCase(caseUrl: string, token: string, pseudonym: string): Promise<void> {
  const person = await seedCall<{ caseState: string | null }>(caseUrl, 'GET', `/persons/${pseudonym}?purpose=case-follow-up`, token, 200);
  if (person.caseState !== null) await seedCall(caseUrl, 'POST', `/persons/${pseudonym}/decisions`, token, 201, { json: { kind: 'no-action' } });
}

interface MergeStep {
  merged: string;
  unmergedAt: string | null;
}

/** Puts `merged` into `kept`, or takes the merge back, unless it already is so. */
export async function setMerged(caseUrl: string, token: string, persons: CaseRecords['persons'], merged: boolean): Promise<void> {
  let isMerged = false;
  // The history is paged, oldest first; the open merge, if any, may be on any page.
  for (let after: string | null | undefined; after !== null; ) {
    const page = await callApi<{ items: MergeStep[]; next: string | null }>(caseUrl, 'GET', `/persons/${persons.merged}/merges?limit=200${after ? `&after=${after}` : ''}`, token);
    isMerged ||= page.body.items.some((step) => step.merged === persons.merged && step.unmergedAt === null);
    after = page.body.next;
  }
  if (isMerged === merged) return;
  if (merged) await seedCall(caseUrl, 'POST', `/persons/${persons.merged}/merge`, token, 204, { json: { into: persons.kept } });
  else await seedCall(caseUrl, 'POST', `/persons/${persons.merged}/unmerge`, token, 204);
}
