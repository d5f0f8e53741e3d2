import type { OffenceCategoryDefinition } from '@ssp/contracts';

/** Maps an offence code and text to a category id; `other` when no pattern matches. */
export type OffenceClassifier = (code: string | undefined, text: string) => string;

export const OTHER_CATEGORY = 'other';

/** A pattern in the category table that cannot be used; names the category so it can be fixed. */
export class InvalidOffencePatternError extends Error {
  constructor(
    readonly categoryId: string,
    readonly pattern: string,
    problem: string,
  ) {
    super(`Offence category "${categoryId}" has an unusable pattern /${pattern}/: ${problem}`);
    this.name = 'InvalidOffencePatternError';
  }
}

interface CompiledCategory {
  id: string;
  patterns: RegExp[];
}

/**
 * Compiles the table once. Patterns are case-insensitive (the `i` flag also folds æ, ø, å)
 * and tried against the code and the text separately, so a match never spans the two. No
 * `u` flag: it would refuse patterns such as `\-` that the table's editors may well write.
 */
export function offenceClassifier(categories: readonly OffenceCategoryDefinition[]): OffenceClassifier {
  const compiled = categories.map(compileCategory);
  return (code, text) => {
    const subjects = [code, text].filter((subject): subject is string => subject !== undefined).map((subject) => subject.normalize('NFC'));
    const match = compiled.find((category) => category.patterns.some((pattern) => subjects.some((subject) => pattern.test(subject))));
    return match?.id ?? OTHER_CATEGORY;
  };
}

function compileCategory(category: OffenceCategoryDefinition): CompiledCategory {
  return { id: category.id, patterns: category.patterns.map((pattern) => compilePattern(category.id, pattern)) };
}

function compilePattern(categoryId: string, pattern: string): RegExp {
  // An empty pattern matches every offence and would leave every later category unused.
  if (pattern === '') throw new InvalidOffencePatternError(categoryId, pattern, 'empty pattern matches everything');
  try {
    // Text is NFC-normalised before matching, so the pattern must be too (å typed as a + ring).
    return new RegExp(pattern.normalize('NFC'), 'i');
  } catch (error) {
    throw new InvalidOffencePatternError(categoryId, pattern, error instanceof Error ? error.message : String(error));
  }
}
