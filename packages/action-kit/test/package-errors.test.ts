import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { PUSH_PERMISSION_HINT, UserError, explainError, isUserError, messageOf } from '@mlops-actions/action-kit';

/** An error shaped as a plain package throws it: recognised by its name and code, not its class. */
function packageError(name: string, message: string, code?: string): Error {
  const error = new Error(message);
  Object.defineProperty(error, 'name', { value: name });
  return code === undefined ? error : Object.assign(error, { code });
}

void describe('errors of the plain packages', () => {
  void test('registry, digest, junit and gate errors are the user’s to fix; other errors are ours', () => {
    for (const name of ['RegistryError', 'DigestError', 'ReportError', 'GateError']) {
      assert.ok(isUserError(packageError(name, 'x', 'any')), name);
    }
    assert.ok(isUserError(new UserError('x')));
    assert.ok(!isUserError(new Error('x')));
    assert.ok(!isUserError(new TypeError('x')));
    assert.ok(!isUserError({ name: 'RegistryError', message: 'not an Error' }));
  });

  void test('a refused push says what happened, then how the workflow may write tags', () => {
    const refused = packageError(
      'RegistryError',
      "The git remote 'origin' refused the tag m@v0.0.1: denied.",
      'push-refused',
    );
    assert.equal(explainError(refused), PUSH_PERMISSION_HINT);
    assert.equal(
      messageOf(refused),
      `The git remote 'origin' refused the tag m@v0.0.1: denied. ${PUSH_PERMISSION_HINT}`,
    );
    assert.match(messageOf(refused), /permissions: contents: write.*persist-credentials/);
  });

  void test('each registry failure a workflow can fix gets its hint', () => {
    const hints: [string, RegExp][] = [
      ['not-a-checkout', /^The job must run actions\/checkout before this step\.$/],
      ['remote-not-found', /^Set 'remote' to a remote of the checkout/],
      ['remote-denied', /persist-credentials: true/],
      ['remote-unreadable', /reachable from the runner/],
      ['remote-timeout', /never replies.*run the job again/],
      ['shallow-refused', /fetch-depth: 0/],
      ['not-registered', /version-model action/],
      ['version-not-greater', /leave 'version' empty and use 'bump'/],
      ['too-many-conflicts', /^Run the job again/],
    ];
    for (const [code, hint] of hints) {
      assert.match(explainError(packageError('RegistryError', 'What happened.', code)) ?? '', hint, code);
    }
    assert.doesNotMatch(explainError(packageError('RegistryError', 'x', 'shallow-refused')) ?? '', /permissions/);
  });

  void test('errors whose message says it all get no hint', () => {
    for (const error of [
      packageError('RegistryError', 'The tag t is not ours.', 'foreign-tag'),
      packageError('RegistryError', 'The model name must be …', 'invalid-name'),
      packageError('DigestError', "'model/x' is a symbolic link; replace it.", 'symbolic-link'),
      packageError('ReportError', 'The JUnit report r.xml is not well-formed XML.'),
      packageError('GateError', 'The threshold rule "x" does not parse.', 'invalid-rule'),
      new UserError('Input x is wrong.'),
      new Error('a bug'),
    ]) {
      assert.equal(explainError(error), undefined, error.message);
      assert.equal(messageOf(error), error.message);
    }
    assert.equal(messageOf('thrown text'), 'thrown text');
  });
});
