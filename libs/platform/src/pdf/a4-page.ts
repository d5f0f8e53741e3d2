import type { A4Document } from './a4-document';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The same document as a printable Danish HTML page (A4 when printed), without scripts or
 * outside resources, so it passes a strict Content-Security-Policy.
 */
export function renderA4Page(document: A4Document): string {
  const sections = document.sections
    .map((section) => `<section><h2>${escape(section.heading)}</h2>${section.lines.map((line) => `<p>${escape(line)}</p>`).join('')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escape(document.title)}</title>
<style>body{font-family:sans-serif;margin:2cm;max-width:60em}section{page-break-inside:avoid;border-top:1px solid #999;padding:.5em 0}@page{size:A4;margin:2cm}@media print{body{margin:0}}</style>
</head><body>
<h1>${escape(document.title)}</h1>
${document.subtitle === undefined ? '' : `<p>${escape(document.subtitle)}</p>`}
${sections}
</body></html>`;
}
