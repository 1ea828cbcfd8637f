import { code, formatBytes, formatDuration, type BoundedSummary, type ScriptResult } from '@mlops-actions/action-kit';
import type { FileSetDigest } from '@mlops-actions/digest';
import { commandTitle } from './inputs.js';
import type { ToolchainId } from './toolchain.js';

/** A folder of the cache entry. */
export interface CachedFolder {
  path: string;
  /** Who asked for it: the package manager's own cache, or the `cache-paths` input. */
  origin: 'package manager' | 'cache-paths';
  /** Bytes of its files once the build ran (what a save holds); undefined when it was not there or not looked at. */
  size?: number;
  /** Whether it was there once the build ran; undefined when not looked at (a command failed, nothing is saved). */
  present?: boolean;
}

export interface CacheReport {
  hit: boolean;
  key: string;
  state: 'off' | 'unavailable' | 'hit' | 'partial' | 'miss';
  detail: string;
  /** The folders of the entry, in the order restore and save get them; empty when no cache service is used. */
  folders: CachedFolder[];
  saved?: boolean;
  /** Why the entry was not saved (an exact hit, `restore-only`, a failed build…). */
  notSaved?: string;
}

export interface BuildReport {
  toolchain: ToolchainId;
  cache: CacheReport;
  steps: { name: 'install' | 'build'; command: string; result: ScriptResult }[];
  artifacts?: FileSetDigest;
  /** Why the step fails, when it does. */
  failure?: string;
}

const CACHE_WORDS: Record<CacheReport['state'], string> = {
  off: 'not used',
  unavailable: 'unavailable',
  hit: 'hit (exact key)',
  partial: 'restored from an older key',
  miss: 'miss',
};
const LISTED_FILES = 50;

export function renderBuildSummary(report: BuildReport, summary: BoundedSummary): BoundedSummary {
  summary.heading(`Build ${report.failure ? '❌ failed' : '✅'}`);
  const rows: string[][] = [['Toolchain', code(report.toolchain)]];
  const { cache } = report;
  rows.push(['Cache', `${CACHE_WORDS[cache.state]}${cache.detail ? ` — ${cache.detail}` : ''}`]);
  if (cache.key) rows.push(['Cache key', code(cache.key)]);
  if (cache.saved) rows.push(['Cache saved', 'yes']);
  else if (cache.notSaved) rows.push(['Cache saved', `no — ${cache.notSaved}`]);
  for (const step of report.steps) {
    const verdict = step.result.exitCode === 0 ? '✅' : `❌ exit code ${step.result.exitCode}`;
    rows.push([
      step.name === 'install' ? 'Install' : 'Build',
      `${code(commandTitle(step.command))} ${verdict} in ${formatDuration(step.result.durationMs)}`,
    ]);
  }
  if (report.artifacts) {
    const count = report.artifacts.files.length;
    rows.push(['Artifacts', `${count} ${count === 1 ? 'file' : 'files'}, ${formatBytes(report.artifacts.size)}`]);
    rows.push(['Artifacts digest', code(report.artifacts.digest)]);
  }
  summary.table(['', ''], rows, 'build facts');
  if (report.failure) {
    // A block, not prose: globs such as `**/*.bin` in the message would turn into bold text.
    summary.add(`**Why it failed**\n\n\`\`\`text\n${fence(report.failure)}\n\`\`\`\n`, 'the reason it failed');
  }

  const failed = report.steps.find((step) => step.result.exitCode !== 0);
  if (failed && failed.result.tail) {
    summary.add(
      `**Last lines of the ${failed.name} output**\n\n\`\`\`text\n${fence(failed.result.tail)}\n\`\`\`\n`,
      'the failing output',
    );
  }
  if (cache.folders.length > 0) {
    summary.add('**Cached folders**\n\n', 'the cached folders');
    summary.table(
      ['Folder', 'From', 'Size after the build'],
      cache.folders.map((folder) => [code(folder.path), folder.origin, folderSizeText(folder)]),
      'cached folders',
    );
  }
  if (report.artifacts && report.artifacts.files.length > 0) {
    const files = report.artifacts.files;
    // The blank line ends the HTML block: without it GitHub shows the table as raw text.
    summary.add(`<details><summary>Fingerprinted files (${files.length})</summary>\n\n`, 'the file list');
    summary.table(
      ['Path', 'Size', 'SHA-256'],
      files.slice(0, LISTED_FILES).map((file) => [code(file.path), formatBytes(file.size), code(file.sha256)]),
      'files',
    );
    if (files.length > LISTED_FILES) summary.add(`…and ${files.length - LISTED_FILES} more.\n`);
    summary.add('</details>\n');
  }
  return summary;
}

function folderSizeText(folder: CachedFolder): string {
  if (folder.present === undefined) return 'not measured (a command failed)';
  return folder.present && folder.size !== undefined ? formatBytes(folder.size) : 'not there';
}

/** Keeps output inside a fenced block from closing it early. */
function fence(text: string): string {
  return text.replace(/```/g, '`\u200b``');
}
