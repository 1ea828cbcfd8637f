import { open } from 'node:fs/promises';
import { realPathInside } from '@mlops-actions/paths';
import type { Metrics } from './metrics.js';
import { GateError } from './errors.js';

/**
 * Metrics travel in a version tag's message and in summaries: a file larger
 * than this is not a metrics summary (per-example predictions, a log).
 */
export const METRICS_FILE_LIMIT = 256 * 1024;

/**
 * Objects and arrays nested deeper than this are refused before parsing:
 * no evaluation writes them, and every reader that walks the document
 * (dot paths, the summary, `JSON.stringify` of the manifest) would run out
 * of stack on them.
 */
export const METRICS_DEPTH_LIMIT = 32;

/** What is wrong with a metrics file, for a caller that words it differently. */
export type MetricsFileProblem =
  | 'missing'
  | 'unreadable'
  | 'not-a-file'
  | 'outside-workspace'
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'not-an-object';

/**
 * A metrics file that cannot be used. `reason` completes a sentence whose
 * subject is the file (`does not exist`, `is not valid JSON (line 2, column 1:
 * expected a value)`); it never quotes the file's content.
 */
export class MetricsFileError extends GateError {
  override readonly name: string = 'MetricsFileError';

  constructor(
    readonly problem: MetricsFileProblem,
    readonly reason: string,
    subject = 'The metrics file',
  ) {
    super('metrics-file', `${subject} ${reason}`);
  }
}

export interface MetricsFileOptions {
  /** The file must resolve (symbolic links followed) inside this folder. */
  workspace: string;
}

/**
 * Reads a JSON object of metrics from `path`: a regular file inside the
 * workspace, at most `METRICS_FILE_LIMIT` bytes, valid JSON nested at most
 * `METRICS_DEPTH_LIMIT` deep, holding an object. Anything else is a
 * `MetricsFileError`.
 */
export async function readMetricsFile(path: string, { workspace }: MetricsFileOptions): Promise<Metrics> {
  let real: string | undefined;
  try {
    real = await realPathInside(path, workspace);
  } catch (error) {
    throw openError(error);
  }
  if (real === undefined) {
    throw new MetricsFileError(
      'outside-workspace',
      'resolves outside the workspace (symbolic links are followed); metrics are read only from files of the checkout',
    );
  }
  const file = await open(real, 'r').catch((error: unknown) => {
    throw openError(error);
  });
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new MetricsFileError('not-a-file', 'is not a file');
    if (stats.size > METRICS_FILE_LIMIT) throw tooLarge(stats.size);
    // Read one byte past the bound: a file that grew since `stat` is still caught.
    const buffer = Buffer.alloc(METRICS_FILE_LIMIT + 1);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    if (bytesRead > METRICS_FILE_LIMIT) throw tooLarge(bytesRead);
    return parseMetrics(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await file.close();
  }
}

/**
 * Parses a metrics document: valid JSON, nested at most
 * `METRICS_DEPTH_LIMIT` deep, holding an object. `subject` names it in the
 * error message.
 */
export function parseMetrics(text: string, subject?: string): Metrics {
  const problem = jsonProblem(text, METRICS_DEPTH_LIMIT);
  if (problem?.kind === 'depth') {
    throw new MetricsFileError(
      'too-deep',
      `nests objects or arrays more than ${METRICS_DEPTH_LIMIT} levels deep (${where(text, problem.offset)}); ` +
        'write the metrics as a shallow object such as {"eval": {"accuracy": 0.91}}',
      subject,
    );
  }
  if (problem) {
    throw new MetricsFileError(
      'not-json',
      `is not valid JSON (${where(text, problem.offset)}: ${problem.expected})`,
      subject,
    );
  }
  const document: unknown = JSON.parse(text);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new MetricsFileError(
      'not-an-object',
      `holds ${kindOf(document)}, not a JSON object of metrics such as {"eval": {"accuracy": 0.91}}`,
      subject,
    );
  }
  return document as Metrics;
}

function openError(error: unknown): MetricsFileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new MetricsFileError('missing', 'does not exist');
  if (code === 'EISDIR') return new MetricsFileError('not-a-file', 'is not a file');
  return new MetricsFileError('unreadable', `cannot be read (${code ?? 'unknown error'})`);
}

function tooLarge(size: number): MetricsFileError {
  return new MetricsFileError(
    'too-large',
    `is ${Math.ceil(size / 1024)} KiB, over the ${METRICS_FILE_LIMIT / 1024} KiB a metrics file may hold ` +
      '(summary numbers, not per-example results)',
  );
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/** `line 2, column 5` of a character offset. */
function where(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

interface JsonProblem {
  kind: 'syntax' | 'depth';
  offset: number;
  /** What the grammar expected there, in words. */
  expected: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where `text` first breaks the JSON grammar or nests deeper than
 * `maxDepth`, or undefined when it is valid JSON. Iterative, so no input can
 * exhaust the stack, and it reports a position rather than quoting the text
 * (V8's own message quotes it, and the file is untrusted).
 */
export function jsonProblem(text: string, maxDepth: number): JsonProblem | undefined {
  const open: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const syntax = (expected: string): JsonProblem => ({ kind: 'syntax', offset: i, expected });
  const afterValue = (): Expect => (open.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) {
      return expect === 'end' ? undefined : syntax('the text ends early');
    }
    const c = text[i];
    switch (expect) {
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && c === ']') {
          open.pop();
          i++;
          expect = afterValue();
        } else if (c === '{' || c === '[') {
          open.push(c);
          if (open.length > maxDepth) return { kind: 'depth', offset: i, expected: '' };
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          i++;
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return { kind: 'syntax', offset: -end - 1, expected: 'a valid string' };
          i = end;
          expect = afterValue();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          expect = afterValue();
        } else if (text.startsWith('false', i)) {
          i += 5;
          expect = afterValue();
        } else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return syntax('expected a value');
          i = NUMBER.lastIndex;
          expect = afterValue();
        }
        break;
      case 'key-or-close':
      case 'key':
        if (expect === 'key-or-close' && c === '}') {
          open.pop();
          i++;
          expect = afterValue();
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (end < 0) return { kind: 'syntax', offset: -end - 1, expected: 'a valid string' };
          i = end;
          expect = 'colon';
        } else {
          return syntax('expected a property name in double quotes');
        }
        break;
      case 'colon':
        if (c !== ':') return syntax("expected ':'");
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const container = open[open.length - 1];
        const close = container === '{' ? '}' : ']';
        if (c === ',') {
          expect = container === '{' ? 'key' : 'value';
          i++;
        } else if (c === close) {
          open.pop();
          i++;
          expect = afterValue();
        } else {
          return syntax(`expected ',' or '${close}'`);
        }
        break;
      }
      case 'end':
        return syntax('expected the end of the text after the JSON value');
    }
  }
}

/**
 * The offset after the string that starts at `start`, or `-(offset + 1)` of
 * the character that breaks it (a control character, a bad escape, the end).
 */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -(i + 1);
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 1);
        i += 6;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 2;
      } else {
        return -(i + 1);
      }
    } else {
      i++;
    }
  }
  return -(i + 1);
}
