/** The first non-blank line of `text`, trimmed and cut to `maxChars`. */
export function firstLine(text: string, maxChars = 300): string {
  for (const line of text.split('\n', 200)) {
    const trimmed = line.trim();
    if (trimmed !== '') return shorten(trimmed, maxChars);
  }
  return '';
}

/**
 * The start of `text`: leading blank lines dropped, at most `maxLines` lines
 * and `maxChars` characters, with `…` where it was cut.
 */
export function excerpt(text: string, maxLines: number, maxChars: number): string {
  const body = text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  const lines = body.split('\n', maxLines + 1);
  let shown = lines.slice(0, maxLines).join('\n');
  let cut = lines.length > maxLines;
  if (shown.length > maxChars) {
    shown = shown.slice(0, maxChars);
    cut = true;
  }
  return cut ? `${shown.trimEnd()}\n…` : shown;
}

/** `text` cut to `maxChars` characters, with `…` when cut. */
export function shorten(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
