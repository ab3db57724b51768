// /gatherings/:id/check-in: a button per accepted invitee, or, in no-record mode, no names at
// all: only the count and +1 / −1.
import type { PresentedPerson } from '../../../core/privacy/gate.ts';
import { Form } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { ConveningGathering } from '../context.ts';

export function CheckInPage(props: {
  shell: PageShell;
  gathering: ConveningGathering;
  action: string;
  invitees: PresentedPerson[];
  checkedIn: ReadonlySet<string>;
}) {
  const { shell, gathering, action } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('checkIn.title', { title: gathering.title })}>
      <h1>{t('checkIn.title', { title: gathering.title })}</h1>
      {gathering.noRecordCheckIn ? (
        <section aria-labelledby="anonymous-count">
          <p class="hint">{t('checkIn.noRecordExplained')}</p>
          <p id="anonymous-count" role="status">
            {t('checkIn.anonymousCount', { count: gathering.anonymousCheckIns })}
          </p>
          <Form action={`${action}/arrived`} csrfToken={shell.csrfToken} class="inline-form">
            <button type="submit" class="button">
              {t('checkIn.arrived')}
            </button>
          </Form>{' '}
          <Form action={`${action}/left`} csrfToken={shell.csrfToken} class="inline-form">
            <button type="submit" class="button">
              {t('checkIn.uncount')}
            </button>
          </Form>
        </section>
      ) : (
        <section aria-labelledby="invitees">
          <h2 id="invitees">{t('checkIn.invitees')}</h2>
          <p>
            {t('checkIn.progress', {
              checkedIn: props.checkedIn.size,
              total: props.invitees.length,
            })}
          </p>
          {props.invitees.length === 0 && <p>{t('checkIn.noInvitees')}</p>}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('checkIn.person')}</th>
                <th scope="col">{t('checkIn.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.invitees.map((person) => {
                const here = props.checkedIn.has(person.id);
                return (
                  <tr>
                    <td>
                      {person.name}
                      {person.pseudonymous && ` (${t('checkIn.pseudonym')})`}
                    </td>
                    <td>
                      <Form
                        action={`${action}/people/${person.id}${here ? '/undo' : ''}`}
                        csrfToken={shell.csrfToken}
                        class="inline-form"
                      >
                        {here && `${t('checkIn.here')} `}
                        <button type="submit" class={here ? 'link-button' : 'button'}>
                          {here ? t('checkIn.undo') : t('checkIn.checkIn')}
                        </button>
                      </Form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="no-record-mode">
        <h2 id="no-record-mode">{t('checkIn.mode')}</h2>
        <Form action={`${action}/mode`} csrfToken={shell.csrfToken}>
          <p class="hint">
            {gathering.noRecordCheckIn ? t('checkIn.modeOnHint') : t('checkIn.modeOffHint')}
          </p>
          <input type="hidden" name="noRecord" value={gathering.noRecordCheckIn ? 'off' : 'on'} />
          <button type="submit" class="button">
            {gathering.noRecordCheckIn ? t('checkIn.turnModeOff') : t('checkIn.turnModeOn')}
          </button>
        </Form>
      </section>
    </Layout>
  );
}
