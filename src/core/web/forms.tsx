// Accessible forms: every field (text, text area, select) has a label, an optional hint and, after a failed submission,
// an inline error tied to it with aria-describedby, plus a summary at the top that links to each
// field. Validation is a zod schema whose messages are catalog keys, so errors are translated.

import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { z } from 'zod';
import { en, type MessageKey } from '../i18n/catalogs/en.ts';
import type { Translate } from '../i18n/i18n.ts';
import { csrfFieldName } from './csrf.ts';

export interface FieldError {
  key: MessageKey;
  values?: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<string, FieldError>>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Parses a submitted form with a schema; on failure gives per-field errors and what was typed. */
export async function parseForm<T>(c: Context, schema: z.ZodType<T>): Promise<FormResult<T>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string' && name !== csrfFieldName) values[name] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    errors[field] = {
      key: isMessageKey(issue.message) ? issue.message : 'form.required',
      values: 'maximum' in issue ? { max: Number(issue.maximum) } : undefined,
    };
  }
  return { ok: false, errors, values };
}

function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

export function Form(props: {
  action: string;
  csrfToken: string;
  children: Child;
  class?: string;
  /** 'multipart/form-data' for a form with a FileField. */
  enctype?: 'multipart/form-data';
}) {
  return (
    <form
      method="post"
      action={props.action}
      class={props.class}
      enctype={props.enctype}
      novalidate
    >
      <input type="hidden" name={csrfFieldName} value={props.csrfToken} />
      {props.children}
    </form>
  );
}

/** The list of problems at the top of a form; focused on load by the enhancement script. */
export function ErrorSummary(props: {
  t: Translate;
  errors: FieldErrors;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(props.errors).filter(([, error]) => error);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-focus-on-load>
      <h2>{props.t('form.errorSummary')}</h2>
      <ul>
        {entries.map(([field, error]) => (
          <li>
            <a href={`#field-${field}`}>
              {props.labels[field] ?? field}: {error && props.t(error.key, error.values)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  t: Translate;
  name: string;
  label: string;
  hint?: string;
  error?: FieldError;
}

/** The label, hint and inline error every field shares, around its control. */
function FieldFrame(props: FieldProps & { children: Child }) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.t(props.error.key, props.error.values)}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** The ids of the hint and error that describe a control, for aria-describedby. */
function describedBy(props: FieldProps): string | undefined {
  const id = `field-${props.name}`;
  return (
    [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined
  );
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'search' | 'url' | 'tel' | 'date' | 'datetime-local';
    value?: string;
    autocomplete?: string;
    required?: boolean;
    maxLength?: number;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        required={props.required}
        maxlength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  props: FieldProps & { value?: string; rows?: number; maxLength?: number },
) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={`field-${props.name}`}
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

/** A file picker; its form needs enctype="multipart/form-data". `accept` only guides the
 * browser's picker: the server still checks what arrives. */
export function FileField(props: FieldProps & { accept?: string; required?: boolean }) {
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type="file"
        accept={props.accept}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & { value?: string; options: { value: string; label: string }[] },
) {
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${props.name}`}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton(props: { label: string }) {
  return (
    <button type="submit" class="button">
      {props.label}
    </button>
  );
}
