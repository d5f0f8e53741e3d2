/**
 * The most of each kind of record an extract holds: a person's records are few, but nothing
 * bounds them (the access log grows with every read), so no extract costs memory in
 * proportion to them. The newest are kept, and the extract says when some were left out.
 */
export const EXTRACT_LIST_MAX = 1000;

/** A list of an extract: the newest `EXTRACT_LIST_MAX`, and whether there were more. */
export interface ExtractList<T> {
  items: T[];
  cut: boolean;
}

/** The list from up to `EXTRACT_LIST_MAX + 1` rows read newest first (one more than is kept, to know whether there are more). */
export function extractListOf<Row, T>(rows: readonly Row[], map: (row: Row) => T): ExtractList<T> {
  return { items: rows.slice(0, EXTRACT_LIST_MAX).map(map), cut: rows.length > EXTRACT_LIST_MAX };
}
