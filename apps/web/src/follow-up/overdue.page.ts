import type { ActiveSession } from '../session/session.service';
import { capitalised } from '../pages/danish-text';
import { html, type Html } from '../pages/html';
import { pager } from '../pages/pager';
import { deadlineCell, followUpPage, personLink } from './follow-up-frame';
import type { InterventionItem, InterventionPage } from './follow-up.types';

export const OVERDUE_PATH = '/opfoelgning/overskredne';

function responsible(item: InterventionItem, session: ActiveSession): Html {
  if (item.ownerSubject === session.subject) return html`Dig`;
  if (item.ownerSubject) return html`<code>${item.ownerSubject}</code>`;
  return html`${item.responsibleText ?? 'Ikke angivet'}`;
}

function row(item: InterventionItem, session: ActiveSession): Html {
  return html`<tr>
    <th scope="row">${item.title}</th>
    <td>${personLink(item.personPseudonym)}</td>
    <td>${deadlineCell(item.deadline, item.overdue)}</td>
    <td>${capitalised(item.statusText)}</td>
    <td>${item.ownerBody}</td>
    <td>${responsible(item, session)}</td>
  </tr>`;
}

/** Every open intervention past its deadline (the Copenhagen day) that the person may see, by deadline. */
export function overduePage(session: ActiveSession, overdue: InterventionPage, cursor: string | undefined): string {
  return followUpPage(
    session,
    'overdue',
    'Overskredne indsatser',
    html`<h1>Overskredne indsatser</h1>
      <p class="font-lead">Indsatser, der ikke er afsluttet, og hvis frist er overskredet. Den ældste frist står først.</p>
      ${
        overdue.items.length === 0
          ? html`<p>Der er ingen overskredne indsatser${cursor ? ' på denne side' : ''}.</p>`
          : html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="Overskredne indsatser, kan rulles til siden">
        <table class="table table--zebra">
          <caption>Overskredne indsatser${cursor ? ' (fortsat)' : ''}</caption>
          <thead><tr><th scope="col">Indsats</th><th scope="col">Person</th><th scope="col">Frist</th><th scope="col">Status</th><th scope="col">Ejes af</th><th scope="col">Ansvarlig</th></tr></thead>
          <tbody>${overdue.items.map((item) => row(item, session))}</tbody>
        </table>
      </div>`
      }
      ${pager({ path: OVERDUE_PATH, label: 'Sider i overskredne indsatser', next: overdue.next, onLaterPage: cursor !== undefined })}
      <p class="small-text">Hver gang du ser en person her, bliver det skrevet i personens adgangslog (formål: opfølgning på sagen).</p>`,
  );
}
