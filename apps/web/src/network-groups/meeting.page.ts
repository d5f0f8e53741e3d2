import type { ActiveSession } from '../session/session.service';
import { danishClock, longDanishDateTime, longDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, textField, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { actionItemRow } from './action-items.page';
import type { FormValues } from '../pages/form-parsing';
import { ATTENDANCE_TEXT, MEETING_STATUS_TEXT } from './group-texts';
import { groupHref, groupPage, meetingHref, tableRegion } from './group-frame';
import { attendanceField } from './meeting-forms';
import { meetingTime } from './meetings.page';
import type { Body, MeetingDetail, MembershipPage } from './network-groups.types';

/** The forms on a meeting's page, by the last word of their address. */
export const MEETING_FORMS = ['flyt', 'aflys', 'punkter', 'fremmoede', 'referat', 'beslutninger', 'opgaver'] as const;
export type MeetingFormKey = (typeof MEETING_FORMS)[number];

/** The form that was sent and refused: what was typed, and why. */
export interface MeetingFormState {
  form: MeetingFormKey;
  values: FormValues;
  errors: FieldError[];
}

export const MEETING_NOTICES = {
  nyt: 'Mødet er sat i kalenderen. Gruppens medlemmer ser det her og i deres kalenderabonnementer.',
  flyttet: 'Mødet er flyttet. Gruppens medlemmer får besked.',
  aflyst: 'Mødet er aflyst. Gruppens medlemmer får besked, og dagsordenens punkter er flyttet til gruppens næste møde.',
  punkt: 'Punktet er sat på dagsordenen. Gruppens medlemmer får besked.',
  fremmoede: 'Fremmødet er gemt.',
  referat: 'Referatet er gemt.',
  godkendt: 'Referatet er godkendt. Mødet er holdt, og dets referat kan ikke længere ændres.',
  beslutning: 'Beslutningen er gemt.',
  opgave: 'Opgaven er gemt. Den ansvarlige får besked, når fristen er nået.',
  udfoert: 'Opgaven er meldt udført.',
} as const;

/** Where an agenda item came from, when not from a person at a meeting. */
const SOURCE_TEXT: Readonly<Record<string, string>> = { 'area-alert': 'Områdealarm', 'case-coordination': 'Mandagsgruppens sagskoordinering' };

export interface MeetingView {
  body: Body;
  meeting: MeetingDetail;
  /** The group's members today (a page of them), for the attendance and the owner of an action item. */
  members: MembershipPage;
  /** The cursor of that page of members, when it is a later one. */
  membersCursor: string | undefined;
}

function valueOf(state: MeetingFormState | null, form: MeetingFormKey, field: string, otherwise = ''): string {
  return state?.form === form ? (state.values[field] ?? '') : otherwise;
}

function errorsOf(state: MeetingFormState | null, form: MeetingFormKey): FieldError[] {
  return state?.form === form ? state.errors : [];
}

function facts(meeting: MeetingDetail): Html {
  return html`<dl class="meeting-facts">
    <dt>Tid</dt><dd>${longDanishDay(meeting.day)} kl. ${meeting.startTime.replace(':', '.')} til ${danishClock(meeting.endsAt)}</dd>
    <dt>Sted</dt><dd>${meeting.location ?? 'Ikke angivet'}</dd>
    <dt>Status</dt><dd>${MEETING_STATUS_TEXT[meeting.status]}${meeting.movedAt && meeting.status === 'scheduled' ? ` (flyttet ${longDanishDateTime(meeting.movedAt)})` : ''}</dd>
    ${meeting.status === 'cancelled' ? html`<dt>Aflyst</dt><dd>${meeting.cancelledAt ? longDanishDateTime(meeting.cancelledAt) : ''}: ${meeting.cancelReason ?? ''}</dd>` : ''}
    ${meeting.minutesApprovedAt ? html`<dt>Referat godkendt</dt><dd>${longDanishDateTime(meeting.minutesApprovedAt)}</dd>` : ''}
  </dl>`;
}

function formAt(session: ActiveSession, view: MeetingView, form: MeetingFormKey, fields: Html, button: string, primary = false): Html {
  return html`<form method="post" action="${meetingHref(view.body.id, view.meeting.id)}/${form}" novalidate class="item-form no-print">
      ${formToken(session)}
      ${view.membersCursor ? html`<input type="hidden" name="deltagere" value="${view.membersCursor}">` : ''}
      ${fields}
      <button type="submit" class="button ${primary ? 'button-primary' : 'button-secondary'}">${button}</button>
    </form>`;
}

function agendaSection(session: ActiveSession, view: MeetingView, open: boolean, state: MeetingFormState | null): Html {
  const { agenda } = view.meeting;
  return html`<h2>Dagsorden</h2>
    ${
      agenda.length === 0
        ? html`<p>Der er ingen punkter på dagsordenen.</p>`
        : html`<ol>${agenda.map(
            (item) => html`<li class="minutes-item"><strong>${item.title}</strong>${SOURCE_TEXT[item.source] ? html` <span class="badge">${SOURCE_TEXT[item.source]}</span>` : ''}
              ${item.description ? html`<p class="message-text">${item.description}</p>` : ''}</li>`,
          )}</ol>`
    }
    ${
      open
        ? formAt(
            session,
            view,
            'punkter',
            html`${textField({ id: 'punkt-titel', label: 'Nyt punkt', value: valueOf(state, 'punkter', 'punkt-titel'), errors: errorsOf(state, 'punkter') })}
              ${textField({ id: 'punkt-beskrivelse', label: 'Beskrivelse (valgfri)', value: valueOf(state, 'punkter', 'punkt-beskrivelse'), errors: errorsOf(state, 'punkter'), multiline: true, rows: 3 })}`,
            'Sæt på dagsordenen',
          )
        : ''
    }`;
}

function membersNote(view: MeetingView): Html {
  const path = meetingHref(view.body.id, view.meeting.id);
  return html`${view.members.next ? html`<p class="small-text">Gruppen har flere medlemmer end dem her. <a href="${path}?deltagere=${encodeURIComponent(view.members.next)}">Vis de næste medlemmer</a>.</p>` : ''}
    ${view.membersCursor ? html`<p class="small-text"><a href="${path}">Vis de første medlemmer</a>.</p>` : ''}`;
}

function attendanceSection(session: ActiveSession, view: MeetingView, open: boolean, state: MeetingFormState | null): Html {
  const { attendance } = view.meeting;
  const recorded = new Map(attendance.map((entry) => [entry.personId, entry.status]));
  return html`<h2>Fremmøde</h2>
    ${
      attendance.length === 0
        ? html`<p>Der er ikke registreret fremmøde.</p>`
        : tableRegion(
            'Fremmøde',
            html`<table class="table table--zebra"><caption>Fremmøde</caption>
              <thead><tr><th scope="col">Medlem</th><th scope="col">Fremmøde</th></tr></thead>
              <tbody>${attendance.map((entry) => html`<tr><th scope="row">${entry.personName}</th><td>${ATTENDANCE_TEXT[entry.status]}</td></tr>`)}</tbody>
            </table>`,
          )
    }
    ${
      open && view.members.items.length > 0
        ? html`${formAt(
            session,
            view,
            'fremmoede',
            html`${view.members.items.map((member) =>
              radioGroup({
                id: attendanceField(member.personId),
                legend: member.personName,
                choices: (['present', 'absent', 'excused'] as const).map((status) => ({ value: status, text: ATTENDANCE_TEXT[status] })),
                value: valueOf(state, 'fremmoede', attendanceField(member.personId), recorded.get(member.personId) ?? ''),
                errors: errorsOf(state, 'fremmoede'),
              }),
            )}`,
            'Gem fremmøde',
          )}${membersNote(view)}`
        : ''
    }`;
}

function minutesSection(session: ActiveSession, view: MeetingView, open: boolean, state: MeetingFormState | null): Html {
  const { meeting } = view;
  return html`<h2>Referat</h2>
    ${meeting.minutes ? html`<div class="message-text">${meeting.minutes}</div>` : html`<p>Der er ikke skrevet referat.</p>`}
    ${
      open
        ? html`${formAt(
            session,
            view,
            'referat',
            textField({
              id: 'referat-tekst',
              label: meeting.minutes ? 'Ret referatet' : 'Skriv referatet',
              hint: 'Mødets drøftelser. Intet om navngivne børn eller unge og ingen CPR-numre: de hører til i sagskoordineringen.',
              value: valueOf(state, 'referat', 'referat-tekst', meeting.minutes ?? ''),
              errors: errorsOf(state, 'referat'),
              multiline: true,
              rows: 8,
            }),
            'Gem referatet',
          )}
          ${
            meeting.minutes
              ? html`<form method="post" action="${meetingHref(view.body.id, meeting.id)}/godkend" class="item-form no-print">
                  ${formToken(session)}
                  <p>Når referatet er godkendt, er mødet holdt, og dagsorden, fremmøde, referat, beslutninger og nye opgaver kan ikke længere ændres. Referatet kan godkendes, når mødet er begyndt.</p>
                  <button type="submit" class="button button-primary">Godkend referatet</button>
                </form>`
              : ''
          }`
        : ''
    }`;
}

function decisionsSection(session: ActiveSession, view: MeetingView, open: boolean, state: MeetingFormState | null): Html {
  const { decisions } = view.meeting;
  return html`<h2>Beslutninger</h2>
    ${decisions.length === 0 ? html`<p>Der er ingen beslutninger.</p>` : html`<ol>${decisions.map((decision) => html`<li class="message-text">${decision.text}</li>`)}</ol>`}
    ${
      open
        ? formAt(
            session,
            view,
            'beslutninger',
            textField({ id: 'beslutning-tekst', label: 'Ny beslutning', value: valueOf(state, 'beslutninger', 'beslutning-tekst'), errors: errorsOf(state, 'beslutninger'), multiline: true, rows: 3 }),
            'Gem beslutningen',
          )
        : ''
    }`;
}

function actionItemsSection(session: ActiveSession, view: MeetingView, open: boolean, state: MeetingFormState | null): Html {
  const { actionItems } = view.meeting;
  return html`<h2>Opgaver</h2>
    ${
      actionItems.length === 0
        ? html`<p>Mødet har ingen opgaver.</p>`
        : tableRegion(
            'Mødets opgaver',
            html`<table class="table table--zebra"><caption>Mødets opgaver</caption>
              <thead><tr><th scope="col">Opgave</th><th scope="col">Ansvarlig</th><th scope="col">Frist</th><th scope="col">Status</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
              <tbody>${actionItems.map((item) => actionItemRow(session, item, 'moede'))}</tbody>
            </table>`,
          )
    }
    ${
      open && view.members.items.length > 0
        ? formAt(
            session,
            view,
            'opgaver',
            html`${textField({ id: 'opgave-titel', label: 'Ny opgave', value: valueOf(state, 'opgaver', 'opgave-titel'), errors: errorsOf(state, 'opgaver') })}
              ${radioGroup({
                id: 'opgave-ansvarlig',
                legend: 'Ansvarlig',
                choices: view.members.items.map((member) => ({ value: member.personId, text: `${member.personName}, ${member.organisation}` })),
                value: valueOf(state, 'opgaver', 'opgave-ansvarlig'),
                errors: errorsOf(state, 'opgaver'),
              })}
              ${textField({ id: 'opgave-frist', label: 'Frist', hint: 'Mødets dag eller senere, fx 15.12.2026', value: valueOf(state, 'opgaver', 'opgave-frist'), errors: errorsOf(state, 'opgaver'), width: 's', autocomplete: 'off' })}`,
            'Gem opgaven',
          )
        : ''
    }`;
}

function changeSection(session: ActiveSession, view: MeetingView, state: MeetingFormState | null): Html {
  const { meeting } = view;
  return html`<h2>Flyt mødet</h2>
    <p>Et møde kan flyttes og aflyses, indtil det begynder. Gruppens medlemmer får besked.</p>
    ${formAt(
      session,
      view,
      'flyt',
      html`${textField({ id: 'flyt-dag', label: 'Ny dag', hint: 'Fx 30.11.2026', value: valueOf(state, 'flyt', 'flyt-dag'), errors: errorsOf(state, 'flyt'), width: 's', autocomplete: 'off' })}
        ${textField({ id: 'flyt-tid', label: 'Nyt klokkeslæt', hint: 'Dansk tid, fx 16.00', value: valueOf(state, 'flyt', 'flyt-tid', meeting.startTime.replace(':', '.')), errors: errorsOf(state, 'flyt'), width: 'xs', autocomplete: 'off' })}
        ${textField({ id: 'flyt-varighed', label: 'Varighed i minutter (valgfri)', hint: 'Tomt: mødet varer det samme som før', value: valueOf(state, 'flyt', 'flyt-varighed'), errors: errorsOf(state, 'flyt'), width: 'xs', inputmode: 'numeric' })}
        ${textField({ id: 'flyt-sted', label: 'Nyt sted (valgfrit)', hint: 'Tomt: samme sted som før', value: valueOf(state, 'flyt', 'flyt-sted'), errors: errorsOf(state, 'flyt') })}`,
      'Flyt mødet',
    )}
    <h2>Aflys mødet</h2>
    ${formAt(
      session,
      view,
      'aflys',
      textField({
        id: 'aflys-begrundelse',
        label: 'Begrundelse',
        hint: 'Medlemmerne får besked om aflysningen og kan læse begrundelsen her. Dagsordenens punkter flyttes til gruppens næste møde.',
        value: valueOf(state, 'aflys', 'aflys-begrundelse'),
        errors: errorsOf(state, 'aflys'),
        multiline: true,
        rows: 3,
      }),
      'Aflys mødet',
    )}`;
}

/**
 * One meeting with its record. While it is planned, its record takes agenda items,
 * attendance, minutes, decisions and action items, and it can be moved or cancelled (until it
 * begins: the service refuses after, in Danish); approving the minutes (once it has begun)
 * makes it held. The forms follow the meeting's state only, not the web app's clock: the
 * service decides each change by its own.
 */
export function meetingPage(session: ActiveSession, view: MeetingView, state: MeetingFormState | null, noticeCode?: unknown): string {
  const { body, meeting } = view;
  const open = meeting.status === 'scheduled';
  return groupPage(
    session,
    body,
    'meetings',
    `${state && state.errors.length > 0 ? 'Fejl: ' : ''}${meeting.title} ${meetingTime(meeting)}`,
    html`<p><a href="${groupHref(body.id, 'moeder')}?fra=${meeting.day}" class="back-link">Gruppens møder</a></p>
      <h1>${meeting.title}, ${meetingTime(meeting)}</h1>
      ${successNotice(noticeOf(MEETING_NOTICES, noticeCode))}
      ${errorSummary(state?.errors ?? [], { heading: 'Det blev ikke gemt', note: 'Det, du skrev, står stadig i formularen.' })}
      ${facts(meeting)}
      ${agendaSection(session, view, open, state)}
      ${attendanceSection(session, view, open, state)}
      ${minutesSection(session, view, open, state)}
      ${decisionsSection(session, view, open, state)}
      ${actionItemsSection(session, view, open, state)}
      ${open ? changeSection(session, view, state) : ''}`,
  );
}
