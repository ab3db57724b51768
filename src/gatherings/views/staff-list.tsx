// /gatherings: every gathering for coordinators, upcoming then past, with its status.
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Gathering } from '../gatherings.ts';
import { gatheringPaths } from '../paths.ts';
import { formatInZone } from '../zoned-time.ts';

export function StaffListPage(props: {
  shell: PageShell;
  upcoming: Gathering[];
  past: Gathering[];
}) {
  const { shell } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('gatherings.title')}>
      <h1>{t('gatherings.title')}</h1>
      <p>
        <a href={gatheringPaths.staffNew}>{t('gatherings.new')}</a> ·{' '}
        <a href={gatheringPaths.venues}>{t('gatherings.venues.title')}</a>
      </p>
      <h2>{t('gatherings.upcoming')}</h2>
      <GatheringTable shell={shell} gatherings={props.upcoming} />
      <h2>{t('gatherings.past')}</h2>
      <GatheringTable shell={shell} gatherings={props.past} />
    </Layout>
  );
}

function GatheringTable(props: { shell: PageShell; gatherings: Gathering[] }) {
  const { t, locale } = props.shell;
  if (props.gatherings.length === 0) return <p>{t('gatherings.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('gatherings.field.title')}</th>
          <th scope="col">{t('gatherings.when')}</th>
          <th scope="col">{t('gatherings.field.status')}</th>
        </tr>
      </thead>
      <tbody>
        {props.gatherings.map((gathering) => (
          <tr>
            <td>
              <a href={gatheringPaths.staffOverview(gathering.id)}>{gathering.title}</a>
            </td>
            <td>{formatInZone(gathering.startsAt, locale, gathering.timeZone)}</td>
            <td>{t(`gatherings.status.${gathering.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
