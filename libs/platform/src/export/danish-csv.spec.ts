import { toDanishCsv } from './danish-csv';

describe('toDanishCsv', () => {
  it('writes a BOM, semicolons, CRLF and decimal commas', () => {
    expect(toDanishCsv(['linje', 'andel'], [[12, 0.25], [13, null]])).toBe('\uFEFFlinje;andel\r\n12;0,25\r\n13;\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(toDanishCsv(['tekst'], [['a;b'], ['sagde "hej"'], ['to\nlinjer']])).toBe('\uFEFFtekst\r\n"a;b"\r\n"sagde ""hej"""\r\n"to\nlinjer"\r\n');
  });

  it('defuses cells Excel would run as formulas', () => {
    const csv = toDanishCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tcmd']]);
    expect(csv.split('\r\n').slice(1, 6)).toEqual(['"\'=HYPERLINK(""http://evil"")"', "'+1", "'-2", "'@SUM(A1)", "'\tcmd"]);
  });
});
