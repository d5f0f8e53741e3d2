import type { Response as ExpressResponse } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/**
 * Streams a service's document (a PDF, a CSV for Excel) on to the browser as it arrives,
 * with the service's content type and file name, so no download is held whole in memory.
 */
export async function sendDownload(from: Response, to: ExpressResponse): Promise<void> {
  to.status(200).type(from.headers.get('content-type') ?? 'application/octet-stream');
  const disposition = from.headers.get('content-disposition');
  if (disposition) to.setHeader('Content-Disposition', disposition);
  if (!from.body) return void to.end();
  await pipeline(Readable.fromWeb(from.body as WebReadableStream<Uint8Array>), to);
}
