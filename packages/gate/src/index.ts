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
export { metricAt, type MetricLookup, type Metrics } from './metrics.js';
export {
  METRICS_DEPTH_LIMIT,
  METRICS_FILE_LIMIT,
  MetricsFileError,
  parseMetrics,
  readMetricsFile,
  type MetricsFileOptions,
  type MetricsFileProblem,
} from './metrics-file.js';
export { evaluateGate, type GateResult, type GateRow, type SkipCause, type Verdict } from './evaluate.js';
export { GateError, type GateErrorCode } from './errors.js';
