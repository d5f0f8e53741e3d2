import { shortDanishDay } from '../pages/danish-dates';
import { errorSummary, formToken, noticeOf, successNotice, textField, type FieldError } from '../pages/forms';
import { html } from '../pages/html';
import { pager } from '../pages/pager';
import type { ActiveSession } from '../session/session.service';
import type { BodyInput, MemberInput } from './registry-forms';
import { BODY_KIND_DA, bodyHref, personHref, registryPage } from './registry-frame';
import type { Body, BodyPage, MembershipPage } from './registry.types';

export const BODIES_PATH = '/register/organer';
export const NEW_BODY_PATH = '/register/organer/ny';

export const BODY_NOTICES = {
  oprettet: 'Gruppen er oprettet. Giv den medlemmer nedenfor.',
  medlem: 'Medlemskabet er tilføjet. Knyt personen til sit login på personens side, så de får adgang.',
} as const;

/** The SSP bodies by level and id, each linking to its members; a link to create an ad-hoc group. */
export function bodiesPage(session: ActiveSession, bodies: BodyPage, cursor: string | undefined): string {
  return registryPage(
    session,
    'bodies',
    'Organer og grupper',
    html`<h1>Organer og grupper</h1>
      <p class="font-lead">SSP-samarbejdets faste organer, netværksgrupperne og ad hoc-grupperne til en opgave.</p>
      <p><a href="${NEW_BODY_PATH}" class="button button-secondary">Opret en ad hoc-gruppe</a></p>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Organerne, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Organer efter niveau${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Slags</th><th scope="col">Område</th><th scope="col">Sidste dag</th></tr></thead>
          <tbody>${bodies.items.map(
            (body) => html`<tr>
              <th scope="row"><a href="${bodyHref(body.id)}">${body.name}</a></th>
              <td>${BODY_KIND_DA[body.kind]}</td>
              <td>${body.areaId ?? ''}</td>
              <td>${body.endsOn ? shortDanishDay(body.endsOn) : ''}</td>
            </tr>`,
          )}</tbody>
        </table>
      </div>
      ${pager({ path: BODIES_PATH, label: 'Sider med organer', next: bodies.next, onLaterPage: cursor !== undefined })}`,
  );
}

/** The form for an ad-hoc group: id, name and last day. */
export function newBodyPage(session: ActiveSession, input: BodyInput, errors: FieldError[]): string {
  return registryPage(
    session,
    'bodies',
    `${errors.length > 0 ? 'Fejl: ' : ''}Opret en ad hoc-gruppe`,
    html`<p><a href="${BODIES_PATH}" class="back-link">Tilbage til organerne</a></p>
      <h1>Opret en ad hoc-gruppe</h1>
      ${errorSummary(errors, { heading: 'Gruppen blev ikke oprettet', note: 'Det, du skrev, står stadig i felterne.' })}
      <p>En ad hoc-gruppe samles om en opgave og slutter på sin sidste dag; dens medlemskaber slutter senest med den.</p>
      <form method="post" action="${NEW_BODY_PATH}" novalidate>
        ${formToken(session)}
        ${textField({ id: 'name', label: 'Navn', hint: 'Fx Ad hoc-gruppe om sommerferien 2027.', value: input.name, errors, autocomplete: 'off' })}
        ${textField({ id: 'id', label: 'Id', hint: '3 til 64 små bogstaver, cifre og bindestreger, begynder med et bogstav, fx adhoc-sommerferie-2027.', value: input.id, errors, autocomplete: 'off', width: 'l' })}
        ${textField({ id: 'endsOn', label: 'Sidste dag', hint: 'I dag eller senere, fx 31.8.2027.', value: input.endsOn, errors, width: 's', autocomplete: 'off' })}
        <button type="submit" class="button button-primary">Opret gruppen</button>
      </form>`,
  );
}

export const EMPTY_MEMBER_FORM: MemberInput = { personName: '', email: '', organisation: '', role: 'medlem', validFrom: '', validTo: '' };

export interface BodyView {
  body: Body;
  members: MembershipPage;
  /** The day the members are shown for (YYYY-MM-DD; undefined: the service's today), and as typed ('' for today). */
  day: string | undefined;
  dayInput: string;
  cursor: string | undefined;
}

/** One body: its members on a day (today unless asked), a form to see another day, and the form to add a member. */
export function bodyPage(session: ActiveSession, view: BodyView, form: MemberInput, errors: FieldError[], noticeCode: unknown): string {
  const { body, members, cursor } = view;
  const path = bodyHref(body.id);
  const listPath = view.dayInput ? `${path}?paa=${encodeURIComponent(view.dayInput)}` : path;
  return registryPage(
    session,
    'bodies',
    `${errors.length > 0 ? 'Fejl: ' : ''}${body.name}`,
    html`<p><a href="${BODIES_PATH}" class="back-link">Tilbage til organerne</a></p>
      <h1>${body.name}</h1>
      ${successNotice(noticeOf(BODY_NOTICES, noticeCode))}
      ${errorSummary(errors, { note: 'Det, du skrev, står stadig i felterne.' })}
      <dl>
        <dt>Slags</dt><dd>${BODY_KIND_DA[body.kind]}</dd>
        <dt>Id</dt><dd><code>${body.id}</code></dd>
        ${body.areaId ? html`<dt>Område</dt><dd>${body.areaId}</dd>` : ''}
        ${body.endsOn ? html`<dt>Sidste dag</dt><dd>${shortDanishDay(body.endsOn)}</dd>` : ''}
      </dl>
      <h2>Medlemmer ${view.day ? `den ${shortDanishDay(view.day)}` : 'i dag'}</h2>
      <form method="get" action="${path}" class="members-day">
        ${textField({ id: 'paa', label: 'Vis medlemmerne på en anden dag', hint: 'Fx 1.1.2026. Tom: i dag.', value: view.dayInput, errors, width: 's', autocomplete: 'off' })}
        <button type="submit" class="button button-secondary">Vis</button>
      </form>
      ${
        members.items.length === 0
          ? html`<p>Organet har ingen medlemmer den dag${cursor ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Medlemmerne, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Medlemmer efter navn${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Organisation</th><th scope="col">Første dag</th><th scope="col">Sidste dag</th></tr></thead>
          <tbody>${members.items.map(
            (member) => html`<tr>
              <th scope="row"><a href="${personHref(member.personId)}">${member.personName}</a></th>
              <td>${member.role}</td>
              <td>${member.organisation}</td>
              <td>${shortDanishDay(member.validFrom)}</td>
              <td>${member.validTo ? shortDanishDay(member.validTo) : 'Uden slutdato'}</td>
            </tr>`,
          )}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: listPath, label: 'Sider med medlemmer', next: members.next, onLaterPage: cursor !== undefined })}
      <h2>Tilføj et medlem</h2>
      <p>En person, der ikke er i registret, kommer i det med sin e-mail. Er e-mailen registreret, får den person medlemskabet.</p>
      <form method="post" action="${path}/medlemmer" novalidate>
        ${formToken(session)}
        ${textField({ id: 'personName', label: 'Navn', value: form.personName, errors, autocomplete: 'off' })}
        ${textField({ id: 'email', label: 'E-mail på arbejdet', value: form.email, errors, autocomplete: 'off' })}
        ${textField({ id: 'organisation', label: 'Organisation', hint: 'Den organisation, personen kommer fra (bagland), fx Vestervangskolen.', value: form.organisation, errors, autocomplete: 'off' })}
        ${textField({ id: 'role', label: 'Rolle', hint: 'Fx medlem eller formand.', value: form.role, errors, autocomplete: 'off', width: 'm' })}
        ${textField({ id: 'validFrom', label: 'Første dag', hint: 'Fx 1.12.2026.', value: form.validFrom, errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'validTo', label: 'Sidste dag', hint: `Tom: uden slutdato${body.endsOn ? ', dog højst gruppens sidste dag' : ''}. Fx 30.6.2027.`, value: form.validTo, errors, width: 's', autocomplete: 'off' })}
        <button type="submit" class="button button-primary">Tilføj medlemmet</button>
      </form>`,
  );
}
