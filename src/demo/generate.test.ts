import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateDemo } from './generate.ts';

const demo = generateDemo();
const reserved = /^([a-z0-9-]+\.)*example\.(org|net|com)$/;

describe('generateDemo', () => {
  test('gives the same content for the same seed and size, and other content for another seed', () => {
    assert.equal(JSON.stringify(generateDemo()), JSON.stringify(demo));
    assert.equal(
      JSON.stringify(generateDemo({ seed: 7, people: 50 })),
      JSON.stringify(generateDemo({ seed: 7, people: 50 })),
    );
    const other = generateDemo({ seed: 1981 });
    assert.notEqual(JSON.stringify(other.people), JSON.stringify(demo.people));
  });

  test('a smaller generation is the start of a bigger one', () => {
    const small = generateDemo({ people: 40 });
    assert.deepEqual(demo.people.slice(0, 40), small.people);
  });

  test('rejects a size that is not a positive whole number', () => {
    assert.throws(() => generateDemo({ people: 0 }));
    assert.throws(() => generateDemo({ people: 2.5 }));
  });

  test('has at least 300 people, in every tier, with pseudonyms for the protected only', () => {
    assert.ok(demo.people.length >= 300);
    const tiers = new Set(demo.people.map((person) => person.tier));
    assert.deepEqual([...tiers].sort(), ['network', 'protected', 'public', 'staff']);
    for (const person of demo.people) {
      assert.equal(person.pseudonym !== null, person.tier === 'protected', person.id);
    }
    const pseudonyms = demo.people.flatMap((person) => person.pseudonym ?? []);
    assert.equal(new Set(pseudonyms).size, pseudonyms.length);
  });

  test('has names in Latin, Cyrillic, Hebrew, Arabic and Han, each with a Latin form', () => {
    for (const script of ['Latin', 'Cyrillic', 'Hebrew', 'Arabic', 'Han']) {
      const pattern = new RegExp(`\\p{Script=${script}}`, 'u');
      assert.ok(
        demo.people.some((person) => pattern.test(person.displayName)),
        `no ${script} name`,
      );
    }
    for (const person of demo.people) {
      if (/^[\p{Script=Latin}\s'-]+$/u.test(person.displayName)) continue;
      assert.ok(
        person.otherNames.some((name) => /^[\p{Script=Latin}\s'-]+$/u.test(name)),
        `${person.id} has no Latin form`,
      );
    }
  });

  test('has residents of every country group', () => {
    const residences = new Set(demo.people.map((person) => person.residence));
    for (const code of ['US', 'RU', 'UA', 'IL', 'PS', 'CN']) assert.ok(residences.has(code), code);
    const europe = ['DE', 'FR', 'GB', 'FI', 'NO', 'PL', 'GE', 'AM'];
    assert.ok(europe.filter((code) => residences.has(code)).length >= 5);
  });

  test('has elders from the 1980s and students', () => {
    assert.ok(demo.people.some((person) => /In the network since 198\d/.test(person.bio)));
    assert.ok(demo.people.some((person) => /^(Student of|Studies) /.test(person.bio)));
  });

  test('uses reserved domains and fictional phone ranges only', () => {
    for (const channel of demo.contactChannels) {
      if (channel.kind === 'email') {
        const [, domain = ''] = channel.value.split('@');
        assert.match(domain, reserved, channel.value);
      }
      if (channel.kind === 'phone' || channel.kind === 'whatsapp') {
        assert.match(channel.value, /^(\+1-\d{3}-555-01\d\d|\+44-7700-900\d{3})$/);
      }
    }
    for (const organization of demo.organizations) {
      assert.match(new URL(organization.website ?? '').hostname, reserved);
    }
  });

  test('gives every person one e-mail address and exactly one preferred channel', () => {
    for (const person of demo.people) {
      const channels = demo.contactChannels.filter((channel) => channel.personId === person.id);
      assert.equal(channels.filter((channel) => channel.kind === 'email').length, 1);
      assert.equal(channels.filter((channel) => channel.preferred === 1).length, 1);
    }
  });

  test('has 40+ organizations and affiliations that point at known rows', () => {
    assert.ok(demo.organizations.length >= 40);
    const people = new Set(demo.people.map((person) => person.id));
    const organizations = new Set(demo.organizations.map((organization) => organization.id));
    const pairs = new Set<string>();
    for (const affiliation of demo.affiliations) {
      assert.ok(people.has(affiliation.personId));
      assert.ok(organizations.has(affiliation.organizationId));
      pairs.add(`${affiliation.personId} ${affiliation.organizationId}`);
      if (affiliation.toYear !== null) assert.ok(affiliation.toYear >= (affiliation.fromYear ?? 0));
    }
    assert.equal(pairs.size, demo.affiliations.length);
    assert.ok(demo.affiliations.length >= demo.people.length);
  });

  test('has the past and current programs, each with one to three projects', () => {
    const bySlug = new Map(demo.programs.map((program) => [program.slug, program]));
    assert.equal(bySlug.get('soviet-american-exchange')?.status, 'past');
    assert.equal(bySlug.get('whom-do-we-trust')?.endYear, 2019);
    assert.equal(bySlug.get('oceans-22')?.status, 'current');
    assert.ok(demo.programs.length >= 8);
    for (const program of demo.programs) {
      const projects = demo.projects.filter((project) => project.programId === program.id);
      assert.ok(projects.length >= 1 && projects.length <= 3, program.slug);
    }
    const slugs = [...demo.programs, ...demo.projects].map((row) => row.slug);
    for (const slug of slugs) assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(new Set(demo.projects.map((project) => project.slug)).size, demo.projects.length);
  });

  test('generates 10,000 people in under 3 s, with unique e-mail addresses and a sane spread', () => {
    const started = performance.now();
    const big = generateDemo({ people: 10_000 });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
    assert.equal(big.people.length, 10_000);

    const emails = big.contactChannels.filter((channel) => channel.kind === 'email');
    assert.equal(emails.length, 10_000);
    assert.equal(new Set(emails.map((channel) => channel.value.toLowerCase())).size, 10_000);

    const share = (tier: string) =>
      big.people.filter((person) => person.tier === tier).length / big.people.length;
    assert.ok(share('public') > 0.06 && share('public') < 0.14, `public ${share('public')}`);
    assert.ok(share('network') > 0.4 && share('network') < 0.6, `network ${share('network')}`);
    assert.ok(share('staff') > 0.18 && share('staff') < 0.32, `staff ${share('staff')}`);
    assert.ok(
      share('protected') > 0.1 && share('protected') < 0.2,
      `protected ${share('protected')}`,
    );

    const atRisk = new Set(['RU', 'UA', 'PS', 'IL']);
    const protectedShare = (inside: boolean) => {
      const group = big.people.filter((person) => atRisk.has(person.residence ?? '') === inside);
      return group.filter((person) => person.tier === 'protected').length / group.length;
    };
    assert.ok(protectedShare(true) > 3 * protectedShare(false));
  });
});
