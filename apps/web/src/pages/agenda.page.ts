import type { Agenda, AgendaItem } from '../api/case-coordination.types';
import { personPath } from '../persons/person.page';
import type { ActiveSession } from '../session/session.service';
import { longDanishDay, shortDanishDay } from './danish-dates';
import { html, type Html } from './html';
import { renderPage } from './layout';
import { pager } from './pager';

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

/** The Monday group's next agenda, a page at a time, as case coordination gives it to this person. */
export function agendaPage(session: ActiveSession, agenda: Agenda, onLaterPage: boolean): string {
  const heading = `Dagsorden til mødet ${longDanishDay(agenda.meetingDate)}`;
  return renderPage({
    title: 'Mandagsgruppens dagsorden',
    current: 'agenda',
    signedIn: session,
    main: html`
      <h1>Mandagsgruppens dagsorden</h1>
      <p class="font-lead">${heading}. De mest presserende står først.</p>
      ${
        agenda.items.length === 0
          ? html`<p>Der er ingen personer på ${onLaterPage ? 'denne side af ' : ''}dagsordenen.</p>`
          : // On a narrow screen the table scrolls sideways: the region takes focus so the keyboard can scroll it too.
            html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Dagsordenen, kan rulles til siden">
        <table class="table table--zebra">
          <caption>${heading}${onLaterPage ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Person</th><th scope="col">Prioritet</th><th scope="col">Begrundelser</th><th scope="col">Nye hændelser</th><th scope="col">Sag</th></tr></thead>
          <tbody>${agenda.items.map(row)}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: '/dagsorden', label: 'Sider i dagsordenen', next: agenda.next, onLaterPage })}
      <p class="small-text">Hver gang du ser en person her, bliver det skrevet i personens adgangslog.</p>`,
  });
}
