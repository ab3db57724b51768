// {"bench":"compose","resources":40,"ms":…}: building and previewing an issue of 40 resources
// (prepareIssue, then the HTML and text of one reader's copy) on the data folder bench/run.ts
// filled with the demo content. Target: ≤ 200 ms.
import { max } from 'drizzle-orm';
import { openConfiguredDatabase, readConfig } from '../src/cli/context.ts';
import { personalize, prepareIssue } from '../src/newsletter/issues/render.ts';
import { insertSampleIssue } from '../src/newsletter/issues/testing.ts';
import { newsletterIssues } from '../src/newsletter/tables.ts';

const resourceCount = 40;
const config = readConfig();
const database = await openConfiguredDatabase(config);
await database.migrate();
try {
  const [highest] = await database.db
    .select({ number: max(newsletterIssues.number) })
    .from(newsletterIssues);
  const issueId = await insertSampleIssue(database.db, {
    number: (highest?.number ?? 0) + 1,
    count: resourceCount,
    editorNote: 'Это **неделя переговоров**: [читайте отчёт](https://news.example/report).',
  });
  // The first run pays for opening the data and warming the code, as an editor's first preview
  // after a restart would; the median of the runs after it is what previews cost day to day.
  const timings: number[] = [];
  let preview = { html: '', text: '' };
  for (let run = 0; run < 7; run += 1) {
    const started = performance.now();
    const prepared = await prepareIssue(database.db, issueId, {
      publicUrl: config.publicUrl,
      locale: 'ru',
    });
    preview = personalize(prepared, {
      greetingName: null,
      variant: 'standard',
      unsubscribeUrl: `${config.publicUrl}/newsletter/unsubscribe/preview`,
      preferencesUrl: `${config.publicUrl}/newsletter/preferences/preview`,
      webVersionUrl: null,
      tracking: null,
    });
    timings.push(performance.now() - started);
  }
  const [first = 0, ...warm] = timings;
  const ms = warm.sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? first;
  if (!preview.html.includes('</html>') || preview.text.length === 0)
    throw new Error('empty preview');
  process.stdout.write(
    `${JSON.stringify({ bench: 'compose', resources: resourceCount, ms: round(ms), first_ms: round(first) })}\n`,
  );
} finally {
  await database.close();
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
