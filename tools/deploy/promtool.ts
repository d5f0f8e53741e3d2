import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';

/** The rule file a rule test's `rule_files` names: the groups of the PrometheusRule. */
export const RULES_FILE = 'prometheus-rules.groups.yaml';

/** promtool's rule file: the PrometheusRule's spec (`groups:`) without the object around it. */
export function ruleGroupsOf(prometheusRule: string): string {
  const rule = parse(prometheusRule) as { kind?: string; spec?: { groups?: unknown } };
  if (rule.kind !== 'PrometheusRule' || !rule.spec?.groups) throw new Error('not a PrometheusRule with spec.groups');
  return stringify({ groups: rule.spec.groups });
}

export interface PromtoolResult {
  ok: boolean;
  output: string;
}

/**
 * `promtool check rules`, then `promtool test rules` with `testFile`, on the groups of
 * `prometheusRule`, in a temporary folder where the rule test finds them as RULES_FILE.
 * npm test installs Debian's prometheus package (scripts/lib/deploy-tools.mjs) for promtool.
 */
export function checkPrometheusRule(prometheusRule: string, testFile: string): PromtoolResult {
  if (!existsSync(PROMTOOL)) throw new Error(`${PROMTOOL} not found: install Debian's prometheus package (npm test does), or set PROMTOOL`);
  const folder = mkdtempSync(path.join(tmpdir(), 'ssp-promtool-'));
  try {
    writeFileSync(path.join(folder, RULES_FILE), ruleGroupsOf(prometheusRule));
    copyFileSync(testFile, path.join(folder, 'rules.test.yaml'));
    let output = '';
    for (const args of [['check', 'rules', RULES_FILE], ['test', 'rules', 'rules.test.yaml']]) {
      const run = spawnSync(PROMTOOL, args, { cwd: folder, encoding: 'utf8' });
      output += `$ promtool ${args.join(' ')}\n${run.stdout}${run.stderr}`;
      if (run.status !== 0) return { ok: false, output };
    }
    return { ok: true, output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
