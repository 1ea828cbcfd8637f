import { code, formatBytes, formatDuration, type BoundedSummary } from '@mlops-actions/action-kit';
import type { FetchModelReport } from './fetch-model.js';

/** Files listed in the summary; the version's manifest lists them all. */
const FILES_SHOWN = 50;

/** The job summary: which version was fetched, from where, and what was written. */
export function renderFetchSummary(report: FetchModelReport, summary: BoundedSummary): BoundedSummary {
  summary.heading(`Fetched ${report.modelName} ${report.version}`);
  summary.add(
    `The files of ${code(report.tag)} are in ${code(report.path)}, verified against the registered digest.\n\n`,
  );
  const rows: string[][] = [
    ['Model', report.modelName],
    ['Version', report.version + askedFor(report)],
    ['Tag', code(report.tag)],
    ['Digest', code(report.digest)],
    ['Store', code(report.uri)],
    ['Files', String(report.files.length)],
    ['Bytes', `${formatBytes(report.size)} (${report.size} bytes)`],
    ['Time', formatDuration(report.elapsedMs)],
  ];
  summary.table(['', ''], rows, 'facts');
  summary.heading('Files', 3);
  summary.table(
    ['file', 'size'],
    report.files.slice(0, FILES_SHOWN).map((file) => [code(file.path), formatBytes(file.size)]),
    'files',
  );
  if (report.files.length > FILES_SHOWN) {
    summary.add(
      `… and ${report.files.length - FILES_SHOWN} more files, all listed in the manifest of ${code(report.tag)}.\n\n`,
    );
  }
  return summary;
}

function askedFor(report: FetchModelReport): string {
  const { wanted } = report;
  if (wanted.kind === 'latest') return ' (latest)';
  if (wanted.kind === 'version') return '';
  return ` (running in ${wanted.environment}, ${code(report.environmentTag ?? '')})`;
}
