// /gatherings/:id/answers: every invitee the viewer may see, their answer, their place on the
// waitlist and their logistics, as far as the gate allows.
import { formatMoment } from '../../../core/web/format.ts';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { dateToZonedInput } from '../../zoned-time.ts';
import { emergencyContactOf, type GatheringAnswers } from '../staff-answers.ts';

export function AnswersPage(props: { shell: PageShell } & GatheringAnswers) {
  const { shell, gathering, answers } = props;
  const { t } = shell;
  const time = (moment: string | null | undefined) =>
    moment ? dateToZonedInput(new Date(moment), gathering.timeZone).replace('T', ' ') : '';
  const accepted = answers.filter((answer) => answer.state === 'accepted');
  return (
    <Layout shell={shell} title={t('answer.staff.title', { title: gathering.title })}>
      <h1>{t('answer.staff.title', { title: gathering.title })}</h1>
      <p>
        {t('answer.staff.counts', {
          accepted: accepted.length,
          waitlisted: answers.filter((answer) => answer.state === 'waitlisted').length,
          visas: accepted.filter((answer) => answer.logistics?.needsVisaLetter).length,
        })}
      </p>
      {props.hidden > 0 && <p>{t('answer.staff.hidden', { count: props.hidden })}</p>}
      <p>
        <a href={`/gatherings/${gathering.id}/logistics.csv`}>{t('answer.staff.exportCsv')}</a>
        {' · '}
        <a href={`/gatherings/${gathering.id}/logistics.pdf`}>{t('answer.staff.exportPdf')}</a>
      </p>
      {answers.length === 0 ? (
        <p>{t('answer.staff.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>{t('answer.staff.times', { zone: gathering.timeZone })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('answer.staff.person')}</th>
                <th scope="col">{t('answer.staff.state')}</th>
                <th scope="col">{t('answer.staff.answered')}</th>
                <th scope="col">{t('answer.staff.waitlist')}</th>
                <th scope="col">{t('answer.staff.arrival')}</th>
                <th scope="col">{t('answer.staff.departure')}</th>
                <th scope="col">{t('answer.staff.dietary')}</th>
                <th scope="col">{t('answer.staff.accessibility')}</th>
                <th scope="col">{t('answer.staff.visa')}</th>
                <th scope="col">{t('answer.staff.emergency')}</th>
              </tr>
            </thead>
            <tbody>
              {answers.map((answer) => (
                <tr>
                  <td>
                    {answer.person.name}
                    {answer.person.pseudonymous && ` (${t('answer.staff.pseudonymous')})`}
                  </td>
                  <td>{t(`invitations.state.${answer.state}`)}</td>
                  <td>{answer.answeredAt ? formatMoment(answer.answeredAt, shell.locale) : ''}</td>
                  <td>{answer.waitlistPosition ?? ''}</td>
                  <td>{time(answer.logistics?.arrival)}</td>
                  <td>{time(answer.logistics?.departure)}</td>
                  <td>{answer.logistics?.dietary ?? ''}</td>
                  <td>{answer.logistics?.accessibility ?? ''}</td>
                  <td>
                    {answer.logistics &&
                      t(answer.logistics.needsVisaLetter ? 'answer.staff.yes' : 'answer.staff.no')}
                  </td>
                  <td>
                    {answer.logistics &&
                      (emergencyContactOf(answer.logistics) ?? t('answer.staff.withheld'))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
