import { errorSummary, formToken, noticeOf, radioGroup, successNotice, textField, checkbox, type FieldError } from '../pages/forms';
import { html } from '../pages/html';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import { ORGANISATION_KIND_DA, type OrganisationInput } from './registry-forms';
import { registryPage } from './registry-frame';
import type { OrganisationKind, OrganisationPage } from './registry.types';

export const ORGANISATIONS_PATH = '/register/organisationer';

export const ORGANISATION_NOTICES = { oprettet: 'Organisationen er registreret.' } as const;

export const EMPTY_ORGANISATION_FORM: OrganisationInput = { name: '', kind: '', selfGoverning: false };

const KIND_CHOICES = (Object.entries(ORGANISATION_KIND_DA) as [OrganisationKind, string][]).map(([value, text]) => ({ value, text }));

/** The member organisations by name, 20 a page, and the form to register one. */
export function organisationsPage(session: ActiveSession, organisations: OrganisationPage, cursor: string | undefined, form: OrganisationInput, errors: FieldError[], noticeCode: unknown): string {
  return registryPage(
    session,
    'organisations',
    `${errors.length > 0 ? 'Fejl: ' : ''}Organisationer`,
    html`<h1>Organisationer</h1>
      ${successNotice(noticeOf(ORGANISATION_NOTICES, noticeCode))}
      ${errorSummary(errors, { heading: 'Organisationen blev ikke registreret', note: 'Det, du skrev, står stadig i felterne.' })}
      <p class="font-lead">De organisationer, medlemmerne kommer fra (deres bagland).</p>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Organisationerne, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Organisationer efter navn${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Slags</th><th scope="col">Selvejende</th></tr></thead>
          <tbody>${organisations.items.map(
            (organisation) => html`<tr><th scope="row">${organisation.name}</th><td>${ORGANISATION_KIND_DA[organisation.kind]}</td><td>${organisation.selfGoverning ? 'Ja' : 'Nej'}</td></tr>`,
          )}</tbody>
        </table>
      </div>
      ${pager({ path: ORGANISATIONS_PATH, label: 'Sider med organisationer', next: organisations.next, onLaterPage: cursor !== undefined })}
      <h2>Registrér en organisation</h2>
      <form method="post" action="${ORGANISATIONS_PATH}" novalidate>
        ${formToken(session)}
        ${textField({ id: 'name', label: 'Navn', value: form.name, errors, autocomplete: 'off' })}
        ${radioGroup({ id: 'kind', legend: 'Slags', value: form.kind, choices: KIND_CHOICES, errors })}
        <div class="form-group"><ul class="nobullet-list">${checkbox({ id: 'selfGoverning', value: 'ja', label: 'Selvejende institution', checked: form.selfGoverning })}</ul></div>
        <button type="submit" class="button button-primary">Registrér organisationen</button>
      </form>`,
  );
}
