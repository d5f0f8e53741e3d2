import { INITIATIVE_KIND_DA, INITIATIVE_KINDS } from '@ssp/contracts';
import type { Refusal } from '../api/service-answer';
import { formList, oneOfChoices, optionalText, parsedFrom, refusalOnField, requiredText, typedDay, type Parsed } from '../pages/form-parsing';
import { formText, type FieldError } from '../pages/forms';
import type { InitiativeChange, InitiativeKind, InitiativeProposal, InitiativeStatus, NewInitiative } from './initiatives.types';

/**
 * The initiatives' forms as plain functions: what the browser sent becomes what network groups'
 * API takes, or the fields to fix in Danish, with what was typed kept. Only what the form
 * itself can know is checked here; the service judges the rest (lengths, CPR numbers in the
 * texts, bodies and areas that exist, the order of the days) and its refusal is shown on its field.
 */

type FormBody = Record<string, unknown> | undefined;

/** The kinds as the forms offer them, with network groups' Danish names (libs/contracts), first letter up. */
export const KIND_CHOICES = INITIATIVE_KINDS.map((kind) => ({ value: kind, text: INITIATIVE_KIND_DA[kind].charAt(0).toUpperCase() + INITIATIVE_KIND_DA[kind].slice(1) }));

/** The statuses as the list's filter offers them (typed by the API's enum). */
export const STATUS_NAMES: Readonly<Record<InitiativeStatus, string>> = {
  proposed: 'Foreslået',
  planned: 'Planlagt',
  launched: 'I gang',
  completed: 'Afsluttet',
  cancelled: 'Aflyst',
};

const KINDS = INITIATIVE_KINDS as readonly InitiativeKind[];
const STATUSES = Object.keys(STATUS_NAMES) as InitiativeStatus[];

/** What the list's filter asks for: a status and a kind it knows, or none. */
export function initiativeFilterOf(status: unknown, kind: unknown): { status?: InitiativeStatus; kind?: InitiativeKind } {
  return {
    status: typeof status === 'string' ? oneOfChoices(status, STATUSES) : undefined,
    kind: typeof kind === 'string' ? oneOfChoices(kind, KINDS) : undefined,
  };
}

interface DescribedInput {
  kind: string;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
}

function describedFields(body: FormBody): DescribedInput {
  return { kind: formText(body, 'kind'), title: formText(body, 'title'), description: formText(body, 'description'), startsOn: formText(body, 'startsOn'), endsOn: formText(body, 'endsOn') };
}

/** Kind, title, description and days, shared by a new initiative and a proposal. */
function described(errors: FieldError[], input: DescribedInput) {
  const kind = oneOfChoices(input.kind, KINDS);
  if (!kind) errors.push({ field: 'kind', code: 'kind-missing', message: 'Vælg, hvilken slags initiativ det er.' });
  const title = requiredText(errors, 'title', input.title, 'Skriv initiativets titel.');
  const startsOn = typedDay(errors, 'startsOn', input.startsOn, null);
  const endsOn = typedDay(errors, 'endsOn', input.endsOn, null);
  const description = optionalText(input.description);
  return () => ({
    kind: kind!,
    title,
    ...(description === undefined ? {} : { description }),
    ...(startsOn === null ? {} : { startsOn }),
    ...(endsOn === null ? {} : { endsOn }),
  });
}

export interface InitiativeInput extends DescribedInput {
  bodyIds: string[];
  areaIds: string[];
}

/** A new initiative of the secretariat, for the bodies and areas ticked (at least one). */
export function parseInitiativeForm(body: FormBody): Parsed<NewInitiative, InitiativeInput> {
  const input = { ...describedFields(body), bodyIds: formList(body, 'bodyIds'), areaIds: formList(body, 'areaIds') };
  const errors: FieldError[] = [];
  const fields = described(errors, input);
  if (input.bodyIds.length + input.areaIds.length === 0) errors.push({ field: 'bodyIds', code: 'links-missing', message: 'Vælg mindst ét organ eller lokalområde, initiativet er for.' });
  return parsedFrom(errors, input, () => ({ ...fields(), bodyIds: input.bodyIds, areaIds: input.areaIds }));
}

export interface ProposalInput extends DescribedInput {
  bodyId: string;
}

/** A member's proposal, for one of their own bodies (chosen when they sit in more than one). */
export function parseProposalForm(body: FormBody, bodyIds: readonly string[]): Parsed<{ bodyId: string; proposal: InitiativeProposal }, ProposalInput> {
  const input = { ...describedFields(body), bodyId: formText(body, 'bodyId') };
  const errors: FieldError[] = [];
  const bodyId = oneOfChoices(input.bodyId, bodyIds);
  if (!bodyId) errors.push({ field: 'bodyId', code: 'body-missing', message: 'Vælg den gruppe, der foreslår initiativet.' });
  const fields = described(errors, input);
  return parsedFrom(errors, input, () => ({ bodyId: bodyId!, proposal: fields() }));
}

export interface ChangeInput {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  outcome: string;
  participants: string;
  materials: string;
}

/** The materials, one a line (a title or an address), blank lines left out. */
export function materialLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The secretariat's change of an initiative: every field as it should stand, blank clearing it (the title must stay). */
export function parseChangeForm(body: FormBody): Parsed<InitiativeChange, ChangeInput> {
  const names = ['title', 'description', 'startsOn', 'endsOn', 'outcome', 'participants', 'materials'] as const;
  const input = Object.fromEntries(names.map((name) => [name, formText(body, name)])) as unknown as ChangeInput;
  const errors: FieldError[] = [];
  const title = requiredText(errors, 'title', input.title, 'Skriv initiativets titel.');
  const startsOn = typedDay(errors, 'startsOn', input.startsOn, null);
  const endsOn = typedDay(errors, 'endsOn', input.endsOn, null);
  return parsedFrom(errors, input, () => ({
    title,
    description: optionalText(input.description) ?? null,
    startsOn,
    endsOn,
    outcome: optionalText(input.outcome) ?? null,
    participants: optionalText(input.participants) ?? null,
    materials: materialLines(input.materials),
  }));
}

/** The status a button asks for, when it is one. */
export function statusOf(body: FormBody): InitiativeStatus | undefined {
  return oneOfChoices(formText(body, 'status'), STATUSES);
}

const INITIATIVE_FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^initiative-kind-/, 'kind'],
  [/^initiative-title-/, 'title'],
  [/^initiative-description-/, 'description'],
  [/^initiative-starts-on-/, 'startsOn'],
  [/^(initiative-ends-on-|initiative-ends-before-start)/, 'endsOn'],
  [/^(initiative-body-|initiative-nothing-linked)/, 'bodyIds'],
  [/^initiative-area-/, 'areaIds'],
  [/^initiative-outcome-/, 'outcome'],
  [/^initiative-participants-/, 'participants'],
  [/^initiative-materials-/, 'materials'],
  [/^initiative-proposal-body-/, 'bodyId'],
];

/** The texts a CPR number may be refused in, by their request field names (the form's ids are the same). */
const TEXT_FIELDS = { description: 'description', outcome: 'outcome', participants: 'participants', materials: 'materials', title: 'title' };

/** A refusal of an initiatives form as an error on its field. A CPR number in a text names the field in its message, so it goes to the form's first text unless the message starts with a field's name. */
export function initiativeRefusal(refusal: Refusal | null, firstField: string): FieldError {
  return refusalOnField(refusal, refusal?.code === 'cpr-number-in-text' ? { byName: TEXT_FIELDS } : { byCode: INITIATIVE_FIELDS }, firstField);
}
