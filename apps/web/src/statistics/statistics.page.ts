import { barChart, columnChart, danishNumber, HIDDEN_LABEL, valueText, type Bar } from '@ssp/charts';
import { describedBy, errorSummary, fieldErrorMessage, radioGroup, type FieldError } from '../pages/forms';
import { html, Html } from '../pages/html';
import { renderPage } from '../pages/layout';
import type { ActiveSession } from '../session/session.service';
import { AUDIENCE_TEXT, audiencePath, type StatisticsAudience } from './statistics-audience';
import { choiceQuery, earlierYears, type StatisticsChoice, type StatisticsFormInput } from './statistics-form';
import type { StatisticsView } from './statistics-views';
import type { OwnArea } from './own-areas';
import type { ComparisonRow, YearCell, YearComparison } from './year-comparison';

export interface StatisticsPageModel {
  audience: StatisticsAudience;
  /** This year as reporting counts it. */
  thisYear: number;
  views: readonly StatisticsView[];
  input: StatisticsFormInput;
  errors: readonly FieldError[];
  /** What is shown; null when the form was refused. */
  shown: { choice: StatisticsChoice; comparison: YearComparison } | null;
}

/** Each year keeps its colour by how far back it is: this year is always the strong blue (Okabe-Ito, told apart by common colour-vision deficiencies). */
const YEAR_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#999999'];
const yearColour = (comparison: YearComparison, index: number) => YEAR_COLOURS[(comparison.years.length - 1 - index) % YEAR_COLOURS.length];

const SUFFIX: Record<ComparisonRow['unit'], string> = { count: '', percent: ' %', days: ' dage' };
const FORM_LABELS = { tal: 'Opgørelse', sammenlign: 'Sammenlign med' };

function scopeName(audience: StatisticsAudience): string {
  if (audience.kind === 'area') return `området ${audience.areaId}`;
  return 'Randers Kommune';
}

const cellText = (cell: YearCell, unit: ComparisonRow['unit'] = 'count') => valueText(cell.value, cell.hidden, SUFFIX[unit]);

function cell(value: YearCell, unit: ComparisonRow['unit'] = 'count'): Html {
  return html`<td class="align-text-right${value.hidden ? ' statistics-hidden' : ''}">${cellText(value, unit)}</td>`;
}

/** A table of the numbers a chart draws: the way a screen reader (and anyone checking the chart) reads them. */
function numbersTable(id: string, caption: string, firstHeading: string, years: readonly number[], rows: readonly { label: string; cells: readonly YearCell[]; unit?: ComparisonRow['unit']; total?: boolean }[]): Html {
  return html`<div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="${id}-caption">
      <table class="table table--zebra statistics-table" id="${id}">
        <caption id="${id}-caption">${caption}</caption>
        <thead><tr><th scope="col">${firstHeading}</th>${years.map((year) => html`<th scope="col" class="align-text-right">${year}</th>`)}</tr></thead>
        <tbody>${rows.map((row) => html`<tr${row.total ? html` class="statistics-total"` : ''}><th scope="row">${row.label}</th>${row.cells.map((value) => cell(value, row.unit))}</tr>`)}</tbody>
      </table>
    </div>`;
}

/** Says how many numbers are hidden and why, under a chart that leaves them out. */
function hiddenNote(cells: readonly YearCell[]): Html {
  const hidden = cells.filter((value) => value.hidden).length;
  if (hidden === 0) return html``;
  return html`<p class="statistics-note">${hidden === 1 ? 'Ét tal er' : `${danishNumber(hidden)} tal er`} skjult, fordi ${hidden === 1 ? 'det er' : 'de er'} små eller ville afsløre et lille tal. Grafen viser ${hidden === 1 ? 'det' : 'dem'} som en skraveret stump; tabellen skriver «${HIDDEN_LABEL}».</p>`;
}

/** A row with something to draw: a number other than 0 in some year, or a hidden one. */
const hasNumbers = (row: ComparisonRow) => row.cells.some((value) => value.hidden || (value.value !== null && value.value !== 0));

/**
 * The breakdown's rows year by year: a bar per row and year, this year's last, and the same as
 * a table. Rows with 0 (or nothing) in every year are left out of the chart (said under it) but
 * kept in the table.
 */
export function rowsSection(comparison: YearComparison, view: StatisticsView, scope: string): Html {
  const drawn = comparison.rows.filter(hasNumbers);
  const left = comparison.rows.length - drawn.length;
  const bars: Bar[] = drawn.flatMap((row) =>
    row.cells.map((value, index) => ({ label: `${row.label} ${comparison.years[index]}`, value: value.value, hidden: value.hidden, color: yearColour(comparison, index) })),
  );
  const summary = drawn.map((row) => `${row.label}: ${row.cells.map((value, index) => `${comparison.years[index]} ${cellText(value, row.unit)}`).join(', ')}`).join('; ');
  const leftOut = left === 0 ? '' : ` ${left === 1 ? 'Én række har' : `${left} rækker har`} 0 i alle årene og står kun i tabellen.`;
  const chart = barChart({
    id: 'chart-years',
    title: `${view.text} pr. år, ${scope}`,
    description: drawn.length === 0 ? 'Ingen tal at vise.' : `${view.text} i ${comparison.years.join(', ')}: ${summary}.${leftOut}`,
    bars,
    color: YEAR_COLOURS[0],
    width: 760,
    labelWidth: 260,
    emptyMessage: `Ingen ${view.text.toLowerCase()} i ${comparison.years.join(', ')}.`,
  });
  const rows = [...comparison.rows, ...(comparison.totals ? [{ label: 'I alt', cells: comparison.totals, unit: 'count' as const, total: true }] : [])];
  return html`<section class="statistics-section" aria-labelledby="years-heading">
      <h2 id="years-heading">År for år</h2>
      <figure class="statistics-figure">${new Html(chart)}</figure>
      ${hiddenNote(rows.flatMap((row) => row.cells))}
      ${leftOut ? html`<p class="statistics-note">${leftOut.trim()}</p>` : ''}
      ${numbersTable('table-years', `${view.text} pr. år, ${scope}`, comparison.rowHeading, comparison.years, rows)}
    </section>`;
}

/** The periods' totals of each year side by side: a group of columns per month (or quarter), a column per year. */
export function periodsSection(comparison: YearComparison, view: StatisticsView, scope: string, periodWord: string): Html {
  if (!comparison.periods) return html``;
  const { labels, byYear } = comparison.periods;
  const chart = columnChart({
    id: 'chart-periods',
    title: `${view.text} pr. ${periodWord}, ${comparison.years.join(' og ')}, ${scope}`,
    description: `${view.text} pr. ${periodWord}: ${comparison.years.map((year, index) => `${year}: ${labels.map((label, period) => `${label} ${cellText(byYear[index][period])}`).join(', ')}`).join('; ')}.`,
    labels,
    series: comparison.years.map((year, index) => ({ name: String(year), color: yearColour(comparison, index), values: byYear[index].map((value) => value.value), hidden: byYear[index].map((value) => value.hidden) })),
    width: 760,
    emptyMessage: `Ingen tal pr. ${periodWord} at vise.`,
  });
  const rows = labels.map((label, period) => ({ label, cells: byYear.map((cells) => cells[period]) }));
  const capitalised = periodWord.charAt(0).toUpperCase() + periodWord.slice(1);
  return html`<section class="statistics-section" aria-labelledby="periods-heading">
      <h2 id="periods-heading">${capitalised} for ${periodWord}</h2>
      <figure class="statistics-figure">${new Html(chart)}</figure>
      ${hiddenNote(byYear.flat())}
      <p class="statistics-note">${periodWord === 'kvartal' ? 'Et' : 'En'} ${periodWord}, der ikke er begyndt endnu, står tom.</p>
      ${numbersTable('table-periods', `${view.text} pr. ${periodWord} og år, ${scope}`, capitalised, comparison.years, rows)}
    </section>`;
}

function choiceForm(model: StatisticsPageModel): Html {
  const { input, errors } = model;
  const years = earlierYears(model.thisYear);
  const yearsFailed = errors.some((error) => error.field === 'sammenlign');
  return html`<form method="get" action="${audiencePath(model.audience)}" class="statistics-form" aria-labelledby="statistics-form-heading">
      <h2 id="statistics-form-heading" class="h3">Vælg tal og år</h2>
      ${errorSummary(errors, { heading: 'Tallene kunne ikke vises', labels: FORM_LABELS, note: 'Dine valg står der stadig.' })}
      ${radioGroup({ id: 'tal', legend: FORM_LABELS.tal, value: input.view, choices: model.views.map((view) => ({ value: view.id, text: view.text })), errors })}
      <div class="form-group${yearsFailed ? ' form-error' : ''}">
        <fieldset aria-describedby="${describedBy('sammenlign', true, yearsFailed)}">
          <legend class="form-label">${FORM_LABELS.sammenlign}</legend>
          <span class="form-hint" id="sammenlign-hint">${model.thisYear} vises altid. Vælg de tidligere år, der skal stå ved siden af.</span>
          ${fieldErrorMessage('sammenlign', errors)}
          <ul class="nobullet-list statistics-years">${years.map((year, index) => {
            const id = index === 0 ? 'sammenlign' : `sammenlign-${year}`;
            return html`<li class="form-group-checkbox">
              <input type="checkbox" class="form-checkbox" id="${id}" name="sammenlign" value="${year}"${input.compareWith.includes(String(year)) ? html` checked` : ''}>
              <label class="form-label" for="${id}">${year}</label>
            </li>`;
          })}</ul>
        </fieldset>
      </div>
      <button type="submit" class="button button-secondary">Vis tallene</button>
    </form>`;
}

function suppressionText(model: StatisticsPageModel): string {
  if (model.audience.kind === 'full') return 'Alle tal vises. Siden er kun for koordinationsteamet: del ikke små tal videre.';
  const threshold = model.shown?.comparison.threshold;
  const meetings = model.audience.kind === 'municipality' ? ' Møder tæller ingen personer og vises altid.' : '';
  return `Af hensyn til de unge viser statistikken tal under ${threshold ?? 'tærsklen'} som «${HIDDEN_LABEL}», og det samme gælder tal, som et skjult tal ellers kunne regnes ud fra.${meetings}`;
}

function shownPart(model: StatisticsPageModel): Html {
  if (!model.shown) return html``;
  const { choice, comparison } = model.shown;
  const scope = scopeName(model.audience);
  const periodWord = model.audience.kind === 'area' ? 'kvartal' : 'måned';
  return html`<h2 class="statistics-shown">${choice.view.text}, ${comparison.years.join(', ')}</h2>
      <p><a class="function-link" href="${audiencePath(model.audience)}/tal.csv?${choiceQuery(choice)}" download>Hent tallene som CSV (til Excel)</a></p>
      ${rowsSection(comparison, choice.view, scope)}
      ${periodsSection(comparison, choice.view, scope, periodWord)}`;
}

/**
 * The statistics page of one audience: what it hides and why, the form choosing a view and
 * the earlier years to compare with, then this year beside them, each chart followed by its
 * numbers as a table, and the CSV of it all. A refused form is shown again with its choices.
 */
export function statisticsPage(session: ActiveSession, model: StatisticsPageModel): string {
  return renderPage({
    title: 'Statistik',
    current: 'statistics',
    signedIn: session,
    main: html`
      <h1>Statistik: ${scopeName(model.audience)}</h1>
      <p class="font-lead">${AUDIENCE_TEXT[model.audience.kind]}. Tallene kommer fra politiets SSP-lister, Mandagsgruppen og netværksgrupperne; personer indgår kun som pseudonymer.</p>
      <p>${suppressionText(model)}</p>
      ${choiceForm(model)}
      ${shownPart(model)}`,
  });
}

/** For a person whose roles open no statistics: says so, and who to ask. */
export function noStatisticsPage(session: ActiveSession): string {
  return renderPage({
    title: 'Statistik',
    current: 'statistics',
    signedIn: session,
    main: html`<h1>Statistik</h1><p>Dine roller giver ikke adgang til statistik. Kontakt SSP-sekretariatet, hvis du skal se statistikken.</p>`,
  });
}

/** A network group member's way to their own areas' statistics (the registry's network groups they are in today). */
export function ownAreasPage(session: ActiveSession, areas: readonly OwnArea[]): string {
  return renderPage({
    title: 'Statistik',
    current: 'statistics',
    signedIn: session,
    main: html`<h1>Statistik for dit område</h1>
      <p>${AUDIENCE_TEXT.area}. Du kan se statistikken for områderne i de netværksgrupper, du er medlem af.</p>
      ${
        areas.length === 0
          ? html`<p>SSP-sekretariatets register har dig ikke som medlem af en netværksgruppe i dag. Kontakt sekretariatet, hvis det er forkert.</p>`
          : html`<ul>${areas.map((area) => html`<li><a href="${audiencePath({ kind: 'area', areaId: area.areaId })}">${area.groupName}</a></li>`)}</ul>`
      }`,
  });
}
