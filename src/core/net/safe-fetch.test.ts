// The SSRF-safe fetcher against real servers on loopback. Loopback is itself blocked, so the
// happy path uses the fetcher's test parameter for one host name only ("localhost"): the server
// is reached as http://localhost:port, while 127.0.0.1, [::ffff:127.0.0.1] and the link-local
// metadata address stay refused, also when the allowed server redirects to them.
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { isBlockedAddress } from './blocked-addresses.ts';
import {
  BadUrlError,
  BlockedAddressError,
  FetchFailedError,
  fetchPublicPage,
  NotHtmlError,
  type SafeFetchError,
  TimeoutError,
  TooLargeError,
} from './safe-fetch.ts';

const onlyLocalhost = (_address: string, url: URL) => url.hostname === 'localhost';

let server: Server;
let base: string;
let port: number;
const hits: string[] = [];

const page = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Мирные переговоры: что дальше</title></head><body><p>Текст</p></body></html>`;

function html(response: ServerResponse, body: string | Buffer, headers = {}) {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(body);
}

before(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.push(path);
    const redirect = (location: string) => {
      response.writeHead(302, { location });
      response.end();
    };
    if (path === '/page') return html(response, page);
    if (path === '/gzip') return html(response, gzipSync(page), { 'content-encoding': 'gzip' });
    if (path === '/to-loopback') return redirect(`http://127.0.0.1:${port}/page`);
    if (path === '/to-metadata') return redirect('http://169.254.169.254/latest/meta-data/');
    if (path === '/to-mapped') return redirect(`http://[::ffff:127.0.0.1]:${port}/page`);
    if (path === '/to-relative') return redirect('/page');
    if (path === '/to-file') return redirect('file:///etc/passwd');
    if (path === '/loop') return redirect('/loop');
    if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><head>');
      return; // never finishes
    }
    if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) {}
        if (!response.destroyed) response.once('drain', pump);
      };
      return pump();
    }
    if (path === '/huge-gzip') {
      return html(response, gzipSync(Buffer.alloc(5_000_000, 'a')), { 'content-encoding': 'gzip' });
    }
    if (path === '/declared-huge') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '900000000' });
      return response.end();
    }
    if (path === '/pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      return response.end('%PDF-1.7');
    }
    if (path === '/windows-1251') {
      return html(response, Buffer.from([0xcc, 0xe8, 0xf0]), {
        'content-type': 'text/html; charset=windows-1251',
      });
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://localhost:${port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function refusal(promise: Promise<unknown>): Promise<SafeFetchError> {
  try {
    await promise;
  } catch (error) {
    return error as SafeFetchError;
  }
  assert.fail('the fetch was expected to be refused');
}

describe('addresses', () => {
  test('private, loopback, link-local, mapped and reserved addresses are blocked', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '192.0.2.10',
      '198.51.100.7',
      '203.0.113.9',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '::127.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::',
      'fe80::1',
      'fe80::1%eth0',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '2001:db8::1',
      'not-an-address',
    ]) {
      assert.equal(isBlockedAddress(address), true, address);
    }
  });

  test('public addresses pass', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111']) {
      assert.equal(isBlockedAddress(address), false, address);
    }
  });
});

describe('fetchPublicPage', () => {
  test('direct URLs to loopback, private, link-local and IPv6-mapped hosts are refused', async () => {
    const before = hits.length;
    for (const url of [
      `http://127.0.0.1:${port}/page`,
      `http://localhost:${port}/page`,
      `http://[::1]:${port}/page`,
      `http://[::ffff:127.0.0.1]:${port}/page`,
      `http://0x7f.1:${port}/page`,
      `http://2130706433:${port}/page`,
      'http://10.0.0.1/',
      'http://192.168.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
    ]) {
      const error = await refusal(fetchPublicPage(url, { timeoutMs: 2000 }));
      assert.ok(error instanceof BlockedAddressError, `${url}: ${error}`);
    }
    assert.equal(hits.length, before, 'the server was never reached');
  });

  test('anything but an absolute http(s) URL is refused', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/', 'not a url', 'gopher://x/']) {
      assert.ok((await refusal(fetchPublicPage(url))) instanceof BadUrlError, url);
    }
    const withPassword = await refusal(fetchPublicPage(`http://user:pw@localhost:${port}/page`));
    assert.ok(withPassword instanceof BadUrlError);
  });

  test('a redirect to loopback, to the metadata address or to a mapped address is refused', async () => {
    for (const [path, target] of [
      ['/to-loopback', '127.0.0.1'],
      ['/to-metadata', '169.254.169.254'],
      ['/to-mapped', '[::ffff:7f00:1]'],
    ] as const) {
      const before = hits.length;
      const error = await refusal(
        fetchPublicPage(`${base}${path}`, { allowAddress: onlyLocalhost }),
      );
      assert.ok(error instanceof BlockedAddressError, `${path}: ${error}`);
      assert.equal(new URL(error.url).hostname, target, 'refused at the redirect');
      assert.deepEqual(hits.slice(before), [path], 'only the first hop reached the server');
    }
  });

  test('redirects within the allowed host are followed, up to the limit; other schemes refused', async () => {
    const relative = await fetchPublicPage(`${base}/to-relative`, { allowAddress: onlyLocalhost });
    assert.equal(relative.url, `${base}/page`);
    const loop = await refusal(
      fetchPublicPage(`${base}/loop`, { allowAddress: onlyLocalhost, maxRedirects: 5 }),
    );
    assert.ok(loop instanceof FetchFailedError);
    const toFile = await refusal(
      fetchPublicPage(`${base}/to-file`, { allowAddress: onlyLocalhost }),
    );
    assert.ok(toFile instanceof BadUrlError);
  });

  test('a slow server runs into the time limit', async () => {
    const started = Date.now();
    const error = await refusal(
      fetchPublicPage(`${base}/slow`, { allowAddress: onlyLocalhost, timeoutMs: 300 }),
    );
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(Date.now() - started < 2000);
  });

  test('a huge body is cut off at the byte limit, compressed or declared', async () => {
    for (const path of ['/huge', '/huge-gzip', '/declared-huge']) {
      const error = await refusal(
        fetchPublicPage(`${base}${path}`, { allowAddress: onlyLocalhost, maxBytes: 1_000_000 }),
      );
      assert.ok(error instanceof TooLargeError, `${path}: ${error}`);
    }
  });

  test('anything but HTML is refused; an error status fails', async () => {
    const pdf = await refusal(fetchPublicPage(`${base}/pdf`, { allowAddress: onlyLocalhost }));
    assert.ok(pdf instanceof NotHtmlError);
    const missing = await refusal(
      fetchPublicPage(`${base}/missing`, { allowAddress: onlyLocalhost }),
    );
    assert.ok(missing instanceof FetchFailedError);
  });

  test('a good page comes back as text, plain, compressed or in windows-1251', async () => {
    const plain = await fetchPublicPage(`${base}/page`, { allowAddress: onlyLocalhost });
    assert.match(plain.html, /Мирные переговоры/);
    const gzip = await fetchPublicPage(`${base}/gzip`, { allowAddress: onlyLocalhost });
    assert.equal(gzip.html, plain.html);
    const legacy = await fetchPublicPage(`${base}/windows-1251`, { allowAddress: onlyLocalhost });
    assert.equal(legacy.html, 'Мир');
  });
});
