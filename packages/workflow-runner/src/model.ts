/**
 * A workflow file as the runner needs it: plain data, read once by
 * `loadWorkflow` from GitHub's parser. Values that may hold `${{ }}` stay
 * templates until the moment GitHub would evaluate them.
 */

/** A value of the workflow file: a literal, or an expression evaluated later. */
export type ValueTemplate =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'expression'; expression: string }
  | { kind: 'sequence'; items: ValueTemplate[] }
  | { kind: 'mapping'; entries: { key: string; value: ValueTemplate }[] };

/** `defaults.run` of the workflow or of a job. */
export interface RunDefaults {
  shell?: ValueTemplate;
  workingDirectory?: ValueTemplate;
}

export interface Workflow {
  /** The file as given (for messages). */
  file: string;
  name: string;
  /** The events under `on:`. */
  events: string[];
  /** The `types:` an event lists under `on:` (`pull_request: types: [closed]`), by event. */
  eventTypes: Record<string, string[]>;
  env?: ValueTemplate;
  defaults: RunDefaults;
  /** In file order. */
  jobs: Job[];
  /** What the file asks for that the local runner only records (concurrency, permissions…). */
  notes: string[];
}

export interface Job {
  id: string;
  name?: ValueTemplate;
  needs: string[];
  /** The `if:` expression, with GitHub's implicit `success()` already added. */
  if: string;
  env?: ValueTemplate;
  /** `environment:` as a name, or a mapping of `name` and `url`. */
  environment?: ValueTemplate;
  outputs?: ValueTemplate;
  defaults: RunDefaults;
  timeoutMinutes?: ValueTemplate;
  steps: Step[];
}

export interface Step {
  /** The `id:`, or one GitHub would generate (starting with `__`). */
  id: string;
  /** Whether the id was written in the file (only those appear in the `steps` context). */
  hasExplicitId: boolean;
  name?: ValueTemplate;
  /** What GitHub shows without a `name:`: `Run <uses>` or `Run <first line of the script>`. */
  defaultName: string;
  /** The `if:` expression, with GitHub's implicit `success()` already added. */
  if: string;
  env?: ValueTemplate;
  continueOnError?: ValueTemplate;
  timeoutMinutes?: ValueTemplate;
  run?: ValueTemplate;
  shell?: ValueTemplate;
  workingDirectory?: ValueTemplate;
  uses?: string;
  with?: ValueTemplate;
}
