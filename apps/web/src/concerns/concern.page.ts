import { LEGAL_BASES, LEGAL_BASIS_NAMES } from '@ssp/contracts';
import { ROLE_LABELS, isRole } from '@ssp/platform';
import { longDanishDay } from '../pages/danish-dates';
import { html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { errorSummary, formToken, radioGroup, textField, type FieldError } from '../pages/forms';
import type { ActiveSession } from '../session/session.service';
import { CONCERN_FIELD_LABELS, type ConcernFormValues } from './concern-form';

/** Raise a concern about a child, who may be on no police list; the form again with what was typed when something is wrong. */
export function concernFormPage(session: ActiveSession, values: ConcernFormValues, errors: readonly FieldError[]): string {
  const roles = session.roles.filter(isRole).map((role) => ROLE_LABELS[role]);
  return renderPage({
    title: errors.length > 0 ? 'Fejl: Rejs en bekymring for et barn' : 'Rejs en bekymring for et barn',
    current: 'concern',
    signedIn: session,
    main: html`
      <h1>Rejs en bekymring for et barn</h1>
      <p class="font-lead">Er du bekymret for et barn eller en ung, kan du bringe det til Mandagsgruppen, også når barnet ikke står på politiets lister.</p>
      <p>Du rejser bekymringen som <strong>${session.name ?? session.subject}</strong>${roles.length > 0 ? html` (${roles.join(', ')})` : ''}, på vegne af din organisation.
        Bekymringen læses kun af Mandagsgruppen og SSP-koordinationsteamet.</p>
      ${errorSummary(errors, { labels: CONCERN_FIELD_LABELS })}
      <form method="post" action="/bekymringer/ny" novalidate>
        ${formToken(session)}
        <input type="hidden" name="concernId" value="${values.concernId}">
        <fieldset>
          <legend class="h2">Barnet</legend>
          ${textField({ id: 'name', label: 'Barnets navn', value: values.name, errors, autocomplete: 'off', width: 'l' })}
          ${textField({ id: 'cpr', label: 'CPR-nummer', hint: 'DDMMÅÅ-XXXX. Kender du det ikke, så skriv fødselsdatoen i stedet.', value: values.cpr, errors, inputmode: 'numeric', width: 's', autocomplete: 'off' })}
          ${textField({ id: 'birthDate', label: 'Fødselsdato', hint: 'dd.mm.åååå, fx 03.12.2012. Kun nødvendig uden CPR-nummer.', value: values.birthDate, errors, autocomplete: 'off', width: 's' })}
          ${textField({ id: 'school', label: 'Skole (valgfri)', value: values.school, errors, autocomplete: 'off', width: 'l' })}
          ${textField({ id: 'postalCode', label: 'Postnummer (valgfrit)', hint: 'Lokalområdet findes ud fra postnummeret eller skolen.', value: values.postalCode, errors, inputmode: 'numeric', width: 'xs', autocomplete: 'off' })}
        </fieldset>
        <fieldset>
          <legend class="h2">Bekymringen</legend>
          ${textField({ id: 'worry', label: 'Hvad er du bekymret for?', hint: 'Skriv kort, hvad du har set eller hørt, og hvorfor det bekymrer dig. Skriv kun det, der er nødvendigt.', value: values.worry, errors, multiline: true })}
          ${radioGroup({
            id: 'legalBasis',
            legend: 'Formål efter retsplejelovens § 115',
            hint: 'Oplysninger må kun deles i det samarbejde, de er nødvendige for.',
            value: values.legalBasis,
            choices: LEGAL_BASES.map((basis) => ({ value: basis, text: LEGAL_BASIS_NAMES[basis] })),
            errors,
          })}
        </fieldset>
        <button type="submit" class="button button-primary">Send bekymringen</button>
      </form>`,
  });
}

/** After the concern was received: what happens next. `raisedOn` and the reference come from the receipt. */
export function concernReceiptPage(session: ActiveSession, receipt: { concernId: string | null; raisedOn: string | null }): string {
  return renderPage({
    title: 'Bekymringen er modtaget',
    current: 'concern',
    signedIn: session,
    main: html`
      <div class="alert alert-success" role="status"><div class="alert-body">
        <h1 class="alert-heading">Bekymringen er modtaget</h1>
        <p class="alert-text">Barnet kommer på Mandagsgruppens næste dagsorden.</p>
      </div></div>
      <h2>Hvad sker der nu?</h2>
      <ul>
        <li>Mandagsgruppen behandler bekymringen på sit næste møde og beslutter, om der skal gøres noget.</li>
        <li>Har du mere at fortælle, så rejs en ny bekymring eller kontakt SSP-konsulenten.</li>
      </ul>
      ${
        receipt.concernId
          ? html`<p class="small-text">Modtaget${receipt.raisedOn ? html` ${longDanishDay(receipt.raisedOn)}` : ''}. Reference: <code>${receipt.concernId}</code></p>`
          : ''
      }
      <p><a href="/bekymringer/ny" class="button button-secondary">Rejs en ny bekymring</a></p>`,
  });
}
