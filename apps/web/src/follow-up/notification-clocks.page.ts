import type { ActiveSession } from '../session/session.service';
import { capitalised } from '../pages/danish-text';
import { html, type Html } from '../pages/html';
import { danishDateTime } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, type FieldError } from '../pages/forms';
import { pager } from '../pages/pager';
import type { AssessmentInput } from './follow-up-forms';
import { followUpPage, personLink } from './follow-up-frame';
import type { NotificationClock, NotificationClockPage } from './follow-up.types';

export const CLOCKS_PATH = '/opfoelgning/underretninger';

export const CLOCK_NOTICES = { vurderet: 'Familieafdelingens vurdering er registreret. Underretningen venter ikke længere på svar.' } as const;

/** The status's colour: the words are the service's (statusText). */
const CLOCK_BADGE: Readonly<Record<NotificationClock['status'], string>> = { pending: 'badge-info', overdue: 'badge-error', answered: 'badge-success' };

function statusBadge(clock: NotificationClock): Html {
  return html`<span class="badge ${CLOCK_BADGE[clock.status]}">${capitalised(clock.statusText)}</span>`;
}

function clockHref(clock: NotificationClock, cursor: string | undefined): string {
  return `${CLOCKS_PATH}/${encodeURIComponent(clock.decisionId)}${cursor ? `?efter=${encodeURIComponent(cursor)}` : ''}`;
}

function row(clock: NotificationClock, cursor: string | undefined): Html {
  return html`<tr>
    <th scope="row">${personLink(clock.personPseudonym)}</th>
    <td>${danishDateTime(clock.decidedAt)}</td>
    <td>${danishDateTime(clock.dueAt)}</td>
    <td>${clock.answerByName}</td>
    <td>${statusBadge(clock)}</td>
    <td><a href="${clockHref(clock, cursor)}">Registrér vurdering<span class="sr-only"> for person ${clock.personPseudonym.slice(0, 8)}</span></a></td>
  </tr>`;
}

/** The notifications to the family department whose 24-hour assessment is not recorded: who must answer by when. */
export function clocksPage(session: ActiveSession, clocks: NotificationClockPage, cursor: string | undefined, noticeCode: unknown): string {
  return followUpPage(
    session,
    'clocks',
    'Underretninger, der venter på vurdering',
    html`<h1>Underretninger, der venter på vurdering</h1>
      ${successNotice(noticeOf(CLOCK_NOTICES, noticeCode))}
      <p class="font-lead">Når Mandagsgruppen underretter Familieafdelingen, skal Familieafdelingen inden for 24 timer vurdere, om barnet har behov for akut støtte. Den frist, der udløber først, står først.</p>
      ${
        clocks.items.length === 0
          ? html`<p>Ingen underretninger venter på vurdering${cursor ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Underretninger, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Underretninger uden vurdering${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Person</th><th scope="col">Underrettet</th><th scope="col">Svarfrist</th><th scope="col">Skal svare</th><th scope="col">Frist</th><th scope="col">Handling</th></tr></thead>
          <tbody>${clocks.items.map((clock) => row(clock, cursor))}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: CLOCKS_PATH, label: 'Sider i underretninger', next: clocks.next, onLaterPage: cursor !== undefined })}
      <p class="small-text">Hver gang du ser en person her, bliver det skrevet i personens adgangslog (formål: opfølgning på sagen).</p>`,
  );
}

export const CONCLUSIONS = [
  { value: 'acute-support-needed', text: 'Barnet har behov for akut støtte' },
  { value: 'no-acute-support-needed', text: 'Barnet har ikke behov for akut støtte' },
] as const;

/** The family department records its assessment of one notification, once. */
export function assessmentPage(session: ActiveSession, clock: NotificationClock, cursor: string | undefined, input: AssessmentInput, errors: FieldError[]): string {
  const back = cursor ? `${CLOCKS_PATH}?efter=${encodeURIComponent(cursor)}` : CLOCKS_PATH;
  return followUpPage(
    session,
    'clocks',
    `${errors.length > 0 ? 'Fejl: ' : ''}Registrér Familieafdelingens vurdering`,
    html`<p><a href="${back}" class="back-link">Tilbage til underretningerne</a></p>
      <h1>Registrér Familieafdelingens vurdering</h1>
      ${errorSummary(errors, { heading: 'Det blev ikke gemt' })}
      <dl>
        <dt>Person</dt><dd>${personLink(clock.personPseudonym)}</dd>
        <dt>Underrettet</dt><dd>${danishDateTime(clock.decidedAt)}</dd>
        <dt>Svarfrist</dt><dd>${danishDateTime(clock.dueAt)} ${statusBadge(clock)}</dd>
      </dl>
      <form method="post" action="${CLOCKS_PATH}/${encodeURIComponent(clock.decisionId)}" novalidate>
        ${formToken(session)}
        <input type="hidden" name="person" value="${clock.personPseudonym}">
        ${cursor ? html`<input type="hidden" name="efter" value="${cursor}">` : ''}
        ${radioGroup({ id: 'conclusion', legend: 'Har barnet behov for akut støtte?', choices: CONCLUSIONS, value: input.conclusion, errors })}
        <p>Vurderingen registreres én gang med dit navn og tidspunktet, og den kan ikke ændres bagefter.</p>
        <button type="submit" class="button button-primary">Registrér vurdering</button>
      </form>`,
  );
}

/** The notification no longer waits for an assessment (recorded, maybe in another window), or is on another page. */
export function clockGonePage(session: ActiveSession, errors: FieldError[]): string {
  return followUpPage(
    session,
    'clocks',
    'Underretningen venter ikke på vurdering',
    html`<h1>Underretningen venter ikke på vurdering</h1>
      ${errorSummary(errors, { heading: 'Det blev ikke gemt', linked: false })}
      <p>Underretningen er ikke blandt dem, der venter på Familieafdelingens vurdering. Vurderingen kan være registreret, måske i et andet vindue.</p>
      <p><a href="${CLOCKS_PATH}">Se de underretninger, der venter</a></p>`,
  );
}
