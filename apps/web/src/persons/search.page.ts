import { shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { capitalised } from '../pages/danish-text';
import { ACCESS_PURPOSES, PURPOSE_NAMES, type AccessPurpose } from './danish-labels';
import { errorSummary, formToken, radioGroup, textField, type FieldError } from '../pages/forms';
import { personPath } from './person.page';
import type { PersonSearchResult } from './persons.types';
import { SEARCH_FIELD_LABELS, type SearchFormValues } from './search-form';

export const EMPTY_SEARCH: SearchFormValues = { cpr: '', name: '', birthDate: '', purpose: '' };

function results(result: PersonSearchResult, purpose: AccessPurpose): Html {
  if (result.items.length === 0) return html`<h2 id="results">Resultat</h2><p>Ingen personer passer til søgningen.</p>`;
  return html`<h2 id="results">Resultat</h2>
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Fundne personer, kan rulles til siden">
      <table class="table table--zebra">
        <caption>${result.items.length === 1 ? 'Én person fundet' : `${result.items.length} personer fundet`}</caption>
        <thead><tr><th scope="col">Person</th><th scope="col">Fødselsdato</th><th scope="col">CPR-nummer</th><th scope="col">Skole</th><th scope="col">Sag</th></tr></thead>
        <tbody>${result.items.map((hit) => {
          const target = hit.mergedInto ?? hit.pseudonym;
          const name = hit.identityError ? hit.identityError.message : (hit.identity?.name ?? 'Person uden kendt navn');
          return html`<tr>
            <th scope="row"><a href="${personPath(target, purpose)}">${name}</a>${hit.mergedInto ? html`<br><span class="small-text">Lagt sammen med en anden person; linket går til den</span>` : ''}</th>
            <td>${hit.identity ? shortDanishDay(hit.identity.birthDate) : '–'}</td>
            <td>${hit.identity?.cpr ? `${hit.identity.cpr.slice(0, 6)}-${hit.identity.cpr.slice(6)}` : '–'}</td>
            <td>${hit.identity?.school ?? '–'}</td>
            <td>${hit.caseStateText ? capitalised(hit.caseStateText) : 'Ingen sag'}</td>
          </tr>`;
        })}</tbody>
      </table>
    </div>
    ${result.more ? html`<p><strong>Der er flere personer, der passer.</strong> Gør søgningen mere præcis, fx med fødselsdatoen eller mere af navnet.</p>` : ''}`;
}

/** Search for a child with a stated purpose; the form again with what was typed, and the result when there is one. */
export function searchPage(session: ActiveSession, values: SearchFormValues, errors: readonly FieldError[], result: PersonSearchResult | null): string {
  return renderPage({
    title: errors.length > 0 ? 'Fejl: Søg efter et barn' : 'Søg efter et barn',
    current: 'search',
    signedIn: session,
    main: html`
      <h1>Søg efter et barn</h1>
      <p class="font-lead">Find et barn eller en ung på CPR-nummer, på navn (og fødselsdato) eller på fødselsdato.</p>
      <div class="alert alert-info"><div class="alert-body"><p class="alert-text">Hver søgning bliver logget med formålet, og hver person, du finder, får søgningen skrevet i sin adgangslog med dit navn.</p></div></div>
      ${errorSummary(errors, { labels: SEARCH_FIELD_LABELS })}
      <form method="post" action="/soeg" novalidate>
        ${formToken(session)}
        ${textField({ id: 'cpr', label: 'CPR-nummer', hint: 'DDMMÅÅ-XXXX. Søg på CPR-nummer alene, eller udfyld navn og fødselsdato i stedet.', value: values.cpr, errors, inputmode: 'numeric', width: 's', autocomplete: 'off' })}
        ${textField({ id: 'name', label: 'Navn', hint: 'Hele navnet eller en del af det. Æ, ø og å kan skrives ae, oe og aa.', value: values.name, errors, autocomplete: 'off', width: 'l' })}
        ${textField({ id: 'birthDate', label: 'Fødselsdato', hint: 'dd.mm.åååå, fx 03.12.2012', value: values.birthDate, errors, autocomplete: 'off', width: 's' })}
        ${radioGroup({
          id: 'purpose',
          legend: 'Formål med søgningen',
          hint: 'Formålet skrives i adgangsloggen hos hver person, du finder.',
          value: values.purpose,
          choices: ACCESS_PURPOSES.map((purpose) => ({ value: purpose, text: PURPOSE_NAMES[purpose] })),
          errors,
        })}
        <button type="submit" class="button button-primary">Søg</button>
      </form>
      ${result && ACCESS_PURPOSES.includes(values.purpose as AccessPurpose) ? results(result, values.purpose as AccessPurpose) : ''}`,
  });
}
