import { longDanishDateTime, longDanishDay, shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, radioGroup, successNotice, textField, type Choice, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import type { ItemFormKind, RefusedForm } from './meeting-forms';
import { CONSENT_FORM_OPTIONS, CONSENT_GIVER_OPTIONS, DECISION_OPTIONS, LEGAL_BASIS_OPTIONS, REFERRAL_OPTIONS } from './meeting-texts';
import { itemPath, meetingPath, refusalAlert } from './meetings.page';
import type { MeetingItem, MondayMeeting, OneMeetingItem, Person, PersonIncident } from './meeting.types';

const FORM_NAMES: Readonly<Record<ItemFormKind, string>> = { note: 'notatet', decision: 'beslutningen', referral: 'henvisningen', intervention: 'indsatsen' };
const FORM_PATHS: Readonly<Record<ItemFormKind, string>> = { note: 'notat', decision: 'beslutning', referral: 'henvisning', intervention: 'indsats' };

export interface ItemView {
  meeting: MondayMeeting;
  item: OneMeetingItem;
  person: Person;
  total: number;
  refused?: RefusedForm | null;
  /** A refusal that is about no field (marking the item), shown at the top. */
  markRefusal?: { code: string; message: string } | null;
  saved?: string | null;
}

/** One form's state on the page: what to show in its fields, and the service's refusal on one of them. */
interface FormState {
  kind: ItemFormKind;
  values: Readonly<Record<string, string>>;
  errors: FieldError[];
}

/** A field's id on the page: the forms share field names, so each id carries its form's kind. */
const fieldId = (kind: ItemFormKind, name: string): string => `${kind}-${name}`;

function formState(kind: ItemFormKind, refused: RefusedForm | null): FormState {
  if (refused?.kind !== kind) return { kind, values: {}, errors: [] };
  return { kind, values: refused.values, errors: [{ field: fieldId(kind, refused.field), message: refused.refusal.message, code: refused.refusal.code }] };
}

/** A text field of a form, with what was typed kept after a refusal. */
function text(state: FormState, name: string, label: string, options: { hint?: string; multiline?: boolean; width?: 'xs' | 's' | 'm' | 'l' | 'xl' } = {}): Html {
  return textField({ id: fieldId(state.kind, name), name, label, value: state.values[name] ?? '', errors: state.errors, rows: 4, autocomplete: options.multiline ? undefined : 'off', ...options });
}

/** A radio group of a form, the choice kept after a refusal. */
function choice(state: FormState, name: string, legend: string, choices: readonly Choice[]): Html {
  return radioGroup({ id: fieldId(state.kind, name), name, legend, value: state.values[name] ?? '', choices, errors: state.errors });
}

function personName(item: MeetingItem): string {
  return item.person.name ?? (item.person.identityUnreadable ? 'Navnet kan ikke læses' : 'Navn ikke kendt');
}

function incidents(person: Person): Html {
  const fresh = person.incidents.filter((incident) => incident.review === 'new');
  if (fresh.length === 0) return html`<p>Ingen nye hændelser. Hændelser, som Mandagsgruppen har taget stilling til, står på personens side.</p>`;
  const row = (incident: PersonIncident) => html`<tr>
      <td>${shortDanishDay(incident.incidentDate)}</td>
      <td>${incident.offenceCategoryText}${incident.offenceText ? html`<br><span class="small-text">${incident.offenceText}</span>` : ''}</td>
      <td>${incident.roleText}</td>
      <td>${incident.journalNumber}</td>
    </tr>`;
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Nye hændelser, kan rulles til siden">
      <table class="table table--zebra">
        <caption>Nye hændelser, som Mandagsgruppen ikke har taget stilling til</caption>
        <thead><tr><th scope="col">Dato</th><th scope="col">Forhold</th><th scope="col">Rolle</th><th scope="col">Journalnr.</th></tr></thead>
        <tbody>${fresh.map(row)}</tbody>
      </table>
    </div>`;
}

function recorded(item: MeetingItem): Html {
  const nothing = item.decisions.length + item.notes.length + item.interventions.length === 0;
  if (nothing) return html`<p>Intet registreret om personen på dette møde endnu.</p>`;
  return html`
    ${item.decisions.length > 0 ? html`<h3>Beslutninger</h3><ul>${item.decisions.map((decision) => html`<li><strong>${decision.kindText}</strong>${decision.referralBodyName ? html` til ${decision.referralBodyName}` : ''}${decision.note ? html`: ${decision.note}` : ''} <span class="small-text">(${decision.decidedBy}, ${longDanishDateTime(decision.decidedAt)})</span></li>`)}</ul>` : ''}
    ${item.notes.length > 0 ? html`<h3>Notater</h3><ul>${item.notes.map((note) => html`<li>${note.text ?? 'Slettet'} <span class="small-text">(fra ${note.body}, ${note.legalBasis}; ${note.author}, ${longDanishDateTime(note.writtenAt)})</span></li>`)}</ul>` : ''}
    ${item.interventions.length > 0 ? html`<h3>Indsatser</h3><ul>${item.interventions.map((intervention) => html`<li><strong>${intervention.title}</strong> <span class="small-text">(${intervention.ownerBody}, frist ${shortDanishDay(intervention.deadline)}, ${intervention.statusText})</span></li>`)}</ul>` : ''}`;
}

function itemForm(session: ActiveSession, view: ItemView, state: FormState, heading: string, button: string, fields: Html, intro?: string): Html {
  return html`<section class="item-form" aria-labelledby="${state.kind}-overskrift">
      <h2 id="${state.kind}-overskrift">${heading}</h2>
      ${intro ? html`<p>${intro}</p>` : ''}
      <form method="post" action="${itemPath(view.meeting.meetingId, view.item.personPseudonym)}/${FORM_PATHS[state.kind]}" novalidate>
        ${formToken(session)}
        ${fields}
        <button type="submit" class="button button-primary">${button}</button>
      </form>
    </section>`;
}

function forms(session: ActiveSession, view: ItemView): Html {
  const state = (kind: ItemFormKind) => formState(kind, view.refused ?? null);
  const note = state('note');
  const decision = state('decision');
  const referral = state('referral');
  const intervention = state('intervention');
  return html`
    ${itemForm(
      session,
      view,
      note,
      'Skriv et notat',
      'Gem notatet',
      html`${text(note, 'body', 'Organ, oplysningen kommer fra', { hint: "Organets id, fx skole, familieafdelingen eller politi", width: 'm' })}
        ${choice(note, 'legalBasis', 'Formål efter retsplejelovens § 115', LEGAL_BASIS_OPTIONS)}
        ${text(note, 'necessity', 'Hvorfor er det nødvendigt at dele oplysningen?', { multiline: true })}
        ${text(note, 'text', 'Oplysningen', { multiline: true })}`,
    )}
    ${itemForm(
      session,
      view,
      decision,
      'Træf en beslutning',
      'Registrér beslutningen',
      html`${choice(decision, 'kind', 'Beslutning', DECISION_OPTIONS)}
        ${text(decision, 'note', 'Bemærkning til referatet (valgfrit)', { multiline: true })}`,
      'En beslutning markerer punktet behandlet. En henvisning har sin egen formular nedenfor.',
    )}
    ${itemForm(
      session,
      view,
      referral,
      'Henvis personen',
      'Registrér henvisningen',
      html`${choice(referral, 'referralBody', 'Henvises til', REFERRAL_OPTIONS)}
        ${text(referral, 'referralReason', 'Hvorfor henvises personen?', { multiline: true, hint: 'Vises for det modtagende organ.' })}
        <fieldset class="consent">
          <legend class="h3">Samtykke</legend>
          <p class="form-hint">Udfyld, hvis der er givet samtykke. En henvisning til SSP+ af en person på 18 år eller derover kræver personens eget samtykke.</p>
          ${choice(referral, 'consentGivenBy', 'Samtykket er givet af', CONSENT_GIVER_OPTIONS)}
          ${text(referral, 'consentGivenOn', 'Samtykket er givet den', { hint: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-20.', width: 's' })}
          ${choice(referral, 'consentForm', 'Samtykket er givet', CONSENT_FORM_OPTIONS)}
        </fieldset>
        ${text(referral, 'note', 'Bemærkning til referatet (valgfrit)', { multiline: true })}`,
    )}
    ${itemForm(
      session,
      view,
      intervention,
      'Aftal en indsats',
      'Aftal indsatsen',
      html`${text(intervention, 'title', 'Hvad er indsatsen?', { hint: 'Fx Samtale med den unge og forældrene.' })}
        ${text(intervention, 'ownerBody', 'Organ, der ejer indsatsen', { hint: 'Organets id, fx familieafdelingen eller mandagsgruppen.', width: 'm' })}
        ${text(intervention, 'ownerSubject', 'Den ansvarliges brugernavn', { hint: 'Brugernavnet (login-id), som personen er kendt ved i netværksgruppernes register. Personen skal være medlem af organet.', width: 'l' })}
        ${text(intervention, 'deadline', 'Frist', { hint: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-07.', width: 's' })}`,
      'En indsats kan aftales, når Mandagsgruppen har besluttet at handle.',
    )}
    <section class="item-form" aria-labelledby="marker-overskrift">
      <h2 id="marker-overskrift">Markér punktet</h2>
      <p>Et punkt er behandlet, når der er truffet en beslutning om personen på mødet. Ellers kan det udsættes til næste møde.</p>
      <form method="post" action="${itemPath(view.meeting.meetingId, view.item.personPseudonym)}/marker" class="button-row">
        ${formToken(session)}
        <button type="submit" name="outcome" value="deferred" class="button button-secondary">Udsæt til næste møde</button>
        <button type="submit" name="outcome" value="handled" class="button button-secondary">Markér behandlet</button>
      </form>
    </section>`;
}

/** One item of the meeting's frozen agenda: the person, why they are there, what is new, what the meeting recorded, and the forms to record more. */
export function itemPage(session: ActiveSession, view: ItemView): string {
  const { meeting, item, person } = view;
  const open = meeting.state === 'open';
  return renderPage({
    title: `${view.refused ? 'Fejl: ' : ''}Punkt ${item.position}: ${personName(item)}`,
    current: 'meetings',
    signedIn: session,
    main: html`<p><a href="${meetingPath(meeting.meetingId)}" class="back-link">Mødet ${longDanishDay(meeting.meetingDate)}</a></p>
      <h1>Punkt ${item.position} af ${view.total}: ${personName(item)}</h1>
      ${view.refused ? errorSummary(formState(view.refused.kind, view.refused).errors, { heading: `Der er en fejl i ${FORM_NAMES[view.refused.kind]}`, note: 'Det, du skrev, står stadig i formularen.' }) : ''}
      ${view.markRefusal ? refusalAlert(view.markRefusal) : ''}
      ${successNotice(view.saved)}
      <dl class="meeting-facts">
        <dt>Person</dt><dd><a href="/personer/${encodeURIComponent(item.personPseudonym)}">${personName(item)}</a>${item.person.birthDate ? `, født ${shortDanishDay(item.person.birthDate)}` : ''}</dd>
        <dt>Sag</dt><dd>${person.caseStateText ?? 'Ingen sag'}</dd>
        <dt>Prioritet</dt><dd>${item.priority}</dd>
        <dt>Punktet</dt><dd>${item.outcomeText ?? 'Ikke markeret'}</dd>
      </dl>
      <h2>Begrundelser</h2>
      <ul>${item.reasons.map((reason) => html`<li>${reason.text}</li>`)}</ul>
      <h2>Nye hændelser</h2>
      ${incidents(person)}
      <h2>Registreret på mødet</h2>
      ${recorded(item)}
      ${open ? forms(session, view) : html`<p>Mødet er ikke i gang (${meeting.stateText}), så der kan ikke registreres mere på punktet.</p>`}
      <nav class="agenda-pager" aria-label="Punkter"><ul class="nobullet-list">
        ${item.nextPseudonym ? html`<li><a href="${itemPath(meeting.meetingId, item.nextPseudonym)}">Næste punkt (${item.position + 1} af ${view.total})</a></li>` : html`<li>Det var sidste punkt.</li>`}
        <li><a href="${meetingPath(meeting.meetingId)}">Tilbage til mødet</a></li>
      </ul></nav>`,
  });
}
