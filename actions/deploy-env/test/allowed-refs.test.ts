import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Inputs, isUserError } from '@mlops-actions/action-kit';
import { DEFAULT_ALLOWED_REFS, parseAllowedRefs, refAllowed } from '../src/allowed-refs.js';
import { readSettings } from '../src/inputs.js';

const REQUIRED = { environment: 'production', 'model-name': 'tiny-lm', version: '0.3.0', command: './deploy.sh' };

function allowedRefsOf(text: string): string[] {
  const inputs = new Inputs((name) => ({ ...REQUIRED, 'allowed-refs': text })[name]);
  return readSettings(inputs, { onGitHub: false }, () => undefined).allowedRefs;
}

void describe('allowed-refs', () => {
  void test('by default, branches and tags, with * crossing /; pull request refs are not allowed', () => {
    assert.deepEqual(allowedRefsOf(''), [...DEFAULT_ALLOWED_REFS]);
    for (const ref of ['refs/heads/main', 'refs/heads/feature/x', 'refs/tags/v1.2.0', 'refs/tags/models/tiny-lm']) {
      assert.equal(refAllowed(ref, DEFAULT_ALLOWED_REFS), true, ref);
    }
    for (const ref of ['refs/pull/7/merge', 'refs/pull/7/head', 'refs/remotes/origin/main', 'refs/heads', 'main']) {
      assert.equal(refAllowed(ref, DEFAULT_ALLOWED_REFS), false, ref);
    }
  });

  void test('one glob a line, blank and # lines ignored; * alone allows any ref', () => {
    const globs = allowedRefsOf('# releases only\nrefs/heads/main\n\n  refs/tags/v*  \n');
    assert.deepEqual(globs, ['refs/heads/main', 'refs/tags/v*']);
    assert.equal(refAllowed('refs/heads/main', globs), true);
    assert.equal(refAllowed('refs/heads/main2', globs), false, 'a glob matches the whole ref');
    assert.equal(refAllowed('refs/heads/dev', globs), false);
    assert.equal(refAllowed('refs/tags/v1', globs), true);
    assert.equal(refAllowed('refs/tags/x', globs), false);
    assert.equal(refAllowed('refs/pull/7/merge', allowedRefsOf('*')), true);
  });

  void test('only * is special: ., ?, [ ], { } and + match themselves', () => {
    assert.equal(refAllowed('refs/tags/v1.0', ['refs/tags/v1.0']), true);
    assert.equal(refAllowed('refs/tags/v1x0', ['refs/tags/v1.0']), false);
    assert.equal(refAllowed('refs/heads/a', ['refs/heads/?']), false);
    assert.equal(refAllowed('refs/heads/?', ['refs/heads/?']), true);
    assert.equal(refAllowed('refs/heads/a', ['refs/heads/[ab]']), false);
    assert.equal(refAllowed('refs/heads/a', ['refs/heads/{a,b}']), false);
    assert.equal(refAllowed('refs/heads/aa', ['refs/heads/a+']), false);
  });

  void test('refuses a glob that is not a full ref, naming the input', () => {
    for (const glob of ['main', 'heads/*', '**', 'refs']) {
      assert.throws(
        () => parseAllowedRefs(`refs/heads/*\n${glob}`),
        (error: unknown) =>
          isUserError(error) &&
          error.message ===
            `Input 'allowed-refs' takes full ref globs such as 'refs/heads/*' or 'refs/tags/v*' (or '*' for any ref), one a line, not "${glob}".`,
        glob,
      );
    }
  });
});
