/**
 * The file commands a step writes: `GITHUB_OUTPUT` and `GITHUB_ENV`
 * (`name=value`, or `name<<DELIMITER`, the value's lines, `DELIMITER`) and
 * `GITHUB_PATH` (one folder a line), read the way the runner reads them. One
 * reader for the local workflow runner and for the tests that run a bundle.
 */

/** The file cannot be read as the runner would read it; the message names the file. */
export class FileCommandError extends Error {
  override name = 'FileCommandError';
}

/** `file` names the file in errors (`GITHUB_OUTPUT`, `GITHUB_ENV`). Later assignments of a name win. */
export function parseKeyValueFile(text: string, file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      if (i >= lines.length) {
        throw new FileCommandError(`${file}: the value of ${name} has no closing delimiter ${delimiter}`);
      }
      values[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw new FileCommandError(`${file}: cannot read the line ${JSON.stringify(line)} (expected name=value)`);
    }
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
