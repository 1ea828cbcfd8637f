import { BoundedSummary, code, formatDuration, inertMarkdown, mermaidText } from '@mlops-actions/action-kit';
import type { DeactivateReport, DeployReport } from './report.js';
import type { StepReport, StepResult } from './steps.js';

const RESULT_ICONS: Record<StepResult, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  warning: '⚠️ warning',
};

/**
 * The job summary of a deploy: the outcome, the environment before and after,
 * a diagram of the promotion path with the version in each environment, and
 * every step with its result.
 */
export function renderDeploySummary(report: DeployReport): BoundedSummary {
  const summary = new BoundedSummary();
  summary.heading(`${HEADINGS[report.step]} ${report.model} to ${report.environment}`);
  summary.add(report.step === 'start' ? started(report) : outcome(report), 'the outcome');
  summary.table(
    ['Environment', 'Before', 'After (recorded)', 'Record'],
    [
      [
        report.environment,
        report.previousVersion || '—',
        report.recordedVersion || '—',
        report.recordedTag ? code(report.recordedTag) : 'unchanged',
      ],
    ],
    'environments',
  );
  summary.add(promotionDiagram(report), 'the promotion diagram');
  stepsTable(summary, report.steps);
  return summary;
}

const HEADINGS: Record<DeployReport['step'], string> = {
  deploy: 'Deploy',
  start: 'Start deploying',
  finish: 'Finish deploying',
};

/** What a start verified and opened, for the deploy steps that follow it. */
function started(report: DeployReport): string {
  if (report.status !== 'success')
    return `❌ **Not started.**\n\n> [!IMPORTANT]\n> ${inertMarkdown(report.failure)}\n\n`;
  const runs = report.previousVersion ? ` (it runs ${inertMarkdown(report.previousVersion)} now)` : '';
  const files = report.modelDir
    ? `its files verified against ${code(report.digest)} in ${code(report.modelDir)}`
    : `registered as ${code(report.digest)} (no stored files and no \`path\`: nothing downloaded)`;
  const deployment = report.deploymentId
    ? `GitHub deployment ${report.deploymentId} is in progress`
    : 'no GitHub deployment was opened';
  return (
    `▶️ **${inertMarkdown(report.version)} is ready to deploy to ${report.environment}**${runs}: ` +
    `${files}; ${deployment}. Nothing is recorded until a finish step sees it healthy.\n\n`
  );
}

/**
 * The outcome in words. Versions come from registry records, and the failure
 * can quote a response body: text from outside the workflow, shown inert.
 */
function outcome(report: DeployReport): string {
  const { environment } = report;
  const version = inertMarkdown(report.version);
  const previousVersion = inertMarkdown(report.previousVersion);
  const failure = inertMarkdown(report.failure);
  const recorded = report.recordedTag ? `, recorded as ${code(report.recordedTag)}` : '';
  switch (report.status) {
    case 'success': {
      const was = previousVersion ? ` (was ${previousVersion})` : '';
      return `✅ **${version} is live in ${environment}**${was}${recorded}.\n\n`;
    }
    case 'rolled-back':
      return (
        `↩️ **Rolled back.** ${version} failed in ${environment}; ${previousVersion} runs there again${recorded}.\n\n` +
        `> [!WARNING]\n> ${failure}\n\n`
      );
    case 'failed':
      if (report.cancelled) return `> [!CAUTION]\n> **Cancelled.** ${failure}\n\n`;
      if (report.mayBeDown) return `> [!CAUTION]\n> **${environment} may be down.** ${failure}\n\n`;
      // The version runs; only its record is missing, which a re-run can write.
      if (report.live && !report.recorded) {
        return `⚠️ **${version} is live in ${environment}, but not recorded.**\n\n> [!WARNING]\n> ${failure}\n\n`;
      }
      if (report.rollbackVersion) {
        return (
          `❌ **Not deployed.** Roll back to ${inertMarkdown(report.rollbackVersion)} ('rollback-version').\n\n` +
          `> [!IMPORTANT]\n> ${failure}\n\n`
        );
      }
      return `❌ **Not deployed.**\n\n> [!IMPORTANT]\n> ${failure}\n\n`;
  }
}

/**
 * A Mermaid flowchart of the promotion: each required environment with the
 * version it runs, leading to this environment with its change. Environment
 * names and versions were checked where they were read (registry names and
 * semver); each label is still written through `mermaidText`.
 */
export function promotionDiagram(report: DeployReport): string {
  const lines = ['```mermaid', 'flowchart LR'];
  const label = (environment: string, text: string) => `["${mermaidText(environment)}<br/>${mermaidText(text)}"]`;
  report.requires.forEach((required, index) => {
    lines.push(`  e${index}${label(required.environment, required.current || 'nothing deployed')}`);
  });
  const target = `e${report.requires.length}`;
  lines.push(`  ${target}${label(report.environment, targetLabel(report))}`);
  report.requires.forEach((_, index) => lines.push(`  e${index} --> ${target}`));
  lines.push('  classDef ok fill:#dafbe1,stroke:#1a7f37');
  lines.push('  classDef warn fill:#fff8c5,stroke:#9a6700');
  lines.push('  classDef bad fill:#ffebe9,stroke:#cf222e');
  // A start that passed deployed nothing yet: under way, not done.
  const underWay = report.step === 'start' && report.status === 'success';
  const style = underWay
    ? 'warn'
    : report.status === 'success'
      ? 'ok'
      : report.status === 'rolled-back'
        ? 'warn'
        : 'bad';
  lines.push(`  class ${target} ${style}`);
  lines.push('```');
  return `${lines.join('\n')}\n`;
}

function targetLabel(report: DeployReport): string {
  const before = report.previousVersion || 'nothing';
  const version = report.version || 'unresolved version';
  switch (report.status) {
    case 'success':
      return report.step === 'start' ? `${before} → ${version} (deploying)` : `${before} → ${version}`;
    case 'rolled-back':
      return `${before} → ${version} ✗ → ${report.previousVersion}`;
    case 'failed':
      if (report.cancelled) return `${before} → ${version} (cancelled)`;
      if (report.mayBeDown) return `${before} → ${version} ✗, rollback ✗`;
      if (report.live && !report.recorded) return `${before} → ${version} (not recorded)`;
      if (report.refused) return `${before} (${version} refused)`;
      return `${before} → ${version} ✗`;
  }
}

/** The job summary of a deactivation: what was torn down, which records were removed, which deployments ended. */
export function renderDeactivateSummary(report: DeactivateReport): BoundedSummary {
  const summary = new BoundedSummary();
  summary.heading(`Deactivate ${report.model} in ${report.environment}`);
  const failure = inertMarkdown(report.failure);
  summary.add(
    report.status === 'success'
      ? `✅ **${report.environment} is deactivated**: ${report.removedTags.length} ` +
          `${report.removedTags.length === 1 ? 'record' : 'records'} removed, ` +
          `${report.inactive.length} GitHub ${report.inactive.length === 1 ? 'deployment' : 'deployments'} set inactive.\n\n`
      : report.refused
        ? `❌ **Not deactivated.** Nothing was changed.\n\n> [!IMPORTANT]\n> ${failure}\n\n`
        : `❌ **Not fully deactivated.**\n\n> [!WARNING]\n> ${failure}\n\n`,
    'the outcome',
  );
  summary.table(
    ['Removed record', 'GitHub deployment'],
    [
      ...report.removedTags.map((tag) => [code(tag), '']),
      ...report.inactive.map((id) => ['', `${id}: inactive`]),
      ...report.notInactive.map((id) => ['', `${id}: not updated (see the warning)`]),
    ],
    'removed',
  );
  stepsTable(summary, report.steps);
  return summary;
}

/** The steps of a run, each with its result, details and time. */
function stepsTable(summary: BoundedSummary, steps: readonly StepReport[]): void {
  summary.heading('Steps', 3);
  summary.table(
    ['Step', 'Result', 'Details', 'Time'],
    steps.map((step) => [
      step.name,
      RESULT_ICONS[step.result],
      step.detail,
      step.result === 'skipped' ? '' : formatDuration(step.durationMs),
    ]),
    'steps',
  );
}
