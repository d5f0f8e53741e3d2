import type { Refusal, Refusals } from '@ssp/platform';

/** Words an English sentence can hardly do without; none is Danish. */
const ENGLISH = /\b(must|should|the|is|not|only|no such)\b/i;

/** Every refusal of a service's tables, named `TABLE.name`. */
export function refusalsOf(tables: Readonly<Record<string, Refusals>>): (Refusal & { where: string })[] {
  return Object.entries(tables).flatMap(([table, refusals]) => Object.entries(refusals).map(([name, refusal]) => ({ where: `${table}.${name}`, ...refusal })));
}

/**
 * The tests every service's refusal tables pass (`apps/<service>/src/refusals.spec.ts`): each
 * refusal has a code of its own, in English kebab-case for programs, and one Danish sentence
 * for the person. Call it inside the spec's `describe`.
 */
export function itGivesDanishRefusals(tables: Readonly<Record<string, Refusals>>): void {
  const all = refusalsOf(tables);

  it('give every refusal its own code, so that a program can tell them apart', () => {
    const codes = all.map((refusal) => refusal.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it.each(all.map((refusal) => [refusal.where, refusal] as const))('%s has a kebab-case English code and a Danish sentence', (_where, { code, message }) => {
    expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    expect(message).toMatch(/^\S.*\.$/);
    expect(message).not.toMatch(ENGLISH);
  });
}
