import { barChart } from './bar-chart';
import { NO_DATA_MESSAGE } from './svg';

const widths = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="18" rx="2"/g)].map((match) => Number(match[1]));

describe('barChart', () => {
  const spec = { id: 'areas', title: 'Hændelser pr. område', description: 'Tre områder', color: '#123456' };

  it('draws bars whose lengths are proportional to their values, with the values written out', () => {
    const svg = barChart({ ...spec, bars: [{ label: 'Randers C', value: 200 }, { label: 'Langå', value: 50 }, { label: 'Fårup', value: 1234 }] });
    const [c, langaa, faarup] = widths(svg);
    expect(c / langaa).toBeCloseTo(4, 1);
    expect(faarup / langaa).toBeCloseTo(1234 / 50, 0);
    expect(svg).toContain('>1.234</text>');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="areas-title areas-desc"/);
    expect(svg).toContain('<title id="areas-title">Hændelser pr. område</title><desc id="areas-desc">Tre områder</desc>');
  });

  it('marks a hidden value as hidden with a stub of no size, and never writes its number', () => {
    const svg = barChart({ ...spec, bars: [{ label: 'Randers C', value: 40 }, { label: 'Langå', value: 3, hidden: true }] });
    expect(widths(svg)).toHaveLength(1);
    expect(svg).toContain('class="bar-value hidden-value"');
    expect(svg).toContain('>skjult</text>');
    expect(svg).not.toMatch(/>3</);
    expect(svg).toContain('<title>Langå: skjult</title>');
  });

  it('says so when there is nothing to draw', () => {
    expect(barChart({ ...spec, bars: [] })).toContain(NO_DATA_MESSAGE);
    expect(barChart({ ...spec, bars: [], emptyMessage: 'Ingen alarmer.' })).toContain('>Ingen alarmer.</text>');
  });

  it('escapes labels, titles and colours against markup injection', () => {
    const svg = barChart({ ...spec, title: '<b>x</b>', bars: [{ label: '<img src=x onerror=alert(1)>', value: 5, color: '"><script>' }] });
    expect(svg).not.toMatch(/<img|<script|<b>/);
    expect(svg).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});
