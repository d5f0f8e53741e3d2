// Validates built-in Kubernetes objects (and the Prometheus Operator's) against the schemas of
// the kubernetes-models packages: a JSON array of objects on stdin, a JSON array of
// "<kind> <name>: <error>" on stdout. Run with node by core-schemas.ts: the packages are ES
// modules only, which jest's CommonJS runtime cannot load.
//
// Two passes, because the packages' validators accept unknown fields (they check types,
// required fields and enums of the fields they know, and let any other field through):
// 1. each model's own validate();
// 2. unknown fields: every object is written as a TypeScript object literal typed with its
//    model's interface (IDeployment, ...), and the compiler's excess-property check rejects
//    a field the interface does not have, at any depth.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PACKAGES = { 'monitoring.coreos.com': '@kubernetes-models/prometheus-operator' };

/** The module of the object's model: core "v1" under v1/, other groups under <group>/<version>/. */
function modelModule({ apiVersion, kind }) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group === '' || !group.includes('.') || group.endsWith('.k8s.io')) {
    return `kubernetes-models/${group === '' ? version : `${group}/${version}`}/${kind}`;
  }
  return PACKAGES[group] && `${PACKAGES[group]}/${group}/${version}/${kind}`;
}

async function modelErrors(object, module) {
  try {
    const Model = (await import(module))[object.kind];
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

/** One line per object, so a diagnostic's line says whose field it is. */
function unknownFieldErrors(typed) {
  const file = path.join(HERE, '__manifests__.ts');
  const source = typed
    .map(({ object, module }, index) => `import type { I${object.kind} as T${index} } from ${JSON.stringify(module)}; export const o${index}: T${index} = ${JSON.stringify(object)};`)
    .join('\n');
  const options = { strict: true, noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists } = host;
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
    const object = line === undefined ? undefined : typed[line]?.object;
    const where = object ? `${object.kind} ${object.metadata?.name}` : 'manifests';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}

const objects = JSON.parse(readFileSync(0, 'utf8'));
const errors = [];
const typed = [];
for (const object of objects) {
  const where = `${object.kind} ${object.metadata?.name}`;
  const module = modelModule(object);
  if (!module) {
    errors.push(`${where}: no kubernetes-models schema for ${object.apiVersion} ${object.kind}`);
    continue;
  }
  errors.push(...(await modelErrors(object, module)).map((message) => `${where}: ${message}`));
  typed.push({ object, module });
}
if (typed.length > 0) errors.push(...unknownFieldErrors(typed));
process.stdout.write(JSON.stringify(errors));
