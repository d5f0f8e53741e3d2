import { danishClock, longDanishDateTime, longDanishDay, shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { meetingPath } from './meetings.page';
import type { MeetingItem, Minutes } from './meeting.types';

function item(entry: MeetingItem): Html {
  const name = entry.person.name ?? (entry.person.identityUnreadable ? 'Navnet kan ikke læses' : 'Navn ikke kendt');
  return html`<section class="minutes-item">
      <h2>Punkt ${entry.position}: ${name}${entry.person.birthDate ? html` <span class="small-text">(født ${shortDanishDay(entry.person.birthDate)})</span>` : ''}</h2>
      <p><strong>${entry.outcomeText ?? 'Ikke markeret'}</strong>. Begrundelser: ${entry.reasons.map((reason) => reason.text).join('; ')}.</p>
      ${entry.decisions.length > 0 ? html`<h3>Beslutninger</h3><ul>${entry.decisions.map((decision) => html`<li>${decision.kindText}${decision.referralBodyName ? ` til ${decision.referralBodyName}` : ''}${decision.note ? `: ${decision.note}` : ''} (${decision.decidedBy})</li>`)}</ul>` : ''}
      ${entry.notes.length > 0 ? html`<h3>Notater</h3><ul>${entry.notes.map((note) => html`<li>${note.text ?? 'Slettet'} (fra ${note.body}, ${note.legalBasis}; ${note.author})</li>`)}</ul>` : ''}
      ${entry.interventions.length > 0 ? html`<h3>Indsatser</h3><ul>${entry.interventions.map((intervention) => html`<li>${intervention.title}: ${intervention.ownerBody}, frist ${shortDanishDay(intervention.deadline)}, ${intervention.statusText}</li>`)}</ul>` : ''}
    </section>`;
}

/** The minutes in Danish from the service's JSON, to read on screen and to print (the menu and buttons are left out on paper). */
export function minutesPage(session: ActiveSession, minutes: Minutes): string {
  const { meeting } = minutes;
  const { handled, deferred, notReached, unmarked } = meeting.items;
  return renderPage({
    title: `Referat ${longDanishDay(meeting.meetingDate)}`,
    current: 'meetings',
    signedIn: session,
    main: html`<p class="no-print"><a href="${meetingPath(meeting.meetingId)}" class="back-link">Mødet ${longDanishDay(meeting.meetingDate)}</a></p>
      <h1>Referat af Mandagsgruppens møde ${longDanishDay(meeting.meetingDate)}</h1>
      <p class="no-print"><a href="${meetingPath(meeting.meetingId)}/referat.pdf" download>Hent referatet som PDF</a>. Vil du udskrive siden, så brug browserens udskriv (Ctrl+P); menuen kommer ikke med på papiret.</p>
      <dl class="meeting-facts">
        <dt>Status</dt><dd>${meeting.stateText}</dd>
        <dt>Tid</dt><dd>${danishClock(meeting.startsAt)}–${danishClock(meeting.endsAt)}</dd>
        ${meeting.openedAt ? html`<dt>Åbnet</dt><dd>${longDanishDateTime(meeting.openedAt)}${meeting.openedBy ? ` af ${meeting.openedBy}` : ''}</dd>` : ''}
        ${meeting.closedAt ? html`<dt>Afsluttet</dt><dd>${longDanishDateTime(meeting.closedAt)}${meeting.closedBy ? ` af ${meeting.closedBy}` : ''}</dd>` : ''}
        ${meeting.approvedAt ? html`<dt>Godkendt</dt><dd>${longDanishDateTime(meeting.approvedAt)}${meeting.approvedBy ? ` af ${meeting.approvedBy}` : ''}</dd>` : ''}
        <dt>Punkter</dt><dd>Behandlet ${handled}, udsat ${deferred}, ikke nået ${notReached}${unmarked > 0 ? `, ikke markeret ${unmarked}` : ''}</dd>
      </dl>
      ${minutes.items.length === 0 ? html`<p>Dagsordenen var tom.</p>` : minutes.items.map(item)}
      <p class="small-text">Referatet indeholder personoplysninger. Hver gang det læses, bliver det skrevet i personernes adgangslog.</p>`,
  });
}
