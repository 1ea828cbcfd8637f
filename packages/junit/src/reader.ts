import { createReadStream } from 'node:fs';
import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { excerpt, firstLine, shorten } from './excerpt.js';
import { failureLocation } from './location.js';
import type { SuiteCounts, TestCase, TestCounts, TestStatus } from './model.js';

/** Failure text kept per case while reading: enough for the excerpt and to find the failing line. */
const FAILURE_TEXT_KEPT = 64 * 1024;
/** Lines and characters of failure text kept in `TestCase.details`. */
const DETAIL_LINES = 30;
const DETAIL_CHARS = 4 * 1024;
const MESSAGE_CHARS = 1024;
const NAME_CHARS = 1000;
/** Names (of elements, attributes, entities) longer than this are not XML anyone wrote. */
const MARKUP_NAME_LIMIT = 64 * 1024;
const READ_CHUNK = 64 * 1024;

/** The parser's own buffers (see `boundParserBuffers`). */
interface ParserBuffers {
  text: string;
  name: string;
  entity: string;
  piTarget: string;
}

/** The parser's position fields, read to name a character it refused. */
interface ParserChunk {
  chunk: string;
  prevI: number;
  i: number;
}

/** saxes without namespaces: attributes are plain strings. */
type PlainParser = SaxesParser<{ xmlns: false; position: true }>;

/**
 * A report that cannot be read (missing, unreadable, not well-formed XML, or
 * past a bound on untrusted input): it names the file, and the line where the
 * parser knows it. The user can fix it; anything else is a plain `Error`.
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}

/**
 * Reads one JUnit XML report as a stream and calls `onCase` for every
 * `<testcase>`, in order. `<testsuites>` and `<testsuite>` may nest at any
 * depth, and a bare `<testsuite>` may be the root. Memory does not grow with
 * the size of the text in the file: failure text is cut while it is read and
 * `system-out`/`system-err` are not kept at all. There is no DTD processing:
 * an entity other than XML's five is an error, never expanded.
 *
 * A `<testsuite>` that lists no `<testcase>` (and no nested suite) is
 * counted from its own `tests`, `failures`, `errors` and `skipped`
 * attributes, as the widely used report actions count it, and handed to
 * `onSuiteCounts`.
 *
 * @param name how the report is named in errors and in `TestCase.report`
 */
export async function readReport(
  path: string,
  onCase: (testCase: TestCase) => void,
  name = path,
  onSuiteCounts?: (suite: SuiteCounts) => void,
): Promise<void> {
  // Loaded on first use, not at start-up: a step that fails on its inputs never parses XML.
  const { SaxesParser } = await import('saxes');
  const parser: PlainParser = new SaxesParser({ xmlns: false, position: true });
  const buffers = parser as unknown as ParserBuffers;
  // Bounding memory relies on these fields of saxes 6; fail loudly if a new version renames them.
  for (const field of ['text', 'name', 'entity', 'piTarget'] as const) {
    if (typeof buffers[field] !== 'string') throw new Error(`saxes has no parser field '${field}'`);
  }

  const reader = new CaseReader(name, onCase, parser, onSuiteCounts);
  parser.on('error', (error) => {
    throw new ReportError(describeParseError(name, parser, error.message));
  });
  parser.on('opentag', (tag) => reader.open(tag));
  parser.on('closetag', (tag) => reader.close(tag));

  let stream;
  try {
    stream = createReadStream(path, { encoding: 'utf8', highWaterMark: READ_CHUNK });
    for await (const chunk of stream) {
      parser.write(chunk as string);
      boundParserBuffers(buffers, name, parser);
    }
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new ReportError(`Cannot read the JUnit report ${name}: ${code}.`);
    throw error;
  } finally {
    stream?.destroy();
  }
  parser.close();
}

/**
 * saxes gathers a text node, a CDATA section or an attribute value whole
 * before it hands it over, even when no handler wants it (CDATA). Between
 * chunks, cut what it has gathered beyond what is kept, so a gigabyte of
 * `system-out` costs no more memory than a kilobyte. The cut copy is flat, so
 * it does not pin the chunks the original was sliced from.
 */
function boundParserBuffers(buffers: ParserBuffers, name: string, parser: PlainParser): void {
  if (buffers.text.length > FAILURE_TEXT_KEPT) {
    buffers.text = Buffer.from(buffers.text.slice(0, FAILURE_TEXT_KEPT), 'utf16le').toString('utf16le');
  }
  if (
    buffers.name.length > MARKUP_NAME_LIMIT ||
    buffers.entity.length > MARKUP_NAME_LIMIT ||
    buffers.piTarget.length > MARKUP_NAME_LIMIT
  ) {
    throw new ReportError(describeParseError(name, parser, 'a name longer than 64 KiB'));
  }
}

function describeParseError(name: string, parser: PlainParser, reason: string): string {
  // saxes starts its messages with "line:column: "; the position is said in words instead.
  let text = reason.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  let column = parser.column + 1;
  if (text === 'undefined entity') {
    text += ' (reports are read without a DTD: entities are not expanded)';
  } else if (text === 'disallowed character') {
    const character = refusedCharacter(parser);
    if (character !== undefined) {
      // The character was just read: the parser's column (of the next one, from 0) is its own, from 1.
      column = parser.column;
      text += character === '<' ? " '<' (an attribute value writes it as &lt;)" : ` ${describeCharacter(character)}`;
    }
  }
  return `The JUnit report ${name} is not well-formed XML: line ${parser.line}, column ${column}: ${text}.`;
}

/** The character saxes refused, from its chunk (undefined if saxes no longer keeps these fields). */
function refusedCharacter(parser: PlainParser): string | undefined {
  const { chunk, prevI, i } = parser as unknown as ParserChunk;
  if (typeof chunk !== 'string' || typeof prevI !== 'number' || typeof i !== 'number' || i <= prevI) return undefined;
  return chunk.slice(prevI, i) || undefined;
}

/** A character as text a reader can see: itself when printable, else its code point. */
function describeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  if (code > 0x20 && code < 0x7f) return `'${character}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

interface OpenCase {
  depth: number;
  attributes: Record<string, string>;
  status: TestStatus;
  message: string;
  /** Failure text, gathered only for a case that failed. */
  text: string[] | undefined;
  textLength: number;
}

/** Turns parser events into test cases. */
class CaseReader {
  private depth = 0;
  private readonly suites: string[] = [];
  /** For each open suite, whether it holds a case or a nested suite (else its attributes are its counts). */
  private readonly suitesWithContent: boolean[] = [];
  private current: OpenCase | undefined;
  private capturing = false;
  private readonly onText = (text: string): void => this.keepText(text);

  constructor(
    private readonly report: string,
    private readonly onCase: (testCase: TestCase) => void,
    private readonly parser: PlainParser,
    private readonly onSuiteCounts: ((suite: SuiteCounts) => void) | undefined,
  ) {}

  open(tag: SaxesTagPlain): void {
    this.depth++;
    const attributes = tag.attributes;
    if (this.depth === 1 && tag.name !== 'testsuites' && tag.name !== 'testsuite') {
      throw new ReportError(
        `The file ${this.report} is not a JUnit report: its root element is <${shorten(tag.name, 60)}>, ` +
          'not <testsuites> or <testsuite>. Narrow the reports glob to the JUnit XML files.',
      );
    }
    switch (tag.name) {
      case 'testsuite':
        this.markSuiteContent();
        this.suites.push(shorten(attributes['name'] ?? '', NAME_CHARS));
        this.suitesWithContent.push(false);
        break;
      case 'testcase':
        this.markSuiteContent();
        // A testcase inside a testcase is not JUnit; only the outer one counts.
        if (!this.current) {
          this.current = {
            depth: this.depth,
            attributes,
            status: 'passed',
            message: '',
            text: undefined,
            textLength: 0,
          };
        }
        break;
      case 'failure':
      case 'error':
      case 'skipped':
        this.outcome(tag.name, attributes);
        break;
    }
  }

  close(tag: SaxesTagPlain): void {
    const current = this.current;
    if (tag.name === 'testsuite') this.closeSuite(tag.attributes);
    if (this.capturing && current && this.depth === current.depth + 1) this.stopCapture();
    if (tag.name === 'testcase' && current && this.depth === current.depth) {
      this.onCase(this.finish(current));
      this.current = undefined;
    }
    this.depth--;
  }

  private markSuiteContent(): void {
    const last = this.suitesWithContent.length - 1;
    if (last >= 0) this.suitesWithContent[last] = true;
  }

  private closeSuite(attributes: Record<string, string>): void {
    const name = this.suites.pop()!;
    if (this.suitesWithContent.pop() || !this.onSuiteCounts) return;
    const counts = suiteCounts(attributes);
    if (counts) this.onSuiteCounts({ name, report: this.report, counts });
  }

  /**
   * The most severe of a case's `<error>`, `<failure>` and `<skipped>` decides its status, message and text
   * (pytest writes `<skipped/>` then `<error>` for a skipped test whose teardown failed).
   */
  private outcome(element: 'failure' | 'error' | 'skipped', attributes: Record<string, string>): void {
    const current = this.current;
    if (!current || this.depth !== current.depth + 1) return;
    const status: TestStatus = element === 'failure' ? 'failed' : element;
    if (SEVERITY[status] <= SEVERITY[current.status]) return;
    current.status = status;
    current.message = attributes['message'] ?? '';
    current.text = undefined;
    current.textLength = 0;
    if (element !== 'skipped') {
      this.capturing = true;
      this.parser.on('text', this.onText);
      this.parser.on('cdata', this.onText);
    }
  }

  private stopCapture(): void {
    this.capturing = false;
    // Without handlers saxes does not gather text at all (system-out is never built up).
    this.parser.off('text');
    this.parser.off('cdata');
  }

  private keepText(text: string): void {
    const current = this.current!;
    const room = FAILURE_TEXT_KEPT - current.textLength;
    if (room <= 0) return;
    const kept = text.length > room ? text.slice(0, room) : text;
    (current.text ??= []).push(kept);
    current.textLength += kept.length;
  }

  private finish(open: OpenCase): TestCase {
    const { attributes } = open;
    let status = open.status;
    // A case the tool disabled or did not run (`status="disabled"`; GoogleTest writes `notrun`) never passed.
    if (status === 'passed' && attributes['status'] !== undefined && NOT_RUN.test(attributes['status'])) {
      status = 'skipped';
    }
    const file = attributes['file'] || undefined;
    const line = wholeNumber(attributes['line']);
    const testCase: TestCase = {
      name: shorten(attributes['name'] ?? '', NAME_CHARS),
      classname: shorten(attributes['classname'] ?? '', NAME_CHARS),
      suite: this.suites.at(-1) ?? '',
      report: this.report,
      time: seconds(attributes['time']),
      status,
      message: '',
      details: '',
    };
    if (file !== undefined) testCase.file = file;
    if (line !== undefined) testCase.line = line;
    // Most cases pass: they carry no text to cut.
    if (status === 'passed') return testCase;
    const text = open.text?.join('') ?? '';
    testCase.message = shorten(open.message.trim(), MESSAGE_CHARS) || firstLine(text, MESSAGE_CHARS);
    testCase.details = excerpt(text, DETAIL_LINES, DETAIL_CHARS);
    if (status !== 'skipped') {
      const location = failureLocation(text, { file, line, classname: attributes['classname'] });
      if (location) testCase.location = location;
    }
    return testCase;
  }
}

/** How much a status says about a case: the most severe outcome of several is the one that counts. */
const SEVERITY: Record<TestStatus, number> = { passed: 0, skipped: 1, failed: 2, error: 3 };

/** `status` attribute values of a case that never ran. */
const NOT_RUN = /^(?:disabled|skipped|notrun)$/i;

/**
 * The counts a `<testsuite>` states of itself: `tests`, and `failures`, `errors`, `skipped` (0 when absent).
 * Undefined when they are not whole numbers of at most 9 digits, or add up to more than `tests`.
 */
function suiteCounts(attributes: Record<string, string>): TestCounts | undefined {
  const total = wholeNumber(attributes['tests']);
  if (total === undefined || total === 0) return undefined;
  const stated = [attributes['failures'], attributes['errors'], attributes['skipped']];
  const [failures, errors, skipped] = stated.map((value) => (value === undefined ? 0 : wholeNumber(value)));
  if (failures === undefined || errors === undefined || skipped === undefined) return undefined;
  if (failures + errors + skipped > total) return undefined;
  return { total, passed: total - failures - errors - skipped, failed: failures + errors, errors, skipped };
}

/** A `time` attribute in seconds; Surefire may write thousands separators (`1,234.5`). */
function seconds(value: string | undefined): number {
  if (!value) return 0;
  let parsed = Number(value);
  if (Number.isNaN(parsed)) parsed = Number(value.replace(/,/g, ''));
  return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
}

function wholeNumber(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}
