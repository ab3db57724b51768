// /edit/programs: every program, published or not, with the languages it has texts in.

import type { FieldErrors } from '../../../../core/web/forms.tsx';
import { Layout } from '../../../../core/web/layout.tsx';
import type { PageShell } from '../../../../core/web/shell.ts';
import type { ProgramRow } from '../../editing.ts';
import { ProgramFields } from './program-fields.tsx';

export function ProgramListEditPage(props: {
  shell: PageShell;
  programs: (ProgramRow & { locales: string[] })[];
}) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('programs.edit.title')}>
      <h1>{t('programs.edit.title')}</h1>
      <p>
        <a href="/edit/programs/new">{t('programs.edit.new')}</a> ·{' '}
        <a href="/edit/partners">{t('partners.edit.title')}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('programs.edit.name')}</th>
            <th scope="col">{t('programs.edit.slug')}</th>
            <th scope="col">{t('programs.edit.status')}</th>
            <th scope="col">{t('programs.edit.published')}</th>
            <th scope="col">{t('programs.edit.languages')}</th>
          </tr>
        </thead>
        <tbody>
          {props.programs.map((program) => (
            <tr>
              <td>
                <a href={`/edit/programs/${program.id}`}>{program.name}</a>
              </td>
              <td>{program.slug}</td>
              <td>
                {t(
                  program.status === 'current' ? 'programs.status.current' : 'programs.status.past',
                )}
              </td>
              <td>
                {t(program.published ? 'programs.edit.publishedYes' : 'programs.edit.publishedNo')}
              </td>
              <td>{program.locales.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function NewProgramPage(props: {
  shell: PageShell;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell } = props;
  return (
    <Layout shell={shell} title={shell.t('programs.edit.new')}>
      <h1>{shell.t('programs.edit.new')}</h1>
      <ProgramFields
        shell={shell}
        action="/edit/programs/new"
        values={props.values}
        errors={props.errors}
      />
    </Layout>
  );
}
