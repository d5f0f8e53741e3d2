import { type ChartSpec, emptyChart, escapeXml, HIDDEN_LABEL, isDrawn, niceTicks, px, svgOpen, valueText } from './svg';

export interface Bar {
  label: string;
  value: number | null;
  /** Suppressed: drawn as a hatched stub marked as hidden, never at its size. */
  hidden?: boolean;
  color?: string;
}

export interface BarChartSpec extends ChartSpec {
  bars: readonly Bar[];
  color: string;
  /** Room for the labels on the left. */
  labelWidth?: number;
}

const ROW = 28;
const BAR = 18;
const TOP = 6;
const VALUE_ROOM = 64;

/** Horizontal bars, one per label, the value written at the end of each: for comparing a handful of things side by side. */
export function barChart(spec: BarChartSpec): string {
  const width = spec.width ?? 520;
  const labelWidth = spec.labelWidth ?? 150;
  const drawn = spec.bars.filter((bar) => !bar.hidden && isDrawn(bar.value));
  if (spec.bars.length === 0 || (drawn.length === 0 && !spec.bars.some((bar) => bar.hidden))) return emptyChart(spec.id, width, spec.title, spec.emptyMessage);
  const ticks = niceTicks(Math.max(0, ...drawn.map((bar) => bar.value as number)));
  const top = ticks[ticks.length - 1];
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - VALUE_ROOM;
  const height = TOP + spec.bars.length * ROW + 8;
  const parts: string[] = [svgOpen(spec.id, width, height, spec.title, spec.description)];
  parts.push(
    `<defs><pattern id="${escapeXml(spec.id)}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="2"/></pattern></defs>`,
  );
  parts.push(`<line class="baseline" x1="${plotLeft}" x2="${plotLeft}" y1="${TOP - 2}" y2="${height - 6}"/>`);
  spec.bars.forEach((bar, index) => {
    const rowTop = TOP + index * ROW;
    const middle = rowTop + ROW / 2;
    const hidden = bar.hidden === true;
    const length = hidden || !isDrawn(bar.value) ? 0 : (plotWidth * bar.value) / top;
    const text = valueText(bar.value, hidden);
    parts.push(`<g class="bar${hidden ? ' bar-hidden' : ''}"><title>${escapeXml(`${bar.label}: ${text}`)}</title>`);
    parts.push(`<text class="bar-label" x="${plotLeft - 8}" y="${px(middle)}" text-anchor="end" dominant-baseline="middle">${escapeXml(bar.label)}</text>`);
    if (hidden) {
      parts.push(`<rect x="${plotLeft}" y="${px(middle - BAR / 2)}" width="22" height="${BAR}" fill="url(#${escapeXml(spec.id)}-hatch)" stroke="#8a8a8a"/>`);
    } else if (length > 0) {
      parts.push(`<rect x="${plotLeft}" y="${px(middle - BAR / 2)}" width="${px(length)}" height="${BAR}" rx="2" fill="${escapeXml(bar.color ?? spec.color)}"/>`);
    }
    const textX = plotLeft + (hidden ? 22 : length) + 6;
    parts.push(`<text class="bar-value${hidden ? ' hidden-value' : ''}" x="${px(textX)}" y="${px(middle)}" dominant-baseline="middle">${escapeXml(hidden ? HIDDEN_LABEL : text)}</text>`);
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
