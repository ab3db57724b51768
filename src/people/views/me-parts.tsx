// Parts of the /me pages: the presented fields of a person and a list of affiliations.
import type { MessageKey } from '../../core/i18n/i18n.ts';
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import type { PageShell } from '../../core/web/shell.ts';
import type { OwnAffiliation } from '../own-profile.ts';

/** The presented fields, each only when the presenter gave it. */
export function PersonFacts(props: { shell: PageShell; person: PresentedPerson }) {
  const { person } = props;
  const { t } = props.shell;
  const row = (label: MessageKey, value: string | undefined | null) =>
    value === undefined || value === null ? null : (
      <>
        <dt>{t(label)}</dt>
        <dd>{value === '' ? t('me.none') : value}</dd>
      </>
    );
  const list = (values: string[] | undefined) => values?.join(', ');
  return (
    <dl class="person-facts">
      {row(person.pseudonymous ? 'me.field.pseudonym' : 'me.field.displayName', person.name)}
      {row('me.field.otherNames', list(person.otherNames))}
      {row(
        'me.field.residence',
        person.residence === undefined ? undefined : (person.residence ?? ''),
      )}
      {row('me.field.citizenships', list(person.citizenships))}
      {row('me.field.languages', list(person.languages))}
      {row('me.field.fields', list(person.fields))}
      {row('me.field.bio', person.bio)}
      {row('me.field.tier', person.tier && t(`me.tierName.${person.tier}`))}
    </dl>
  );
}

export function Affiliations(props: { shell: PageShell; affiliations: OwnAffiliation[] }) {
  const { t } = props.shell;
  if (props.affiliations.length === 0) return <p>{t('me.none')}</p>;
  return (
    <ul>
      {props.affiliations.map((affiliation) => (
        <li>
          {affiliation.organization}
          {affiliation.role && `, ${affiliation.role}`}
          {(affiliation.fromYear || affiliation.toYear) &&
            ` (${affiliation.fromYear ?? '…'}–${affiliation.toYear ?? ''})`}
        </li>
      ))}
    </ul>
  );
}
