export {
  COMPARISONS,
  RULE_GRAMMAR,
  formatRule,
  formatTarget,
  parseRule,
  parseRules,
  type Adjustment,
  type Comparison,
  type GateRule,
  type RuleTarget,
} from './rules.js';
export { metricAt, parseMetrics, type MetricLookup, type Metrics } from './metrics.js';
export { evaluateGate, type GateResult, type GateRow, type Verdict } from './evaluate.js';
export { GateError, type GateErrorCode } from './errors.js';
