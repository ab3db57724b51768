// /me: a person's own record in full, their tier in plain words, and the ways to act on it:
// edit, see what others see ("view as"), download everything.
import type { MessageKey } from '../../core/i18n/i18n.ts';
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Contact } from '../contacts.ts';
import type { OwnAffiliation } from '../own-profile.ts';
import type { Tier } from '../tables.ts';
import { Affiliations, PersonFacts } from './me-parts.tsx';
import { viewAsAudiences } from './me-view-as.tsx';

const tierExplanation: Record<Tier, MessageKey> = {
  public: 'me.tier.public',
  network: 'me.tier.network',
  staff: 'me.tier.staff',
  protected: 'me.tier.protected',
};

export function MeProfilePage(props: {
  shell: PageShell;
  person: PresentedPerson;
  tier: Tier;
  affiliations: OwnAffiliation[];
  contacts: Contact[];
}) {
  const { shell, person } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('me.title')}>
      <h1>{t('me.title')}</h1>
      <h2>{t('me.tierTitle')}</h2>
      <p>
        <strong>{t(`me.tierName.${props.tier}`)}</strong>: {t(tierExplanation[props.tier])}
      </p>
      <p class="hint">{t('me.tierHint')}</p>
      <h2>{t('me.recordTitle')}</h2>
      <PersonFacts shell={shell} person={person} />
      <p>
        <a class="button" href="/me/edit">
          {t('me.edit')}
        </a>
      </p>
      <h3>{t('me.affiliations')}</h3>
      <Affiliations shell={shell} affiliations={props.affiliations} />
      <h3>{t('me.contacts')}</h3>
      {props.contacts.length === 0 ? (
        <p>{t('me.none')}</p>
      ) : (
        <ul>
          {props.contacts.map((contact) => (
            <li>
              {contact.kind}: {contact.value}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('me.viewAsTitle')}</h2>
      <ul>
        {viewAsAudiences.map((audience) => (
          <li>
            <a href={`/me/view-as/${audience}`}>{t(`me.viewAs.${audience}`)}</a>
          </li>
        ))}
      </ul>
      <h2>{t('me.exportTitle')}</h2>
      <p>{t('me.exportLead')}</p>
      <p>
        <a href="/me/export" download>
          {t('me.export')}
        </a>
      </p>
    </Layout>
  );
}
