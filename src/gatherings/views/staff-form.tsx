// /gatherings/new and /gatherings/:id/edit: every field of a gathering in one form. Times are
// typed in the gathering's own zone, which the form names beside them.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Venue } from '../gatherings.ts';
import { gatheringKind } from '../tables.ts';

export function GatheringFormPage(props: {
  shell: PageShell;
  action: string;
  title: string;
  values: Record<string, string>;
  errors: FieldErrors;
  venues: Venue[];
  programs: { id: string; name: string }[];
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels: Record<string, string> = {
    title: t('gatherings.field.title'),
    kind: t('gatherings.field.kind'),
    programId: t('gatherings.field.program'),
    timeZone: t('gatherings.field.timeZone'),
    starts: t('gatherings.field.starts'),
    ends: t('gatherings.field.ends'),
    venueId: t('gatherings.field.venue'),
    onlineUrl: t('gatherings.field.onlineUrl'),
    languages: t('gatherings.field.languages'),
    capacity: t('gatherings.field.capacity'),
    description: t('gatherings.field.description'),
    attendeeList: t('gatherings.field.attendeeList'),
    sideA: t('gatherings.field.sideA'),
    sideB: t('gatherings.field.sideB'),
  };
  const field = (name: string, hint?: string, type?: 'url' | 'datetime-local') => (
    <TextField
      t={t}
      name={name}
      label={labels[name] ?? name}
      hint={hint}
      type={type}
      value={values[name]}
      error={errors[name]}
    />
  );
  const select = (name: string, options: { value: string; label: string }[]) => (
    <SelectField
      t={t}
      name={name}
      label={labels[name] ?? name}
      value={values[name]}
      error={errors[name]}
      options={options}
    />
  );
  const zone = values.timeZone || 'UTC';
  return (
    <Layout shell={shell} title={props.title}>
      <h1>{props.title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        {field('title')}
        {select(
          'kind',
          gatheringKind.enumValues.map((kind) => ({
            value: kind,
            label: t(`gatherings.kind.${kind}`),
          })),
        )}
        {select('programId', [
          { value: '', label: t('gatherings.noProgram') },
          ...props.programs.map((p) => ({ value: p.id, label: p.name })),
        ])}
        {field('timeZone', t('gatherings.hint.timeZone'))}
        {field('starts', t('gatherings.hint.inZone', { zone }), 'datetime-local')}
        {field('ends', t('gatherings.hint.inZone', { zone }), 'datetime-local')}
        {select('venueId', [
          { value: '', label: t('gatherings.noVenue') },
          ...props.venues.map((v) => ({ value: v.id, label: `${v.name} (${v.country})` })),
        ])}
        {field('onlineUrl', t('gatherings.hint.onlineUrl'), 'url')}
        {field('languages', t('gatherings.hint.languages'))}
        {field('capacity', t('gatherings.hint.capacity'))}
        <TextArea
          t={t}
          name="description"
          label={labels.description ?? ''}
          hint={t('gatherings.hint.description')}
          value={values.description}
          error={errors.description}
          rows={8}
        />
        {select('attendeeList', [
          { value: 'staff_only', label: t('gatherings.attendeeList.staff_only') },
          { value: 'confirmed_attendees', label: t('gatherings.attendeeList.confirmed_attendees') },
          { value: 'public_consented', label: t('gatherings.attendeeList.public_consented') },
        ])}
        <div class="field">
          <label>
            <input type="checkbox" name="public" checked={values.public === 'on'} />{' '}
            {t('gatherings.field.public')}
          </label>
        </div>
        <fieldset>
          <legend>{t('gatherings.field.sides')}</legend>
          <p class="hint">{t('gatherings.hint.sides')}</p>
          {field('sideA')}
          {field('sideB')}
        </fieldset>
        <SubmitButton label={t('gatherings.save')} />
      </Form>
    </Layout>
  );
}
