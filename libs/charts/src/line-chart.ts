import { type ChartSpec, danishNumber, emptyChart, escapeXml, isDrawn, niceTicks, px, svgOpen } from './svg';

export interface LineSeries {
  name: string;
  color: string;
  /** One per x label; null where hidden or not measured (the line breaks there). */
  values: readonly (number | null)[];
}

export interface LineChartSpec extends ChartSpec {
  /** The x axis, e.g. months. */
  labels: readonly string[];
  series: readonly LineSeries[];
  height?: number;
}

const MARGIN = { left: 44, right: 150, top: 14, bottom: 30 };
const LABEL_GAP = 18;
/** Dash patterns on top of colour, so lines differ for readers who do not tell the colours apart. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

/** Moves labels apart (sorted by y) so that no two overlap, keeping them inside the plot height. */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const [position, item] of order.entries()) placed[position] = Math.max(item.y, position === 0 ? top : placed[position - 1] + gap);
  // Then back up from the bottom, moving only those that would overlap the one below.
  for (let position = placed.length - 1; position >= 0; position -= 1) {
    const limit = position === placed.length - 1 ? bottom : placed[position + 1] - gap;
    placed[position] = Math.max(top, Math.min(placed[position], limit));
  }
  const result: number[] = [];
  order.forEach((item, position) => (result[item.index] = placed[position]));
  return result;
}

/** A line per series over the x labels, each line named at its end (no legend to look up). */
export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 720;
  const height = spec.height ?? 300;
  if (spec.labels.length === 0 || !spec.series.some((series) => series.values.some(isDrawn))) return emptyChart(spec.id, width, spec.title, spec.emptyMessage);
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const max = Math.max(...spec.series.flatMap((series) => series.values.filter(isDrawn)));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const x = (index: number) => (spec.labels.length === 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * index) / (spec.labels.length - 1));
  const y = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / top;

  const parts: string[] = [svgOpen(spec.id, width, height, spec.title, spec.description, 'chart-wide')];
  parts.push('<g class="axis" aria-hidden="true">');
  for (const tick of ticks) {
    parts.push(`<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${px(y(tick))}" y2="${px(y(tick))}"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${px(y(tick))}" text-anchor="end" dominant-baseline="middle">${danishNumber(tick)}</text>`);
  }
  spec.labels.forEach((label, index) => parts.push(`<text x="${px(x(index))}" y="${height - 10}" text-anchor="middle">${escapeXml(label)}</text>`));
  parts.push('</g>');

  const ends: { series: number; x: number; y: number }[] = [];
  spec.series.forEach((series, index) => {
    const dash = DASHES[index % DASHES.length];
    const segments: string[] = [];
    let current: string[] = [];
    series.values.forEach((value, column) => {
      if (isDrawn(value)) current.push(`${current.length === 0 ? 'M' : 'L'}${px(x(column))} ${px(y(value))}`);
      else if (current.length > 0) (segments.push(current.join(' ')), (current = []));
    });
    if (current.length > 0) segments.push(current.join(' '));
    parts.push(`<g class="series" data-series="${escapeXml(series.name)}"><title>${escapeXml(series.name)}</title>`);
    for (const segment of segments) parts.push(`<path d="${segment}" fill="none" stroke="${escapeXml(series.color)}" stroke-width="2.5" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    series.values.forEach((value, column) => {
      if (isDrawn(value)) parts.push(`<circle cx="${px(x(column))}" cy="${px(y(value))}" r="3.5" fill="${escapeXml(series.color)}"><title>${escapeXml(`${series.name}, ${spec.labels[column]}: ${danishNumber(value)}`)}</title></circle>`);
    });
    parts.push('</g>');
    const last = series.values.reduce<number>((found, value, column) => (isDrawn(value) ? column : found), -1);
    if (last >= 0) ends.push({ series: index, x: x(last), y: y(series.values[last] as number) });
  });

  const labelY = spreadLabels(ends.map((end) => end.y), LABEL_GAP, plot.top, plot.bottom);
  parts.push('<g class="line-labels">');
  ends.forEach((end, index) => {
    const series = spec.series[end.series];
    const dash = DASHES[end.series % DASHES.length];
    const at = px(labelY[index]);
    parts.push(`<line x1="${plot.right + 8}" x2="${plot.right + 24}" y1="${at}" y2="${at}" stroke="${escapeXml(series.color)}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    parts.push(`<text x="${plot.right + 28}" y="${at}" dominant-baseline="middle">${escapeXml(series.name)}</text>`);
  });
  parts.push('</g></svg>');
  return parts.join('');
}
