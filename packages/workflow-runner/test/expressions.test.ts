import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { WorkflowError } from '../src/errors.js';
import {
  evaluateCondition,
  evaluateExpression,
  evaluateString,
  evaluateStringMap,
  evaluateTemplate,
  evaluateTemplateString,
  type Contexts,
} from '../src/expressions.js';

const contexts: Contexts = {
  github: { event_name: 'push', ref: 'refs/heads/main', token: '', event: { head_commit: { id: 'abc' } } },
  needs: { release: { result: 'success', outputs: { version: '0.3.0', tag: 'tiny-lm@v0.3.0' } } },
  steps: { test: { outputs: { passed: '12', gate: 'passed' }, outcome: 'success', conclusion: 'success' } },
  env: { PROJECT_DIR: 'examples/tiny-lm-node', EMPTY: '' },
};
const ok = { success: true, failure: false };
const failed = { success: false, failure: true };

describe('expressions', () => {
  test('read job outputs through needs', () => {
    assert.equal(evaluateExpression('needs.release.outputs.version', contexts), '0.3.0');
    assert.equal(evaluateExpression("needs['release'].outputs['tag']", contexts), 'tiny-lm@v0.3.0');
  });

  test('context names and keys are case-insensitive, as on GitHub', () => {
    assert.equal(evaluateExpression('NEEDS.Release.outputs.VERSION', contexts), '0.3.0');
  });

  test('a missing property is null, and null is an empty string where a string is expected', () => {
    assert.equal(evaluateExpression('needs.release.outputs.nothing', contexts), null);
    assert.equal(evaluateString({ kind: 'expression', expression: 'needs.nope.outputs.version' }, contexts), '');
  });

  test('format() (what the parser makes of text around ${{ }}) and the built-in functions', () => {
    assert.equal(evaluateExpression("format('{0}/model', env.PROJECT_DIR)", contexts), 'examples/tiny-lm-node/model');
    assert.equal(evaluateExpression("startsWith(github.ref, 'refs/heads/')", contexts), true);
    assert.equal(evaluateExpression('fromJSON(\'{"a":[1,2]}\').a[1]', contexts), 2);
    assert.equal(evaluateExpression('github.event.pull_request.number || github.ref', contexts), 'refs/heads/main');
  });

  test('numbers and booleans become their text where a string is expected', () => {
    assert.equal(evaluateString({ kind: 'literal', value: 24 }, contexts), '24');
    assert.equal(evaluateString({ kind: 'literal', value: true }, contexts), 'true');
    assert.equal(
      evaluateString({ kind: 'expression', expression: "steps.test.outputs.passed == '12'" }, contexts),
      'true',
    );
  });

  test('status functions answer from where the condition is evaluated', () => {
    assert.equal(evaluateCondition('success()', contexts, ok), true);
    assert.equal(evaluateCondition('success()', contexts, failed), false);
    assert.equal(evaluateCondition('failure()', contexts, failed), true);
    assert.equal(evaluateCondition('always()', contexts, failed), true);
    assert.equal(evaluateCondition('cancelled()', contexts, failed), false);
    assert.equal(evaluateCondition("success() && needs.release.outputs.version != ''", contexts, ok), true);
  });

  test('conditions use truthiness: an empty string is false', () => {
    assert.equal(evaluateCondition('env.EMPTY', contexts, ok), false);
    assert.equal(evaluateCondition('env.PROJECT_DIR', contexts, ok), true);
  });

  test('status functions outside an if: are an error', () => {
    assert.throws(() => evaluateExpression('success()', contexts), /only be used in if: conditions/);
  });

  test('templates evaluate to plain data, mappings to strings by key', () => {
    const template = {
      kind: 'mapping' as const,
      entries: [
        { key: 'version', value: { kind: 'expression' as const, expression: 'needs.release.outputs.version' } },
        { key: 'count', value: { kind: 'literal' as const, value: 3 } },
      ],
    };
    assert.deepEqual(evaluateTemplate(template, contexts), { version: '0.3.0', count: 3 });
    assert.deepEqual(evaluateStringMap(template, contexts), { version: '0.3.0', count: '3' });
  });

  test('an action.yml default such as ${{ github.token }} is evaluated, empty without a token', () => {
    assert.equal(evaluateTemplateString('${{ github.token }}', contexts), '');
    assert.equal(evaluateTemplateString('v${{ needs.release.outputs.version }}!', contexts), 'v0.3.0!');
    assert.equal(evaluateTemplateString('plain', contexts), 'plain');
  });

  test('a broken or unknown expression is a WorkflowError that quotes it', () => {
    assert.throws(
      () => evaluateExpression('needs.release.outputs.version ==', contexts),
      (error: unknown) => error instanceof WorkflowError && error.message.includes('needs.release.outputs.version =='),
    );
    assert.throws(() => evaluateExpression('secretz.TOKEN', contexts), WorkflowError);
    assert.throws(
      () => evaluateExpression("hashFiles('**/package-lock.json')", contexts),
      /hashFiles\(\) is not supported/,
    );
  });
});
