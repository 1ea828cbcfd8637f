import { WorkflowError } from './errors.js';

/**
 * Reads the file-command format steps write to `GITHUB_OUTPUT` and
 * `GITHUB_ENV`: `name=value` lines, and `name<<DELIMITER` … `DELIMITER` for
 * multiline values. Later assignments of a name win.
 */
export function parseKeyValueFile(text: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc && !heredoc[1].includes('=')) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      if (i >= lines.length) {
        throw new WorkflowError(`${file}: the value of ${name} has no closing delimiter ${delimiter}`);
      }
      values[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new WorkflowError(`${file}: cannot read the line ${JSON.stringify(line)} (expected name=value)`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** The folders a step added with `GITHUB_PATH`, one a line. */
export function parsePathFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
