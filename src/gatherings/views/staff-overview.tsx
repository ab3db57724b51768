// /gatherings/:id: one gathering for coordinators: its facts, status changes, and the way to
// every part of its life (invitations, agenda, check-in, notes, outcomes, logistics, follow-up).
import type { PresentedPerson } from '../../core/privacy/gate.ts';
import { Form } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { type Gathering, statusTransitions, type Venue } from '../gatherings.ts';
import { gatheringPaths } from '../paths.ts';
import { AttendeeList, Description, GatheringFacts } from './parts.tsx';

export function StaffOverviewPage(props: {
  shell: PageShell;
  gathering: Gathering;
  venue?: Venue;
  descriptionHtml: string;
  accepted: number;
  attendees: PresentedPerson[];
}) {
  const { shell, gathering } = props;
  const { t } = shell;
  const id = gathering.id;
  const sections = [
    [gatheringPaths.invitations(id), t('gatherings.section.invitations')],
    [gatheringPaths.agenda(id), t('gatherings.section.agenda')],
    [gatheringPaths.checkIn(id), t('gatherings.section.checkIn')],
    [gatheringPaths.notes(id), t('gatherings.section.notes')],
    [gatheringPaths.outcomes(id), t('gatherings.section.outcomes')],
    [gatheringPaths.logisticsCsv(id), t('gatherings.section.logisticsCsv')],
    [gatheringPaths.logisticsPdf(id), t('gatherings.section.logisticsPdf')],
    [gatheringPaths.followUp(id), t('gatherings.section.followUp')],
  ] as const;
  return (
    <Layout shell={shell} title={gathering.title}>
      <h1>{gathering.title}</h1>
      <p>
        {t('gatherings.field.status')}:{' '}
        <strong>{t(`gatherings.status.${gathering.status}`)}</strong> ·{' '}
        {t(`gatherings.attendeeList.${gathering.attendeeList}`)} ·{' '}
        {gathering.public ? t('gatherings.isPublic') : t('gatherings.notPublic')}
      </p>
      <p>
        {gathering.capacity === null
          ? t('gatherings.acceptedNoLimit', { accepted: props.accepted })
          : t('gatherings.acceptedOf', { accepted: props.accepted, capacity: gathering.capacity })}
      </p>
      <p>
        <a href={gatheringPaths.staffEdit(id)}>{t('gatherings.edit')}</a>
      </p>
      {statusTransitions[gathering.status].map((to) => (
        <Form
          action={gatheringPaths.staffStatus(id)}
          csrfToken={shell.csrfToken}
          class="inline-form"
        >
          <input type="hidden" name="status" value={to} />
          <button type="submit">
            {t('gatherings.moveTo', { status: t(`gatherings.status.${to}`) })}
          </button>
        </Form>
      ))}
      <nav aria-label={t('gatherings.sections')}>
        <ul>
          {sections.map(([href, label]) => (
            <li>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <GatheringFacts shell={shell} gathering={gathering} venue={props.venue} showPrivateDetails />
      <Description html={props.descriptionHtml} />
      <AttendeeList shell={shell} attendees={props.attendees} />
    </Layout>
  );
}
