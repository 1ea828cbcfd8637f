import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { inertMarkdown, mermaidText } from '@mlops-actions/action-kit';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import type { DeployReport } from '../src/deploy.js';
import { promotionDiagram, renderDeploySummary } from '../src/summary.js';

function report(overrides: Partial<DeployReport>): DeployReport {
  return {
    step: 'deploy',
    model: 'tiny-lm',
    environment: 'production',
    status: 'success',
    version: '0.2.0',
    previousVersion: '0.1.0',
    recordedVersion: '0.2.0',
    recordedTag: 'tiny-lm#production#3',
    deploymentId: '',
    digest: '',
    tag: '',
    rollbackVersion: '',
    modelDir: '',
    url: '',
    requires: [
      { environment: 'dev', current: '0.2.0' },
      { environment: 'staging', current: '0.2.0' },
    ],
    steps: [],
    failure: '',
    refused: false,
    live: true,
    recorded: true,
    rolledBack: false,
    mayBeDown: false,
    cancelled: false,
    ...overrides,
  };
}

void describe('the deploy summary', () => {
  void test('draws each required environment with its version leading to the one deployed', () => {
    assert.equal(
      promotionDiagram(report({})),
      [
        '```mermaid',
        'flowchart LR',
        '  e0["dev<br/>0.2.0"]',
        '  e1["staging<br/>0.2.0"]',
        '  e2["production<br/>0.1.0 → 0.2.0"]',
        '  e0 --> e2',
        '  e1 --> e2',
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef warn fill:#fff8c5,stroke:#9a6700',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  class e2 ok',
        '```',
        '',
      ].join('\n'),
    );
  });

  void test('labels a refused promotion and a rollback', () => {
    const refused = report({
      status: 'failed',
      refused: true,
      live: false,
      recorded: false,
      recordedTag: '',
      recordedVersion: '0.1.0',
      requires: [{ environment: 'staging', current: '' }],
    });
    assert.match(
      promotionDiagram(refused),
      /e0\["staging<br\/>nothing deployed"\]\n {2}e1\["production<br\/>0\.1\.0 \(0\.2\.0 refused\)"\]/,
    );
    assert.match(promotionDiagram(refused), /class e1 bad/);
    const rolledBack = report({ status: 'rolled-back', live: false, rolledBack: true, requires: [] });
    assert.match(promotionDiagram(rolledBack), /e0\["production<br\/>0\.1\.0 → 0\.2\.0 ✗ → 0\.1\.0"\]\n/);
  });

  void test('writes each label of the diagram as text: nothing in it can end the label, the statement or add HTML', () => {
    // Registry values are checked where they are read; the diagram does not count on it.
    const hostile = report({
      environment: 'prod"] --> x["<img src=x>',
      previousVersion: '0.1.0\nclick e0 "http://evil.example"',
      version: '#quot;`**x**`&amp;',
      requires: [{ environment: 'staging', current: '0.1.0"]' }],
    });
    const lines = promotionDiagram(hostile).split('\n');
    assert.deepEqual(lines.slice(2, 4), [
      '  e0["staging<br/>0.1.0#34;]"]',
      '  e1["prod#34;] --#62; x[#34;#60;img src=x#62;<br/>0.1.0 click e0 #34;http://evil.example#34; → ' +
        '#35;quot;#96;**x**#96;#38;amp;"]',
    ]);
    assert.equal(lines.length, 11, 'no statement added');
    assert.equal(mermaidText('tiny-lm 0.2.0-rc.1 (refused) → ✗'), 'tiny-lm 0.2.0-rc.1 (refused) → ✗');
  });

  void test('shows a failure quoting a response body as text, not as Markdown or HTML', () => {
    const failure =
      'the last answer was HTTP 500 with a body starting "<img src=x> ![pixel](https://evil.example/p.png) | col"';
    const summary = renderDeploySummary(
      report({ status: 'failed', failure, live: false, recorded: false, recordedTag: '' }),
    ).toString();
    assert.ok(summary.includes(`> ${inertMarkdown(failure)}\n`));
    const rendered = renderMarkdown(summary);
    assert.ok(!rendered.elements.includes('img'), rendered.html);
    assert.deepEqual(rendered.targets, []);
    assert.ok(rendered.text.replace(/\u200b/g, '').includes(failure));
  });

  void test('versions and details from forged registry records stay text, in the prose, the tables and the diagram', () => {
    const forged = '1.0.0"]\n```\n# Pwned [click](https://evil.example) <img src=x onerror=alert(1)> @octocat';
    const summary = renderDeploySummary(
      report({
        status: 'rolled-back',
        live: false,
        rolledBack: true,
        previousVersion: forged,
        requires: [{ environment: 'staging', current: forged }],
        steps: [{ name: 'Resolve version', result: 'passed', detail: `production runs ${forged}`, durationMs: 5 }],
        failure: 'the health check failed',
      }),
    ).toString();
    const rendered = renderMarkdown(summary);
    assert.deepEqual(rendered.headings, ['Deploy tiny-lm to production', 'Steps']);
    assert.deepEqual(rendered.targets, []);
    assert.deepEqual(rendered.references, []);
    assert.ok(!rendered.elements.includes('img') && !rendered.elements.includes('a'), rendered.html);
    // The diagram is still one block of three labels that end where the action ends them.
    const diagram = /```mermaid\n([\s\S]*?)\n```/.exec(summary)?.[1] ?? '';
    assert.equal(diagram.split('\n').filter((line) => line.includes('["')).length, 2);
    assert.ok(
      diagram.split('\n').every((line) => (line.match(/"/g) ?? []).length % 2 === 0),
      diagram,
    );
    assert.ok(!diagram.includes('<img'));
  });

  void test('a deploy that went live but could not be recorded is not called not deployed', () => {
    const summary = renderDeploySummary(
      report({
        status: 'failed',
        recorded: false,
        recordedTag: '',
        recordedVersion: '0.1.0',
        failure:
          'tiny-lm 0.2.0 is live in production, but the deployment could not be recorded: the remote refused it.',
        steps: [
          { name: 'Deploy command', result: 'passed', detail: 'exit code 0', durationMs: 10 },
          { name: 'Record', result: 'failed', detail: 'the remote refused it', durationMs: 10 },
        ],
      }),
    ).toString();
    assert.doesNotMatch(summary, /Not deployed/);
    assert.ok(
      summary.includes(
        `\n⚠️ **${inertMarkdown('0.2.0')} is live in production, but not recorded.**\n\n` +
          `> [!WARNING]\n> ${inertMarkdown('tiny-lm 0.2.0 is live')}`,
      ),
      summary,
    );
  });

  void test('lists the steps with their results', () => {
    const summary = renderDeploySummary(
      report({
        steps: [
          { name: 'Resolve version', result: 'passed', detail: 'tiny-lm@v0.2.0', durationMs: 40 },
          { name: 'Check digest', result: 'skipped', detail: "no 'path' given", durationMs: 0 },
          { name: 'GitHub status', result: 'warning', detail: 'deployment 7 not updated', durationMs: 1200 },
        ],
      }),
    ).toString();
    assert.deepEqual(renderMarkdown(summary).rows.slice(-3), [
      ['Resolve version', '✅ passed', 'tiny-lm@v0.2.0', '40 ms'],
      ['Check digest', '⏭️ skipped', "no 'path' given", ''],
      ['GitHub status', '⚠️ warning', 'deployment 7 not updated', '1.2 s'],
    ]);
  });
});
