// /{locale}/programs/{slug}: a program's text, its projects, its partners and the people shown
// for it (only those the privacy gate lets anyone see), with links to its other languages.
import { raw } from 'hono/html';
import { renderMarkdown } from '../../../core/markdown/render.ts';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { sitePaths } from '../../urls.ts';
import type { ProgramDetail } from '../programs.ts';
import { PartnerCard, yearsOf } from './partner-card.tsx';

export function ProgramPage(props: { shell: PageShell; program: ProgramDetail }) {
  const { shell, program } = props;
  const { t, locale } = shell;
  const alternates = Object.fromEntries(
    program.locales.map((code) => [code, sitePaths.program(code, program.slug)]),
  );
  const projectName = (id: string | null) =>
    program.projects.find((project) => project.id === id)?.name;
  const years = yearsOf(t, program);
  return (
    <Layout
      shell={shell}
      title={program.name}
      head={{
        canonical: sitePaths.program(locale, program.slug),
        description: program.summary || undefined,
        alternates,
      }}
    >
      <p class="breadcrumb">
        <a href={sitePaths.programs(locale)}>{t('programs.title')}</a>
      </p>
      <h1>{program.name}</h1>
      <p class="meta">
        {t(program.status === 'current' ? 'programs.status.current' : 'programs.status.past')}
        {years && ` · ${years}`}
      </p>
      {program.summary && <p class="lead">{program.summary}</p>}
      <div class="prose">{raw(renderMarkdown(program.body))}</div>
      {program.projects.length > 0 && (
        <section aria-labelledby="program-projects">
          <h2 id="program-projects">{t('programs.projects')}</h2>
          <ul>
            {program.projects.map((project) => (
              <li>
                <h3>{project.name}</h3>
                {project.summary && <p>{project.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {program.partners.length > 0 && (
        <section aria-labelledby="program-partners">
          <h2 id="program-partners">{t('programs.partners')}</h2>
          {program.partners.map((partner) => (
            <PartnerCard partner={partner} headingLevel={3} />
          ))}
        </section>
      )}
      {program.people.length > 0 && (
        <section aria-labelledby="program-people">
          <h2 id="program-people">{t('programs.people')}</h2>
          <ul>
            {program.people.map(({ person, role, projectId }) => {
              const project = projectName(projectId);
              return (
                <li>
                  {person.name}
                  {role && ` · ${role}`}
                  {project && ` · ${project}`}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </Layout>
  );
}
