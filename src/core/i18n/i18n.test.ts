import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from './catalogs/en.ts';
import { locales, negotiateLocale, translator } from './i18n.ts';

test('every catalog has every key, none empty, and keeps the placeholders', () => {
  for (const [code, { catalog }] of Object.entries(locales)) {
    for (const [key, english] of Object.entries(en)) {
      const message = (catalog as Record<string, string>)[key];
      assert.ok(message, `${code} lacks ${key}`);
      const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(message), placeholders(english), `${code} ${key}`);
    }
  }
});

test('the cookie wins, then Accept-Language by quality, then the default', () => {
  assert.equal(negotiateLocale('uk', 'ru', 'en'), 'uk');
  assert.equal(negotiateLocale(undefined, 'de;q=1, ru-RU;q=0.8, en;q=0.5', 'en'), 'ru');
  assert.equal(negotiateLocale('xx', 'fr, de', 'en'), 'en');
  assert.equal(negotiateLocale(undefined, 'he-IL', 'en'), 'he');
});

test('placeholders are filled', () => {
  assert.equal(translator('en')('form.tooLong', { max: 10 }), 'Use at most 10 characters');
});
