import type { ActiveSession } from '../session/session.service';
import { capitalised } from '../pages/danish-text';
import { html, type Html } from '../pages/html';
import { shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, textField, type Choice, type FieldError } from '../pages/forms';
import { pager } from '../pages/pager';
import type { OwnerInput, StatusInput } from './follow-up-forms';
import { deadlineCell, followUpPage, personLink } from './follow-up-frame';
import type { InterventionItem, InterventionPage } from './follow-up.types';

/** What the list says after a form on a task's page went through. */
export const TASK_NOTICES = {
  startet: 'Opgaven er meldt i gang.',
  afsluttet: 'Opgaven er afsluttet med sit udfald. Den står ikke længere på din liste.',
  'givet-videre': 'Opgaven har fået en ny ansvarlig, som får besked. Den står ikke længere på din liste.',
} as const;

export const TASKS_PATH = '/opfoelgning/mine-opgaver';

function taskHref(item: InterventionItem, cursor: string | undefined): string {
  return `${TASKS_PATH}/${encodeURIComponent(item.id)}${cursor ? `?efter=${encodeURIComponent(cursor)}` : ''}`;
}

function taskRow(item: InterventionItem, cursor: string | undefined): Html {
  return html`<tr>
    <th scope="row"><a href="${taskHref(item, cursor)}">${item.title}</a></th>
    <td>${personLink(item.personPseudonym)}</td>
    <td>${deadlineCell(item.deadline, item.overdue)}</td>
    <td>${capitalised(item.statusText)}</td>
  </tr>`;
}

/** The signed-in person's open interventions, by deadline, each leading to its page to start, complete or hand it on. */
export function myTasksPage(session: ActiveSession, tasks: InterventionPage, cursor: string | undefined, noticeCode: unknown): string {
  return followUpPage(
    session,
    'tasks',
    'Mine opgaver',
    html`<h1>Mine opgaver</h1>
      ${successNotice(noticeOf(TASK_NOTICES, noticeCode))}
      <p class="font-lead">De indsatser, du er ansvarlig for, og som ikke er afsluttet. Den nærmeste frist står først.</p>
      ${
        tasks.items.length === 0
          ? html`<p>Du har ingen åbne opgaver${cursor ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Mine opgaver, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Mine åbne opgaver${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Opgave</th><th scope="col">Person</th><th scope="col">Frist</th><th scope="col">Status</th></tr></thead>
          <tbody>${tasks.items.map((item) => taskRow(item, cursor))}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: TASKS_PATH, label: 'Sider i mine opgaver', next: tasks.next, onLaterPage: cursor !== undefined })}
      <p class="small-text">Hver gang du ser en person her, bliver det skrevet i personens adgangslog (formål: opfølgning på sagen).</p>`,
  );
}

/** Where the task's two forms stand: as the person typed them, and what was wrong. */
export interface TaskFormState {
  status: StatusInput;
  owner: OwnerInput;
  errors: FieldError[];
}

export const EMPTY_TASK_FORM: TaskFormState = { status: { status: '', outcome: '' }, owner: { ownerSubject: '' }, errors: [] };

const STATUS_CHOICES: Readonly<Record<InterventionItem['status'], readonly Choice[]>> = {
  agreed: [
    { value: 'in-progress', text: 'Opgaven er gået i gang' },
    { value: 'completed', text: 'Opgaven er afsluttet' },
  ],
  'in-progress': [{ value: 'completed', text: 'Opgaven er afsluttet' }],
  completed: [],
};

function cursorField(cursor: string | undefined): Html {
  return cursor ? html`<input type="hidden" name="efter" value="${cursor}">` : html``;
}

/** One of the person's tasks: what it is, then a form to start or complete it (with its outcome) and one to hand it to another member. */
export function taskPage(session: ActiveSession, item: InterventionItem, cursor: string | undefined, form: TaskFormState): string {
  const action = `${TASKS_PATH}/${encodeURIComponent(item.id)}`;
  const choices = STATUS_CHOICES[item.status];
  return followUpPage(
    session,
    'tasks',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}Opgave: ${item.title}`,
    html`<p><a href="${cursor ? `${TASKS_PATH}?efter=${encodeURIComponent(cursor)}` : TASKS_PATH}" class="back-link">Tilbage til mine opgaver</a></p>
      <h1>${item.title}</h1>
      ${errorSummary(form.errors, { heading: 'Det blev ikke gemt' })}
      <dl>
        <dt>Person</dt><dd>${personLink(item.personPseudonym)}</dd>
        <dt>Frist</dt><dd>${deadlineCell(item.deadline, item.overdue)}</dd>
        <dt>Status</dt><dd>${capitalised(item.statusText)}${item.startedAt ? html` (i gang siden ${shortDanishDay(item.startedAt.slice(0, 10))})` : ''}</dd>
        <dt>Ejes af</dt><dd>${item.ownerBody}</dd>
        <dt>Aftalt</dt><dd>${shortDanishDay(item.assignedAt.slice(0, 10))}</dd>
      </dl>
      <h2>Meld status</h2>
      <form method="post" action="${action}/status" novalidate>
        ${formToken(session)}${cursorField(cursor)}
        ${radioGroup({ id: 'status', legend: 'Hvordan står det til med opgaven?', choices, value: form.status.status, errors: form.errors })}
        ${textField({
          id: 'outcome',
          label: 'Udfald',
          hint: 'Skal udfyldes, når opgaven afsluttes: hvad kom der ud af den? Højst 4000 tegn. Teksten slettes med personen.',
          value: form.status.outcome || (item.outcome ?? ''),
          errors: form.errors,
          multiline: true,
          rows: 5,
        })}
        <button type="submit" class="button button-primary">Gem status</button>
      </form>
      <h2>Giv opgaven videre</h2>
      <form method="post" action="${action}/ansvarlig" novalidate>
        ${formToken(session)}${cursorField(cursor)}
        ${textField({
          id: 'ownerSubject',
          label: 'Den nye ansvarliges login-id',
          hint: `Den nye ansvarlige skal i dag være medlem af ${item.ownerBody} i SSP-sekretariatets register, og får besked om opgaven.`,
          value: form.owner.ownerSubject,
          errors: form.errors,
          autocomplete: 'off',
        })}
        <button type="submit" class="button button-secondary">Giv videre</button>
      </form>`,
  );
}

/** The task is no longer among the person's open ones (completed, handed on, or another page). */
export function taskGonePage(session: ActiveSession, errors: FieldError[]): string {
  return followUpPage(
    session,
    'tasks',
    'Opgaven er ikke på din liste',
    html`<h1>Opgaven er ikke på din liste</h1>
      ${errorSummary(errors, { heading: 'Det blev ikke gemt', linked: false })}
      <p>Opgaven er ikke blandt dine åbne opgaver længere. Den kan være afsluttet eller givet videre, måske i et andet vindue.</p>
      <p><a href="${TASKS_PATH}">Se dine opgaver</a></p>`,
  );
}
