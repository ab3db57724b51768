// /{locale}/programs: the programs shown in this language, current ones first, then past ones.
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { sitePaths } from '../../urls.ts';
import type { ProgramSummary } from '../programs.ts';
import { inEveryLanguage } from './alternates.ts';
import { yearsOf } from './partner-card.tsx';

export function ProgramListPage(props: { shell: PageShell; programs: ProgramSummary[] }) {
  const { shell } = props;
  const { t, locale } = shell;
  const path = sitePaths.programs(locale);
  const alternates = inEveryLanguage(sitePaths.programs);
  const group = (status: ProgramSummary['status'], heading: string) => {
    const shown = props.programs.filter((program) => program.status === status);
    if (shown.length === 0) return null;
    return (
      <section aria-labelledby={`programs-${status}`}>
        <h2 id={`programs-${status}`}>{heading}</h2>
        <ul class="cards">
          {shown.map((program) => (
            <li>
              <h3>
                <a href={sitePaths.program(locale, program.slug)}>{program.name}</a>
              </h3>
              {yearsOf(t, program) && <p class="meta">{yearsOf(t, program)}</p>}
              {program.summary && <p>{program.summary}</p>}
            </li>
          ))}
        </ul>
      </section>
    );
  };
  return (
    <Layout
      shell={shell}
      title={t('programs.title')}
      head={{ canonical: path, description: t('programs.lead'), alternates }}
    >
      <h1>{t('programs.title')}</h1>
      <p>{t('programs.lead')}</p>
      {props.programs.length === 0 && <p>{t('programs.none')}</p>}
      {group('current', t('programs.current'))}
      {group('past', t('programs.past'))}
      <p>
        <a href={sitePaths.partners(locale)}>{t('partners.title')}</a>
      </p>
    </Layout>
  );
}
