import { columnChart } from './column-chart';
import { ALL_HIDDEN_MESSAGE } from './svg';

/** Heights of the drawn (not hidden) columns, in document order. */
const heights = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill="#/g)].map((match) => Number(match[1]));

describe('columnChart', () => {
  const spec = { id: 'interventions', title: 'Indsatser', description: 'Aftalt og gennemført', labels: ['jan.', 'feb.', 'mar.'] };

  it('draws columns grouped by period whose heights are proportional to their values, with a legend', () => {
    const svg = columnChart({
      ...spec,
      series: [
        { name: 'Aftalt', color: '#0072B2', values: [4, 8, 2] },
        { name: 'Gennemført', color: '#009E73', values: [1, 0, 6] },
      ],
    });
    const [a1, a2, a3, g1, g3] = heights(svg);
    expect([a2 / a1, a3 / a1, g1 / a1, g3 / a1].map((ratio) => Math.round(ratio * 100) / 100)).toEqual([2, 0.5, 0.25, 1.5]);
    expect(svg).toContain('>Aftalt</text>');
    expect(svg).toContain('<title>Gennemført, mar.: 6</title>');
  });

  it('draws a hidden value as a hatched stub of fixed size, and never its number', () => {
    const svg = columnChart({ ...spec, series: [{ name: 'Overskredet', color: '#D55E00', values: [null, 12, 0], hidden: [true, false, false] }] });
    expect(svg).toContain('class="column-hidden"');
    expect(svg).toContain('<title>Overskredet, jan.: skjult</title>');
    expect(heights(svg)).toHaveLength(1);
  });

  it('says so when every value is hidden, and when there is nothing but zeros', () => {
    const hidden = columnChart({ ...spec, series: [{ name: 'Overskredet', color: '#D55E00', values: [null, 0, 0], hidden: [true, false, false] }] });
    expect(hidden).toContain(ALL_HIDDEN_MESSAGE);
    const zeros = columnChart({ ...spec, series: [{ name: 'Møder', color: '#56B4E9', values: [0, 0, 0] }], emptyMessage: 'Ingen møder i 2026.' });
    expect(zeros).toContain('>Ingen møder i 2026.</text>');
    expect(zeros).not.toContain('<rect x');
  });

  it('escapes series names and labels', () => {
    const svg = columnChart({ ...spec, labels: ['<i>jan</i>'], series: [{ name: '</text><script>', color: '#000', values: [1] }] });
    expect(svg).not.toMatch(/<script|<i>/);
  });
});
