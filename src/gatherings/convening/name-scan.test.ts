import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNames } from './name-scan.ts';

test('a Latin name is found in any case, as a whole word only', () => {
  assert.deepEqual(findNames('Then ANNA Petrova asked a question.', ['Anna Petrova']), [
    'ANNA Petrova',
  ]);
  assert.deepEqual(findNames('The view from Annapolis was discussed.', ['Anna']), []);
  assert.deepEqual(findNames('Joanna spoke first.', ['Anna']), []);
  assert.deepEqual(findNames('anna, then others.', ['Anna']), ['anna']);
});

test('Cyrillic and Hebrew names are found as words, not inside longer words', () => {
  assert.deepEqual(findNames('Потом олена сказала, что...', ['Олена']), ['олена']);
  assert.deepEqual(findNames('Олененко говорил о море.', ['Олена']), []);
  assert.deepEqual(findNames('ואז נועה אמרה', ['נועה']), ['נועה']);
  assert.deepEqual(findNames('נועהלה', ['נועה']), []);
});

test('names split over lines still match; each passage is listed once', () => {
  assert.deepEqual(findNames('Ivan\nKovalenko and ivan kovalenko', ['Ivan Kovalenko']), [
    'Ivan Kovalenko',
  ]);
});

test('characters that mean something in a pattern are taken literally', () => {
  assert.deepEqual(findNames('Dr. Who? Not here.', ['Dr. Who?']), ['Dr. Who?']);
  assert.deepEqual(findNames('Drx Who', ['Dr. Who']), []);
});
