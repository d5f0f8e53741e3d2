import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface UploadAnswer {
  status: number;
  body: string;
}

function quotedName(fileName: string): string {
  return fileName.replace(/["\r\n\\]/g, '_');
}

/**
 * Streams a file as multipart/form-data (field `file`) without holding it in memory, and
 * reports the bytes sent as they go, for a progress bar.
 */
export function uploadFile(url: URL, filePath: string, fields: Record<string, string>, headers: Record<string, string>, onProgress: (progress: UploadProgress) => void): Promise<UploadAnswer> {
  const boundary = `----ssp${randomBytes(12).toString('hex')}`;
  const fieldParts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const head = Buffer.from(
    `${fieldParts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quotedName(path.basename(filePath))}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const fileSize = statSync(filePath).size;
  const total = head.length + fileSize + tail.length;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': total },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    let sent = 0;
    const count = (length: number) => {
      sent += length;
      onProgress({ sent, total });
    };
    request.write(head);
    count(head.length);
    const file = createReadStream(filePath);
    file.on('data', (chunk) => count(chunk.length));
    file.on('error', reject);
    file.on('end', () => {
      request.end(tail);
      count(tail.length);
    });
    file.pipe(request, { end: false });
  });
}
