import type { ActiveSession } from '../session/session.service';
import { shortDanishDay } from '../pages/danish-dates';
import { html } from '../pages/html';
import { pager } from '../pages/pager';
import { groupHref, groupPage, tableRegion } from './group-frame';
import type { Body, MembershipPage } from './network-groups.types';

/** The group's members today by name: who, from which organisation, in which role, and their work e-mail. */
export function membersPage(session: ActiveSession, body: Body, members: MembershipPage, cursor: string | undefined): string {
  return groupPage(
    session,
    body,
    'members',
    'Medlemmer',
    html`<h1>Medlemmer af ${body.name}</h1>
      <p>Gruppens medlemmer i dag, efter navn. SSP-sekretariatet fører registret.</p>
      ${
        members.items.length === 0
          ? html`<p>Gruppen har ingen medlemmer i dag${cursor ? ' på denne side' : ''}.</p>`
          : tableRegion(
              'Medlemmer',
              html`<table class="table table--zebra">
                <caption>Medlemmer${cursor ? ' (fortsat)' : ''}</caption>
                <thead><tr><th scope="col">Navn</th><th scope="col">Organisation</th><th scope="col">Rolle</th><th scope="col">E-mail</th><th scope="col">Medlem siden</th></tr></thead>
                <tbody>${members.items.map(
                  (member) => html`<tr>
                    <th scope="row">${member.personName}</th>
                    <td>${member.organisation}</td>
                    <td>${member.role}</td>
                    <td><a href="mailto:${member.email}">${member.email}</a></td>
                    <td>${shortDanishDay(member.validFrom)}</td>
                  </tr>`,
                )}</tbody>
              </table>`,
            )
      }
      ${pager({ path: groupHref(body.id, 'medlemmer'), label: 'Sider i medlemslisten', next: members.next, onLaterPage: cursor !== undefined })}`,
  );
}
