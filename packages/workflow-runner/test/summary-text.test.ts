import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { summaryLines } from '../src/summary-text.js';

describe('step summary as text', () => {
  test('a table becomes aligned columns, with escaped pipes and entities restored', () => {
    const markdown = [
      '## Metric gate',
      '',
      '| metric | value | rule | verdict |',
      '| --- | ---: | --- | --- |',
      '| `eval.accuracy` | 0.31 | `>= 0.25` | ✅ passed |',
      '| a\\|b | 1 | &lt;= 2 | **failed** |',
    ].join('\n');
    assert.deepEqual(summaryLines(markdown), [
      'Metric gate',
      '===========',
      '',
      'metric         value  rule     verdict',
      '─────────────  ─────  ───────  ─────────',
      'eval.accuracy  0.31   >= 0.25  ✅ passed',
      'a|b            1      <= 2     failed',
    ]);
  });

  test('a table with an empty header row is a list of pairs', () => {
    assert.deepEqual(summaryLines('| | |\n| --- | --- |\n| Toolchain | node-npm |\n| Cache | miss |'), [
      'Toolchain  node-npm',
      'Cache      miss',
    ]);
  });

  test('Mermaid diagrams are shown as their source, notes and lists as text', () => {
    const markdown = [
      '```mermaid',
      'flowchart LR',
      '  staging --> production',
      '```',
      '> [!NOTE]',
      '> The summary was cut.',
      '- first',
      '- [the run](https://example.com/run/1)',
    ].join('\n');
    assert.deepEqual(summaryLines(markdown), [
      '(diagram)',
      '  flowchart LR',
      '    staging --> production',
      'Note:',
      '  The summary was cut.',
      '• first',
      '• the run (https://example.com/run/1)',
    ]);
  });

  test('Markdown escapes are undone', () => {
    assert.deepEqual(summaryLines('model\\_version \\(11 attempts\\) tiny-lm\\#staging\\#4 \\\\"ok\\\\"'), [
      'model_version (11 attempts) tiny-lm#staging#4 \\"ok\\"',
    ]);
  });

  test('escaped text shows as itself, code spans as they are, and zero-width breaks are dropped', () => {
    assert.deepEqual(summaryLines('\\<img src\\=x\\> \\[a\\]\\(b\\) \\`c\\` `` d\\_e ` `` https\\:\\/\u200b\\/x'), [
      '<img src=x> [a](b) `c` d\\_e ` https://x',
    ]);
    assert.deepEqual(summaryLines('| a | b |\n| --- | --- |\n| p\\\\\\|q | `x\\|y` \\\\ |'), [
      'a     b',
      '────  ─────',
      'p\\|q  x|y \\',
    ]);
  });

  test('HTML details and line breaks become plain lines', () => {
    assert.deepEqual(summaryLines('<details><summary>Failures</summary>one<br>two</details>'), ['Failures:one', 'two']);
  });
});
