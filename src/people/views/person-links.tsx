// On the edit page: the person's affiliations (add or change one, remove one) and their consent
// records (append a new one; the history stays).
import { Form, SelectField, SubmitButton, TextField } from '../../core/web/forms.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { AffiliationView, ConsentView } from '../people.ts';
import { consentTopic } from '../tables.ts';

export function PersonLinks(props: {
  shell: PageShell;
  personId: string;
  affiliations: AffiliationView[];
  consents: ConsentView[];
  organizations: { id: string; name: string }[];
}) {
  const { shell, personId } = props;
  const { t } = shell;
  return (
    <>
      <section>
        <h2>{t('people.affiliations')}</h2>
        <ul>
          {props.affiliations.map((affiliation) => (
            <li>
              {affiliation.organizationName} {affiliation.role}{' '}
              <Form
                action={`/people/${personId}/affiliations/${affiliation.organizationId}/remove`}
                csrfToken={shell.csrfToken}
                class="inline-form"
              >
                <button type="submit" class="link-button">
                  {t('people.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form action={`/people/${personId}/affiliations`} csrfToken={shell.csrfToken}>
          <SelectField
            t={t}
            name="organizationId"
            label={t('people.organization')}
            options={props.organizations.map((org) => ({ value: org.id, label: org.name }))}
          />
          <TextField t={t} name="role" label={t('people.role')} />
          <TextField t={t} name="fromYear" label={t('people.fromYear')} />
          <TextField t={t} name="toYear" label={t('people.toYear')} />
          <SubmitButton label={t('people.addAffiliation')} />
        </Form>
      </section>
      <section>
        <h2>{t('people.consents')}</h2>
        <ul>
          {props.consents.map((consent) => (
            <li>
              {t(`people.consent.${consent.topic}`)}:{' '}
              {t(consent.granted ? 'people.consentGranted' : 'people.consentWithdrawn')}
            </li>
          ))}
        </ul>
        <Form action={`/people/${personId}/consents`} csrfToken={shell.csrfToken}>
          <SelectField
            t={t}
            name="topic"
            label={t('people.consentTopic')}
            options={consentTopic.enumValues.map((topic) => ({
              value: topic,
              label: t(`people.consent.${topic}`),
            }))}
          />
          <SelectField
            t={t}
            name="granted"
            label={t('people.consentAnswer')}
            options={[
              { value: 'yes', label: t('people.consentGranted') },
              { value: 'no', label: t('people.consentWithdrawn') },
            ]}
          />
          <TextField t={t} name="method" label={t('people.consentMethod')} />
          <TextField t={t} name="note" label={t('people.consentNote')} />
          <SubmitButton label={t('people.recordConsent')} />
        </Form>
      </section>
    </>
  );
}
