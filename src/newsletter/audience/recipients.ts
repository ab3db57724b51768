// Who an issue goes to: active subscribers whose person matches the issue's segment and whose
// own preferences (topics, languages) want something in it. People are read through the privacy
// gate as a cleared system viewer: the newsletter must reach protected people too, but as the
// neutral variant (no greeting by name, no tracking, nothing naming the organization).
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Config } from '../../core/config.ts';
import type { Db } from '../../core/db/client.ts';
import { isLocale, type Locale } from '../../core/i18n/i18n.ts';
import { personColumns, presentPerson, visiblePeople } from '../../core/privacy/gate.ts';
import { unseal } from '../../core/privacy/sealing.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { contactChannels, people } from '../../people/tables.ts';
import { programPeople } from '../../site/tables.ts';
import { type AudienceSegment, issueItems, resources, subscribers } from '../tables.ts';
import { signToken } from './tokens.ts';

/** The newsletter's own viewer: sees everyone, protected people included, with contacts. */
export const newsletterSystemViewer: Viewer = {
  kind: 'account',
  accountId: 'newsletter',
  personId: null,
  roles: ['editor'],
  protectedClearance: true,
};

export type Variant = 'standard' | 'neutral';

export interface Recipient {
  subscriberId: string;
  personId: string;
  address: string;
  /** Null for the neutral variant: a protected person is never greeted by name. */
  greetingName: string | null;
  variant: Variant;
  locale: Locale;
}

export interface IssueAudience {
  id: string;
  segment: AudienceSegment;
}

/** A jsonb array column holds at least one of these strings. */
function holdsAny(column: SQL, values: readonly string[]): SQL {
  return sql`${column} ?| array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

/**
 * The recipients of an issue. Subscribers without an e-mail address are left out (there is no
 * way to reach them). `config` gives the key that opens protected people's sealed addresses.
 */
export async function resolveRecipients(
  db: Db,
  issue: IssueAudience,
  config: Pick<Config, 'encryptionKey' | 'defaultLocale'>,
): Promise<Recipient[]> {
  const contents = await db
    .selectDistinct({ topic: resources.topic, language: resources.language })
    .from(issueItems)
    .innerJoin(resources, eq(resources.id, issueItems.resourceId))
    .where(eq(issueItems.issueId, issue.id));
  const topics = [...new Set(contents.map((row) => row.topic))];
  const languages = [...new Set(contents.map((row) => row.language))];

  const conditions: SQL[] = [
    eq(subscribers.status, 'active'),
    visiblePeople(newsletterSystemViewer),
    // A subscriber who chose topics (or languages) gets an issue only if it holds one of them.
    sql`(jsonb_array_length(${subscribers.topics}) = 0 or ${holdsAny(sql`${subscribers.topics}`, topics)})`,
    sql`(jsonb_array_length(${subscribers.languages}) = 0 or ${holdsAny(sql`${subscribers.languages}`, languages)})`,
  ];
  const { countries, programIds, languages: segmentLanguages } = issue.segment;
  if (countries.length > 0) {
    conditions.push(
      or(
        inArray(people.residence, countries),
        holdsAny(sql`${people.citizenships}`, countries),
      ) as SQL,
    );
  }
  if (programIds.length > 0) {
    conditions.push(
      inArray(
        people.id,
        db
          .select({ id: programPeople.personId })
          .from(programPeople)
          .where(inArray(programPeople.programId, programIds)),
      ),
    );
  }
  if (segmentLanguages.length > 0) {
    conditions.push(holdsAny(sql`${people.languages}`, segmentLanguages));
  }

  const rows = await db
    .select({ subscriberId: subscribers.id, ...personColumns })
    .from(subscribers)
    .innerJoin(people, eq(people.id, subscribers.personId))
    .where(and(...conditions))
    .orderBy(subscribers.id);
  if (rows.length === 0) return [];
  const addresses = await emailAddresses(
    db,
    config.encryptionKey,
    rows.map((row) => row.id),
  );

  return rows.flatMap((row) => {
    const person = presentPerson(newsletterSystemViewer, row);
    const address = addresses.get(row.id);
    if (!person?.mayShowContacts || !address) return [];
    const variant: Variant = row.tier === 'protected' ? 'neutral' : 'standard';
    return [
      {
        subscriberId: row.subscriberId,
        personId: row.id,
        address,
        greetingName: variant === 'neutral' ? null : person.name,
        variant,
        locale: localeFor(row.languages ?? [], config.defaultLocale),
      },
    ];
  });
}

/** Each person's preferred e-mail address, opening sealed ones. */
async function emailAddresses(
  db: Db,
  key: Buffer,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  // Chunks keep the parameter count well under the driver's limit for tens of thousands.
  for (let start = 0; start < personIds.length; start += 5000) {
    const rows = await db
      .select({
        personId: contactChannels.personId,
        value: contactChannels.value,
        sealed: contactChannels.sealed,
      })
      .from(contactChannels)
      .where(
        and(
          eq(contactChannels.kind, 'email'),
          inArray(contactChannels.personId, personIds.slice(start, start + 5000)),
        ),
      )
      .orderBy(sql`${contactChannels.preferred} desc`, contactChannels.id);
    for (const row of rows) {
      if (found.has(row.personId)) continue;
      const address = row.sealed !== null ? unseal(key, row.sealed) : row.value;
      if (address) found.set(row.personId, address);
    }
  }
  return found;
}

/** The first of the person's languages the interface speaks (matched by primary subtag). */
export function localeFor(languages: readonly string[], fallback: Locale): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallback;
}

/** RFC 8058 headers: a one-click unsubscribe link whose signed token is the only credential. */
export function unsubscribeHeaders(
  config: Pick<Config, 'publicUrl' | 'secret'>,
  subscriberId: string,
): { 'List-Unsubscribe': string; 'List-Unsubscribe-Post': string } {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(config, subscriberId)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

export function unsubscribeUrl(
  config: Pick<Config, 'publicUrl' | 'secret'>,
  subscriberId: string,
): string {
  return `${config.publicUrl}/newsletter/unsubscribe/${signToken(config.secret, 'unsubscribe', subscriberId)}`;
}

export function preferencesUrl(
  config: Pick<Config, 'publicUrl' | 'secret'>,
  subscriberId: string,
): string {
  return `${config.publicUrl}/newsletter/preferences/${signToken(config.secret, 'preferences', subscriberId)}`;
}
