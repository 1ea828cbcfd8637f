import { setTimeout as sleep } from 'node:timers/promises';
import { formatDuration, messageOf, quote } from '@mlops-actions/action-kit';

/** When a deployed service counts as live (the `health-*` inputs). */
export interface HealthCheck {
  url: string;
  /** Text the body must contain; empty: any 2xx will do. */
  expect: string;
  timeoutMs: number;
  intervalMs: number;
}

/** Time, injected so that tests of the polling need not wait. */
export interface Clock {
  now(): number;
  /** Waits `ms`, or less when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, { signal }).catch(() => undefined),
};

/** One answer to a health request, or why there was none. */
export interface HealthAnswer {
  /** The HTTP status; undefined when no response came. */
  status: number | undefined;
  /** The start of the body (see BODY_LIMIT); untrusted text. */
  body: string;
  /** Why no response came (refused, timed out…). */
  error: string | undefined;
}

export interface HealthOutcome {
  healthy: boolean;
  /** The check was given up because `signal` aborted (the job was cancelled). */
  cancelled: boolean;
  attempts: number;
  elapsedMs: number;
  /** The last answer: on failure, what the error shows. */
  last: HealthAnswer;
}

export interface HealthCheckOptions {
  clock?: Clock;
  fetch?: typeof globalThis.fetch;
  /** A line of progress: trusted text (numbers, statuses), never the body. */
  progress: (line: string) => void;
  /** Gives the check up at once: the request in flight and the wait between requests. */
  signal?: AbortSignal;
}

/**
 * One request may take at most this long (less when the check's time is
 * nearly up, but never under a second), so one hung connection cannot use up
 * the whole timeout.
 */
const REQUEST_TIMEOUT_MS = 10_000;
const SHORTEST_REQUEST_MS = 1_000;
/** Enough of a body to find the expected text in a health response; the rest is not read. */
const BODY_LIMIT = 64 * 1024;
/** How much of the last body the error shows. */
const BODY_SHOWN = 200;

/** The `health-expect` text for one version under check, and whether a literal candidate version was replaced. */
export interface ExpectedText {
  text: string;
  /** A rollback's check found the candidate's version written out, and expects the restored one instead. */
  replacedCandidate: boolean;
}

/**
 * The text a health response must contain for `version`: `{version}` stands
 * for it. During a rollback (`version` is not the candidate) the candidate's
 * version written literally is read as "the version under check" too, since
 * a restored service can never answer with the candidate's version. Only a
 * whole version is replaced: `0.1.0` inside `10.1.0`, `0.1.0.1` or
 * `0.1.0-rc.1` is not; `v0.1.0` is.
 */
export function expectedText(expect: string, version: string, candidate: string): ExpectedText {
  let text = expect.replaceAll('{version}', version);
  let replacedCandidate = false;
  if (version !== candidate && candidate !== '') {
    const literal = new RegExp(
      `(?<![0-9]\\.?|[0-9A-Za-z][-+])${escapeRegExp(candidate)}(?!\\.?[0-9]|[-+][0-9A-Za-z])`,
      'g',
    );
    text = text.replace(literal, () => {
      replacedCandidate = true;
      return version;
    });
  }
  return { text, replacedCandidate };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Polls `check.url` with GET until it answers 2xx with the expected text,
 * every `intervalMs`, for at most `timeoutMs`; the first request goes out at once.
 */
export async function waitUntilHealthy(check: HealthCheck, options: HealthCheckOptions): Promise<HealthOutcome> {
  const clock = options.clock ?? systemClock;
  const fetch = options.fetch ?? globalThis.fetch;
  const started = clock.now();
  const deadline = started + check.timeoutMs;
  // The attempt made when the time is up still gets a fair chance to answer.
  const shortest = Math.min(SHORTEST_REQUEST_MS, check.timeoutMs);
  const { signal } = options;
  for (let attempt = 1; ; attempt++) {
    const requestTimeout = Math.min(REQUEST_TIMEOUT_MS, Math.max(deadline - clock.now(), shortest));
    const answer = await ask(check.url, requestTimeout, fetch, signal);
    if (signal?.aborted) {
      return { healthy: false, cancelled: true, attempts: attempt, elapsedMs: clock.now() - started, last: answer };
    }
    const healthy = isHealthy(answer, check.expect);
    const left = deadline - clock.now();
    options.progress(
      `Health check ${attempt}: ${describeAnswer(answer, check.expect)}` +
        (healthy ? '.' : left > 0 ? `; ${formatDuration(left)} left.` : '; no time left.'),
    );
    if (healthy || left <= 0) {
      return { healthy, cancelled: false, attempts: attempt, elapsedMs: clock.now() - started, last: answer };
    }
    await clock.sleep(Math.min(check.intervalMs, left), signal);
    if (signal?.aborted) {
      return { healthy: false, cancelled: true, attempts: attempt, elapsedMs: clock.now() - started, last: answer };
    }
  }
}

/**
 * Why a check failed, one line without a closing period, for the step's
 * error: the last status and the start of the last body (quoted, so nothing
 * in it reads as a command).
 */
export function describeFailure(check: HealthCheck, outcome: HealthOutcome, shownUrl: string): string {
  const { last } = outcome;
  const answer =
    last.status === undefined
      ? `the last request got no response (${last.error ?? 'unknown error'})`
      : `the last answer was HTTP ${last.status}` +
        (last.body === '' ? ' with an empty body' : ` with a body starting ${quote(last.body, BODY_SHOWN)}`);
  const wanted = check.expect === '' ? 'a 2xx response' : `a 2xx response containing ${quote(check.expect)}`;
  return (
    `the health check of ${shownUrl} did not get ${wanted} within ${formatDuration(check.timeoutMs)} ` +
    `(${outcome.attempts} ${outcome.attempts === 1 ? 'attempt' : 'attempts'}): ${answer}`
  );
}

/** The start of the last body, for the log (printed as untrusted text). */
export function bodyStart(answer: HealthAnswer): string {
  return answer.body.length > BODY_SHOWN ? `${answer.body.slice(0, BODY_SHOWN)}…` : answer.body;
}

function isHealthy(answer: HealthAnswer, expect: string): boolean {
  if (answer.status === undefined || answer.status < 200 || answer.status > 299) return false;
  return expect === '' || answer.body.includes(expect);
}

function describeAnswer(answer: HealthAnswer, expect: string): string {
  if (answer.status === undefined) return `no response (${answer.error ?? 'unknown error'})`;
  const ok = answer.status >= 200 && answer.status <= 299;
  if (ok && expect !== '' && !answer.body.includes(expect))
    return `HTTP ${answer.status}, expected text not in the body`;
  return `HTTP ${answer.status}`;
}

async function ask(
  url: string,
  timeoutMs: number,
  fetch: typeof globalThis.fetch,
  cancel: AbortSignal | undefined,
): Promise<HealthAnswer> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
  try {
    const request = healthRequest(url);
    const response = await fetch(request.url, {
      signal,
      headers: { accept: '*/*', 'user-agent': 'mlops-actions/deploy-env health check', ...request.headers },
    });
    return { status: response.status, body: await readStart(response), error: undefined };
  } catch (error) {
    if (cancel?.aborted) return { status: undefined, body: '', error: 'cancelled' };
    if (timeout.aborted) return { status: undefined, body: '', error: `no answer within ${formatDuration(timeoutMs)}` };
    return { status: undefined, body: '', error: networkReason(error) };
  }
}

/**
 * The URL to fetch and its extra headers. fetch refuses a URL that holds a
 * user name or password, so `https://user:pass@host/health` (which the
 * `health-url` input allows) is sent as Basic authentication instead.
 */
function healthRequest(url: string): { url: string; headers: Record<string, string> } {
  const parsed = new URL(url);
  if (parsed.username === '' && parsed.password === '') return { url, headers: {} };
  const credentials = `${percentDecoded(parsed.username)}:${percentDecoded(parsed.password)}`;
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.href, headers: { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } };
}

/** A URL's user name or password as typed: `%40` is `@`; a stray `%` stays itself. */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Reads at most BODY_LIMIT bytes of the body and drops the rest. */
async function readStart(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < BODY_LIMIT) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString('utf8');
}

/** `fetch failed` says nothing; its cause says what happened (`ECONNREFUSED`, `ENOTFOUND`…). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return messageOf(error);
}
