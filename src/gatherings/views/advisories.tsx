// The travel advisories of a gathering (a closed road to the venue, a country's travel warning),
// as the invitee's page and the public page show them, in the page's language.
import type { Locale } from '../../core/i18n/i18n.ts';
import type { PageShell } from '../../core/web/shell.ts';
import { advisoryText, type GatheringAdvisory } from '../advisories.ts';

export function AdvisoryList(props: {
  shell: PageShell;
  advisories: readonly GatheringAdvisory[];
  defaultLocale: Locale;
}) {
  const { shell } = props;
  const shown = props.advisories
    .map((advisory) => ({
      advisory,
      text: advisoryText(advisory, shell.locale, props.defaultLocale),
    }))
    .filter((entry) => entry.text !== undefined);
  if (shown.length === 0) return null;
  return (
    <section class="advisories" aria-label={shell.t('gatherings.advisories')}>
      {shown.map(({ advisory, text }) => (
        <p class={`notice notice-${advisory.severity}`} role="note">
          {text?.message}
          {advisory.linkUrl && (
            <>
              {' '}
              <a href={advisory.linkUrl}>{text?.linkLabel || shell.t('notices.more')}</a>
            </>
          )}
        </p>
      ))}
    </section>
  );
}
