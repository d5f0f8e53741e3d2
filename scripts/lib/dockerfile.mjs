// The Dockerfile as stages of steps, read with dockerfile-ast (the parser behind the VS Code
// Docker extension), for scripts/build-reproduction.mjs and scripts/lint-dockerfile.mjs.
import dockerfileAst from 'dockerfile-ast';

const { DockerfileParser } = dockerfileAst;

/** `${NAME}`, `${NAME:-default}` and `$NAME`, as Docker expands them in FROM, ENV, WORKDIR and COPY. */
export function expandVariables(text, variables) {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced, fallback, bare) => {
    const value = variables[braced ?? bare];
    return value === undefined || (value === '' && fallback !== undefined) ? (fallback ?? '') : value;
  });
}

/** A quoted value in ARG or ENV, unquoted as the shell would. */
function unquote(value) {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}

function propertiesOf(instruction) {
  return instruction.getProperties().map((property) => ({ name: property.getName(), value: unquote(property.getValue() ?? '') }));
}

function flagsOf(instruction) {
  return Object.fromEntries((instruction.getFlags?.() ?? []).map((flag) => [flag.getName(), flag.getValue() ?? '']));
}

/** Exec form (a JSON array) as it is; shell form through /bin/sh -c, as Docker runs it. */
function commandOf(instruction) {
  const content = instruction.getArgumentsContent() ?? '';
  return content.trimStart().startsWith('[') ? JSON.parse(content) : ['/bin/sh', '-c', content];
}

/** What a step needs besides its keyword and line; every keyword a stage may hold. */
function stepOf(instruction) {
  const keyword = instruction.getKeyword();
  const line = instruction.getRange().start.line + 1;
  const text = instruction.getTextContent().replace(/\\\r?\n\s*/g, ' ');
  const step = { keyword, line, text, flags: flagsOf(instruction) };
  switch (keyword) {
    case 'ARG':
    case 'ENV':
      return { ...step, properties: propertiesOf(instruction) };
    case 'COPY':
    case 'ADD':
    case 'WORKDIR':
    case 'USER':
    case 'EXPOSE':
      return { ...step, arguments: instruction.getArguments().map((argument) => argument.getValue()) };
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT':
      return { ...step, command: commandOf(instruction), shellText: instruction.getArgumentsContent() ?? '' };
    default:
      return step;
  }
}

/**
 * The Dockerfile's global ARG defaults and its stages in order: each with its base (an
 * image or an earlier stage, variables expanded), name and steps.
 */
export function parseDockerfile(text) {
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs = Object.fromEntries(dockerfile.getInitialARGs().flatMap((arg) => propertiesOf(arg).map(({ name, value }) => [name, value])));
  const stages = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const base = expandVariables(instruction.getImageName() ?? '', globalArgs);
      stages.push({ name: instruction.getBuildStage() ?? String(stages.length), base, line: instruction.getRange().start.line + 1, steps: [] });
    } else if (stages.length > 0) {
      stages.at(-1).steps.push(stepOf(instruction));
    }
  }
  return { globalArgs, stages, dockerfile };
}
