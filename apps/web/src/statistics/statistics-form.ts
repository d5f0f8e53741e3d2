import type { Parsed } from '../pages/form-parsing';
import type { FieldError } from '../pages/forms';
import type { StatisticsAudience } from './statistics-audience';
import { viewsFor, type StatisticsView } from './statistics-views';

/** How many years before this one the form offers to compare with. */
export const EARLIER_YEARS = 5;

/** What the page shows: a view, and the earlier years put beside this year (newest first). */
export interface StatisticsChoice {
  view: StatisticsView;
  compareWith: number[];
}

/** The form as the person sent it, to show again as chosen. */
export interface StatisticsFormInput {
  view: string;
  compareWith: string[];
}

export type ParsedStatisticsForm = Parsed<StatisticsChoice, StatisticsFormInput>;

/** The years the form offers to compare with this one, newest first. */
export function earlierYears(thisYear: number): number[] {
  return Array.from({ length: EARLIER_YEARS }, (_, index) => thisYear - 1 - index);
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item): item is string => typeof item === 'string').map((item) => item.trim());

/**
 * The page's GET form (`?tal=<view>&sammenlign=<year>&sammenlign=<year>`). Before the form is
 * sent (no `tal`), the first view against last year. A view this page does not offer, or a
 * year outside the offered ones, is an error on its field with what was chosen kept.
 */
export function parseStatisticsForm(query: Readonly<Record<string, unknown>>, audience: StatisticsAudience['kind'], thisYear: number): ParsedStatisticsForm {
  const views = viewsFor(audience);
  const sent = query.tal !== undefined;
  const input: StatisticsFormInput = { view: sent ? (texts(query.tal)[0] ?? '') : views[0].id, compareWith: sent ? texts(query.sammenlign) : [String(thisYear - 1)] };
  const errors: FieldError[] = [];
  const view = views.find((candidate) => candidate.id === input.view);
  if (!view) errors.push({ field: 'tal', message: 'Vælg en af de viste opgørelser.', code: 'statistics-view-unknown' });
  const offered = earlierYears(thisYear);
  const years = input.compareWith.map(Number);
  if (years.some((year) => !offered.includes(year))) {
    errors.push({ field: 'sammenlign', message: `Vælg år at sammenligne med mellem ${offered.at(-1)} og ${offered[0]}.`, code: 'statistics-year-not-offered' });
  }
  if (errors.length > 0 || !view) return { ok: false, errors, input };
  return { ok: true, value: { view, compareWith: [...new Set(years)].sort((a, b) => b - a) }, input };
}

/** The form's choice as the address's query, for the CSV link. */
export function choiceQuery(choice: StatisticsChoice): string {
  const query = new URLSearchParams({ tal: choice.view.id });
  for (const year of choice.compareWith) query.append('sammenlign', String(year));
  return query.toString();
}
