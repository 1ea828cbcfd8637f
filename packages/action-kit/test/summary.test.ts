import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  BoundedSummary,
  STEP_SUMMARY_LIMIT,
  cell,
  code,
  formatBytes,
  formatDuration,
  inertMarkdown,
  mermaidText,
} from '../src/index.js';

describe('BoundedSummary', () => {
  test('keeps a huge table under the 1 MiB limit and says what was cut', () => {
    const summary = new BoundedSummary();
    summary.heading('Tests');
    const rows = Array.from({ length: 100_000 }, (_, i) => [`test_case_${i}`, 'failed', 'x'.repeat(40)]);
    summary.table(['name', 'verdict', 'message'], rows, 'failing tests');
    summary.add(`## After\n\n${'y'.repeat(2000)}`, 'the closing section');
    const text = summary.toString();
    assert.ok(Buffer.byteLength(text) < STEP_SUMMARY_LIMIT, `${Buffer.byteLength(text)} bytes`);
    assert.ok(Buffer.byteLength(text) > STEP_SUMMARY_LIMIT * 0.9, 'uses the room it has');
    const note = text.slice(text.lastIndexOf('> [!NOTE]'));
    assert.match(note, /Not shown: \d+ of 100000 failing tests; the closing section\.\n$/);
    assert.ok(
      text.startsWith('## Tests\n| name | verdict | message |\n| --- | --- | --- |\n| test\\_case\\_0 | failed |'),
    );
  });

  test('adds nothing to a summary that fits', () => {
    const summary = new BoundedSummary();
    summary.table(['a'], [['1'], ['2']]);
    assert.equal(summary.toString(), '| a |\n| --- |\n| 1 |\n| 2 |\n\n');
    assert.deepEqual(summary.omitted, []);
  });
});

describe('markdown helpers', () => {
  // A real renderer reads the output over a corpus of hostile text in packages/action-testing/test/inert-markdown.test.ts.
  test('cells cannot break the table or inject HTML', () => {
    assert.equal(cell('a|b\nc <script>'), 'a\\|b c \\<script\\>');
    assert.equal(cell('x\r# y'), 'x # y');
    assert.equal(cell('`a <= b|c` and <b>'), '`a <= b\\|c` and \\<b\\>');
    assert.equal(cell('``x ` <y>`` <z> `unclosed <w>'), '``x ` <y>`` \\<z\\> \\`unclosed \\<w\\>');
  });

  test('untrusted text outside a table is one line with nothing live', () => {
    assert.equal(
      inertMarkdown('# Heading\n[click](https://evil.example) @octocat'),
      '\\# Heading \\[click\\](https:/\u200b/evil.example) @\u200boctocat',
    );
    assert.equal(inertMarkdown('1. item'), '1\\. item');
  });

  test('Mermaid text cannot end its string or its block, and shows each character', () => {
    assert.equal(mermaidText('a"]\n```\n<img src=x> #quot;'), 'a#34;] #96;#96;#96; #60;img src=x#62; #35;quot;');
    assert.equal(mermaidText('tiny-lm 0.2.0-rc.1 (refused) → ✗'), 'tiny-lm 0.2.0-rc.1 (refused) → ✗');
    assert.equal(mermaidText('x'.repeat(100), 60), 'x'.repeat(60));
  });

  test('code spans survive backticks', () => {
    assert.equal(code('npm ci'), '`npm ci`');
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('`x`'), '`` `x` ``');
  });

  test('sizes and durations read like a person wrote them', () => {
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatBytes(1536), '1.50 KiB');
    assert.equal(formatBytes(5 * 1024 ** 3), '5.00 GiB');
    assert.equal(formatDuration(850), '850 ms');
    assert.equal(formatDuration(2_000), '2 s');
    assert.equal(formatDuration(2_460), '2.5 s');
    assert.equal(formatDuration(9_960), '10 s');
    assert.equal(formatDuration(12_340), '12 s');
    assert.equal(formatDuration(59_960), '1 min 0 s');
    assert.equal(formatDuration(125_000), '2 min 5 s');
    assert.equal(formatDuration(119_700), '2 min 0 s');
  });
});
