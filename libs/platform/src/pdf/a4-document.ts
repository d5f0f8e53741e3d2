import PDFDocument from 'pdfkit';

/** One part of a printed document: a heading and its lines, each a paragraph. */
export interface DocumentSection {
  heading: string;
  lines: readonly string[];
}

/** A document for people to print or keep: Danish, A4, a title, sections of plain lines. */
export interface A4Document {
  title: string;
  /** Under the title: what the document is, for whom, when it was made. */
  subtitle?: string;
  sections: readonly DocumentSection[];
  /** Where the document came from, e.g. "SSP Randers, case coordination". */
  author: string;
  /** When it was made; stamped in the PDF's metadata so the same input gives the same file. */
  createdAt: Date;
}

const MARGIN_MM = 20;
const POINTS_PER_MM = 72 / 25.4;

/**
 * Renders the document as a tagged-language (da-DK) A4 PDF in Helvetica, whose WinAnsi
 * encoding covers æ, ø and å. The whole file is built in memory: callers pass documents of
 * a bounded size (one meeting's minutes, one person's register), never a list an attacker
 * grows.
 */
export function renderA4Pdf(document: A4Document): Promise<Buffer> {
  const margin = Math.round(MARGIN_MM * POINTS_PER_MM);
  const pdf = new PDFDocument({
    size: 'A4',
    margin,
    lang: 'da-DK',
    displayTitle: true,
    info: { Title: document.title, Author: document.author, CreationDate: document.createdAt, ModDate: document.createdAt },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica-Bold').fontSize(18).text(document.title);
  if (document.subtitle !== undefined) pdf.font('Helvetica').fontSize(10).fillColor('#444444').text(document.subtitle).fillColor('black');
  for (const section of document.sections) {
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(13).text(section.heading);
    pdf.font('Helvetica').fontSize(10.5);
    for (const line of section.lines) pdf.moveDown(0.3).text(line);
  }
  pdf.end();
  return done;
}
