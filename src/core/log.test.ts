import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLogger } from './log.ts';
import { buildTestApp, type TestApp } from './web/testing.ts';

const lines: string[] = [];
const capture = { write: (line: string) => void lines.push(line) };

let t: TestApp;
before(async () => {
  t = await buildTestApp({ logTo: capture });
});
after(() => t.close());

test('access log lines carry a request id and the route pattern, never the concrete URL', async () => {
  lines.length = 0;
  const response = await t.app.request(
    '/lang/ru?next=%2Fpeople%2Folena&email=olena.k%40mail.example.org&token=s3cr3t-t0ken',
    { headers: { cookie: 'tt_csrf=abcdefghijklmnopqrstuvwxyz0123456789; session=very-secret' } },
  );
  const requestId = response.headers.get('x-request-id');
  const entry = lines.map((line) => JSON.parse(line)).find((e) => e.msg === 'request');
  assert.ok(entry);
  assert.equal(entry.reqId, requestId);
  assert.equal(entry.route, '/lang/:code');
  assert.equal(entry.status, 303);
  const all = lines.join('\n');
  for (const secret of ['olena', 'example.org', 's3cr3t', 'very-secret', 'next=']) {
    assert.ok(!all.includes(secret), `${secret} leaked into the log`);
  }
});

test('names, addresses, tokens and cookies are redacted if they ever reach a log call', () => {
  const written: string[] = [];
  const logger = createLogger(
    { logLevel: 'info' },
    { write: (line: string) => void written.push(line) },
  );
  logger.info(
    {
      person: { displayName: 'Олена Коваль', email: 'olena@example.org', id: 'p-1' },
      token: 'abc123',
      req: { headers: { cookie: 'session=xyz', authorization: 'Bearer qwe' } },
    },
    'something happened',
  );
  const line = written.join('');
  for (const secret of ['Олена', 'olena@', 'abc123', 'session=xyz', 'Bearer']) {
    assert.ok(!line.includes(secret), `${secret} leaked`);
  }
  assert.ok(line.includes('p-1'), 'ids stay');
});
