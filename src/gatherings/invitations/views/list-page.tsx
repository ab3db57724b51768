// The invitation list page: the balance of the room, the list with each invitee's state, the
// search for candidates and the send button. Plain forms: it all works without JavaScript.
import type { MessageKey } from '../../../core/i18n/catalogs/en.ts';
import type { PresentedPerson } from '../../../core/privacy/gate.ts';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SubmitButton,
  TextField,
} from '../../../core/web/forms.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import type { Balance, BalanceRow, Candidate, Gathering, Invitee } from '../list.ts';
import { candidateLimit } from '../list.ts';

export interface InvitationListProps {
  shell: PageShell;
  gathering: Gathering;
  basePath: string;
  invitees: Invitee[];
  balance: Balance;
  programs: { id: string; name: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  /** Undefined before a search. */
  candidates?: Candidate[];
  tiesName?: string;
}

export function InvitationListPage(props: InvitationListProps) {
  const { shell, gathering } = props;
  const { t } = shell;
  return (
    <Layout shell={shell} title={t('invitations.title', { title: gathering.title })}>
      <h1>{t('invitations.title', { title: gathering.title })}</h1>
      <BalancePanel shell={shell} balance={props.balance} hasSides={gathering.sides !== null} />
      <InviteeList {...props} />
      <SearchForm {...props} />
      {props.candidates && <CandidateList {...props} candidates={props.candidates} />}
    </Layout>
  );
}

function PersonName(props: { shell: PageShell; person: PresentedPerson }) {
  return (
    <>
      {props.person.name}
      {props.person.pseudonymous && <small> ({props.shell.t('invitations.pseudonym')})</small>}
    </>
  );
}

function BalancePanel(props: { shell: PageShell; balance: Balance; hasSides: boolean }) {
  const { t } = props.shell;
  const { balance } = props;
  const table = (caption: MessageKey, rows: BalanceRow[], emptyLabel: MessageKey) => (
    <table>
      <caption>{t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('invitations.balance.group')}</th>
          <th scope="col">{t('invitations.balance.current')}</th>
          <th scope="col">{t('invitations.balance.accepted')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr data-balance={row.key || 'none'}>
            <th scope="row">{row.key || t(emptyLabel)}</th>
            <td>{row.current}</td>
            <td>{row.accepted}</td>
          </tr>
        ))}
        {caption === 'invitations.balance.byCountry' && balance.undisclosed.current > 0 && (
          <tr data-balance="undisclosed">
            <th scope="row">{t('invitations.balance.undisclosed')}</th>
            <td>{balance.undisclosed.current}</td>
            <td>{balance.undisclosed.accepted}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
  return (
    <section class="balance" aria-labelledby="balance-heading">
      <h2 id="balance-heading">{t('invitations.balance')}</h2>
      {props.hasSides &&
        balance.bySide &&
        table('invitations.balance.bySide', balance.bySide, 'invitations.balance.neither')}
      {table('invitations.balance.byCountry', balance.byCountry, 'invitations.balance.notStated')}
      <p class="hint">{t('invitations.balance.note')}</p>
    </section>
  );
}

function InviteeList(props: InvitationListProps) {
  const { shell, invitees, basePath } = props;
  const { t } = shell;
  const listedWithoutEmail = invitees.some(
    (invitee) => invitee.state === 'listed' && !invitee.hasEmail,
  );
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('invitations.list')}</h2>
      {invitees.length === 0 ? (
        <p>{t('invitations.list.empty')}</p>
      ) : (
        <table class="invitees">
          <thead>
            <tr>
              <th scope="col">{t('invitations.list.person')}</th>
              <th scope="col">{t('invitations.list.state')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('invitations.list.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitees.map((invitee) => (
              <tr data-invitation={invitee.invitationId} data-state={invitee.state}>
                <td>
                  <PersonName shell={shell} person={invitee.person} />
                </td>
                <td>
                  {t(`invitations.state.${invitee.state}`)}
                  {invitee.mailPending && <small> ({t('invitations.list.mailPending')})</small>}
                  {!invitee.hasEmail && (
                    <small class="warning"> ({t('invitations.list.noEmail')})</small>
                  )}
                </td>
                <td>
                  {invitee.state === 'listed' && (
                    <Form
                      action={`${basePath}/remove`}
                      csrfToken={shell.csrfToken}
                      class="inline-form"
                    >
                      <input type="hidden" name="invitation" value={invitee.invitationId} />
                      <button type="submit" class="link-button">
                        {t('invitations.list.remove')}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {listedWithoutEmail && <p class="notice warning">{t('invitations.list.withoutEmail')}</p>}
      {invitees.some((invitee) => invitee.state === 'listed') && (
        <Form action={`${basePath}/send`} csrfToken={shell.csrfToken}>
          <p class="hint">{t('invitations.send.note')}</p>
          <SubmitButton label={t('invitations.send')} />
        </Form>
      )}
    </section>
  );
}

function SearchForm(props: InvitationListProps) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const labels = {
    name: t('invitations.search.name'),
    country: t('invitations.search.country'),
    field: t('invitations.search.field'),
    programId: t('invitations.search.program'),
    language: t('invitations.search.language'),
  };
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">{t('invitations.search.legend')}</h2>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={`${props.basePath}/search`} csrfToken={shell.csrfToken} class="filters">
        <TextField
          t={t}
          name="name"
          type="search"
          label={labels.name}
          value={values.name}
          error={errors.name}
          maxLength={100}
        />
        <TextField
          t={t}
          name="country"
          label={labels.country}
          value={values.country}
          error={errors.country}
          maxLength={2}
        />
        <TextField
          t={t}
          name="field"
          label={labels.field}
          value={values.field}
          error={errors.field}
          maxLength={80}
        />
        <div class="field">
          <label for="field-programId">{labels.programId}</label>
          <select id="field-programId" name="programId">
            <option value="">{t('invitations.search.anyProgram')}</option>
            {props.programs.map((program) => (
              <option value={program.id} selected={values.programId === program.id}>
                {program.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          t={t}
          name="language"
          label={labels.language}
          value={values.language}
          error={errors.language}
          maxLength={20}
        />
        {values.tiesTo && props.tiesName !== undefined && (
          <p class="field">
            <label>
              <input type="checkbox" name="tiesTo" value={values.tiesTo} checked />{' '}
              {t('invitations.search.tiesTo', { name: props.tiesName })}
            </label>
          </p>
        )}
        <SubmitButton label={t('invitations.search.submit')} />
      </Form>
    </section>
  );
}

function CandidateList(props: InvitationListProps & { candidates: Candidate[] }) {
  const { shell, candidates, basePath } = props;
  const { t } = shell;
  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">{t('invitations.candidates')}</h2>
      {candidates.length === 0 ? (
        <p>{t('invitations.candidates.none')}</p>
      ) : (
        <>
          <Form action={`${basePath}/add`} csrfToken={shell.csrfToken}>
            <ul class="candidates">
              {candidates.map(({ person, listed }) => (
                <li data-person={person.id}>
                  <label>
                    <input type="checkbox" name="person" value={person.id} disabled={listed} />{' '}
                    <PersonName shell={shell} person={person} />
                    {person.residence && <small> · {person.residence}</small>}
                    {listed && <small> ({t('invitations.candidates.onList')})</small>}
                  </label>
                </li>
              ))}
            </ul>
            <SubmitButton label={t('invitations.candidates.add')} />
          </Form>
          {candidates.length >= candidateLimit && (
            <p class="hint">{t('invitations.candidates.limit', { count: candidateLimit })}</p>
          )}
          <TiesButtons {...props} />
        </>
      )}
    </section>
  );
}

/** "Who attended with them?": a new search, posted, for each candidate seen in full. */
function TiesButtons(props: InvitationListProps & { candidates: Candidate[] }) {
  const { shell, basePath } = props;
  const followable = props.candidates.filter(({ person }) => !person.pseudonymous);
  if (followable.length === 0) return null;
  return (
    <details>
      <summary>{shell.t('invitations.candidates.ties')}</summary>
      <ul>
        {followable.map(({ person }) => (
          <li>
            <Form action={`${basePath}/search`} csrfToken={shell.csrfToken} class="inline-form">
              <input type="hidden" name="tiesTo" value={person.id} />
              <button type="submit" class="link-button">
                {person.name}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </details>
  );
}
