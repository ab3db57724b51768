// What a backup needs to know about a database, read from the PostgreSQL catalog rather than from
// our Drizzle tables: a table added by any capability (or by hand) is backed up without anyone
// remembering to list it here.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Anything that runs SQL: the database itself or a transaction on it. */
export type Executor = Pick<Db, 'execute'>;

export interface TableInfo {
  /** The table's name in the public schema, unquoted. */
  name: string;
  /** The columns a restore writes: all but generated ones, in the table's order. */
  columns: string[];
  /** The columns that order and page the rows: the primary key, or ctid for a table without one. */
  key: { expression: string; type: string }[];
}

export interface SequenceState {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface Migration {
  hash: string;
  /** Drizzle's timestamp of the migration (from its journal), which orders migrations. */
  createdAt: number;
}

export async function queryRows<Row>(executor: Executor, query: SQL): Promise<Row[]> {
  // Both drivers answer with { rows }; Drizzle types the raw result as unknown.
  const result = (await executor.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Identifiers are quoted the way PostgreSQL does: in double quotes, inner quotes doubled. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualifiedName(name: string): string {
  return `"public".${quoteIdentifier(name)}`;
}

/**
 * Tables that hold no data of their own and are left out of backups and restores: the change
 * counters are raised by triggers as the restore writes the other tables, which is what tells
 * running processes that their memory of the data is stale.
 */
const derivedTables = ['change_counters'];

/** Every table of the public schema, parents before the tables whose foreign keys point at them. */
export async function listTables(executor: Executor): Promise<TableInfo[]> {
  const all = await queryRows<{ name: string }>(
    executor,
    sql`select c.relname as name from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`,
  );
  const tables = all.filter((table) => !derivedTables.includes(table.name));
  const columns = await queryRows<{ table: string; column: string }>(
    executor,
    sql`select c.relname as table, a.attname as column from pg_attribute a
        join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const keys = await queryRows<{ table: string; column: string; type: string }>(
    executor,
    sql`select c.relname as table, a.attname as column,
          format_type(a.atttypid, a.atttypmod) as type
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where n.nspname = 'public' and i.indisprimary
        order by c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const references = await queryRows<{ child: string; parent: string }>(
    executor,
    sql`select child.relname as child, parent.relname as parent from pg_constraint f
        join pg_class child on child.oid = f.conrelid
        join pg_namespace cn on cn.oid = child.relnamespace
        join pg_class parent on parent.oid = f.confrelid
        join pg_namespace pn on pn.oid = parent.relnamespace
        where f.contype = 'f' and cn.nspname = 'public' and pn.nspname = 'public'`,
  );
  const infos = tables.map(({ name }): TableInfo => {
    const key = keys
      .filter((row) => row.table === name)
      .map((row) => ({ expression: quoteIdentifier(row.column), type: row.type }));
    return {
      name,
      columns: columns.filter((row) => row.table === name).map((row) => row.column),
      // ctid is stable inside the backup's snapshot, so it pages a table without a key.
      key: key.length > 0 ? key : [{ expression: 'ctid', type: 'tid' }],
    };
  });
  const byName = new Map(infos.map((info) => [info.name, info]));
  return orderByReferences([...byName.keys()], references).map(
    (name) => byName.get(name) as TableInfo,
  );
}

/**
 * Kahn's topological sort, alphabetical among equals so two backups of one schema list tables
 * alike. A table referring to itself is no obstacle (its rows go in together); a cycle between
 * tables is, because the rows of one of them would have to exist before the other's.
 */
export function orderByReferences(
  names: string[],
  references: { child: string; parent: string }[],
): string[] {
  const parentsOf = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of references) {
    if (child !== parent && parentsOf.has(parent)) parentsOf.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names
      .filter((name) => !placed.has(name))
      .filter((name) => [...(parentsOf.get(name) ?? [])].every((parent) => placed.has(parent)))
      .sort();
    if (ready.length === 0) {
      const stuck = names.filter((name) => !placed.has(name)).sort();
      throw new Error(
        `The foreign keys between these tables form a cycle, so no order of inserts restores them: ${stuck.join(', ')}.`,
      );
    }
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

/** The sequences of the public schema (identity and serial columns own theirs) and where they are. */
export async function readSequences(executor: Executor): Promise<SequenceState[]> {
  const names = await queryRows<{ name: string }>(
    executor,
    sql`select c.relname as name from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S'
        order by c.relname`,
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [state] = await queryRows<{ last_value: string; is_called: boolean }>(
      executor,
      sql`select last_value::text as last_value, is_called from ${sql.raw(qualifiedName(name))}`,
    );
    if (state) states.push({ name, lastValue: state.last_value, isCalled: state.is_called });
  }
  return states;
}

/** The newest migration Drizzle applied here, which fixes the shape of every table. */
export async function newestMigration(executor: Executor): Promise<Migration | undefined> {
  const [exists] = await queryRows<{ found: boolean }>(
    executor,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`,
  );
  if (!exists?.found) return undefined;
  const [row] = await queryRows<{ hash: string; created_at: string }>(
    executor,
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations
        order by created_at desc limit 1`,
  );
  return row ? { hash: row.hash, createdAt: Number(row.created_at) } : undefined;
}
