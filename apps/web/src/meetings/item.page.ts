import { longDanishDay, shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { fieldTarget, formState, formToken, radioGroup, textField, type FormState, type Option } from './form-fields';
import type { ItemFormKind, RefusedForm } from './meeting-forms';
import { CONSENT_FORM_OPTIONS, CONSENT_GIVER_OPTIONS, danishTime, DECISION_OPTIONS, LEGAL_BASIS_OPTIONS, REFERRAL_OPTIONS } from './meeting-texts';
import { itemPath, meetingPath, refusalAlert, savedAlert } from './meetings.page';
import type { MeetingItem, MondayMeeting, OneMeetingItem, Person, PersonIncident } from './meeting.types';

/** The options of a field that is a radio group, so the error summary can link to its first choice. */
const RADIO_OPTIONS: Readonly<Record<string, readonly Option[]>> = {
  legalBasis: LEGAL_BASIS_OPTIONS,
  kind: DECISION_OPTIONS,
  referralBody: REFERRAL_OPTIONS,
  consentGivenBy: CONSENT_GIVER_OPTIONS,
  consentForm: CONSENT_FORM_OPTIONS,
};

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

/** DKFDS's error summary: the service's Danish message, linking to the field it is about. */
function errorSummary(refused: RefusedForm): Html {
  return html`<div class="alert alert-error" role="alert" id="fejl"><div class="alert-body">
      <p class="alert-heading">Der er en fejl i ${FORM_NAMES[refused.kind]}</p>
      <ul class="alert-text nobullet-list"><li><a href="#${fieldTarget(refused.kind, refused.field, RADIO_OPTIONS[refused.field])}">${refused.refusal.message}</a></li></ul>
      <p class="alert-text small-text">Kode: <code>${refused.refusal.code}</code>. Det, du skrev, står stadig i formularen.</p>
    </div></div>`;
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
    ${item.decisions.length > 0 ? html`<h3>Beslutninger</h3><ul>${item.decisions.map((decision) => html`<li><strong>${decision.kindText}</strong>${decision.referralBodyName ? html` til ${decision.referralBodyName}` : ''}${decision.note ? html`: ${decision.note}` : ''} <span class="small-text">(${decision.decidedBy}, ${danishTime(decision.decidedAt)})</span></li>`)}</ul>` : ''}
    ${item.notes.length > 0 ? html`<h3>Notater</h3><ul>${item.notes.map((note) => html`<li>${note.text ?? 'Slettet'} <span class="small-text">(fra ${note.body}, ${note.legalBasis}; ${note.author}, ${danishTime(note.writtenAt)})</span></li>`)}</ul>` : ''}
    ${item.interventions.length > 0 ? html`<h3>Indsatser</h3><ul>${item.interventions.map((intervention) => html`<li><strong>${intervention.title}</strong> <span class="small-text">(${intervention.ownerBody}, frist ${shortDanishDay(intervention.deadline)}, ${intervention.statusText})</span></li>`)}</ul>` : ''}`;
}

function itemForm(session: ActiveSession, view: ItemView, state: FormState, heading: string, button: string, fields: Html, intro?: string): Html {
  return html`<section class="item-form" aria-labelledby="${state.kind}-overskrift">
      <h2 id="${state.kind}-overskrift">${heading}</h2>
      ${intro ? html`<p>${intro}</p>` : ''}
      <form method="post" action="${itemPath(view.meeting.meetingId, view.item.personPseudonym)}/${FORM_PATHS[state.kind]}" novalidate>
        ${formToken(session.formToken)}
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
      html`${textField(note, 'body', 'Organ, oplysningen kommer fra', { hint: "Organets id, fx skole, familieafdelingen eller politi", width: 'm' })}
        ${radioGroup(note, 'legalBasis', 'Formål efter retsplejelovens § 115', LEGAL_BASIS_OPTIONS)}
        ${textField(note, 'necessity', 'Hvorfor er det nødvendigt at dele oplysningen?', { multiline: true })}
        ${textField(note, 'text', 'Oplysningen', { multiline: true })}`,
    )}
    ${itemForm(
      session,
      view,
      decision,
      'Træf en beslutning',
      'Registrér beslutningen',
      html`${radioGroup(decision, 'kind', 'Beslutning', DECISION_OPTIONS)}
        ${textField(decision, 'note', 'Bemærkning til referatet', { multiline: true, optional: true })}`,
      'En beslutning markerer punktet behandlet. En henvisning har sin egen formular nedenfor.',
    )}
    ${itemForm(
      session,
      view,
      referral,
      'Henvis personen',
      'Registrér henvisningen',
      html`${radioGroup(referral, 'referralBody', 'Henvises til', REFERRAL_OPTIONS)}
        ${textField(referral, 'referralReason', 'Hvorfor henvises personen?', { multiline: true, hint: 'Vises for det modtagende organ.' })}
        <fieldset class="consent">
          <legend class="h3">Samtykke</legend>
          <p class="form-hint">Udfyld, hvis der er givet samtykke. En henvisning til SSP+ af en person på 18 år eller derover kræver personens eget samtykke.</p>
          ${radioGroup(referral, 'consentGivenBy', 'Samtykket er givet af', CONSENT_GIVER_OPTIONS)}
          ${textField(referral, 'consentGivenOn', 'Samtykket er givet den', { hint: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-20.', width: 's' })}
          ${radioGroup(referral, 'consentForm', 'Samtykket er givet', CONSENT_FORM_OPTIONS)}
        </fieldset>
        ${textField(referral, 'note', 'Bemærkning til referatet', { multiline: true, optional: true })}`,
    )}
    ${itemForm(
      session,
      view,
      intervention,
      'Aftal en indsats',
      'Aftal indsatsen',
      html`${textField(intervention, 'title', 'Hvad er indsatsen?', { hint: 'Fx Samtale med den unge og forældrene.' })}
        ${textField(intervention, 'ownerBody', 'Organ, der ejer indsatsen', { hint: 'Organets id, fx familieafdelingen eller mandagsgruppen.', width: 'm' })}
        ${textField(intervention, 'ownerSubject', 'Den ansvarliges brugernavn', { hint: 'Brugernavnet (login-id), som personen er kendt ved i netværksgruppernes register. Personen skal være medlem af organet.', width: 'l' })}
        ${textField(intervention, 'deadline', 'Frist', { hint: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-07.', width: 's' })}`,
      'En indsats kan aftales, når Mandagsgruppen har besluttet at handle.',
    )}
    <section class="item-form" aria-labelledby="marker-overskrift">
      <h2 id="marker-overskrift">Markér punktet</h2>
      <p>Et punkt er behandlet, når der er truffet en beslutning om personen på mødet. Ellers kan det udsættes til næste møde.</p>
      <form method="post" action="${itemPath(view.meeting.meetingId, view.item.personPseudonym)}/marker" class="button-row">
        ${formToken(session.formToken)}
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
      ${view.refused ? errorSummary(view.refused) : ''}
      ${view.markRefusal ? refusalAlert(view.markRefusal) : ''}
      ${view.saved ? savedAlert(view.saved) : ''}
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
