import type { CellValue } from '../reading/sheet-row';
import { cellText } from './cell-text';
import { POLICE_LIST_FIELDS, type PoliceListField } from './police-list-field';

/** Every header spelling of each column, as in the format description (police-list-format.md). */
export const HEADER_ALIASES: Readonly<Record<PoliceListField, readonly string[]>> = {
  journalNumber: ['journalnummer', 'journalnr', 'j.nr', 'politijournal', 'sagsnummer', 'journal number'],
  incidentDate: ['gerningsdato', 'dato', 'hændelsesdato', 'date', 'incident date'],
  incidentTime: ['tidspunkt', 'klokkeslæt', 'kl', 'time'],
  offenceCode: ['gerningskode', 'forholdskode', 'kode', 'offence code'],
  offenceText: ['gerningsbeskrivelse', 'forhold', 'overtrædelse', 'lovovertrædelse', 'beskrivelse', 'offence'],
  role: ['rolle', 'involvering', 'role'],
  cpr: ['cpr', 'cprnr', 'cpr-nummer', 'personnummer'],
  birthDate: ['fødselsdato', 'født', 'birth date'],
  name: ['navn', 'fulde navn', 'name'],
  address: ['adresse', 'bopæl', 'address'],
  postalCode: ['postnr', 'postnummer', 'post code'],
  school: ['skole', 'uddannelsessted', 'school'],
  incidentLocation: ['gerningssted', 'sted', 'location'],
  policeUnit: ['station', 'politistation', 'enhed'],
  summary: ['resumé', 'referat', 'bemærkning', 'note'],
  protectedAddress: ['beskyttet', 'protected'],
};

/** Columns every list must have; `cpr` stands for "CPR or birth date" (see mapHeader). */
const ALWAYS_REQUIRED: readonly PoliceListField[] = ['journalNumber', 'incidentDate', 'offenceText', 'role', 'name'];

/** Which field each column holds, and what the clerk should hear about the header. */
export interface HeaderMapping {
  /** Column index → field; `undefined` for unknown, blank or repeated columns. */
  columns: Array<PoliceListField | undefined>;
  /** Header texts that name no column; their cells are ignored. */
  unknown: string[];
  /** Required columns the header lacks; `cpr` when there is neither CPR nor birth date. */
  missingRequired: PoliceListField[];
  /**
   * Fields named by more than one column. Only the first such column is read: which of two
   * columns holds the truth cannot be known, so the caller should reject such a file.
   */
  duplicated: PoliceListField[];
}

/**
 * Case, spaces, dots, hyphens and underscores vary between lists ("J.nr", "CPR-nummer",
 * "Fulde_navn"). A byte-order mark the reader left on the first header is dropped too.
 */
export function normaliseHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s._\-\uFEFF]/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, PoliceListField> = new Map(
  POLICE_LIST_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [normaliseHeader(alias), field] as const)),
);

export function mapHeader(headerCells: CellValue[]): HeaderMapping {
  const columns: Array<PoliceListField | undefined> = [];
  const unknown: string[] = [];
  const seen = new Set<PoliceListField>();
  const duplicated = new Set<PoliceListField>();
  for (const cell of headerCells) {
    const text = cellText(cell);
    const field = text === undefined ? undefined : FIELD_BY_HEADER.get(normaliseHeader(text));
    if (text !== undefined && field === undefined) unknown.push(text);
    if (field !== undefined && seen.has(field)) duplicated.add(field);
    columns.push(field !== undefined && !seen.has(field) ? field : undefined);
    if (field !== undefined) seen.add(field);
  }
  return { columns, unknown, missingRequired: missingRequired(seen), duplicated: [...duplicated] };
}

/**
 * Each field's heading as the file writes it ("CPR-nummer", "Journalnr"), so an error names
 * the column the clerk sees. A known heading is one of the aliases above, never a person's data.
 */
export function columnHeadings(header: HeaderMapping, headerCells: CellValue[]): ReadonlyMap<PoliceListField, string> {
  const headings = new Map<PoliceListField, string>();
  header.columns.forEach((field, index) => {
    const text = cellText(headerCells[index] ?? null);
    if (field !== undefined && text !== undefined) headings.set(field, text);
  });
  return headings;
}

function missingRequired(present: ReadonlySet<PoliceListField>): PoliceListField[] {
  const identityMissing = !present.has('cpr') && !present.has('birthDate');
  return POLICE_LIST_FIELDS.filter((field) => (ALWAYS_REQUIRED.includes(field) ? !present.has(field) : field === 'cpr' && identityMissing));
}
