// /me/gatherings: the gatherings the signed-in person was invited to, and one of them in full.
// The venue's travel notes and the online link appear once they accepted.
import type { Child } from 'hono/jsx';
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Venue } from '../gatherings.ts';
import type { OwnInvitation } from '../invitee.ts';
import { gatheringPaths } from '../paths.ts';
import { formatInZone } from '../zoned-time.ts';
import { AttendeeList, Description, GatheringFacts } from './parts.tsx';

export function MyGatheringsPage(props: { shell: PageShell; invitations: OwnInvitation[] }) {
  const { shell } = props;
  const { t, locale } = shell;
  return (
    <Layout shell={shell} title={t('gatherings.mine.title')}>
      <h1>{t('gatherings.mine.title')}</h1>
      {props.invitations.length === 0 ? (
        <p>{t('gatherings.mine.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('gatherings.field.title')}</th>
              <th scope="col">{t('gatherings.when')}</th>
              <th scope="col">{t('gatherings.mine.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {props.invitations.map(({ gathering, state }) => (
              <tr>
                <td>
                  <a href={gatheringPaths.myGathering(gathering.id)}>{gathering.title}</a>
                </td>
                <td>{formatInZone(gathering.startsAt, locale, gathering.timeZone)}</td>
                <td>{t(`gatherings.invitation.${state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function MyGatheringPage(props: {
  shell: PageShell;
  invitation: OwnInvitation;
  venue?: Venue;
  descriptionHtml: string;
  attendees: PresentedPerson[];
  /** The agenda and the travel advisories, drawn by their own views. */
  agenda?: Child;
  advisories?: Child;
}) {
  const { shell, invitation } = props;
  const { gathering, state } = invitation;
  const { t } = shell;
  return (
    <Layout shell={shell} title={gathering.title}>
      <h1>{gathering.title}</h1>
      <p>
        {t('gatherings.mine.yourAnswer')}: <strong>{t(`gatherings.invitation.${state}`)}</strong>
      </p>
      {props.advisories}
      <GatheringFacts
        shell={shell}
        gathering={gathering}
        venue={props.venue}
        showPrivateDetails={state === 'accepted'}
      />
      <Description html={props.descriptionHtml} />
      {props.agenda}
      <AttendeeList shell={shell} attendees={props.attendees} />
    </Layout>
  );
}
