// npm run lint:dockerfile [-- <Dockerfile>]
//
// hadolint is in neither Debian nor the npm registry, so the Dockerfile is linted here:
// dockerfile-utils' validator (the VS Code Docker extension's: syntax, flags, JSON forms,
// casing, relative WORKDIRs, repeated CMDs, every finding an error), plus this project's rules
// for the image Kubernetes runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import dockerfileUtils from 'dockerfile-utils';
import { parseDockerfile } from './lib/dockerfile.mjs';
import { ROOT } from './lib/process.mjs';

const { validate, ValidationSeverity } = dockerfileUtils;

const EVERYTHING_AN_ERROR = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};

/** The project's rules, each a finding `{ line, message }` or nothing. */
const PROJECT_RULES = [
  // A moving tag builds a different image tomorrow (hadolint DL3006, DL3007).
  ({ stages }) =>
    stages
      .filter((stage) => !stages.some((earlier) => earlier.name === stage.base))
      .filter((stage) => !/[:@]/.test(stage.base.replace(/^[^/]*:\d+\//, '')) || stage.base.endsWith(':latest'))
      .map((stage) => ({ line: stage.line, message: `FROM ${stage.base}: pin the base image to a tag other than latest` })),
  // Kubernetes' runAsNonRoot can only verify a numeric, non-zero user (hadolint DL3002).
  ({ stages }) => {
    const runtime = stages.at(-1);
    const user = runtime?.steps.filter((step) => step.keyword === 'USER').at(-1);
    const uid = user?.arguments[0].split(':')[0];
    if (user && /^[1-9]\d*$/.test(uid)) return [];
    return [{ line: user?.line ?? runtime?.line ?? 1, message: 'the last stage must end as a numeric user other than root (USER 1000:1000)' }];
  },
  // npm install may rewrite the lock and resolve anew; npm ci installs exactly what was tested.
  ({ stages }) =>
    stages
      .flatMap((stage) => stage.steps)
      .filter((step) => step.keyword === 'RUN' && /\bnpm\s+(install|i|add)\b/.test(step.shellText))
      .map((step) => ({ line: step.line, message: 'install with npm ci, not npm install: the image gets exactly the lock file' })),
  // node must be PID 1 (or exec'd by it) to get SIGTERM and shut down gracefully (hadolint DL3025).
  ({ stages }) =>
    stages
      .flatMap((stage) => stage.steps)
      .filter((step) => (step.keyword === 'CMD' || step.keyword === 'ENTRYPOINT') && !step.shellText.trimStart().startsWith('['))
      .map((step) => ({ line: step.line, message: `${step.keyword} in JSON (exec) form, so that signals reach the process` })),
];

/** Every finding in the Dockerfile's text, by line. */
export function lintDockerfile(text) {
  const fromValidator = validate(text, EVERYTHING_AN_ERROR).map((diagnostic) => ({ line: diagnostic.range.start.line + 1, message: diagnostic.message }));
  const parsed = parseDockerfile(text);
  const fromRules = PROJECT_RULES.flatMap((rule) => rule(parsed));
  return [...fromValidator, ...fromRules].sort((a, b) => a.line - b.line);
}

/** Prints the findings; 0 when there are none, 1 otherwise. */
export function checkDockerfile(file = path.join(ROOT, 'Dockerfile')) {
  const findings = lintDockerfile(readFileSync(file, 'utf8'));
  for (const { line, message } of findings) process.stderr.write(`${path.relative(process.cwd(), file) || file}:${line}: ${message}\n`);
  if (findings.length === 0) process.stdout.write(`lint-dockerfile: ${path.basename(file)} passes\n`);
  return findings.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(checkDockerfile(process.argv[2] && path.resolve(process.argv[2])));
