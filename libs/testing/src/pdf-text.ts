import { execFile } from 'node:child_process';
import { join } from 'node:path';

const READER = join(__dirname, 'read-pdf.mjs');

/**
 * What a PDF says, read back as a person's PDF reader would (PDF.js, through pdf-parse):
 * its text and its number of pages. The reader runs as a process of its own (read-pdf.mjs).
 */
export function readPdf(file: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [READER], { maxBuffer: 16 * 1024 * 1024, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`Could not read the PDF: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as { text: string; pages: number });
    });
    child.stdin!.end(file);
  });
}
