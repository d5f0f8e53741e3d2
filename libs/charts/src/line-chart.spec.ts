import { lineChart, spreadLabels } from './line-chart';
import { NO_DATA_MESSAGE } from './svg';

const spec = { id: 'trend', title: 'Hændelser pr. måned', description: 'Tyveri og vold', labels: ['jan.', 'feb.', 'mar.', 'apr.'] };
const points = (svg: string, series: string) => {
  const group = new RegExp(`<g class="series" data-series="${series}">(.*?)</g>`).exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((match) => [Number(match[1]), Number(match[2])]);
};

describe('lineChart', () => {
  it('puts each point at a height proportional to its value, evenly along the periods', () => {
    const svg = lineChart({ ...spec, series: [{ name: 'Tyveri', color: '#0072B2', values: [10, 20, 0, 5] }] });
    const drawn = points(svg, 'Tyveri');
    const baseline = drawn[2][1];
    const height = (index: number) => baseline - drawn[index][1];
    expect([height(1) / height(0), height(3) / height(0)]).toEqual([2, 0.5]);
    const gaps = drawn.slice(1).map(([x], index) => x - drawn[index][0]);
    expect(new Set(gaps.map((gap) => Math.round(gap))).size).toBe(1);
    expect(svg).toContain('<title>Tyveri, feb.: 20</title>');
  });

  it('breaks the line at a hidden value instead of drawing it', () => {
    const svg = lineChart({ ...spec, series: [{ name: 'Vold', color: '#D55E00', values: [6, null, 7, 8] }] });
    expect(points(svg, 'Vold')).toHaveLength(3);
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
  });

  it('names each line at its end, in dark text beside a sample of its colour and dash', () => {
    const svg = lineChart({
      ...spec,
      series: [
        { name: 'Tyveri', color: '#0072B2', values: [1, 2, 3, 4] },
        { name: 'Vold', color: '#D55E00', values: [1, 2, 3, 4] },
      ],
    });
    const labels = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" dominant-baseline="middle">(Tyveri|Vold)<\/text>/g)].map((match) => [match[2], Number(match[1])]);
    expect(labels.map(([name]) => name)).toEqual(['Tyveri', 'Vold']);
    expect(Math.abs((labels[0][1] as number) - (labels[1][1] as number))).toBeGreaterThanOrEqual(18);
    expect(svg).toContain('stroke-dasharray="6 3"');
  });

  it('says so when there is nothing to draw', () => {
    expect(lineChart({ ...spec, series: [] })).toContain(NO_DATA_MESSAGE);
    const hidden = lineChart({ ...spec, series: [{ name: 'Vold', color: '#D55E00', values: [null, null, null, null] }], emptyMessage: 'Tallene er små og derfor skjult.' });
    expect(hidden).toContain('>Tallene er små og derfor skjult.</text>');
    expect(hidden).not.toContain('<path');
  });

  it('escapes series names against markup injection', () => {
    const svg = lineChart({ ...spec, series: [{ name: '<script>alert(1)</script>', color: '#000', values: [1, 2, 3, 4] }] });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });
});

describe('spreadLabels', () => {
  it('moves labels apart by at least the gap, keeping their order and staying inside', () => {
    const placed = spreadLabels([100, 101, 102, 50], 14, 10, 120);
    expect(placed[3]).toBe(50);
    expect([placed[1] - placed[0], placed[2] - placed[1]].every((gap) => gap >= 14)).toBe(true);
    expect(Math.max(...placed)).toBeLessThanOrEqual(120);
  });
});
