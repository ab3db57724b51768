// One partner organization as the public pages show it: its logo, its name linking to its own
// website, and what it does. Used on a program's page and on the list of partners.
import type { Child } from 'hono/jsx';
import type { Translate } from '../../../core/i18n/i18n.ts';
import { Picture } from '../../../core/media/picture.tsx';
import type { PartnerView } from '../programs.ts';

export function PartnerCard(props: {
  partner: PartnerView;
  headingLevel: 2 | 3;
  children?: Child;
}) {
  const { partner } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="partner">
      {partner.logo && (
        <Picture
          media={{ id: partner.logo.id, width: partner.logo.width, height: partner.logo.height }}
          alt={partner.logo.alt}
          sizes="8rem"
        />
      )}
      <Heading>
        {partner.website ? (
          <a href={partner.website} rel="noopener">
            {partner.name}
          </a>
        ) : (
          partner.name
        )}
      </Heading>
      {partner.description && <p>{partner.description}</p>}
      {props.children}
    </article>
  );
}

/** "1982–1991", "Since 2023", or nothing when the years are not known. */
export function yearsOf(
  t: Translate,
  program: { startYear: number | null; endYear: number | null },
): string {
  if (program.startYear === null) return '';
  if (program.endYear === null) return t('programs.since', { from: program.startYear });
  return t('programs.years', { from: program.startYear, to: program.endYear });
}
