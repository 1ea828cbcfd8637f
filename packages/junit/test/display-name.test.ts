import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { displayName } from '@mlops-actions/junit';

void test('a pytest test named like its module keeps its name', () => {
  // tests/test_model.py::test_model: the classname holds the name only as part of a dotted path.
  assert.equal(
    displayName({ classname: 'tests.test_model', name: 'test_model', suite: 'pytest' }),
    'tests.test_model.test_model',
  );
  assert.equal(displayName({ classname: 'pkg', name: 'TestPkgLoads', suite: '' }), 'pkg.TestPkgLoads');
  assert.equal(displayName({ classname: 'tests.test_model', name: '', suite: 'pytest' }), 'tests.test_model');
});

void test('a name repeated whole in the classname, or the other way round, is shown once', () => {
  // jest-junit's default templates write "{classname} {title}" into both.
  const jest = 'tokenize splits on spaces';
  assert.equal(displayName({ classname: jest, name: jest, suite: 'tokenize' }), jest);
  // mocha-junit-reporter: name is the full title, classname the test's own title.
  assert.equal(
    displayName({ classname: 'splits on spaces', name: 'tokenize splits on spaces', suite: 'tokenize' }),
    'tokenize splits on spaces',
  );
  assert.equal(
    displayName({ classname: 'tokenize splits on spaces', name: 'splits on spaces', suite: 'tokenize' }),
    'tokenize splits on spaces',
  );
  assert.equal(
    displayName({ classname: 'Test suite failed to run', name: 'broken.test.js', suite: 'broken.test.js' }),
    'Test suite failed to run › broken.test.js',
  );
});
