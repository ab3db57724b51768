// The grammar of a backup file (described at the top of backup.ts), kept in one place so the
// writer and the reader cannot drift apart. The reader accepts only the shapes the writer makes:
// a restore never runs SQL text from the file; it takes the names and the JSON out of each line
// and builds its own statement, so an edited or hostile file cannot smuggle in other SQL.
import { z } from 'zod';
import type { Migration, SequenceState } from './backup-catalog.ts';
import { qualifiedName, quoteIdentifier } from './backup-catalog.ts';

export const FORMAT_VERSION = 1;
export const FIRST_LINE = '-- tracktwo backup';
export const END_LINE = '-- end of tracktwo backup';

/** A problem with a backup file or its fit to this database, told so a person can act on it. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupHeader {
  format: number;
  migration: Migration;
  created: string;
  tables: number;
}

export function headerLines(header: BackupHeader): string[] {
  return [
    FIRST_LINE,
    `-- format: ${header.format}`,
    `-- migration: ${header.migration.hash}`,
    `-- migration-time: ${header.migration.createdAt}`,
    `-- created: ${header.created}`,
    `-- tables: ${header.tables}`,
  ];
}

const headerField = /^-- ([a-z-]+): (.*)$/;

const headerSchema = z.object({
  migration: z.string().regex(/^[0-9a-f]{8,128}$/, 'a migration hash'),
  'migration-time': z.string().regex(/^\d+$/, 'a number of milliseconds').transform(Number),
  created: z.iso.datetime({ offset: true, message: 'an ISO date and time' }),
  tables: z.string().regex(/^\d+$/, 'a number of tables').transform(Number),
});

/** Reads the header from the first lines of a file; names the first thing that is wrong. */
export function parseHeader(lines: string[]): BackupHeader {
  if (lines[0] !== FIRST_LINE) {
    throw new BackupError(`This is not a tracktwo backup: its first line is not "${FIRST_LINE}".`);
  }
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const match = headerField.exec(line);
    if (!match) break;
    fields[match[1] as string] = match[2] as string;
  }
  if (fields.format !== String(FORMAT_VERSION)) {
    throw new BackupError(
      `This backup has format ${fields.format ?? '(none)'}; this tracktwo reads format ${FORMAT_VERSION}. ` +
        'Use the tracktwo version that wrote it.',
    );
  }
  const parsed = headerSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(
      `This tracktwo backup has a damaged header: "${String(issue?.path[0])}" should be ${issue?.message}.`,
    );
  }
  const values = parsed.data;
  return {
    format: FORMAT_VERSION,
    migration: { hash: values.migration, createdAt: values['migration-time'] },
    created: values.created,
    tables: values.tables,
  };
}

/** Marks where a table's rows begin (a table may have none, and still counts). */
export function tableLine(table: string): string {
  return `-- rows of ${qualifiedName(table)}`;
}

/**
 * One chunk of a table's rows. The JSON goes between dollar quotes whose tag does not occur in
 * it, so no character of the data needs escaping; the statement runs as it stands in psql too.
 */
export function insertStatement(table: string, columns: string[], json: string): string {
  let tag = '$tt$';
  for (let n = 1; json.includes(tag); n++) tag = `$tt${n}$`;
  const target = qualifiedName(table);
  const list = columns.map(quoteIdentifier).join(', ');
  return (
    `insert into ${target} (${list}) overriding system value select ${list} ` +
    `from json_populate_recordset(null::${target}, ${tag}${json}${tag});`
  );
}

export function setvalStatement(sequence: SequenceState): string {
  const literal = qualifiedName(sequence.name).replaceAll("'", "''");
  return `select setval('${literal}', ${sequence.lastValue}, ${sequence.isCalled});`;
}

export type BackupItem =
  | { kind: 'table'; table: string }
  | { kind: 'rows'; table: string; columns: string[]; json: string; line: number }
  | { kind: 'sequence'; sequence: SequenceState };

const identifier = '"(?:[^"]|"")+"';
const identifierList = `${identifier}(?:, ${identifier})*`;
const tablePattern = new RegExp(`^-- rows of "public"\\.(${identifier})$`);
const insertPattern = new RegExp(
  `^insert into "public"\\.(${identifier}) \\((${identifierList})\\) overriding system value ` +
    `select (${identifierList}) from json_populate_recordset\\(null::"public"\\.\\1, (\\$tt\\d*\\$)`,
);
const setvalPattern = /^select setval\('"public"\.("(?:[^"']|""|'')+")', (-?\d+), (true|false)\);$/;

function unquote(quoted: string): string {
  return quoted.slice(1, -1).replaceAll('""', '"');
}

function unquoteList(list: string): string[] {
  return (list.match(new RegExp(identifier, 'g')) ?? []).map(unquote);
}

interface OpenChunk {
  line: number;
  table: string;
  columns: string[];
  tag: string;
  parts: string[];
}

/**
 * Turns a backup's lines into items, skipping the header. A chunk's JSON may span lines
 * (json_agg puts a line break between rows); it ends at the first line ending in the closing tag.
 */
export async function* parseBody(
  lines: AsyncIterable<{ text: string; number: number }>,
): AsyncGenerator<BackupItem> {
  let inHeader = true;
  let open: OpenChunk | undefined;
  for await (const { text, number } of lines) {
    if (inHeader && (number === 1 || headerField.test(text))) continue;
    inHeader = false;
    if (open) {
      open.parts.push(text);
      const rows = closedChunk(open, number);
      if (rows) {
        yield rows;
        open = undefined;
      }
      continue;
    }
    if (text === END_LINE) return;
    const table = tablePattern.exec(text);
    if (table) {
      yield { kind: 'table', table: unquote(table[1] as string) };
      continue;
    }
    const insert = insertPattern.exec(text);
    if (insert) {
      const [start, name, columns, selected, tag] = insert as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      if (columns !== selected) throw malformed(number);
      open = { line: number, table: unquote(name), columns: unquoteList(columns), tag, parts: [] };
      open.parts.push(text.slice(start.length));
      const rows = closedChunk(open, number);
      if (rows) {
        yield rows;
        open = undefined;
      }
      continue;
    }
    const setval = setvalPattern.exec(text);
    if (setval) {
      const name = unquote((setval[1] as string).replaceAll("''", "'"));
      yield {
        kind: 'sequence',
        sequence: { name, lastValue: setval[2] as string, isCalled: setval[3] === 'true' },
      };
      continue;
    }
    throw malformed(number);
  }
  throw new BackupError(
    `This tracktwo backup is incomplete: it does not end with "${END_LINE}" (was it cut off while being copied?).`,
  );
}

/** The rows of a chunk once its last line has arrived; undefined while more lines are due. */
function closedChunk(open: OpenChunk, number: number): BackupItem | undefined {
  const closing = `${open.tag});`;
  if (!open.parts[open.parts.length - 1]?.endsWith(closing)) return undefined;
  const json = open.parts.join('\n').slice(0, -closing.length);
  // The tag inside the JSON would mean the SQL ends elsewhere than we read it: refuse.
  if (json.includes(open.tag)) throw malformed(number);
  return { kind: 'rows', table: open.table, columns: open.columns, json, line: open.line };
}

function malformed(number: number): BackupError {
  return new BackupError(
    `This tracktwo backup is damaged: line ${number} is not something a backup holds.`,
  );
}
