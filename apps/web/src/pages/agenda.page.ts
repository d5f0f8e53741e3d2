import type { Agenda, AgendaItem } from '../api/case-coordination.types';
import type { Refusal } from '../api/service-answer';
import { personPath } from '../persons/person.page';
import type { ActiveSession } from '../session/session.service';
import { longDanishDay, shortDanishDay } from './danish-dates';
import { html, type Html } from './html';
import { renderPage } from './layout';
import { pager } from './pager';
import { agendaFilterPath, isFiltered, type AgendaFilter } from './agenda-filter';
import { errorSummary, radioGroup, textField, type FieldError } from './forms';

function personCell(item: AgendaItem): Html {
  const { name, birthDate, identityError } = item.person;
  if (identityError) return html`<a href="${personPath(item.personPseudonym, 'monday-group-meeting')}">${identityError.message}</a>`;
  return html`<a href="${personPath(item.personPseudonym, 'monday-group-meeting')}"><strong>${name ?? 'Navn ikke kendt'}</strong></a>${birthDate ? html`<br><span class="small-text">Født ${shortDanishDay(birthDate)}</span>` : ''}`;
}

function incidentsCell(item: AgendaItem): Html {
  if (item.newIncidents.length === 0) return html`<span>Ingen nye</span>`;
  return html`<ul class="nobullet-list">${item.newIncidents.map(
    (incident) => html`<li>${shortDanishDay(incident.incidentDate)}: ${incident.offenceCategoryText}, ${incident.roleText} (${incident.areaText})</li>`,
  )}</ul>${item.moreNewIncidents > 0 ? html`<p class="small-text">og ${item.moreNewIncidents} mere</p>` : ''}`;
}

function row(item: AgendaItem): Html {
  return html`<tr>
    <th scope="row">${personCell(item)}</th>
    <td>${item.priority}</td>
    <td><ul class="nobullet-list">${item.reasons.map((reason) => html`<li>${reason.text}</li>`)}</ul></td>
    <td>${incidentsCell(item)}</td>
    <td>${item.caseStateText ?? 'Ingen sag'}</td>
  </tr>`;
}

export interface AgendaView {
  /** The page of the agenda; null when the service refused the filter. */
  agenda: Agenda | null;
  filter: AgendaFilter;
  /** The areas to choose from (ingestion's table), or null when this person may not read it: then no area filter. */
  areas: readonly { id: string; name: string }[] | null;
  onLaterPage: boolean;
  /** Case coordination's refusal of the filter, shown on the form with what was chosen kept. */
  refusal?: Refusal | null;
}

/**
 * The refusals of the filter a person can cause on the form, by case coordination's codes, in
 * the form's words (the service's message names its API parameter); any other refusal is a page.
 */
export const AGENDA_FILTER_FIELD_ERRORS: Readonly<Record<string, { field: string; message: string }>> = {
  'agenda-priority-invalid': { field: 'prioritet', message: 'Skriv et helt tal fra 0 til 100, eller lad feltet stå tomt.' },
  'agenda-area-invalid': { field: 'omraade', message: 'Vælg et af områderne på listen.' },
};

function filterForm(filter: AgendaFilter, areas: AgendaView['areas'], errors: readonly FieldError[]): Html {
  const areaChoices = areas ?? [];
  return html`<form method="get" action="/dagsorden" class="agenda-filter" aria-labelledby="agenda-filter-heading">
      <h2 id="agenda-filter-heading" class="h3">Afgræns dagsordenen</h2>
      ${errorSummary(errors, { heading: 'Dagsordenen kunne ikke afgrænses', labels: { prioritet: 'Mindst prioritet', omraade: 'Område' } })}
      <div class="form-group">
        <ul class="nobullet-list"><li class="form-group-checkbox">
          <input type="checkbox" class="form-checkbox" id="nye" name="nye" value="ja"${filter.onlyNew ? html` checked` : ''}>
          <label class="form-label" for="nye">Kun personer med nyt siden sidste møde</label>
        </li></ul>
      </div>
      ${textField({ id: 'prioritet', label: 'Mindst prioritet', hint: 'Et helt tal; tomt viser alle.', value: filter.minPriority, errors, width: 'xs', inputmode: 'numeric' })}
      ${
        areas === null
          ? ''
          : html`<div class="form-group">
        <label class="form-label" for="omraade">Område</label>
        <select class="form-select" id="omraade" name="omraade">
          <option value="">Alle områder</option>
          ${areaChoices.map((area) => html`<option value="${area.id}"${area.id === filter.area ? html` selected` : ''}>${area.name}</option>`)}
        </select>
      </div>`
      }
      ${radioGroup({
        id: 'sortering',
        legend: 'Rækkefølge',
        value: filter.sort === 'newest' ? 'nyeste' : 'vigtigste',
        choices: [
          { value: 'vigtigste', text: 'De mest presserende først' },
          { value: 'nyeste', text: 'Det nyeste først' },
        ],
      })}
      <button type="submit" class="button button-secondary">Vis dagsordenen</button>
      ${isFiltered(filter) ? html` <a href="/dagsorden" class="function-link">Vis hele dagsordenen</a>` : ''}
    </form>`;
}

function agendaTable(agenda: Agenda, view: AgendaView, heading: string): Html {
  if (agenda.items.length === 0) {
    return html`<p>Der er ingen personer på ${view.onLaterPage ? 'denne side af ' : ''}dagsordenen${isFiltered(view.filter) ? ' med denne afgrænsning' : ''}.</p>`;
  }
  // On a narrow screen the table scrolls sideways: the region takes focus so the keyboard can scroll it too.
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Dagsordenen, kan rulles til siden">
        <table class="table table--zebra">
          <caption>${heading}${view.onLaterPage ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Person</th><th scope="col">Prioritet</th><th scope="col">Begrundelser</th><th scope="col">Nye hændelser</th><th scope="col">Sag</th></tr></thead>
          <tbody>${agenda.items.map(row)}</tbody>
        </table>
      </div>`;
}

/** The Monday group's next agenda, a page at a time and as the person narrowed it, as case coordination gives it to this person. */
export function agendaPage(session: ActiveSession, view: AgendaView): string {
  const { agenda, filter } = view;
  const refused = view.refusal ? AGENDA_FILTER_FIELD_ERRORS[view.refusal.code] : undefined;
  const errors: FieldError[] = view.refusal && refused ? [{ ...refused, code: view.refusal.code }] : [];
  const heading = agenda ? `Dagsorden til mødet ${longDanishDay(agenda.meetingDate)}` : 'Dagsorden til næste møde';
  return renderPage({
    title: errors.length > 0 ? 'Fejl: Mandagsgruppens dagsorden' : 'Mandagsgruppens dagsorden',
    current: 'agenda',
    signedIn: session,
    main: html`
      <h1>Mandagsgruppens dagsorden</h1>
      <p class="font-lead">${heading}. ${filter.sort === 'newest' ? 'Det nyeste står først.' : 'De mest presserende står først.'}</p>
      ${filterForm(filter, view.areas, errors)}
      ${agenda ? agendaTable(agenda, view, heading) : ''}
      ${agenda ? pager({ path: agendaFilterPath(filter), label: 'Sider i dagsordenen', next: agenda.next, onLaterPage: view.onLaterPage }) : ''}
      <p class="small-text">Hver gang du ser en person her, bliver det skrevet i personens adgangslog.</p>`,
  });
}
