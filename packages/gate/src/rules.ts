import { GateError } from './errors.js';

export const COMPARISONS = ['>=', '<=', '>', '<', '=='] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** How a threshold is made from the baseline's value: `baseline - 0.01`, `baseline * 1.05`. */
export interface Adjustment {
  operator: '+' | '-' | '*';
  amount: number;
}

/** What a metric is compared with: a fixed number, or the baseline's value of the same metric. */
export type RuleTarget = { kind: 'number'; value: number } | { kind: 'baseline'; adjustment?: Adjustment };

/** One line of `thresholds`: `eval.accuracy >= 0.85`, `eval.perplexity <= baseline * 1.05`. */
export interface GateRule {
  /** Dot path into the metrics JSON. */
  metric: string;
  comparison: Comparison;
  target: RuleTarget;
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const RULE = /^(?<metric>[^\s<>=!]+)\s*(?<comparison>>=|<=|==|>|<)\s*(?<target>.*)$/;
const FIXED = new RegExp(`^${NUMBER}$`);
const FROM_BASELINE = new RegExp(`^baseline(?:\\s*(?<operator>[-+*])\\s*(?<amount>${NUMBER}))?$`);

export const RULE_GRAMMAR =
  "'<metric> <op> <number>' or '<metric> <op> baseline [+|-|*] <number>', with <op> one of >= <= > < ==" +
  " (for example 'eval.accuracy >= 0.85' or 'eval.perplexity <= baseline * 1.05')";

/** Parses one rule; a line that does not parse is a `GateError` that quotes it. */
export function parseRule(line: string): GateRule {
  const text = line.trim();
  const match = RULE.exec(text);
  if (!match?.groups) {
    throw new GateError(
      'invalid-rule',
      `The threshold rule ${JSON.stringify(text)} does not parse: write it as ${RULE_GRAMMAR}.`,
    );
  }
  const { metric, comparison, target } = match.groups;
  const rhs = target.trim();
  if (FIXED.test(rhs)) {
    const value = finiteNumber(rhs, text);
    return { metric, comparison: comparison as Comparison, target: { kind: 'number', value } };
  }
  const baseline = FROM_BASELINE.exec(rhs);
  if (baseline?.groups) {
    const { operator, amount } = baseline.groups;
    const rule: GateRule = { metric, comparison: comparison as Comparison, target: { kind: 'baseline' } };
    if (operator !== undefined) {
      rule.target = {
        kind: 'baseline',
        adjustment: { operator: operator as Adjustment['operator'], amount: finiteNumber(amount, text) },
      };
    }
    return rule;
  }
  throw new GateError(
    'invalid-rule',
    `The threshold rule ${JSON.stringify(text)} does not parse: ${JSON.stringify(rhs)} after '${comparison}' ` +
      `is neither a number nor 'baseline [+|-|*] <number>'. Write the rule as ${RULE_GRAMMAR}.`,
  );
}

/** `1e400` reads as Infinity, which every value is below: a rule that could never fail (or never pass). */
function finiteNumber(written: string, rule: string): number {
  const value = Number(written);
  if (!Number.isFinite(value)) {
    throw new GateError(
      'invalid-rule',
      `The threshold rule ${JSON.stringify(rule)} does not parse: ${written} is too large to compare with; ` +
        'write a number within the range of a double (about 1.8e308).',
    );
  }
  return value;
}

/** Parses every rule, in order. */
export function parseRules(lines: readonly string[]): GateRule[] {
  return lines.map(parseRule);
}

/** The rule written the canonical way, as the summary shows it. */
export function formatRule(rule: GateRule): string {
  return `${rule.metric} ${rule.comparison} ${formatTarget(rule.target)}`;
}

/** The right-hand side of a rule, written canonically. */
export function formatTarget(target: RuleTarget): string {
  if (target.kind === 'number') return String(target.value);
  if (!target.adjustment) return 'baseline';
  return `baseline ${target.adjustment.operator} ${target.adjustment.amount}`;
}
