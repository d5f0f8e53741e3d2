interface LeakDetector {
  problem: string;
  pattern: RegExp;
  accept?: (match: RegExpMatchArray) => boolean;
  show?: (match: RegExpMatchArray) => string;
}

/**
 * A CPR number is a birth date DDMMYY and four digits, with or without a hyphen. It must stand
 * alone: not inside a longer number, a UUID (hex and hyphens around it) or a decimal fraction.
 * After a JSON escape such as `\n` it still counts.
 */
const CPR_PATTERN = /(?:(?<![\w.-])|(?<=\\[nrt]))(\d{2})(\d{2})(\d{2})(-?)\d{4}(?![\w-]|\.\d)/g;

function isPlausibleBirthDate(day: number, month: number, yearOfCentury: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown (it hides in the serial), so 29 February counts whenever YY % 4 === 0.
  const daysInMonth = [31, yearOfCentury % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

const LEAK_DETECTORS: readonly LeakDetector[] = [
  {
    problem: 'stack trace',
    pattern: /\bat\s+(?:(?:async|new)\s+)?(?:[\w$.<>[\]]+\s+)?\(?(?:file:\/\/)?(?:\/|[A-Za-z]:[\\/]|node:|\.\.?\/)[^\s()"'`]*:\d+(?::\d+)?\)?/g,
  },
  { problem: 'node_modules path', pattern: /node_modules/g },
  {
    problem: 'server file path',
    // "Cannot GET /x" echoes the request path, which is the client's own, not the server's.
    pattern:
      /(?<!Cannot [A-Z]+ )(?<![\w.-])(?:\/(?:home|usr|app|opt|srv|work|root|Users|workspace|builds?)\/[^\s"'`),\]]+|\/[\w.@-]+(?:\/[\w.@-]+)+\.(?:[cm]?[jt]s|json)\b)/g,
  },
  { problem: 'server file path', pattern: /\b[A-Za-z]:(?:\\{1,2}[\w .-]+){2,}/g },
  {
    problem: 'CPR number',
    pattern: CPR_PATTERN,
    accept: (match) => isPlausibleBirthDate(Number(match[1]), Number(match[2]), Number(match[3])),
    // The report names the birth date part only, so test output does not repeat the number.
    show: (match) => `${match[1]}${match[2]}${match[3]}${match[4]}****`,
  },
  {
    problem: 'SQL error',
    pattern:
      /QueryFailedError|EntityNotFoundError|syntax error at or near|duplicate key value violates|violates (?:foreign key|not-null|check|unique) constraint|invalid input syntax for type|(?:relation|column) "[^"]*" does not exist/g,
  },
];

/** What an error body must not contain: stack traces, server paths, CPR numbers, SQL errors. Empty when clean. */
export function leaksInErrorBody(bodyText: string): string[] {
  const problems = new Set<string>();
  for (const { problem, pattern, accept, show } of LEAK_DETECTORS) {
    for (const match of bodyText.matchAll(pattern)) {
      if (accept && !accept(match)) continue;
      const shown = show ? show(match) : match[0].slice(0, 120);
      problems.add(`${problem}: ${shown}`);
    }
  }
  return [...problems];
}
