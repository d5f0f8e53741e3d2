import { containsCprNumber } from '@ssp/platform/privacy/cpr-in-text';
import { maskPersonalData } from '@ssp/platform/privacy/mask-personal-data';

/**
 * Whether a text holds the identity of the row's person, for the columns that travel
 * pseudonymously (journal number, offence, school, place, remarks) and the names of unknown
 * columns. A CPR number is found as the platform finds it everywhere (`findCprNumbers`); the
 * name is the row's own name column.
 *
 * The name rule. Words are compared whole, without case and after NFKC (so full-width
 * letters count): a name part inside a longer word is no match, so Mads Skov's school
 * "Skovvangskolen" and the place "Holmevej" for Emil Holm pass. Found are
 * - the whole name, its words in order whatever stands between them ("Jensen, Mads" is not
 *   the name; "MADS  EMIL-JENSEN" is), and the first and last name together;
 * - in every column but the school, also any one name part of three letters or more
 *   ("Mads", "Ali", "Jensen"): the remark "Mads slog en dreng" names him. Parts of one or
 *   two letters (Bo, Ib, Li) are too often ordinary words ("bo", "i") to count alone.
 * The school column takes only the whole name: schools are named after places and people
 * ("Lund Skole", "Hald Ege Skole", "Niels Ebbesen Skolen") and a pupil's surname is often
 * the same word; what goes wrong there is the name typed in the wrong column, which is the
 * whole name.
 */
export type NameRule = 'whole-name' | 'whole-name-or-part';

export type PersonalDataInText = 'cpr-number' | 'person-name';

/** A name part this long or longer counts alone; see the rule above. */
export const SHORTEST_NAME_PART = 3;

const WORD = /[\p{L}\p{M}]+/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function comparable(word: string): string {
  return word.normalize('NFKC').toLocaleLowerCase('da');
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: comparable(match[0]), start: match.index, end: match.index + match[0].length }));
}

/** The word sequences and single words that identify the person under a rule. */
function namePatterns(personName: string, rule: NameRule): string[][] {
  const parts = wordsOf(personName).map((word) => word.text);
  if (parts.length === 0) return [];
  const patterns = [parts];
  if (parts.length > 2) patterns.push([parts[0], parts[parts.length - 1]]);
  if (rule === 'whole-name-or-part') patterns.push(...parts.filter((part) => [...part].length >= SHORTEST_NAME_PART).map((part) => [part]));
  return patterns;
}

/** Where in `words` each pattern occurs: index ranges [from, to). */
function nameOccurrences(words: readonly Word[], patterns: readonly string[][]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const pattern of patterns) {
    for (let from = 0; from + pattern.length <= words.length; from += 1) {
      if (pattern.every((part, offset) => words[from + offset].text === part)) found.push([from, from + pattern.length]);
    }
  }
  return found;
}

/** The first kind of the person's identity a text holds, CPR number first; `undefined` when none. */
export function personalDataIn(text: string, personName: string | undefined, rule: NameRule): PersonalDataInText | undefined {
  if (containsCprNumber(text)) return 'cpr-number';
  if (personName === undefined) return undefined;
  return nameOccurrences(wordsOf(text), namePatterns(personName, rule)).length > 0 ? 'person-name' : undefined;
}

/** Stands in for a name in a text that is kept or shown. */
export const MASKED_NAME = '[navn]';

/**
 * A text with every CPR number masked (`DDMMYY-xxxx`) and every occurrence of the person's
 * name (by the whole-name-or-part rule) replaced by `[navn]`: for texts that are kept and
 * shown rather than refused, such as the names of unknown columns and quoted cells.
 */
export function maskIdentity(text: string, personName: string | undefined): string {
  const masked = maskPersonalData(text);
  if (personName === undefined) return masked;
  const words = wordsOf(masked);
  const hidden = new Array<boolean>(words.length).fill(false);
  for (const [from, to] of nameOccurrences(words, namePatterns(personName, 'whole-name-or-part'))) hidden.fill(true, from, to);
  let result = '';
  let position = 0;
  words.forEach((word, index) => {
    if (!hidden[index]) return;
    /** "Mads Emil Jensen" becomes one [navn]; "Jensen, Mads" keeps its comma. */
    const joinsPrevious = index > 0 && hidden[index - 1] && masked.slice(position, word.start).trim() === '';
    result += joinsPrevious ? '' : `${masked.slice(position, word.start)}${MASKED_NAME}`;
    position = word.end;
  });
  return result + masked.slice(position);
}

/**
 * The names of a list's unknown columns as they may be stored and shown: CPR numbers masked
 * at once, and the name of each row's person masked as the rows are read (a header that is
 * someone's name is found only by the rows). A row costs a few set lookups unless one of its
 * name's words is a word of some column name.
 */
export class UnknownColumnNames {
  private names: string[];
  private words: Set<string>;

  constructor(names: readonly string[]) {
    this.names = names.map(maskPersonalData);
    this.words = this.wordsOfNames();
  }

  maskName(personName: string | undefined): void {
    if (personName === undefined || this.words.size === 0) return;
    if (!wordsOf(personName).some((part) => this.words.has(part.text))) return;
    this.names = this.names.map((name) => maskIdentity(name, personName));
    this.words = this.wordsOfNames();
  }

  get masked(): string[] {
    return [...this.names];
  }

  private wordsOfNames(): Set<string> {
    return new Set(this.names.flatMap((name) => wordsOf(name).map((word) => word.text)));
  }
}
