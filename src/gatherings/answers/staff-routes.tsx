// Staff pages of answers: GET /gatherings/:id/answers (answerStaffRoutes, mounted there) and the
// logistics sheet GET /gatherings/:id/logistics.csv and .pdf (logisticsExportRoutes, mounted at
// /gatherings/:id). Coordinators only; each route guards itself, so mounting cannot forget it.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { exportLogisticsSheet, sheetCsv, sheetPdf } from './logistics-sheet.ts';
import { listGatheringAnswers } from './staff-answers.ts';
import { AnswersPage } from './views/answers-page.tsx';

const gatheringId = z.uuid();

function gatheringIdOf(c: Context<AppEnv>): string | undefined {
  const parsed = gatheringId.safeParse(c.req.param('id'));
  return parsed.success ? parsed.data : undefined;
}

export const answerStaffRoutes = new Hono<AppEnv>().get(
  '/',
  requireRole('coordinator'),
  async (c) => {
    const id = gatheringIdOf(c);
    if (!id) return renderNotFound(c);
    const { db, config } = c.get('deps');
    const answers = await listGatheringAnswers(db, config.encryptionKey, c.get('viewer'), id);
    if (!answers) return renderNotFound(c);
    c.header('cache-control', 'no-store');
    return c.html(<AnswersPage shell={pageShell(c)} {...answers} />);
  },
);

async function sheetOf(c: Context<AppEnv>, format: 'csv' | 'pdf') {
  const id = gatheringIdOf(c);
  if (!id) return undefined;
  const { db, config } = c.get('deps');
  return exportLogisticsSheet(
    db,
    config.encryptionKey,
    c.get('viewer'),
    id,
    format,
    c.get('requestId'),
  );
}

export const logisticsExportRoutes = new Hono<AppEnv>()
  .get('/logistics.csv', requireRole('coordinator'), async (c) => {
    const sheet = await sheetOf(c, 'csv');
    if (!sheet) return renderNotFound(c);
    return c.body(sheetCsv(sheet, c.get('t')), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="logistics.csv"',
      'cache-control': 'no-store',
    });
  })
  .get('/logistics.pdf', requireRole('coordinator'), async (c) => {
    const sheet = await sheetOf(c, 'pdf');
    if (!sheet) return renderNotFound(c);
    const pdf = await sheetPdf(sheet, c.get('t'));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="logistics.pdf"',
      'cache-control': 'no-store',
    });
  });
