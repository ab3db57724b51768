// The revisions of one item, newest first, and one revision on its own with a way to restore it.
import { raw } from 'hono/html';
import { formatMoment } from '../../../core/web/format.ts';
import { Form } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { DraftContent, RevisionSummary } from '../editable.ts';

export interface ShownRevision extends RevisionSummary {
  /** The saving account as the viewer may see it, or empty when unknown or hidden. */
  author: string;
}

function authorOf(shell: PageShell, revision: ShownRevision): string {
  return revision.author || shell.t('edit.unknownAuthor');
}

export function RevisionsPage(props: {
  shell: PageShell;
  itemPath: string;
  itemTitle: string;
  revisions: ShownRevision[];
  publishedRevisionId: number | null;
}) {
  const { shell, itemPath } = props;
  const { t } = shell;
  const heading = t('edit.revisionsOf', { title: props.itemTitle });
  return (
    <Layout shell={shell} title={heading}>
      <p>
        <a href={itemPath}>{t('edit.backToDraft')}</a>
      </p>
      <h1>{heading}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('edit.revision')}</th>
            <th scope="col">{t('edit.savedAt')}</th>
            <th scope="col">{t('edit.savedBy')}</th>
            <th scope="col">{t('edit.field.title')}</th>
          </tr>
        </thead>
        <tbody>
          {props.revisions.map((revision) => (
            <tr>
              <td>
                <a href={`${itemPath}/revisions/${revision.id}`}>
                  {t('edit.revisionNumber', { number: revision.id })}
                </a>
                {revision.id === props.publishedRevisionId && ` · ${t('edit.publishedRevision')}`}
              </td>
              <td>{formatMoment(revision.createdAt, shell.locale)}</td>
              <td>{authorOf(shell, revision)}</td>
              <td>{revision.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function RevisionPage(props: {
  shell: PageShell;
  itemPath: string;
  revision: ShownRevision & DraftContent;
  /** Sanitized HTML of the revision's body. */
  html: string;
}) {
  const { shell, itemPath, revision } = props;
  const { t } = shell;
  const heading = t('edit.revisionNumber', { number: revision.id });
  return (
    <Layout shell={shell} title={heading}>
      <p>
        <a href={`${itemPath}/revisions`}>{t('edit.revisions')}</a>
      </p>
      <h1>{heading}</h1>
      <p>
        {formatMoment(revision.createdAt, shell.locale)} · {authorOf(shell, revision)}
      </p>
      <Form
        action={`${itemPath}/revisions/${revision.id}/restore`}
        csrfToken={shell.csrfToken}
        class="inline-form"
      >
        <button type="submit" class="button">
          {t('edit.restore')}
        </button>
      </Form>
      <p class="hint">{t('edit.restoreHint')}</p>
      <section aria-labelledby="revision-text" class="preview panel">
        <h2 id="revision-text">{revision.title}</h2>
        {revision.summary && <p class="lead">{revision.summary}</p>}
        {raw(props.html)}
      </section>
      <details>
        <summary>{t('edit.markdownSource')}</summary>
        <pre>{revision.body}</pre>
      </details>
    </Layout>
  );
}
