// /gatherings/:id/outcomes: record a project or a tie that began at the gathering; the list.
import type { PresentedPerson } from '../../../core/privacy/gate.ts';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { ConveningGathering } from '../context.ts';
import type { PresentedOutcome } from '../outcomes.ts';

interface Choice {
  id: string;
  name: string;
}

export function OutcomesPage(props: {
  shell: PageShell;
  gathering: ConveningGathering;
  action: string;
  outcomes: PresentedOutcome[];
  participants: PresentedPerson[];
  projects: Choice[];
  programs: Choice[];
  form: 'project' | 'tie' | undefined;
  values: Record<string, string>;
  chosenPeople: string[];
  errors: FieldErrors;
}) {
  const { shell, gathering, action } = props;
  const { t } = shell;
  const projectErrors = props.form === 'project' ? props.errors : {};
  const tieErrors = props.form === 'tie' ? props.errors : {};
  const projectValues = props.form === 'project' ? props.values : {};
  const tieValues = props.form === 'tie' ? props.values : {};
  return (
    <Layout shell={shell} title={t('outcomes.title', { title: gathering.title })}>
      <h1>{t('outcomes.title', { title: gathering.title })}</h1>
      <h2>{t('outcomes.list')}</h2>
      {props.outcomes.length === 0 && <p>{t('outcomes.none')}</p>}
      <ul>
        {props.outcomes.map((outcome) => (
          <li>
            {outcome.kind === 'project'
              ? t('outcomes.projectItem', { project: outcome.projectName ?? '—' })
              : t('outcomes.tieItem', { people: outcome.people.join(', ') })}
            {outcome.hiddenPeople > 0 &&
              ` ${t('outcomes.hiddenPeople', { count: outcome.hiddenPeople })}`}
            {outcome.description && ` — ${outcome.description}`}
          </li>
        ))}
      </ul>
      <section aria-labelledby="record-project">
        <h2 id="record-project">{t('outcomes.recordProject')}</h2>
        <ErrorSummary
          t={t}
          errors={projectErrors}
          labels={{
            projectId: t('outcomes.project'),
            programId: t('outcomes.program'),
            projectName: t('outcomes.projectName'),
            projectSlug: t('outcomes.projectSlug'),
            description: t('outcomes.description'),
          }}
        />
        <Form action={`${action}/project`} csrfToken={shell.csrfToken}>
          <SelectField
            t={t}
            name="projectId"
            label={t('outcomes.project')}
            value={projectValues.projectId}
            error={projectErrors.projectId}
            options={[
              { value: '', label: t('outcomes.newProject') },
              ...props.projects.map((project) => ({ value: project.id, label: project.name })),
            ]}
          />
          <fieldset>
            <legend>{t('outcomes.newProjectLegend')}</legend>
            <SelectField
              t={t}
              name="programId"
              label={t('outcomes.program')}
              value={projectValues.programId}
              error={projectErrors.programId}
              options={[
                { value: '', label: '—' },
                ...props.programs.map((program) => ({ value: program.id, label: program.name })),
              ]}
            />
            <TextField
              t={t}
              name="projectName"
              label={t('outcomes.projectName')}
              value={projectValues.projectName}
              error={projectErrors.projectName}
              maxLength={200}
            />
            <TextField
              t={t}
              name="projectSlug"
              label={t('outcomes.projectSlug')}
              hint={t('outcomes.projectSlugHint')}
              value={projectValues.projectSlug}
              error={projectErrors.projectSlug}
              maxLength={80}
            />
          </fieldset>
          <TextArea
            t={t}
            name="description"
            label={t('outcomes.description')}
            value={projectValues.description}
            error={projectErrors.description}
          />
          <SubmitButton label={t('outcomes.save')} />
        </Form>
      </section>
      <section aria-labelledby="record-tie">
        <h2 id="record-tie">{t('outcomes.recordTie')}</h2>
        <ErrorSummary
          t={t}
          errors={tieErrors}
          labels={{ people: t('outcomes.people'), description: t('outcomes.description') }}
        />
        {props.participants.length < 2 ? (
          <p>{t('outcomes.tooFewParticipants')}</p>
        ) : (
          <Form action={`${action}/tie`} csrfToken={shell.csrfToken}>
            <fieldset id="field-people">
              <legend>{t('outcomes.people')}</legend>
              {tieErrors.people && <p class="field-error">{t(tieErrors.people.key)}</p>}
              {props.participants.map((person) => (
                <p>
                  <input
                    type="checkbox"
                    name="people"
                    value={person.id}
                    id={`person-${person.id}`}
                    checked={props.chosenPeople.includes(person.id)}
                  />{' '}
                  <label for={`person-${person.id}`}>{person.name}</label>
                </p>
              ))}
            </fieldset>
            <TextArea
              t={t}
              name="description"
              label={t('outcomes.description')}
              value={tieValues.description}
              error={tieErrors.description}
            />
            <SubmitButton label={t('outcomes.save')} />
          </Form>
        )}
      </section>
    </Layout>
  );
}
