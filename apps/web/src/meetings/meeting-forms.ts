import type { Refusal } from '../api/service-answer';
import { optionalText, type FormValues } from '../pages/form-parsing';
import type { CreateDecision, CreateIntervention, CreateNote, MarkItem } from './meeting.types';

/** The forms at a meeting's item; each names its fields by the request body's own names. */
export type ItemFormKind = 'note' | 'decision' | 'referral' | 'intervention';

export const FORM_FIELDS: Readonly<Record<ItemFormKind, readonly string[]>> = {
  note: ['body', 'legalBasis', 'necessity', 'text'],
  decision: ['kind', 'note'],
  referral: ['referralBody', 'referralReason', 'consentGivenBy', 'consentGivenOn', 'consentForm', 'note'],
  intervention: ['title', 'ownerBody', 'ownerSubject', 'deadline'],
};

/** A field left empty is sent as absent, so the service names it as missing in its own words. */
const given = (value: string): string | undefined => (value === '' ? undefined : value);

/** The note form as POST /persons/{p}/notes takes it. */
export function noteRequest(values: FormValues): CreateNote {
  return { body: values.body, legalBasis: given(values.legalBasis) as CreateNote['legalBasis'], necessity: values.necessity, text: values.text };
}

/** The decision form (every kind but a referral, which has its own form) as POST /persons/{p}/decisions takes it; an empty note is left out. */
export function decisionRequest(values: FormValues): CreateDecision {
  return { kind: given(values.kind) as CreateDecision['kind'], note: optionalText(values.note) };
}

/**
 * The referral form as a decision of kind referral: the receiving body, the reason, and the
 * consent only when any part of it was given (the service then asks for all of it, and says
 * when a consent is required).
 */
export function referralRequest(values: FormValues): CreateDecision {
  const consentGiven = [values.consentGivenBy, values.consentGivenOn, values.consentForm].some((value) => value !== '');
  return {
    kind: 'referral',
    referralBody: values.referralBody,
    referralReason: values.referralReason,
    consent: consentGiven
      ? { givenBy: given(values.consentGivenBy) as 'person' | 'guardian', givenOn: values.consentGivenOn, form: given(values.consentForm) as 'written' | 'oral' }
      : undefined,
    note: optionalText(values.note),
  };
}

/** The intervention form as POST /persons/{p}/interventions takes it; the responsible by sign-in subject, trimmed. */
export function interventionRequest(values: FormValues): CreateIntervention {
  return { title: values.title, ownerBody: values.ownerBody.trim(), ownerSubject: values.ownerSubject.trim(), deadline: values.deadline.trim() };
}

/** The two marks a member may give an item while the meeting runs; anything else is refused before the service is asked. */
export function markRequest(body: unknown): MarkItem | null {
  const outcome = (typeof body === 'object' && body !== null ? (body as Record<string, unknown>).outcome : undefined) as unknown;
  return outcome === 'handled' || outcome === 'deferred' ? { outcome } : null;
}

/** Which field a refusal's code is about, so the error summary links to it and the field shows it; the form's first field otherwise. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  'note-body-invalid': 'body',
  'note-legal-basis-invalid': 'legalBasis',
  'note-necessity-invalid': 'necessity',
  'note-text-invalid': 'text',
  'decision-kind-unknown': 'kind',
  'decision-note-invalid': 'note',
  'decision-referral-body-invalid': 'referralBody',
  'referral-receiver-not-allowed': 'referralBody',
  'referral-reason-invalid': 'referralReason',
  'referral-consent-invalid': 'consentGivenBy',
  'referral-consent-given-by-invalid': 'consentGivenBy',
  'referral-consent-not-from-person': 'consentGivenBy',
  'referral-consent-required': 'consentGivenBy',
  'referral-consent-given-on-invalid': 'consentGivenOn',
  'referral-consent-after-decision': 'consentGivenOn',
  'referral-consent-form-invalid': 'consentForm',
  'intervention-title-invalid': 'title',
  'intervention-owner-body-invalid': 'ownerBody',
  'intervention-owner-subject-invalid': 'ownerSubject',
  'intervention-owner-not-member': 'ownerSubject',
  'intervention-deadline-invalid': 'deadline',
  'intervention-deadline-past': 'deadline',
};

export function fieldOfRefusal(kind: ItemFormKind, refusal: Refusal | null): string {
  const field = refusal ? FIELD_OF_CODE[refusal.code] : undefined;
  return field !== undefined && FORM_FIELDS[kind].includes(field) ? field : FORM_FIELDS[kind][0]!;
}

/** A form shown again after the service refused it: what was typed, and why, on the field it is about. */
export interface RefusedForm {
  kind: ItemFormKind;
  values: FormValues;
  field: string;
  refusal: Refusal;
}

/** The form refused as the page shows it; a refusal without the service's words says so in Danish. */
export function refusedForm(kind: ItemFormKind, values: FormValues, refusal: Refusal | null): RefusedForm {
  return {
    kind,
    values,
    field: fieldOfRefusal(kind, refusal),
    refusal: refusal ?? { code: 'refused', message: 'Sagskoordineringen afviste det, du sendte. Kontrollér felterne, og prøv igen.' },
  };
}
