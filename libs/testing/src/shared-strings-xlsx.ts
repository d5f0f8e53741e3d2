import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** One shared string: a name and address as a clerk's list has them, and a random letter that keeps it from packing too far. */
const STRING_TEXT = 'Søren Ærø Åbyvej 3, 8900 Randers C '.repeat(4);
/** Strings written per chunk; one in this many carries a random letter (packs about 90 times: under the 200 inspectXlsx takes for a zip bomb). */
const STRINGS_PER_CHUNK = 1000;
const RANDOM_EVERY = 2;

interface WrittenEntry {
  name: Buffer;
  crc: number;
  packedSize: number;
  size: number;
  offset: number;
}

/**
 * An XLSX whose shared strings part unpacks to at least `sharedStringsBytes` while the file
 * stays small (deflated; a 400 MB part is a file of a few MB), written as it is deflated so
 * neither is ever held in memory. Its one sheet has a header row from the table. The zip has
 * data descriptors and no ZIP64, so the part must stay under 4 GiB.
 */
export async function writeSharedStringsXlsx(path: string, sharedStringsBytes: number): Promise<{ sharedStringsBytes: number; fileBytes: number }> {
  const out = createWriteStream(path);
  const entries: WrittenEntry[] = [];
  let offset = 0;
  const write = (data: Buffer) =>
    new Promise<void>((resolve, reject) => {
      offset += data.length;
      out.write(data, (error) => (error ? reject(error) : resolve()));
    });

  async function addEntry(fileName: string, chunks: Iterable<Buffer>): Promise<number> {
    const name = Buffer.from(fileName, 'utf8');
    const entry: WrittenEntry = { name, crc: 0, packedSize: 0, size: 0, offset };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // sizes in the data descriptor; names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([local, name]));
    const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
    const packed = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        entry.packedSize += chunk.length;
        await write(chunk);
      }
    })();
    for (const chunk of chunks) {
      entry.crc = crc32(chunk, entry.crc);
      entry.size += chunk.length;
      if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    deflate.end();
    await packed;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.packedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    await write(descriptor);
    entries.push(entry);
    return entry.size;
  }

  const text = (value: string) => [Buffer.from(value, 'utf8')];
  await addEntry('[Content_Types].xml', text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'));
  await addEntry('xl/workbook.xml', text(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>`));
  await addEntry(
    'xl/_rels/workbook.xml.rels',
    text(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  );
  await addEntry('xl/worksheets/sheet1.xml', text(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`));
  const written = await addEntry('xl/sharedStrings.xml', sharedStringChunks(sharedStringsBytes));

  const centrals = entries.map((entry) => {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0808, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.packedSize, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(entry.offset, 42);
    return Buffer.concat([central, entry.name]);
  });
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([directory, end]));
  out.end();
  await finished(out);
  return { sharedStringsBytes: written, fileBytes: offset };
}

function* sharedStringChunks(atLeastBytes: number): Generator<Buffer> {
  yield Buffer.from(`<?xml version="1.0"?><sst xmlns="${MAIN}">`, 'utf8');
  for (let written = 0; written < atLeastBytes; ) {
    const letters = randomBytes(STRINGS_PER_CHUNK);
    const strings: string[] = [];
    for (let index = 0; index < STRINGS_PER_CHUNK; index++) {
      strings.push(`<si><t>${STRING_TEXT}${index % RANDOM_EVERY === 0 ? String.fromCharCode(97 + (letters[index] % 26)) : ''}</t></si>`);
    }
    const chunk = Buffer.from(strings.join(''), 'utf8');
    written += chunk.length;
    yield chunk;
  }
  yield Buffer.from('</sst>', 'utf8');
}

