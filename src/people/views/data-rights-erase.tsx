// The confirmation before erasing a person: what erasure does, and a box to tick.
import { ErrorSummary, type FieldErrors, Form } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';

export function ErasePersonPage(props: {
  shell: PageShell;
  personId: string;
  name: string;
  errors: FieldErrors;
}) {
  const { shell, errors } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('dataRights.eraseTitle')}>
      <h1>{t('dataRights.eraseTitle')}</h1>
      <p>{t('dataRights.eraseLead', { name: props.name })}</p>
      <ErrorSummary t={t} errors={errors} labels={{ confirm: t('dataRights.confirm') }} />
      <Form action={`/people/${props.personId}/erase`} csrfToken={shell.csrfToken}>
        <div class={errors.confirm ? 'field field-invalid' : 'field'}>
          {errors.confirm && (
            <p class="field-error" id="field-confirm-error">
              {t(errors.confirm.key)}
            </p>
          )}
          <input
            type="checkbox"
            id="field-confirm"
            name="confirm"
            value="yes"
            aria-describedby={errors.confirm ? 'field-confirm-error' : undefined}
          />{' '}
          <label for="field-confirm">{t('dataRights.confirm')}</label>
        </div>
        <button type="submit" class="button">
          {t('dataRights.erase')}
        </button>
      </Form>
      <p>
        <a href={`/people/${props.personId}`}>{t('dataRights.cancel')}</a>
      </p>
    </Layout>
  );
}
