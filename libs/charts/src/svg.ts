/** What every chart shares: escaping, Danish numbers, axis ticks and the empty-chart message. */

/** Text and attribute values from data (labels, titles) are escaped: a category name is never markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Danish number formatting: 1.234 and 36,4. */
export function danishNumber(value: number, maximumFractionDigits = 1): string {
  return value.toLocaleString('da-DK', { maximumFractionDigits });
}

/** Rounds for SVG coordinates, so the markup stays short and comparable in tests. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Axis ticks from 0 to a round maximum at or above `max`: steps of 1, 2 or 5 times a power
 * of ten, about four of them. A maximum of 0 still gets an axis (0 to 1).
 */
export function niceTicks(max: number, target = 4): number[] {
  const top = Math.max(max, 1);
  const rough = top / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const wholeStep = Math.max(1, step);
  const ticks: number[] = [];
  for (let tick = 0; tick < top + wholeStep; tick += wholeStep) {
    ticks.push(tick);
    if (tick >= top) break;
  }
  return ticks;
}

/** The opening of an accessible chart: role img, named by its title and described by its desc. */
/** What every chart is given: its element id, its accessible title and description, and what to say when there is nothing to draw. */
export interface ChartSpec {
  id: string;
  title: string;
  description: string;
  width?: number;
  /** Said instead of the chart when there is nothing to draw. */
  emptyMessage?: string;
}

export function svgOpen(id: string, width: number, height: number, title: string, description: string, kind = ''): string {
  return (
    `<svg id="${escapeXml(id)}" class="chart${kind ? ` ${kind}` : ''}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${escapeXml(id)}-title ${escapeXml(id)}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title><desc id="${escapeXml(id)}-desc">${escapeXml(description)}</desc>`
  );
}

/** Said instead of drawing an empty chart, so that an empty chart is never mistaken for zeros drawn badly. */
export const NO_DATA_MESSAGE = 'Ingen tal at vise for det valgte udsnit.';

/** Drawn over a chart whose every non-zero value is suppressed. */
export const ALL_HIDDEN_MESSAGE = 'Tallene er små og derfor skjult.';

export function emptyChart(id: string, width: number, title: string, message = NO_DATA_MESSAGE): string {
  const height = 80;
  return `${svgOpen(id, width, height, title, message)}<text class="chart-empty" x="${width / 2}" y="${height / 2}" text-anchor="middle" dominant-baseline="middle">${escapeXml(message)}</text></svg>`;
}

/** A value that is there to draw: not hidden by suppression and not empty. */
export const isDrawn = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** What a suppressed value shows as, in charts and tables alike. */
export const HIDDEN_LABEL = 'skjult';

/** What a suppressed value is in a file for a spreadsheet (CSV, XLSX), as in Statistics Denmark's tables. */
export const SUPPRESSED_MARK = '..';

/** A value as text: Danish digits, or the hidden mark; never the number behind a hidden value. */
export function valueText(value: number | null, hidden: boolean, suffix = ''): string {
  if (hidden) return HIDDEN_LABEL;
  return isDrawn(value) ? `${danishNumber(value)}${suffix}` : '–';
}
