// /people/:id/merge: find the duplicate by name, choose it, confirm. The kept person is the one
// whose page this started from.
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Form, SubmitButton } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';

export function PersonMergePage(props: {
  shell: PageShell;
  kept: PresentedPerson;
  query: string;
  candidates: PresentedPerson[];
  error?: 'people.merge.refused' | 'form.required';
}) {
  const { shell, kept, candidates } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('people.merge.title', { name: kept.name })}>
      <h1>{t('people.merge.title', { name: kept.name })}</h1>
      <p>{t('people.merge.lead')}</p>
      {props.error && (
        <p class="field-error" role="alert">
          {t(props.error)}
        </p>
      )}
      <Form action={`/people/${kept.id}/merge/search`} csrfToken={shell.csrfToken}>
        <label for="merge-query">{t('people.search')}</label>
        <input id="merge-query" name="query" type="search" value={props.query} maxlength={100} />
        <button type="submit" class="button">
          {t('people.filter')}
        </button>
      </Form>
      {candidates.length > 0 && (
        <Form action={`/people/${kept.id}/merge`} csrfToken={shell.csrfToken}>
          <fieldset>
            <legend>{t('people.merge.choose')}</legend>
            {candidates.map((person) => (
              <div>
                <input type="radio" name="duplicateId" id={`dup-${person.id}`} value={person.id} />
                <label for={`dup-${person.id}`}>{person.name}</label>
              </div>
            ))}
          </fieldset>
          <SubmitButton label={t('people.merge.submit')} />
        </Form>
      )}
    </Layout>
  );
}
