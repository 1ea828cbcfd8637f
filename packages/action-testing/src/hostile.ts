// What a hostile-input test checks once the step has run: the runner acted on
// no command the action did not mean, and nothing read from a forbidden file
// reached a place a reader would see.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BundleResult } from './bundle.js';
import { temporaryDirectory, writeTree } from './fs.js';
import { activeCommandsOf } from './workflow-commands.js';

/** A secret outside every workspace, in the forms an action could be tricked into reading. */
export interface Canary {
  /** `CANARY-<uuid>`: no place a reader sees may ever hold it. */
  text: string;
  /** The folder outside the workspace that holds it all. */
  folder: string;
  /** A credentials file that is valid JSON, as many are: `{"token": "CANARY-…"}`. */
  json: string;
  /** A plain secret, the canary on its first line (what `/etc/shadow` or a token file begins with). */
  secret: string;
  /** A JUnit report whose suite, test name and failure message hold the canary. */
  report: string;
  /** A folder shaped like a model: `config.json` and a file named after the canary, each holding it. */
  model: string;
}

/** Plants a fresh canary in a temporary folder of its own (removed when the test file ends). */
export async function plantCanary(): Promise<Canary> {
  const text = `CANARY-${randomUUID()}`;
  const folder = await temporaryDirectory('canary-');
  await writeTree(folder, {
    'credentials.json': `{"token": "${text}"}\n`,
    'secret.txt': `${text}\n`,
    'junit.xml':
      `<testsuite name="${text}" tests="1" failures="1">` +
      `<testcase classname="${text}" name="${text}"><failure message="${text}">${text}</failure></testcase>` +
      '</testsuite>\n',
    'model/config.json': `{"token": "${text}"}\n`,
    [`model/${text}.bin`]: text,
  });
  return {
    text,
    folder,
    json: join(folder, 'credentials.json'),
    secret: join(folder, 'secret.txt'),
    report: join(folder, 'junit.xml'),
    model: join(folder, 'model'),
  };
}

/**
 * The commands the runner would act on in `stdout` that the action did not
 * mean: a name outside `intended`, or a message or property that starts with
 * `marker` (the text a hostile payload puts right after its `::command::`).
 * An intended annotation may quote hostile text, escaped, inside its own words.
 */
export function injectedCommands(stdout: string, intended: readonly string[], marker: string): string[] {
  return activeCommandsOf(stdout)
    .filter(
      ({ command }) =>
        !intended.includes(command.command) ||
        command.message.startsWith(marker) ||
        Object.values(command.properties).some((value) => value.startsWith(marker)),
    )
    .map(({ line }) => line);
}

/** The places of a run a reader sees that hold `canary`: the log, the summary, the outputs, and any `extra`. */
export function placesHolding(
  canary: string,
  result: Pick<BundleResult, 'stdout' | 'stderr' | 'summary' | 'outputs'>,
  extra: Record<string, string> = {},
): string[] {
  const places: Record<string, string> = {
    stdout: result.stdout,
    stderr: result.stderr,
    summary: result.summary,
    ...Object.fromEntries(Object.entries(result.outputs).map(([name, value]) => [`output ${name}`, value])),
    ...extra,
  };
  return Object.entries(places)
    .filter(([, text]) => text.includes(canary))
    .map(([place]) => place);
}
