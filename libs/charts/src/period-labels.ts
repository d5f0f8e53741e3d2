const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/** A period key as a reader says it: `2026-03` is "mar.", `2026-Q2` is "2. kvt.". */
export function periodLabel(key: string): string {
  const quarter = /^\d{4}-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}. kvt.`;
  const month = /^\d{4}-(\d{2})$/.exec(key);
  return month ? (MONTHS[Number(month[1]) - 1] ?? key) : key;
}

/** The first day of a period key, YYYY-MM-DD. */
export function periodStart(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return `${key.slice(0, 7)}-01`;
}

/** Indexes of the periods that have begun by `today`: the rest of this year is not a row of zeros to draw. */
export function begunPeriods(keys: readonly string[], today: string): number[] {
  return keys.flatMap((key, index) => (periodStart(key) <= today ? [index] : []));
}
