import type { CellValue } from '../reading/sheet-row';

/**
 * A cell as trimmed text, `undefined` when blank. Text is NFC-normalised so that the same
 * name typed on different systems (composed or decomposed å, é) compares and hashes alike.
 */
export function cellText(value: CellValue): string | undefined {
  if (value === null) return undefined;
  const text = value instanceof Date ? dateCellText(value) : String(value);
  const trimmed = text.normalize('NFC').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A date cell under a text column (Excel turned the text into a date): show it as a date. */
function dateCellText(value: Date): string {
  if (Number.isNaN(value.getTime())) return String(value);
  const iso = value.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
