import type { Logger } from './logger.js';
import { formatBytes } from './summary.js';

/**
 * A progress callback for long byte-counting work (hashing a model): logs
 * `<label>: 1.2 GiB of 5.0 GiB (24%)` at most every `everyMs`, and once when done,
 * so a step is never silent for long.
 */
export function byteProgress(
  logger: Logger,
  label: string,
  everyMs = 2000,
  now = Date.now,
): (done: number, total: number) => void {
  let last = now();
  let finished = false;
  return (done, total) => {
    const complete = done >= total;
    if (finished || (!complete && now() - last < everyMs)) return;
    last = now();
    finished = complete;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    logger.info(`${label}: ${formatBytes(done)} of ${formatBytes(total)} (${percent}%)`);
  };
}
