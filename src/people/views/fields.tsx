// Form parts the shell does not have yet: a text area and a select, with the same label, hint
// and inline error as TextField.

import type { Child } from 'hono/jsx';
import type { Translate } from '../../core/i18n/i18n.ts';
import type { FieldError } from '../../core/web/forms.tsx';

interface FieldProps {
  t: Translate;
  name: string;
  label: string;
  hint?: string;
  error?: FieldError;
}

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

function describedBy(props: FieldProps): string | undefined {
  const id = `field-${props.name}`;
  return (
    [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined
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
