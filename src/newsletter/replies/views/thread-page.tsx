// /newsletter/replies/:id: one reader's replies to one issue and staff answers, with the forms
// to tag the thread, answer the reader, and turn a reply into a resource.
import { formatMoment } from '../../../core/web/format.ts';
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
import { newsletterTopic, sourceLabel } from '../../tables.ts';
import { replyTags, type ThreadDetail } from '../threads.ts';
import { tagLabel } from './tag-label.ts';

export interface ThreadForms {
  answer?: { values: Record<string, string>; errors: FieldErrors };
  /** The reply being turned into a resource, with what the form holds. */
  resource?: { messageId: number; values: Record<string, string>; errors: FieldErrors };
}

export function ThreadPage(props: { shell: PageShell; thread: ThreadDetail } & ThreadForms) {
  const { shell, thread, answer, resource } = props;
  const { t } = shell;
  const base = `/newsletter/replies/${thread.id}`;
  const title = t('replies.threadTitle', { number: thread.issueNumber, name: thread.person.name });
  return (
    <Layout shell={shell} title={title}>
      <h1>{title}</h1>
      <p>{thread.issueTitle}</p>
      {thread.person.pseudonymous && <p>{t('replies.pseudonymNote')}</p>}
      <Form action={`${base}/tags`} csrfToken={shell.csrfToken}>
        <fieldset>
          <legend>{t('replies.tags')}</legend>
          {replyTags.map((tag) => (
            <label>
              <input type="checkbox" name="tags" value={tag} checked={thread.tags.includes(tag)} />{' '}
              {tagLabel(t, tag)}
            </label>
          ))}
        </fieldset>
        <SubmitButton label={t('replies.saveTags')} />
      </Form>
      {thread.messages.map((message) => (
        <article class={`reply reply-${message.direction}`}>
          <h2>
            {message.direction === 'in' ? t('replies.fromReader') : t('replies.fromStaff')}
            {' · '}
            {formatMoment(message.at, shell.locale)}
          </h2>
          <p style="white-space: pre-wrap">{message.body}</p>
          {message.attachments.length > 0 && (
            <ul>
              {message.attachments.map((attachment) => (
                <li>
                  {t('replies.attachment', {
                    name: attachment.filename || '—',
                    type: attachment.contentType,
                    kilobytes: Math.ceil(attachment.size / 1024),
                  })}
                </li>
              ))}
            </ul>
          )}
          {message.direction === 'in' && resource?.messageId !== message.id && (
            <a href={`${base}/resource/${message.id}`}>{t('replies.toResource')}</a>
          )}
        </article>
      ))}
      {resource && (
        <Form action={`${base}/resource/${resource.messageId}`} csrfToken={shell.csrfToken}>
          <h2>{t('replies.toResource')}</h2>
          <ErrorSummary
            t={t}
            errors={resource.errors}
            labels={{
              title: t('replies.resource.title'),
              summary: t('replies.resource.summary'),
              url: t('replies.resource.url'),
              language: t('replies.resource.language'),
              topic: t('replies.resource.topic'),
              sourceLabel: t('replies.resource.sourceLabel'),
            }}
          />
          <TextField
            t={t}
            name="title"
            label={t('replies.resource.title')}
            value={resource.values.title}
            error={resource.errors.title}
          />
          <TextArea
            t={t}
            name="summary"
            label={t('replies.resource.summary')}
            value={resource.values.summary}
            error={resource.errors.summary}
          />
          <TextField
            t={t}
            name="url"
            type="url"
            label={t('replies.resource.url')}
            value={resource.values.url}
            error={resource.errors.url}
          />
          <TextField
            t={t}
            name="language"
            label={t('replies.resource.language')}
            hint={t('replies.resource.languageHint')}
            value={resource.values.language}
            error={resource.errors.language}
          />
          <SelectField
            t={t}
            name="topic"
            label={t('replies.resource.topic')}
            value={resource.values.topic}
            error={resource.errors.topic}
            options={newsletterTopic.enumValues.map((topic) => ({
              value: topic,
              label: t(`resources.topic.${topic}`),
            }))}
          />
          <SelectField
            t={t}
            name="sourceLabel"
            label={t('replies.resource.sourceLabel')}
            value={resource.values.sourceLabel}
            error={resource.errors.sourceLabel}
            options={sourceLabel.enumValues.map((label) => ({
              value: label,
              label: t(`resources.label.${label}`),
            }))}
          />
          <SubmitButton label={t('replies.resource.save')} />
        </Form>
      )}
      <Form action={`${base}/answer`} csrfToken={shell.csrfToken}>
        <h2>{t('replies.answer')}</h2>
        <p>{t('replies.answerHint')}</p>
        <ErrorSummary
          t={t}
          errors={answer?.errors ?? {}}
          labels={{ body: t('replies.answerBody') }}
        />
        <TextArea
          t={t}
          name="body"
          label={t('replies.answerBody')}
          value={answer?.values.body}
          error={answer?.errors.body}
          rows={6}
        />
        <SubmitButton label={t('replies.send')} />
      </Form>
    </Layout>
  );
}
