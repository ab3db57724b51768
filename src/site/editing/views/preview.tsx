// The draft as the public will read it, drawn by the same Markdown renderer as the public pages
// (core/markdown), so what the editor approves is what gets published.
import { raw } from 'hono/html';
import type { Translate } from '../../../core/i18n/i18n.ts';

export function DraftPreview(props: {
  t: Translate;
  title: string;
  summary: string;
  /** Sanitized HTML from renderMarkdown. */
  html: string;
}) {
  return (
    <section aria-labelledby="preview-heading" class="preview panel">
      <h2 id="preview-heading">{props.t('edit.preview')}</h2>
      <article>
        <p class="preview-title">
          <strong>{props.title}</strong>
        </p>
        {props.summary && <p class="lead">{props.summary}</p>}
        {raw(props.html)}
      </article>
    </section>
  );
}
