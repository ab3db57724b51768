// /edit/media: the upload form, then every uploaded image, newest first, with the id an editor
// copies into an article, partner or timeline form.

import { sitePaths } from '../../../site/urls.ts';
import {
  ErrorSummary,
  type FieldErrors,
  FileField,
  Form,
  SubmitButton,
  TextArea,
} from '../../web/forms.tsx';
import { Layout } from '../../web/layout.tsx';
import type { PageShell } from '../../web/shell.ts';
import type { MediaSummary } from '../library.ts';
import { maxUploadBytes } from '../media.ts';
import { keptWidths } from '../variants.ts';

export interface MediaListProps {
  shell: PageShell;
  items: MediaSummary[];
  total: number;
  page: number;
  pages: number;
  values: Record<string, string>;
  errors: FieldErrors;
}

const thumbnailWidth = 160;

export function MediaListPage(props: MediaListProps) {
  const { shell, errors } = props;
  const { t } = shell;
  const labels = { file: t('media.file'), altText: t('media.altText') };
  return (
    <Layout shell={shell} title={t('media.title')}>
      <h1>{t('media.title')}</h1>
      <p>{t('media.lead')}</p>
      <h2>{t('media.uploadTitle')}</h2>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action="/edit/media" csrfToken={shell.csrfToken} enctype="multipart/form-data">
        <FileField
          t={t}
          name="file"
          label={labels.file}
          hint={t('media.fileHint', { max: maxUploadBytes / 1024 / 1024 })}
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
          required
          error={errors.file}
        />
        <TextArea
          t={t}
          name="altText"
          label={labels.altText}
          hint={t('media.altTextHint')}
          rows={2}
          value={props.values.altText}
          error={errors.altText}
        />
        <SubmitButton label={t('media.upload')} />
      </Form>
      <p>{t('media.count', { total: props.total })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('media.image')}</th>
            <th scope="col">{t('media.altText')}</th>
            <th scope="col">{t('media.size')}</th>
            <th scope="col">{t('media.id')}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr>
              <td>
                {/* The alternative text is in the next column: read twice, it would be noise. */}
                <img
                  src={sitePaths.media(item.id, keptWidths(item.width)[0] ?? item.width, 'jpeg')}
                  width={thumbnailWidth}
                  height={Math.round((item.height / item.width) * thumbnailWidth)}
                  alt=""
                  loading="lazy"
                />
              </td>
              <td>
                <a href={`/edit/media/${item.id}`}>{item.altText || '—'}</a>
              </td>
              <td>{sizeText(shell, item)}</td>
              <td>
                <code>{item.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label={t('pager.label')}>
        {props.page > 1 && (
          <a href={`/edit/media?page=${props.page - 1}`} rel="prev">
            {t('pager.previous')}
          </a>
        )}{' '}
        {t('pager.status', { page: props.page, pages: props.pages })}{' '}
        {props.page < props.pages && (
          <a href={`/edit/media?page=${props.page + 1}`} rel="next">
            {t('pager.next')}
          </a>
        )}
      </nav>
    </Layout>
  );
}

export function sizeText(shell: PageShell, item: MediaSummary): string {
  return shell.t('media.sizeValue', {
    width: item.width,
    height: item.height,
    kilobytes: Math.ceil(item.storedBytes / 1024),
  });
}
