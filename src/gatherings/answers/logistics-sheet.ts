// The logistics sheet: who is coming (accepted invitations) and what each needs, as CSV and PDF,
// with the same gate as the answers page: a person seen by pseudonym appears by pseudonym and
// without an emergency contact. Every export is audited, by ids and counts only.
import { existsSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import PDFDocument from 'pdfkit';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import type { Translate } from '../../core/i18n/i18n.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { dateToZonedInput } from '../zoned-time.ts';
import {
  emergencyContactOf,
  type GatheringAnswers,
  listGatheringAnswers,
} from './staff-answers.ts';

export interface SheetLine {
  name: string;
  pseudonymous: boolean;
  arrival: string;
  departure: string;
  dietary: string;
  accessibility: string;
  visaLetter: boolean;
  emergencyContact: string;
}

export interface LogisticsSheet {
  title: string;
  timeZone: string;
  lines: SheetLine[];
}

/** Reads the sheet and records the export in the audit log, in one transaction. */
export async function exportLogisticsSheet(
  db: Db,
  key: Buffer,
  viewer: Viewer,
  gatheringId: string,
  format: 'csv' | 'pdf',
  requestId?: string,
): Promise<LogisticsSheet | undefined> {
  return db.transaction(async (tx) => {
    const answers = await listGatheringAnswers(tx, key, viewer, gatheringId);
    if (!answers) return undefined;
    const sheet = toSheet(answers);
    await recordAudit(tx, {
      action: 'gathering.logistics_exported',
      actor: viewer,
      subject: { kind: 'gathering', id: gatheringId },
      details: { rows: sheet.lines.length, format },
      requestId,
    });
    return sheet;
  });
}

function toSheet({ gathering, answers }: GatheringAnswers): LogisticsSheet {
  const time = (moment: string | null | undefined) =>
    moment ? dateToZonedInput(new Date(moment), gathering.timeZone).replace('T', ' ') : '';
  const lines = answers
    .filter((answer) => answer.state === 'accepted')
    .map((answer) => ({
      name: answer.person.name,
      pseudonymous: answer.person.pseudonymous,
      arrival: time(answer.logistics?.arrival),
      departure: time(answer.logistics?.departure),
      dietary: answer.logistics?.dietary ?? '',
      accessibility: answer.logistics?.accessibility ?? '',
      visaLetter: answer.logistics?.needsVisaLetter ?? false,
      emergencyContact: emergencyContactOf(answer.logistics) ?? '',
    }));
  return { title: gathering.title, timeZone: gathering.timeZone, lines };
}

export function sheetCsv(sheet: LogisticsSheet, t: Translate): string {
  const header = [
    t('answer.staff.person'),
    t('answer.staff.pseudonymous'),
    `${t('answer.staff.arrival')} (${sheet.timeZone})`,
    `${t('answer.staff.departure')} (${sheet.timeZone})`,
    t('answer.staff.dietary'),
    t('answer.staff.accessibility'),
    t('answer.staff.visa'),
    t('answer.staff.emergency'),
  ];
  const yesNo = (value: boolean) => t(value ? 'answer.staff.yes' : 'answer.staff.no');
  const records = sheet.lines.map((line) => [
    line.name,
    yesNo(line.pseudonymous),
    line.arrival,
    line.departure,
    line.dietary,
    line.accessibility,
    yesNo(line.visaLetter),
    line.emergencyContact,
  ]);
  return stringify([header, ...records], { bom: true });
}

// PDF's standard fonts cover Latin only; names in Cyrillic or Hebrew need a font with those
// letters. DejaVu Sans is on most Linux systems; without it the sheet falls back to Helvetica.
const unicodeFont = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface PdfOptions {
  /** Tests read the text back: uncompressed streams in a standard font. */
  forReading?: boolean;
}

export function sheetPdf(
  sheet: LogisticsSheet,
  t: Translate,
  options: PdfOptions = {},
): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 48,
    compress: !options.forReading,
    info: { Title: t('answer.staff.pdfTitle', { title: sheet.title }) },
  });
  if (!options.forReading && existsSync(unicodeFont)) document.font(unicodeFont);
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.fontSize(16).text(t('answer.staff.pdfTitle', { title: sheet.title }));
  document
    .fontSize(9)
    .text(t('answer.staff.times', { zone: sheet.timeZone }))
    .moveDown();
  for (const line of sheet.lines) {
    const facts = [
      [t('answer.staff.arrival'), line.arrival],
      [t('answer.staff.departure'), line.departure],
      [t('answer.staff.dietary'), line.dietary],
      [t('answer.staff.accessibility'), line.accessibility],
      [t('answer.staff.visa'), t(line.visaLetter ? 'answer.staff.yes' : 'answer.staff.no')],
      [t('answer.staff.emergency'), line.emergencyContact],
    ].filter(([, value]) => value);
    document
      .fontSize(11)
      .text(line.pseudonymous ? `${line.name} (${t('answer.staff.pseudonymous')})` : line.name);
    document.fontSize(9).text(facts.map(([label, value]) => `${label}: ${value}`).join(' · '));
    document.moveDown(0.5);
  }
  document.end();
  return done;
}
