// /edit/media/:id: one image as pages will show it, its id, and its alternative text to change.
import { formatMoment } from '../../web/format.ts';
import { ErrorSummary, type FieldErrors, Form, SubmitButton, TextArea } from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { MediaSummary } from '../library.ts';
import { Picture } from '../picture.tsx';
import { sizeText } from './media-list.tsx';

export function MediaEditPage(props: {
  shell: PageShell;
  item: MediaSummary;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, item, errors } = props;
  const { t } = shell;
  const labels = { altText: t('media.altText') };
  return (
    <Layout shell={shell} title={t('media.editTitle', { id: item.id })}>
      <p>
        <a href="/edit/media">{t('media.back')}</a>
      </p>
      <h1>{t('media.editTitle', { id: item.id })}</h1>
      <Picture media={item} alt={item.altText} sizes="(min-width: 40rem) 40rem, 100vw" />
      <dl>
        <dt>{t('media.id')}</dt>
        <dd>
          <code>{item.id}</code> {t('media.idHint')}
        </dd>
        <dt>{t('media.size')}</dt>
        <dd>{sizeText(shell, item)}</dd>
        <dt>{t('media.uploadedAt')}</dt>
        <dd>{formatMoment(item.createdAt, shell.locale)}</dd>
      </dl>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={`/edit/media/${item.id}`} csrfToken={shell.csrfToken}>
        <TextArea
          t={t}
          name="altText"
          label={labels.altText}
          hint={t('media.altTextHint')}
          rows={2}
          value={props.values.altText}
          error={errors.altText}
        />
        <SubmitButton label={t('media.saveAltText')} />
      </Form>
    </Layout>
  );
}
