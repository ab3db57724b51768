// A page with one form of texts: a program's text in one language, a project's, a new project,
// a project's working fields. Which fields it has is given; the frame is always the same.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../core/web/forms.tsx';
import { Layout } from '../../../../core/web/layout.tsx';
import type { PageShell } from '../../../../core/web/shell.ts';

export interface FormField {
  name: string;
  label: string;
  hint?: string;
  /** A text area of this many rows; a one-line field without it. */
  rows?: number;
}

export function TextFormPage(props: {
  shell: PageShell;
  title: string;
  /** The language the texts are written in, if it is not the interface's. */
  lang?: string;
  back: { href: string; label: string };
  action: string;
  fields: FormField[];
  values: Record<string, string>;
  errors: FieldErrors;
  /** A second form below, such as removing this translation. */
  remove?: { action: string; label: string };
  /** Links below the form (a project's translations). */
  links?: { href: string; label: string }[];
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = Object.fromEntries(props.fields.map((field) => [field.name, field.label]));
  return (
    <Layout shell={shell} title={props.title}>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
      <h1>{props.title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        <div lang={props.lang}>
          {props.fields.map((field) =>
            field.rows ? (
              <TextArea
                t={t}
                name={field.name}
                label={field.label}
                hint={field.hint}
                rows={field.rows}
                value={values[field.name]}
                error={errors[field.name]}
              />
            ) : (
              <TextField
                t={t}
                name={field.name}
                label={field.label}
                hint={field.hint}
                value={values[field.name]}
                error={errors[field.name]}
              />
            ),
          )}
        </div>
        <SubmitButton label={t('programs.edit.save')} />
      </Form>
      {props.remove && (
        <Form action={props.remove.action} csrfToken={shell.csrfToken}>
          <SubmitButton label={props.remove.label} />
        </Form>
      )}
      {props.links && (
        <ul>
          {props.links.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
