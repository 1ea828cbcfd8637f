// What a hostile-input test checks once the step has run: the runner acted on
// no command the action did not mean, and nothing read from a forbidden file
// reached a place a reader would see.
import type { BundleResult } from './bundle.js';
import { activeCommandsOf } from './workflow-commands.js';

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
