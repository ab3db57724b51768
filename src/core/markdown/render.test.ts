import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderMarkdown } from './render.ts';

const mediaPath = '/media/0b8f2a3e-1111-4222-8333-444455556666/640.jpg';

/** Hostile inputs, each of which must come out without anything that could run or load. */
const hostile: Record<string, string> = {
  'script tag': 'Hello <script>alert(1)</script> there',
  'script split across tags': '<scr<script>ipt>alert(1)</script>',
  'image with onerror': '<img src=x onerror=alert(1)>',
  'media image with onerror': `<img src="${mediaPath}" onerror="alert(1)">`,
  'Markdown javascript link': '[click](javascript:alert(1))',
  'javascript link with a tab entity': '<a href="jav&#x09;ascript:alert(1)">x</a>',
  'javascript link in mixed case': '<a href="JaVaScRiPt:alert(1)">y</a>',
  'javascript link with leading space': '<a href=" javascript:alert(1)">z</a>',
  'vbscript link': '<a href="vbscript:msgbox(1)">v</a>',
  'data link': '<a href="data:text/html,<script>alert(1)</script>">d</a>',
  'data image': '![c](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  'svg with script':
    '<svg onload="alert(1)"><script>alert(1)</script><a xlink:href="javascript:alert(1)">s</a></svg>',
  'math with javascript': '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  'style attribute and element':
    '<p style="background:url(javascript:alert(1))" onclick="x">p</p><style>*{}</style>',
  'iframe from another host': '<iframe src="https://evil.example/x" title="t"></iframe>',
  'iframe from a look-alike host':
    '<iframe src="https://www.youtube-nocookie.com.evil.example/e" title="t"></iframe>',
  'iframe with javascript': '<iframe src="javascript:alert(1)" title="t"></iframe>',
  'iframe with srcdoc': '<iframe srcdoc="<script>alert(1)</script>" title="t"></iframe>',
  'object, embed and form':
    '<object data="x.swf"></object><embed src="x"><form action="https://evil.example"><input name="a"><button>go</button></form>',
  'meta refresh and base':
    '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
  'link in an event of a heading': '<h2 onmouseover="alert(1)">h</h2>',
  'nested quotes in attributes': '<a href="/x" title=\'"><script>alert(1)</script>\'>q</a>',
  'comment hiding a script': '<!--><script>alert(1)</script>-->',
  'protocol-relative image': '![i](//evil.example/pixel.gif)',
};

const forbidden = [
  /<script/i,
  /<style/i,
  /<svg/i,
  /<math/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<input/i,
  /<meta/i,
  /<base/i,
  /\son[a-z]+\s*=/i,
  /\sstyle\s*=/i,
  /\ssrcdoc\s*=/i,
  // Such an address may survive as escaped text, never inside an attribute.
  /="[^"]*(javascript|vbscript):/i,
  /(href|src)="data:/i,
  /evil\.example[^"]*"[^>]*>\s*<\/iframe/i,
];

describe('renderMarkdown: hostile input', () => {
  for (const [name, source] of Object.entries(hostile)) {
    test(name, () => {
      const html = renderMarkdown(source);
      for (const pattern of forbidden) {
        assert.doesNotMatch(html, pattern, `${name}: ${html}`);
      }
      assert.doesNotMatch(
        html,
        /<iframe(?![^>]*src="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com|w\.soundcloud\.com)\/)/,
      );
    });
  }

  test('images from anywhere but this site’s media are dropped', () => {
    const html = renderMarkdown(
      `![ours](${mediaPath}) ![theirs](https://evil.example/x.png) ![rel](/elsewhere.png) ![up](/media/../secret)`,
    );
    assert.equal((html.match(/<img/g) ?? []).length, 1);
    assert.match(html, new RegExp(`<img src="${mediaPath}" alt="ours" loading="lazy"`));
  });
});

describe('renderMarkdown: what editors write', () => {
  test('headings sit below the page title, lists, quotes, code and tables survive', () => {
    const html = renderMarkdown(
      '# Origins\n\n## 1980\n\n- one\n- two\n\n1. first\n\n> quoted\n\n`x < y`\n\n```ts\nconst a = "<b>";\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    assert.match(html, /<h2>Origins<\/h2>/);
    assert.doesNotMatch(html, /<h1/);
    assert.match(html, /<h2>1980<\/h2>/);
    assert.match(html, /<ul>\s*<li>one<\/li>/);
    assert.match(html, /<ol>\s*<li>first<\/li>/);
    assert.match(html, /<blockquote>\s*<p>quoted<\/p>/);
    assert.match(html, /<code>x &lt; y<\/code>/);
    assert.match(html, /<pre><code class="language-ts">const a = "&lt;b&gt;";/);
    assert.match(html, /<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>/);
  });

  test('links to other sites are marked; links inside the site are not', () => {
    const html = renderMarkdown(
      '[out](https://example.org/a) [in](/en/mission) [mail](mailto:info@example.org) https://example.net',
    );
    assert.match(
      html,
      /<a href="https:\/\/example.org\/a" rel="noopener noreferrer nofollow">out<\/a>/,
    );
    assert.match(html, /<a href="\/en\/mission">in<\/a>/);
    assert.match(html, /<a href="mailto:info@example.org">mail<\/a>/);
    assert.match(html, /<a href="https:\/\/example.net" rel="noopener noreferrer nofollow">/);
  });

  test('an embed from an allowed host is kept sandboxed, lazy and titled', () => {
    const html = renderMarkdown(
      '<iframe src="https://player.vimeo.com/video/1" title="Oceans 22 talk" width="640" height="360" onload="x" allow="camera" sandbox="allow-top-navigation"></iframe>',
    );
    assert.match(html, /<iframe src="https:\/\/player.vimeo.com\/video\/1" title="Oceans 22 talk"/);
    assert.match(html, /loading="lazy"/);
    assert.match(html, /sandbox="allow-scripts allow-same-origin allow-presentation"/);
    assert.doesNotMatch(html, /allow-top-navigation|camera|onload/);
  });

  test('an embed without a title, or from another host, becomes a link to it', () => {
    const untitled = renderMarkdown(
      '<iframe src="https://www.youtube-nocookie.com/embed/a"></iframe>',
    );
    assert.doesNotMatch(untitled, /<iframe/);
    assert.match(
      untitled,
      /<a href="https:\/\/www.youtube-nocookie.com\/embed\/a" rel="noopener noreferrer nofollow">/,
    );
    const elsewhere = renderMarkdown(
      '<iframe src="http://www.youtube-nocookie.com/embed/a" title="plain http"></iframe>',
    );
    assert.doesNotMatch(elsewhere, /<iframe/);
  });
});
