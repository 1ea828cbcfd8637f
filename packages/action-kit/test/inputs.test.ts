import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Inputs, UserError, parseCommaList, parseList, quote } from '../src/index.js';

const inputsOf = (values: Record<string, string>) => new Inputs((name) => values[name]);

describe('Inputs', () => {
  test('strings are trimmed and fall back to the default when empty', () => {
    const inputs = inputsOf({ a: '  x  ', b: '   ' });
    assert.equal(inputs.string('a'), 'x');
    assert.equal(inputs.string('b', 'dflt'), 'dflt');
    assert.equal(inputs.string('missing', '.'), '.');
  });

  test('a git remote is origin when empty, a name or URL as given, and refused when git would read an option', () => {
    assert.equal(inputsOf({}).gitRemote('remote'), 'origin');
    assert.equal(inputsOf({ remote: ' upstream ' }).gitRemote('remote'), 'upstream');
    assert.equal(
      inputsOf({ registry: 'https://example.test/models.git' }).gitRemote('registry'),
      'https://example.test/models.git',
    );
    assert.throws(
      () => inputsOf({ remote: '--upload-pack=touch x' }).gitRemote('remote'),
      (error: unknown) =>
        error instanceof UserError &&
        error.message ===
          "Input 'remote' must be a remote name such as 'origin' or a repository URL, not \"--upload-pack=touch x\".",
    );
  });

  test('a required input that is empty names the input', () => {
    assert.throws(
      () => inputsOf({}).required('model-name'),
      (error: Error) => {
        assert.ok(error instanceof UserError);
        assert.match(error.message, /Input 'model-name' is required/);
        return true;
      },
    );
  });

  test('booleans are exactly true or false', () => {
    const inputs = inputsOf({ yes: 'true', no: 'false', bad: 'yes', upper: 'True' });
    assert.equal(inputs.boolean('yes', false), true);
    assert.equal(inputs.boolean('no', true), false);
    assert.equal(inputs.boolean('unset', true), true);
    assert.throws(() => inputs.boolean('bad', true), /Input 'bad' must be 'true' or 'false', not "yes"/);
    assert.throws(() => inputs.boolean('upper', true), /not "True"/);
  });

  test('integers are whole numbers within the range', () => {
    const inputs = inputsOf({ n: '12', neg: '-3', frac: '1.5', word: 'ten', big: '101' });
    assert.equal(inputs.integer('n', 0), 12);
    assert.equal(inputs.integer('neg', 0), -3);
    assert.equal(inputs.integer('unset', 10), 10);
    assert.throws(() => inputs.integer('frac', 0), /whole number, not "1.5"/);
    assert.throws(() => inputs.integer('word', 0), /whole number, not "ten"/);
    assert.throws(() => inputs.integer('big', 0, { min: 0, max: 100 }), /from 0 to 100, not "101"/);
    assert.throws(() => inputs.integer('neg', 0, { min: 0 }), /of at least 0/);
  });

  test('seconds accept fractions but not zero, negatives or words', () => {
    const inputs = inputsOf({ a: '0.5', b: '120', zero: '0', neg: '-1', word: 'soon' });
    assert.equal(inputs.seconds('a', 5), 0.5);
    assert.equal(inputs.seconds('b', 5), 120);
    assert.equal(inputs.seconds('unset', 5), 5);
    for (const name of ['zero', 'neg', 'word'])
      assert.throws(() => inputs.seconds(name, 5), /positive number of seconds/);
  });

  test('choices list what is accepted', () => {
    const inputs = inputsOf({ bump: 'minor', bad: 'huge' });
    const bumps = ['major', 'minor', 'patch'] as const;
    assert.equal(inputs.choice('bump', bumps, 'patch'), 'minor');
    assert.equal(inputs.choice('unset', bumps, 'patch'), 'patch');
    assert.throws(() => inputs.choice('bad', bumps, 'patch'), /one of 'major', 'minor', 'patch', not "huge"/);
  });

  test('matching checks a pattern and says what it wants', () => {
    const name = /^[a-z0-9][a-z0-9._-]{0,63}$/;
    const inputs = inputsOf({ ok: 'tiny-lm', bad: 'Tiny LM; rm -rf /' });
    assert.equal(inputs.matching('ok', name, 'lowercase'), 'tiny-lm');
    assert.throws(
      () => inputs.matching('bad', name, 'lowercase letters'),
      /must be lowercase letters, not "Tiny LM; rm -rf \/"/,
    );
  });
});

describe('lists', () => {
  test('one item a line; blank and # lines ignored', () => {
    assert.deepEqual(parseList('a\n\n  # comment\n b \r\nc/**\n'), ['a', 'b', 'c/**']);
    assert.deepEqual(parseList(''), []);
  });

  test('comma lists accept commas and newlines', () => {
    assert.deepEqual(parseCommaList('staging, qa\nprod'), ['staging', 'qa', 'prod']);
  });

  test('quote keeps a message on one line', () => {
    assert.equal(quote('a\nb'), '"a\\nb"');
    assert.equal(quote('"status":"ok"'), `'"status":"ok"'`);
    assert.equal(quote(`it's "x"`), '"it\'s \\"x\\""');
    assert.equal(quote('x'.repeat(100)).length, 80 + 3);
  });
});
