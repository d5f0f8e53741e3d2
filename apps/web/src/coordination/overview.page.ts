import { shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { pageHref, pager } from '../pages/pager';
import { initiativesTable } from '../initiatives/initiatives.page';
import type { InitiativePage } from '../initiatives/initiatives.types';
import { alertsTable, EVERY_ALERT_PATH } from '../network-groups/area.page';
import { groupHref, meetingHref } from '../network-groups/group-frame';
import { MEETING_STATUS_TEXT } from '../network-groups/group-texts';
import type { AreaAlertPage } from '../network-groups/network-groups.types';
import type { ActiveSession } from '../session/session.service';
import type { Meeting, MeetingPage } from './coordination.types';

export const OVERVIEW_PATH = '/overblik';
export const OVERVIEW_MEETINGS_PATH = '/overblik/moeder';

function frame(session: ActiveSession, title: string, main: Html): string {
  return renderPage({ title, current: 'overview', signedIn: session, main });
}

function meetingsTable(meetings: readonly Meeting[], caption: string): Html {
  if (meetings.length === 0) return html`<p>Der er ingen møder i netværksgrupperne i den kommende tid.</p>`;
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${caption}, kan rulles til siden">
      <table class="table table--zebra">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">Dag</th><th scope="col">Kl.</th><th scope="col">Gruppe</th><th scope="col">Møde</th><th scope="col">Sted</th><th scope="col">Status</th></tr></thead>
        <tbody>${meetings.map(
          (meeting) => html`<tr>
            <th scope="row">${shortDanishDay(meeting.day)}</th>
            <td>${meeting.startTime.replace(':', '.')}</td>
            <td><a href="${groupHref(meeting.bodyId)}">${meeting.bodyName}</a></td>
            <td><a href="${meetingHref(meeting.bodyId, meeting.id)}">${meeting.title}</a></td>
            <td>${meeting.location ?? ''}</td>
            <td>${MEETING_STATUS_TEXT[meeting.status]}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>`;
}

function more(path: string, next: string | null, text: string): Html {
  return next ? html`<p><a href="${pageHref(path, next)}">${text}</a></p>` : html``;
}

export interface Overview {
  meetings: MeetingPage;
  alerts: AreaAlertPage;
  proposals: InitiativePage;
  launched: InitiativePage;
}

/** The coordination team's overview across the network groups: coming meetings, initiatives proposed and running, and the areas' alerts. */
export function overviewPage(session: ActiveSession, overview: Overview): string {
  return frame(
    session,
    'Overblik over netværksgrupperne',
    html`<h1>Overblik over netværksgrupperne</h1>
      <p class="font-lead">Koordinationsteamets overblik: netværksgruppernes kommende møder, initiativerne og alarmerne fra områderne.</p>
      <h2>Kommende møder</h2>
      ${meetingsTable(overview.meetings.items, 'Netværksgruppernes kommende møder')}
      ${more(OVERVIEW_MEETINGS_PATH, overview.meetings.next, 'Flere møder')}
      <h2>Forslag til initiativer</h2>
      ${initiativesTable(overview.proposals.items, 'Forslag, der venter på sekretariatet', 'Der er ingen forslag, der venter.')}
      ${overview.proposals.next ? html`<p><a href="/initiativer?status=proposed">Alle forslag</a></p>` : ''}
      <h2>Initiativer i gang</h2>
      ${initiativesTable(overview.launched.items, 'Initiativer i gang', 'Der er ingen initiativer i gang.')}
      ${overview.launched.next ? html`<p><a href="/initiativer?status=launched">Alle initiativer i gang</a></p>` : ''}
      <h2>Alarmer fra områderne</h2>
      <p>En alarm rejses, når en uges hændelser i en kategori er mindst 5 og et godt stykke over niveauet i ugerne før. Nyeste uge først.</p>
      ${overview.alerts.items.length === 0 ? html`<p>Der er ingen alarmer.</p>` : alertsTable(overview.alerts.items, true, 'Alarmer efter uge og område')}
      ${more(EVERY_ALERT_PATH, overview.alerts.next, 'Flere alarmer')}`,
  );
}

/** Every network group's coming meetings, 20 a page. */
export function overviewMeetingsPage(session: ActiveSession, meetings: MeetingPage, cursor: string | undefined): string {
  return frame(
    session,
    'Netværksgruppernes møder',
    html`<p><a href="${OVERVIEW_PATH}" class="back-link">Tilbage til overblikket</a></p>
      <h1>Netværksgruppernes møder</h1>
      ${meetingsTable(meetings.items, `Netværksgruppernes kommende møder${cursor ? ' (fortsat)' : ''}`)}
      ${pager({ path: OVERVIEW_MEETINGS_PATH, label: 'Sider med møder', next: meetings.next, onLaterPage: cursor !== undefined })}`,
  );
}
