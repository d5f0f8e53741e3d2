import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { nextCsvPage, withoutFirstLine } from './rejected-rows-csv';

describe('the rejected rows as one CSV', () => {
  const page = new URL('http://ingestion:3001/police-lists/4f1c/errors?format=csv&limit=200');

  it('follows the Link header of a page to the next page of the same route', () => {
    expect(nextCsvPage('<?format=csv&limit=200&after=WzcsInJvbGUiXQ>; rel="next"', page)?.href).toBe(
      'http://ingestion:3001/police-lists/4f1c/errors?format=csv&limit=200&after=WzcsInJvbGUiXQ',
    );
  });

  it('stops on the last page, and never follows a link elsewhere', () => {
    expect(nextCsvPage(null, page)).toBeNull();
    expect(nextCsvPage('<?after=x>; rel="prev"', page)).toBeNull();
    expect(nextCsvPage('<http://evil.example/police-lists/4f1c/errors?after=x>; rel="next"', page)).toBeNull();
    expect(nextCsvPage('</police-lists/other/errors?after=x>; rel="next"', page)).toBeNull();
  });

  it("leaves out a later page's byte-order mark and header, however the chunks fall", async () => {
    const text = '\uFEFFlinje;kolonne;felt;kode;årsag\r\n7;Rolle;role;role-unknown;Rollen »x« kendes ikke.\r\n';
    const bytes = Buffer.from(text, 'utf8');
    for (const cut of [1, 5, 33, 34, bytes.length - 1]) {
      const chunks: Buffer[] = [];
      await pipeline(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), withoutFirstLine(), new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }));
      expect(Buffer.concat(chunks).toString('utf8')).toBe('7;Rolle;role;role-unknown;Rollen »x« kendes ikke.\r\n');
    }
  });
});
