import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceLocation } from './model.js';

/**
 * A frame of a JavaScript stack (`at fn (src/x.test.ts:3:50)`, `at file:///x.mjs:3:5`) or vitest's
 * `❯ src/x.test.ts:3:50`. A Java frame (`at a.B.c(B.java:42)`) has no column and names no path, so it does not match.
 */
const STACK_FRAME = /^\s*(?:at|❯)\s+(?:.*?\()?(?<file>[^\s()]+):(?<line>\d+):\d+\)?\s*$/;
/** A line naming a place the way pytest and `go test` do: `tests/test_x.py:14: AssertionError`. */
const PLACE_LINE = /^\s*(?<file>[^\s:]+\.[A-Za-z0-9]+):(?<line>\d+):(?:\s|$)/;
/** A Python traceback line: `File "tests/test_x.py", line 14, in test_x`. */
const PYTHON_FRAME = /^\s*File "(?<file>[^"]+)", line (?<line>\d+)/;
/** A JVM stack frame: `at example.TokenizerTest.dropsPunctuation(TokenizerTest.java:27)`. */
const JVM_FRAME =
  /^\s*at (?<owner>[\w$.]+)\.[\w$<>]+\((?<file>[\w$]+\.(?<language>java|kt|groovy|scala)):(?<line>\d+)\)/;
/** Where Maven and Gradle keep test sources, by language. */
const JVM_TEST_SOURCES: Record<string, string> = {
  java: 'src/test/java',
  kt: 'src/test/kotlin',
  groovy: 'src/test/groovy',
  scala: 'src/test/scala',
};
/**
 * Code that is not the project's: installed packages and the runtime (node's
 * internals, Python's standard library in `…/lib/python3.12/`). A failure
 * raised inside `json.loads` is located at the project's call, not in the
 * runtime, which lies outside the workspace where no annotation can point.
 */
const DEPENDENCY =
  /(^|[/\\])(node_modules|site-packages|dist-packages)[/\\]|(^|[/\\])lib[/\\]python\d+(\.\d+)?[/\\]|^node:|^internal[/\\]|^<anonymous>$/;

/**
 * Where a failure happened. The failure text names the line that failed; the
 * `file`/`line` attributes (pytest's xunit1) name only the test function and
 * pytest counts that line from 0. So a place in the text wins: in the test's
 * own file when the attributes name it, else the innermost frame of the
 * project's code (first in a JavaScript stack, last in a Python traceback).
 */
export function failureLocation(
  text: string,
  attributes: { file?: string; line?: number; classname?: string } = {},
): SourceLocation | undefined {
  const jsFrames: SourceLocation[] = [];
  const places: SourceLocation[] = [];
  let jvmFrame: SourceLocation | undefined;
  for (const line of text.split('\n')) {
    if (!jvmFrame && attributes.classname) jvmFrame = testClassFrame(line, attributes.classname);
    const frame = STACK_FRAME.exec(line);
    if (frame?.groups) {
      jsFrames.push({ file: frame.groups['file'], line: Number(frame.groups['line']) });
      continue;
    }
    const place = PLACE_LINE.exec(line) ?? PYTHON_FRAME.exec(line);
    if (place?.groups) places.push({ file: place.groups['file'], line: Number(place.groups['line']) });
  }
  const projectFrames = jsFrames.filter((frame) => !DEPENDENCY.test(frame.file));
  const projectPlaces = places.filter((place) => !DEPENDENCY.test(place.file)).reverse();
  const candidates = [...projectFrames, ...projectPlaces];

  if (attributes.file) {
    const inTestFile = candidates.find((candidate) => samePath(candidate.file, attributes.file!));
    if (inTestFile) return inTestFile;
    return attributes.line === undefined ? { file: attributes.file } : { file: attributes.file, line: attributes.line };
  }
  return candidates[0] ?? jvmFrame;
}

/**
 * A JVM frame names a file but not its folder. The frame in the test class
 * itself gives it: the package is the folder, below the build's standard
 * test source root (`src/test/java/example/TokenizerTest.java`).
 */
function testClassFrame(line: string, classname: string): SourceLocation | undefined {
  const frame = JVM_FRAME.exec(line);
  if (!frame?.groups) return undefined;
  const { owner, file, language } = frame.groups;
  if (owner.replace(/\$.*$/, '') !== classname.replace(/\$.*$/, '')) return undefined;
  const packagePath = owner.split('.').slice(0, -1).join('/');
  const folder = packagePath === '' ? JVM_TEST_SOURCES[language] : `${JVM_TEST_SOURCES[language]}/${packagePath}`;
  return { file: `${folder}/${file}`, line: Number(frame.groups['line']) };
}

/** True when `a` and `b` name the same file, one possibly as a suffix of the other (`/abs/tests/x.py`, `tests/x.py`). */
function samePath(a: string, b: string): boolean {
  const left = normalize(a);
  const right = normalize(b);
  return left === right || left.endsWith(`/${right}`) || right.endsWith(`/${left}`);
}

function normalize(path: string): string {
  return fromFileUrl(path).replace(/\\/g, '/').replace(/^\.\//, '');
}

function fromFileUrl(path: string): string {
  if (!path.startsWith('file://')) return path;
  try {
    return fileURLToPath(path);
  } catch {
    return path;
  }
}

export interface WorkspacePaths {
  /** The repository checkout (`GITHUB_WORKSPACE`): annotations name files relative to it. */
  workspace: string;
  /** Where relative paths in reports start: the folder the tests ran in. */
  baseDirectory: string;
}

/**
 * The location as GitHub wants it for an annotation: a `/`-separated path
 * relative to the workspace. Undefined when the file lies outside the
 * workspace, where no annotation can point.
 */
export function workspaceLocation(location: SourceLocation, paths: WorkspacePaths): SourceLocation | undefined {
  const file = fromFileUrl(location.file);
  const absolute = isAbsolute(file) ? file : resolve(paths.baseDirectory, file);
  const inWorkspace = relative(resolve(paths.workspace), absolute);
  if (inWorkspace === '' || inWorkspace.startsWith(`..${sep}`) || inWorkspace === '..' || isAbsolute(inWorkspace)) {
    return undefined;
  }
  const posix = inWorkspace.split(sep).join('/');
  return location.line === undefined ? { file: posix } : { file: posix, line: location.line };
}
