import type { ActiveSession } from '../session/session.service';
import { capitalised } from '../pages/danish-text';
import { html, type Html } from '../pages/html';
import { danishDateTime, shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, radioGroup, successNotice, textField, type FieldError } from '../pages/forms';
import { pager } from '../pages/pager';
import type { ReferralAnswerInput } from './follow-up-forms';
import { followUpPage, personLink } from './follow-up-frame';
import type { Referral, ReferralPage, ReferralSummary } from './follow-up.types';

export const REFERRALS_PATH = '/henvisninger';

export const REFERRAL_NOTICES = { besvaret: 'Svaret er gemt. Mandagsgruppen kan se det.' } as const;

/** The status's colour: the words are the service's (statusText). */
const STATUS_BADGE: Readonly<Record<ReferralSummary['status'], string>> = { pending: 'badge-warning', accepted: 'badge-success', declined: 'badge-info' };

function statusBadge(referral: ReferralSummary): Html {
  return html`<span class="badge ${STATUS_BADGE[referral.status]}">${capitalised(referral.statusText)}</span>`;
}

function referralHref(referral: ReferralSummary): string {
  return `${REFERRALS_PATH}/${encodeURIComponent(referral.id)}`;
}

function row(referral: ReferralSummary): Html {
  return html`<tr>
    <th scope="row"><a href="${referralHref(referral)}">Henvisning ${danishDateTime(referral.referredAt)}<span class="sr-only"> til ${referral.receiverName}</span></a></th>
    <td>${referral.receiverName}</td>
    <td>${personLink(referral.personPseudonym)}</td>
    <td>${statusBadge(referral)}</td>
  </tr>`;
}

/** The referrals to the person's receiving bodies (SSP-U, SSP+, the family department), oldest first. */
export function referralsPage(session: ActiveSession, referrals: ReferralPage, cursor: string | undefined): string {
  return followUpPage(
    session,
    'referrals',
    'Henvisninger',
    html`<h1>Henvisninger</h1>
      <p class="font-lead">Mandagsgruppens henvisninger til de organer, du sidder i. Den ældste står først. Åbn en henvisning for at se den og svare.</p>
      ${
        referrals.items.length === 0
          ? html`<p>Der er ingen henvisninger${cursor ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Henvisninger, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Henvisninger${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Henvisning</th><th scope="col">Henvist til</th><th scope="col">Person</th><th scope="col">Status</th></tr></thead>
          <tbody>${referrals.items.map(row)}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: REFERRALS_PATH, label: 'Sider i henvisninger', next: referrals.next, onLaterPage: cursor !== undefined })}
      <p class="small-text">Hver gang du åbner en henvisning, bliver det skrevet i personens adgangslog (formål: behandling af henvisningen).</p>`,
  );
}

function consentText(referral: Referral): Html {
  const consent = referral.consent;
  if (!consent) return html`Ikke registreret`;
  return html`Givet ${consent.formText} af ${consent.givenByText} den ${shortDanishDay(consent.givenOn)}`;
}

function answerDetails(referral: Referral): Html {
  if (referral.status === 'pending') return html``;
  return html`<dt>Svar</dt><dd>${statusBadge(referral)} af <code>${referral.answeredBy}</code>${referral.answeredAt ? html` ${danishDateTime(referral.answeredAt)}` : ''}</dd>
    ${referral.answerNote ? html`<dt>Bemærkning til Mandagsgruppen</dt><dd>${referral.answerNote}</dd>` : ''}`;
}

export const ANSWERS = [
  { value: 'accepted', text: 'Vi tager imod henvisningen' },
  { value: 'declined', text: 'Vi afviser henvisningen' },
] as const;

/**
 * One referral, with what it needs and no more, and the receiving body's answer form while it
 * waits for one (and again, with the person's input, when the service refused the answer).
 */
export function referralPage(session: ActiveSession, referral: Referral, input: ReferralAnswerInput, errors: FieldError[], noticeCode: unknown): string {
  const showForm = referral.status === 'pending' || errors.length > 0;
  return followUpPage(
    session,
    'referrals',
    `${errors.length > 0 ? 'Fejl: ' : ''}Henvisning til ${referral.receiverName}`,
    html`<p><a href="${REFERRALS_PATH}" class="back-link">Tilbage til henvisningerne</a></p>
      <h1>Henvisning til ${referral.receiverName}</h1>
      ${successNotice(noticeOf(REFERRAL_NOTICES, noticeCode))}
      ${errorSummary(errors, { heading: 'Det blev ikke gemt' })}
      <dl>
        <dt>Person</dt><dd>${personLink(referral.personPseudonym, referral.person.name)}${referral.person.birthDate ? html`, født ${shortDanishDay(referral.person.birthDate)}` : ''}</dd>
        <dt>Henvist af</dt><dd><code>${referral.referredBy}</code> ${danishDateTime(referral.referredAt)}</dd>
        <dt>Begrundelse</dt><dd>${referral.reason ?? 'Slettet'}</dd>
        <dt>Samtykke</dt><dd>${consentText(referral)}</dd>
        <dt>Status</dt><dd>${statusBadge(referral)}</dd>
        ${answerDetails(referral)}
      </dl>
      ${
        showForm
          ? html`<h2>Svar på henvisningen</h2>
      <form method="post" action="${REFERRALS_PATH}/${encodeURIComponent(referral.id)}/svar" novalidate>
        ${formToken(session)}
        ${radioGroup({ id: 'answer', legend: 'Tager I imod henvisningen?', choices: ANSWERS, value: input.answer, errors })}
        ${textField({ id: 'note', label: 'Bemærkning til Mandagsgruppen (valgfri)', hint: 'Højst 2000 tegn. Teksten slettes med personen.', value: input.note, errors, multiline: true, rows: 5 })}
        <p>Henvisningen besvares én gang, og svaret kan ikke ændres bagefter.</p>
        <button type="submit" class="button button-primary">Send svar</button>
      </form>`
          : ''
      }`,
  );
}
