// How a hostile-input test reads Markdown (a job summary, a comment): rendered
// to HTML by a real renderer rather than by the local runner's text view, then
// everything in it that is live, so a test can say which parts the action
// meant. Loaded on its own (`@mlops-actions/action-testing/markdown`): only
// the tests that read Markdown load the renderer.
import MarkdownIt from 'markdown-it';

/**
 * markdown-it with GFM's tables and strikethrough, raw HTML passed through
 * (what GitHub's sanitizer would have to catch) and literal URLs linked.
 */
const renderer = new MarkdownIt({ html: true, linkify: true });
// Every link target is rendered, `javascript:` too: what a link would have been, not what a sanitizer left of it.
renderer.validateLink = () => true;

export interface RenderedMarkdown {
  html: string;
  /** The names of the elements, each once, in order of appearance; `!--` for a comment, `!` for `<!…>` or `<?…>`. */
  elements: string[];
  /** The text of each heading. */
  headings: string[];
  /** Where links and images point (`href` and `src`). */
  targets: string[];
  /** What a reader sees: the text with every tag dropped and the entities decoded. */
  text: string;
  /** The text of the cells of each table row (header rows too), tables one after the other. */
  rows: string[][];
  /**
   * What GitHub finds in the text outside code, past the Markdown, and links
   * or notifies: literal URLs (`https://…`, `www.…`), e-mail addresses,
   * `@mentions` and issue references (`#123`, `owner/repo#123`).
   */
  references: string[];
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const html = renderer.render(markdown);
  const elements = new Set<string>();
  for (const [, name] of html.matchAll(/<(!--|[!?]|[a-zA-Z][a-zA-Z0-9-]*)/g)) {
    elements.add(name === '?' ? '!' : name.toLowerCase());
  }
  const headings = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , inner]) => textOf(inner));
  const targets = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map(([, target]) => decode(target));
  const outsideCode = textOf(html.replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/g, ' '));
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, inner]) => textOf(inner)),
  );
  return {
    html,
    elements: [...elements],
    headings,
    targets,
    text: textOf(html),
    rows,
    references: referencesIn(outsideCode),
  };
}

/** The patterns of GitHub's autolinks and references, as broad as the real ones or broader. */
const REFERENCES = [
  /[a-z][a-z0-9+.-]*:\/\/[^\s<]*/gi,
  /(?<![A-Za-z0-9])www\.[^\s<]*/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[\w-]*[A-Za-z]/g,
  /(?<![A-Za-z0-9_`])@[A-Za-z0-9][\w-]*/g,
  /(?<![A-Za-z0-9_])#\d+/g,
  /[\w.-]+\/[\w.-]+#\d+/g,
];

function referencesIn(text: string): string[] {
  return REFERENCES.flatMap((pattern) => [...text.matchAll(pattern)].map(([found]) => found));
}

function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''));
}

/** markdown-it's own escapes in text and attributes. */
function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
