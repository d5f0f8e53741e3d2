import type { Refusal } from '../api/service-answer';
import { oneOfChoices, optionalText, refusalOnField, type Parsed } from '../pages/form-parsing';
import { formText, type FieldError } from '../pages/forms';
import type { AssessmentRecord, InterventionOwnerChange, InterventionStatusChange, ReferralAnswer } from './follow-up.types';

/**
 * The follow-up forms as plain functions: what the browser sent (an urlencoded body, every
 * value a string or missing) becomes what the service's API takes, or the fields the person
 * must fix, in Danish. Only what the form itself can know is checked here (a choice not
 * made); everything else the service decides, and its refusal is shown with the input kept.
 */

type FormBody = Record<string, unknown> | undefined;

/** The page of a list a form was opened from (`efter`), so the form is shown again on the same page. */
export function pageCursor(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 2000 ? value : undefined;
}

export const STATUS_CHOICES = ['in-progress', 'completed'] as const;

export interface StatusInput {
  status: string;
  outcome: string;
}

/** Start or complete an intervention: the choice must be made; the outcome the service requires to complete. */
export function parseStatusForm(body: FormBody): Parsed<InterventionStatusChange, StatusInput> {
  const input = { status: formText(body, 'status'), outcome: formText(body, 'outcome') };
  const status = oneOfChoices(input.status, STATUS_CHOICES);
  if (!status) return { ok: false, input, errors: [{ field: 'status', code: 'status-missing', message: 'Vælg, om opgaven er gået i gang, eller om den er afsluttet.' }] };
  const outcome = optionalText(input.outcome);
  return { ok: true, input, value: outcome === undefined ? { status } : { status, outcome } };
}

export interface OwnerInput {
  ownerSubject: string;
}

/** Hand an intervention to another member: their sign-in id, as the registry knows them. */
export function parseOwnerForm(body: FormBody): Parsed<InterventionOwnerChange, OwnerInput> {
  const input = { ownerSubject: formText(body, 'ownerSubject') };
  const ownerSubject = input.ownerSubject.trim();
  if (ownerSubject.length === 0) {
    return { ok: false, input, errors: [{ field: 'ownerSubject', code: 'owner-missing', message: 'Skriv login-id på den, der skal være ansvarlig for opgaven.' }] };
  }
  return { ok: true, input, value: { ownerSubject } };
}

export const CONCLUSION_CHOICES = ['acute-support-needed', 'no-acute-support-needed'] as const;

export interface AssessmentInput {
  conclusion: string;
}

/** The family department's assessment: does the child need acute support? */
export function parseAssessmentForm(body: FormBody): Parsed<AssessmentRecord, AssessmentInput> {
  const input = { conclusion: formText(body, 'conclusion') };
  const conclusion = oneOfChoices(input.conclusion, CONCLUSION_CHOICES);
  if (!conclusion) return { ok: false, input, errors: [{ field: 'conclusion', code: 'conclusion-missing', message: 'Vælg jeres vurdering: har barnet behov for akut støtte eller ej?' }] };
  return { ok: true, input, value: { conclusion } };
}

export const ANSWER_CHOICES = ['accepted', 'declined'] as const;

export interface ReferralAnswerInput {
  answer: string;
  note: string;
}

/** The receiving body's answer to a referral: accept or decline, with a note for the Monday group if they like. */
export function parseReferralAnswerForm(body: FormBody): Parsed<ReferralAnswer, ReferralAnswerInput> {
  const input = { answer: formText(body, 'answer'), note: formText(body, 'note') };
  const answer = oneOfChoices(input.answer, ANSWER_CHOICES);
  if (!answer) return { ok: false, input, errors: [{ field: 'answer', code: 'answer-missing', message: 'Vælg, om I tager imod henvisningen eller afviser den.' }] };
  const note = optionalText(input.note);
  return { ok: true, input, value: note === undefined ? { answer } : { answer, note } };
}

/**
 * The field a service's refusal is about, by its stable code, so the error summary links to
 * it; a refusal of the whole thing (already answered, not allowed) goes to the form's first field.
 */
const FIELD_OF_CODE: ReadonlyArray<[RegExp, string]> = [
  [/^intervention-outcome-/, 'outcome'],
  [/^intervention-owner-/, 'ownerSubject'],
  [/^referral-answer-note-/, 'note'],
];

/** A service's refusal of a form as an error on the page: its Danish message and code, linked to the field it names. */
export function refusalAsFieldError(refusal: Refusal | null, firstField: string): FieldError {
  return refusalOnField(refusal, { byCode: FIELD_OF_CODE }, firstField);
}
