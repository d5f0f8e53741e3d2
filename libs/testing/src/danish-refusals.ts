import type { Refusal, Refusals } from '@ssp/platform';
import { getMetadataStorage } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

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

/** The `*.dto.ts` files under `dir`, at any depth. */
function dtoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dtoFiles(path);
    return entry.name.endsWith('.dto.ts') ? [path] : [];
  });
}

/** Rules that refuse nothing themselves: `@IsOptional`, `@ValidateIf`, and the pipe's own whitelist (`unknown-field`). */
const REFUSING_NOTHING = new Set(['conditionalValidation', 'whitelistValidation']);

/**
 * Every class-validator rule of every class exported by a `*.dto.ts` file under `srcDir`
 * carries a code (`refusedWith`, or a decorator that carries its own such as NoCprNumber), so
 * that CodedValidationPipe answers `{ code, message }`: one rule without a code turns the whole
 * answer into Nest's English list.
 */
export function itCodesEveryValidationRule(srcDir: string): void {
  it('give every validation rule of every DTO a code', () => {
    const uncoded = dtoFiles(srcDir).flatMap((file) =>
      Object.entries(require(file) as Record<string, unknown>)
        .filter((entry): entry is [string, new () => unknown] => typeof entry[1] === 'function')
        .flatMap(([name, target]) =>
          getMetadataStorage()
            .getTargetValidationMetadatas(target, '', true, false)
            .filter((rule) => !REFUSING_NOTHING.has(rule.type) && typeof (rule.context as { code?: unknown } | undefined)?.code !== 'string')
            .map((rule) => `${relative(srcDir, file)}: ${name}.${rule.propertyName} (${rule.name ?? rule.type})`),
        ),
    );
    expect([...new Set(uncoded)]).toEqual([]);
  });
}
