// The page shell over HTTP, in-process: headers on every response, languages, errors, CSRF,
// compression and assets.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { formBodyLimit } from './body-limits.tsx';
import { csrfTokenFor } from './csrf.ts';
import { buildTestApp, type TestApp } from './testing.ts';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
  // Routes must be added before the first request builds the router.
  t.app.get('/test-only/failing-route', () => {
    throw new Error('database password is hunter2');
  });
});
after(() => t.close());

test('every response carries the security headers, with a fresh CSP nonce each time', async () => {
  // Not a public page: those are kept by the public page cache, without a nonce (decision 014).
  const first = await t.app.request('/sign-in');
  const second = await t.app.request('/nowhere');
  for (const response of [first, second]) {
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "default-src 'self'",
    ]) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('strict-transport-security'), null, 'no HSTS over http');
  }
  const nonce = (response: Response) =>
    /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  assert.ok(nonce(first));
  assert.notEqual(nonce(first), nonce(second));
});

test('HSTS is sent over https', async () => {
  const response = await t.app.request('https://tracktwo.example.org/');
  assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/);
});

test('pages name no third party: every src and href is local', async () => {
  for (const path of ['/', '/sign-in']) {
    const html = await (await t.app.request(path)).text();
    // Canonical and hreflang links name this site's own public address (PUBLIC_URL) in full.
    const selfReferences = /<link rel="(?:canonical|alternate)"[^>]*>/g;
    const rest = html.replace(selfReferences, '');
    const urls = [...rest.matchAll(/(?:src|href|action)="([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(urls.length > 5);
    for (const url of urls) assert.match(url, /^(\/|#)/, `${url} on ${path} is local`);
  }
});

test('the layout has a skip link, a main landmark, navigation and the language switcher', async () => {
  const html = await (await t.app.request('/sign-in')).text();
  assert.match(html, /<a class="skip-link" href="#main">/);
  assert.match(html, /<main id="main"/);
  assert.match(html, /<nav aria-label="Main">/);
  for (const code of ['en', 'ru', 'uk', 'he'])
    assert.ok(html.includes(`href="/lang/${code}?next=%2Fsign-in"`));
  // On public content the address carries the language: the switcher links straight to it.
  const home = await (await t.app.request('/')).text();
  for (const code of ['en', 'ru', 'uk', 'he']) assert.ok(home.includes(`href="/${code}/"`));
});

test('the switcher remembers a language and comes back to the same page; he is right-to-left', async () => {
  const switched = await t.app.request('/lang/he?next=%2F');
  assert.equal(switched.status, 303);
  assert.equal(switched.headers.get('location'), '/');
  const cookie =
    switched.headers
      .getSetCookie()
      .find((value) => value.startsWith('tt_lang='))
      ?.split(';')[0] ?? '';
  assert.equal(cookie, 'tt_lang=he');
  const html = await (await t.app.request('/', { headers: { cookie } })).text();
  assert.match(html, /<html lang="he" dir="rtl">/);
  assert.match(html, /ברוכים הבאים/);
  const russian = await (
    await t.app.request('/', { headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } })
  ).text();
  assert.match(russian, /<html lang="ru" dir="ltr">/);
});

test('the switcher never redirects to another site, and refuses unknown languages', async () => {
  for (const next of ['https://evil.example', '//evil.example', '/\\evil.example']) {
    const response = await t.app.request(`/lang/ru?next=${encodeURIComponent(next)}`);
    assert.equal(response.headers.get('location'), '/');
  }
  assert.equal((await t.app.request('/lang/xx')).status, 404);
});

test('unknown pages get the 404 page, identical for every path', async () => {
  const a = await t.app.request('/people/00000000-0000-0000-0000-000000000000');
  const b = await t.app.request('/no/such/thing?x=1');
  assert.equal(a.status, 404);
  assert.equal(b.status, 404);
  assert.equal(await a.text(), await b.text());
});

test('a POST without the CSRF token is refused; one with it passes the check', async () => {
  const first = await t.app.request('/sign-in');
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const forged = await t.app.request('/anything', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=x',
  });
  assert.equal(forged.status, 403);
  assert.match(await forged.text(), /This form has expired/);

  const token = csrfTokenFor(t.deps.config.secret, cookie.split('=')[1] ?? '');
  const honest = await t.app.request('/anything', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: `_csrf=${encodeURIComponent(token)}&name=x`,
  });
  assert.equal(honest.status, 404, 'past the check, the route simply does not exist');

  const crossSite = await t.app.request('/anything', {
    method: 'POST',
    headers: {
      cookie,
      origin: 'https://evil.example',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `_csrf=${encodeURIComponent(token)}`,
  });
  assert.equal(crossSite.status, 403);

  const fetchMetadata = await t.app.request('/anything', {
    method: 'POST',
    headers: {
      cookie,
      'sec-fetch-site': 'cross-site',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `_csrf=${encodeURIComponent(token)}`,
  });
  assert.equal(fetchMetadata.status, 403);
});

test('pages are compressed with brotli or gzip as the browser accepts', async () => {
  const plain = await (await t.app.request('/')).text();
  const br = await t.app.request('/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(br.headers.get('content-encoding'), 'br');
  assert.equal(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString(), plain);
  const gzip = await t.app.request('/', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gzip.headers.get('content-encoding'), 'gzip');
  assert.equal(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString(), plain);
});

test('assets are fingerprinted and cached for a year; unknown ones are 404', async () => {
  const html = await (await t.app.request('/')).text();
  const css = /href="(\/assets\/app\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
  assert.ok(css);
  const response = await t.app.request(css, { headers: { 'accept-encoding': 'br' } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
  assert.equal(response.headers.get('content-encoding'), 'br');
  assert.equal((await t.app.request('/assets/app.000000000000.css')).status, 404);
});

test('the health check answers', async () => {
  const response = await t.app.request('/healthz');
  assert.equal(response.status, 200);
  assert.equal(await response.text(), 'ok');
});

test('an unexpected error gives the 500 page with a reference, and no detail', async () => {
  const response = await t.app.request('/test-only/failing-route');
  assert.equal(response.status, 500);
  const html = await response.text();
  assert.match(html, /Something went wrong/);
  assert.ok(
    html.includes(response.headers.get('x-request-id') ?? 'missing'),
    'the reference is the request id',
  );
  assert.ok(!html.includes('hunter2'));
});

test('a body over the limit is refused with 413 before anything reads it', async () => {
  const tooLarge = await t.app.request('/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `email=${'x'.repeat(formBodyLimit)}`,
  });
  assert.equal(tooLarge.status, 413);
  assert.match(await tooLarge.text(), /larger than this page accepts/);
  const small = await t.app.request('/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'email=x',
  });
  assert.equal(small.status, 403, 'a small body goes on to the CSRF check');
});
