import { code, formatBytes, inertMarkdown, type BoundedSummary } from '@mlops-actions/action-kit';
import type { ModelManifest } from '@mlops-actions/registry';
import type { ModelRelease } from './release.js';
import type { VersionModelReport } from './version-model.js';

/** Files listed in the summary; all of them are in the manifest. */
const FILES_SHOWN = 50;

/** The job summary: what a model card would say about the version just registered (or reused). */
export function renderVersionSummary(report: VersionModelReport, summary: BoundedSummary): BoundedSummary {
  const { registration, settings } = report;
  const { remote, push: pushed, serverUrl: server } = settings;
  const { manifest } = registration;
  summary.heading(`Model ${manifest.name} ${manifest.version}`);
  if (!registration.created) {
    summary.add(
      `This digest is already registered as ${code(registration.tag)}, the newest version: nothing new was tagged ` +
        '(a re-run). The card shows the registered manifest.\n\n',
    );
  } else if (pushed) {
    summary.add(`Registered ${code(registration.tag)} in the git remote ${code(remote)}.\n\n`);
  } else {
    summary.add(
      `Tagged ${code(registration.tag)} in this checkout only (\`push: false\`): it is not in the registry.\n\n`,
    );
  }
  if (report.release) summary.add(`${releaseLine(report.release, server)}\n\n`, 'the GitHub Release');

  const runRows: string[][] = [];
  if (report.stored) {
    const { uploadedBytes, ociTag } = report.stored;
    runRows.push([
      'Uploaded',
      `${formatBytes(uploadedBytes)} of ${formatBytes(manifest.size)}` +
        (uploadedBytes < manifest.size ? ' (the store had the rest)' : '') +
        (ociTag ? `; tagged ${code(ociTag)} in the store` : ''),
    ]);
  }
  renderModelCard({ ...registration, serverUrl: server, runRows }, summary);

  summary.heading('Read it with git', 3);
  summary.add(
    [
      '```sh',
      `git ls-remote --tags ${remote} 'refs/tags/${manifest.name}@*'`,
      `git fetch --no-tags ${remote} tag ${registration.tag}`,
      `git cat-file -p ${registration.tag}`,
      '```',
      '',
    ].join('\n'),
    'the git commands',
  );
  return summary;
}

/** What the model card shows: a registered version and the server its links go to. */
export interface ModelCard {
  manifest: ModelManifest;
  tag: string;
  /** The newest version before this one, when this run registered it. */
  previous?: string;
  created: boolean;
  /** `https://github.com` or the GitHub Enterprise server: the commit and run links go there. */
  serverUrl: string;
  /** Facts about this run rather than the version (what it uploaded), shown before the registration time. */
  runRows?: string[][];
}

/**
 * The model card: the version's facts (digest, size, commit, where it is
 * stored), links to the commit and the run that registered it, its metrics,
 * metadata and files. The job summary and the GitHub Release show the same
 * card. Every field of the manifest is shown as text: a reused version's
 * manifest is a registry record, which anyone who can push a tag can write.
 */
export function renderModelCard(card: ModelCard, summary: BoundedSummary): BoundedSummary {
  const { manifest } = card;
  const rows: string[][] = [
    ['Model', manifest.name],
    ['Version', card.previous && card.created ? `${manifest.version} (previous: ${card.previous})` : manifest.version],
    ['Tag', code(card.tag)],
    ['Digest', code(manifest.digest)],
    [
      'Size',
      `${formatBytes(manifest.size)} in ${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}`,
    ],
    ['Commit', code(manifest.source.commit)],
  ];
  if (manifest.source.ref) rows.push(['Ref', manifest.source.ref]);
  if (manifest.uri) rows.push(['Stored at', code(manifest.uri)]);
  rows.push(...(card.runRows ?? []));
  rows.push(['Registered at', manifest.created_at]);
  summary.table(['', ''], rows, 'facts');
  const links = sourceLinks(manifest, card.serverUrl);
  if (links.length > 0) summary.add(`${links.join(' · ')}\n\n`);

  const metrics = flatten(manifest.metrics);
  summary.heading('Metrics', 3);
  if (metrics.length === 0) summary.add('No metrics recorded (input `metrics`).\n\n');
  else summary.table(['metric', 'value'], metrics, 'metrics');

  const metadata = Object.entries(manifest.metadata);
  if (metadata.length > 0) {
    summary.heading('Metadata', 3);
    summary.table(['key', 'value'], metadata, 'metadata');
  }

  summary.heading('Files', 3);
  summary.table(['path', 'size', 'sha256'], filesOf(manifest).slice(0, FILES_SHOWN), 'files');
  if (manifest.files.length > FILES_SHOWN) {
    summary.add(`… and ${manifest.files.length - FILES_SHOWN} more files, all listed in the manifest.\n\n`);
  }
  return summary;
}

/**
 * The GitHub Release in the job summary. Its URL is an API answer: a link
 * only to this GitHub server's release pages, text otherwise.
 */
function releaseLine(release: ModelRelease, serverUrl: string): string {
  if (!release.published) {
    return `> [!WARNING]\n> No GitHub Release: ${inertMarkdown(release.problem)}`;
  }
  const server = serverUrl.replace(/\/+$/, '');
  const page = release.url.startsWith(`${server}/`) ? release.url.slice(server.length + 1) : '';
  const done = release.created ? 'Created' : 'Updated';
  return /^[^/\s()<>]+\/[^/\s()<>]+\/releases\/tag\/[^\s()<>]+$/.test(page)
    ? `${done} [the GitHub Release](${release.url}) of this version, with its manifest attached.`
    : `${done} the GitHub Release of this version: ${inertMarkdown(release.url)}`;
}

/**
 * Links to the commit and the run that registered the version. A reused
 * version's manifest is a registry record, which anyone who can push a tag
 * can write: a link is made only to this GitHub server's commit and run pages,
 * and a run URL of any other shape is shown as text.
 */
function sourceLinks({ source }: ModelManifest, serverUrl: string): string[] {
  const server = serverUrl.replace(/\/+$/, '');
  const links: string[] = [];
  if (REPOSITORY.test(source.repository) && /^[0-9a-f]{40,64}$/.test(source.commit)) {
    links.push(`[commit ${source.commit.slice(0, 7)}](${server}/${source.repository}/commit/${source.commit})`);
  }
  if (source.run_url) {
    const run = source.run_url.startsWith(`${server}/`) ? source.run_url.slice(server.length + 1) : '';
    const runPage = /^([^/]+\/[^/]+)\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/.exec(run);
    links.push(
      runPage && REPOSITORY.test(runPage[1])
        ? `[the run that registered it](${source.run_url})`
        : `registered by the run ${inertMarkdown(source.run_url)}`,
    );
  }
  return links;
}

/** `owner/name` as GitHub spells them. */
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function filesOf(manifest: ModelManifest): string[][] {
  return manifest.files.map((file) => [code(file.path), formatBytes(file.size), code(file.sha256.slice(0, 12))]);
}

/** Metrics as rows of dot path and value (`eval.accuracy`, `0.91`). */
export function flatten(value: unknown, prefix = ''): string[][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
  }
  return prefix ? [[prefix, typeof value === 'string' ? value : JSON.stringify(value)]] : [];
}
