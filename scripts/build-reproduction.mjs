// npm run build:reproduce -- [--dockerfile <file>] [--work <folder>] [--cache <folder>]
//                             [--keep] [-e NAME=value ...]
//
// Builds the image as Docker would, without a Docker engine, and starts it: reads the
// Dockerfile, gives each stage an empty folder as its file system, copies into it exactly
// what the stage COPYs (from the build context less .dockerignore, or from another stage),
// runs its RUN steps there with the machine's node and npm in place of the base image's
// (a `--mount=type=cache` becomes npm's own cache), then runs the last stage's ENTRYPOINT and
// CMD in its WORKDIR with its ENV, as its USER when this runs as root, plus each `-e`, as
// `docker run -e` would, and waits for GET /health/ready to answer 200 on HTTP_PORT. A file left out of a COPY, a
// step that fails, or a development dependency the service needs at run time fails it, naming
// the step or printing the service's output.
//
// --cache keeps each RUN step's result under a key of everything the stage did before it (as
// Docker's layer cache does), so a second reproduction in the same folder repeats only what
// changed; without it every step runs.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import dockerignore from '@balena/dockerignore';
import { expandVariables, parseDockerfile } from './lib/dockerfile.mjs';
import { log, ROOT } from './lib/process.mjs';

/** The service's readiness: database, Kafka and migrations (libs/platform/src/health). */
const READY_PATH = '/health/ready';

/** A step of the Dockerfile that could not be reproduced; its message names the step. */
export class BuildStepError extends Error {}

const HEALTH_TIMEOUT_MS = 120_000;

function failStep(stage, step, reason) {
  return new BuildStepError(`Dockerfile:${step.line} (stage ${stage.name}) ${step.text}\n  failed: ${reason}`);
}

/** What the build context holds: the context folder less what .dockerignore keeps out. */
function buildContext(folder) {
  const ignoreFile = path.join(folder, '.dockerignore');
  const patterns = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8').split(/\r?\n/) : [];
  const ignored = dockerignore({ ignorecase: false }).add(patterns);
  return { folder, excludes: (relative) => relative !== '' && ignored.ignores(relative) };
}

/** The context's files under `relative` (a file or a folder), as paths relative to the context. */
function contextFiles(context, relative) {
  const absolute = path.join(context.folder, relative);
  if (context.excludes(relative) || !existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute).flatMap((entry) => contextFiles(context, path.posix.join(relative, entry)));
}

/** COPY sources may hold * and ?, matched within one folder as Docker does. */
function expandSource(context, source) {
  const relative = path.posix.normalize(source.replace(/^\/+/, '')).replace(/^\.$/, '');
  if (!/[*?]/.test(relative)) return [relative];
  const folder = path.posix.dirname(relative);
  const pattern = new RegExp(`^${path.posix.basename(relative).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const inFolder = existsSync(path.join(context.folder, folder)) ? readdirSync(path.join(context.folder, folder)) : [];
  return inFolder.filter((name) => pattern.test(name)).map((name) => path.posix.join(folder === '.' ? '' : folder, name));
}

/** Steps still running, stopped when another stage's step fails (as BuildKit cancels them). */
const running = new Set();

function runProcess(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    child.once('close', () => running.delete(child));
    let output = '';
    child.stdout.on('data', (chunk) => void (output += chunk));
    child.stderr.on('data', (chunk) => void (output += chunk));
    child.once('error', (error) => resolve({ code: -1, output: `${output}${error.message}` }));
    child.once('close', (code, signal) => resolve({ code: code ?? signal, output }));
  });
}

/**
 * A copy of a stage's files made of hard links (`cp -al`): node_modules holds tens of thousands
 * of files, too many to copy on every stage and cache entry. Safe because a step never edits
 * a file another stage made in place: npm and tsc write new files, and COPY replaces a file.
 */
async function linkTree(from, to) {
  mkdirSync(path.dirname(to), { recursive: true });
  rmSync(to, { recursive: true, force: true });
  const { code, output } = await runProcess('cp', ['-al', from, to], {});
  if (code !== 0) throw new Error(`cp -al ${from} ${to}: ${output}`);
}

/** A new file each time (never written through an existing one, which may be a link into another stage). */
function copyContextFile(from, to) {
  mkdirSync(path.dirname(to), { recursive: true });
  rmSync(to, { force: true });
  copyFileSync(from, to);
}

function lastLines(text, count = 40) {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** A stage's file system and what its steps set so far. */
class StageState {
  constructor(root) {
    this.root = root;
    this.workdir = '/';
    this.env = {};
    this.args = {};
    this.user = undefined;
    this.entrypoint = [];
    this.cmd = [];
    this.key = '';
  }

  /** What `docker run` starts: the ENTRYPOINT with the CMD as its arguments. */
  get command() {
    return [...this.entrypoint, ...this.cmd];
  }

  /** A path inside the stage's file system; relative ones from its WORKDIR. */
  inside(target) {
    return path.join(this.root, path.posix.resolve(this.workdir, target));
  }

  variables() {
    return { ...this.args, ...this.env };
  }

  remember(...parts) {
    this.key = createHash('sha256').update(JSON.stringify([this.key, ...parts])).digest('hex');
  }
}

/** One reproduction: the Dockerfile's stages, each built once into its own folder under `work`. */
class Reproduction {
  constructor({ dockerfile, context, work, cache }) {
    this.parsed = parseDockerfile(readFileSync(dockerfile, 'utf8'));
    this.context = buildContext(context);
    this.work = work;
    this.cache = cache;
    this.builds = new Map();
  }

  stageNamed(name) {
    return this.parsed.stages.find((stage) => stage.name === name);
  }

  /** The stages `stage` builds on, through FROM or COPY --from. */
  dependenciesOf(stage) {
    const named = [stage.base, ...stage.steps.map((step) => step.flags.from)].filter((name) => name && this.stageNamed(name));
    return [...new Set(named)].flatMap((name) => [name, ...this.dependenciesOf(this.stageNamed(name))]);
  }

  /** Builds the last stage; the stages it needs start at once, side by side, as BuildKit runs them. */
  async buildTarget() {
    const target = this.parsed.stages.at(-1);
    const needed = this.dependenciesOf(target).map((name) => this.build(name));
    const [state] = await Promise.all([this.build(target.name), ...needed]);
    return state;
  }

  build(name) {
    if (!this.builds.has(name)) this.builds.set(name, this.buildStage(this.stageNamed(name)));
    return this.builds.get(name);
  }

  async buildStage(stage) {
    const state = new StageState(path.join(this.work, 'stages', stage.name));
    if (this.stageNamed(stage.base)) {
      const base = await this.build(stage.base);
      await linkTree(base.root, state.root);
      Object.assign(state, { workdir: base.workdir, env: { ...base.env }, user: base.user, entrypoint: base.entrypoint, cmd: base.cmd, key: base.key });
    } else {
      mkdirSync(state.root, { recursive: true });
      // The machine's node and npm stand in for the base image's.
      state.remember('FROM', stage.base, process.version);
    }
    for (const step of stage.steps) await this.apply(stage, step, state);
    log(`[${stage.name}] stage built`);
    return state;
  }

  async apply(stage, step, state) {
    const variables = state.variables();
    switch (step.keyword) {
      case 'WORKDIR':
        state.workdir = path.posix.resolve(state.workdir, expandVariables(step.arguments[0], variables));
        mkdirSync(state.inside('.'), { recursive: true });
        break;
      case 'ARG':
        for (const { name, value } of step.properties) state.args[name] = value || this.parsed.globalArgs[name] || '';
        break;
      case 'ENV':
        for (const { name, value } of step.properties) state.env[name] = expandVariables(value, variables);
        break;
      case 'COPY':
        await this.copy(stage, step, state);
        break;
      case 'RUN':
        await this.run(stage, step, state);
        break;
      case 'USER':
        state.user = expandVariables(step.arguments[0], variables);
        break;
      case 'ENTRYPOINT':
        // As Docker does: a new ENTRYPOINT drops the CMD it inherited.
        state.entrypoint = step.command;
        state.cmd = [];
        break;
      case 'CMD':
        state.cmd = step.command;
        break;
      case 'EXPOSE':
      case 'LABEL':
      case 'STOPSIGNAL':
        break;
      default:
        throw failStep(stage, step, `${step.keyword} is not reproduced by scripts/build-reproduction.mjs; teach it the instruction`);
    }
    state.remember(step.text);
  }

  async copy(stage, step, state) {
    const { from, link, ...others } = step.flags;
    if (Object.keys(others).length > 0) throw failStep(stage, step, `COPY --${Object.keys(others).join(', --')} is not reproduced; teach scripts/build-reproduction.mjs`);
    void link;
    const words = step.arguments.map((word) => expandVariables(word, state.variables()));
    const destination = words.at(-1);
    const sources = words.slice(0, -1);
    const intoFolder = sources.length > 1 || destination.endsWith('/');
    if (from) {
      const source = await this.build(from);
      for (const item of sources) {
        const absolute = path.join(source.root, path.posix.resolve(source.workdir, item));
        if (!existsSync(absolute)) throw failStep(stage, step, `${item} does not exist in stage ${from}`);
        await linkTree(absolute, state.inside(intoFolder ? path.posix.join(destination, path.posix.basename(item)) : destination));
      }
      state.remember(source.key);
      return;
    }
    const digest = createHash('sha256');
    for (const source of sources) {
      const matches = expandSource(this.context, source).filter((relative) => contextFiles(this.context, relative).length > 0);
      if (matches.length === 0) throw failStep(stage, step, `${source} is not in the build context (missing, or kept out by .dockerignore)`);
      for (const relative of matches) {
        const isFolder = statSync(path.join(this.context.folder, relative)).isDirectory();
        const target = intoFolder && !isFolder ? path.posix.join(destination, path.posix.basename(relative)) : destination;
        for (const file of contextFiles(this.context, relative)) {
          const inside = isFolder ? path.posix.join(target, path.posix.relative(relative, file)) : target;
          copyContextFile(path.join(this.context.folder, file), state.inside(inside));
          digest.update(`${inside}\0`).update(readFileSync(path.join(this.context.folder, file)));
        }
      }
    }
    state.remember(digest.digest('hex'));
  }

  /** RUN through the shell in the stage's WORKDIR; npm's own cache stands in for a cache mount. */
  async run(stage, step, state) {
    const mount = step.flags.mount;
    if (mount !== undefined && !mount.split(',').includes('type=cache')) throw failStep(stage, step, `RUN --mount=${mount} is not reproduced; only cache mounts are`);
    state.remember('RUN', step.command);
    const cached = this.cache && path.join(this.cache, state.key);
    if (cached && existsSync(cached)) {
      await linkTree(cached, state.root);
      log(`[${stage.name}] ${step.text} (cached)`);
      return;
    }
    const started = Date.now();
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...state.env };
    const { code, output } = await runProcess(step.command[0], step.command.slice(1), { cwd: state.inside('.'), env });
    if (code !== 0) throw failStep(stage, step, `exit ${code}\n${lastLines(output)}`);
    log(`[${stage.name}] ${step.text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (cached) await linkTree(state.root, cached);
  }
}

/** The user id and group of `USER uid[:gid]`, where this process may take them (as root). */
function processUser(user) {
  if (!user || typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const [uid, gid] = user.split(':').map(Number);
  if (!Number.isInteger(uid)) throw new BuildStepError(`USER ${user}: give it by number, so that Kubernetes' runAsNonRoot can check it`);
  return { uid, gid: Number.isInteger(gid) ? gid : uid };
}

async function healthStatus(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}${READY_PATH}`)).status;
  } catch {
    return 0;
  }
}

/**
 * Runs the built image's ENTRYPOINT and CMD with `runEnv` on top of its ENV, as `docker run -e`
 * would, and waits until GET /health/ready on HTTP_PORT answers 200; stops it with SIGTERM and
 * resolves with what it printed. Rejects, with that output, if it exits or never gets healthy.
 */
export async function startAndCheckHealth(image, runEnv) {
  const port = runEnv.HTTP_PORT;
  if (!port) throw new Error('give the service an HTTP_PORT (-e HTTP_PORT=...) to check its readiness on');
  const [command, ...args] = image.command;
  const child = spawn(command, args, {
    cwd: image.inside('.'),
    env: { PATH: process.env.PATH, ...image.env, ...runEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...processUser(image.user),
  });
  let output = '';
  child.stdout.on('data', (chunk) => void (output += chunk));
  child.stderr.on('data', (chunk) => void (output += chunk));
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let status = 0;
  while (child.exitCode === null && child.signalCode === null && Date.now() < deadline && (status = await healthStatus(port)) !== 200) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (status === 200) {
    child.kill('SIGTERM');
    await exited;
    return output;
  }
  child.kill('SIGKILL');
  const code = await exited;
  const why = child.exitCode !== null || code !== 'SIGKILL' ? `exited (${code})` : `was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s`;
  throw new BuildStepError(`the image's command ${why} before GET ${READY_PATH} answered 200:\n${lastLines(output)}`);
}

/** Builds the Dockerfile's last stage in `work` (made if missing); resolves with its state. */
export function reproduceBuild({ dockerfile = path.join(ROOT, 'Dockerfile'), context = ROOT, work, cache }) {
  return new Reproduction({ dockerfile, context, work, cache }).buildTarget();
}

function runEnvOf(pairs) {
  return Object.fromEntries(
    pairs.map((pair) => {
      const split = pair.indexOf('=');
      return split < 0 ? [pair, process.env[pair] ?? ''] : [pair.slice(0, split), pair.slice(split + 1)];
    }),
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      dockerfile: { type: 'string' },
      work: { type: 'string' },
      cache: { type: 'string' },
      keep: { type: 'boolean' },
      env: { type: 'string', short: 'e', multiple: true, default: [] },
    },
  });
  const work = values.work ?? mkdtempSync(path.join(tmpdir(), 'ssp-image-'));
  mkdirSync(work, { recursive: true });
  // The image's user must reach its files, as it does in the image's own file system.
  chmodSync(work, 0o755);
  const started = Date.now();
  try {
    const image = await reproduceBuild({ dockerfile: values.dockerfile && path.resolve(values.dockerfile), work, cache: values.cache && path.resolve(values.cache) });
    log(`image built in ${((Date.now() - started) / 1000).toFixed(0)} s; starting its command`);
    await startAndCheckHealth(image, runEnvOf(values.env));
    log(`the image's command answered GET ${READY_PATH} with 200`);
    return 0;
  } catch (error) {
    for (const child of running) child.kill('SIGTERM');
    process.stderr.write(`build reproduction failed: ${error instanceof BuildStepError ? error.message : error.stack}\n`);
    return 1;
  } finally {
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code));
}
