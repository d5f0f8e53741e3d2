import { html, type Html } from '../pages/html';

/** A field's problem, in Danish, and the service's code when it was the service that refused. */
export interface FieldError {
  field: string;
  message: string;
  code?: string;
}

/** Det Fælles Designsystem's error summary at the top of a form: each problem links to its field. */
export function errorSummary(errors: readonly FieldError[], labels: Readonly<Record<string, string>>): Html {
  if (errors.length === 0) return html``;
  return html`<div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading" tabindex="-1">
      <div class="alert-body">
        <h2 class="alert-heading" id="error-summary-heading">Der er et problem</h2>
        <ul class="alert-text nobullet-list">${errors.map(
          (error) =>
            html`<li><a href="#${error.field}">${labels[error.field] ?? 'Formularen'}: ${error.message}</a>${error.code ? html` <span class="small-text">(kode <code>${error.code}</code>)</span>` : ''}</li>`,
        )}</ul>
      </div>
    </div>`;
}

function errorOf(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((error) => error.field === field);
}

function errorMessage(id: string, error: FieldError | undefined): Html {
  return error ? html`<span class="form-error-message" id="${id}-error"><span class="sr-only">Fejl: </span>${error.message}</span>` : html``;
}

function describedBy(id: string, hint: string | undefined, error: FieldError | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter((part) => part.length > 0);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  hint?: string;
  errors: readonly FieldError[];
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  width?: 'xs' | 's' | 'm' | 'l';
  multiline?: boolean;
  required?: boolean;
}

/** A labelled text field (or text area) with its hint and its error, keeping what was typed. */
export function textField(options: TextFieldOptions): Html {
  const error = errorOf(options.errors, options.id);
  const described = describedBy(options.id, options.hint, error);
  const width = options.width ? ` input-width-${options.width}` : '';
  const attributes = html`id="${options.id}" name="${options.id}"${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}${
    options.required ? html` required` : ''
  }`;
  return html`<div class="form-group${error ? ' form-error' : ''}">
      <label class="form-label" for="${options.id}">${options.label}</label>
      ${options.hint ? html`<span class="form-hint" id="${options.id}-hint">${options.hint}</span>` : ''}
      ${errorMessage(options.id, error)}
      ${
        options.multiline
          ? html`<textarea class="form-input" rows="6" ${attributes}>${options.value}</textarea>`
          : html`<input class="form-input${width}" type="text" ${attributes} value="${options.value}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${
              options.inputmode ? html` inputmode="${options.inputmode}"` : ''
            }>`
      }
    </div>`;
}

export interface RadioGroupOptions {
  name: string;
  legend: string;
  hint?: string;
  value: string;
  choices: readonly { value: string; text: string; hint?: string }[];
  errors: readonly FieldError[];
}

/** A group of radio buttons in a fieldset with its legend; the error summary links to the first one (id = name). */
export function radioGroup(options: RadioGroupOptions): Html {
  const error = errorOf(options.errors, options.name);
  const described = describedBy(options.name, options.hint, error);
  return html`<div class="form-group${error ? ' form-error' : ''}">
      <fieldset${described ? html` aria-describedby="${described}"` : ''}>
        <legend class="form-label">${options.legend}</legend>
        ${options.hint ? html`<span class="form-hint" id="${options.name}-hint">${options.hint}</span>` : ''}
        ${errorMessage(options.name, error)}
        <ul class="nobullet-list">${options.choices.map((choice, index) => {
          const id = index === 0 ? options.name : `${options.name}-${index}`;
          return html`<li class="form-group-radio">
            <input type="radio" class="form-radio" id="${id}" name="${options.name}" value="${choice.value}"${choice.value === options.value ? html` checked` : ''}>
            <label class="form-label" for="${id}">${choice.text}${choice.hint ? html`<span class="form-hint">${choice.hint}</span>` : ''}</label>
          </li>`;
        })}</ul>
      </fieldset>
    </div>`;
}

/** A form field's value as text: absent, repeated or not text is empty. */
export function formText(body: unknown, name: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/**
 * A Danish date as people type it (24.12.2012, 24-12-2012, 24/12/2012 or 24122012; also
 * 2012-12-24) as YYYY-MM-DD; null when it is not a date that exists.
 */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const danish = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}
