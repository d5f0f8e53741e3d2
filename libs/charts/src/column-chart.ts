import { ALL_HIDDEN_MESSAGE, type ChartSpec, danishNumber, emptyChart, escapeXml, isDrawn, niceTicks, px, svgOpen, valueText } from './svg';

export interface ColumnSeries {
  name: string;
  color: string;
  values: readonly (number | null)[];
  /** Which values are suppressed: drawn as a hatched stub, never at their size. */
  hidden?: readonly boolean[];
}

export interface ColumnChartSpec extends ChartSpec {
  /** The groups along the x axis, e.g. months. */
  labels: readonly string[];
  series: readonly ColumnSeries[];
  height?: number;
}

const MARGIN = { left: 40, right: 8, top: 30, bottom: 28 };
const STUB = 5;

/** Vertical columns, grouped by x label with one column per series side by side, and a legend above. */
export function columnChart(spec: ColumnChartSpec): string {
  const width = spec.width ?? 520;
  const height = spec.height ?? 240;
  const hiddenAt = (series: ColumnSeries, index: number) => series.hidden?.[index] === true;
  const anything = spec.series.some((series) => series.values.some((value, index) => (isDrawn(value) && value > 0) || hiddenAt(series, index)));
  if (spec.labels.length === 0 || spec.series.length === 0 || !anything) return emptyChart(spec.id, width, spec.title, spec.emptyMessage);
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const max = Math.max(0, ...spec.series.flatMap((series) => series.values.filter((value, index) => isDrawn(value) && !hiddenAt(series, index)) as number[]));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1];
  const y = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / top;
  const group = (plot.right - plot.left) / spec.labels.length;
  const column = Math.min(28, (group * 0.8) / spec.series.length);
  const groupPad = (group - column * spec.series.length) / 2;

  const parts: string[] = [svgOpen(spec.id, width, height, spec.title, spec.description)];
  parts.push(
    `<defs><pattern id="${escapeXml(spec.id)}-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#8a8a8a" stroke-width="2"/></pattern></defs>`,
  );
  let legendX = plot.left;
  parts.push('<g class="legend">');
  for (const series of spec.series) {
    parts.push(`<rect x="${px(legendX)}" y="6" width="12" height="12" rx="2" fill="${escapeXml(series.color)}"/><text x="${px(legendX + 17)}" y="12" dominant-baseline="middle">${escapeXml(series.name)}</text>`);
    legendX += 30 + series.name.length * 6.6;
  }
  parts.push('</g><g class="axis" aria-hidden="true">');
  for (const tick of ticks) {
    parts.push(`<line class="grid" x1="${plot.left}" x2="${plot.right}" y1="${px(y(tick))}" y2="${px(y(tick))}"/>`);
    parts.push(`<text x="${plot.left - 6}" y="${px(y(tick))}" text-anchor="end" dominant-baseline="middle">${danishNumber(tick)}</text>`);
  }
  spec.labels.forEach((label, index) => parts.push(`<text x="${px(plot.left + group * index + group / 2)}" y="${height - 9}" text-anchor="middle">${escapeXml(label)}</text>`));
  parts.push('</g>');
  spec.series.forEach((series, s) => {
    parts.push(`<g class="series" data-series="${escapeXml(series.name)}">`);
    series.values.forEach((value, index) => {
      const x = plot.left + group * index + groupPad + column * s;
      const hidden = hiddenAt(series, index);
      const tip = `<title>${escapeXml(`${series.name}, ${spec.labels[index]}: ${valueText(value, hidden)}`)}</title>`;
      if (hidden) {
        parts.push(`<rect class="column-hidden" x="${px(x)}" y="${px(plot.bottom - STUB * 2)}" width="${px(column - 1)}" height="${STUB * 2}" fill="url(#${escapeXml(spec.id)}-hatch)" stroke="#8a8a8a">${tip}</rect>`);
      } else if (isDrawn(value) && value > 0) {
        parts.push(`<rect x="${px(x)}" y="${px(y(value))}" width="${px(column - 1)}" height="${px(plot.bottom - y(value))}" fill="${escapeXml(series.color)}">${tip}</rect>`);
      }
    });
    parts.push('</g>');
  });
  if (max === 0) {
    parts.push(`<text class="chart-empty" x="${px((plot.left + plot.right) / 2)}" y="${px((plot.top + plot.bottom) / 2)}" text-anchor="middle">${escapeXml(ALL_HIDDEN_MESSAGE)}</text>`);
  }
  parts.push(`<line class="baseline" x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}"/></svg>`);
  return parts.join('');
}
