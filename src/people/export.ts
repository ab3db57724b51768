// The staff export of people: a CSV of everyone the viewer may see, with the fields the gate
// lets them see. Contact channels are left out on purpose: a file travels further than a page,
// and reaching someone goes through the person page, one at a time.
import { stringify } from 'csv-stringify/sync';
import { asc } from 'drizzle-orm';
import { recordAudit } from '../core/audit/audit.ts';
import type { Db } from '../core/db/client.ts';
import { personColumns, presentPerson, visiblePeople } from '../core/privacy/gate.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { people } from './tables.ts';

const columns = ['id', 'name', 'pseudonymous', 'tier', 'residence', 'languages', 'fields'];

export async function exportPeopleCsv(db: Db, viewer: Viewer, requestId?: string): Promise<string> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select(personColumns)
      .from(people)
      .where(visiblePeople(viewer))
      .orderBy(asc(people.displayName), asc(people.id));
    const records = rows.flatMap((row) => {
      const person = presentPerson(viewer, row);
      if (!person) return [];
      return [
        [
          person.id,
          person.name,
          person.pseudonymous ? 'yes' : 'no',
          person.tier ?? '',
          person.residence ?? '',
          (person.languages ?? []).join(' '),
          (person.fields ?? []).join('; '),
        ],
      ];
    });
    await recordAudit(tx, {
      action: 'people.exported',
      actor: viewer,
      details: { rows: records.length, format: 'csv' },
      requestId,
    });
    return stringify(records, { header: true, columns, bom: true });
  });
}
