// Reads a PDF from stdin and prints {"text", "pages"} as JSON. Run as a process of its own:
// pdf-parse loads PDF.js by a dynamic import, which jest's CommonJS loader cannot do.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const result = await parser.getText();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
} finally {
  await parser.destroy();
}
