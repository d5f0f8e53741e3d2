import { policeListCsv, type PoliceListRowCells } from '../police-list-files';
import { seedCall, type ApiBody } from './http';
import type { Side } from './sides';

const HEADER = ['Journalnr', 'Gerningsdato', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Postnr'];
/** A column the ingestion does not know and ignores: it changes a file's bytes, not its incidents. */
const IGNORED_COLUMN = 'Bemærkning';

/** What each seeded young person is for in case coordination; every one is charged, so flagged for review. */
export const SEEDED_PERSON_ROLES = ['review', 'action', 'merged', 'kept'] as const;
export type SeededPersonRole = (typeof SEEDED_PERSON_ROLES)[number];

export function journalNumberOf(side: Side, role: SeededPersonRole): string {
  return `${side.code.toUpperCase()}-${SEEDED_PERSON_ROLES.indexOf(role) + 1}`;
}

/** Invented young people born in March 2011 (CPR seventh digit 4: the 2000s), in the side's area, with fixed incident days. */
function rowsOf(side: Side): PoliceListRowCells[] {
  const serialBase = side.name === 'home' ? 4001 : 4101;
  return SEEDED_PERSON_ROLES.map((role, index) => ({
    Journalnr: journalNumberOf(side, role),
    Gerningsdato: `${String(10 + index).padStart(2, '0')}-02-2026`,
    Forhold: 'Butikstyveri',
    Rolle: 'sigtet',
    'CPR-nummer': `010311-${serialBase + index}`,
    Navn: `${['Asta', 'Bjørn', 'Cecilie', 'Dan'][index]} ${side.name === 'home' ? 'Holm' : 'Lund'}`,
    Postnr: side.postalCode,
  }));
}

/** The side's police list; another `variant` is another file with the same incidents (all duplicates then). */
export function seededPoliceList(side: Side, variant = ''): Buffer {
  const rows = rowsOf(side).map((row) => ({ ...row, [IGNORED_COLUMN]: variant }));
  return policeListCsv([...HEADER, IGNORED_COLUMN], rows, { encoding: 'utf8' });
}

export function policeListForm(content: Buffer, fileName: string): ApiBody {
  return {
    form: () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), fileName);
      return form;
    },
  };
}

/**
 * A list with one young person of the side no other list names (born in March 2011 like the
 * others, `serial` making the CPR number, and so the person, and the journal number their own; the
 * journal number may not hold a part of the name, or the row is refused): someone a call may
 * erase. Returns the file and the journal number to find the person by.
 */
export function singlePersonPoliceList(side: Side, serial: number): { file: Buffer; journalNumber: string } {
  const journalNumber = `${side.code.toUpperCase()}-S-${serial}`;
  const cpr = `030311-${String(5000 + serial).padStart(4, '0')}`;
  const rows = [{ Journalnr: journalNumber, Gerningsdato: '12-02-2026', Forhold: 'Butikstyveri', Rolle: 'sigtet', 'CPR-nummer': cpr, Navn: 'Erik Juhl', Postnr: side.postalCode }];
  return { file: policeListCsv(HEADER, rows, { encoding: 'utf8' }), journalNumber };
}

/** Uploads the side's list; returns its id once every row is accepted. */
export async function uploadSeededPoliceList(ingestionUrl: string, token: string, side: Side): Promise<string> {
  const summary = await seedCall<{ id: string; accepted: number }>(ingestionUrl, 'POST', '/police-lists', token, 201, policeListForm(seededPoliceList(side), `politiliste-${side.code}.csv`));
  if (summary.accepted !== SEEDED_PERSON_ROLES.length) throw new Error(`the seeded list of ${side.name} was not accepted whole: ${JSON.stringify(summary)}`);
  return summary.id;
}
