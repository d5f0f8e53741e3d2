import type { Response as ExpressResponse } from 'express';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/**
 * The page after this one, as a CSV page of the rejected rows names it in its `Link` header
 * (rel="next", relative to the page), and only on the same service and route.
 */
export function nextCsvPage(link: string | null, current: URL): URL | null {
  const match = link ? /<([^>]*)>\s*;\s*rel="?next"?/.exec(link) : null;
  if (!match) return null;
  const next = new URL(match[1], current);
  return next.origin === current.origin && next.pathname === current.pathname ? next : null;
}

/** Leaves out everything up to the first line break: a later page's byte-order mark and header line. */
export function withoutFirstLine(): Transform {
  let dropping = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!dropping) return done(null, chunk);
      const lineBreak = chunk.indexOf(0x0a);
      if (lineBreak === -1) return done();
      dropping = false;
      done(null, chunk.subarray(lineBreak + 1));
    },
  });
}

function bodyOf(response: Response): Readable {
  return response.body ? Readable.fromWeb(response.body as WebReadableStream<Uint8Array>) : Readable.from([]);
}

/**
 * Ingestion gives the rejected rows as CSV a page at a time; the person gets one file for
 * Excel: the first page whole (byte-order mark, header, rows), each later page's rows after
 * it, streamed as they arrive, so no page and no file is held whole. A page that fails once
 * the file has begun ends the download unfinished (the browser reports it failed).
 */
export async function sendAllCsvPages(first: Response, firstUrl: URL, fetchPage: (url: URL) => Promise<Response>, to: ExpressResponse): Promise<void> {
  to.status(200).type(first.headers.get('content-type') ?? 'text/csv; charset=utf-8');
  const disposition = first.headers.get('content-disposition');
  if (disposition) to.setHeader('Content-Disposition', disposition);
  let response = first;
  let url = firstUrl;
  try {
    await pipeline(bodyOf(response), to, { end: false });
    for (let next = nextCsvPage(response.headers.get('link'), url); next; next = nextCsvPage(response.headers.get('link'), url)) {
      url = next;
      response = await fetchPage(next);
      await pipeline(bodyOf(response), withoutFirstLine(), to, { end: false });
    }
    to.end();
  } catch (error) {
    to.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
