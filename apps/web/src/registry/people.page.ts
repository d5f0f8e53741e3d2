import { shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, successNotice, textField, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import type { MembershipInput, PersonInput, SignInInput } from './registry-forms';
import { bodyHref, personHref, registryPage } from './registry-frame';
import type { Membership, Person, PersonPage } from './registry.types';

export const PEOPLE_PATH = '/register/personer';

/** What a person's page says after a form went through. */
export const PERSON_NOTICES = {
  login: 'Login er knyttet til personen. Personen får adgang til sine organer, så snart tjenesterne har fået besked (få sekunder).',
  'login-fjernet': 'Koblingen til login er fjernet. Personen har ikke længere adgang gennem sine medlemskaber.',
  rettet: 'Navn og e-mail er rettet.',
  medlemskab: 'Medlemskabet er ændret.',
} as const;

/** The registry's people by name, 20 a page, each linking to their page. */
export function peoplePage(session: ActiveSession, people: PersonPage, cursor: string | undefined): string {
  return registryPage(
    session,
    'people',
    'Personer i registret',
    html`<h1>Personer i registret</h1>
      <p class="font-lead">De fagpersoner, der sidder i SSP-samarbejdets organer. En person kommer i registret, når de får deres første medlemskab af et organ.</p>
      <p><a href="/register/organer">Tilføj en person ved at give dem et medlemskab af et organ</a></p>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Personerne, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Personer efter navn${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">E-mail</th></tr></thead>
          <tbody>${people.items.map((person) => html`<tr><th scope="row"><a href="${personHref(person.id)}">${person.name}</a></th><td>${person.email}</td></tr>`)}</tbody>
        </table>
      </div>
      ${pager({ path: PEOPLE_PATH, label: 'Sider med personer', next: people.next, onLaterPage: cursor !== undefined })}`,
  );
}

/** Where the person page's two forms stand: as typed, and what was wrong. */
export interface PersonFormState {
  person: PersonInput;
  signIn: SignInInput;
  errors: FieldError[];
}

export function personFormOf(person: Person): PersonFormState {
  return { person: { name: person.name, email: person.email }, signIn: { subject: person.subject ?? '' }, errors: [] };
}

function period(membership: Membership): string {
  return `${shortDanishDay(membership.validFrom)} – ${membership.validTo ? shortDanishDay(membership.validTo) : 'uden slutdato'}`;
}

function membershipRow(person: Person, membership: Membership): Html {
  return html`<tr>
    <th scope="row"><a href="${bodyHref(membership.bodyId)}">${membership.bodyId}</a></th>
    <td>${membership.role}</td>
    <td>${membership.organisation}</td>
    <td>${period(membership)}</td>
    <td><a href="${personHref(person.id)}/medlemskaber/${encodeURIComponent(membership.id)}">Ret eller afslut<span class="sr-only"> medlemskabet af ${membership.bodyId}</span></a></td>
  </tr>`;
}

/** One person: their sign-in link, name and e-mail, and every membership (past and current) with a link to change or end it. */
export function personPage(session: ActiveSession, person: Person, form: PersonFormState, noticeCode: unknown): string {
  const action = personHref(person.id);
  return registryPage(
    session,
    'people',
    `${form.errors.length > 0 ? 'Fejl: ' : ''}${person.name}`,
    html`<p><a href="${PEOPLE_PATH}" class="back-link">Tilbage til personerne</a></p>
      <h1>${person.name}</h1>
      ${successNotice(noticeOf(PERSON_NOTICES, noticeCode))}
      ${errorSummary(form.errors, { heading: 'Det blev ikke gemt', note: 'Det, du skrev, står stadig i felterne.' })}
      <dl>
        <dt>E-mail</dt><dd>${person.email}</dd>
        <dt>Login</dt><dd>${person.signInLinked ? html`Knyttet til login-id <code>${person.subject ?? ''}</code>` : 'Ikke knyttet til et login endnu'}</dd>
      </dl>
      <h2>Medlemskaber</h2>
      ${
        person.memberships.length === 0
          ? html`<p>Personen har ingen medlemskaber.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Medlemskaber, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Personens medlemskaber, nyeste først</caption>
          <thead><tr><th scope="col">Organ</th><th scope="col">Rolle</th><th scope="col">Organisation</th><th scope="col">Periode</th><th scope="col"><span class="sr-only">Handling</span></th></tr></thead>
          <tbody>${person.memberships.map((membership) => membershipRow(person, membership))}</tbody>
        </table>
      </div>`
      }
      <h2>Login</h2>
      <p>Registret giver personen adgang til sine organer gennem login: skriv det login-id (subject), som kommunens login giver personen.</p>
      <form method="post" action="${action}/login" novalidate>
        ${formToken(session)}
        ${textField({ id: 'subject', label: 'Login-id', hint: 'Fx Entra ID-objektets id. Et login kan kun høre til én person.', value: form.signIn.subject, errors: form.errors, autocomplete: 'off', width: 'l' })}
        <button type="submit" name="handling" value="knyt" class="button button-primary">Knyt login</button>
        ${person.signInLinked ? html`<button type="submit" name="handling" value="fjern" class="button button-secondary">Fjern login</button>` : ''}
      </form>
      <h2>Navn og e-mail</h2>
      <form method="post" action="${action}" novalidate>
        ${formToken(session)}
        ${textField({ id: 'name', label: 'Navn', value: form.person.name, errors: form.errors, autocomplete: 'off' })}
        ${textField({ id: 'email', label: 'E-mail på arbejdet', value: form.person.email, errors: form.errors, autocomplete: 'off' })}
        <button type="submit" class="button button-secondary">Gem navn og e-mail</button>
      </form>`,
  );
}

/** One of the person's memberships: change its role, first day or last day (ending it). */
export function membershipPage(session: ActiveSession, person: Person, membership: Membership, input: MembershipInput, errors: FieldError[]): string {
  return registryPage(
    session,
    'people',
    `${errors.length > 0 ? 'Fejl: ' : ''}Medlemskab af ${membership.bodyId}`,
    html`<p><a href="${personHref(person.id)}" class="back-link">Tilbage til ${person.name}</a></p>
      <h1>${person.name} i ${membership.bodyId}</h1>
      ${errorSummary(errors, { heading: 'Det blev ikke gemt', note: 'Det, du skrev, står stadig i felterne.' })}
      <p>Et medlemskab afsluttes ved at give det en sidste dag: dagen efter er personen ikke længere med i organet og har ikke adgang til det.</p>
      <form method="post" action="${personHref(person.id)}/medlemskaber/${encodeURIComponent(membership.id)}" novalidate>
        ${formToken(session)}
        ${textField({ id: 'role', label: 'Rolle', value: input.role, errors, autocomplete: 'off' })}
        ${textField({ id: 'validFrom', label: 'Første dag', hint: 'Fx 1.8.2026.', value: input.validFrom, errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'validTo', label: 'Sidste dag', hint: 'Tom: medlemskabet løber, til det afsluttes. Fx 31.12.2026.', value: input.validTo, errors, width: 's', autocomplete: 'off' })}
        <button type="submit" class="button button-primary">Gem medlemskabet</button>
      </form>`,
  );
}

/** The form of a membership as it stands. */
export function membershipInputOf(membership: Membership): MembershipInput {
  return { role: membership.role, validFrom: shortDanishDay(membership.validFrom), validTo: membership.validTo ? shortDanishDay(membership.validTo) : '' };
}
