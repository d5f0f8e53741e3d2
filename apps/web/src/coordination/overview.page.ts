import { shortDanishDay } from '../pages/danish-dates';
import { html, type Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import { pageHref, pager } from '../pages/pager';
import { initiativesTable } from '../initiatives/initiatives.page';
import type { InitiativePage } from '../initiatives/initiatives.types';
import { bodyHref } from '../registry/registry-frame';
import type { ActiveSession } from '../session/session.service';
import type { Alert, AlertPage, Meeting, MeetingPage } from './coordination.types';

export const OVERVIEW_PATH = '/overblik';
export const OVERVIEW_MEETINGS_PATH = '/overblik/moeder';
export const OVERVIEW_ALERTS_PATH = '/overblik/varsler';

/** The network group of a local area, as network groups name it (`netvaerk-<area id>`). */
const networkGroupOf = (areaId: string) => `netvaerk-${areaId}`;

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
            <td><a href="${bodyHref(meeting.bodyId)}">${meeting.bodyName}</a></td>
            <td>${meeting.title}</td>
            <td>${meeting.location ?? ''}</td>
            <td>${meeting.status === 'held' ? 'Holdt' : 'Planlagt'}</td>
          </tr>`,
        )}</tbody>
      </table>
    </div>`;
}

function alertsTable(alerts: readonly Alert[], caption: string): Html {
  if (alerts.length === 0) return html`<p>Der er ingen varsler.</p>`;
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${caption}, kan rulles til siden">
      <table class="table table--zebra">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">Område</th><th scope="col">Uge fra</th><th scope="col">Kategori</th><th scope="col">Hændelser</th></tr></thead>
        <tbody>${alerts.map(
          (alert) => html`<tr>
            <th scope="row"><a href="${bodyHref(networkGroupOf(alert.areaId))}">${alert.areaName}</a></th>
            <td>${shortDanishDay(alert.weekStart)}</td>
            <td>${alert.offenceCategoryText}</td>
            <td>${alert.count}</td>
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
  alerts: AlertPage;
  proposals: InitiativePage;
  launched: InitiativePage;
}

/** The coordination team's overview across the network groups: coming meetings, initiatives proposed and running, and the areas' alerts. */
export function overviewPage(session: ActiveSession, overview: Overview): string {
  return frame(
    session,
    'Overblik over netværksgrupperne',
    html`<h1>Overblik over netværksgrupperne</h1>
      <p class="font-lead">Koordinationsteamets overblik: netværksgruppernes kommende møder, initiativerne og varslerne fra områderne.</p>
      <h2>Kommende møder</h2>
      ${meetingsTable(overview.meetings.items, 'Netværksgruppernes kommende møder')}
      ${more(OVERVIEW_MEETINGS_PATH, overview.meetings.next, 'Flere møder')}
      <h2>Forslag til initiativer</h2>
      ${initiativesTable(overview.proposals.items, 'Forslag, der venter på sekretariatet', 'Der er ingen forslag, der venter.')}
      ${overview.proposals.next ? html`<p><a href="/initiativer?status=proposed">Alle forslag</a></p>` : ''}
      <h2>Initiativer i gang</h2>
      ${initiativesTable(overview.launched.items, 'Initiativer i gang', 'Der er ingen initiativer i gang.')}
      ${overview.launched.next ? html`<p><a href="/initiativer?status=launched">Alle initiativer i gang</a></p>` : ''}
      <h2>Varsler fra områderne</h2>
      <p>Et varsel betyder, at en uge havde mange flere politihændelser i området end ugerne før. Nyeste uge først.</p>
      ${alertsTable(overview.alerts.items, 'Varsler efter uge og område')}
      ${more(OVERVIEW_ALERTS_PATH, overview.alerts.next, 'Flere varsler')}`,
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

/** Every area's alerts, newest week first, 20 a page. */
export function overviewAlertsPage(session: ActiveSession, alerts: AlertPage, cursor: string | undefined): string {
  return frame(
    session,
    'Varsler fra områderne',
    html`<p><a href="${OVERVIEW_PATH}" class="back-link">Tilbage til overblikket</a></p>
      <h1>Varsler fra områderne</h1>
      ${alertsTable(alerts.items, `Varsler efter uge og område${cursor ? ' (fortsat)' : ''}`)}
      ${pager({ path: OVERVIEW_ALERTS_PATH, label: 'Sider med varsler', next: alerts.next, onLaterPage: cursor !== undefined })}`,
  );
}
