import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { FieldError } from './follow-up-forms';

/** The follow-up pages, in the order of their side menu. */
export const FOLLOW_UP_PAGES = [
  { key: 'tasks', href: '/opfoelgning/mine-opgaver', text: 'Mine opgaver' },
  { key: 'overdue', href: '/opfoelgning/overskredne', text: 'Overskredne indsatser' },
  { key: 'clocks', href: '/opfoelgning/underretninger', text: 'Underretninger (24 timer)' },
  { key: 'referrals', href: '/henvisninger', text: 'Henvisninger' },
] as const;

export type FollowUpPageKey = (typeof FOLLOW_UP_PAGES)[number]['key'];

function sideMenu(current: FollowUpPageKey): Html {
  const item = ({ key, href, text }: (typeof FOLLOW_UP_PAGES)[number]) =>
    key === current
      ? html`<li class="active current"><a href="${href}" class="nav-link" aria-current="page"><span>${text}</span></a></li>`
      : html`<li><a href="${href}" class="nav-link"><span>${text}</span></a></li>`;
  return html`<nav aria-label="Opfølgning"><ul class="sidemenu">${FOLLOW_UP_PAGES.map(item)}</ul></nav>`;
}

/** A follow-up page: the main menu's "Opfølgning", a side menu of the follow-up pages, and the content. */
export function followUpPage(session: ActiveSession, current: FollowUpPageKey, title: string, main: Html): string {
  return renderPage({
    title,
    current: 'followUp',
    signedIn: session,
    main: html`<div class="row">
      <div class="col-12 col-lg-3 follow-up-menu">${sideMenu(current)}</div>
      <div class="col-12 col-lg-9">${main}</div>
    </div>`,
  });
}

/** "Første side" and "Næste side" of a paged list; the cursor is the service's own `next`. */
export function pager(path: string, label: string, next: string | null, onLaterPage: boolean): Html {
  if (!next && !onLaterPage) return html``;
  return html`<nav aria-label="${label}" class="agenda-pager">
    <ul class="nobullet-list">
      ${onLaterPage ? html`<li><a href="${path}">Første side</a></li>` : ''}
      ${next ? html`<li><a href="${path}?efter=${encodeURIComponent(next)}" rel="next">Næste side</a></li>` : ''}
    </ul>
  </nav>`;
}

/** A link to the person's page (built by the person pages); the lists know the person by pseudonym only. */
export function personLink(pseudonym: string, name?: string | null): Html {
  return html`<a href="/personer/${encodeURIComponent(pseudonym)}">${name ?? html`Person <span class="pseudonym">${pseudonym.slice(0, 8)}</span>`}</a>`;
}

const DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const TIME = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });

/** An instant as the day and time in Copenhagen: "24.11.2026 kl. 10.00". */
export function danishDayAndTime(instant: string): string {
  const at = new Date(instant);
  return `${DAY.format(at)} kl. ${TIME.format(at)}`;
}

export { shortDanishDay };

/** A fixed notice after a form went through (POST, then a redirect here): chosen by code, never text from the address. */
export function notice(messages: Readonly<Record<string, string>>, code: unknown): Html {
  const text = typeof code === 'string' && Object.hasOwn(messages, code) ? messages[code] : undefined;
  if (!text) return html``;
  return html`<div class="alert alert-success" role="status"><div class="alert-body"><p class="alert-text">${text}</p></div></div>`;
}

/** DKFDS's error summary at the top of a form the person must fix: each problem links to its field (`linked`: the page shows the form). */
export function errorSummary(errors: readonly FieldError[], linked = true): Html {
  if (errors.length === 0) return html``;
  return html`<div class="alert alert-error" role="alert" aria-labelledby="error-summary-heading">
    <div class="alert-body">
      <p class="alert-heading" id="error-summary-heading">Det blev ikke gemt</p>
      <ul class="alert-text nobullet-list">${errors.map(
        (error) => html`<li>${linked ? html`<a href="#${error.field}">${error.message}</a>` : error.message} <span class="small-text">(kode: <code>${error.code}</code>)</span></li>`,
      )}</ul>
    </div>
  </div>`;
}

/** The error shown at a field (or a group of radio buttons), or nothing. */
export function fieldError(errors: readonly FieldError[], fields: readonly string[], id: string): Html {
  const found = errors.filter((error) => fields.includes(error.field));
  if (found.length === 0) return html``;
  return html`<span class="form-error-message" id="${id}"><span class="sr-only">Fejl: </span>${found.map((error) => error.message).join(' ')}</span>`;
}

export function hasError(errors: readonly FieldError[], fields: readonly string[]): boolean {
  return errors.some((error) => fields.includes(error.field));
}

/** A hidden field with the session's form token, which every form carries. */
export function formToken(session: ActiveSession): Html {
  return html`<input type="hidden" name="_csrf" value="${session.formToken}">`;
}

/** A group of radio buttons with DKFDS's markup: a fieldset (id `<name>`, which the error summary links to) and legend, an id per choice (`<name>-<value>`), the choice kept. */
export function radioGroup(options: {
  name: string;
  legend: string;
  choices: ReadonlyArray<{ value: string; label: string }>;
  chosen: string;
  errors: readonly FieldError[];
}): Html {
  const ids = options.choices.map((choice) => `${options.name}-${choice.value}`);
  const errorId = `${options.name}-error`;
  const failed = hasError(options.errors, [options.name]);
  return html`<div class="form-group${failed ? ' form-error' : ''}">
    <fieldset id="${options.name}" tabindex="-1"${failed ? html` aria-describedby="${errorId}"` : ''}>
      <legend class="form-label">${options.legend}</legend>
      ${fieldError(options.errors, [options.name], errorId)}
      <ul class="nobullet-list">${options.choices.map(
        (choice, index) => html`<li class="form-group-radio">
          <input type="radio" class="form-radio" id="${ids[index]}" name="${options.name}" value="${choice.value}"${choice.value === options.chosen ? ' checked' : ''}>
          <label for="${ids[index]}" class="form-label">${choice.label}</label>
        </li>`,
      )}</ul>
    </fieldset>
  </div>`;
}

/** A text area with its label, hint, error and what the person typed. */
export function textArea(options: { name: string; label: string; hint?: string; value: string; errors: readonly FieldError[] }): Html {
  const errorId = `${options.name}-error`;
  const hintId = `${options.name}-hint`;
  const failed = hasError(options.errors, [options.name]);
  const describedBy = [options.hint ? hintId : '', failed ? errorId : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${failed ? ' form-error' : ''}">
    <label class="form-label" for="${options.name}">${options.label}</label>
    ${options.hint ? html`<span class="form-hint" id="${hintId}">${options.hint}</span>` : ''}
    ${fieldError(options.errors, [options.name], errorId)}
    <textarea class="form-input" id="${options.name}" name="${options.name}" rows="5"${describedBy ? html` aria-describedby="${describedBy}"` : ''}>${options.value}</textarea>
  </div>`;
}

/** The day of a deadline, and that it is past. */
export function deadlineCell(deadline: string, overdue: boolean): Html {
  return html`${shortDanishDay(deadline)}${overdue ? html` <span class="badge badge-error">Overskredet</span>` : ''}`;
}
