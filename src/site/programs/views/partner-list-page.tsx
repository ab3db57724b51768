// /{locale}/partners: every partner organization, with the programs it works with.
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { sitePaths } from '../../urls.ts';
import type { PartnerWithPrograms } from '../programs.ts';
import { inEveryLanguage } from './alternates.ts';
import { PartnerCard } from './partner-card.tsx';

export function PartnerListPage(props: { shell: PageShell; partners: PartnerWithPrograms[] }) {
  const { shell } = props;
  const { t, locale } = shell;
  return (
    <Layout
      shell={shell}
      title={t('partners.title')}
      head={{
        canonical: sitePaths.partners(locale),
        description: t('partners.lead'),
        alternates: inEveryLanguage(sitePaths.partners),
      }}
    >
      <h1>{t('partners.title')}</h1>
      <p>{t('partners.lead')}</p>
      {props.partners.length === 0 && <p>{t('partners.none')}</p>}
      {props.partners.map((partner) => (
        <PartnerCard partner={partner} headingLevel={2}>
          {partner.programs.length > 0 && (
            <p>
              {t('partners.worksWith')}{' '}
              {partner.programs.map((program, index) => (
                <>
                  {index > 0 && ', '}
                  <a href={sitePaths.program(locale, program.slug)}>{program.name}</a>
                </>
              ))}
            </p>
          )}
        </PartnerCard>
      ))}
    </Layout>
  );
}
