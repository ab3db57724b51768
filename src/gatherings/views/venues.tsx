// /gatherings/venues: the places gatherings happen, and the form to add or change one.
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextArea,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Venue } from '../gatherings.ts';
import { gatheringPaths } from '../paths.ts';

export function VenueListPage(props: { shell: PageShell; venues: Venue[] }) {
  const { t } = props.shell;
  return (
    <Layout shell={props.shell} title={t('gatherings.venues.title')}>
      <h1>{t('gatherings.venues.title')}</h1>
      <p>
        <a href={gatheringPaths.venueNew}>{t('gatherings.venues.new')}</a>
      </p>
      {props.venues.length === 0 ? (
        <p>{t('gatherings.venues.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('gatherings.venues.name')}</th>
              <th scope="col">{t('gatherings.venues.country')}</th>
            </tr>
          </thead>
          <tbody>
            {props.venues.map((venue) => (
              <tr>
                <td>
                  <a href={gatheringPaths.venue(venue.id)}>{venue.name}</a>
                </td>
                <td>{venue.country}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function VenueFormPage(props: {
  shell: PageShell;
  action: string;
  title: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The venue being edited; none on the page that adds one. */
  venueId?: string;
}) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = {
    name: t('gatherings.venues.name'),
    address: t('gatherings.venues.address'),
    country: t('gatherings.venues.country'),
    travelNotes: t('gatherings.venues.travelNotes'),
  };
  return (
    <Layout shell={shell} title={props.title}>
      <h1>{props.title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        <TextField t={t} name="name" label={labels.name} value={values.name} error={errors.name} />
        <TextArea
          t={t}
          name="address"
          label={labels.address}
          value={values.address}
          error={errors.address}
          rows={3}
        />
        <TextField
          t={t}
          name="country"
          label={labels.country}
          hint={t('gatherings.hint.country')}
          value={values.country}
          error={errors.country}
        />
        <TextArea
          t={t}
          name="travelNotes"
          label={labels.travelNotes}
          hint={t('gatherings.venues.travelNotesHint')}
          value={values.travelNotes}
          error={errors.travelNotes}
          rows={5}
        />
        <SubmitButton label={t('gatherings.save')} />
      </Form>
      {props.venueId && (
        <Form action={gatheringPaths.venueDelete(props.venueId)} csrfToken={shell.csrfToken}>
          <p class="hint">{t('gatherings.venues.deleteHint')}</p>
          <button type="submit">{t('gatherings.venues.delete')}</button>
        </Form>
      )}
    </Layout>
  );
}
