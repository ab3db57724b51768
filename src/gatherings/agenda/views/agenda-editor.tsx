// The coordinators' agenda pages: the sessions with a form for a new one, one session's edit page
// with its facilitators, and the people found by a facilitator search. Searches are POSTs: a name
// typed in never becomes part of an address.
import type { PresentedPerson } from '../../../core/privacy/gate.ts';
import { type FieldErrors, Form, SubmitButton } from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { gatheringPaths } from '../../paths.ts';
import { formatInZone } from '../../zoned-time.ts';
import type { AgendaGathering, AgendaSession } from '../agenda.ts';
import { facilitatorNames, formatSessionDay, formatSessionTimes } from './agenda-list.tsx';
import { SessionFields } from './session-form.tsx';

function GatheringDates(props: { shell: PageShell; gathering: AgendaGathering }) {
  const { shell, gathering } = props;
  const format = (moment: Date) => formatInZone(moment, shell.locale, gathering.timeZone);
  return (
    <p>
      {shell.t('agenda.gatheringDates', {
        from: format(gathering.startsAt),
        to: format(gathering.endsAt),
      })}
    </p>
  );
}

export function AgendaEditorPage(props: {
  shell: PageShell;
  gathering: AgendaGathering;
  agenda: AgendaSession[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, gathering } = props;
  const { t, locale } = shell;
  const agendaPath = gatheringPaths.agenda(gathering.id);
  return (
    <Layout shell={shell} title={t('agenda.staffTitle', { title: gathering.title })}>
      <p>
        <a href={gatheringPaths.staffOverview(gathering.id)}>{gathering.title}</a>
      </p>
      <h1>{t('agenda.staffTitle', { title: gathering.title })}</h1>
      <GatheringDates shell={shell} gathering={gathering} />
      {props.agenda.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <table>
          <caption>{t('agenda.timesIn', { zone: gathering.timeZone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agenda.when')}</th>
              <th scope="col">{t('agenda.session')}</th>
              <th scope="col">{t('agenda.room')}</th>
              <th scope="col">{t('agenda.facilitators')}</th>
              <th scope="col">{t('agenda.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {props.agenda.map((session) => (
              <tr>
                <td>
                  {formatSessionDay(session.startsAt, locale, gathering.timeZone)},{' '}
                  {formatSessionTimes(session, locale, gathering.timeZone)}
                </td>
                <td>{session.title}</td>
                <td>{session.room}</td>
                <td>{facilitatorNames(shell, session)}</td>
                <td>
                  <a href={`${agendaPath}/${session.id}`}>{t('agenda.edit')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('agenda.newSession')}</h2>
      <Form action={agendaPath} csrfToken={shell.csrfToken}>
        <SessionFields
          shell={shell}
          timeZone={gathering.timeZone}
          values={props.values}
          errors={props.errors}
        />
        <SubmitButton label={t('agenda.create')} />
      </Form>
    </Layout>
  );
}

export function SessionEditPage(props: {
  shell: PageShell;
  gathering: AgendaGathering;
  session: AgendaSession;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { shell, gathering, session } = props;
  const { t } = shell;
  const sessionPath = `${gatheringPaths.agenda(gathering.id)}/${session.id}`;
  return (
    <Layout shell={shell} title={t('agenda.editSession')}>
      <p>
        <a href={gatheringPaths.agenda(gathering.id)}>{t('agenda.back')}</a>
      </p>
      <h1>{t('agenda.editSession')}</h1>
      <GatheringDates shell={shell} gathering={gathering} />
      <Form action={sessionPath} csrfToken={shell.csrfToken}>
        <SessionFields
          shell={shell}
          timeZone={gathering.timeZone}
          values={props.values}
          errors={props.errors}
        />
        <SubmitButton label={t('agenda.save')} />
      </Form>
      <section aria-labelledby="facilitators-heading" class="panel">
        <h2 id="facilitators-heading">{t('agenda.facilitators')}</h2>
        {session.facilitators.length === 0 ? (
          <p>{t('agenda.noFacilitators')}</p>
        ) : (
          <ul>
            {session.facilitators.map((person) =>
              person ? (
                <li>
                  {person.name}{' '}
                  <Form
                    action={`${sessionPath}/facilitators/${person.id}/remove`}
                    csrfToken={shell.csrfToken}
                    class="inline-form"
                  >
                    <button type="submit" class="link-button">
                      {t('agenda.facilitatorRemove')}
                    </button>
                  </Form>
                </li>
              ) : (
                <li>{t('agenda.hiddenFacilitator')}</li>
              ),
            )}
          </ul>
        )}
        <FacilitatorSearchForm shell={shell} sessionPath={sessionPath} query="" />
      </section>
      <Form action={`${sessionPath}/delete`} csrfToken={shell.csrfToken}>
        <SubmitButton label={t('agenda.delete')} />
      </Form>
    </Layout>
  );
}

function FacilitatorSearchForm(props: { shell: PageShell; sessionPath: string; query: string }) {
  const { shell } = props;
  return (
    <Form action={`${props.sessionPath}/facilitators/search`} csrfToken={shell.csrfToken}>
      <label for="facilitator-query">{shell.t('agenda.facilitatorSearch')}</label>
      <input
        id="facilitator-query"
        name="query"
        type="search"
        value={props.query}
        maxlength={100}
      />
      <button type="submit" class="button">
        {shell.t('agenda.facilitatorSearchButton')}
      </button>
    </Form>
  );
}

export function FacilitatorSearchPage(props: {
  shell: PageShell;
  sessionPath: string;
  query: string;
  found: PresentedPerson[];
}) {
  const { shell, sessionPath } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('agenda.facilitators')}>
      <p>
        <a href={sessionPath}>{t('agenda.editSession')}</a>
      </p>
      <h1>{t('agenda.facilitators')}</h1>
      <FacilitatorSearchForm shell={shell} sessionPath={sessionPath} query={props.query} />
      {props.found.length === 0 ? (
        <p>{t('agenda.noPeopleFound')}</p>
      ) : (
        <ul>
          {props.found.map((person) => (
            <li>
              {person.name}{' '}
              <Form
                action={`${sessionPath}/facilitators`}
                csrfToken={shell.csrfToken}
                class="inline-form"
              >
                <input type="hidden" name="personId" value={person.id} />
                <button type="submit" class="button">
                  {t('agenda.facilitatorAdd')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
