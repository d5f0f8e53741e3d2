import type { ActiveSession } from '../session/session.service';
import { html, type Html } from './html';

/**
 * The parts every form is made of, in Det Fælles Designsystem's markup: the error summary,
 * text fields, radio groups, the form token and the notices after a form went through. Each
 * field's id is what its errors name (`FieldError.field`), so the error summary links to it.
 */

/** A problem with one field: the field's id on the page, why in Danish, and the stable code (the service's, when it refused). */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

/** A form field's value as text: absent, repeated (which no form of ours sends) or not text is empty. */
export function formText(body: unknown, name: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}

export interface ErrorSummaryOptions {
  /** The summary's heading; by default "Der er et problem". */
  heading?: string;
  /** The fields' labels: each problem then starts with its field's name ("CPR-nummer: ..."). */
  labels?: Readonly<Record<string, string>>;
  /** Whether the problems link to their fields (false on a page that does not show the form). */
  linked?: boolean;
  /** A sentence under the problems, e.g. that what was typed is still there. */
  note?: string;
}

/** DKFDS's error summary at the top of a form: each problem, with its code, links to its field. Nothing when there is none. */
export function errorSummary(errors: readonly FieldError[], options: ErrorSummaryOptions = {}): Html {
  if (errors.length === 0) return html``;
  const { heading = 'Der er et problem', labels, linked = true, note } = options;
  const text = (error: FieldError) => (labels ? `${labels[error.field] ?? 'Formularen'}: ${error.message}` : error.message);
  return html`<div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading" tabindex="-1">
      <div class="alert-body">
        <h2 class="alert-heading" id="error-summary-heading">${heading}</h2>
        <ul class="alert-text nobullet-list">${errors.map(
          (error) =>
            html`<li>${linked ? html`<a href="#${error.field}">${text(error)}</a>` : text(error)}${error.code ? html` <span class="small-text">(kode <code>${error.code}</code>)</span>` : ''}</li>`,
        )}</ul>
        ${note ? html`<p class="alert-text small-text">${note}</p>` : ''}
      </div>
    </div>`;
}

function errorsAt(errors: readonly FieldError[], id: string): FieldError[] {
  return errors.filter((error) => error.field === id);
}

/** The problem shown at a field (id `<id>-error`, which the field is described by), or nothing. */
export function fieldErrorMessage(id: string, errors: readonly FieldError[]): Html {
  const found = errorsAt(errors, id);
  if (found.length === 0) return html``;
  return html`<span class="form-error-message" id="${id}-error"><span class="sr-only">Fejl: </span>${found.map((error) => error.message).join(' ')}</span>`;
}

/** The ids a field is described by: its hint and its error, when it has them. */
export function describedBy(id: string, hint: boolean, failed: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', failed ? `${id}-error` : ''].filter((part) => part.length > 0);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface TextFieldOptions {
  id: string;
  /** The name the form sends it by; by default the id. */
  name?: string;
  label: string;
  value: string;
  hint?: string;
  errors?: readonly FieldError[];
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  width?: 'xs' | 's' | 'm' | 'l' | 'xl';
  multiline?: boolean;
  /** A text area's height in lines (6 unless told). */
  rows?: number;
  required?: boolean;
}

/** A labelled text field (or text area) with its hint and its error, keeping what was typed. */
export function textField(options: TextFieldOptions): Html {
  const { id, hint, errors = [] } = options;
  const failed = errorsAt(errors, id).length > 0;
  const described = describedBy(id, hint !== undefined, failed);
  const width = options.width ? ` input-width-${options.width}` : '';
  const attributes = html`id="${id}" name="${options.name ?? id}"${described ? html` aria-describedby="${described}"` : ''}${failed ? html` aria-invalid="true"` : ''}${
    options.required ? html` required` : ''
  }`;
  return html`<div class="form-group${failed ? ' form-error' : ''}">
      <label class="form-label" for="${id}">${options.label}</label>
      ${hint !== undefined ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : ''}
      ${fieldErrorMessage(id, errors)}
      ${
        options.multiline
          ? html`<textarea class="form-input" rows="${options.rows ?? 6}" ${attributes}>${options.value}</textarea>`
          : html`<input class="form-input${width}" type="text" ${attributes} value="${options.value}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${
              options.inputmode ? html` inputmode="${options.inputmode}"` : ''
            }>`
      }
    </div>`;
}

export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

export interface RadioGroupOptions {
  id: string;
  /** The name the form sends it by; by default the id. */
  name?: string;
  legend: string;
  hint?: string;
  /** The choice made (kept after a refusal). */
  value: string;
  choices: readonly Choice[];
  errors?: readonly FieldError[];
}

/**
 * A group of radio buttons in a fieldset with its legend. The first choice has the group's id
 * (the error summary links to it, so the link lands on a button the keyboard can use); the
 * others `<id>-<value>`. A choice's hint describes it (its name stays its text).
 */
export function radioGroup(options: RadioGroupOptions): Html {
  const { id, hint, errors = [] } = options;
  const failed = errorsAt(errors, id).length > 0;
  const described = describedBy(id, hint !== undefined, failed);
  return html`<div class="form-group${failed ? ' form-error' : ''}">
      <fieldset${described ? html` aria-describedby="${described}"` : ''}>
        <legend class="form-label">${options.legend}</legend>
        ${hint !== undefined ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : ''}
        ${fieldErrorMessage(id, errors)}
        <ul class="nobullet-list">${options.choices.map((choice, index) => {
          const choiceId = index === 0 ? id : `${id}-${choice.value}`;
          return html`<li class="form-group-radio">
            <input type="radio" class="form-radio" id="${choiceId}" name="${options.name ?? id}" value="${choice.value}"${choice.value === options.value ? html` checked` : ''}${
              choice.hint ? html` aria-describedby="${choiceId}-hint"` : ''
            }>
            <label class="form-label" for="${choiceId}">${choice.text}</label>
            ${choice.hint ? html`<span class="form-hint" id="${choiceId}-hint">${choice.hint}</span>` : ''}
          </li>`;
        })}</ul>
      </fieldset>
    </div>`;
}

/** The hidden field with the session's form token, which every form carries (the session guard checks it on every POST). */
export function formToken(session: Pick<ActiveSession, 'formToken'>): Html {
  return html`<input type="hidden" name="_csrf" value="${session.formToken}">`;
}

/** A success notice (after a form went through and the browser was sent on here), or nothing. */
export function successNotice(text: string | null | undefined): Html {
  if (!text) return html``;
  return html`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

/** One of a page's fixed notices, chosen by the code in the address: never text from the address itself. */
export function noticeOf(messages: Readonly<Record<string, string>>, code: unknown): string | null {
  return typeof code === 'string' && Object.hasOwn(messages, code) ? messages[code]! : null;
}

export interface CheckboxOptions {
  id: string;
  /** The name the form sends it by; by default the id. */
  name?: string;
  /** What a checked box sends. */
  value: string;
  label: string;
  checked: boolean;
  hint?: string;
}

/** One labelled checkbox (in DKFDS's markup), with its hint. */
export function checkbox(options: CheckboxOptions): Html {
  const { id, hint } = options;
  return html`<li class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="${id}" name="${options.name ?? id}" value="${options.value}"${options.checked ? html` checked` : ''}${hint ? html` aria-describedby="${id}-hint"` : ''}>
      <label class="form-label" for="${id}">${options.label}</label>
      ${hint ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : ''}
    </li>`;
}
