// The fields of a session, shared by the new-session form and the edit page. Start and end are
// typed in the gathering's zone, and the hint names it.
import { ErrorSummary, type FieldErrors, TextArea, TextField } from '../../../core/web/forms.tsx';
import type { PageShell } from '../../../core/web/shell.ts';

export function sessionFieldLabels(shell: PageShell): Record<string, string> {
  const { t } = shell;
  return {
    title: t('agenda.field.title'),
    description: t('agenda.field.description'),
    startsAt: t('agenda.field.startsAt'),
    endsAt: t('agenda.field.endsAt'),
    room: t('agenda.field.room'),
    languages: t('agenda.field.languages'),
    interpretation: t('agenda.field.interpretation'),
  };
}

export function SessionFields(props: {
  shell: PageShell;
  timeZone: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = sessionFieldLabels(shell);
  const timeHint = t('agenda.field.timeHint', { zone: props.timeZone });
  return (
    <>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <TextField
        t={t}
        name="title"
        label={labels.title ?? ''}
        value={values.title}
        error={errors.title}
        required
        maxLength={200}
      />
      <TextArea
        t={t}
        name="description"
        label={labels.description ?? ''}
        value={values.description}
        error={errors.description}
        maxLength={5000}
      />
      <TextField
        t={t}
        name="startsAt"
        type="datetime-local"
        label={labels.startsAt ?? ''}
        hint={timeHint}
        value={values.startsAt}
        error={errors.startsAt}
        required
      />
      <TextField
        t={t}
        name="endsAt"
        type="datetime-local"
        label={labels.endsAt ?? ''}
        hint={timeHint}
        value={values.endsAt}
        error={errors.endsAt}
        required
      />
      <TextField
        t={t}
        name="room"
        label={labels.room ?? ''}
        value={values.room}
        error={errors.room}
        maxLength={200}
      />
      <TextField
        t={t}
        name="languages"
        label={labels.languages ?? ''}
        hint={t('agenda.field.languagesHint')}
        value={values.languages}
        error={errors.languages}
        maxLength={200}
      />
      <TextField
        t={t}
        name="interpretation"
        label={labels.interpretation ?? ''}
        hint={t('agenda.field.interpretationHint')}
        value={values.interpretation}
        error={errors.interpretation}
        maxLength={200}
      />
    </>
  );
}
