import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { parseArguments } from '../src/cli-arguments.js';

describe('command line', () => {
  test('reads the workflow, repeatable options and NAME=VALUE pairs', () => {
    const args = parseArguments(
      [
        'examples/workflows/cd.yml',
        '--workspace',
        '/tmp/ws',
        '--event=push',
        '--job',
        'staging',
        '--env',
        'A=1=2',
        '--var',
        'V=x',
        '--secret',
        'TOKEN',
        '--verbose',
      ],
      { TOKEN: 'from-env' },
    );
    assert.equal(args.workflow, 'examples/workflows/cd.yml');
    assert.equal(args.workspace, '/tmp/ws');
    assert.equal(args.event, 'push');
    assert.deepEqual(args.jobs, ['staging']);
    assert.deepEqual(args.env, { A: '1=2' });
    assert.deepEqual(args.vars, { V: 'x' });
    assert.deepEqual(args.secrets, { TOKEN: 'from-env' });
    assert.equal(args.verbose, true);
  });

  test('says what is wrong with a bad command line', () => {
    assert.throws(() => parseArguments([]), /name the workflow file to run/);
    assert.throws(() => parseArguments(['a.yml', '--frobnicate']), /unknown option --frobnicate/);
    assert.throws(() => parseArguments(['a.yml', '--env', 'NOVALUE']), /--env NOVALUE: expected NAME=VALUE/);
    assert.throws(() => parseArguments(['a.yml', '--secret', 'MISSING'], {}), /the environment has no MISSING/);
    assert.throws(() => parseArguments(['a.yml', '--job']), /--job needs a value/);
  });

  test('--help needs no workflow', () => {
    assert.equal(parseArguments(['--help']).help, true);
  });
});
