import { COORDINATION_TEAM } from '@ssp/platform';
import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { html } from '../pages/html';
import { BODY_KIND_TEXT } from './group-texts';
import { groupHref, groupPage, personalPage, tableRegion } from './group-frame';
import { currentOn } from './memberships';
import type { Body, Person } from './network-groups.types';

const LINKS_OF_YOUR_OWN = html`<h2>Dit eget</h2>
  <ul>
    <li><a href="/notifikationer">Notifikationer</a> og <a href="/notifikationer/indstillinger">hvordan du får dem</a></li>
    <li><a href="/kalenderabonnementer">Kalenderabonnementer</a>: dine møder i din egen kalender</li>
  </ul>`;

/** The bodies the signed-in person sits in today, each leading to its pages; then their notifications and calendars. */
export function myGroupsPage(session: ActiveSession, person: Person, today: string): string {
  const current = currentOn(person.memberships, today);
  return personalPage(
    session,
    'Mine netværksgrupper',
    html`<h1>Mine netværksgrupper</h1>
      <p class="font-lead">De SSP-organer, du er medlem af i dag, ${person.name}: deres møder, medlemmer, opgaver og beskeder.</p>
      ${
        current.length === 0
          ? html`<p>Du er ikke medlem af nogen gruppe i dag. SSP-sekretariatet fører registret over medlemmerne.</p>`
          : tableRegion(
              'Mine grupper',
              html`<table class="table table--zebra">
                <caption>Grupper, du er medlem af i dag</caption>
                <thead><tr><th scope="col">Gruppe</th><th scope="col">Din rolle</th><th scope="col">Din organisation</th><th scope="col">Medlem siden</th><th scope="col">Til og med</th></tr></thead>
                <tbody>${current.map(
                  (membership) => html`<tr>
                    <th scope="row"><a href="${groupHref(membership.bodyId)}">${membership.bodyName}</a></th>
                    <td>${membership.role}</td>
                    <td>${membership.organisation}</td>
                    <td>${shortDanishDay(membership.validFrom)}</td>
                    <td>${membership.validTo ? shortDanishDay(membership.validTo) : 'Uden slutdato'}</td>
                  </tr>`,
                )}</tbody>
              </table>`,
            )
      }
      ${current.some((membership) => membership.bodyId === COORDINATION_TEAM) ? html`<h2>Koordinationsteamet</h2><p><a href="/omraadealarmer">Alarmer i alle områder</a>: overblikket over netværksgruppernes områder.</p>` : ''}
      ${LINKS_OF_YOUR_OWN}`,
  );
}

/** The registry has no person linked to this sign-in (network groups' 404 on /people/me). */
export function notLinkedPage(session: ActiveSession): string {
  return personalPage(
    session,
    'Du er ikke i medlemsregistret',
    html`<h1>Du er ikke i medlemsregistret</h1>
      <p>Dit login er ikke knyttet til en person i SSP-sekretariatets register over medlemmer af netværksgrupperne og de andre SSP-organer. Derfor kan vi ikke vise dine grupper.</p>
      <p>Kontakt SSP-sekretariatet, som fører registret.</p>
      ${LINKS_OF_YOUR_OWN}`,
  );
}

/** One group: what it is, and where its pages are. */
export function groupOverviewPage(session: ActiveSession, body: Body): string {
  return groupPage(
    session,
    body,
    'overview',
    body.name,
    html`<h1>${body.name}</h1>
      <dl class="meeting-facts">
        <dt>Slags</dt><dd>${BODY_KIND_TEXT[body.kind]}</dd>
        ${body.endsOn ? html`<dt>Sidste dag</dt><dd>${shortDanishDay(body.endsOn)}</dd>` : ''}
      </dl>
      <ul>
        <li><a href="${groupHref(body.id, 'moeder')}">Møder</a>: de kommende og de holdte, med dagsorden, fremmøde, referat, beslutninger og opgaver</li>
        <li><a href="${groupHref(body.id, 'moedeplaner')}">Mødeplaner</a>: møder, der gentages</li>
        <li><a href="${groupHref(body.id, 'opgaver')}">Opgaver</a> fra gruppens møder</li>
        <li><a href="${groupHref(body.id, 'medlemmer')}">Medlemmer</a> og deres organisationer</li>
        <li><a href="${groupHref(body.id, 'beskeder')}">Beskeder</a> mellem medlemmerne</li>
        ${body.areaId ? html`<li><a href="${groupHref(body.id, 'omraade')}">Området i tal</a>: anonyme ugetal for politiets hændelser og områdealarmer</li>` : ''}
        <li><a href="/kalenderabonnementer">Abonnér på gruppens møder</a> i din egen kalender</li>
      </ul>`,
  );
}
