import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, textField, type FieldError } from '../pages/forms';
import { html } from '../pages/html';
import { pager } from '../pages/pager';
import type { FormValues } from '../pages/form-parsing';
import { WEEK_OF_MONTH_TEXT, WEEKDAY_TEXT } from './group-texts';
import { groupHref, groupPage, tableRegion } from './group-frame';
import type { Body, Schedule, SchedulePage } from './network-groups.types';

export const SCHEDULE_NOTICES = {
  oprettet: 'Mødeplanen er lagt, og dens møder står i kalenderen.',
  aendret: 'Mødeplanen er ændret. Dens kommende møder følger med, og gruppens medlemmer får besked.',
} as const;

/** How often a schedule meets, in Danish: "hver 2. uge om torsdagen" or "den sidste tirsdag i måneden". */
export function recurrenceText(schedule: Pick<Schedule, 'recurrence' | 'intervalWeeks' | 'weekOfMonth' | 'weekday'>): string {
  const day = WEEKDAY_TEXT[schedule.weekday] ?? String(schedule.weekday);
  if (schedule.recurrence === 'monthly') return `den ${WEEK_OF_MONTH_TEXT[String(schedule.weekOfMonth)] ?? schedule.weekOfMonth} ${day} i måneden`;
  return schedule.intervalWeeks === 1 ? `hver ${day}` : `hver ${schedule.intervalWeeks}. uge om ${day}en`;
}

export function scheduleHref(bodyId: string, scheduleId: string, cursor: string | undefined): string {
  return `${groupHref(bodyId, 'moedeplaner')}/${encodeURIComponent(scheduleId)}${cursor ? `?efter=${encodeURIComponent(cursor)}` : ''}`;
}

/** The group's recurring schedules, oldest first, and the form to add one. */
export function schedulesPage(session: ActiveSession, body: Body, schedules: SchedulePage, cursor: string | undefined, form: { values: FormValues; errors: FieldError[] }, noticeCode?: unknown): string {
  const path = groupHref(body.id, 'moedeplaner');
  const value = (field: string, otherwise = '') => form.values[field] ?? otherwise;
  return groupPage(
    session,
    body,
    'schedules',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}Mødeplaner`,
    html`<h1>Mødeplaner for ${body.name}</h1>
      ${successNotice(noticeOf(SCHEDULE_NOTICES, noticeCode))}
      <p>Møder, der gentages. Planens møder de næste uger står i <a href="${groupHref(body.id, 'moeder')}">gruppens møder</a>.</p>
      ${
        schedules.items.length === 0
          ? html`<p>Gruppen har ingen mødeplaner${cursor ? ' på denne side' : ''}.</p>`
          : tableRegion(
              'Mødeplaner',
              html`<table class="table table--zebra">
                <caption>Mødeplaner${cursor ? ' (fortsat)' : ''}</caption>
                <thead><tr><th scope="col">Møder</th><th scope="col">Hvornår</th><th scope="col">Klokken</th><th scope="col">Minutter</th><th scope="col">Fra</th><th scope="col">Til og med</th><th scope="col">Sted</th></tr></thead>
                <tbody>${schedules.items.map(
                  (schedule) => html`<tr>
                    <th scope="row"><a href="${scheduleHref(body.id, schedule.id, cursor)}">${schedule.title}<span class="sr-only"> (ret mødeplanen)</span></a></th>
                    <td>${recurrenceText(schedule)}</td>
                    <td>${schedule.startTime.replace(':', '.')}</td>
                    <td>${schedule.durationMinutes}</td>
                    <td>${shortDanishDay(schedule.firstDay)}</td>
                    <td>${schedule.until ? shortDanishDay(schedule.until) : 'Uden slutdato'}</td>
                    <td>${schedule.location ?? ''}</td>
                  </tr>`,
                )}</tbody>
              </table>`,
            )
      }
      ${pager({ path, label: 'Sider med mødeplaner', next: schedules.next, onLaterPage: cursor !== undefined })}
      <h2>Læg en ny mødeplan</h2>
      ${errorSummary(form.errors, { heading: 'Mødeplanen blev ikke lagt' })}
      <form method="post" action="${path}" novalidate>
        ${formToken(session)}
        ${textField({ id: 'plan-titel', label: 'Mødernes titel', value: value('plan-titel', 'Netværksmøde'), errors: form.errors })}
        ${radioGroup({
          id: 'plan-gentagelse',
          legend: 'Gentages',
          value: value('plan-gentagelse', 'weekly'),
          choices: [
            { value: 'weekly', text: 'Hver N. uge', hint: 'Skriv antal uger nedenfor' },
            { value: 'monthly', text: 'Hver måned', hint: 'Vælg ugen i måneden nedenfor' },
          ],
          errors: form.errors,
        })}
        ${textField({ id: 'plan-interval', label: 'Antal uger mellem møderne (ved hver N. uge)', value: value('plan-interval', '4'), errors: form.errors, width: 'xs', inputmode: 'numeric' })}
        ${radioGroup({
          id: 'plan-uge',
          legend: 'Ugen i måneden (ved hver måned)',
          value: value('plan-uge'),
          choices: Object.entries(WEEK_OF_MONTH_TEXT).map(([week, text]) => ({ value: week, text: `Den ${text}` })),
          errors: form.errors,
        })}
        ${radioGroup({
          id: 'plan-ugedag',
          legend: 'Ugedag',
          value: value('plan-ugedag'),
          choices: WEEKDAY_TEXT.slice(1).map((text, index) => ({ value: String(index + 1), text: text[0].toUpperCase() + text.slice(1) })),
          errors: form.errors,
        })}
        ${textField({ id: 'plan-tid', label: 'Klokkeslæt', hint: 'Dansk tid, fx 16.00', value: value('plan-tid'), errors: form.errors, width: 'xs', autocomplete: 'off' })}
        ${textField({ id: 'plan-varighed', label: 'Varighed i minutter', value: value('plan-varighed', '90'), errors: form.errors, width: 'xs', inputmode: 'numeric' })}
        ${textField({ id: 'plan-foerste-dag', label: 'Første dag', hint: 'Intet møde før denne dag, fx 1.12.2026', value: value('plan-foerste-dag'), errors: form.errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'plan-sidste-dag', label: 'Sidste dag (valgfri)', hint: 'Tom: planen fortsætter', value: value('plan-sidste-dag'), errors: form.errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'plan-sted', label: 'Sted (valgfrit)', value: value('plan-sted'), errors: form.errors })}
        <button type="submit" class="button button-primary">Læg mødeplanen</button>
      </form>`,
  );
}

/** One schedule with the form to change its title, time, length, last day or place. */
export function scheduleChangePage(session: ActiveSession, body: Body, schedule: Schedule, cursor: string | undefined, form: { values: FormValues; errors: FieldError[] }): string {
  const action = `${groupHref(body.id, 'moedeplaner')}/${encodeURIComponent(schedule.id)}`;
  return groupPage(
    session,
    body,
    'schedules',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}Ret mødeplanen ${schedule.title}`,
    html`<p><a href="${groupHref(body.id, 'moedeplaner')}${cursor ? `?efter=${encodeURIComponent(cursor)}` : ''}" class="back-link">Gruppens mødeplaner</a></p>
      <h1>Ret mødeplanen: ${schedule.title}</h1>
      <p>${schedule.title} holdes ${recurrenceText(schedule)} fra ${shortDanishDay(schedule.firstDay)}. Ændringen gælder planens kommende møder; et møde, der er flyttet for sig, bliver, hvor det er. Møder efter en ny sidste dag aflyses. Gruppens medlemmer får besked.</p>
      <p>Ugedag og gentagelse kan ikke ændres: giv planen en sidste dag, og læg en ny.</p>
      ${errorSummary(form.errors, { heading: 'Mødeplanen blev ikke ændret' })}
      <form method="post" action="${action}" novalidate>
        ${formToken(session)}${cursor ? html`<input type="hidden" name="efter" value="${cursor}">` : ''}
        ${textField({ id: 'ret-titel', label: 'Mødernes titel', value: form.values['ret-titel'] ?? '', errors: form.errors })}
        ${textField({ id: 'ret-tid', label: 'Klokkeslæt', hint: 'Dansk tid, fx 16.00', value: form.values['ret-tid'] ?? '', errors: form.errors, width: 'xs', autocomplete: 'off' })}
        ${textField({ id: 'ret-varighed', label: 'Varighed i minutter', value: form.values['ret-varighed'] ?? '', errors: form.errors, width: 'xs', inputmode: 'numeric' })}
        ${textField({ id: 'ret-sidste-dag', label: 'Sidste dag', hint: 'Tom: planen fortsætter', value: form.values['ret-sidste-dag'] ?? '', errors: form.errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'ret-sted', label: 'Sted', hint: 'Tomt: intet sted', value: form.values['ret-sted'] ?? '', errors: form.errors })}
        <button type="submit" class="button button-primary">Gem ændringen</button>
      </form>`,
  );
}
