/** Markup that is already safe: made by `html`, never from a string someone typed. */
export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escaped(value: unknown): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(escaped).join('');
  if (value === null || value === undefined || value === false) return '';
  return String(value).replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/**
 * Every page is written with this tag: each value put into the template is escaped (text in
 * elements and in quoted attributes alike) unless it is itself `Html`; lists are joined, and
 * null, undefined and false leave nothing. So a child's name or a service's message is never markup.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(strings.reduce((markup, text, index) => markup + text + (index < values.length ? escaped(values[index]) : ''), ''));
}
