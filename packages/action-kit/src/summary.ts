/** GitHub refuses a step summary larger than 1 MiB. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note that says what was cut. */
const NOTE_ROOM = 4 * 1024;

/**
 * Markdown for the job summary that never grows past GitHub's step-summary
 * limit: whatever does not fit is left out and counted, and the text ends with
 * a note of what was cut.
 */
export class BoundedSummary {
  private parts: string[] = [];
  private bytes = 0;
  private readonly cuts: string[] = [];

  constructor(
    private readonly limit = STEP_SUMMARY_LIMIT - NOTE_ROOM,
    /** What the closing note says was cut, and why: the text is not always a step summary. */
    private readonly cutNote = "The summary was cut to stay under GitHub's 1 MiB limit",
  ) {}

  /** Appends a block when it fits; otherwise records `what` as cut. */
  add(markdown: string, what = 'a section'): boolean {
    const block = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const size = Buffer.byteLength(block);
    if (this.bytes + size > this.limit) {
      this.cuts.push(what);
      return false;
    }
    this.parts.push(block);
    this.bytes += size;
    return true;
  }

  heading(text: string, level = 2): void {
    this.add(`${'#'.repeat(level)} ${text}\n`, `the heading ${text}`);
  }

  /**
   * A Markdown table; cells are escaped, except those the action wrote as
   * Markdown (`LiveCell`). Rows are added while they fit, and the ones left
   * out are counted in the closing note.
   */
  table(headers: string[], rows: (string | LiveCell)[][], what = 'rows'): void {
    const head = `| ${headers.map(cell).join(' | ')} |\n| ${headers.map(() => '---').join(' | ')} |\n`;
    let text = head;
    let size = Buffer.byteLength(head);
    let shown = 0;
    for (const row of rows) {
      const line = `| ${row.map((text) => (typeof text === 'string' ? cell(text) : text.markdown)).join(' | ')} |\n`;
      const lineSize = Buffer.byteLength(line);
      if (this.bytes + size + lineSize + 1 > this.limit) break;
      text += line;
      size += lineSize;
      shown++;
    }
    if (shown > 0 || rows.length === 0) this.add(`${text}\n`, what);
    if (shown < rows.length) this.cuts.push(`${rows.length - shown} of ${rows.length} ${what}`);
  }

  /** Bytes left before the limit. */
  get room(): number {
    return this.limit - this.bytes;
  }

  /** Records `what` as cut without trying to add it (a section that would not fit in `room`). */
  omit(what: string): void {
    this.cuts.push(what);
  }

  /** What was cut so far, in words. */
  get omitted(): readonly string[] {
    return this.cuts;
  }

  get size(): number {
    return this.bytes;
  }

  toString(): string {
    const text = this.parts.join('');
    if (this.cuts.length === 0) return text;
    return `${text}\n> [!NOTE]\n> ${this.cutNote}. Not shown: ${this.cuts.join('; ')}.\n`;
  }
}

/**
 * A table cell the action wrote as Markdown (a link it built), whose
 * untrusted parts it already passed through `cell`: put in the table as it is.
 */
export interface LiveCell {
  markdown: string;
}

/**
 * Untrusted text (a test name, a message, a file name, a field of a registry
 * record) as Markdown that shows it as itself, on one line, with nothing live
 * in it: no link, image, HTML, heading, list, quote, emphasis, table cell,
 * math, mention or issue reference. Code spans the text came with stay code
 * spans (nothing in one is live). Used by `cell` for every table cell, and
 * for untrusted text anywhere else in a summary or comment.
 *
 * - Line endings (LF, CR and CR LF, CommonMark's three) become spaces and the
 *   ends are trimmed, so only the text's first character can start a line.
 * - Backslash escapes (CommonMark allows one before any ASCII punctuation
 *   character, and makes it plain text) for the characters that mean
 *   something anywhere in a line: `\` `` ` `` `*` `_` `~` `[` `]` `<` `>`
 *   `&` `|` `$` (links, images, HTML, autolinks, entities, emphasis, code,
 *   cells, math); and, at the start, for the rest of what opens a block:
 *   `#`, `-`, `+`, `=`, and the `.` or `)` of `1. ` (headings, lists, setext
 *   underlines, rules). Other punctuation means nothing: left as it is, so
 *   the Markdown stays readable.
 * - GitHub also finds links and references in the text itself: literal URLs
 *   (`https://…`, `www.…`), e-mail addresses, `@user`, `#123`. An escape
 *   does not stop all of them (an escaped `@` still makes a `mailto:` link),
 *   so a zero-width space goes into each, as Dependabot does for mentions:
 *   between the slashes of `//`, after `www`, after the `@` of a mention or
 *   the `#` of a reference, on both sides of an address's `@` (a renderer
 *   that reads Unicode domains takes a space after it for a letter). It shows
 *   nothing; only a copied URL carries it (the log has the text as it is).
 */
export function inertMarkdown(text: string): string {
  return markdownRuns(text, (code) => code);
}

/**
 * A table cell: `inertMarkdown`, and a `|` inside a code span escaped too
 * (GFM splits a row at every unescaped `|`, code spans included, and shows
 * `\|` there as `|`).
 */
export function cell(text: string): string {
  return markdownRuns(text, (code) => code.replace(/\|/g, '\\|'));
}

/** A zero-width space: invisible, and the end of any URL, mention or reference that GitHub would find. */
const BREAK = '\u200b';

function markdownRuns(text: string, codeSpan: (code: string) => string): string {
  return splitCodeSpans(text.replace(/\r\n?|\n/g, ' ').trim())
    .map(({ isCode, text: part }, index) => (isCode ? codeSpan(part) : plainRun(part, index === 0)))
    .join('');
}

/** Text outside code spans, made inert (see `inertMarkdown`); `first` when it starts the text. */
function plainRun(text: string, first: boolean): string {
  const inline = text
    // What GitHub links in the text: URLs, e-mail domains, mentions, issue references.
    .replace(/\/(?=\/)/g, `/${BREAK}`)
    .replace(/(?<![A-Za-z0-9])www\./gi, (www) => `${www.slice(0, 3)}${BREAK}.`)
    .replace(/(?<=[\w.+-])@(?=[A-Za-z0-9][\w.-]*\.[\w-]*[A-Za-z])/g, `${BREAK}@${BREAK}`)
    .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${BREAK}`)
    .replace(/(?<![A-Za-z0-9_])#(?=\d)|(?<=\/[\w.-]+)#(?=\d)/g, `#${BREAK}`)
    // What Markdown reads anywhere in a line.
    .replace(/[\\`*_~[\]<>&|$]/g, '\\$&');
  if (!first) return inline;
  // What else Markdown reads at the start of a line: a heading's `#`, a list's `-`, `+` or `1.`, a setext `=`.
  if (/^[#+=-]/.test(inline)) return `\\${inline}`;
  return inline.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Text cut into plain runs and code spans (a run of backticks closed by a run of the same length). */
function splitCodeSpans(text: string): { isCode: boolean; text: string }[] {
  const parts: { isCode: boolean; text: string }[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (text[j] === '`') j++;
    const fence = j - i;
    let close = -1;
    for (let k = j; k < text.length;) {
      if (text[k] !== '`') {
        k++;
        continue;
      }
      let end = k;
      while (text[end] === '`') end++;
      if (end - k === fence) {
        close = end;
        break;
      }
      k = end;
    }
    if (close < 0) {
      i = j;
      continue;
    }
    if (i > plainStart) parts.push({ isCode: false, text: text.slice(plainStart, i) });
    parts.push({ isCode: true, text: text.slice(i, close) });
    i = plainStart = close;
  }
  if (plainStart < text.length) parts.push({ isCode: false, text: text.slice(plainStart) });
  return parts;
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Text shown as itself inside a quoted Mermaid label or string (`"…"`): a
 * line break would end the statement (and, past it, the fenced block), `"`
 * the label, `#` starts an entity code, `<`, `>` and `&` are HTML, a backtick
 * a Markdown string; each of these characters becomes Mermaid's numeric
 * entity code (`#34;`), which shows the character. At most `max` characters
 * of `text` are kept.
 */
export function mermaidText(text: string, max = Infinity): string {
  return text
    .slice(0, max)
    .replace(/[\r\n]+/g, ' ')
    .replace(/["#&<>`\\]/g, (character) => `#${character.codePointAt(0)};`);
}

/** Human size: `1.5 GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** Human duration: `850 ms`, `2.5 s` (tenths below ten seconds), `12 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 9_950) return `${Number((ms / 1000).toFixed(1))} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
