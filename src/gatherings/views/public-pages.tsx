// /{l}/gatherings and /{l}/gatherings/:id: public gatherings on the public site. Never the online
// link or travel notes, and attendees only as listVisibleAttendees gives them to the public.
import type { Child } from 'hono/jsx';
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Layout, type PageHead } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Gathering, Venue } from '../gatherings.ts';
import { gatheringPaths } from '../paths.ts';
import { formatInZone } from '../zoned-time.ts';
import { AttendeeList, Description, GatheringFacts } from './parts.tsx';

export function PublicListPage(props: {
  shell: PageShell;
  head: PageHead;
  upcoming: Gathering[];
  past: Gathering[];
}) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('gatherings.public.title')} head={props.head}>
      <h1>{t('gatherings.public.title')}</h1>
      <h2>{t('gatherings.upcoming')}</h2>
      <PublicList shell={shell} gatherings={props.upcoming} />
      <h2>{t('gatherings.past')}</h2>
      <PublicList shell={shell} gatherings={props.past} />
    </Layout>
  );
}

function PublicList(props: { shell: PageShell; gatherings: Gathering[] }) {
  const { t, locale } = props.shell;
  if (props.gatherings.length === 0) return <p>{t('gatherings.none')}</p>;
  return (
    <ul class="gathering-list">
      {props.gatherings.map((gathering) => (
        <li>
          <a href={gatheringPaths.publicGathering(locale, gathering.id)}>{gathering.title}</a>
          {' · '}
          {formatInZone(gathering.startsAt, locale, gathering.timeZone)}
        </li>
      ))}
    </ul>
  );
}

export function PublicGatheringPage(props: {
  shell: PageShell;
  head: PageHead;
  gathering: Gathering;
  venue?: Venue;
  descriptionHtml: string;
  attendees: PresentedPerson[];
  agenda: Child;
  advisories: Child;
}) {
  const { shell, gathering } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={gathering.title} head={props.head}>
      <h1>{gathering.title}</h1>
      <GatheringFacts
        shell={shell}
        gathering={gathering}
        venue={props.venue}
        showPrivateDetails={false}
      />
      <p>
        <a href={gatheringPaths.publicCalendar(shell.locale, gathering.id)}>
          {t('gatherings.public.calendar')}
        </a>
      </p>
      {props.advisories}
      <Description html={props.descriptionHtml} />
      {props.agenda}
      <AttendeeList shell={shell} attendees={props.attendees} />
    </Layout>
  );
}
