// /newsletter/issues/:id: composing one issue without JavaScript. Its settings and segment, its
// resources in order (up, down, remove), a picker of resources not yet in it (filtered by topic
// and language, newest first), the previews, and the buttons that test, schedule or send it.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  TextArea,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { newsletterTopic, type resources } from '../../tables.ts';
import { type Issue, type IssueResourceRow, issuePaths, type PickerFilters } from '../issues.ts';

export interface ComposeProps {
  shell: PageShell;
  issue: Issue;
  editable: boolean;
  items: IssueResourceRow[];
  pickable: (typeof resources.$inferSelect)[];
  filters: PickerFilters;
  programs: { id: string; name: string }[];
  /** The settings form's values and errors after a failed save; the saved ones otherwise. */
  values: Record<string, string>;
  programIds: string[];
  errors: FieldErrors;
  previewText: string;
}

export function ComposePage(props: ComposeProps) {
  const { shell, issue, editable } = props;
  const { t } = shell;
  const labels = {
    title: t('issues.field.title'),
    editorNote: t('issues.field.editorNote'),
    countries: t('issues.field.countries'),
    languages: t('issues.field.languages'),
    at: t('issues.field.scheduleAt'),
    resourceIds: t('issues.pick'),
  };
  return (
    <Layout shell={shell} title={t('issues.composeTitle', { number: issue.number })}>
      <p>
        <a href={issuePaths.list}>{t('issues.title')}</a>
      </p>
      <h1>{t('issues.composeTitle', { number: issue.number })}</h1>
      <p>
        {t('issues.field.status')}: {t(`issues.status.${issue.status}`)}
        {issue.scheduledAt &&
          ` (${t('issues.scheduledFor', { at: issue.scheduledAt.toISOString().slice(0, 16).replace('T', ' ') })})`}
      </p>
      <ErrorSummary t={t} errors={props.errors} labels={labels} />
      {!editable && <p class="notice">{t('issues.locked')}</p>}

      <h2>{t('issues.settings')}</h2>
      <Form action={issuePaths.settings(issue.id)} csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="title"
          label={labels.title}
          value={props.values.title}
          error={props.errors.title}
          maxLength={200}
        />
        <TextArea
          t={t}
          name="editorNote"
          label={labels.editorNote}
          hint={t('issues.editorNoteHint')}
          value={props.values.editorNote}
          error={props.errors.editorNote}
          rows={8}
        />
        <TextField
          t={t}
          name="countries"
          label={labels.countries}
          hint={t('issues.countriesHint')}
          value={props.values.countries}
          error={props.errors.countries}
        />
        <TextField
          t={t}
          name="languages"
          label={labels.languages}
          hint={t('issues.languagesHint')}
          value={props.values.languages}
          error={props.errors.languages}
        />
        {props.programs.length > 0 && (
          <fieldset>
            <legend>{t('issues.field.programs')}</legend>
            {props.programs.map((program) => (
              <label>
                <input
                  type="checkbox"
                  name="programIds"
                  value={program.id}
                  checked={props.programIds.includes(program.id)}
                />{' '}
                {program.name}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          <input type="checkbox" name="public" checked={props.values.public === 'on'} />{' '}
          {t('issues.field.public')}
        </label>
        {editable && <button type="submit">{t('issues.save')}</button>}
      </Form>

      <h2>{t('issues.resources', { count: props.items.length })}</h2>
      {props.items.length === 0 ? (
        <p>{t('issues.noResources')}</p>
      ) : (
        <ol class="issue-items">
          {props.items.map((item, index) => (
            <li>
              <span>{item.title}</span>{' '}
              <small>
                ({t(`issues.topic.${item.topic}`)} · {item.language} ·{' '}
                {t(`issues.label.${item.sourceLabel}`)})
              </small>
              {editable && (
                <span class="item-actions">
                  {index > 0 && (
                    <MoveButton
                      shell={shell}
                      action={issuePaths.move(issue.id, item.id)}
                      direction="up"
                      label={t('issues.moveUp')}
                    />
                  )}
                  {index < props.items.length - 1 && (
                    <MoveButton
                      shell={shell}
                      action={issuePaths.move(issue.id, item.id)}
                      direction="down"
                      label={t('issues.moveDown')}
                    />
                  )}
                  <Form
                    action={issuePaths.remove(issue.id, item.id)}
                    csrfToken={shell.csrfToken}
                    class="inline"
                  >
                    <button type="submit">{t('issues.remove')}</button>
                  </Form>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}

      {editable && (
        <>
          <h2>{t('issues.pick')}</h2>
          <form method="get" action={issuePaths.compose(issue.id)} class="filters">
            <label for="pick-topic">{t('issues.field.topic')}</label>{' '}
            <select id="pick-topic" name="topic">
              <option value="">{t('issues.any')}</option>
              {newsletterTopic.enumValues.map((topic) => (
                <option value={topic} selected={topic === props.filters.topic}>
                  {t(`issues.topic.${topic}`)}
                </option>
              ))}
            </select>{' '}
            <label for="pick-language">{t('issues.field.language')}</label>{' '}
            <input
              id="pick-language"
              name="language"
              value={props.filters.language ?? ''}
              size={6}
            />{' '}
            <button type="submit">{t('issues.filter')}</button>
          </form>
          {props.pickable.length === 0 ? (
            <p>{t('issues.nothingToPick')}</p>
          ) : (
            <Form action={issuePaths.items(issue.id)} csrfToken={shell.csrfToken}>
              <ul class="picker">
                {props.pickable.map((resource) => (
                  <li>
                    <label>
                      <input type="checkbox" name="resourceIds" value={resource.id} />{' '}
                      {resource.title}{' '}
                      <small>
                        ({resource.publishedOn ?? ''} · {t(`issues.topic.${resource.topic}`)} ·{' '}
                        {resource.language})
                      </small>
                    </label>
                  </li>
                ))}
              </ul>
              <button type="submit">{t('issues.add')}</button>
            </Form>
          )}
        </>
      )}

      <h2>{t('issues.preview')}</h2>
      <p>
        <a href={issuePaths.preview(issue.id)} target="_blank" rel="noopener">
          {t('issues.previewHtml')}
        </a>
        {' · '}
        <a href={issuePaths.previewText(issue.id)} target="_blank" rel="noopener">
          {t('issues.previewText')}
        </a>
      </p>
      <details>
        <summary>{t('issues.previewText')}</summary>
        <pre class="issue-text-preview">{props.previewText}</pre>
      </details>

      <h2>{t('issues.sending')}</h2>
      <Form action={issuePaths.testSend(issue.id)} csrfToken={shell.csrfToken}>
        <button type="submit">{t('issues.testSend')}</button>
      </Form>
      {editable && (
        <>
          <Form action={issuePaths.schedule(issue.id)} csrfToken={shell.csrfToken}>
            <TextField
              t={t}
              type="datetime-local"
              name="at"
              label={labels.at}
              hint={t('issues.scheduleHint')}
              error={props.errors.at}
            />
            <button type="submit">{t('issues.schedule')}</button>
          </Form>
          <Form action={issuePaths.sendNow(issue.id)} csrfToken={shell.csrfToken}>
            <button type="submit">{t('issues.sendNow')}</button>
          </Form>
        </>
      )}
    </Layout>
  );
}

function MoveButton(props: {
  shell: PageShell;
  action: string;
  direction: 'up' | 'down';
  label: string;
}) {
  return (
    <Form action={props.action} csrfToken={props.shell.csrfToken} class="inline">
      <input type="hidden" name="direction" value={props.direction} />
      <button type="submit">{props.label}</button>
    </Form>
  );
}
