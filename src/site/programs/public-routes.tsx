// The public pages of programs and partners, under each language: /{locale}/programs,
// /{locale}/programs/{slug} and /{locale}/partners. The path decides the language (chooseLocale).
import { Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { localeSegment } from '../locale-segment.ts';
import { findPublicProgram, listPublicPartners, listPublicPrograms } from './programs.ts';
import { slug } from './validation.ts';
import { PartnerListPage } from './views/partner-list-page.tsx';
import { ProgramListPage } from './views/program-list-page.tsx';
import { ProgramPage } from './views/program-page.tsx';

export const programPublicRoutes = new Hono<AppEnv>()
  .get(`/${localeSegment}/programs`, async (c) => {
    const programs = await listPublicPrograms(c.get('deps').db, c.get('locale'));
    return c.html(<ProgramListPage shell={pageShell(c)} programs={programs} />);
  })
  .get(`/${localeSegment}/programs/:slug`, async (c) => {
    const parsed = slug.safeParse(c.req.param('slug'));
    if (!parsed.success) return renderNotFound(c);
    const program = await findPublicProgram(c.get('deps').db, c.get('locale'), parsed.data);
    if (!program) return renderNotFound(c);
    return c.html(<ProgramPage shell={pageShell(c)} program={program} />);
  })
  .get(`/${localeSegment}/partners`, async (c) => {
    const partners = await listPublicPartners(c.get('deps').db, c.get('locale'));
    return c.html(<PartnerListPage shell={pageShell(c)} partners={partners} />);
  });
