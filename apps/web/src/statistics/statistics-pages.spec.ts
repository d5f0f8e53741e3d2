import type { ActiveSession } from '../session/session.service';
import { categoryRow, incidentsByCategory } from './statistic-tables.fixture';
import { parseStatisticsForm } from './statistics-form';
import { noStatisticsPage, ownAreasPage, statisticsPage, type StatisticsPageModel } from './statistics.page';
import { viewsFor } from './statistics-views';
import { compareYears } from './year-comparison';

const SESSION: ActiveSession = { subject: 'demo-hanne-moerch', name: 'Hanne Mørch', roles: ['local-council-member'], accessToken: 'token', formToken: 'form-token' };

function shownModel(): StatisticsPageModel {
  const parsed = parseStatisticsForm({ tal: 'haendelser-kategori', sammenlign: '2025' }, 'municipality', 2026);
  if (!parsed.ok) throw new Error('the form should parse');
  const comparison = compareYears(
    [
      incidentsByCategory(2026, [categoryRow('theft', 'Tyveri', [12, 15, 9], 36), categoryRow('weapons', 'Våben og knive', [null], null, [true]), categoryRow('arson', 'Brandstiftelse', [0], 0)], [12, null, 9]),
      incidentsByCategory(2025, [categoryRow('theft', 'Tyveri', [40], 40)], [40]),
    ],
    '2026-03-15',
  );
  return { audience: { kind: 'municipality' }, thisYear: 2026, views: viewsFor('municipality'), input: parsed.input, errors: [], shown: { choice: parsed.value, comparison } };
}

const between = (page: string, start: string, end: string) => page.slice(page.indexOf(start), page.indexOf(end, page.indexOf(start)));

describe('the statistics page', () => {
  const page = statisticsPage(SESSION, shownModel());

  it('says whose numbers it shows and that small counts are hidden, with the threshold', () => {
    expect(page).toContain('<h1>Statistik: Randers Kommune</h1>');
    expect(page).toContain('Lokalrådet: hele kommunen, små tal skjult');
    expect(page).toContain('tal under 5 som «skjult»');
    expect(page).toContain('En måned, der ikke er begyndt endnu, står tom.');
    expect(page).toContain('aria-current="page"><span>Statistik</span>');
  });

  it('draws each chart as an image with a title and a description that names the numbers', () => {
    const chart = between(page, '<svg id="chart-years"', '</svg>');
    expect(chart).toContain('role="img" aria-labelledby="chart-years-title chart-years-desc"');
    expect(chart).toContain('<title id="chart-years-title">Hændelser efter kategori pr. år, Randers Kommune</title>');
    expect(chart).toContain('Tyveri: 2025 40, 2026 36; Våben og knive: 2025 –, 2026 skjult. Én række har 0 i alle årene og står kun i tabellen.');
    // A row with nothing in any year is left out of the chart, kept in the table.
    expect(chart).not.toContain('Brandstiftelse');
    expect(between(page, 'id="table-years"', '</table>')).toContain('<th scope="row">Brandstiftelse</th><td class="align-text-right">–</td><td class="align-text-right">0</td>');
    expect(page).toContain('<svg id="chart-periods"');
  });

  it('gives every chart its numbers as a table with a caption and headings, a hidden count as «skjult», never its number', () => {
    const table = between(page, '<table class="table table--zebra statistics-table" id="table-years"', '</table>');
    expect(table).toContain('<caption id="table-years-caption">Hændelser efter kategori pr. år, Randers Kommune</caption>');
    expect(table).toContain('<thead><tr><th scope="col">Kategori</th><th scope="col" class="align-text-right">2025</th><th scope="col" class="align-text-right">2026</th></tr></thead>');
    expect(table).toContain('<th scope="row">Våben og knive</th><td class="align-text-right">–</td><td class="align-text-right statistics-hidden">skjult</td>');
    expect(table).toContain('<tr class="statistics-total"><th scope="row">I alt</th><td class="align-text-right">40</td><td class="align-text-right statistics-hidden">skjult</td>');
    const periods = between(page, 'id="table-periods"', '</table>');
    expect(periods).toContain('<th scope="row">feb.</th><td class="align-text-right">0</td><td class="align-text-right statistics-hidden">skjult</td>');
    expect(periods).toContain('<th scope="row">apr.</th><td class="align-text-right">0</td><td class="align-text-right">–</td>');
    expect(page).toContain('2 tal er skjult');
  });

  it('links to the CSV of what is shown, and keeps the choice in the form', () => {
    expect(page).toContain('href="/statistik/kommune/tal.csv?tal=haendelser-kategori&amp;sammenlign=2025" download');
    expect(page).toMatch(/id="tal" name="tal" value="haendelser-kategori" checked>/);
    expect(page).toMatch(/id="sammenlign" name="sammenlign" value="2025" checked>/);
    expect(page).toMatch(/id="sammenlign-2024" name="sammenlign" value="2024">/);
  });

  it("says an area's periods are quarters, and offers it no meetings to speak of", () => {
    const area = statisticsPage(SESSION, { ...shownModel(), audience: { kind: 'area', areaId: 'langaa' }, views: viewsFor('area') });
    expect(area).toContain('<h1>Statistik: området langaa</h1>');
    expect(area).toContain('<h2 id="periods-heading">Kvartal for kvartal</h2>');
    expect(area).toContain('Et kvartal, der ikke er begyndt endnu, står tom.');
    expect(area).not.toContain('Møder');
  });

  it('needs no inline style or script, which the CSP would refuse', () => {
    expect(page).not.toMatch(/style=|<style|<script/);
  });

  it('shows a refused form again with the Danish reason on its field and the choices kept, and no numbers', () => {
    const parsed = parseStatisticsForm({ tal: 'indsatser', sammenlign: ['2024', '1999'] }, 'municipality', 2026);
    if (parsed.ok) throw new Error('the form should be refused');
    const refused = statisticsPage(SESSION, { ...shownModel(), input: parsed.input, errors: parsed.errors, shown: null });
    expect(refused).toContain('<a href="#sammenlign">Sammenlign med: Vælg år at sammenligne med mellem 2021 og 2025.</a>');
    expect(refused).toMatch(/id="tal-indsatser" name="tal" value="indsatser" checked>/);
    expect(refused).toMatch(/value="2024" checked>/);
    expect(refused).not.toContain('<svg');
    expect(refused).not.toContain('tal.csv');
  });
});

describe('the statistics entry without a page of all areas', () => {
  it("links a network group's member to their own areas' pages, or says the registry has them in none", () => {
    const page = ownAreasPage(SESSION, [{ areaId: 'langaa', groupName: 'Netværksgruppe Langå' }]);
    expect(page).toContain('<li><a href="/statistik/omraader/langaa">Netværksgruppe Langå</a></li>');
    expect(ownAreasPage(SESSION, [])).toContain('har dig ikke som medlem af en netværksgruppe i dag');
  });

  it('tells anyone else who to ask', () => {
    expect(noStatisticsPage(SESSION)).toContain('Dine roller giver ikke adgang til statistik');
  });
});
