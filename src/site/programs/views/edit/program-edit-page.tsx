// /edit/programs/:id: everything about one program on one page: its working fields, its texts
// per language, its projects, its partners and its people (found through the privacy gate).
import { localeCodes, locales } from '../../../../core/i18n/i18n.ts';
import type { PresentedPerson } from '../../../../core/privacy/gate.ts';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../../core/web/forms.tsx';
import { Layout } from '../../../../core/web/layout.tsx';
import type { PageShell } from '../../../../core/web/shell.ts';
import { sitePaths } from '../../../urls.ts';
import type { PartnerRow, ProgramForEditing } from '../../editing.ts';
import { ProgramFields } from './program-fields.tsx';

/** Which of the page's forms failed, with what was typed, so it shows its errors. */
export interface FailedForm {
  form: 'fields' | 'partners' | 'person' | 'search';
  values: Record<string, string>;
  errors: FieldErrors;
}

export interface ProgramEditProps {
  shell: PageShell;
  editing: ProgramForEditing;
  partners: PartnerRow[];
  failed?: FailedForm;
  /** After a search for people to link: what was asked and who the editor may see. */
  search?: { query: string; people: PresentedPerson[] };
}

export function ProgramEditPage(props: ProgramEditProps) {
  const { shell, editing, failed } = props;
  const { t } = shell;
  const { program } = editing;
  const base = `/edit/programs/${program.id}`;
  const failedHere = (form: FailedForm['form']) => (failed?.form === form ? failed : undefined);
  const fieldValues = failedHere('fields')?.values ?? {
    slug: program.slug,
    name: program.name,
    summary: program.summary,
    status: program.status,
    startYear: program.startYear?.toString() ?? '',
    endYear: program.endYear?.toString() ?? '',
    published: program.published ? 'yes' : 'no',
    position: String(program.position),
  };
  const projectOptions = [
    { value: '', label: t('programs.edit.noProject') },
    ...editing.projects.map((project) => ({ value: project.id, label: project.name })),
  ];
  return (
    <Layout shell={shell} title={t('programs.edit.editTitle', { program: program.name })}>
      <p>
        <a href="/edit/programs">{t('programs.edit.title')}</a>
      </p>
      <h1>{t('programs.edit.editTitle', { program: program.name })}</h1>
      <ProgramFields
        shell={shell}
        action={base}
        values={fieldValues}
        errors={failedHere('fields')?.errors ?? {}}
      />

      <h2>{t('programs.edit.texts')}</h2>
      <ul>
        {localeCodes.map((code) => {
          const text = editing.texts.find((row) => row.locale === code);
          return (
            <li lang={code}>
              {locales[code].name}:{' '}
              {text ? (
                <>
                  <a href={`${base}/texts/${code}`}>{text.name}</a> ·{' '}
                  <a href={sitePaths.program(code, program.slug)}>{t('programs.edit.view')}</a>
                </>
              ) : (
                <a href={`${base}/texts/${code}`}>{t('programs.edit.addTranslation')}</a>
              )}
            </li>
          );
        })}
      </ul>

      <h2>{t('programs.projects')}</h2>
      <ul>
        {editing.projects.map((project) => (
          <li>
            <a href={`${base}/projects/${project.id}`}>{project.name}</a> ({project.slug}
            {project.locales.length > 0 && `; ${project.locales.join(', ')}`})
          </li>
        ))}
      </ul>
      <p>
        <a href={`${base}/projects/new`}>{t('programs.edit.newProject')}</a>
      </p>

      <h2>{t('programs.partners')}</h2>
      <p class="hint">{t('programs.edit.partnersHint')}</p>
      <ErrorSummary t={t} errors={failedHere('partners')?.errors ?? {}} labels={{}} />
      <Form action={`${base}/partners`} csrfToken={shell.csrfToken}>
        {props.partners.map((partner) => (
          <TextField
            t={t}
            name={`position.${partner.id}`}
            label={partner.name}
            value={
              failedHere('partners')?.values[`position.${partner.id}`] ??
              editing.partnerPositions.get(partner.id)?.toString() ??
              ''
            }
          />
        ))}
        <SubmitButton label={t('programs.edit.savePartners')} />
      </Form>

      <h2>{t('programs.people')}</h2>
      <p class="hint">{t('programs.edit.peopleHint')}</p>
      <ul>
        {editing.people.map(({ person, role, projectId }) => (
          <li>
            {person.name}
            {role && ` · ${role}`}
            {projectId &&
              ` · ${editing.projects.find((project) => project.id === projectId)?.name ?? ''}`}
            <Form
              action={`${base}/people/${person.id}/remove`}
              csrfToken={shell.csrfToken}
              class="inline-form"
            >
              <SubmitButton label={t('programs.edit.unlink')} />
            </Form>
          </li>
        ))}
      </ul>
      <ErrorSummary
        t={t}
        errors={{ ...failedHere('search')?.errors, ...failedHere('person')?.errors }}
        labels={{ query: t('programs.edit.searchPeople'), role: t('programs.edit.role') }}
      />
      <Form action={`${base}/people/search`} csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="query"
          type="search"
          label={t('programs.edit.searchPeople')}
          value={props.search?.query ?? failedHere('search')?.values.query}
          error={failedHere('search')?.errors.query}
        />
        <SubmitButton label={t('programs.edit.search')} />
      </Form>
      {props.search && props.search.people.length === 0 && <p>{t('programs.edit.noneFound')}</p>}
      {props.search && props.search.people.length > 0 && (
        <Form action={`${base}/people`} csrfToken={shell.csrfToken}>
          <fieldset>
            <legend>{t('programs.edit.choosePerson')}</legend>
            {props.search.people.map((person, index) => (
              <div>
                <input
                  type="radio"
                  id={`person-${person.id}`}
                  name="personId"
                  value={person.id}
                  checked={index === 0}
                />{' '}
                <label for={`person-${person.id}`}>{person.name}</label>
              </div>
            ))}
          </fieldset>
          <TextField t={t} name="role" label={t('programs.edit.role')} />
          <SelectField
            t={t}
            name="projectId"
            label={t('programs.edit.project')}
            options={projectOptions}
          />
          <SubmitButton label={t('programs.edit.link')} />
        </Form>
      )}
    </Layout>
  );
}

export function ProjectFields(props: {
  shell: PageShell;
  action: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = {
    slug: t('programs.edit.slug'),
    name: t('programs.edit.name'),
    summary: t('programs.edit.summary'),
  };
  return (
    <>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        {(Object.keys(labels) as (keyof typeof labels)[]).map((name) => (
          <TextField
            t={t}
            name={name}
            label={labels[name]}
            value={values[name]}
            error={errors[name]}
          />
        ))}
        <SubmitButton label={t('programs.edit.saveProject')} />
      </Form>
    </>
  );
}
