import type { ActiveSession } from '../session/session.service';
import { longDanishDateTime, shortDanishDay } from '../pages/danish-dates';
import { errorSummary, textField, type FieldError } from '../pages/forms';
import { html, type Html } from '../pages/html';
import { pager } from '../pages/pager';
import { renderPage } from '../pages/layout';
import { groupHref, groupPage, tableRegion } from './group-frame';
import type { AreaAlert, AreaAlertPage, AreaSignals, Body } from './network-groups.types';

/** The ISO week number of the week that starts on `monday` (YYYY-MM-DD). */
export function isoWeekNumber(monday: string): number {
  const date = new Date(`${monday}T00:00:00Z`);
  const thursday = new Date(date.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000)) + 1;
}

export function weekText(monday: string): string {
  return `Uge ${isoWeekNumber(monday)} (fra ${shortDanishDay(monday)})`;
}

/** The page of every area's alerts (GET /alerts), or one area's with `?omraade=` (GET /areas/{areaId}/alerts). */
export const EVERY_ALERT_PATH = '/omraadealarmer';

/** The alerts page of one area: the area is the service's id, so no network group is guessed from it. */
export const areaAlertsHref = (areaId: string): string => `${EVERY_ALERT_PATH}?omraade=${encodeURIComponent(areaId)}`;

/** Alerts by week, with the area (a link to its alerts) when they are of more than one area. */
export function alertsTable(alerts: readonly AreaAlert[], withArea: boolean, caption: string): Html {
  return tableRegion(
    caption,
    html`<table class="table table--zebra">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">Uge</th>${withArea ? html`<th scope="col">Område</th>` : ''}<th scope="col">Kategori</th><th scope="col" class="align-text-right">Hændelser</th><th scope="col">Alarm rejst</th></tr></thead>
      <tbody>${alerts.map(
        (alert) => html`<tr>
          <th scope="row">${weekText(alert.weekStart)}</th>
          ${withArea ? html`<td><a href="${areaAlertsHref(alert.areaId)}">${alert.areaName}</a></td>` : ''}
          <td>${alert.offenceCategoryText}</td>
          <td class="align-text-right">${alert.count}</td>
          <td>${longDanishDateTime(alert.raisedAt)}</td>
        </tr>`,
      )}</tbody>
    </table>`,
  );
}

/** What the period form holds as typed (fra, til), and what was wrong with it. */
export interface PeriodForm {
  from: string;
  to: string;
  errors: FieldError[];
}

/**
 * The group's area in numbers: the police's incidents per week and category (anonymised by the
 * service: a count below 5 is never shown), then the area's alerts. Every number is in a table.
 */
export function areaPage(session: ActiveSession, body: Body, signals: AreaSignals | null, alerts: AreaAlertPage, cursor: string | undefined, period: PeriodForm): string {
  const path = groupHref(body.id, 'omraade');
  return groupPage(
    session,
    body,
    'area',
    `${period.errors.length > 0 ? 'Fejl: ' : ''}Området i tal`,
    html`<h1>${signals ? signals.areaName : body.name} i tal</h1>
      <p>Politiets hændelser i området, talt pr. uge og kategori. Tallene er anonyme: en uge med færre end ${signals?.suppressedBelow ?? 5} hændelser i en kategori vises ikke som tal, og uger uden hændelser er udeladt. Der er ingen personoplysninger.</p>
      <form method="get" action="${path}" novalidate class="no-print">
        ${errorSummary(period.errors, { heading: 'Perioden kan ikke vises' })}
        ${textField({ id: 'fra', label: 'Fra', hint: 'Fx 1.9.2026; tom: 12 uger tilbage', value: period.from, errors: period.errors, width: 's', autocomplete: 'off' })}
        ${textField({ id: 'til', label: 'Til', hint: 'Tom: i dag', value: period.to, errors: period.errors, width: 's', autocomplete: 'off' })}
        <button type="submit" class="button button-secondary">Vis perioden</button>
      </form>
      <h2>Hændelser pr. uge</h2>
      ${
        !signals
          ? ''
          : signals.counts.length === 0
            ? html`<p>Ingen hændelser fra ${shortDanishDay(signals.from)} til ugen fra ${shortDanishDay(signals.to)}.</p>`
            : tableRegion(
                'Hændelser pr. uge',
                html`<table class="table table--zebra">
                  <caption>Hændelser pr. uge og kategori, ugerne fra ${shortDanishDay(signals.from)} til ${shortDanishDay(signals.to)}</caption>
                  <thead><tr><th scope="col">Uge</th><th scope="col">Kategori</th><th scope="col" class="align-text-right">Hændelser</th></tr></thead>
                  <tbody>${signals.counts.map(
                    (count) => html`<tr>
                      <th scope="row">${weekText(count.weekStart)}</th>
                      <td>${count.offenceCategoryText}</td>
                      <td class="align-text-right">${count.suppressed || count.count === null ? html`<span>Færre end ${signals.suppressedBelow}</span>` : count.count}</td>
                    </tr>`,
                  )}</tbody>
                </table>`,
              )
      }
      <h2>Områdealarmer</h2>
      <p>En alarm rejses, når en uges hændelser i en kategori er mindst 5 og et godt stykke over niveauet i ugerne før. Alarmen sættes på gruppens næste møde.</p>
      ${alerts.items.length === 0 ? html`<p>Området har ingen alarmer${cursor ? ' på denne side' : ''}.</p>` : alertsTable(alerts.items, false, `Områdets alarmer, nyeste uge først${cursor ? ' (fortsat)' : ''}`)}
      ${pager({ path, label: 'Sider med alarmer', next: alerts.next, onLaterPage: cursor !== undefined })}`,
  );
}

/**
 * Every area's alerts, or one area's (`areaId`): the coordination team's view across the
 * network groups, reached from the overview (menu "Overblik") and the groups page.
 */
export function everyAlertPage(session: ActiveSession, alerts: AreaAlertPage, cursor: string | undefined, areaId?: string): string {
  const areaName = areaId === undefined ? undefined : (alerts.items[0]?.areaName ?? areaId);
  const title = areaName === undefined ? 'Alarmer i alle områder' : `Alarmer i ${areaName}`;
  return renderPage({
    title,
    current: 'overview',
    signedIn: session,
    main: html`<p><a href="/overblik" class="back-link">Tilbage til overblikket</a></p>
      <h1>${title}</h1>
      <p>Koordinationsteamets overblik over netværksgruppernes områder: uger, hvor en kategori af politiets hændelser steg et godt stykke over niveauet. Nyeste uge først.</p>
      ${areaId === undefined ? '' : html`<p><a href="${EVERY_ALERT_PATH}">Alarmer i alle områder</a></p>`}
      ${alerts.items.length === 0 ? html`<p>Der er ingen alarmer${cursor ? ' på denne side' : ''}.</p>` : alertsTable(alerts.items, areaId === undefined, `Alarmer${cursor ? ' (fortsat)' : ''}`)}
      ${pager({ path: areaId === undefined ? EVERY_ALERT_PATH : areaAlertsHref(areaId), label: 'Sider med alarmer', next: alerts.next, onLaterPage: cursor !== undefined })}`,
  });
}
