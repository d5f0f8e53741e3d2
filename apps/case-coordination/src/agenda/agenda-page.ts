import { escapeHtml } from '@ssp/platform';
import type { AgendaDto, AgendaIncidentDto, AgendaQuery } from './agenda.dto';


function more(count: number, what: string): string {
  return count > 0 ? `<p>… og ${count} ${what} mere.</p>` : '';
}

/** The other persons on the incident's journal number, by their part; a count, not names (their page tells). */
function othersInCase(incident: AgendaIncidentDto): string {
  if (incident.linkedPersons.length === 0) return '';
  const counts = new Map<string, number>();
  for (const other of incident.linkedPersons) counts.set(other.roleText, (counts.get(other.roleText) ?? 0) + 1);
  const parts = [...counts].map(([role, count]) => `${count} ${escapeHtml(role)}`);
  return `${parts.join(', ')}${incident.moreLinkedPersons ? ' og flere' : ''}`;
}

/** The query of the next page: the same filters and order, the next cursor. */
function nextPageQuery(agenda: AgendaDto, query: AgendaQuery, next: string): string {
  const { priority, reason, area, onlyNew, sort } = query;
  const filters = Object.entries({ priority, reason, area, onlyNew, sort }).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return new URLSearchParams([['from', agenda.meetingDate], ['limit', String(query.limit)], ...filters.map(([name, value]): [string, string] => [name, String(value)]), ['after', next]]).toString();
}

/** The agenda page to print for the meeting (A4, Danish), without scripts; the next page is a link with the same filters. */
export function agendaPage(agenda: AgendaDto, query: AgendaQuery): string {
  const items = agenda.items
    .map(
      (item) => `
    <section>
      <h2>${escapeHtml(item.person.name ?? (item.person.identityError ? 'Identiteten kan ikke læses' : 'Ukendt identitet'))} <small>${escapeHtml(item.person.birthDate)}</small></h2>
      ${item.person.school ? `<p>Skole: ${escapeHtml(item.person.school)}</p>` : ''}
      <p class="reasons">Prioritet ${item.priority}: ${item.reasons.map((reason) => escapeHtml(reason.text)).join(' · ')}</p>
      ${item.familyDepartmentAssessment ? `<p>Underretning til Familieafdelingen: vurdering senest ${escapeHtml(item.familyDepartmentAssessment.dueAt)}${item.familyDepartmentAssessment.status === 'overdue' ? ' <strong>overskredet</strong>' : ''}</p>` : ''}
      ${item.newIncidents.length > 0 ? `<table><tr><th>Dato</th><th>Journalnr.</th><th>Rolle</th><th>Forhold</th><th>Sted</th><th>Område</th><th>Alder</th><th>Andre i sagen</th></tr>${item.newIncidents
        .map((incident) => `<tr><td>${escapeHtml(incident.incidentDate)}</td><td>${escapeHtml(incident.journalNumber)}</td><td>${escapeHtml(incident.roleText)}</td><td>${escapeHtml(incident.offenceText ?? incident.offenceCategoryText)}</td><td>${escapeHtml(incident.incidentLocation)}</td><td>${escapeHtml(incident.areaText)}</td><td>${incident.ageAtIncident}</td><td>${othersInCase(incident)}</td></tr>`)
        .join('')}</table>` : ''}
      ${more(item.moreNewIncidents, item.moreNewIncidents === 1 ? 'ny hændelse' : 'nye hændelser')}
      ${item.newConcerns.length > 0 ? `<ul>${item.newConcerns.map((concern) => `<li>${escapeHtml(concern.sourceText)} ${escapeHtml(concern.raisedOn)} (${escapeHtml(concern.legalBasis)}, ${escapeHtml(concern.areaText)}): ${escapeHtml(concern.worry)}</li>`).join('')}</ul>` : ''}
      ${more(item.moreNewConcerns, item.moreNewConcerns === 1 ? 'ny bekymring' : 'nye bekymringer')}
      ${item.interventions.length > 0 ? `<ul>${item.interventions.map((intervention) => `<li>${escapeHtml(intervention.title)} (${escapeHtml(intervention.ownerBody)}, ${escapeHtml(intervention.ownerSubject ?? intervention.responsibleText ?? '')}), frist ${escapeHtml(intervention.deadline)}${intervention.overdue ? ' <strong>overskredet</strong>' : ''}</li>`).join('')}</ul>` : ''}
      ${more(item.moreInterventions, item.moreInterventions === 1 ? 'åben indsats' : 'åbne indsatser')}
    </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Mandagsgruppen ${escapeHtml(agenda.meetingDate)}</title>
<style>body{font-family:sans-serif;margin:2cm}section{page-break-inside:avoid;border-top:1px solid #999;padding:.5em 0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}.reasons{font-style:italic}@page{size:A4}</style>
</head><body>
<h1>Dagsorden for Mandagsgruppen ${escapeHtml(agenda.meetingDate)}</h1>
<p>Fortroligt. Oplysningerne er udvekslet efter retsplejelovens § 115 og må kun bruges til kriminalitetsforebyggelse.</p>
${items || '<p>Ingen personer på dagsordenen.</p>'}
${agenda.next ? `<p><a href="agenda.html?${escapeHtml(nextPageQuery(agenda, query, agenda.next))}">Næste side af dagsordenen</a></p>` : ''}
</body></html>`;
}
