import { collectAtMost } from '../blob.js';
// Everything a registry answers is untrusted: bodies are read to a bound,
// and what is quoted back in an error is a short, printable excerpt.
import { StoreHttpError } from './errors.js';

/** The most of a registry's error body ever read. */
const ERROR_BODY_LIMIT = 4096;
/** The most of it ever quoted in a message. */
const EXCERPT_LENGTH = 160;

/** Reads a response body whole, refusing one longer than `limit` bytes (without reading past it). */
export async function readBounded(response: Response, limit: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new StoreHttpError(
      'protocol',
      `The registry sent ${what} of ${declared} bytes, more than the ${limit} allowed.`,
    );
  }
  if (!response.body) return Buffer.alloc(0);
  const bytes = await collectAtMost(response.body as ReadableStream<Uint8Array>, limit);
  if (bytes !== undefined) return bytes;
  await response.body.cancel().catch(() => undefined);
  throw new StoreHttpError('protocol', `The registry sent ${what} of more than the ${limit} bytes allowed.`);
}

/** Drops a body nobody reads, so that the connection can be reused. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Printable, single-line, short: safe to put in a message and a log. */
export function sanitise(text: string, length = EXCERPT_LENGTH): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e]+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/**
 * What the registry said about a failed request, for an error message: the
 * distribution spec's `{"errors":[{"code","message"}]}` when it sent that,
 * else the start of its body; empty when it said nothing.
 */
export async function excerptOf(response: Response): Promise<string> {
  let body: Buffer;
  try {
    body = await readPrefix(response, ERROR_BODY_LIMIT);
  } catch {
    return '';
  }
  const text = body.toString('utf8');
  try {
    const parsed = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] };
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      const [first] = parsed.errors;
      const code = typeof first?.code === 'string' ? first.code : '';
      const message = typeof first?.message === 'string' ? first.message : '';
      return sanitise([code, message].filter(Boolean).join(': '));
    }
  } catch {
    // Not JSON: quote the text.
  }
  return sanitise(text);
}

async function readPrefix(response: Response, limit: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value));
      length += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

/** ` (HTTP 404: MANIFEST_UNKNOWN: …)`, for the end of a message. */
export async function statusNote(response: Response): Promise<string> {
  const excerpt = await excerptOf(response);
  return ` (HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''})`;
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterOf(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
