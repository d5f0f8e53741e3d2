import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts';
import fc from 'fast-check';
import type { CellValue } from '../reading/sheet-row';
import { areaResolver } from './area';
import { mapHeader } from './header-aliases';
import { offenceClassifier } from './offence-category';
import type { PoliceListField } from './police-list-field';
import { ROW_ERROR_CODES, type RowError } from './row-errors';
import { isBlankRow, validatePoliceListRow, type RowValidation, type RowValidationContext } from './validate-row';

const HEADER = ['Journalnr.', 'Gerningsdato', 'Kl.', 'Gerningskode', 'Gerningsbeskrivelse', 'Rolle', 'CPR-nr.', 'Fødselsdato', 'Fulde navn', 'Adresse', 'Postnr.', 'Skole', 'Gerningssted', 'Station', 'Resumé', 'Beskyttet'];
const header = mapHeader(HEADER);

const context: RowValidationContext = {
  classify: offenceClassifier(DEFAULT_OFFENCE_CATEGORIES),
  resolveArea: areaResolver(DEFAULT_AREAS),
  today: '2026-03-01',
  maxCellLength: 2000,
};

type RowCells = Partial<Record<PoliceListField, CellValue>>;

const VALID: RowCells = {
  journalNumber: '3700-80310-01234-25',
  incidentDate: '14-02-2026',
  incidentTime: '21:15',
  offenceCode: '76276',
  offenceText: 'Strfl. § 276 tyveri',
  role: 'Sigtet',
  cpr: '150610-4123',
  name: '  Mads   Jensen ',
  address: 'Vestergade 1',
  postalCode: '8900',
  school: 'Søndre Skole',
  incidentLocation: 'Netto, Vestergade',
  policeUnit: 'Randers',
  summary: 'Tog varer for 200 kr.',
  protectedAddress: 'nej',
};

/** The row's cells in the header's column order. */
function cellsOf(cells: RowCells): CellValue[] {
  return header.columns.map((field) => (field === undefined ? null : (cells[field] ?? null)));
}

function validate(cells: RowCells, line = 2, overrides: Partial<RowValidationContext> = {}): RowValidation {
  return validatePoliceListRow(cellsOf(cells), header, line, { ...context, ...overrides });
}

function errorsOf(result: RowValidation): RowError[] {
  if (result.ok) throw new Error(`expected errors, got the row ${JSON.stringify(result.row)}`);
  return result.errors;
}

function codesOf(result: RowValidation): Array<[string, string]> {
  return errorsOf(result).map((error) => [error.field, error.code]);
}

describe('validatePoliceListRow', () => {
  it('takes a complete row identified by CPR', () => {
    expect(validate(VALID)).toEqual({
      ok: true,
      row: {
        journalNumber: '3700-80310-01234-25',
        incidentDate: '2026-02-14',
        incidentTime: '21:15',
        offenceCode: '76276',
        offenceText: 'Strfl. § 276 tyveri',
        offenceCategory: 'theft',
        role: 'charged',
        cpr: '1506104123',
        birthDate: '2010-06-15',
        sex: 'male',
        ageAtIncident: 15,
        name: 'Mads Jensen',
        address: 'Vestergade 1',
        postalCode: '8900',
        areaId: 'randers-c',
        school: 'Søndre Skole',
        incidentLocation: 'Netto, Vestergade',
        policeUnit: 'Randers',
        summary: 'Tog varer for 200 kr.',
        protectedAddress: false,
        identifiedBy: 'cpr',
      },
    });
  });

  it('takes a row with only the required cells and a birth date, identified by name and birth date', () => {
    const result = validate({ journalNumber: 'J1', incidentDate: '2026-01-05', offenceText: 'Lov om euforiserende stoffer', role: 'forurettet', birthDate: '15-06-2012', name: 'Ida Holm' });
    expect(result).toEqual({
      ok: true,
      row: {
        journalNumber: 'J1',
        incidentDate: '2026-01-05',
        offenceText: 'Lov om euforiserende stoffer',
        offenceCategory: 'drugs',
        role: 'victim',
        birthDate: '2012-06-15',
        ageAtIncident: 13,
        name: 'Ida Holm',
        areaId: 'unknown',
        protectedAddress: false,
        identifiedBy: 'name-and-birth-date',
      },
    });
  });

  it('takes the cells an XLSX reader gives: dates, numbers and booleans', () => {
    const result = validate({
      ...VALID,
      incidentDate: new Date(Date.UTC(2026, 1, 14, 21, 15)),
      incidentTime: null,
      cpr: 506104123,
      postalCode: 8950,
      protectedAddress: true,
    });
    expect(result).toMatchObject({
      ok: true,
      row: { incidentDate: '2026-02-14', incidentTime: '21:15', cpr: '0506104123', birthDate: '2010-06-05', postalCode: '8950', areaId: 'oersted', protectedAddress: true },
    });
  });

  it('reads an Excel serial date and a time fraction', () => {
    expect(validate({ ...VALID, incidentDate: 45658, incidentTime: 0.5 })).toMatchObject({ ok: true, row: { incidentDate: '2025-01-01', incidentTime: '12:00', ageAtIncident: 14 } });
  });

  it('takes the time written with the date, and accepts the same time in the time column', () => {
    expect(validate({ ...VALID, incidentDate: '14.02.2026 21.15', incidentTime: null })).toMatchObject({ ok: true, row: { incidentTime: '21:15' } });
    expect(validate({ ...VALID, incidentDate: '14.02.2026 21.15', incidentTime: '21:15' })).toMatchObject({ ok: true, row: { incidentTime: '21:15' } });
  });

  it('reports every broken rule of a row at once, with its line', () => {
    const result = validate({ ...VALID, incidentDate: '31-02-2026', role: 'gerningsmand', cpr: '310410-4123', postalCode: '89000' }, 17);
    const errors = errorsOf(result);
    expect(errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [17, 'incidentDate', 'incident-date-invalid'],
      [17, 'role', 'role-unknown'],
      [17, 'cpr', 'cpr-invalid-date'],
      [17, 'postalCode', 'postal-code-format'],
    ]);
    expect(errors.map((error) => error.reason)).toEqual([
      'Gerningsdatoen »31-02-2026« findes ikke i kalenderen.',
      'Rollen »gerningsmand« kendes ikke; brug mistænkt, sigtet, forurettet, vidne eller bekymring.',
      'CPR-nummeret 310410-xxxx har ikke en gyldig dato.',
      'Postnummeret »89000« skal være fire cifre, fx 8900.',
    ]);
  });

  it('reports each missing required cell', () => {
    const result = validate({ ...VALID, journalNumber: null, incidentDate: ' ', offenceText: '', role: '  ', name: null });
    expect(codesOf(result)).toEqual([
      ['journalNumber', 'journal-number-missing'],
      ['incidentDate', 'incident-date-missing'],
      ['offenceText', 'offence-text-missing'],
      ['role', 'role-missing'],
      ['name', 'name-missing'],
    ]);
    expect(errorsOf(result).map((error) => error.reason)).toEqual(['Journalnummeret mangler.', 'Gerningsdatoen mangler.', 'Gerningsbeskrivelsen mangler.', 'Rollen mangler.', 'Navnet mangler.']);
  });

  it('asks for a CPR number or a birth date when the row has neither', () => {
    const result = validate({ ...VALID, cpr: null, birthDate: null });
    expect(errorsOf(result)).toEqual([
      { line: 2, field: 'cpr', code: 'cpr-or-birth-date-missing', reason: 'Der mangler både CPR-nummer og fødselsdato; mindst ét af dem skal udfyldes.' },
    ]);
  });

  it('lets the CPR decide the birth date and refuses a birth date that contradicts it', () => {
    expect(validate({ ...VALID, birthDate: '15-06-2010' })).toMatchObject({ ok: true, row: { birthDate: '2010-06-15', identifiedBy: 'cpr' } });
    const errors = errorsOf(validate({ ...VALID, birthDate: '16-06-2010' }));
    expect(errors).toEqual([{ line: 2, field: 'birthDate', code: 'birth-date-mismatch', reason: 'Fødselsdatoen 16-06-2010 passer ikke med CPR-nummeret 150610-xxxx.' }]);
  });

  it('reports a broken birth date next to a valid CPR rather than ignoring it', () => {
    expect(codesOf(validate({ ...VALID, birthDate: 'juni 2010' }))).toEqual([['birthDate', 'birth-date-format']]);
  });

  it('refuses CPR numbers and birth dates outside the ages SSP works with', () => {
    expect(errorsOf(validate({ ...VALID, cpr: '010190-1234' }))).toEqual([
      { line: 2, field: 'cpr', code: 'cpr-too-old', reason: 'CPR-nummeret 010190-xxxx giver alderen 36 år; listen omfatter kun børn og unge under 30 år.' },
    ]);
    expect(codesOf(validate({ ...VALID, cpr: '010130-4123' }))).toEqual([['cpr', 'cpr-in-future']]);
    expect(codesOf(validate({ ...VALID, cpr: null, birthDate: '01-01-1980' }))).toEqual([['birthDate', 'birth-date-too-old']]);
    expect(codesOf(validate({ ...VALID, cpr: null, birthDate: '01-01-2027' }))).toEqual([['birthDate', 'birth-date-in-future']]);
  });

  it('hints at a leading zero lost in a CSV saved from Excel', () => {
    const [error] = errorsOf(validate({ ...VALID, cpr: '506104123' }));
    expect(error).toEqual({
      line: 2,
      field: 'cpr',
      code: 'cpr-format',
      reason: 'CPR-nummeret skal skrives som DDMMÅÅ-SSSS eller DDMMÅÅSSSS (ti cifre). Mangler det første 0? Excel fjerner det, når cellen er formateret som tal.',
    });
  });

  it('refuses a person born after the incident', () => {
    const errors = errorsOf(validate({ ...VALID, cpr: null, birthDate: '20-02-2026' }));
    expect(errors).toEqual([{ line: 2, field: 'row', code: 'born-after-incident', reason: 'Fødselsdatoen 20-02-2026 ligger efter gerningsdatoen 14-02-2026.' }]);
  });

  it('refuses incident dates in the future or before 1990, and times it cannot read or that disagree', () => {
    expect(codesOf(validate({ ...VALID, incidentDate: '02-03-2026' }))).toEqual([['incidentDate', 'incident-date-in-future']]);
    expect(codesOf(validate({ ...VALID, incidentDate: '24-12-1989' }))).toEqual([['incidentDate', 'incident-date-too-old']]);
    expect(codesOf(validate({ ...VALID, incidentDate: '14 feb 2026' }))).toEqual([['incidentDate', 'incident-date-format']]);
    expect(codesOf(validate({ ...VALID, incidentTime: 'aften' }))).toEqual([['incidentTime', 'incident-time-format']]);
    expect(errorsOf(validate({ ...VALID, incidentDate: '14-02-2026 21:15', incidentTime: '22:00' }))).toEqual([
      { line: 2, field: 'incidentTime', code: 'incident-time-conflict', reason: 'Tidspunktet 22:00 passer ikke med klokkeslættet 21:15 ved gerningsdatoen.' },
    ]);
  });

  it('refuses text longer than its column allows', () => {
    const errors = errorsOf(validate({ ...VALID, journalNumber: 'J'.repeat(41), name: 'N'.repeat(201), summary: 'S'.repeat(1001), postalCode: '8900 Randers C' }));
    expect(errors.map(({ field, code, reason }) => [field, code, reason])).toEqual([
      ['journalNumber', 'journal-number-too-long', 'Journalnummeret er på 41 tegn; der må højst være 40.'],
      ['name', 'name-too-long', 'Navnet er på 201 tegn; der må højst være 200.'],
      ['postalCode', 'postal-code-format', 'Postnummeret »8900 Randers C« skal være fire cifre, fx 8900.'],
      ['summary', 'summary-too-long', 'Resuméet er på 1001 tegn; der må højst være 1000.'],
    ]);
    expect(validate({ ...VALID, journalNumber: 'J'.repeat(40), name: 'N'.repeat(200), summary: 'S'.repeat(1000) }).ok).toBe(true);
  });

  it('reports a cell longer than the reader allows, once, without parsing it', () => {
    const result = validate({ ...VALID, offenceText: 'tyveri '.repeat(10), incidentDate: '1'.repeat(60) }, 2, { maxCellLength: 50 });
    expect(errorsOf(result).map(({ field, code, reason }) => [field, code, reason])).toEqual([
      ['incidentDate', 'cell-too-long', 'Cellen i kolonnen gerningsdato er på 60 tegn; der må højst være 50.'],
      ['offenceText', 'cell-too-long', 'Cellen i kolonnen gerningsbeskrivelse er på 69 tegn; der må højst være 50.'],
    ]);
  });

  it('refuses a protected-address mark it does not know', () => {
    expect(codesOf(validate({ ...VALID, protectedAddress: 'måske' }))).toEqual([['protectedAddress', 'protected-flag-invalid']]);
    expect(validate({ ...VALID, protectedAddress: 'x' })).toMatchObject({ ok: true, row: { protectedAddress: true } });
  });

  it('never quotes a whole CPR number, even one typed into the wrong column', () => {
    const cpr = '1506104123';
    const result = validate({ ...VALID, role: cpr, incidentDate: `${cpr}`, incidentTime: '150610-4123', protectedAddress: `ja ${cpr}`, birthDate: cpr, postalCode: cpr });
    const reasons = errorsOf(result).map((error) => error.reason);
    expect(reasons).toHaveLength(6);
    for (const reason of reasons) expect(reason).not.toMatch(/\d{6}-?\d{4}/);
  });

  describe('the columns that travel without the identity', () => {
    const COLUMNS = ['journalNumber', 'offenceCode', 'offenceText', 'school', 'incidentLocation', 'policeUnit', 'summary'] as const;
    const CPR_FORMS = ['150610-4123', '1506104123', '15 06 10 4123', '15.06.10-4123', '１５０６１０４１２３'];

    function onlyError(result: RowValidation): RowError {
      const errors = errorsOf(result);
      expect(errors).toHaveLength(1);
      return errors[0];
    }

    it.each(COLUMNS.flatMap((field) => CPR_FORMS.map((cpr) => [field, cpr] as const)))('refuses the row with a CPR number in %s (%s), naming line and column, never the number', (field, cpr) => {
      const error = onlyError(validate({ ...VALID, [field]: `Sigtet ${cpr}` }, 9));
      expect(error).toMatchObject({ line: 9, field, code: 'cpr-number-in-column' });
      expect(error.reason).toContain('i linje 9 indeholder noget, der ligner et CPR-nummer');
      expect(error.reason.replace(/\s/g, '')).not.toMatch(/[0-9０-９]{4}/);
    });

    it.each(COLUMNS.map((field) => [field]))('refuses the row with the whole name in %s, never quoting it', (field) => {
      const error = onlyError(validate({ ...VALID, [field]: 'MADS JENSEN' }, 4));
      expect(error).toMatchObject({ line: 4, field, code: 'person-name-in-column' });
      expect(error.reason).toMatch(/^Kolonnen \S+ i linje 4 indeholder personens navn/);
      expect(error.reason).not.toMatch(/mads|jensen/i);
    });

    it.each(COLUMNS.filter((field) => field !== 'school').map((field) => [field]))('refuses the row with one name part in %s', (field) => {
      expect(codesOf(validate({ ...VALID, [field]: 'Mads slog' }))).toEqual([[field, 'person-name-in-column']]);
    });

    it('takes a school that shares a word with the surname, and a remark with another person’s name', () => {
      expect(validate({ ...VALID, name: 'Emil Lund', school: 'Lund Skole', summary: 'Set med Peter' })).toMatchObject({ ok: true, row: { school: 'Lund Skole' } });
      expect(validate({ ...VALID, name: 'Mads Skov', school: 'Skovvangskolen', incidentLocation: 'Skovvej' })).toMatchObject({ ok: true });
    });

    it('takes dates, phone numbers and journal numbers as the ordinary text they are', () => {
      const row = { ...VALID, journalNumber: '4201-12345-00012-26', summary: 'Anmeldt 01.02.2026; tlf. 12 34 56 78', incidentLocation: 'Torvet 01-02-2026 14:30' };
      expect(validate(row)).toMatchObject({ ok: true, row: { journalNumber: '4201-12345-00012-26' } });
    });

    it('reports the row’s other errors beside it, one per field', () => {
      expect(codesOf(validate({ ...VALID, role: 'tilskuer', school: 'Mads Jensen', summary: '01 02 10 4123' }))).toEqual([
        ['role', 'role-unknown'],
        ['school', 'person-name-in-column'],
        ['summary', 'cpr-number-in-column'],
      ]);
    });

    it('masks the name where a reason quotes a cell', () => {
      const [error] = errorsOf(validate({ ...VALID, role: 'Mads Jensen' }));
      expect(error.reason).toBe('Rollen »[navn]« kendes ikke; brug mistænkt, sigtet, forurettet, vidne eller bekymring.');
      expect(errorsOf(validate({ ...VALID, postalCode: 'Jensen' }))[0].reason).toBe('Postnummeret »[navn]« skal være fire cifre, fx 8900.');
    });
  });

  it('ignores cells under unknown columns and beyond the header', () => {
    const withExtra = mapHeader([...HEADER, 'Sagsbehandler']);
    const values = [...cellsOf(VALID), 'noget', 'mere', 'endnu mere'];
    expect(validatePoliceListRow(values, withExtra, 2, context)).toMatchObject({ ok: true });
  });

  it('reads a row shorter than the header as blank in the missing columns', () => {
    const values = cellsOf(VALID).slice(0, 9);
    expect(validatePoliceListRow(values, header, 2, context)).toMatchObject({ ok: true, row: { name: 'Mads Jensen', protectedAddress: false, areaId: 'unknown' } });
  });

  it('gives stable codes and Danish reasons', () => {
    const errors = errorsOf(validate({ journalNumber: 'J'.repeat(41), incidentDate: 'i går', offenceText: null, role: 'offer', cpr: '12345', postalCode: 'x', protectedAddress: 'm' }));
    for (const error of errors) {
      expect(ROW_ERROR_CODES).toContain(error.code);
      expect(error.reason).toMatch(/[a-zæøå]{3,}.*\.$/);
    }
  });
});

describe('isBlankRow', () => {
  it('sees a row with no values or only empty ones as blank', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, '', '  \t', null])).toBe(true);
  });

  it('sees any value as content', () => {
    expect(isBlankRow([null, 'x'])).toBe(false);
    expect(isBlankRow([0])).toBe(false);
    expect(isBlankRow([false])).toBe(false);
    expect(isBlankRow([new Date(Date.UTC(2026, 0, 1))])).toBe(false);
  });
});

describe('validatePoliceListRow on arbitrary cells', () => {
  const cprLike = fc.stringMatching(/^\d{6}-?\d{4}$/);
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    cprLike,
    cprLike.map((cpr) => `Sigtet ${cpr}`),
    fc.integer(),
    fc.integer({ min: 100_000_000, max: 9_999_999_999 }),
    fc.double(),
    fc.date({ noInvalidDate: false }),
    fc.boolean(),
    fc.constant(null),
  );
  /** Valid-looking cells too, so that rows also get past the first checks. */
  const plausible: Record<PoliceListField, CellValue[]> = {
    journalNumber: ['3700-80310-01234-25'],
    incidentDate: ['14-02-2026', 45658, new Date(Date.UTC(2026, 0, 1, 10, 30))],
    incidentTime: ['21:15', 0.25],
    offenceCode: ['§ 291'],
    offenceText: ['Hærværk', 'Strfl. § 276 tyveri'],
    role: ['sigtet', 'vidne'],
    cpr: ['150610-4123', 506104123, null],
    birthDate: ['15-06-2010', null],
    name: ['Mads Jensen'],
    address: ['Vestergade 1'],
    postalCode: ['8900', 8930],
    school: ['Søndre Skole'],
    incidentLocation: ['Torvet'],
    policeUnit: ['Randers'],
    summary: ['Kort.'],
    protectedAddress: ['ja', false],
  };
  const cellFor = (field: PoliceListField | undefined): fc.Arbitrary<CellValue> =>
    field === undefined ? anyCell : fc.oneof({ arbitrary: fc.constantFrom(...plausible[field]), weight: 6 }, { arbitrary: anyCell, weight: 1 });
  const row = fc.tuple(...header.columns.map(cellFor)).chain((cells) => fc.array(anyCell, { maxLength: 3 }).map((extra) => [...cells, ...extra]));

  function cprsIn(values: CellValue[]): string[] {
    return values.flatMap((value) => [...String(value).matchAll(/(?=(\d{6})-?(\d{4}))/g)].flatMap((match) => [`${match[1]}${match[2]}`, `${match[1]}-${match[2]}`]));
  }

  it('never throws, answers a row or at least one error, and never quotes a whole CPR number', () => {
    let accepted = 0;
    fc.assert(
      fc.property(row, fc.integer({ min: 2, max: 100_000 }), (values, line) => {
        const result = validatePoliceListRow(values, header, line, context);
        if (result.ok) {
          accepted += 1;
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        const cprs = cprsIn(values);
        for (const error of result.errors) {
          expect(error.line).toBe(line);
          expect(ROW_ERROR_CODES).toContain(error.code);
          for (const cpr of cprs) expect(error.reason).not.toContain(cpr);
        }
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('never throws on rows of any length under a header of any known and unknown columns', () => {
    const headers = fc.array(fc.oneof(fc.constantFrom(...HEADER), fc.string(), fc.constant(null)), { maxLength: 20 });
    fc.assert(
      fc.property(headers, fc.array(anyCell, { maxLength: 25 }), (headerCells, values) => {
        const result = validatePoliceListRow(values, mapHeader(headerCells), 2, context);
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
