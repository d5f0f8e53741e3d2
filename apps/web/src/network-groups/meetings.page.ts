import type { ActiveSession } from '../session/session.service';
import { addDays } from '@ssp/platform/time';
import { longDanishDay, shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, textField, type FieldError } from '../pages/forms';
import { html } from '../pages/html';
import type { FormValues } from './form-parts';
import { MEETING_STATUS_TEXT } from './group-texts';
import { groupHref, groupPage, meetingHref, tableRegion } from './group-frame';
import type { Body, Meeting } from './network-groups.types';

/** The meetings list shows this many days at a time, from its first day (`fra`), today unless chosen. */
export const MEETING_WINDOW_DAYS = 84;

/** The first day of the window asked for in the address (YYYY-MM-DD), or today. */
export function windowStart(value: unknown, today: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return today;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : today;
}

/** A meeting's time as the list and the page show it: "30.11.2026 kl. 16.00". */
export function meetingTime(meeting: Pick<Meeting, 'day' | 'startTime'>): string {
  return `${shortDanishDay(meeting.day)} kl. ${meeting.startTime.replace(':', '.')}`;
}

/** The group's meetings in a window of days, with links to earlier and later ones, and the form to put a single meeting in the calendar. */
export function meetingsPage(session: ActiveSession, body: Body, meetings: Meeting[], from: string, form: { values: FormValues; errors: FieldError[] }): string {
  const path = groupHref(body.id, 'moeder');
  const to = addDays(from, MEETING_WINDOW_DAYS - 1);
  return groupPage(
    session,
    body,
    'meetings',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}Møder`,
    html`<h1>Møder i ${body.name}</h1>
      <p>Møderne fra ${longDanishDay(from)} til ${longDanishDay(to)}. Møder fra gruppens <a href="${groupHref(body.id, 'moedeplaner')}">mødeplaner</a> står her af sig selv.</p>
      ${
        meetings.length === 0
          ? html`<p>Der er ingen møder i perioden.</p>`
          : tableRegion(
              'Møder',
              html`<table class="table table--zebra">
                <caption>Møder fra ${shortDanishDay(from)} til ${shortDanishDay(to)}</caption>
                <thead><tr><th scope="col">Tid</th><th scope="col">Møde</th><th scope="col">Sted</th><th scope="col">Status</th></tr></thead>
                <tbody>${meetings.map(
                  (meeting) => html`<tr>
                    <td>${meetingTime(meeting)}</td>
                    <th scope="row"><a href="${meetingHref(body.id, meeting.id)}">${meeting.title}<span class="sr-only"> ${meetingTime(meeting)}</span></a></th>
                    <td>${meeting.location ?? ''}</td>
                    <td>${MEETING_STATUS_TEXT[meeting.status]}${meeting.movedAt && meeting.status === 'scheduled' ? ' (flyttet)' : ''}</td>
                  </tr>`,
                )}</tbody>
              </table>`,
            )
      }
      <nav aria-label="Andre perioder" class="agenda-pager"><ul class="nobullet-list">
        <li><a href="${path}?fra=${addDays(from, -MEETING_WINDOW_DAYS)}">Tidligere møder</a></li>
        <li><a href="${path}?fra=${addDays(from, MEETING_WINDOW_DAYS)}">Senere møder</a></li>
      </ul></nav>
      <h2 id="nyt-moede">Sæt et møde i kalenderen</h2>
      <p>Et enkelt møde. Møder, der gentages, lægges i en <a href="${groupHref(body.id, 'moedeplaner')}">mødeplan</a>.</p>
      ${errorSummary(form.errors, { heading: 'Mødet blev ikke sat i kalenderen' })}
      <form method="post" action="${path}" novalidate>
        ${formToken(session)}
        ${textField({ id: 'moede-titel', label: 'Titel', value: form.values['moede-titel'] ?? 'Netværksmøde', errors: form.errors })}
        ${textField({ id: 'moede-dag', label: 'Dag', hint: 'Fx 30.11.2026', value: form.values['moede-dag'] ?? '', errors: form.errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'moede-tid', label: 'Klokkeslæt', hint: 'Dansk tid, fx 16.00', value: form.values['moede-tid'] ?? '', errors: form.errors, width: 'xs', autocomplete: 'off' })}
        ${textField({ id: 'moede-varighed', label: 'Varighed i minutter', value: form.values['moede-varighed'] ?? '90', errors: form.errors, width: 'xs', inputmode: 'numeric' })}
        ${textField({ id: 'moede-sted', label: 'Sted (valgfrit)', value: form.values['moede-sted'] ?? '', errors: form.errors })}
        <button type="submit" class="button button-primary">Sæt mødet i kalenderen</button>
      </form>`,
  );
}
