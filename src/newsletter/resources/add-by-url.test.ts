// "Add by URL" against a real page on loopback (reached through the fetcher's test parameter for
// the host name "localhost" only): what the page says about itself fills the form.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { prefillFromUrl } from './add-by-url.ts';
import { readPageMetadata } from './page-metadata.ts';

const article = `<!doctype html>
<html lang="uk">
<head>
  <meta charset="utf-8">
  <title>Запасний заголовок</title>
  <meta property="og:title" content="Переговори   про обмін полоненими">
  <meta property="og:description" content="Що відомо про&#10;новий раунд.">
  <meta property="og:site_name" content="Українська правда">
  <meta property="article:published_time" content="2024-03-05T22:00:00-05:00">
</head>
<body><svg><title>icon</title></svg><p>Текст статті</p></body>
</html>`;

let server: Server;
let base: string;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(article);
    }
    response.writeHead(302, { location: 'http://169.254.169.254/' });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

const onlyLocalhost = {
  allowAddress: (_address: string, url: URL) => url.hostname === 'localhost',
};

test('Open Graph wins over <title>; the date is the day as written', () => {
  assert.deepEqual(readPageMetadata(article), {
    title: 'Переговори про обмін полоненими',
    description: 'Що відомо про новий раунд.',
    outlet: 'Українська правда',
    publishedOn: '2024-03-05',
    language: 'uk',
  });
});

test('a plain page gives its <title>, meta description and language; nonsense dates are dropped', () => {
  const metadata = readPageMetadata(`<html lang="ru"><head><title> Мирный
    процесс </title><meta name="description" content="Обзор"><meta name="date"
    content="2024-02-31"></head></html>`);
  assert.equal(metadata.title, 'Мирный процесс');
  assert.equal(metadata.description, 'Обзор');
  assert.equal(metadata.language, 'ru');
  assert.equal(metadata.publishedOn, '');
  assert.equal(metadata.outlet, '');
});

test('broken HTML is read as a browser reads it', () => {
  const metadata = readPageMetadata('<title>Открыто<meta name=description content=Без кавычек>');
  assert.equal(metadata.title, 'Открыто<meta name=description content=Без кавычек>');
  assert.equal(readPageMetadata('').title, '');
});

test('a fetched page fills the form', async () => {
  const prefill = await prefillFromUrl(`${base}/article`, onlyLocalhost);
  assert.deepEqual(prefill, {
    ok: true,
    values: {
      url: `${base}/article`,
      title: 'Переговори про обмін полоненими',
      summary: 'Що відомо про новий раунд.',
      outlet: 'Українська правда',
      language: 'uk',
      publishedOn: '2024-03-05',
    },
  });
});

test('a refused fetch is one clear error', async () => {
  assert.deepEqual(await prefillFromUrl(`${base}/elsewhere`, onlyLocalhost), {
    ok: false,
    error: 'resources.fetch.blocked',
  });
  assert.deepEqual(await prefillFromUrl(`${base}/article`), {
    ok: false,
    error: 'resources.fetch.blocked',
  });
  assert.deepEqual(await prefillFromUrl('javascript:alert(1)'), {
    ok: false,
    error: 'resources.fetch.badUrl',
  });
});
