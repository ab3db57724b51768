import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRandom } from './random.ts';

test('the same seed gives the same sequence, another seed another one', () => {
  const draws = (seed: number) => {
    const random = createRandom(seed);
    return Array.from({ length: 20 }, () => random.next());
  };
  assert.deepEqual(draws(1980), draws(1980));
  assert.notDeepEqual(draws(1980), draws(1981));
});

test('a fork depends on the seed and its label, not on earlier draws', () => {
  const fresh = createRandom(3);
  const used = createRandom(3);
  for (let index = 0; index < 10; index += 1) used.next();
  assert.equal(fresh.fork('person:1').uuid(), used.fork('person:1').uuid());
  assert.notEqual(fresh.fork('person:1').uuid(), fresh.fork('person:2').uuid());
});

test('draws stay in their ranges and ids are version 4 UUIDs', () => {
  const random = createRandom(42);
  for (let index = 0; index < 2000; index += 1) {
    const value = random.int(-2, 2);
    assert.ok(Number.isInteger(value) && value >= -2 && value <= 2);
    const fraction = random.next();
    assert.ok(fraction >= 0 && fraction < 1);
  }
  const sample = random.sample(['a', 'b', 'c', 'd'], 3);
  assert.equal(new Set(sample).size, 3);
  assert.match(
    random.uuid(),
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  assert.equal(random.weighted([['only', 1]] as const), 'only');
});
