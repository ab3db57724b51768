import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { localeSegment } from './locale-segment.ts';

test('the locale segment matches a language code and nothing that merely begins with one', async () => {
  const app = new Hono()
    .get(`/${localeSegment}/programs`, (c) => c.text(c.req.param('locale') ?? ''))
    .get('/people/:id', (c) => c.text('person'));
  assert.equal(await (await app.request('/ru/programs')).text(), 'ru');
  assert.equal((await app.request('/english/programs')).status, 404);
  assert.equal((await app.request('/xx/programs')).status, 404);
  assert.equal(await (await app.request('/people/en')).text(), 'person');
});
