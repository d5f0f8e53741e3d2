/** What a parser of one cell gives: the value, or why it could not be read. */
export type Parsed<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function parsed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failed<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
