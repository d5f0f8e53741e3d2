/**
 * A Danish text from a service as it starts a table cell or a line: the services give names as
 * they read inside a sentence ("i gang", "venter på svar"), so the page raises the first letter.
 */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);
}
