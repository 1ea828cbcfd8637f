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
 * The value at a dot path (`eval.accuracy`). A key that itself contains dots
 * is found too (`{"eval.accuracy": 0.9}`), since flat metric names with dots
 * are common. A path that reads two values in the document (that flat key
 * beside `{"eval": {"accuracy": 0.5}}`) is a `GateError`: which one the rule
 * means cannot be told, and picking one would let the other pass unseen.
 * `document` names the metrics in that error (`the baseline`).
 */
export function metricAt(metrics: Metrics, path: string, document = 'the metrics'): MetricLookup {
  const found = readings(metrics, path.split('.'), 2);
  if (found.length > 1) {
    throw new GateError(
      'ambiguous-metric',
      `The path ${path} reads two values in ${document}: ${found.map(shape).join(' and ')}. ` +
        'Keep one of them, so that the rule reads one value.',
    );
  }
  const value = found[0]?.value;
  if (value === undefined) return { kind: 'missing' };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
  const json = JSON.stringify(value);
  return { kind: 'not-a-number', shown: json.length > 40 ? `${json.slice(0, 39)}…` : json };
}

/** One way of reading a dot path: the keys taken, and the value they lead to. */
interface Reading {
  keys: string[];
  value: unknown;
}

/** Up to `limit` ways the segments read a value in `node`, longest keys first. */
function readings(node: unknown, segments: string[], limit: number): Reading[] {
  if (segments.length === 0) return node === undefined ? [] : [{ keys: [], value: node }];
  if (!isObject(node) && !Array.isArray(node)) return [];
  const record = node as Record<string, unknown>;
  const found: Reading[] = [];
  for (let take = segments.length; take >= 1 && found.length < limit; take--) {
    const key = segments.slice(0, take).join('.');
    if (!Object.hasOwn(record, key)) continue;
    for (const rest of readings(record[key], segments.slice(take), limit - found.length)) {
      found.push({ keys: [key, ...rest.keys], value: rest.value });
    }
  }
  return found;
}

/** A reading as the JSON it comes from, without its value: `{"eval": {"accuracy": …}}`. */
function shape({ keys }: Reading): string {
  return keys.reduceRight((inner, key) => `{${JSON.stringify(key)}: ${inner}}`, '…');
}

function isObject(value: unknown): value is Metrics {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
