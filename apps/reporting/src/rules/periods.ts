import type { Refusal, Refusals } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';

export const PERIOD_KINDS = ['month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Statistics cover at most ten years at a time; a longer window is refused, not truncated. */
export const MAX_WINDOW_MONTHS = 120;

/** One column of a statistic: `2026-03` or `2026-Q1`, with its first and last day. */
export interface Period {
  key: string;
  first: string;
  last: string;
}

/** The months a statistic covers, whole periods only. */
export interface StatisticWindow {
  kind: PeriodKind;
  /** First and last day of the window. */
  first: string;
  last: string;
  periods: Period[];
}

/** What a refused window says: a stable code for programs, Danish for the person. */
export const WINDOW_REFUSALS = {
  from: { code: 'statistics-from-invalid', message: 'from skal være en måned, ÅÅÅÅ-MM, fx 2026-01.' },
  to: { code: 'statistics-to-invalid', message: 'to skal være en måned, ÅÅÅÅ-MM, fx 2026-12.' },
  fromToRequired: { code: 'statistics-from-to-missing', message: 'from og to skal begge være med, som måneder ÅÅÅÅ-MM.' },
  yearRequired: { code: 'statistics-year-missing', message: 'year skal være med: statistik med skjulte små tal dækker ét kalenderår ad gangen.' },
  toBeforeFrom: { code: 'statistics-to-before-from', message: 'to må ikke ligge før from.' },
  tooLong: { code: 'statistics-window-too-long', message: `from og to må højst dække ${MAX_WINDOW_MONTHS} måneder.` },
  fromNotQuarterStart: { code: 'statistics-from-not-quarter-start', message: 'from skal være første måned i et kvartal (01, 04, 07 eller 10), når period er quarter.' },
  toNotQuarterEnd: { code: 'statistics-to-not-quarter-end', message: 'to skal være sidste måned i et kvartal (03, 06, 09 eller 12), når period er quarter.' },
  monthOnly: {
    code: 'statistics-period-month-only',
    message: 'Kommunens tal om unge kommer kun pr. måned (period=month), så intet skjult tal kan regnes ud fra en anden slags periode.',
  },
  quarterOnly: {
    code: 'statistics-period-quarter-only',
    message: 'Et områdes tal om unge kommer kun pr. kvartal (period=quarter), så intet skjult tal kan regnes ud fra en anden slags periode.',
  },
} as const satisfies Refusals;

/** A window that cannot be; names the query field it came from, and carries the refusal's code. */
export class WindowError extends Error {
  readonly code: string;

  constructor(
    readonly field: string,
    refusal: Refusal,
  ) {
    super(refusal.message);
    this.code = refusal.code;
    this.name = 'WindowError';
  }

  get refusal(): Refusal {
    return { code: this.code, message: this.message };
  }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string, field: string): number {
  const match = MONTH.exec(month);
  if (!match) throw new WindowError(field, field === 'from' ? WINDOW_REFUSALS.from : WINDOW_REFUSALS.to);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function firstDayOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function lastDayOf(index: number): string {
  return addDays(firstDayOf(index + 1), -1);
}

/** The key of the period a day falls in. */
export function periodKeyOf(day: string, kind: PeriodKind): string {
  return kind === 'month' ? day.slice(0, 7) : `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The periods from the month `from` to the month `to`, both included. Quarters must start
 * and end on quarter boundaries: a statistic never shows a part of a period as if it were whole.
 */
export function windowOf(kind: PeriodKind, from: string, to: string): StatisticWindow {
  const start = monthIndex(from, 'from');
  const end = monthIndex(to, 'to');
  if (end < start) throw new WindowError('to', WINDOW_REFUSALS.toBeforeFrom);
  if (end - start + 1 > MAX_WINDOW_MONTHS) throw new WindowError('to', WINDOW_REFUSALS.tooLong);
  const step = kind === 'month' ? 1 : 3;
  if (kind === 'quarter') {
    if (start % 3 !== 0) throw new WindowError('from', WINDOW_REFUSALS.fromNotQuarterStart);
    if (end % 3 !== 2) throw new WindowError('to', WINDOW_REFUSALS.toNotQuarterEnd);
  }
  const periods: Period[] = [];
  for (let index = start; index <= end; index += step) {
    const first = firstDayOf(index);
    periods.push({ key: periodKeyOf(first, kind), first, last: lastDayOf(index + step - 1) });
  }
  return { kind, first: firstDayOf(start), last: lastDayOf(end), periods };
}

/** A whole calendar year, the only window the suppressed audiences get (see docs/reporting.md). */
export function yearWindow(kind: PeriodKind, year: number): StatisticWindow {
  return windowOf(kind, `${year}-01`, `${year}-12`);
}

/**
 * The period kind a statistic is counted in for an audience. The coordination team chooses
 * (months by default). Counts of young people shown with small numbers hidden come in one
 * kind per audience only: a quarter is three months, so a month hidden in one table could be
 * worked out from the quarter beside it. The Lokalråd's municipality-wide tables are by month;
 * an area's, whose months are mostly small, by quarter.
 */
export function periodKindFor(audience: 'full' | 'municipality' | 'area', countsPersons: boolean, asked: PeriodKind | undefined): PeriodKind {
  if (audience === 'full' || !countsPersons) return asked ?? 'month';
  const only: PeriodKind = audience === 'municipality' ? 'month' : 'quarter';
  if (asked !== undefined && asked !== only) {
    throw new WindowError('period', only === 'month' ? WINDOW_REFUSALS.monthOnly : WINDOW_REFUSALS.quarterOnly);
  }
  return only;
}
