// What a kind (pages, articles) tells the shared editor about itself, and the one function that
// draws an item's edit page with its panels, for every route that shows it.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Db } from '../../core/db/client.ts';
import type { Locale, MessageKey, Translate } from '../../core/i18n/i18n.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import type { AppEnv } from '../../core/web/context.ts';
import type { FieldErrors } from '../../core/web/forms.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { type EditableItem, type EditableKind, listTranslations } from './editable.ts';
import { statusOfItem } from './status.ts';
import { EditorPage } from './views/editor-page.tsx';
import { PublishingPanel, TranslationsPanel } from './views/panels.tsx';

export type SubmittedBody = Record<string, string | File | (string | File)[]>;

/** The fields and panels only one kind has (an article's tags, programs, cover, authors). */
export interface EditorExtras<Extra> {
  labels(t: Translate): Record<string, string>;
  /** The form values of what is saved. */
  savedValues(db: Db, itemId: string): Promise<Record<string, string>>;
  /** The form values from a submitted body, to show again after an error. */
  submittedValues(body: SubmittedBody): Record<string, string>;
  parse(
    db: Db,
    body: SubmittedBody,
  ): Promise<{ ok: true; data: Extra } | { ok: false; errors: FieldErrors }>;
  save(db: Db, itemId: string, data: Extra): Promise<void>;
  fields(c: Context<AppEnv>, values: Record<string, string>, errors: FieldErrors): Promise<Child>;
  panels?(c: Context<AppEnv>, item: EditableItem): Promise<Child>;
}

export interface EditorOptions<Extra> {
  kind: EditableKind;
  basePath: string;
  reservedSlugs: readonly string[];
  publicPath(locale: Locale, slug: string): string;
  texts: { list: MessageKey; create: MessageKey; edit: MessageKey; created: MessageKey };
  extras?: EditorExtras<Extra>;
}

export interface EditViewState {
  values: Record<string, string>;
  errors: FieldErrors;
  preview?: boolean;
  scheduleValue?: string;
}

/** The edit page of a saved item. */
export async function renderEditor<Extra>(
  c: Context<AppEnv>,
  options: EditorOptions<Extra>,
  item: EditableItem,
  state: EditViewState,
) {
  const shell = pageShell(c);
  const { db } = c.get('deps');
  const { basePath, kind, extras } = options;
  const itemPath = `${basePath}/${item.id}`;
  const [status, translations, extraFields, extraPanels] = await Promise.all([
    statusOfItem(db, kind, item),
    listTranslations(db, kind, item),
    extras?.fields(c, state.values, state.errors),
    extras?.panels?.(c, item),
  ]);
  return c.html(
    <EditorPage
      shell={shell}
      heading={shell.t(options.texts.edit, { title: item.title })}
      basePath={basePath}
      action={itemPath}
      previewAction={`${itemPath}/preview`}
      values={state.values}
      errors={state.errors}
      preview={state.preview ? previewOf(state.values) : undefined}
      extraLabels={extras?.labels(shell.t)}
      extraFields={extraFields}
      panels={
        <>
          <PublishingPanel
            shell={shell}
            action={itemPath}
            status={status}
            publishAt={item.publishAt}
            publicPath={options.publicPath(item.locale, item.slug)}
            scheduleValue={state.scheduleValue ?? ''}
            errors={state.errors}
          />
          <TranslationsPanel
            t={shell.t}
            basePath={basePath}
            itemId={item.id}
            locale={item.locale}
            translations={translations}
          />
          {extraPanels}
        </>
      }
    />,
    Object.keys(state.errors).length > 0 ? 400 : 200,
  );
}

/** The form for a new draft, in a language chosen here. */
export async function renderNewEditor<Extra>(
  c: Context<AppEnv>,
  options: EditorOptions<Extra>,
  state: EditViewState,
) {
  const shell = pageShell(c);
  const { basePath, extras } = options;
  return c.html(
    <EditorPage
      shell={shell}
      heading={shell.t(options.texts.create)}
      basePath={basePath}
      action={`${basePath}/new`}
      previewAction={`${basePath}/new/preview`}
      values={state.values}
      errors={state.errors}
      chooseLocale
      preview={state.preview ? previewOf(state.values) : undefined}
      extraLabels={extras?.labels(shell.t)}
      extraFields={await extras?.fields(c, state.values, state.errors)}
    />,
    Object.keys(state.errors).length > 0 ? 400 : 200,
  );
}

function previewOf(values: Record<string, string>) {
  return {
    title: values.title ?? '',
    summary: values.summary ?? '',
    html: renderMarkdown(values.body ?? ''),
  };
}
