// An issue as e-mail, rendered from the database: sections in the topics' order, every label
// shown, the editor's note sanitized, the neutral variant free of the organization's name, links
// and tracking, and a realistic size for 40 resources.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { translator } from '../../core/i18n/i18n.ts';
import { type PreparedIssue, personalize, prepareIssue, type RecipientContext } from './render.ts';
import { insertSampleIssue } from './testing.ts';

const publicUrl = 'https://tracktwo.example';
const organization = translator('en')('site.name');
let database: Database;
let prepared: PreparedIssue;

const hostileNote = [
  'This week: [our meeting report](/en/articles/meeting) and [a map](https://maps.example/front).',
  '',
  '<script>alert("note")</script><img src="x" onerror="alert(1)">',
  '[click](javascript:alert(2)) <a href="https://tracktwo.example/en/about" onclick="x()">about us</a>',
].join('\n');

const standardReader: RecipientContext = {
  greetingName: 'Olena',
  variant: 'standard',
  unsubscribeUrl: `${publicUrl}/newsletter/unsubscribe/TOKEN-U`,
  preferencesUrl: `${publicUrl}/newsletter/preferences/TOKEN-P`,
  webVersionUrl: `${publicUrl}/en/newsletter/7`,
  tracking: null,
};
const tracking = {
  openPixelUrl: `${publicUrl}/newsletter/open/PIXEL`,
  clickUrl: (url: string) => `${publicUrl}/newsletter/click?to=${encodeURIComponent(url)}`,
};

before(async () => {
  database = await openTestDatabase();
  const issueId = await insertSampleIssue(database.db, {
    number: 7,
    count: 40,
    title: `${organization} weekly: talks and treaties`,
    editorNote: hostileNote,
  });
  prepared = await prepareIssue(database.db, issueId, { publicUrl, locale: 'en' });
});

after(() => database.close());

test('sections follow the fixed order of topics, each resource under its own', () => {
  const { html, text } = personalize(prepared, standardReader);
  const order = ['Russia-Ukraine war', 'Israel-Hamas war', 'Climate', 'Nuclear and cyber'];
  const htmlPositions = order.map((name) => html.indexOf(`${name}</h2>`));
  assert.ok(
    htmlPositions.every((position) => position > 0),
    'every section is there',
  );
  assert.deepEqual(
    [...htmlPositions].sort((a, b) => a - b),
    htmlPositions,
  );
  const textPositions = order.map((name) => text.indexOf(name.toUpperCase()));
  assert.deepEqual(
    [...textPositions].sort((a, b) => a - b),
    textPositions,
  );
  assert.ok(!html.includes('Other reading'), 'an empty section is left out');
  // The climate resources (1st, 5th...) come after the war sections, in their own order.
  const first = html.indexOf('(1)</strong>');
  const fifth = html.indexOf('(5)</strong>');
  assert.ok(first > html.indexOf('Climate</h2>') && fifth > first);
});

test('each resource shows its outlet, date, language and source label plainly', () => {
  const { html, text } = personalize(prepared, standardReader);
  for (const label of ['independent', 'state-affiliated', 'official', 'partisan', 'analysis']) {
    assert.ok(html.includes(`>${label}</span>`), `${label} in the HTML`);
    assert.ok(text.includes(`· ${label}`), `${label} in the text`);
  }
  assert.match(html, /Bulletin of the Atomic Scientists · November \d+, 2026 · English/);
  assert.match(text, /Новая газета Европа · November \d+, 2026 · Russian · independent/);
  assert.ok(html.includes('<a href="https://news.example/7/1" style="color:#1d4f91;">'));
  assert.ok(text.includes('https://news.example/7/1'));
});

test("the editor's note is Markdown with everything hostile taken out", () => {
  const { html, text } = personalize(prepared, standardReader);
  assert.ok(html.includes('<strong>') && html.includes('From the editors'));
  assert.ok(html.includes(`href="${publicUrl}/en/articles/meeting"`), 'site links made absolute');
  for (const hostile of ['<script', 'onerror=', 'onclick=', 'href="javascript:', 'src="x"']) {
    assert.ok(!html.includes(hostile), `no ${hostile} in the HTML`);
  }
  assert.ok(!text.includes('<script') && !text.includes('<a '), 'no raw HTML in the text');
  assert.ok(text.includes('[a map](https://maps.example/front)'));
});

test('the standard copy greets the reader and carries the personal footer links', () => {
  const { subject, html, text } = personalize(prepared, standardReader);
  assert.equal(subject, `${organization} No. 7: ${organization} weekly: talks and treaties`);
  assert.ok(html.includes('Dear Olena,') && text.includes('Dear Olena,'));
  for (const url of [standardReader.unsubscribeUrl, standardReader.preferencesUrl]) {
    assert.ok(html.includes(`href="${url}"`) && text.includes(url));
  }
  assert.ok(!html.includes('PIXEL') && !html.includes('/newsletter/click'), 'no tracking asked');
  const anonymous = personalize(prepared, { ...standardReader, greetingName: 'A <b>$& name' });
  assert.ok(anonymous.html.includes('Dear A &lt;b&gt;$&amp; name,'), 'the name is escaped, as is');
});

test('tracking wraps outgoing links and adds a pixel, never the footer links', () => {
  const { html } = personalize(prepared, { ...standardReader, tracking });
  assert.ok(html.includes(`src="${tracking.openPixelUrl}"`));
  assert.ok(
    html.includes(
      `href="${publicUrl}/newsletter/click?to=${encodeURIComponent('https://news.example/7/3')}"`,
    ),
  );
  assert.ok(!html.includes('href="https://news.example/7/3"'));
  assert.ok(html.includes(`href="${standardReader.unsubscribeUrl}"`));
});

test('the neutral variant names the organization nowhere and links to it only to read online', () => {
  const neutral = personalize(prepared, { ...standardReader, variant: 'neutral', tracking });
  assert.equal(neutral.subject, 'Weekly reading, No. 7');
  assert.equal(prepared.neutral.senderName, 'Weekly reading');
  for (const body of [neutral.html, neutral.text, neutral.subject]) {
    // The one address allowed to name it is the read-online link.
    const rest = body.replaceAll(standardReader.webVersionUrl ?? '', '');
    assert.ok(!rest.toLowerCase().includes(organization.toLowerCase()), 'no organization name');
    assert.ok(!body.includes('PIXEL') && !body.includes('/newsletter/click'), 'no tracking');
    assert.ok(!body.includes('TOKEN-U') && !body.includes('TOKEN-P'));
  }
  const ownLinks = [...neutral.html.matchAll(/href="([^"]*)"/g)]
    .map((match) => match[1] ?? '')
    .filter((href) => new URL(href).host === 'tracktwo.example');
  assert.deepEqual(ownLinks, [standardReader.webVersionUrl]);
  assert.equal(neutral.text.split('https://tracktwo.example').length - 1, 1);
  assert.ok(neutral.html.includes('href="https://maps.example/front"'), 'outside links stay');
  assert.ok(neutral.html.includes('Dear Olena,'));
});

test('an issue of 40 resources is about 30 KB, and personalizing is cheap', () => {
  const { html } = personalize(prepared, standardReader);
  const size = Buffer.byteLength(html);
  assert.ok(size > 20_000 && size < 45_000, `40 resources make ${size} bytes`);
  const started = performance.now();
  for (let index = 0; index < 10_000; index += 1) {
    personalize(prepared, { ...standardReader, greetingName: `Reader ${index}` });
  }
  assert.ok(performance.now() - started < 1000, '10,000 copies in well under a second');
});
