import { isRole, Permission, permissionsOf } from '@ssp/platform';
import { capitalised } from '../pages/danish-text';
import { shortDanishDay } from '../pages/danish-dates';
import { checkbox, errorSummary, fieldErrorMessage, formToken, noticeOf, radioGroup, successNotice, textField, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import type { Body } from '../registry/registry.types';
import { KIND_CHOICES, STATUS_NAMES, type ChangeInput, type InitiativeInput, type ProposalInput } from './initiative-forms';
import type { InitiativeFilter } from './initiatives.client';
import type { Initiative, InitiativePage, InitiativeStatus } from './initiatives.types';

export const INITIATIVES_PATH = '/initiativer';
export const NEW_INITIATIVE_PATH = '/initiativer/nyt';
export const PROPOSAL_PATH = '/initiativer/forslag';

export const initiativeHref = (id: string) => `${INITIATIVES_PATH}/${encodeURIComponent(id)}`;

/** What an initiative's page says after a form went through. */
export const INITIATIVE_NOTICES = {
  oprettet: 'Initiativet er oprettet som planlagt.',
  foreslaaet: 'Tak for forslaget. SSP-sekretariatet ser det og godkender det eller vender tilbage.',
  rettet: 'Initiativet er gemt.',
  planned: 'Forslaget er godkendt: initiativet er planlagt.',
  launched: 'Initiativet er sat i gang.',
  completed: 'Initiativet er afsluttet.',
  cancelled: 'Initiativet er aflyst.',
} as const;

/** The secretariat (groups:manage) plans, accepts and changes initiatives; the service decides, this only chooses what the page offers. */
export function managesInitiatives(session: Pick<ActiveSession, 'roles'>): boolean {
  return permissionsOf(session.roles.filter(isRole)).has(Permission.groupsManage);
}

function initiativesFrame(session: ActiveSession, title: string, main: Html): string {
  return renderPage({ title, current: 'initiatives', signedIn: session, main });
}

function days(initiative: Pick<Initiative, 'startsOn' | 'endsOn'>): string {
  if (!initiative.startsOn && !initiative.endsOn) return 'Ikke fastsat';
  return `${initiative.startsOn ? shortDanishDay(initiative.startsOn) : '?'} – ${initiative.endsOn ? shortDanishDay(initiative.endsOn) : '?'}`;
}

function select(id: string, label: string, value: string | undefined, choices: readonly { value: string; text: string }[], all: string): Html {
  return html`<div class="form-group">
      <label class="form-label" for="${id}">${label}</label>
      <select class="form-select" id="${id}" name="${id}">
        <option value="">${all}</option>
        ${choices.map((choice) => html`<option value="${choice.value}"${choice.value === value ? html` selected` : ''}>${choice.text}</option>`)}
      </select>
    </div>`;
}

/** A table of initiatives (title linking to it, kind, status, days), or a sentence when there are none. */
export function initiativesTable(initiatives: readonly Initiative[], caption: string, none: string): Html {
  if (initiatives.length === 0) return html`<p>${none}</p>`;
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${caption}, kan rulles til siden">
      <table class="table table--zebra">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">Initiativ</th><th scope="col">Slags</th><th scope="col">Status</th><th scope="col">Periode</th></tr></thead>
        <tbody>${initiatives.map(
          (initiative) => html`<tr>
            <th scope="row"><a href="${initiativeHref(initiative.id)}">${initiative.title}</a></th>
            <td>${capitalised(initiative.kindText)}</td>
            <td>${capitalised(initiative.statusText)}</td>
            <td>${days(initiative)}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>`;
}

/** The address of the list with its filter, for the pager. */
export function initiativesPath(filter: InitiativeFilter): string {
  const query = [filter.status ? `status=${filter.status}` : '', filter.kind ? `type=${filter.kind}` : ''].filter(Boolean).join('&');
  return query ? `${INITIATIVES_PATH}?${query}` : INITIATIVES_PATH;
}

/** Every initiative of the SSP organisation, newest first, 20 a page, narrowed by status and kind. */
export function initiativesPage(session: ActiveSession, initiatives: InitiativePage, filter: InitiativeFilter, cursor: string | undefined): string {
  const statusChoices = (Object.entries(STATUS_NAMES) as [InitiativeStatus, string][]).map(([value, text]) => ({ value, text }));
  return initiativesFrame(
    session,
    'Initiativer',
    html`<h1>Initiativer</h1>
      <p class="font-lead">Kurser, undervisningsforløb, kampagner, projekter og lokale initiativer i hele SSP-samarbejdet, nyeste først.</p>
      <ul class="nobullet-list">
        <li><a href="${PROPOSAL_PATH}">Foreslå et initiativ</a></li>
        ${managesInitiatives(session) ? html`<li><a href="${NEW_INITIATIVE_PATH}">Opret et initiativ</a></li>` : ''}
      </ul>
      <form method="get" action="${INITIATIVES_PATH}" class="initiatives-filter">
        ${select('status', 'Status', filter.status, statusChoices, 'Alle')}
        ${select('type', 'Slags', filter.kind, KIND_CHOICES, 'Alle')}
        <button type="submit" class="button button-secondary">Vis</button>
      </form>
      ${initiativesTable(initiatives.items, `Initiativer${cursor ? ' (fortsat)' : ''}`, 'Der er ingen initiativer, der passer.')}
      ${pager({ path: initiativesPath(filter), label: 'Sider med initiativer', next: initiatives.next, onLaterPage: cursor !== undefined })}`,
  );
}

/** The buttons that move an initiative on from its status (the service holds the same state machine and refuses any other move). */
const NEXT_STEPS: Readonly<Record<InitiativeStatus, readonly { status: InitiativeStatus; text: string; primary: boolean }[]>> = {
  proposed: [
    { status: 'planned', text: 'Godkend forslaget', primary: true },
    { status: 'cancelled', text: 'Afvis forslaget', primary: false },
  ],
  planned: [
    { status: 'launched', text: 'Sæt i gang', primary: true },
    { status: 'cancelled', text: 'Aflys', primary: false },
  ],
  launched: [
    { status: 'completed', text: 'Afslut', primary: true },
    { status: 'cancelled', text: 'Aflys', primary: false },
  ],
  completed: [],
  cancelled: [],
};

/**
 * A line of material: an https address is a link to another site, which says so (for a screen
 * reader too) and gets neither this page (`noopener`) nor its address (`noreferrer`).
 */
function material(line: string): Html {
  return /^https:\/\/\S+$/.test(line) ? html`<a href="${line}" rel="noopener noreferrer">${line} <span class="small-text">(åbner et andet websted)</span></a>` : html`${line}`;
}

function list(items: readonly string[]): Html | string {
  return items.length === 0 ? 'Ingen' : html`<ul class="nobullet-list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** One initiative with what came of it; for the secretariat its next steps and a link to change it. */
export function initiativePage(session: ActiveSession, initiative: Initiative, noticeCode: unknown, errors: FieldError[]): string {
  const manages = managesInitiatives(session);
  const steps = manages ? NEXT_STEPS[initiative.status] : [];
  return initiativesFrame(
    session,
    `${errors.length > 0 ? 'Fejl: ' : ''}${initiative.title}`,
    html`<p><a href="${INITIATIVES_PATH}" class="back-link">Tilbage til initiativerne</a></p>
      <h1>${initiative.title}</h1>
      ${successNotice(noticeOf(INITIATIVE_NOTICES, noticeCode))}
      ${errorSummary(errors, { heading: 'Det blev ikke gemt', linked: false })}
      <dl>
        <dt>Slags</dt><dd>${capitalised(initiative.kindText)}</dd>
        <dt>Status</dt><dd>${capitalised(initiative.statusText)}</dd>
        <dt>Periode</dt><dd>${days(initiative)}</dd>
        <dt>Beskrivelse</dt><dd>${initiative.description ?? 'Ingen'}</dd>
        <dt>Organer</dt><dd>${list(initiative.bodyNames)}</dd>
        <dt>Lokalområder</dt><dd>${list(initiative.areaNames)}</dd>
        ${initiative.proposedByBodyName ? html`<dt>Foreslået af</dt><dd>${initiative.proposedByBodyName}</dd>` : ''}
        <dt>Oprettet</dt><dd>${shortDanishDay(initiative.createdAt.slice(0, 10))}</dd>
      </dl>
      <h2>Hvad kom der ud af det</h2>
      <dl>
        <dt>Udbytte</dt><dd>${initiative.outcome ?? 'Ikke skrevet endnu'}</dd>
        <dt>Deltagere</dt><dd>${initiative.participants ?? 'Ikke skrevet endnu'}</dd>
        <dt>Materialer</dt><dd>${initiative.materials.length === 0 ? 'Ingen' : html`<ul class="nobullet-list">${initiative.materials.map((line) => html`<li>${material(line)}</li>`)}</ul>`}</dd>
      </dl>
      ${
        manages
          ? html`<h2>Sekretariatet</h2>
        <p><a href="${initiativeHref(initiative.id)}/ret">Ret initiativet og skriv, hvad der kom ud af det</a></p>
        ${
          steps.length > 0
            ? html`<form method="post" action="${initiativeHref(initiative.id)}/status">
          ${formToken(session)}
          ${steps.map((step) => html`<button type="submit" name="status" value="${step.status}" class="button ${step.primary ? 'button-primary' : 'button-secondary'}">${step.text}</button> `)}
        </form>`
            : ''
        }`
          : ''
      }`,
  );
}

function describedFields(input: Omit<InitiativeInput, 'bodyIds' | 'areaIds'>, errors: FieldError[]): Html {
  return html`${radioGroup({ id: 'kind', legend: 'Slags', value: input.kind, choices: KIND_CHOICES, errors })}
    ${textField({ id: 'title', label: 'Titel', value: input.title, errors, autocomplete: 'off' })}
    ${textField({ id: 'description', label: 'Beskrivelse', hint: 'Hvad, for hvem og hvorfor. Skriv aldrig om navngivne børn og unge.', value: input.description, errors, multiline: true, rows: 5 })}
    ${textField({ id: 'startsOn', label: 'Første dag', hint: 'Kan udelades. Fx 11.1.2027.', value: input.startsOn, errors, width: 's', autocomplete: 'off' })}
    ${textField({ id: 'endsOn', label: 'Sidste dag', hint: 'Kan udelades. Fx 26.3.2027.', value: input.endsOn, errors, width: 's', autocomplete: 'off' })}`;
}

function checkboxGroup(id: string, legend: string, hint: string, choices: readonly { value: string; text: string }[], checked: readonly string[], errors: FieldError[]): Html {
  const failed = errors.some((error) => error.field === id);
  return html`<div class="form-group${failed ? ' form-error' : ''}">
      <fieldset aria-describedby="${id}-hint${failed ? ` ${id}-error` : ''}">
        <legend class="form-label">${legend}</legend>
        <span class="form-hint" id="${id}-hint">${hint}</span>
        ${fieldErrorMessage(id, errors)}
        <ul class="nobullet-list">${choices.map((choice, index) =>
          checkbox({ id: index === 0 ? id : `${id}-${choice.value}`, name: id, value: choice.value, label: choice.text, checked: checked.includes(choice.value) }),
        )}</ul>
      </fieldset>
    </div>`;
}

/** The secretariat's form for a new initiative: what it is, and the bodies and local areas it is for (from the first page of bodies). */
export function newInitiativePage(session: ActiveSession, bodies: readonly Body[], input: InitiativeInput, errors: FieldError[]): string {
  const areas = bodies.filter((body) => body.areaId !== null).map((body) => ({ value: body.areaId!, text: body.name.replace(/^Netværksgruppe /, '') }));
  return initiativesFrame(
    session,
    `${errors.length > 0 ? 'Fejl: ' : ''}Opret et initiativ`,
    html`<p><a href="${INITIATIVES_PATH}" class="back-link">Tilbage til initiativerne</a></p>
      <h1>Opret et initiativ</h1>
      ${errorSummary(errors, { heading: 'Initiativet blev ikke oprettet', note: 'Det, du skrev og valgte, står stadig i formularen.' })}
      <form method="post" action="${NEW_INITIATIVE_PATH}" novalidate>
        ${formToken(session)}
        ${describedFields(input, errors)}
        ${checkboxGroup('bodyIds', 'Organer', 'De organer, initiativet er for eller drives af. Vælg mindst ét organ eller lokalområde.', bodies.map((body) => ({ value: body.id, text: body.name })), input.bodyIds, errors)}
        ${checkboxGroup('areaIds', 'Lokalområder', 'De lokalområder, initiativet er for.', areas, input.areaIds, errors)}
        <button type="submit" class="button button-primary">Opret initiativet</button>
      </form>`,
  );
}

/** A member's form to propose an initiative for one of their own groups; the secretariat accepts it. */
export function proposalPage(session: ActiveSession, bodies: readonly { id: string; name: string }[], input: ProposalInput, errors: FieldError[]): string {
  return initiativesFrame(
    session,
    `${errors.length > 0 ? 'Fejl: ' : ''}Foreslå et initiativ`,
    html`<p><a href="${INITIATIVES_PATH}" class="back-link">Tilbage til initiativerne</a></p>
      <h1>Foreslå et initiativ</h1>
      ${errorSummary(errors, { heading: 'Forslaget blev ikke sendt', note: 'Det, du skrev og valgte, står stadig i formularen.' })}
      ${
        bodies.length === 0
          ? html`<p>Du er ikke medlem af en gruppe i SSP-sekretariatets register i dag, så du kan ikke foreslå et initiativ. Kontakt SSP-sekretariatet.</p>`
          : html`<p>Forslaget går til SSP-sekretariatet, som godkender det eller vender tilbage.</p>
      <form method="post" action="${PROPOSAL_PATH}" novalidate>
        ${formToken(session)}
        ${radioGroup({ id: 'bodyId', legend: 'Gruppe, der foreslår', value: input.bodyId || (bodies.length === 1 ? bodies[0].id : ''), choices: bodies.map((body) => ({ value: body.id, text: body.name })), errors })}
        ${describedFields(input, errors)}
        <button type="submit" class="button button-primary">Send forslaget</button>
      </form>`
      }`,
  );
}

export function changeInputOf(initiative: Initiative): ChangeInput {
  return {
    title: initiative.title,
    description: initiative.description ?? '',
    startsOn: initiative.startsOn ? shortDanishDay(initiative.startsOn) : '',
    endsOn: initiative.endsOn ? shortDanishDay(initiative.endsOn) : '',
    outcome: initiative.outcome ?? '',
    participants: initiative.participants ?? '',
    materials: initiative.materials.join('\n'),
  };
}

/** The secretariat's form to change an initiative and write what came of it. */
export function changePage(session: ActiveSession, initiative: Initiative, input: ChangeInput, errors: FieldError[]): string {
  return initiativesFrame(
    session,
    `${errors.length > 0 ? 'Fejl: ' : ''}Ret ${initiative.title}`,
    html`<p><a href="${initiativeHref(initiative.id)}" class="back-link">Tilbage til initiativet</a></p>
      <h1>Ret initiativet</h1>
      ${errorSummary(errors, { heading: 'Initiativet blev ikke gemt', note: 'Det, du skrev, står stadig i felterne.' })}
      <form method="post" action="${initiativeHref(initiative.id)}/ret" novalidate>
        ${formToken(session)}
        ${textField({ id: 'title', label: 'Titel', value: input.title, errors, autocomplete: 'off' })}
        ${textField({ id: 'description', label: 'Beskrivelse', value: input.description, errors, multiline: true, rows: 4 })}
        ${textField({ id: 'startsOn', label: 'Første dag', hint: 'Tom: ikke fastsat.', value: input.startsOn, errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'endsOn', label: 'Sidste dag', hint: 'Tom: ikke fastsat.', value: input.endsOn, errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'outcome', label: 'Udbytte', hint: 'Hvad kom der ud af initiativet? Højst 4000 tegn.', value: input.outcome, errors, multiline: true, rows: 4 })}
        ${textField({ id: 'participants', label: 'Deltagere', hint: 'Hvem deltog, og hvor mange, fx 8. klasserne på fire skoler, ca. 300 elever. Aldrig navngivne børn og unge.', value: input.participants, errors, multiline: true, rows: 3 })}
        ${textField({ id: 'materials', label: 'Materialer', hint: 'Ét materiale pr. linje: en titel eller en adresse (https://…).', value: input.materials, errors, multiline: true, rows: 4 })}
        <button type="submit" class="button button-primary">Gem initiativet</button>
      </form>`,
  );
}
