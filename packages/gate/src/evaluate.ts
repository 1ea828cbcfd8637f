import { metricAt, type Metrics } from './metrics.js';
import { formatRule, formatTarget, type Comparison, type GateRule } from './rules.js';

export type Verdict = 'passed' | 'failed' | 'skipped';

/** One rule checked: the row of the gate table. */
export interface GateRow {
  metric: string;
  /** The rule as written canonically: `eval.accuracy >= baseline - 0.01`. */
  rule: string;
  comparison: Comparison;
  /** The right-hand side of the rule: `0.85`, `baseline - 0.01`. */
  target: string;
  /** The metric's value, when it is a number. */
  value?: number;
  /** The baseline's value of the same metric, when there is one. */
  baseline?: number;
  /** The number the value was compared with. */
  threshold?: number;
  verdict: Verdict;
  /** Why the row failed or was skipped, in words. */
  reason?: string;
  /**
   * Why a skipped row was skipped: no baseline at all (nothing deployed yet),
   * or a baseline without a number for the metric, which the user should hear of.
   */
  skip?: SkipCause;
}

export type SkipCause = 'no-baseline' | 'not-in-baseline' | 'baseline-not-a-number';

export interface GateResult {
  /** `failed` when any rule failed; `passed` when some passed and none failed; `skipped` when none was checked. */
  verdict: Verdict;
  rows: GateRow[];
}

/**
 * Checks every rule against the metrics and, for rules written against
 * `baseline`, the baseline's value of the same metric. A metric missing from
 * `metrics` fails its rule; a rule on `baseline` with no baseline (or a
 * baseline without that metric) is skipped, not failed, and `skip` says which.
 * A rule's path that reads two values in either document is a `GateError`.
 */
export function evaluateGate(rules: readonly GateRule[], metrics: Metrics, baseline?: Metrics): GateResult {
  const rows = rules.map((rule) => evaluateRule(rule, metrics, baseline));
  return { verdict: overallVerdict(rows), rows };
}

function evaluateRule(rule: GateRule, metrics: Metrics, baseline: Metrics | undefined): GateRow {
  const row: GateRow = {
    metric: rule.metric,
    rule: formatRule(rule),
    comparison: rule.comparison,
    target: formatTarget(rule.target),
    verdict: 'skipped',
  };
  const current = metricAt(metrics, rule.metric);
  const fromBaseline = baseline ? metricAt(baseline, rule.metric, 'the baseline') : undefined;
  if (fromBaseline?.kind === 'number') row.baseline = fromBaseline.value;

  if (current.kind === 'missing') {
    return { ...row, verdict: 'failed', reason: `${rule.metric} is not in the metrics` };
  }
  if (current.kind === 'not-a-number') {
    return { ...row, verdict: 'failed', reason: `${rule.metric} is ${current.shown}, not a number` };
  }
  row.value = current.value;

  const { target } = rule;
  let threshold: number;
  if (target.kind === 'number') {
    threshold = target.value;
  } else {
    if (!baseline) return { ...row, skip: 'no-baseline', reason: 'there is no baseline' };
    if (fromBaseline?.kind === 'missing') {
      return { ...row, skip: 'not-in-baseline', reason: `the baseline has no ${rule.metric}` };
    }
    if (fromBaseline?.kind !== 'number') {
      const reason = `the baseline's ${rule.metric} is ${fromBaseline?.shown ?? '?'}, not a number`;
      return { ...row, skip: 'baseline-not-a-number', reason };
    }
    threshold = fromBaseline.value;
    const { adjustment } = target;
    if (adjustment) threshold = adjust(threshold, adjustment.operator, adjustment.amount);
  }
  row.threshold = threshold;
  const passed = compare(current.value, rule.comparison, threshold);
  return passed
    ? { ...row, verdict: 'passed' }
    : { ...row, verdict: 'failed', reason: `${current.value} is not ${rule.comparison} ${threshold}` };
}

/**
 * A threshold derived from the baseline, rounded to 12 significant digits so
 * that binary fractions do not decide a verdict (0.56 - 0.1 is 0.46, not
 * 0.4600000000000001).
 */
function adjust(value: number, operator: '+' | '-' | '*', amount: number): number {
  const exact = operator === '+' ? value + amount : operator === '-' ? value - amount : value * amount;
  return significant(exact);
}

/**
 * Compares at 12 significant digits, for the same reason: an evaluation that
 * adds 0.1 and 0.2 writes 0.30000000000000004, which is `== 0.3` to anyone
 * reading the rule (and would otherwise fail as "0.3 is not == 0.3").
 */
function compare(metric: number, comparison: Comparison, bound: number): boolean {
  const value = significant(metric);
  const threshold = significant(bound);
  switch (comparison) {
    case '>=':
      return value >= threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '<':
      return value < threshold;
    case '==':
      return value === threshold;
  }
}

function significant(value: number): number {
  return Number(value.toPrecision(12));
}

function overallVerdict(rows: readonly GateRow[]): Verdict {
  if (rows.some((row) => row.verdict === 'failed')) return 'failed';
  if (rows.some((row) => row.verdict === 'passed')) return 'passed';
  return 'skipped';
}
