import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectCsvEncoding, detectSeparator, ENCODING_EVIDENCE_BYTES } from './csv-format';
import { readCsvRows } from './csv-reader';
import { FileRejectedError, type ReadLimits, type SheetRow } from './sheet-row';

const LIMITS: ReadLimits = { maxCellLength: 2000, maxRows: 1000, maxXlsxUncompressedBytes: 1 << 30, maxXlsxEntries: 500, maxXlsxSharedStringsBytes: 64 * 1024 * 1024, maxXlsxWorkbookPartsBytes: 1024 * 1024, maxXlsxRowBytes: 512 * 1024 };

let dir: string;
let fileNo = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csv-reader-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(content: string | Buffer): string {
  const path = join(dir, `list-${++fileNo}.csv`);
  writeFileSync(path, content);
  return path;
}

/** Bytes this process has had from read(2) and its kin so far (Linux's /proc/self/io `rchar`). */
function bytesReadByThisProcess(): number {
  const line = readFileSync('/proc/self/io', 'utf8').split('\n').find((entry) => entry.startsWith('rchar:'));
  if (line === undefined) throw new Error('/proc/self/io has no rchar');
  return Number(line.slice('rchar:'.length));
}

/** Node has no Windows-1252 encoder; for the characters used here it is Latin-1. */
function windows1252(text: string): Buffer {
  if (/[^\u0000-\u00ff]/.test(text)) throw new Error('test text outside Latin-1');
  return Buffer.from(text, 'latin1');
}

async function rowsOf(path: string, limits: ReadLimits = LIMITS): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readCsvRows(path, limits)) rows.push(row);
  return rows;
}

async function rejectionOf(path: string, limits: ReadLimits = LIMITS): Promise<FileRejectedError> {
  const error = await rowsOf(path, limits).then(
    () => new Error('the file was accepted'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof FileRejectedError) return error;
  throw error;
}

const lines = (rows: SheetRow[]): Array<[number, SheetRow['values']]> => rows.map((row) => [row.line, row.values]);

describe('readCsvRows', () => {
  it('reads a list saved by a Danish Excel: Windows-1252, semicolons, CRLF, a quoted field with a separator and a line break', async () => {
    const path = file(
      windows1252(
        'Journalnummer;Navn;Adresse;Bemærkning\r\n' +
          '3700-80310-01234-25;Søren Ærø Ødegård;"Åbyvej 3; 2. sal\r\ntv.";"Sagde ""nej"""\r\n' +
          '3700-80310-01235-25;Åse Bæk;Vej 1;\r\n',
      ),
    );
    expect(lines(await rowsOf(path))).toEqual([
      [1, ['Journalnummer', 'Navn', 'Adresse', 'Bemærkning']],
      [2, ['3700-80310-01234-25', 'Søren Ærø Ødegård', 'Åbyvej 3; 2. sal\ntv.', 'Sagde "nej"']],
      [4, ['3700-80310-01235-25', 'Åse Bæk', 'Vej 1', '']],
    ]);
  });

  it('decodes the Windows-1252 characters that differ from Latin-1 (€, quotes, dashes)', async () => {
    const path = file(Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0x80, 0x3b, 0x93, 0x78, 0x94, 0x96, 0x0a]));
    expect(lines(await rowsOf(path))).toEqual([
      [1, ['a', 'b']],
      [2, ['€', '“x”–']],
    ]);
  });

  it('reads UTF-8 with a byte-order mark, comma-separated, and strips the mark', async () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Navn,Postnr\nSøren,8900\n"Ærø, Åse",8930\n')]));
    expect(lines(await rowsOf(path))).toEqual([
      [1, ['Navn', 'Postnr']],
      [2, ['Søren', '8900']],
      [3, ['Ærø, Åse', '8930']],
    ]);
  });

  it('reads UTF-8 without a byte-order mark', async () => {
    expect(lines(await rowsOf(file('Navn;By\nØjvind;Randers Ø\n')))).toEqual([
      [1, ['Navn', 'By']],
      [2, ['Øjvind', 'Randers Ø']],
    ]);
  });

  it('reads a tab-separated file', async () => {
    expect(lines(await rowsOf(file('Navn\tAdresse\tNote\nSøren\tVej 1; 2. sal\tKort, men godt\n')))).toEqual([
      [1, ['Navn', 'Adresse', 'Note']],
      [2, ['Søren', 'Vej 1; 2. sal', 'Kort, men godt']],
    ]);
  });

  it('gives the same rows and lines for CRLF, LF and CR line endings, and for a mix; a line break in a cell is "\\n"', async () => {
    const text = 'a;b\n1;"x\ny"\n\n2;3\n';
    const expected = [
      [1, ['a', 'b']],
      [2, ['1', 'x\ny']],
      [4, ['']],
      [5, ['2', '3']],
    ];
    const rowsLf = await rowsOf(file(text));
    expect(lines(rowsLf)).toEqual(expected);
    const crlf = lines(await rowsOf(file(text.replace(/\n/g, '\r\n'))));
    const cr = lines(await rowsOf(file(text.replace(/\n/g, '\r'))));
    const mixed = lines(await rowsOf(file('a;b\r\n1;"x\ny"\r\n\n2;3\r\n')));
    for (const rows of [crlf, cr, mixed]) expect(rows).toEqual(expected);
  });

  it('counts a CRLF inside a quoted field as one line (csv-parse info.lines counts it twice)', async () => {
    const rows = await rowsOf(file('a;b\r\n1;"one\r\ntwo\r\nthree"\r\n2;x\r\n3;y\r\n'));
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5, 6]);
  });

  it('yields blank lines in the middle with their line numbers; the final newline is not a row', async () => {
    const rows = await rowsOf(file('Navn;Dato\n\nSøren;1\n\n\nÅse;2\n'));
    expect(lines(rows)).toEqual([
      [1, ['Navn', 'Dato']],
      [2, ['']],
      [3, ['Søren', '1']],
      [4, ['']],
      [5, ['']],
      [6, ['Åse', '2']],
    ]);
  });

  it('yields blank lines at the end, but not the final newline', async () => {
    expect(lines(await rowsOf(file('a;b\n1;2\n\n\n')))).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['']],
    ]);
    expect(lines(await rowsOf(file('a;b\n1;2')))).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it('keeps blank rows as Excel writes them (only separators) and leading blank lines', async () => {
    expect(lines(await rowsOf(file('\n;;\na;b;c\n;;\n1;2;3\n')))).toEqual([
      [1, ['']],
      [2, ['', '', '']],
      [3, ['a', 'b', 'c']],
      [4, ['', '', '']],
      [5, ['1', '2', '3']],
    ]);
  });

  it('takes rows with fewer or more cells than the header, and trailing separators', async () => {
    expect(lines(await rowsOf(file('a;b;c;\n1;2\n1;2;3;4;5\n')))).toEqual([
      [1, ['a', 'b', 'c', '']],
      [2, ['1', '2']],
      [3, ['1', '2', '3', '4', '5']],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', async () => {
    expect(lines(await rowsOf(file('Navn;Note\nSøren;12" skærm\n')))).toEqual([
      [1, ['Navn', 'Note']],
      [2, ['Søren', '12" skærm']],
    ]);
  });

  it('counts lines correctly when a CRLF falls across the 64 KB read boundary', async () => {
    const filler = 'x'.repeat(64 * 1024 - 'a;b\r\n'.length - 1);
    const path = file(`a;b\r\n${filler}\r\nc;d\r\n`);
    expect(lines(await rowsOf(path, { ...LIMITS, maxCellLength: 100_000 }))).toEqual([
      [1, ['a', 'b']],
      [2, [filler]],
      [3, ['c', 'd']],
    ]);
  });

  it('keeps æøå whole where a read chunk ends inside the character', async () => {
    const head = 'Navn\n' + 'a'.repeat(64 * 1024 - 'Navn\n'.length - 1);
    const rows = await rowsOf(file(`${head}ø\nÆrø\n`), { ...LIMITS, maxCellLength: 100_000 });
    expect(rows.map((row) => row.values[0])).toEqual(['Navn', `${head.slice(5)}ø`, 'Ærø']);
  });

  describe('limits', () => {
    it('rejects the row past maxRows, counting the header and blank lines, with its line', async () => {
      const path = file('a;b\n\n1;2\n3;"x\ny"\n5;6\n');
      expect(await rowsOf(path, { ...LIMITS, maxRows: 5 })).toHaveLength(5);
      expect(await rejectionOf(path, { ...LIMITS, maxRows: 4 })).toMatchObject({ code: 'too-many-rows', line: 6 });
      const rejection = await rejectionOf(path, { ...LIMITS, maxRows: 3 });
      expect(rejection).toMatchObject({ code: 'too-many-rows', line: 4 });
      expect(rejection.message).toBe('Listen har flere end 3 rækker. Del den op i flere filer og prøv igen.');
    });

    it('stops reading as soon as maxRows is passed', async () => {
      // A UTF-8 header settles the encoding in the first 64 KB (an all-ASCII file is read to its end for a late Windows-1252 byte).
      const path = file('æ;ø\n' + '1;2\n'.repeat(2_000_000));
      const before = bytesReadByThisProcess();
      expect(await rejectionOf(path, { ...LIMITS, maxRows: 10 })).toMatchObject({ code: 'too-many-rows', line: 11 });
      // Of 8 MB, what the encoding's evidence and the first chunks take: not the rest of the file.
      expect(bytesReadByThisProcess() - before).toBeLessThan(1024 * 1024);
    });

    it('rejects a cell longer than maxCellLength with its line and column', async () => {
      const path = file(`a;b\n1;2\n3;"${'x'.repeat(2001)}"\n`);
      const rejection = await rejectionOf(path);
      expect(rejection).toMatchObject({ code: 'cell-too-long', line: 3 });
      expect(rejection.message).toBe('Linje 3, kolonne 2: feltet er for langt (over 2.000 tegn).');
      expect(await rowsOf(file(`a;b\n1;${'ø'.repeat(2000)}\n`))).toHaveLength(2);
    });

    it('rejects an unclosed quote that swallows the rest of a long file as too long, at the line where it opens', async () => {
      const path = file('Navn;Note\nSøren;ok\nÅse;"glemt slut\n' + 'Bo;ok\n'.repeat(100_000));
      const rejection = await rejectionOf(path);
      expect(rejection).toMatchObject({ code: 'cell-too-long', line: 3 });
      expect(rejection.message).toContain('Linje 3: rækken er for lang');
      expect(rejection.message).toContain('anførselstegn');
    });

    it('rejects an unclosed quote that runs to the end of a short file as unreadable, at the line where it opens', async () => {
      const rejection = await rejectionOf(file('Navn;Note\nSøren;"a\nb"\nÅse;"glemt slut\nBo;ok\n'));
      expect(rejection).toMatchObject({ code: 'unreadable-file', line: 4 });
      expect(rejection.message).toBe('Linje 4: et anførselstegn (") bliver ikke lukket, så resten af filen kan ikke læses.');
    });

    it('rejects an empty file, also one with only a byte-order mark', async () => {
      expect(await rejectionOf(file(''))).toMatchObject({ code: 'empty-file' });
      expect(await rejectionOf(file(Buffer.from([0xef, 0xbb, 0xbf])))).toMatchObject({ code: 'empty-file' });
    });

    it('passes a missing file on as the system error it is, not as a rejection', async () => {
      await expect(rowsOf(join(dir, 'missing.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });
});

describe('detectCsvEncoding', () => {
  it('decides by the first non-ASCII text, however far into the file', async () => {
    const ascii = 'Navn;Note\n' + 'Bo;ok\n'.repeat(30_000);
    const latin = await detectCsvEncoding(file(windows1252(`${ascii}Søren;æ\n`)));
    expect(latin).toEqual({ name: 'windows-1252', bomLength: 0 });
    const utf8 = await detectCsvEncoding(file(`${ascii}Søren;æ\n`));
    expect(utf8).toEqual({ name: 'utf-8', bomLength: 0 });
    const rows = await rowsOf(file(windows1252(`${ascii}Søren;æ\n`)), { ...LIMITS, maxRows: 100_000 });
    expect(rows.at(-1)).toEqual({ line: 30_002, values: ['Søren', 'æ'] });
  });

  it('does not mistake a multibyte character cut by the evidence window for invalid UTF-8', async () => {
    const before = 'x'.repeat(ENCODING_EVIDENCE_BYTES - 1);
    expect(await detectCsvEncoding(file(`ø${before}ø${'y'.repeat(100)}`))).toEqual({ name: 'utf-8', bomLength: 0 });
  });

  it('takes a file ending in half a UTF-8 character as Windows-1252', async () => {
    expect(await detectCsvEncoding(file(Buffer.from([0x61, 0x3b, 0xc3])))).toEqual({ name: 'windows-1252', bomLength: 0 });
  });

  it('takes a pure ASCII file as UTF-8 (the same text either way)', async () => {
    expect(await detectCsvEncoding(file('a;b\n1;2\n'))).toEqual({ name: 'utf-8', bomLength: 0 });
  });

  it('decodes a UTF-8 file whose first invalid byte lies beyond the evidence window with replacement characters', async () => {
    const valid = 'Navn\n' + 'Søren\n'.repeat(20_000);
    const path = file(Buffer.concat([Buffer.from(valid), windows1252('Åse\n')]));
    const rows = await rowsOf(path, { ...LIMITS, maxRows: 100_000 });
    expect(rows.at(-1)?.values).toEqual(['\ufffdse']);
  });
});

describe('detectSeparator', () => {
  it.each([
    ['Navn;Dato;Note', ';'],
    ['Navn,Dato,Note', ','],
    ['Navn\tDato\tNote', '\t'],
    ['Navn;Dato,Tid;Note', ';'],
    ['"Navn, fulde";Dato', ';'],
    ['"Navn; fulde",Dato,Note', ','],
    ['Navn;Dato,Tid', ';'],
    ['Navn\tDato,Tid', '\t'],
    ['Navn', ';'],
    ['\r\n\r\nNavn,Dato\r\n1;2;3;4;5', ','],
    ['"Navn\nmed linjeskift",Dato\n1;2;3', ','],
  ])('finds the separator of %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});
