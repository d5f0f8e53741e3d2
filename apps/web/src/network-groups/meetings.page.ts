import type { ActiveSession } from '../session/session.service';
import { addDays } from '@ssp/platform/time';
import { longDanishDay, parseDanishDate, shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, textField, type FieldError } from '../pages/forms';
import { html } from '../pages/html';
import type { FormValues } from '../pages/form-parsing';
import { MEETING_STATUS_TEXT } from './group-texts';
import { groupHref, groupPage, meetingHref, tableRegion } from './group-frame';
import type { Body, Meeting } from './network-groups.types';

/** The meetings list shows this many days at a time, from its first day (`fra`), today unless chosen. */
export const MEETING_WINDOW_DAYS = 84;

/** The first day of the window asked for in the address (a day as Danes type it, or YYYY-MM-DD), or undefined: the service's own, today to its horizon. */
export function windowStart(value: unknown): string | undefined {
  return typeof value === 'string' ? (parseDanishDate(value) ?? undefined) : undefined;
}

/**
 * Where the links to earlier and later meetings start: a window asked for moves by its length;
 * the coming weeks (whose first day is the service's today) move from the meetings shown.
 */
export function neighbourWindows(from: string | undefined, meetings: readonly Pick<Meeting, 'day'>[]): { earlier: string | null; later: string | null } {
  if (from !== undefined) return { earlier: addDays(from, -MEETING_WINDOW_DAYS), later: addDays(from, MEETING_WINDOW_DAYS) };
  if (meetings.length === 0) return { earlier: null, later: null };
  return { earlier: addDays(meetings[0].day, -MEETING_WINDOW_DAYS), later: addDays(meetings[meetings.length - 1].day, 1) };
}

/** A meeting's time as the list and the page show it: "30.11.2026 kl. 16.00". */
export function meetingTime(meeting: Pick<Meeting, 'day' | 'startTime'>): string {
  return `${shortDanishDay(meeting.day)} kl. ${meeting.startTime.replace(':', '.')}`;
}

/** The group's meetings in a window of days, with links to earlier and later ones, and the form to put a single meeting in the calendar. */
export function meetingsPage(session: ActiveSession, body: Body, meetings: Meeting[], from: string | undefined, form: { values: FormValues; errors: FieldError[] }): string {
  const path = groupHref(body.id, 'moeder');
  const to = from === undefined ? undefined : addDays(from, MEETING_WINDOW_DAYS - 1);
  const neighbours = neighbourWindows(from, meetings);
  const period = from === undefined || to === undefined ? 'de kommende uger' : `fra ${shortDanishDay(from)} til ${shortDanishDay(to)}`;
  return groupPage(
    session,
    body,
    'meetings',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}Møder`,
    html`<h1>Møder i ${body.name}</h1>
      <p>Møderne ${from === undefined || to === undefined ? 'de kommende uger' : `fra ${longDanishDay(from)} til ${longDanishDay(to)}`}. Møder fra gruppens <a href="${groupHref(body.id, 'moedeplaner')}">mødeplaner</a> står her af sig selv.</p>
      ${
        meetings.length === 0
          ? html`<p>Der er ingen møder i perioden.</p>`
          : tableRegion(
              'Møder',
              html`<table class="table table--zebra">
                <caption>Møder ${period}</caption>
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
        ${neighbours.earlier ? html`<li><a href="${path}?fra=${neighbours.earlier}">Tidligere møder</a></li>` : ''}
        ${neighbours.later ? html`<li><a href="${path}?fra=${neighbours.later}">Senere møder</a></li>` : ''}
        ${from !== undefined ? html`<li><a href="${path}">Kommende møder</a></li>` : ''}
      </ul></nav>
      <form method="get" action="${path}" novalidate class="no-print">
        ${textField({ id: 'fra', label: 'Vis 12 ugers møder fra', hint: 'En dato, fx 1.9.2026', value: '', width: 's', autocomplete: 'off' })}
        <button type="submit" class="button button-secondary">Vis møderne</button>
      </form>
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
