import type { Audience, StatisticRow, StatisticTable } from '../statistics/statistic-table';
import { ALERT_COLOUR, AREA_COLOUR, barChart, begunPeriods, categoryColour, columnChart, danishNumber, escapeXml, HIDDEN_LABEL, INTERVENTION_COLOURS, isDrawn, lineChart, MEETING_COLOUR, periodLabel, valueText, type Bar } from '@ssp/charts';
import { DASHBOARD_CSS } from './dashboard.css';
import { dashboardPath, dashboardRoot, filterQuery, statisticsHref, type DashboardFilter } from './dashboard-links';

/** The tables one dashboard shows, all for the same audience, year and period kind. */
export interface DashboardTables {
  overview: StatisticTable;
  /** Incidents by offence category. */
  byCategory: StatisticTable;
  /** Incidents by area; null when the page is about one area. */
  byArea: StatisticTable | null;
  interventions: StatisticTable;
  /** Meetings are not counted per area: null on an area's page. */
  meetings: StatisticTable | null;
  /** Area alerts by area, or by category on an area's page. */
  alerts: StatisticTable;
}

export interface DashboardPage {
  audience: Audience;
  filter: DashboardFilter;
  /** The area's name when the page is about one area. */
  areaName: string | null;
  tables: DashboardTables;
  /** Danish calendar day; periods after it are not drawn. */
  today: string;
  /** The years the filter offers, newest first. */
  years: readonly number[];
  /** The areas the filter offers; null for no area filter. `''` is the whole municipality. */
  areaChoices: readonly { id: string; name: string }[] | null;
  /** The other dashboards the caller may open. */
  views: readonly { audience: Audience; label: string }[];
  /** For the page's one inline stylesheet (the CSP allows no other inline style). */
  nonce: string;
}

const AUDIENCE_BADGES: Record<Audience['kind'], string> = {
  full: 'Koordinationsteamet: alle tal',
  municipality: 'Lokalrådet: hele kommunen, små tal skjult',
  area: 'Netværksgruppen: eget område, små tal skjult',
};

/** The headline numbers, in the order a reader scans them, with shorter labels than the statistic's own. */
const TILES: { id: string; label: string; note?: string; tone?: 'warning' }[] = [
  { id: 'incidents', label: 'Hændelser' },
  { id: 'young-people', label: 'Unge med hændelser', note: 'forskellige personer' },
  { id: 'repeat-rate', label: 'Gentagelse', note: 'unge med 2+ sager på 12 mdr.' },
  { id: 'interventions-started', label: 'Indsatser aftalt' },
  { id: 'interventions-completed', label: 'Indsatser gennemført' },
  { id: 'interventions-overdue', label: 'Indsatser overskredet', tone: 'warning' },
  { id: 'meetings-held', label: 'Afholdte møder' },
  { id: 'area-alerts', label: 'Områdealarmer' },
];

const SUFFIX: Record<StatisticRow['unit'], string> = { count: '', percent: ' %', days: ' dage' };

/** At most this many category lines: more is a tangle; the table below has every category. */
export const TREND_LINES = 6;

const esc = escapeXml;

function cellText(value: number | null, suppressed: boolean, unit: StatisticRow['unit']): string {
  return valueText(value, suppressed, SUFFIX[unit]);
}

function cell(value: number | null, suppressed: boolean, unit: StatisticRow['unit']): string {
  return `<td class="num${suppressed ? ' hidden-value' : ''}">${esc(cellText(value, suppressed, unit))}</td>`;
}

function rowLabel(table: StatisticTable, row: StatisticRow): string {
  return table.keyColumns.map((column) => row.labels[column.id] ?? row.keys[column.id] ?? '').join(' – ');
}

/** The numbers behind a chart as a table: for screen readers, for copying, and for checking the chart. */
export function dataTable(table: StatisticTable, columns: readonly number[], caption: string, rows: readonly StatisticRow[] = table.rows): string {
  const head = [...table.keyColumns.map((column) => `<th scope="col">${esc(column.heading)}</th>`), ...columns.map((index) => `<th scope="col" class="num">${esc(periodLabel(table.columns[index]))}</th>`), '<th scope="col" class="num">I alt</th>'];
  const body = rows.map(
    (row) =>
      `<tr><th scope="row">${esc(rowLabel(table, row))}</th>${columns.map((index) => cell(row.values[index], row.suppressed[index], row.unit)).join('')}${cell(row.total, row.totalSuppressed, row.unit)}</tr>`,
  );
  if (table.columnTotals && table.columnTotalsSuppressed && rows === table.rows) {
    const totals = table.columnTotals;
    const hidden = table.columnTotalsSuppressed;
    body.push(`<tr class="total"><th scope="row">I alt</th>${columns.map((index) => cell(totals[index], hidden[index], 'count')).join('')}${cell(table.grandTotal, table.grandTotalSuppressed, 'count')}</tr>`);
  }
  const keyHeads = table.keyColumns.length === 0 ? '<th scope="col"></th>' : '';
  return `<table data-statistic="${esc(table.statistic)}"><caption>${esc(caption)}</caption><thead><tr>${keyHeads}${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function figure(id: string, heading: string, lead: string, chart: string, table: string, downloads: string): string {
  return (
    `<section class="card" id="${esc(id)}" aria-labelledby="${esc(id)}-heading"><h2 id="${esc(id)}-heading">${esc(heading)}</h2><p class="lead">${esc(lead)}</p>` +
    `<figure>${chart}<details><summary>Se tallene som tabel</summary>${table}</details></figure>${downloads}</section>`
  );
}

function downloads(page: DashboardPage, statistic: string, groupBy: string | null): string {
  const link = (format: 'xlsx' | 'csv', label: string) => `<a href="${esc(statisticsHref(page.audience, page.filter, statistic, groupBy, format))}">${label}</a>`;
  return `<p class="downloads">Hent tallene: ${link('xlsx', 'Excel')} · ${link('csv', 'CSV')}</p>`;
}

function scopeName(page: DashboardPage): string {
  return page.areaName ?? 'Randers Kommune';
}

function periodWord(page: DashboardPage): string {
  return page.filter.period === 'month' ? 'måned' : 'kvartal';
}

function tiles(page: DashboardPage): string {
  const overview = page.tables.overview;
  const byId = new Map(overview.rows.map((row) => [row.keys.measure, row]));
  const shown = TILES.flatMap((tile) => {
    const row = byId.get(tile.id);
    if (!row) return [];
    const hidden = row.totalSuppressed;
    const value = cellText(row.total, hidden, row.unit);
    const warn = tile.tone === 'warning' && !hidden && isDrawn(row.total) && row.total > 0;
    return [
      `<div class="tile${warn ? ' tile-warning' : ''}${hidden ? ' tile-hidden' : ''}" data-measure="${esc(tile.id)}"><span class="tile-value">${esc(value)}</span><span class="tile-label">${esc(tile.label)}</span>${tile.note ? `<span class="tile-note">${esc(tile.note)}</span>` : ''}</div>`,
    ];
  });
  const more = overview.rows
    .filter((row) => !TILES.some((tile) => tile.id === row.keys.measure))
    .map((row) => `<li data-measure="${esc(row.keys.measure)}"><span>${esc(row.labels.measure ?? row.keys.measure)}</span> <strong>${esc(cellText(row.total, row.totalSuppressed, row.unit))}</strong></li>`);
  return (
    `<section class="headline" aria-labelledby="headline-heading"><h2 id="headline-heading" class="visually-hidden">Nøgletal ${page.filter.year}</h2><div class="tiles">${shown.join('')}</div>` +
    (more.length > 0 ? `<details class="more"><summary>Flere nøgletal</summary><ul>${more.join('')}</ul></details>` : '') +
    '</section>'
  );
}

/**
 * The categories worth a line: those with the most incidents in the shown periods, counting
 * only shown values (a hidden count is not known here), and only those with some.
 */
export function trendRows(table: StatisticTable, columns: readonly number[], lines = TREND_LINES): StatisticRow[] {
  const shownSum = (row: StatisticRow) => columns.reduce((sum, index) => sum + (row.suppressed[index] ? 0 : (row.values[index] ?? 0)), 0);
  return table.rows
    .map((row) => ({ row, sum: shownSum(row) }))
    .filter((entry) => entry.sum > 0)
    .sort((a, b) => b.sum - a.sum)
    .slice(0, lines)
    .map((entry) => entry.row);
}

/** How many of the values a chart draws are hidden, said under it (a line breaks, a column is a stub). */
function hiddenNote(rows: readonly StatisticRow[], columns: readonly number[]): string {
  const hidden = rows.reduce((sum, row) => sum + columns.filter((index) => row.suppressed[index]).length, 0);
  if (hidden === 0) return '';
  const what = hidden === 1 ? 'Ét tal er skjult, fordi det er lille eller ville afsløre' : `${danishNumber(hidden)} tal er skjult, fordi de er små eller ville afsløre`;
  return `<p class="note">${what} et lille tal. Grafen springer ${hidden === 1 ? 'det' : 'dem'} over; tabellen viser hvor.</p>`;
}

/** The period today falls in is not over: its lower count is not (yet) a fall. */
function unfinishedNote(page: DashboardPage, table: StatisticTable, columns: readonly number[]): string {
  const last = columns[columns.length - 1];
  const unfinished = last !== undefined && (last + 1 < table.columns.length || page.today <= table.to);
  if (!unfinished) return '';
  return `<p class="note">${page.filter.period === 'month' ? 'Måneden' : 'Kvartalet'} ${esc(periodLabel(table.columns[last]))} er ikke slut endnu.</p>`;
}

function smallNumbersMessage(page: DashboardPage): string {
  return page.filter.period === 'month' ? 'Tallene pr. måned er små og derfor skjult. Vælg inddeling i kvartaler for at se udviklingen.' : 'Tallene er små og derfor skjult.';
}

function trendSection(page: DashboardPage, columns: readonly number[]): string {
  const table = page.tables.byCategory;
  const rows = trendRows(table, columns);
  const labels = columns.map((index) => periodLabel(table.columns[index]));
  const summary = rows.map((row) => `${row.labels.offenceCategory} ${valueText(row.total, row.totalSuppressed)}`).join(', ');
  const hiddenRows = table.rows.filter((row) => row.totalSuppressed).length;
  const description =
    rows.length === 0
      ? 'Ingen hændelser at vise.'
      : `Hændelser pr. ${periodWord(page)} i ${page.filter.year} for de kategorier, der har flest: ${summary}.${hiddenRows === 1 ? ' Én kategori har skjult total, fordi tallene er små.' : hiddenRows > 1 ? ` ${hiddenRows} kategorier har skjult total, fordi tallene er små.` : ''} Alle kategorier står i tabellen.`;
  const chart = lineChart({
    id: 'chart-trend',
    title: `Hændelser pr. ${periodWord(page)} efter kategori, ${scopeName(page)} ${page.filter.year}`,
    description,
    labels,
    series: rows.map((row) => ({ name: row.labels.offenceCategory ?? row.keys.offenceCategory, color: categoryColour(row.keys.offenceCategory), values: columns.map((index) => row.values[index]) })),
    width: 1040,
    height: 320,
    emptyMessage: table.suppression !== null && table.suppression.hiddenValues > 0 ? smallNumbersMessage(page) : `Ingen hændelser i ${page.filter.year}.`,
  });
  const withIncidents = table.rows.filter((row) => (row.total ?? 0) > 0 || row.totalSuppressed).length;
  const someHidden = rows.length < withIncidents && (table.suppression?.hiddenValues ?? 0) > 0;
  const lead =
    rows.length === 0 || rows.length === withIncidents
      ? 'Hvordan hændelserne i politiets SSP-lister udvikler sig, kategori for kategori.'
      : `De ${rows.length} kategorier med flest ${someHidden ? 'viste ' : ''}hændelser. Se alle kategorier i tabellen.`;
  return figure('trend', 'Udviklingen pr. kategori', lead, chart + hiddenNote(rows, columns) + unfinishedNote(page, table, columns), dataTable(table, columns, `Hændelser pr. ${periodWord(page)} og kategori, ${page.filter.year}`), downloads(page, 'incidents', 'offenceCategory'));
}

/** Biggest first; hidden ones last, since their size is not known. */
function sortedBars(bars: Bar[]): Bar[] {
  return [...bars].sort((a, b) => (a.hidden ? 1 : 0) - (b.hidden ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0));
}

function areaSection(page: DashboardPage, table: StatisticTable, columns: readonly number[]): string {
  const rows = table.rows.filter((row) => row.keys.area !== 'unknown' || (row.total ?? 0) > 0 || row.totalSuppressed);
  const bars = sortedBars(rows.map((row) => ({ label: row.labels.area ?? row.keys.area, value: row.total, hidden: row.totalSuppressed })));
  const chart = barChart({
    id: 'chart-areas',
    title: `Hændelser pr. lokalområde, ${page.filter.year}`,
    description: `Hændelser i alt i ${page.filter.year} for hvert lokalområde: ${bars.map((bar) => `${bar.label} ${valueText(bar.value, bar.hidden === true)}`).join(', ')}.`,
    bars,
    color: AREA_COLOUR,
  });
  return figure('areas', 'Områderne side om side', `Hændelser i alt i ${page.filter.year}, største område først.`, chart, dataTable(table, columns, `Hændelser pr. ${periodWord(page)} og lokalområde, ${page.filter.year}`), downloads(page, 'incidents', 'area'));
}

function interventionSection(page: DashboardPage, columns: readonly number[]): string {
  const table = page.tables.interventions;
  const names: Record<string, string> = { started: 'Aftalt', completed: 'Gennemført', overdue: 'Overskredet' };
  const series = table.rows.map((row) => ({
    name: names[row.keys.measure] ?? row.labels.measure,
    color: INTERVENTION_COLOURS[row.keys.measure] ?? '#555555',
    values: columns.map((index) => row.values[index]),
    hidden: columns.map((index) => row.suppressed[index]),
  }));
  const totals = table.rows.map((row) => `${(names[row.keys.measure] ?? row.labels.measure).toLowerCase()} ${valueText(row.total, row.totalSuppressed)}`).join(', ');
  const chart = columnChart({
    id: 'chart-interventions',
    title: `Indsatser pr. ${periodWord(page)}: aftalt, gennemført og overskredet, ${page.filter.year}`,
    description: `Indsatser i ${page.filter.year}: ${totals}.`,
    labels: columns.map((index) => periodLabel(table.columns[index])),
    series,
    emptyMessage: `Ingen indsatser aftalt, gennemført eller overskredet i ${page.filter.year}.`,
  });
  return figure('interventions', 'Indsatser', 'Aftalte indsatser, hvor mange der er gennemført, og hvor mange der har overskredet fristen.', chart + hiddenNote(table.rows, columns), dataTable(table, columns, `Indsatser pr. ${periodWord(page)}, ${page.filter.year}`), downloads(page, 'interventions', null));
}

function meetingSection(page: DashboardPage, table: StatisticTable, columns: readonly number[]): string {
  const totals = table.columnTotals ?? table.columns.map(() => 0);
  const chart = columnChart({
    id: 'chart-meetings',
    title: `Afholdte møder pr. ${periodWord(page)}, ${page.filter.year}`,
    description: `Møder holdt i SSP-organerne i ${page.filter.year}: ${valueText(table.grandTotal, table.grandTotalSuppressed)} i alt.`,
    labels: columns.map((index) => periodLabel(table.columns[index])),
    series: [{ name: 'Møder', color: MEETING_COLOUR, values: columns.map((index) => totals[index]), hidden: columns.map((index) => table.columnTotalsSuppressed?.[index] ?? false) }],
    emptyMessage: `Ingen afholdte møder i ${page.filter.year}.`,
  });
  return figure('meetings', 'Afholdte møder', 'Møder i netværksgrupper, Mandagsgruppen og de andre SSP-organer.', chart, dataTable(table, columns, `Afholdte møder pr. ${periodWord(page)} og organ, ${page.filter.year}`), downloads(page, 'meetings', null));
}

function alertSection(page: DashboardPage, columns: readonly number[]): string {
  const table = page.tables.alerts;
  const byCategory = table.keyColumns[0]?.id === 'offenceCategory';
  const key = byCategory ? 'offenceCategory' : 'area';
  const rows = table.rows.filter((row) => (row.total ?? 0) > 0 || row.totalSuppressed);
  const bars = sortedBars(rows.map((row) => ({ label: row.labels[key] ?? row.keys[key], value: row.total, hidden: row.totalSuppressed, color: byCategory ? categoryColour(row.keys[key]) : ALERT_COLOUR })));
  const chart = barChart({
    id: 'chart-alerts',
    title: `Områdealarmer ${page.filter.year} ${byCategory ? 'efter kategori' : 'pr. lokalområde'}`,
    description:
      bars.length === 0 ? `Ingen områdealarmer i ${page.filter.year}.` : `Områdealarmer i ${page.filter.year}: ${bars.map((bar) => `${bar.label} ${valueText(bar.value, bar.hidden === true)}`).join(', ')}.`,
    bars,
    color: ALERT_COLOUR,
    emptyMessage: `Ingen områdealarmer i ${page.filter.year}.`,
  });
  return figure(
    'alerts',
    'Områdealarmer',
    'En alarm betyder, at en uge havde usædvanligt mange hændelser af én slags i et område.',
    chart,
    dataTable(table, columns, `Områdealarmer pr. ${periodWord(page)}, ${page.filter.year}`),
    downloads(page, 'area-alerts', byCategory ? 'offenceCategory' : 'area'),
  );
}

function filterForm(page: DashboardPage): string {
  const option = (value: string, label: string, selected: boolean) => `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
  const years = page.years.map((year) => option(String(year), String(year), year === page.filter.year)).join('');
  const periods = option('month', 'Måned', page.filter.period === 'month') + option('quarter', 'Kvartal', page.filter.period === 'quarter');
  const current = page.audience.kind === 'area' ? page.audience.areaId : (page.filter.areaId ?? '');
  const areas =
    page.areaChoices === null
      ? ''
      : `<label>Område <select name="areaId">${page.areaChoices.map((area) => option(area.id, area.name, area.id === current)).join('')}</select></label>`;
  // Only the coordination team chooses months or quarters: with small counts hidden, each audience has one kind (periodKindFor).
  const periodChoice = page.audience.kind === 'full' ? `<label>Inddeling <select name="period">${periods}</select></label>` : '';
  return `<form class="filters" method="get" aria-label="Vælg periode og område"><label>År <select name="year">${years}</select></label>${periodChoice}${areas}<button type="submit">Vis</button></form>`;
}

function viewLinks(page: DashboardPage): string {
  if (page.views.length <= 1) return '';
  const root = dashboardRoot(page.audience);
  const links = page.views.map((view) => {
    const current = view.audience.kind === page.audience.kind && (view.audience.kind !== 'area' || (page.audience.kind === 'area' && page.audience.areaId === view.audience.areaId));
    // The period kind goes along only to the coordination team's page; the others have their own.
    const href = `${root}${dashboardPath(view.audience)}?${filterQuery({ year: page.filter.year, period: view.audience.kind === 'full' ? page.filter.period : undefined })}`;
    return current ? `<li><span aria-current="page">${esc(view.label)}</span></li>` : `<li><a href="${esc(href)}">${esc(view.label)}</a></li>`;
  });
  return `<nav class="views" aria-label="Visninger"><ul>${links.join('')}</ul></nav>`;
}

function suppressionNote(page: DashboardPage): string {
  const threshold = Object.values(page.tables).find((table): table is StatisticTable => table !== null && table.suppression !== null)?.suppression?.threshold;
  if (page.audience.kind === 'full') return '<p>Alle tal vises. Siden er kun for koordinationsteamet: del ikke små tal videre.</p>';
  return `<p>Af hensyn til de unge vises tal under ${threshold ?? 5} som «${HIDDEN_LABEL}», og det samme gælder tal, som et skjult tal ellers kunne regnes ud fra. Møder, områdealarmer og initiativer tæller ingen personer og vises altid.</p>`;
}

function longDate(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The whole dashboard as one HTML document: no script, no external resource, one stylesheet under the CSP nonce. */
export function dashboardPage(page: DashboardPage): string {
  const { tables } = page;
  const columns = begunPeriods(tables.byCategory.columns, page.today);
  const pairs = [
    tables.byArea ? areaSection(page, tables.byArea, columns) : '',
    interventionSection(page, columns),
    tables.meetings ? meetingSection(page, tables.meetings, columns) : '',
    alertSection(page, columns),
  ].filter(Boolean);
  const title = `SSP-overblik ${page.filter.year}: ${scopeName(page)}`;
  return (
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    // An empty icon, so the browser asks for no /favicon.ico.
    '<link rel="icon" href="data:,">' +
    `<title>${esc(title)}</title><style nonce="${esc(page.nonce)}">${DASHBOARD_CSS}</style></head><body>` +
    `<header class="masthead"><div class="wrap"><p class="kicker">SSP Randers · Kriminalitet og rusmidler blandt unge</p><h1>${esc(scopeName(page))} ${page.filter.year}</h1>` +
    `<p class="badge audience-${page.audience.kind}">${esc(AUDIENCE_BADGES[page.audience.kind])}</p>${viewLinks(page)}</div></header>` +
    `<main class="wrap">${filterForm(page)}${tiles(page)}${trendSection(page, columns)}<div class="pairs">${pairs.join('')}</div></main>` +
    `<footer class="wrap">${suppressionNote(page)}<p>Tal pr. ${esc(longDate(page.today))}, fra politiets SSP-lister, Mandagsgruppen og netværksgrupperne. Personer indgår kun som pseudonymer.</p></footer>` +
    '</body></html>'
  );
}
