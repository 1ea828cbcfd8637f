/**
 * Renders a step summary (the Markdown a step wrote to GITHUB_STEP_SUMMARY)
 * as plain terminal lines: tables aligned in columns, headings, lists,
 * notes, and Mermaid diagrams shown as their source.
 */
export function summaryLines(markdown: string): string[] {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      while (++i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i]);
      if (fence[2] === 'mermaid') out.push('(diagram)');
      out.push(...body.map((text) => `  ${text}`));
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++) rows.push(lines[i]);
      i--;
      out.push(...tableLines(rows));
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      const title = inline(heading[2]);
      out.push(title, (heading[1].length <= 2 ? '=' : '-').repeat(Math.max(3, displayWidth(title))));
      continue;
    }
    const alert = /^\s*>\s*\[!(\w+)\]\s*$/.exec(line);
    if (alert) {
      out.push(`${alert[1][0].toUpperCase()}${alert[1].slice(1).toLowerCase()}:`);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      out.push(`  ${inline(quote[1])}`);
      continue;
    }
    const item = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    if (item) {
      out.push(`${item[1]}• ${inline(item[2])}`);
      continue;
    }
    if (/^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      out.push('─'.repeat(40));
      continue;
    }
    for (const part of inline(line).split('\n')) {
      if (part.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(part);
    }
  }
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  return out;
}

function tableLines(rows: string[]): string[] {
  const cells = rows
    .filter((row) => !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(row))
    .map((row) => splitRow(row).map(inline));
  if (cells.length === 0) return [];
  const columns = Math.max(...cells.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((row) => displayWidth(row[c] ?? ''))));
  const render = (row: string[]): string =>
    widths
      .map((width, c) => pad(row[c] ?? '', width))
      .join('  ')
      .trimEnd();
  const [header, ...body] = cells;
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  // A table with an empty header row is a list of label/value pairs.
  if (header.every((text) => text === '')) return body.map(render);
  return [render(header), rule, ...body.map(render)];
}

/** The cells of a `| a | b |` row; `\|` is a pipe inside a cell (in a code span too, as GFM reads it). */
function splitRow(row: string): string[] {
  const text = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '|') {
      current += '|';
      i++;
    } else if (text[i] === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += text[i];
    }
  }
  cells.push(current.trim());
  return cells;
}

/**
 * Inline Markdown and HTML to text: links, emphasis, code spans, tags,
 * entities. Code spans are shown as they are, and an escaped character is
 * text: both are set aside (behind a private-use character) before the
 * patterns run and put back after. The zero-width spaces that break links in
 * untrusted text are dropped.
 */
function inline(text: string): string {
  const kept: string[] = [];
  const keep = (shown: string) => `\ue000${kept.push(shown) - 1}\ue000`;
  return (
    text
      .replace(/\ue000/g, '')
      // A code span opens at backticks that no odd run of backslashes escapes.
      .replace(/(?<=(?:^|[^\\])(?:\\\\)*)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, (_, __, inner: string) =>
        keep(inner.replace(/^ (.*) $/, '$1')),
      )
      .replace(/\\([!-/:-@[-`{-~])/g, (_, character: string) => keep(character))
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<summary>(.*?)<\/summary>/gi, '$1:')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) =>
        label === url ? url : `${label} (${url})`,
      )
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\u200b/g, '')
      .replace(/\ue000(\d+)\ue000/g, (_, index: string) => kept[Number(index)])
  );
}

/** Columns a terminal gives `text`: emoji and East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfe0f || code === 0x200d) continue;
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

/** The wide ranges that show up in summaries (East Asian Width W, emoji presentation). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1faff],
];

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
