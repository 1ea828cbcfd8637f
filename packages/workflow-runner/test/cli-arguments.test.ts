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
    assert.equal(parseArguments(['-h']).help, true);
  });

  test('a value may follow the option or its =; repeated options add up; the last of --color and --no-color wins', () => {
    const args = parseArguments([
      '--job=build',
      '--job',
      'test',
      '--input=model=tiny-lm',
      '--secret=TOKEN=abc',
      '--token-from',
      'GH_TOKEN',
      '--repository=acme/llm',
      '--sha',
      'abc123',
      '--ref=refs/heads/main',
      '--keep-temp',
      '--color',
      '--no-color',
      'ci.yml',
    ]);
    assert.deepEqual(args.jobs, ['build', 'test']);
    assert.deepEqual(args.inputs, { model: 'tiny-lm' });
    assert.deepEqual(args.secrets, { TOKEN: 'abc' });
    assert.equal(args.tokenFrom, 'GH_TOKEN');
    assert.equal(args.repository, 'acme/llm');
    assert.equal(args.sha, 'abc123');
    assert.equal(args.ref, 'refs/heads/main');
    assert.equal(args.keepTemp, true);
    assert.equal(args.color, false);
    assert.equal(args.workflow, 'ci.yml');
    assert.equal(parseArguments(['--no-color', '--color', 'ci.yml']).color, true);
    assert.equal(parseArguments(['ci.yml']).color, undefined);
  });

  test('what parseArgs adds: -- ends the options, a flag refuses a value, an unknown option is named without its value', () => {
    assert.equal(parseArguments(['--verbose', '--', '-odd-name.yml']).workflow, '-odd-name.yml');
    assert.throws(() => parseArguments(['a.yml', '--verbose=yes']), /--verbose takes no value; got --verbose=yes/);
    assert.throws(
      () => parseArguments(['a.yml', '--frobnicate=1']),
      /^WorkflowError: unknown option --frobnicate\n\nUsage:/,
    );
    assert.throws(() => parseArguments(['a.yml', '-x']), /unknown option -x/);
    assert.throws(() => parseArguments(['a.yml', '--workspace']), /--workspace needs a value/);
    assert.throws(() => parseArguments(['a.yml', 'b.yml']), /one workflow file at a time; got a.yml, b.yml/);
  });

  test('--pr and its companions describe the pull request of a pull_request event; --github-stand-in', () => {
    const args = parseArguments([
      'preview.yml',
      '--event',
      'pull_request',
      '--pr=7',
      '--action',
      'closed',
      '--merged',
      '--head-ref',
      'feature/tokenizer',
      '--head-repository=someone/fork',
      '--base-ref',
      'release',
      '--github-stand-in',
    ]);
    assert.equal(args.event, 'pull_request');
    assert.deepEqual(args.pullRequest, {
      number: 7,
      action: 'closed',
      merged: true,
      headRef: 'feature/tokenizer',
      headRepository: 'someone/fork',
      baseRef: 'release',
    });
    assert.equal(args.githubStandIn, true);
    const plain = parseArguments(['ci.yml']);
    assert.equal(plain.pullRequest, undefined);
    assert.equal(plain.githubStandIn, false);
    assert.deepEqual(parseArguments(['ci.yml', '--pr', '12']).pullRequest, { number: 12 });
  });

  test('a pull request option without --pr, or a --pr that is not a number, is refused', () => {
    assert.throws(
      () => parseArguments(['a.yml', '--action', 'closed']),
      /--action describes a pull request: add --pr <number>/,
    );
    assert.throws(() => parseArguments(['a.yml', '--merged']), /--merged describes a pull request/);
    assert.throws(
      () => parseArguments(['a.yml', '--pr', '7; rm -rf /']),
      /--pr 7; rm -rf \/: expected the pull request's number/,
    );
    assert.throws(() => parseArguments(['a.yml', '--pr', '0']), /expected the pull request's number/);
  });
});
