/** What COPY's text format reads as a backslash sequence: everything else stands for itself. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escaped(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (character) => ESCAPED[character]) : text;
}

/** A one-dimensional PostgreSQL array literal, every element quoted (so "NULL", commas and braces stay text). */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((element) => {
    if (element === null || element === undefined) return 'NULL';
    if (typeof element !== 'string') throw new Error(`cannot write an array element of type ${typeof element}`);
    return `"${element.replace(/[\\"]/g, '\\$&')}"`;
  });
  return `{${elements.join(',')}}`;
}

/** One value as COPY's text format expects it: `\N` for null, text with its special characters escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escaped(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (Array.isArray(value)) return escaped(arrayLiteral(value));
  throw new Error(`cannot write a value of type ${typeof value} into a column`);
}

/** Rows as the body of `COPY ... FROM STDIN` in text format: one line per row, columns split by tabs. */
export function copyText<T>(columns: readonly { value: (row: T) => unknown }[], rows: readonly T[]): string {
  let text = '';
  for (const row of rows) text += `${columns.map((column) => copyValue(column.value(row))).join('\t')}\n`;
  return text;
}
