// Images over HTTP through the real app: the variant files with their types and cache headers,
// the <Picture> markup pointing at them, and the editors' upload page with its refusals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../audit/tables.ts';
import { buildTestApp, formPage, postForm, submitForm, type TestApp } from '../web/testing.ts';
import { importImage, maxUploadBytes } from './media.ts';
import { Picture } from './picture.tsx';
import { media } from './tables.ts';
import { testPhoto, testSvgWithScript } from './testing.ts';

describe('media over HTTP', () => {
  let t: TestApp;
  let photo: { id: string; width: number; height: number };
  let editorCookie: string;

  const storedCount = async () =>
    (await t.database.db.select({ n: count() }).from(media))[0]?.n ?? 0;

  /** Posts the upload form as a browser does: multipart, with the page's CSRF token. */
  async function upload(fields: { file?: Blob; fileName?: string; altText?: string }) {
    const page = await formPage(t, '/edit/media', editorCookie);
    const body = new FormData();
    body.set('_csrf', page.token);
    if (fields.file) body.set('file', fields.file, fields.fileName ?? 'photo.jpg');
    body.set('altText', fields.altText ?? '');
    return t.app.request('/edit/media', {
      method: 'POST',
      headers: { cookie: page.cookie },
      body,
    });
  }

  before(async () => {
    t = await buildTestApp();
    photo = await importImage(t.database.db, await testPhoto({ width: 1000, height: 500 }), {
      altText: 'Red over blue',
    });
    editorCookie = await signIn(t, { email: 'editor@tracktwo.test', roles: ['editor'] });
  });
  after(() => t.close());

  test('serves each variant with its type, a year of caching and an ETag', async () => {
    for (const [file, type] of [
      ['640.avif', 'image/avif'],
      ['640.webp', 'image/webp'],
      ['1000.jpg', 'image/jpeg'],
      ['320.jpg', 'image/jpeg'],
    ] as const) {
      const response = await t.app.request(`/media/${photo.id}/${file}`, {
        headers: { 'accept-encoding': 'br, gzip' },
      });
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('content-type'), type, file);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(response.headers.get('content-encoding'), null, `${file} is not recompressed`);
      assert.equal(response.headers.get('set-cookie'), null, `${file} sets no cookie`);
      const etag = response.headers.get('etag');
      assert.ok(etag, `${file} has an ETag`);
      assert.ok((await response.arrayBuffer()).byteLength > 100);
      const again = await t.app.request(`/media/${photo.id}/${file}`, {
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.status, 304, `${file} is not sent twice`);
    }
  });

  test('answers 404 for anything that is not a stored variant, without a database error', async () => {
    const unknown = '6b1f4a52-3c1e-4f0a-9a43-2f1d7c9e0b11';
    for (const path of [
      `/media/${unknown}/640.avif`,
      `/media/${photo.id}/500.avif`,
      `/media/${photo.id}/1920.jpg`,
      `/media/${photo.id}/640.png`,
      `/media/${photo.id}/640.jpeg`,
      `/media/${photo.id}/640.svg`,
      `/media/${photo.id}/-640.jpg`,
      `/media/${photo.id}/99999999999.jpg`,
      `/media/${photo.id}`,
      '/media/not-a-uuid/640.jpg',
      "/media/1'or'1'='1/640.jpg",
    ]) {
      const response = await t.app.request(path);
      assert.equal(response.status, 404, path);
    }
  });

  test('<Picture> offers AVIF, WebP and JPEG at every kept width, all of which load', async () => {
    const html = String(
      <Picture media={photo} alt="Red over blue" sizes="(min-width: 40rem) 40rem, 100vw" />,
    );
    const sources = [...html.matchAll(/<source type="([^"]+)" srcset="([^"]+)" sizes="([^"]+)"/g)];
    assert.deepEqual(
      sources.map((source) => source[1]),
      ['image/avif', 'image/webp'],
    );
    const img = /<img ([^>]+)>/.exec(html)?.[1] ?? '';
    for (const attribute of [
      'width="1000"',
      'height="500"',
      'alt="Red over blue"',
      'loading="lazy"',
      'decoding="async"',
      'sizes="(min-width: 40rem) 40rem, 100vw"',
    ]) {
      assert.ok(img.includes(attribute), `the img has ${attribute}`);
    }
    const imgSrcset = /srcset="([^"]+)"/.exec(img)?.[1] ?? '';
    for (const srcset of [...sources.map((source) => source[2] ?? ''), imgSrcset]) {
      const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
      assert.deepEqual(
        candidates.map(([, width]) => width),
        ['320w', '640w', '960w', '1000w'],
      );
      for (const [url = ''] of candidates) {
        assert.equal((await t.app.request(url)).status, 200, url);
      }
    }
    const eager = String(<Picture media={photo} alt="" loading="eager" />);
    assert.match(eager, /alt="" loading="eager"/);
    assert.match(eager, /sizes="\(min-width: 1000px\) 1000px, 100vw"/);
  });

  test('the media page is for editors only', async () => {
    const signedOut = await t.app.request('/edit/media');
    assert.equal(signedOut.status, 303);
    assert.equal(signedOut.headers.get('location'), '/sign-in?next=%2Fedit%2Fmedia');
    const participant = await signIn(t, { email: 'participant@tracktwo.test', roles: [] });
    for (const path of ['/edit/media', `/edit/media/${photo.id}`]) {
      const response = await t.app.request(path, { headers: { cookie: participant } });
      assert.equal(response.status, 404, path);
    }
  });

  test('an editor uploads an image: stored, audited, shown in the list with its id', async () => {
    const page = await formPage(t, '/edit/media', editorCookie);
    assert.match(
      page.html,
      /<form method="post" action="\/edit\/media" enctype="multipart\/form-data"/,
    );
    assert.match(page.html, /<input id="field-file" name="file" type="file"/);

    const bytes = await testPhoto({ width: 700, height: 400, orientation: 6 });
    const response = await upload({
      file: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
      altText: '  Delegates at the table  ',
    });
    assert.equal(response.status, 303);
    const location = response.headers.get('location') ?? '';
    const id = /^\/edit\/media\/([0-9a-f-]{36})$/.exec(location)?.[1];
    assert.ok(id, `redirected to the new image (${location})`);

    const [row] = await t.database.db.select().from(media).where(eq(media.id, id));
    assert.deepEqual([row?.width, row?.height, row?.altText], [400, 700, 'Delegates at the table']);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, id));
    assert.equal(event?.action, 'media.uploaded');
    assert.ok(event?.actorAccountId, 'the uploading account is the actor');

    const flash = response.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('tt_flash='))
      ?.split(';')[0];
    const detail = await t.app.request(location, {
      headers: { cookie: `${editorCookie}; ${flash}` },
    });
    const detailHtml = await detail.text();
    assert.match(detailHtml, /The image has been uploaded/);
    assert.ok(detailHtml.includes(`<code>${id}</code>`));
    assert.ok(detailHtml.includes(`/media/${id}/400.avif 400w`));
    const list = await (
      await t.app.request('/edit/media', { headers: { cookie: editorCookie } })
    ).text();
    assert.ok(list.includes(`<code>${id}</code>`));
    assert.ok(list.includes(`src="/media/${id}/320.jpg"`));
    assert.match(list, /Delegates at the table/);
  });

  test('refused uploads say why on the form and store nothing', async () => {
    const photoBytes = await testPhoto({ width: 400, height: 300 });
    const oversized = Buffer.alloc(maxUploadBytes + 1);
    photoBytes.copy(oversized);
    const cases: [string, Parameters<typeof upload>[0], RegExp][] = [
      [
        'a text file named .jpg',
        { file: new Blob(['Just notes.\n']), fileName: 'notes.jpg', altText: 'Notes' },
        /not an image in a format we accept/,
      ],
      [
        'an SVG',
        {
          file: new Blob([new Uint8Array(testSvgWithScript)]),
          fileName: 'logo.svg',
          altText: 'Logo',
        },
        /SVG images are not accepted, because an SVG file can carry scripts/,
      ],
      [
        'a truncated JPEG',
        { file: new Blob([new Uint8Array(photoBytes.subarray(0, 400))]), altText: 'Half' },
        /damaged or incomplete/,
      ],
      [
        'a file over the limit',
        { file: new Blob([new Uint8Array(oversized)]), altText: 'Big' },
        /larger than 15 MB/,
      ],
      [
        'no alternative text',
        { file: new Blob([new Uint8Array(photoBytes)]), altText: '   ' },
        /Say what the image shows/,
      ],
      ['no file', { altText: 'Nothing' }, /Choose an image file/],
    ];
    const before = await storedCount();
    for (const [what, fields, message] of cases) {
      const response = await upload(fields);
      assert.equal(response.status, 400, what);
      const html = await response.text();
      assert.match(html, message, what);
      assert.match(html, /class="error-summary"/, what);
      if (fields.altText?.trim())
        assert.ok(html.includes(fields.altText), `${what} keeps the text`);
    }
    assert.equal(await storedCount(), before);
  });

  test('a multipart upload without the CSRF token is refused', async () => {
    const page = await formPage(t, '/edit/media', editorCookie);
    const body = new FormData();
    body.set(
      'file',
      new Blob([new Uint8Array(await testPhoto({ width: 50, height: 50 }))]),
      'a.jpg',
    );
    body.set('altText', 'Forged');
    const before = await storedCount();
    const response = await t.app.request('/edit/media', {
      method: 'POST',
      headers: { cookie: page.cookie },
      body,
    });
    assert.equal(response.status, 403);
    assert.equal(await storedCount(), before);
  });

  test('an editor changes the alternative text; an empty one is refused', async () => {
    const path = `/edit/media/${photo.id}`;
    const saved = await submitForm(t, {
      cookie: editorCookie,
      from: path,
      fields: { altText: 'A flag, red over blue' },
    });
    assert.equal(saved.status, 303);
    const [row] = await t.database.db.select().from(media).where(eq(media.id, photo.id));
    assert.equal(row?.altText, 'A flag, red over blue');

    const page = await formPage(t, path, editorCookie);
    const empty = await postForm(t, path, page.cookie, { _csrf: page.token, altText: '' });
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /Say what the image shows/);
    const [unchanged] = await t.database.db.select().from(media).where(eq(media.id, photo.id));
    assert.equal(unchanged?.altText, 'A flag, red over blue');

    for (const missing of [
      '/edit/media/not-a-uuid',
      '/edit/media/6b1f4a52-3c1e-4f0a-9a43-2f1d7c9e0b11',
    ]) {
      const response = await t.app.request(missing, { headers: { cookie: editorCookie } });
      assert.equal(response.status, 404, missing);
    }
  });
});
