import { GateError } from './errors.js';

/** A JSON object of evaluation metrics, nested as the evaluation wrote it. */
export type Metrics = Record<string, unknown>;

/** What a dot path found in the metrics. */
export type MetricLookup =
  | { kind: 'number'; value: number }
  | { kind: 'missing' }
  /** Found, but not a number: `shown` is the value as JSON, shortened. */
  | { kind: 'not-a-number'; shown: string };

/**
 * Reads a metrics document. `source` names it in the error ("the metrics file
 * eval/metrics.json").
 */
export function parseMetrics(text: string, source: string): Metrics {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // V8 quotes the start of the text, newlines and all: keep the message on one line, as an error line must be.
    const reason = (error as Error).message.replace(/\r?\n|\r/g, '\\n');
    throw new GateError('invalid-metrics', `${capitalize(source)} is not valid JSON: ${reason}.`);
  }
  if (!isObject(document)) {
    throw new GateError(
      'invalid-metrics',
      `${capitalize(source)} must hold a JSON object of metrics ({"eval": {"accuracy": 0.91}}).`,
    );
  }
  return document;
}

/**
 * The value at a dot path (`eval.accuracy`). A key that itself contains dots
 * is found too (`{"eval.accuracy": 0.9}`), the longest key first, since
 * flat metric names with dots are common.
 */
export function metricAt(metrics: Metrics, path: string): MetricLookup {
  const value = lookup(metrics, path.split('.'));
  if (value === undefined) return { kind: 'missing' };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
  const json = JSON.stringify(value);
  return { kind: 'not-a-number', shown: json.length > 40 ? `${json.slice(0, 39)}…` : json };
}

function lookup(node: unknown, segments: string[]): unknown {
  if (segments.length === 0) return node;
  if (!isObject(node) && !Array.isArray(node)) return undefined;
  const record = node as Record<string, unknown>;
  for (let take = segments.length; take >= 1; take--) {
    const key = segments.slice(0, take).join('.');
    if (Object.hasOwn(record, key)) {
      const found = lookup(record[key], segments.slice(take));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Metrics {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
