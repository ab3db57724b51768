// An article's own fields in the edit form: tags, programs and the cover image.
import type { Translate } from '../../../core/i18n/i18n.ts';
import type { MediaSummary } from '../../../core/media/library.ts';
import { type FieldErrors, SelectField, TextField } from '../../../core/web/forms.tsx';
import { maxCoverAltLength } from '../article-details.ts';

export function articleFieldLabels(t: Translate): Record<string, string> {
  return {
    tags: t('edit.field.tags'),
    programIds: t('edit.field.programs'),
    coverMediaId: t('edit.field.cover'),
    coverAlt: t('edit.field.coverAlt'),
    personId: t('edit.authors'),
  };
}

export function ArticleFields(props: {
  t: Translate;
  values: Record<string, string>;
  errors: FieldErrors;
  programs: { id: string; name: string }[];
  images: MediaSummary[];
}) {
  const { t, values, errors } = props;
  const labels = articleFieldLabels(t);
  const chosenPrograms = new Set((values.programIds ?? '').split(',').filter(Boolean));
  return (
    <>
      <TextField
        t={t}
        name="tags"
        label={labels.tags ?? ''}
        hint={t('edit.hint.tags')}
        value={values.tags}
        error={errors.tags}
      />
      {props.programs.length > 0 && (
        <fieldset id="field-programIds" class={errors.programIds ? 'field field-invalid' : 'field'}>
          <legend>{labels.programIds}</legend>
          {errors.programIds && (
            <p class="field-error">{t(errors.programIds.key, errors.programIds.values)}</p>
          )}
          {props.programs.map((program) => (
            <label class="checkbox">
              <input
                type="checkbox"
                name="programIds"
                value={program.id}
                checked={chosenPrograms.has(program.id)}
              />{' '}
              {program.name}
            </label>
          ))}
        </fieldset>
      )}
      <SelectField
        t={t}
        name="coverMediaId"
        label={labels.coverMediaId ?? ''}
        hint={t('edit.hint.cover')}
        value={values.coverMediaId}
        error={errors.coverMediaId}
        options={[
          { value: '', label: t('edit.noCover') },
          ...props.images.map((image) => ({
            value: image.id,
            label: `${image.altText || image.id.slice(0, 8)} (${image.width}×${image.height})`,
          })),
        ]}
      />
      <p>
        <a href="/edit/media">{t('edit.uploadMedia')}</a>
      </p>
      <TextField
        t={t}
        name="coverAlt"
        label={labels.coverAlt ?? ''}
        hint={t('edit.hint.coverAlt')}
        value={values.coverAlt}
        error={errors.coverAlt}
        maxLength={maxCoverAltLength}
      />
    </>
  );
}
