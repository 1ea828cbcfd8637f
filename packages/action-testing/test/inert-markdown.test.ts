// action-kit's inertMarkdown and cell over hostile text, read by a real
// Markdown renderer (src/markdown.ts). Here rather than in action-kit's own
// tests, which cannot import this package: it depends on action-kit.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { cell, code, inertMarkdown } from '@mlops-actions/action-kit';
import { renderMarkdown, type RenderedMarkdown } from '../src/markdown.js';

/** Text a test name, a message, a file name or a registry record could hold. */
const HOSTILE = [
  '[click](https://evil.example)',
  '[click](javascript:alert(1))',
  '[click][ref] [ref]: https://evil.example',
  '[ref]\n\n[ref]: https://evil.example',
  '![x](https://evil.example/a.png)',
  '![x][img]\n[img]: https://evil.example/a.png',
  '[![x](https://evil.example/a.png)](https://evil.example)',
  '<https://evil.example>',
  '<evil@example.com>',
  'https://evil.example',
  'see http://evil.example/path?q=1 now',
  'ftp://evil.example/file',
  'www.evil.example',
  'WWW.EVIL.COM/x',
  '(www.evil.com)',
  'user@evil.com',
  'mailto:user@evil.com',
  'xmpp:user@evil.com',
  '<img src=x onerror=alert(1)>',
  '<details><summary>open</summary>hidden</details>',
  '<details>',
  '<a href="https://evil.example">x</a>',
  '<!-- hidden -->',
  '<script>alert(1)</script>',
  '<?php echo 1; ?>',
  '<![CDATA[x]]>',
  '<span style="color:red">x</span>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '&#60;img src=x&#62; &copy;',
  '# Heading',
  '###### h6',
  '  # indented heading',
  'Title\n=====',
  'line\n---',
  'x\r# heading after a lone CR',
  'x\r\n<img src=x onerror=alert(1)>',
  '> quote',
  '- item',
  '1. item',
  '2) item',
  '* item',
  '+ item',
  '***',
  '    indented code',
  '```\nfence\n```',
  '~~~\nfence',
  '```mermaid\ngraph TD; A-->B\n```',
  '**bold** __bold__ *em* _em_ ~~strike~~',
  'a*b*c a_b_c',
  '$x^2$ and $$\\href{https://evil.example}{x}$$',
  '| a | b |\n| - | - |',
  'a|b',
  'a\\|b',
  '\\[not a link\\](x)',
  '@octocat',
  'cc @octocat and @github/security',
  '(@octocat)',
  '#123',
  'fixes #1, see owner/repo#42',
  '`code` then [link](https://evil.example)',
  '[`code`](https://evil.example)',
  '`unclosed [link](https://evil.example)',
  '`` a ` b `` <img src=x>',
  '`a|b` | c',
  '[link](<https://evil.example>)',
  '[x]: https://evil.example',
];

/** How `text` reads once made one line: what the escaped Markdown must show. */
function shown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').trim();
}

/** Has `text` a code span of its own: a run of backticks that a later run as long closes? */
function holdsCodeSpan(text: string): boolean {
  const runs = [...text.matchAll(/`+/g)].map(([run]) => run.length);
  return runs.some((length, index) => runs.indexOf(length, index + 1) > index);
}

/** The elements of a paragraph that shows text as text: a code span the text came with is fine. */
const PARAGRAPH = ['p', 'code'];

function assertInert(rendered: RenderedMarkdown, allowed: string[], what: string): void {
  assert.deepEqual(
    rendered.elements.filter((element) => !allowed.includes(element)),
    [],
    `${what}\n${rendered.html}`,
  );
  assert.deepEqual(rendered.references, [], `${what}\n${rendered.html}`);
}

describe('the Markdown reader of the hostile-input tests', () => {
  test('sees every hostile text live when it goes in as it is', () => {
    for (const text of HOSTILE) {
      const paragraph = renderMarkdown(`${text}\n`);
      const row = tableRow(text);
      const live =
        paragraph.elements.some((element) => element !== 'p') ||
        paragraph.references.length > 0 ||
        paragraph.text.trim() !== shown(text) ||
        JSON.stringify(row.cells) !== JSON.stringify(['left', shown(text), 'right']);
      assert.ok(live, `not live as it is, so it proves nothing: ${JSON.stringify(text)}\n${paragraph.html}`);
    }
  });
});

describe('inertMarkdown', () => {
  test('shows each hostile text as itself: alone, in a quote, after a line, in bold', () => {
    for (const text of HOSTILE) {
      const markdown = inertMarkdown(text);
      assert.ok(!/[\r\n]/.test(markdown), JSON.stringify(markdown));
      const what = `${JSON.stringify(text)} as ${JSON.stringify(markdown)}`;
      const alone = renderMarkdown(`${markdown}\n`);
      assertInert(alone, PARAGRAPH, what);
      assertInert(renderMarkdown(`> [!CAUTION]\n> ${markdown}\n`), ['blockquote', ...PARAGRAPH], what);
      assertInert(renderMarkdown(`The reason:\n${markdown}\n`), PARAGRAPH, what);
      const bold = renderMarkdown(`**${markdown}** and more\n`);
      assertInert(bold, ['strong', ...PARAGRAPH], what);
      assert.equal(bold.html.match(/<strong>/g)?.length, 1, `${what}\n${bold.html}`);
      if (!holdsCodeSpan(text)) assert.equal(alone.text.replace(/\u200b/g, '').trim(), shown(text), what);
    }
  });

  test('escapes what Markdown reads in a line, and at its start, and breaks what GitHub links in text', () => {
    assert.equal(
      inertMarkdown('a [b](c) <d> e|f *g* _h_ ~i~ $j$ &k; `l'),
      'a \\[b\\](c) \\<d\\> e\\|f \\*g\\* \\_h\\_ \\~i\\~ \\$j\\$ \\&k; \\`l',
    );
    assert.equal(inertMarkdown('# a - b. 1. c'), '\\# a - b. 1. c');
    assert.equal(inertMarkdown('12. item'), '12\\. item');
    assert.equal(inertMarkdown('1.'), '1\\.');
    assert.equal(inertMarkdown('0.2.0 (was 0.1.0)'), '0.2.0 (was 0.1.0)');
    assert.equal(inertMarkdown('=== -'), '\\=== -');
    assert.equal(inertMarkdown("'quoted' (words)!"), "'quoted' (words)!");
    // A backslash at the end cannot escape what the summary puts after it (`|`, `**`).
    assert.equal(`**${inertMarkdown('a\\')}**`, '**a\\\\**');
    assert.equal(inertMarkdown('https://evil.example'), 'https:/\u200b/evil.example');
    assert.equal(inertMarkdown('www.evil.com'), 'www\u200b.evil.com');
    assert.equal(inertMarkdown('user@evil.com @octocat #12'), 'user\u200b@\u200bevil.com @\u200boctocat #\u200b12');
  });

  test('leaves alone what GitHub would not link: a tag name, a version, a suite number', () => {
    assert.equal(inertMarkdown('tiny-lm@v0.2.0'), 'tiny-lm@v0.2.0');
    assert.equal(inertMarkdown('tiny-lm#production#3'), 'tiny-lm#production#3');
    assert.equal(inertMarkdown('x@y test_case#4'), 'x@y test\\_case#4');
  });

  test('keeps the code spans the text came with', () => {
    assert.equal(inertMarkdown('expected `a|b <c>` got [d]'), 'expected `a|b <c>` got \\[d\\]');
    assert.equal(inertMarkdown('``x ` <y>`` <z> `unclosed'), '``x ` <y>`` \\<z\\> \\`unclosed');
    assert.equal(inertMarkdown('`x` # y'), '`x` # y');
  });
});

/** A table of three columns with `middle` as the second cell of its one row. */
function tableRow(middle: string): { rendered: RenderedMarkdown; cells: string[] } {
  const rendered = renderMarkdown(`| a | b | c |\n| --- | --- | --- |\n| left | ${middle} | right |\n`);
  return { rendered, cells: rendered.rows.length === 2 ? rendered.rows[1] : [] };
}

const TABLE = ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code'];

describe('cell', () => {
  test('keeps each hostile text inside its cell of a valid table, shown as itself', () => {
    for (const text of HOSTILE) {
      const markdown = cell(text);
      const what = `${JSON.stringify(text)} as ${JSON.stringify(markdown)}`;
      const { rendered, cells } = tableRow(markdown);
      assertInert(rendered, TABLE, what);
      assert.equal(cells.length, 3, what);
      assert.deepEqual([cells[0], cells[2]], ['left', 'right'], what);
      if (!holdsCodeSpan(text)) assert.equal(cells[1].replace(/\u200b/g, ''), shown(text), what);
    }
  });

  test('a code span keeps its pipes in the cell', () => {
    for (const text of ['a|b', '`a|b`', '| x |', 'a`b|c']) {
      const { rendered, cells } = tableRow(cell(code(text)));
      assert.equal(cells.length, 3, rendered.html);
      assert.equal(cells[1], text);
      assert.ok(rendered.elements.includes('code'));
    }
  });
});
