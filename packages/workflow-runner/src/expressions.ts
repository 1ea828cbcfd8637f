import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition, FunctionInfo } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { WorkflowError, messageOf } from './errors.js';
import type { ValueTemplate } from './model.js';

/** A value of an expression context, as plain data. */
export type ContextValue = string | number | boolean | null | ContextValue[] | { [key: string]: ContextValue };

/** The named contexts (`github`, `env`, `needs`, `steps`…) an expression can read. */
export type Contexts = Record<string, ContextValue>;

/** What the status functions answer at the point of evaluation. */
export interface Status {
  /** `success()`: nothing before has failed. */
  success: boolean;
  /** `failure()`: something before has failed. */
  failure: boolean;
}

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'steps',
  'job',
  'jobs',
  'runner',
  'strategy',
  'matrix',
];

const STATUS_FUNCTIONS: FunctionInfo[] = ['success', 'failure', 'cancelled', 'always'].map((name) => ({
  name,
  minArgs: 0,
  maxArgs: 0,
}));
const HASH_FILES: FunctionInfo = { name: 'hashFiles', minArgs: 1, maxArgs: 255 };

/** Evaluates one expression (the text between `${{` and `}}`). */
export function evaluateExpression(expression: string, contexts: Contexts, status?: Status): ContextValue {
  return fromData(evaluate(expression, contexts, status));
}

/** Evaluates an `if:` condition to a boolean, the way GitHub does (truthiness). */
export function evaluateCondition(expression: string, contexts: Contexts, status: Status): boolean {
  return truthy(evaluate(expression, contexts, status));
}

/** Evaluates a template from the workflow file into plain data. */
export function evaluateTemplate(template: ValueTemplate, contexts: Contexts, status?: Status): ContextValue {
  switch (template.kind) {
    case 'literal':
      return template.value;
    case 'expression':
      return evaluateExpression(template.expression, contexts, status);
    case 'sequence':
      return template.items.map((item) => evaluateTemplate(item, contexts, status));
    case 'mapping': {
      const result: Record<string, ContextValue> = {};
      for (const entry of template.entries) result[entry.key] = evaluateTemplate(entry.value, contexts, status);
      return result;
    }
  }
}

/**
 * Evaluates a template where GitHub expects a string (`run:`, `with:` and `env:`
 * values): null becomes empty, numbers and booleans their text.
 */
export function evaluateString(template: ValueTemplate, contexts: Contexts, status?: Status): string {
  if (template.kind === 'literal') return template.value === null ? '' : String(template.value);
  if (template.kind === 'expression') return evaluate(template.expression, contexts, status).coerceString();
  throw new WorkflowError(`expected a string, found a ${template.kind}`);
}

/** Evaluates a mapping template (`env:`, `with:`, `outputs:`) into strings by key. */
export function evaluateStringMap(
  template: ValueTemplate | undefined,
  contexts: Contexts,
  status?: Status,
): Record<string, string> {
  const result: Record<string, string> = {};
  if (template === undefined) return result;
  if (template.kind !== 'mapping') {
    const value = evaluateTemplate(template, contexts, status);
    if (value === null) return result;
    if (typeof value !== 'object' || Array.isArray(value))
      throw new WorkflowError('expected a mapping of names to values');
    for (const [key, item] of Object.entries(value)) result[key] = stringOf(item);
    return result;
  }
  for (const entry of template.entries) result[entry.key] = evaluateString(entry.value, contexts, status);
  return result;
}

/** The text GitHub substitutes for a value. */
export function stringOf(value: ContextValue): string {
  return toData(value).coerceString();
}

function evaluate(expression: string, contexts: Contexts, status?: Status): data.ExpressionData {
  let tree;
  try {
    const { tokens } = new Lexer(expression).lex();
    tree = new Parser(tokens, CONTEXT_NAMES, [...STATUS_FUNCTIONS, HASH_FILES]).parse();
  } catch (error) {
    throw new WorkflowError(`the expression \${{ ${expression} }} is not valid: ${messageOf(error)}`);
  }
  const root = new data.Dictionary();
  for (const [name, value] of Object.entries(contexts)) root.add(name, toData(value));
  try {
    return new Evaluator(tree, root, functionsFor(status)).evaluate();
  } catch (error) {
    if (error instanceof WorkflowError) throw error;
    throw new WorkflowError(`the expression \${{ ${expression} }} failed: ${messageOf(error)}`);
  }
}

function functionsFor(status: Status | undefined): Map<string, FunctionDefinition> {
  const answer = (name: string, value: (s: Status) => boolean): [string, FunctionDefinition] => [
    name,
    {
      name,
      minArgs: 0,
      maxArgs: 0,
      call: () => {
        if (status === undefined) throw new WorkflowError(`${name}() can only be used in if: conditions`);
        return new data.BooleanData(value(status));
      },
    },
  ];
  return new Map<string, FunctionDefinition>([
    answer('success', (s) => s.success),
    answer('failure', (s) => s.failure),
    answer('cancelled', () => false),
    answer('always', () => true),
    [
      'hashfiles',
      {
        ...HASH_FILES,
        call: () => {
          throw new WorkflowError('hashFiles() is not supported by the local workflow runner');
        },
      },
    ],
  ]);
}

/** Plain data to the evaluator's data types. */
export function toData(value: ContextValue): data.ExpressionData {
  if (value === null) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (Array.isArray(value)) {
    const array = new data.Array();
    for (const item of value) array.add(toData(item));
    return array;
  }
  const dictionary = new data.Dictionary();
  for (const [key, item] of Object.entries(value)) dictionary.add(key, toData(item));
  return dictionary;
}

function fromData(value: data.ExpressionData): ContextValue {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.String:
      return value.coerceString();
    case data.Kind.Number:
      return value.number();
    case data.Kind.Boolean:
      return value.value;
    case data.Kind.Array:
      return value.values().map(fromData);
    default: {
      const result: Record<string, ContextValue> = {};
      for (const pair of value.pairs()) result[pair.key] = fromData(pair.value);
      return result;
    }
  }
}

/**
 * Evaluates a string that may hold `${{ }}` (an input default in action.yml,
 * which GitHub evaluates when the step runs).
 */
export function evaluateTemplateString(text: string, contexts: Contexts): string {
  let result = '';
  let rest = text;
  for (;;) {
    const start = rest.indexOf('${{');
    if (start < 0) return result + rest;
    const end = rest.indexOf('}}', start + 3);
    if (end < 0) throw new WorkflowError(`unterminated \${{ in ${JSON.stringify(text)}`);
    result += rest.slice(0, start) + evaluate(rest.slice(start + 3, end).trim(), contexts).coerceString();
    rest = rest.slice(end + 2);
  }
}
