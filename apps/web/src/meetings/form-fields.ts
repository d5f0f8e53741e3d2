import { html, type Html } from '../pages/html';
import type { ItemFormKind, RefusedForm } from './meeting-forms';

/** One form's state on the page: what to show in its fields, and the refusal on one of them. */
export interface FormState {
  kind: ItemFormKind;
  values: Record<string, string>;
  refused: RefusedForm | null;
}

export function formState(kind: ItemFormKind, refused: RefusedForm | null): FormState {
  return { kind, values: refused?.kind === kind ? refused.values : {}, refused: refused?.kind === kind ? refused : null };
}

export const fieldId = (kind: ItemFormKind, name: string): string => `${kind}-${name}`;
const optionId = (kind: ItemFormKind, name: string, value: string): string => `${kind}-${name}-${value}`;

export interface Option {
  value: string;
  text: string;
  hint?: string;
}

/** Where the error summary sends focus for a field: the field, or a radio group's first choice. */
export function fieldTarget(kind: ItemFormKind, name: string, options?: readonly Option[]): string {
  return options && options.length > 0 ? optionId(kind, name, options[0]!.value) : fieldId(kind, name);
}

/** An attribute only when it has a value. */
function attribute(name: string, value: string | undefined): Html {
  return value === undefined ? html`` : html` ${name}="${value}"`;
}

function errorOf(state: FormState, name: string): string | null {
  return state.refused?.field === name ? state.refused.refusal.message : null;
}

function errorMessage(id: string, message: string | null): Html {
  return message === null ? html`` : html`<span class="form-error-message" id="${id}-fejl"><span class="sr-only">Fejl: </span>${message}</span>`;
}

function describedBy(id: string, hint: string | undefined, error: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error !== null ? `${id}-fejl` : null].filter((value): value is string => value !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface TextFieldOptions {
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  width?: 'xs' | 's' | 'm' | 'l' | 'xl';
  autocomplete?: string;
}

/** A labelled text field (or text area), with its hint and, after a refusal, the service's message; what was typed stays. */
export function textField(state: FormState, name: string, label: string, options: TextFieldOptions = {}): Html {
  const id = fieldId(state.kind, name);
  const error = errorOf(state, name);
  const value = state.values[name] ?? '';
  const described = describedBy(id, options.hint, error);
  const width = options.width ? ` input-width-${options.width}` : '';
  const field = options.multiline
    ? html`<textarea class="form-input" id="${id}" name="${name}" rows="4" ${attribute('aria-describedby', described)}${attribute('aria-invalid', error !== null ? 'true' : undefined)}>${value}</textarea>`
    : html`<input type="text" class="form-input${width}" id="${id}" name="${name}" value="${value}" autocomplete="${options.autocomplete ?? 'off'}" ${attribute('aria-describedby', described)}${attribute('aria-invalid', error !== null ? 'true' : undefined)}>`;
  return html`<div class="form-group${error !== null ? ' form-error' : ''}">
      <label class="form-label" for="${id}">${label}${options.optional ? ' (valgfrit)' : ''}</label>
      ${options.hint ? html`<span class="form-hint" id="${id}-hint">${options.hint}</span>` : ''}
      ${errorMessage(id, error)}
      ${field}
    </div>`;
}

/** A group of radio buttons in a fieldset with its legend; the chosen one stays chosen after a refusal. */
export function radioGroup(state: FormState, name: string, legend: string, options: readonly Option[], hint?: string): Html {
  const id = fieldId(state.kind, name);
  const error = errorOf(state, name);
  const chosen = state.values[name] ?? '';
  return html`<div class="form-group${error !== null ? ' form-error' : ''}">
      <fieldset${attribute('aria-describedby', describedBy(id, hint, error))}>
        <legend class="form-label">${legend}</legend>
        ${hint ? html`<span class="form-hint" id="${id}-hint">${hint}</span>` : ''}
        ${errorMessage(id, error)}
        ${options.map(
          (option) => html`<div class="form-group-radio">
            <input type="radio" class="form-radio" id="${optionId(state.kind, name, option.value)}" name="${name}" value="${option.value}"${chosen === option.value ? html` checked` : ''}>
            <label for="${optionId(state.kind, name, option.value)}">${option.text}</label>
            ${option.hint ? html`<span class="form-hint">${option.hint}</span>` : ''}
          </div>`,
        )}
      </fieldset>
    </div>`;
}

/** The form's hidden form token (the session guard checks it on every POST). */
export function formToken(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}
