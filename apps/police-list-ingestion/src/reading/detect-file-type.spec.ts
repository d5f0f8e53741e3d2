import { detectFileType } from './detect-file-type';
import { FileRejectedError } from './sheet-row';

function rejectionOf(bytes: Buffer): FileRejectedError {
  try {
    detectFileType(bytes);
  } catch (error) {
    if (error instanceof FileRejectedError) return error;
    throw error;
  }
  throw new Error(`accepted as ${detectFileType(bytes)}`);
}

const HEADER = 'Journalnummer;Gerningsdato;Navn\r\n3700-80310-01234-25;14-03-2025;Søren Ærø\r\n';

describe('detectFileType', () => {
  it('takes a zip as xlsx (inspectXlsx then checks it is a workbook)', () => {
    expect(detectFileType(Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'))).toBe('xlsx');
  });

  it.each([
    ['Windows-1252', Buffer.from(HEADER, 'latin1')],
    ['UTF-8', Buffer.from(HEADER, 'utf8')],
    ['UTF-8 with byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER, 'utf8')])],
    ['tab-separated', Buffer.from('Navn\tDato\n', 'utf8')],
    ['an empty file (the CSV reader rejects it as empty)', Buffer.alloc(0)],
  ])('takes %s text as csv', (_name, bytes) => {
    expect(detectFileType(bytes)).toBe('csv');
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), 'PDF-fil'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'billede (PNG)'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'billede (JPEG)'],
    ['GIF', Buffer.from('GIF89a\x01\x00', 'latin1'), 'billede (GIF)'],
    ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'gzip'],
    ['7z', Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), '7-Zip'],
    ['RAR', Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), 'RAR'],
    ['ELF', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'program'],
    ['old .xls (OLE)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ældre Excel-fil (.xls)'],
    ['UTF-16 LE with byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')]), 'CSV UTF-8'],
    ['UTF-16 BE with byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(HEADER, 'utf16le').swap16()]), 'CSV UTF-8'],
    ['UTF-16 LE without byte-order mark', Buffer.from(HEADER, 'utf16le'), 'CSV UTF-8'],
    ['an HTML table saved as .xls', Buffer.from('\r\n<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table>', 'utf8'), 'HTML- eller XML-fil'],
    ['Excel 2003 XML', Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', 'utf8'), 'HTML- eller XML-fil'],
    ['unknown binary with NUL bytes', Buffer.from([0x42, 0x4d, 0x36, 0, 0, 0, 0x28, 0, 0, 0]), 'Filtypen kan ikke læses'],
    ['text full of control characters', Buffer.from('a\x01b\x02c\x03d\x04e\x05;\x06\n', 'latin1'), 'Filtypen kan ikke læses'],
  ])('rejects %s', (_name, bytes, said) => {
    const rejection = rejectionOf(bytes);
    expect(rejection.code).toBe('unsupported-file-type');
    expect(rejection.message).toContain(said);
    expect(rejection.message).toMatch(/Excel-projektmappe \(\.xlsx\)/);
  });

  it('looks at the first 8 KB only', () => {
    const text = Buffer.from('a;b\n'.repeat(4096), 'latin1');
    expect(detectFileType(Buffer.concat([text, Buffer.alloc(100)]))).toBe('csv');
  });
});
