/**
 * Finding CPR numbers in free text, however they are typed. This is the one definition the
 * suite uses: the privacy logger and error bodies mask what it finds (maskPersonalData),
 * network groups' texts refuse it (NoCprNumber), and the police list refuses rows that carry
 * one in a column that travels pseudonymously.
 */

/** One CPR number found in a text. */
export interface CprInText {
  /** Where it starts in the text as given (a UTF-16 offset, for slicing and replacing). */
  start: number;
  /** Where it ends in the text as given, exclusive. */
  end: number;
  /** The ten digits, in ASCII, without separators. */
  digits: string;
}

/*
 * The rule, and why.
 *
 * Normalisation: each character is folded by Unicode NFKC, so full-width digits
 * (０１０１１２４００１), full-width hyphens and ideographic spaces count as their ASCII
 * selves. Invisible format characters (zero-width space, soft hyphen, joiners) are dropped,
 * so they cannot split a number. Separators are whitespace of any kind, any dash or minus
 * sign, dots (. and ·) and slashes; other punctuation (commas, colons) ends a number.
 *
 * Shape: a day 01–31 and a month 01–12, two digits each, then two digits of year, then four
 * digits; up to two separators between day, month and year, up to three (`010112 - 4001`)
 * before the four. The four are never split: `01 02 03 04` (an eight-digit phone number
 * written in pairs, the Danish way) is not a CPR number, nor is `12 34 56 78`.
 *
 * Date: plausible, not real. The day and month must be in range, which is what keeps phone
 * numbers, journal numbers and amounts out, but 31-02 is not refused: a CPR number with a
 * typo in its date is still a person's number, and masking or refusing it costs nothing.
 * There is no modulus-11 check: numbers issued since 2007 need not pass it.
 *
 * Edges: the number must stand alone. A digit right before or after it, or a hyphen, dot or
 * slash joining it to more digits, makes it part of a longer number (`12345678901`, a UUID,
 * `2026-11-22`, the journal number `4201-12345-00012-26`). A date typed in groups
 * (`01 01 12`) must also not continue a run of pairs: a phone number in pairs followed by a
 * postal code (`21 10 11 12 8900`) is not read as `10 11 12 8900`. A pair that is itself the
 * end of a longer number does not count (`3700-1-26 01 03 10 4321` is caught), and a compact
 * date may follow anything but a joined digit (`tlf. 12345678 0101124001` is caught).
 *
 * What it cannot tell apart: a two-digit-year date followed by a time without a colon
 * (`12.11.26 1430`) has exactly the shape of `01.01.12 4001` and is taken for a CPR number.
 * Dates with a four-digit year (`01.01.2012`, `01.01.2012 1430`) and times with a colon or
 * after `kl.` are not.
 */
const NUMBER = /(?<![0-9])(0[1-9]|[12][0-9]|3[01])([ .\-/]{0,2})(0[1-9]|1[0-2])([ .\-/]{0,2})([0-9]{2})[ .\-/]{0,3}([0-9]{4})(?![0-9])/g;
/** Hyphen, dot or slash joining digits: one number (a date, a journal number, a UUID). */
const JOINED_BEFORE = /[0-9][.\-/]$/;
const JOINED_AFTER = /^[.\-/][0-9]/;
/** A standalone pair of digits and a separator: the date's groups would continue a run of pairs. */
const PAIR_BEFORE = /[^0-9.\-/][0-9]{2}[ .\-/]{1,2}$/;

/** Any character Unicode calls a number: a superset of what NFKC folds to an ASCII digit. */
const NUMERIC = /\p{N}/gu;
const FORMAT_CHARACTER = /^\p{Cf}$/u;
const DASH = /^[\p{Pd}\u2212]$/u;
const SPACE = /^\s$/u;

/**
 * The text as one character per visible input character: a digit, ' ', '-', '.', '/' or '_'
 * for anything else, with where each came from, so a match maps back to the text as given.
 * It starts with one '_' that stands for the start of the text, so every look back finds a
 * character.
 */
interface Skeleton {
  text: string;
  starts: number[];
  ends: number[];
}

function fold(character: string): string {
  const folded = character.length === 1 && character.charCodeAt(0) < 0x80 ? character : character.normalize('NFKC');
  if (folded.length !== 1) return '_';
  if (folded >= '0' && folded <= '9') return folded;
  if (SPACE.test(folded)) return ' ';
  if (DASH.test(folded)) return '-';
  if (folded === '.' || folded === '\u00B7') return '.';
  if (folded === '/') return '/';
  return '_';
}

function skeletonOf(text: string): Skeleton {
  const skeleton: Skeleton = { text: '_', starts: [0], ends: [0] };
  let offset = 0;
  for (const character of text) {
    const next = offset + character.length;
    if (!FORMAT_CHARACTER.test(character)) {
      skeleton.text += fold(character);
      skeleton.starts.push(offset);
      skeleton.ends.push(next);
    }
    offset = next;
  }
  return skeleton;
}

/** Every CPR number in a text, in order, by the rule above. */
export function findCprNumbers(text: string): CprInText[] {
  if (!hasTenDigits(text)) return [];
  const skeleton = skeletonOf(text);
  const found: CprInText[] = [];
  const pattern = new RegExp(NUMBER.source, 'g');
  for (let match = pattern.exec(skeleton.text); match !== null; match = pattern.exec(skeleton.text)) {
    const [whole, day, dayGap, month, monthGap, year, serial] = match;
    const first = match.index;
    const last = first + whole.length;
    const before = skeleton.text.slice(Math.max(0, first - 6), first);
    const grouped = dayGap !== '' || monthGap !== '';
    if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(skeleton.text.slice(last, last + 2)) || (grouped && PAIR_BEFORE.test(before))) {
      pattern.lastIndex = first + 1;
      continue;
    }
    found.push({ start: skeleton.starts[first], end: skeleton.ends[last - 1], digits: `${day}${month}${year}${serial}` });
  }
  return found;
}

/** A quick way out for the many texts (log lines) with no number in them; counts, never backtracks. */
function hasTenDigits(text: string): boolean {
  let digits = 0;
  for (NUMERIC.lastIndex = 0; NUMERIC.exec(text) !== null; ) if (++digits === 10) return true;
  return false;
}

export function containsCprNumber(text: string): boolean {
  return findCprNumbers(text).length > 0;
}
