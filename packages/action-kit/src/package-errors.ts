/**
 * The workflow side of the plain packages' errors. `registry`, `digest`,
 * `junit` and `gate` run anywhere Node runs: they throw typed errors that say
 * what happened (`RegistryError` with a `code`, `DigestError`, `ReportError`,
 * `GateError`), and every such error is one the user can fix. What a GitHub
 * workflow should change to fix it is said here, once, for every action.
 *
 * Errors are recognised by their `name` and `code` fields, not by class, so
 * that action-kit does not load the packages (and each bundle may hold its
 * own copy of a package's classes).
 */

/** The `name` of each package's error type. */
const PACKAGE_ERROR_NAMES = new Set(['RegistryError', 'DigestError', 'ReportError', 'GateError', 'MetricsFileError']);

/** Said whenever the remote refuses a push for a reason other than a taken name. */
export const PUSH_PERMISSION_HINT =
  "Give the job 'permissions: contents: write' and keep the checkout's credentials " +
  "(actions/checkout with the default 'persist-credentials: true'), or push with a token that may write tags.";

const CHECKOUT_HINT = 'The job must run actions/checkout before this step.';

/** What the workflow should do, by `RegistryError` code; codes whose message says it all have none. */
const REGISTRY_HINTS: Readonly<Record<string, string>> = {
  'version-not-greater': "Choose a greater version, or leave 'version' empty and use 'bump'.",
  'not-registered': 'Register it with the version-model action first.',
  'too-many-conflicts':
    'Run the job again; if it keeps happening, have fewer runs write to the registry of this model at once.',
  'not-a-checkout': CHECKOUT_HINT,
  'remote-not-found': "Set 'remote' to a remote of the checkout (usually 'origin') or to a repository URL.",
  'remote-denied':
    "Keep the checkout's credentials (actions/checkout with 'persist-credentials: true') " +
    'or give a token that can read the repository.',
  'remote-unreadable': 'Check that the remote is reachable from the runner.',
  'remote-timeout':
    'Check that the remote is reachable from the runner and answers (a host or proxy that accepts ' +
    'connections and never replies looks like this), then run the job again.',
  'push-refused': PUSH_PERMISSION_HINT,
  'local-tag-exists':
    "Delete that tag in the checkout ('git tag --delete <tag>') if it is a leftover, and run one 'push: false' step " +
    'at a time in a checkout.',
  'shallow-refused':
    "Check out with 'fetch-depth: 0' (actions/checkout), or keep the registry in the repository " +
    'the workflow runs in (the default remote, origin).',
};

/** An error a plain package threw for something the user can fix. */
export function isPackageError(error: unknown): error is Error & { code?: unknown } {
  return error instanceof Error && PACKAGE_ERROR_NAMES.has(error.name);
}

/**
 * What the workflow should do about a package's error, as a sentence to
 * follow its message; undefined when the message says it all or the error is
 * not a package's.
 */
export function explainError(error: unknown): string | undefined {
  if (!isPackageError(error)) return undefined;
  if (error.name === 'RegistryError' && typeof error.code === 'string') return REGISTRY_HINTS[error.code];
  return undefined;
}
