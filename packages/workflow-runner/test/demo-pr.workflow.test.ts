// `npm run demo:pr` as a newcomer runs it: what it prints is the pull-request
// comment a reviewer would read, first after a push that makes perplexity
// worse than production's, then after the fix, edited in place.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { repoRoot, temporaryDirectory } from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { outputOf, runIn } from './example-projects.js';

/** Each printout of the pull request's comments: the count line, then each comment's id and its Markdown. */
function commentPrintouts(stdout: string): { count: number; comments: { id: number; markdown: string }[] }[] {
  const printouts: { count: number; comments: { id: number; markdown: string }[] }[] = [];
  for (const line of stdout.split('\n')) {
    const count = /^\s*Comments on #1 \((\d+)\)$/.exec(line);
    const author = /^\s*#(\d+) by (\S+)$/.exec(line);
    const markdown = /^\s*│ ?(.*)$/.exec(line);
    if (count) printouts.push({ count: Number(count[1]), comments: [] });
    else if (author) printouts.at(-1)?.comments.push({ id: Number(author[1]), markdown: '' });
    else if (markdown) {
      const comment = printouts.at(-1)?.comments.at(-1);
      if (comment) comment.markdown += `${markdown[1]}\n`;
    }
  }
  return printouts;
}

describe('npm run demo:pr', () => {
  test('shows one comment with the gate against production, failing, then the same comment edited, passing', async () => {
    const scratch = await temporaryDirectory('demo-pr-');
    const demo = runIn(repoRoot, process.execPath, [join(repoRoot, 'scripts', 'demo-pr.mjs')], {
      NO_COLOR: '1',
      TMPDIR: scratch,
    });
    assert.equal(demo.status, 0, outputOf(demo));

    const printouts = commentPrintouts(demo.stdout);
    assert.equal(printouts.length, 2, demo.stdout);
    for (const printout of printouts) {
      assert.equal(printout.count, 1);
      assert.equal(printout.comments.length, 1);
    }
    const [opened, fixed] = printouts.map((printout) => printout.comments[0]);
    assert.equal(fixed.id, opened.id, 'the second run edits the comment the first one wrote');
    assert.match(
      demo.stdout,
      new RegExp(`one comment, #${opened.id}, written by the first run and edited by the second`),
    );

    const gates = [opened, fixed].map(({ markdown }) => {
      const rendered = renderMarkdown(markdown);
      assert.match(rendered.text, /Against tiny-lm 0\.0\.1 in production\./);
      const [header, ...rules] = rendered.rows;
      assert.deepEqual(header, ['Metric', 'This branch', 'Baseline', 'Delta', 'Rule', 'Verdict']);
      assert.deepEqual(
        rules.map((row) => row[4]),
        ['eval.accuracy >= 0.25', 'eval.perplexity <= 15', 'eval.accuracy >= baseline - 0.02 (>= 0.2861)'],
      );
      for (const row of rules) {
        assert.match(row[1], /^\d+(\.\d+)?$/);
        assert.match(row[2], /^\d+(\.\d+)? \(0\.0\.1 in production\)$/);
        assert.match(row[3], /^(?:[▲▼] [+−]\d+(\.\d+)? \([+−]\d+(\.\d+)?%\)|= 0)$/);
      }
      return { heading: rendered.headings[0], perplexity: rules[1] };
    });

    // After the push that smooths more: perplexity above production's and over the threshold, so the gate fails.
    assert.match(gates[0].heading, /quality gate ❌ failed/);
    assert.match(gates[0].perplexity[3], /^▲ \+/);
    assert.match(gates[0].perplexity[5], /^❌ failed/);
    // After the fix: below production's, passing; the same comment says so.
    assert.match(gates[1].heading, /quality gate ✅ passed/);
    assert.match(gates[1].perplexity[3], /^▼ −/);
    assert.equal(gates[1].perplexity[5], '✅ passed');
  });
});
