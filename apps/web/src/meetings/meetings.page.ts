import type { Refusal } from '../api/service-answer';
import { danishClock, longDanishDateTime, longDanishDay } from '../pages/danish-dates';
import { formToken, successNotice } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import type { MeetingItem, MeetingItemPage, MondayMeeting, MondayMeetingPage } from './meeting.types';

export const meetingPath = (meetingId: string): string => `/moeder/${encodeURIComponent(meetingId)}`;
export const itemPath = (meetingId: string, pseudonym: string): string => `${meetingPath(meetingId)}/punkter/${encodeURIComponent(pseudonym)}`;

/** A service's refusal on the page, in its own Danish words with its code. */
export function refusalAlert(refusal: Refusal, heading = 'Det kunne ikke lade sig gøre'): Html {
  return html`<div class="alert alert-error" role="alert" id="fejl"><div class="alert-body">
      <p class="alert-heading">${heading}</p>
      <p class="alert-text">${refusal.message}</p>
      <p class="alert-text small-text">Kode: <code>${refusal.code}</code></p>
    </div></div>`;
}

function counts(meeting: MondayMeeting): string {
  const { handled, deferred, notReached, unmarked } = meeting.items;
  const total = handled + deferred + notReached + unmarked;
  if (meeting.state === 'scheduled') return 'Dagsordenen låses, når mødet åbnes';
  const parts = [`${total} ${total === 1 ? 'person' : 'personer'}`, `behandlet ${handled}`, `udsat ${deferred}`];
  if (meeting.state === 'open') parts.push(`ikke markeret ${unmarked}`);
  else parts.push(`ikke nået ${notReached}`);
  return parts.join(', ');
}

/** The Monday group's meetings, newest first, a page at a time. */
export function meetingsPage(session: ActiveSession, page: MondayMeetingPage, onLaterPage: boolean): string {
  const row = (meeting: MondayMeeting) => html`<tr>
      <th scope="row"><a href="${meetingPath(meeting.meetingId)}">${longDanishDay(meeting.meetingDate)}</a></th>
      <td>${danishClock(meeting.startsAt)}–${danishClock(meeting.endsAt)}</td>
      <td>${meeting.stateText}</td>
      <td>${counts(meeting)}</td>
    </tr>`;
  return renderPage({
    title: 'Mandagsgruppens møder',
    current: 'meetings',
    signedIn: session,
    main: html`<h1>Mandagsgruppens møder</h1>
      <p class="font-lead">Møderne står i netværksgruppernes kalender. Her åbner I mødet, går dagsordenen igennem, afslutter mødet og godkender referatet.</p>
      ${
        page.items.length === 0
          ? html`<p>Der er ingen møder${onLaterPage ? ' på denne side' : ' i kalenderen endnu'}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Møderne, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Møder, nyeste først${onLaterPage ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Møde</th><th scope="col">Tid</th><th scope="col">Status</th><th scope="col">Punkter</th></tr></thead>
          <tbody>${page.items.map(row)}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: '/moeder', label: 'Sider', next: page.next, onLaterPage, firstText: 'Nyeste møder', nextText: 'Ældre møder' })}`,
  });
}

function stepForm(session: ActiveSession, meetingId: string, step: string, text: string, explanation: string): Html {
  return html`<form method="post" action="${meetingPath(meetingId)}/${step}" class="meeting-step">
      ${formToken(session)}
      <p>${explanation}</p>
      <button type="submit" class="button button-primary">${text}</button>
    </form>`;
}

function actions(session: ActiveSession, meeting: MondayMeeting, firstItem: MeetingItem | undefined): Html {
  switch (meeting.state) {
    case 'scheduled':
      return stepForm(session, meeting.meetingId, 'aabn', 'Åbn mødet', 'Når mødet åbnes, låses dagsordenen: de personer, der står på den nu, med deres begrundelser. Mødet kan åbnes på mødedagen.');
    case 'open':
      return html`${firstItem ? html`<p><a href="${itemPath(meeting.meetingId, firstItem.personPseudonym)}" class="button button-secondary">Gå til første punkt</a></p>` : ''}
        ${stepForm(session, meeting.meetingId, 'afslut', 'Afslut mødet', 'Når mødet afsluttes, bliver punkter, der ikke er markeret, skrevet som ikke nået. Personerne kommer på næste dagsorden.')}`;
    case 'closed':
      return html`<p><a href="${meetingPath(meeting.meetingId)}/referat">Læs referatet</a></p>
        ${stepForm(session, meeting.meetingId, 'godkend', 'Godkend referatet', 'Når referatet er godkendt, kan intet på mødet ændres.')}`;
    default:
      return html`<p><a href="${meetingPath(meeting.meetingId)}/referat">Læs referatet</a></p>`;
  }
}

function who(subject: string | null, at: string | null): string {
  return at === null ? '' : `${longDanishDateTime(at)}${subject ? ` af ${subject}` : ''}`;
}

/** One meeting: when, its state, its counts, the next step, and its frozen agenda once it is open. */
export function meetingPage(session: ActiveSession, meeting: MondayMeeting, items: MeetingItemPage | null, options: { itemsLater: boolean; refusal?: Refusal | null; saved?: string | null }): string {
  const { handled, deferred, notReached, unmarked } = meeting.items;
  const facts: [string, string][] = [
    ['Status', meeting.stateText],
    ['Tid', `${danishClock(meeting.startsAt)}–${danishClock(meeting.endsAt)}`],
    ...(meeting.openedAt ? ([['Åbnet', who(meeting.openedBy, meeting.openedAt)]] as [string, string][]) : []),
    ...(meeting.closedAt ? ([['Afsluttet', who(meeting.closedBy, meeting.closedAt)]] as [string, string][]) : []),
    ...(meeting.approvedAt ? ([['Referatet godkendt', who(meeting.approvedBy, meeting.approvedAt)]] as [string, string][]) : []),
  ];
  const itemRow = (item: MeetingItem) => html`<tr>
      <td>${item.position}</td>
      <th scope="row"><a href="${itemPath(meeting.meetingId, item.personPseudonym)}">${item.person.name ?? (item.person.identityUnreadable ? 'Navnet kan ikke læses' : 'Navn ikke kendt')}</a></th>
      <td><ul class="nobullet-list">${item.reasons.map((reason) => html`<li>${reason.text}</li>`)}</ul></td>
      <td>${item.outcomeText ?? 'Ikke markeret'}</td>
    </tr>`;
  return renderPage({
    title: `Møde ${longDanishDay(meeting.meetingDate)}`,
    current: 'meetings',
    signedIn: session,
    main: html`<p><a href="/moeder" class="back-link">Alle møder</a></p>
      <h1>Mandagsgruppens møde ${longDanishDay(meeting.meetingDate)}</h1>
      ${options.refusal ? refusalAlert(options.refusal) : ''}
      ${successNotice(options.saved)}
      <dl class="meeting-facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
      ${
        meeting.state === 'scheduled'
          ? ''
          : html`<h2>Punkter</h2>
        <ul class="nobullet-list meeting-counts">
          <li>Behandlet: <strong>${handled}</strong></li>
          <li>Udsat: <strong>${deferred}</strong></li>
          ${meeting.state === 'open' ? html`<li>Ikke markeret: <strong>${unmarked}</strong></li>` : html`<li>Ikke nået: <strong>${notReached}</strong></li>`}
        </ul>
        ${meeting.agendaCut ? html`<p>Dagsordenen havde flere personer, end et møde kan tage. Resten står først på næste dagsorden.</p>` : ''}`
      }
      ${actions(session, meeting, items?.items[0])}
      ${
        items === null || items.items.length === 0
          ? ''
          : html`<h2>Dagsordenen</h2>
        <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Mødets dagsorden, kan rulles til siden">
          <table class="table table--zebra">
            <caption>Mødets låste dagsorden${options.itemsLater ? ' (fortsat)' : ''}</caption>
            <thead><tr><th scope="col">Nr.</th><th scope="col">Person</th><th scope="col">Begrundelser</th><th scope="col">Punktet</th></tr></thead>
            <tbody>${items.items.map(itemRow)}</tbody>
          </table>
        </div>
        ${pager({ path: meetingPath(meeting.meetingId), label: 'Sider af dagsordenen', next: items.next, onLaterPage: options.itemsLater })}`
      }
      <p class="small-text">Hver gang du ser en person her, bliver det skrevet i personens adgangslog.</p>`,
  });
}
