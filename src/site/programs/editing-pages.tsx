// The single-form pages of program editing (a program's text in one language, a project and
// its texts), drawn for the routes in editing-routes.tsx.
import type { Context } from 'hono';
import { type Locale, localeCodes, locales } from '../../core/i18n/i18n.ts';
import type { AppEnv } from '../../core/web/context.ts';
import type { FieldErrors } from '../../core/web/forms.tsx';
import { pageShell } from '../../core/web/shell.ts';
import type { ProgramRow, ProjectRow, ProjectTextRow } from './editing.ts';
import { type FormField, TextFormPage } from './views/edit/text-form-page.tsx';

type Ctx = Context<AppEnv>;
export type Program = ProgramRow;
export type Project = ProjectRow & { texts: ProjectTextRow[] };

function textFields(c: Ctx, withBody: boolean): FormField[] {
  const { t } = pageShell(c);
  const fields: FormField[] = [
    { name: 'name', label: t('programs.edit.name') },
    { name: 'summary', label: t('programs.edit.summary'), rows: 3 },
  ];
  if (withBody) {
    fields.push({
      name: 'body',
      label: t('programs.edit.body'),
      hint: t('programs.edit.bodyHint'),
      rows: 16,
    });
  }
  return fields;
}

export function renderProgramText(
  c: Ctx,
  program: Program,
  locale: Locale,
  values: Record<string, string>,
  errors: FieldErrors,
  exists: boolean,
) {
  const { t } = pageShell(c);
  const base = `/edit/programs/${program.id}`;
  return c.html(
    <TextFormPage
      shell={pageShell(c)}
      title={t('programs.edit.textTitle', {
        program: program.name,
        language: locales[locale].name,
      })}
      lang={locale}
      back={{ href: base, label: program.name }}
      action={`${base}/texts/${locale}`}
      fields={textFields(c, true)}
      values={values}
      errors={errors}
      remove={
        exists
          ? {
              action: `${base}/texts/${locale}/remove`,
              label: t('programs.edit.removeTranslation'),
            }
          : undefined
      }
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

export function renderProjectForm(
  c: Ctx,
  program: Program,
  project: Project | undefined,
  values: Record<string, string>,
  errors: FieldErrors,
) {
  const { t } = pageShell(c);
  const base = `/edit/programs/${program.id}`;
  const fields: FormField[] = [
    { name: 'slug', label: t('programs.edit.slug'), hint: t('programs.edit.slugHint') },
    ...textFields(c, false),
  ];
  return c.html(
    <TextFormPage
      shell={pageShell(c)}
      title={
        project
          ? t('programs.edit.projectTitle', { project: project.name })
          : t('programs.edit.newProject')
      }
      back={{ href: base, label: program.name }}
      action={project ? `${base}/projects/${project.id}` : `${base}/projects/new`}
      fields={fields}
      values={values}
      errors={errors}
      links={
        project &&
        localeCodes.map((code) => ({
          href: `${base}/projects/${project.id}/texts/${code}`,
          label: `${locales[code].name}: ${
            project.texts.find((text) => text.locale === code)?.name ??
            t('programs.edit.addTranslation')
          }`,
        }))
      }
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

export function renderProjectText(
  c: Ctx,
  found: { program: Program; project: Project },
  locale: Locale,
  values: Record<string, string>,
  errors: FieldErrors,
) {
  const { t } = pageShell(c);
  const base = `/edit/programs/${found.program.id}/projects/${found.project.id}`;
  return c.html(
    <TextFormPage
      shell={pageShell(c)}
      title={t('programs.edit.textTitle', {
        program: found.project.name,
        language: locales[locale].name,
      })}
      lang={locale}
      back={{ href: base, label: found.project.name }}
      action={`${base}/texts/${locale}`}
      fields={textFields(c, false)}
      values={values}
      errors={errors}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}
