import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { readFileSync } from 'node:fs';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  return `${error.property}: ${reasons || 'is invalid'}`;
}

function settingNames(configClass: new () => object): Set<string> {
  return new Set(getMetadataStorage().getTargetValidationMetadatas(configClass, '', true, false).map((meta) => meta.propertyName));
}

/**
 * A setting may come from a mounted file: `<NAME>_FILE=/run/secrets/x` reads the file, as
 * Kubernetes and Docker secrets are mounted. Both forms at once is a mistake worth stopping for.
 */
function readSettingsFromFiles(configClass: new () => object, env: Record<string, string>): Record<string, string> {
  const resolved = { ...env };
  const problems: string[] = [];
  for (const name of settingNames(configClass)) {
    const file = env[`${name}_FILE`];
    if (file === undefined) continue;
    if (env[name] !== undefined) {
      problems.push(`${name}: set either ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      problems.push(`${name}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return resolved;
}

/**
 * Reads a config class from the environment and validates it. Every wrong or missing
 * variable is named in the error, so a misconfigured pod stops with a message saying why.
 */
export function loadConfig<T extends object>(
  configClass: new () => T,
  env: Record<string, string | undefined> = process.env,
): T {
  const defined = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  const config = plainToInstance(configClass, readSettingsFromFiles(configClass, defined), { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(errors.map(describe));
  }
  return config;
}
