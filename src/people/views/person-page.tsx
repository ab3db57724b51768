// /people/:id: one person, as the viewer's audience may see them. The page shows only what the
// gate presented; fields it left out are simply not there.
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { formatMoment } from '../../core/web/format.ts';
import { Form } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { PersonRecord } from '../people.ts';
import type { PeoplePermissions } from '../policy.ts';

export function PersonPage(props: {
  shell: PageShell;
  record: PersonRecord;
  permissions: PeoplePermissions;
}) {
  const { shell, record, permissions } = props;
  const { t } = shell;
  const { person } = record;
  return (
    <Layout shell={shell} title={person.name}>
      <h1>{person.name}</h1>
      {person.pseudonymous && <p class="hint">{t('people.pseudonymNote')}</p>}
      {person.archived && <p class="hint">{t('people.archivedNote')}</p>}
      <PersonFacts shell={shell} person={person} />
      {person.bio && <p class="bio">{person.bio}</p>}
      {record.contacts && record.contacts.length > 0 && (
        <section>
          <h2>{t('people.contacts')}</h2>
          <ul>
            {record.contacts.map((contact) => (
              <li>
                {t(`people.contact.${contact.kind}`)}: {contact.value}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.affiliations && record.affiliations.length > 0 && (
        <section>
          <h2>{t('people.affiliations')}</h2>
          <ul>
            {record.affiliations.map((affiliation) => (
              <li>
                {affiliation.organizationName}
                {affiliation.role && `, ${affiliation.role}`}
                {(affiliation.fromYear || affiliation.toYear) &&
                  ` (${affiliation.fromYear ?? ''}–${affiliation.toYear ?? ''})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.consents && record.consents.length > 0 && (
        <section>
          <h2>{t('people.consents')}</h2>
          <ul>
            {record.consents.map((consent) => (
              <li>
                {t(`people.consent.${consent.topic}`)}:{' '}
                {t(consent.granted ? 'people.consentGranted' : 'people.consentWithdrawn')} (
                {consent.method}, {formatMoment(consent.recordedAt, shell.locale)})
              </li>
            ))}
          </ul>
        </section>
      )}
      {permissions.list &&
        !person.archived &&
        record.contacts?.some((contact) => contact.kind === 'email') && (
          // Refused with a message if the person has an account already (src/accounts).
          <Form action="/account/invitations/person" csrfToken={shell.csrfToken}>
            <input type="hidden" name="personId" value={person.id} />
            <button type="submit" class="link-button">
              {t('invitations.invitePerson')}
            </button>
          </Form>
        )}
      {!person.pseudonymous && (permissions.edit || permissions.merge) && (
        <section class="actions">
          {permissions.edit && <a href={`/people/${person.id}/edit`}>{t('people.edit')}</a>}{' '}
          {permissions.merge && !person.archived && (
            <a href={`/people/${person.id}/merge`}>{t('people.merge')}</a>
          )}
          {permissions.archive && (
            <Form
              action={`/people/${person.id}/${person.archived ? 'unarchive' : 'archive'}`}
              csrfToken={shell.csrfToken}
              class="inline-form"
            >
              <button type="submit" class="link-button">
                {t(person.archived ? 'people.unarchive' : 'people.archive')}
              </button>
            </Form>
          )}{' '}
          {permissions.erase && (
            <a href={`/people/${person.id}/erase`}>{t('dataRights.eraseTitle')}</a>
          )}
        </section>
      )}
    </Layout>
  );
}

function PersonFacts(props: { shell: PageShell; person: PresentedPerson }) {
  const { t } = props.shell;
  const { person } = props;
  const facts: [string, string][] = [];
  if (person.otherNames?.length) facts.push([t('people.otherNames'), person.otherNames.join(', ')]);
  if (person.residence) facts.push([t('people.residence'), person.residence]);
  if (person.citizenships?.length) {
    facts.push([t('people.citizenships'), person.citizenships.join(', ')]);
  }
  if (person.languages?.length) facts.push([t('people.languages'), person.languages.join(', ')]);
  if (person.fields?.length) facts.push([t('people.fields'), person.fields.join(', ')]);
  if (person.tier) facts.push([t('people.tier'), t(`people.tier.${person.tier}`)]);
  if (facts.length === 0) return null;
  return (
    <dl>
      {facts.map(([term, value]) => (
        <>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}
