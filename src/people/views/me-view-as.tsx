// /me/view-as/:audience: the person's card exactly as the presenter gives it to a viewer of that
// audience, or a plain statement that such a viewer does not see them at all.
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { OwnAffiliation } from '../own-profile.ts';
import { Affiliations, PersonFacts } from './me-parts.tsx';

export const viewAsAudiences = ['anonymous', 'participant', 'staff'] as const;
export type ViewAsAudience = (typeof viewAsAudiences)[number];

export function MeViewAsPage(props: {
  shell: PageShell;
  audience: ViewAsAudience;
  /** Undefined: this audience does not see the person. */
  card: PresentedPerson | undefined;
  affiliations: OwnAffiliation[];
}) {
  const { shell, audience, card } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('me.viewAsTitle')}>
      <h1>{t(`me.viewAs.${audience}`)}</h1>
      <p>
        <a href="/me">{t('me.back')}</a>
      </p>
      {card === undefined ? (
        <p class="view-as-hidden">{t('me.viewAsHidden')}</p>
      ) : (
        <section class="view-as-card" aria-label={t('me.viewAsCard')}>
          {card.pseudonymous && <p class="hint">{t('me.viewAsPseudonym')}</p>}
          <PersonFacts shell={shell} person={card} />
          {card.mayShowAffiliations && (
            <>
              <h2>{t('me.affiliations')}</h2>
              <Affiliations shell={shell} affiliations={props.affiliations} />
            </>
          )}
          <p class="hint">
            {t(card.mayShowContacts ? 'me.viewAsContacts' : 'me.viewAsNoContacts')}
          </p>
        </section>
      )}
      <ul>
        {viewAsAudiences
          .filter((other) => other !== audience)
          .map((other) => (
            <li>
              <a href={`/me/view-as/${other}`}>{t(`me.viewAs.${other}`)}</a>
            </li>
          ))}
      </ul>
    </Layout>
  );
}
