import type { A4Document } from './a4-document';

/** Text put into HTML as text: the five characters that mean markup as character references; nothing for null. */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The same document as a printable Danish HTML page (A4 when printed), without scripts or
 * outside resources, so it passes a strict Content-Security-Policy.
 */
export function renderA4Page(document: A4Document): string {
  const sections = document.sections
    .map((section) => `<section><h2>${escapeHtml(section.heading)}</h2>${section.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title>
<style>body{font-family:sans-serif;margin:2cm;max-width:60em}section{page-break-inside:avoid;border-top:1px solid #999;padding:.5em 0}@page{size:A4;margin:2cm}@media print{body{margin:0}}</style>
</head><body>
<h1>${escapeHtml(document.title)}</h1>
${document.subtitle === undefined ? '' : `<p>${escapeHtml(document.subtitle)}</p>`}
${sections}
</body></html>`;
}
