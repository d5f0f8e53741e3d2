import type { CellValue } from '../reading/sheet-row';
import { cellText } from './cell-text';
import { failed, parsed, type Parsed } from './parsed';

/**
 * The spellings in the format description, x for a ticked box, and SAND/FALSK: what a
 * Danish Excel writes for a TRUE/FALSE cell when it saves a list as CSV.
 */
const FLAG_BY_WORD: ReadonlyMap<string, boolean> = new Map([
  ['ja', true],
  ['yes', true],
  ['1', true],
  ['true', true],
  ['sand', true],
  ['x', true],
  ['nej', false],
  ['no', false],
  ['0', false],
  ['false', false],
  ['falsk', false],
]);

/** Whether the person has navne- og adressebeskyttelse; a blank cell means no. */
export function parseProtectedFlag(value: CellValue): Parsed<boolean, 'protected-flag-invalid'> {
  if (typeof value === 'boolean') return parsed(value);
  if (value instanceof Date) return failed('protected-flag-invalid');
  const text = cellText(value);
  if (text === undefined) return parsed(false);
  const flag = FLAG_BY_WORD.get(text.toLowerCase());
  return flag === undefined ? failed('protected-flag-invalid') : parsed(flag);
}
