// The public timeline: /{locale}/timeline (all of it) and /{locale}/timeline/{decade}s (one
// decade). A decade without entries, or a malformed one, is the ordinary 404.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { localeSegment } from '../locale-segment.ts';
import { decadeOf, listTimeline } from './timeline.ts';
import { TimelinePage } from './views/timeline-page.tsx';

async function loadTimeline(c: Context<AppEnv>) {
  const { db, config } = c.get('deps');
  const entries = await listTimeline(db, c.get('locale'), config.defaultLocale);
  const decades = [...new Set(entries.map((entry) => decadeOf(entry.year)))];
  return { entries, decades };
}

export const timelinePublicRoutes = new Hono<AppEnv>()
  .get(`/${localeSegment}/timeline`, async (c) => {
    const { entries, decades } = await loadTimeline(c);
    return c.html(<TimelinePage shell={pageShell(c)} entries={entries} decades={decades} />);
  })
  .get(`/${localeSegment}/timeline/:decade{[12][0-9][0-9]0s}`, async (c) => {
    const decade = Number(c.req.param('decade').slice(0, -1));
    const { entries, decades } = await loadTimeline(c);
    const shown = entries.filter((entry) => decadeOf(entry.year) === decade);
    if (shown.length === 0) return renderNotFound(c);
    return c.html(
      <TimelinePage shell={pageShell(c)} entries={shown} decades={decades} decade={decade} />,
    );
  });
