// /gatherings/:id/follow-up: compose the message, preview it as a recipient will see it, send.
import { raw } from 'hono/html';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { ConveningGathering } from '../context.ts';

export function FollowUpPage(props: {
  shell: PageShell;
  gathering: ConveningGathering;
  action: string;
  recipients: number;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The message as it will be sent, after "preview". */
  preview?: { subject: string; html: string };
}) {
  const { shell, gathering, action, values, preview } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('followUp.title', { title: gathering.title })}>
      <h1>{t('followUp.title', { title: gathering.title })}</h1>
      <p>
        {gathering.noRecordCheckIn
          ? t('followUp.recipientsInvitees', { count: props.recipients })
          : t('followUp.recipientsAttendees', { count: props.recipients })}
      </p>
      <p class="hint">{t('followUp.onePerMessage')}</p>
      {preview && (
        <section aria-labelledby="preview">
          <h2 id="preview">{t('followUp.preview')}</h2>
          <p>
            <strong>{t('followUp.subject')}:</strong> {preview.subject}
          </p>
          <div class="message-preview">{raw(preview.html)}</div>
          {props.recipients > 0 ? (
            <Form action={`${action}/send`} csrfToken={shell.csrfToken}>
              <input type="hidden" name="subject" value={values.subject ?? ''} />
              <input type="hidden" name="body" value={values.body ?? ''} />
              <SubmitButton label={t('followUp.send', { count: props.recipients })} />
            </Form>
          ) : (
            <p>{t('followUp.nobody')}</p>
          )}
        </section>
      )}
      <ErrorSummary
        t={t}
        errors={props.errors}
        labels={{ subject: t('followUp.subject'), body: t('followUp.body') }}
      />
      <Form action={`${action}/preview`} csrfToken={shell.csrfToken}>
        <TextField
          t={t}
          name="subject"
          label={t('followUp.subject')}
          value={values.subject}
          error={props.errors.subject}
          maxLength={200}
        />
        <TextArea
          t={t}
          name="body"
          label={t('followUp.body')}
          hint={t('followUp.bodyHint')}
          value={values.body}
          error={props.errors.body}
          rows={12}
        />
        <SubmitButton label={t('followUp.showPreview')} />
      </Form>
    </Layout>
  );
}
