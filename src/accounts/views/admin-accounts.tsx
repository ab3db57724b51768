// /admin/accounts: the list of accounts with a search by address, and one account's page with
// its roles, protected clearance and whether it may sign in. An address is searched by POST, so
// that it never appears in a URL.
import type { MessageKey } from '../../core/i18n/catalogs/en.ts';
import { staffRoles } from '../../core/privacy/viewer.ts';
import { formatMoment } from '../../core/web/format.ts';
import { Form, SubmitButton, TextField } from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { AccountChangeRefusal, AdministeredAccount } from '../admin-accounts.ts';

export interface AccountListProps {
  shell: PageShell;
  accounts: AdministeredAccount[];
  /** The address typed in the search, if any; paging then goes on by POST as well. */
  email: string;
  emailError?: MessageKey;
  page: number;
  pages: number;
  total: number;
}

export function AccountListPage(props: AccountListProps) {
  const { shell, email } = props;
  const { t } = shell;
  const pageLink = (page: number, rel: 'prev' | 'next', label: string) =>
    email ? (
      <Form action="/admin/accounts" csrfToken={shell.csrfToken} class="inline-form">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="page" value={String(page)} />
        <button type="submit" class="link-button">
          {label}
        </button>
      </Form>
    ) : (
      <a href={`/admin/accounts?page=${page}`} rel={rel}>
        {label}
      </a>
    );
  return (
    <Layout shell={shell} title={t('accounts.admin.title')}>
      <h1>{t('accounts.admin.title')}</h1>
      <Form action="/admin/accounts" csrfToken={shell.csrfToken} class="filters">
        <TextField
          t={t}
          name="email"
          type="search"
          label={t('accounts.admin.searchEmail')}
          value={email}
          error={props.emailError && { key: props.emailError, values: { max: 254 } }}
          maxLength={254}
        />
        <SubmitButton label={t('accounts.admin.search')} />
      </Form>
      <p>{t('accounts.admin.count', { total: props.total })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('accounts.admin.email')}</th>
            <th scope="col">{t('accounts.admin.person')}</th>
            <th scope="col">{t('accounts.admin.roles')}</th>
            <th scope="col">{t('accounts.admin.clearance')}</th>
            <th scope="col">{t('accounts.admin.state')}</th>
            <th scope="col">{t('accounts.admin.created')}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((account) => (
            <tr>
              <td>
                <a href={`/admin/accounts/${account.id}`}>
                  {account.email ?? t('accounts.admin.emailWithheld')}
                </a>
              </td>
              <td>
                {account.personId && (
                  <a href={`/people/${account.personId}`}>{t('accounts.admin.personLink')}</a>
                )}
              </td>
              <td>{account.roles.map((role) => t(`accounts.admin.role.${role}`)).join(', ')}</td>
              <td>{account.protectedClearance ? t('accounts.admin.yes') : ''}</td>
              <td>
                {account.disabled ? t('accounts.admin.disabled') : t('accounts.admin.active')}
              </td>
              <td>{formatMoment(account.createdAt, shell.locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label={t('pager.label')}>
        {props.page > 1 && pageLink(props.page - 1, 'prev', t('pager.previous'))}{' '}
        {t('pager.status', { page: props.page, pages: props.pages })}{' '}
        {props.page < props.pages && pageLink(props.page + 1, 'next', t('pager.next'))}
      </nav>
    </Layout>
  );
}

export function AccountPage(props: {
  shell: PageShell;
  account: AdministeredAccount;
  refused?: AccountChangeRefusal | 'unknownRole';
}) {
  const { shell, account } = props;
  const { t } = shell;
  const base = `/admin/accounts/${account.id}`;
  const title = t('accounts.admin.accountTitle', {
    email: account.email ?? t('accounts.admin.emailWithheld'),
  });
  return (
    <Layout shell={shell} title={title}>
      <h1>{title}</h1>
      {props.refused && (
        <p class="field-error" role="alert">
          {t(`accounts.admin.refused.${props.refused}`)}
        </p>
      )}
      <p>
        {account.personId && (
          <a href={`/people/${account.personId}`}>{t('accounts.admin.personLink')}</a>
        )}{' '}
        {t('accounts.admin.createdOn', { date: formatMoment(account.createdAt, shell.locale) })}
      </p>
      <Form action={`${base}/roles`} csrfToken={shell.csrfToken}>
        <fieldset>
          <legend>{t('accounts.admin.roles')}</legend>
          {staffRoles.map((role) => (
            <div>
              <input
                type="checkbox"
                name="roles"
                id={`role-${role}`}
                value={role}
                checked={account.roles.includes(role)}
              />
              <label for={`role-${role}`}>{t(`accounts.admin.role.${role}`)}</label>
            </div>
          ))}
        </fieldset>
        <SubmitButton label={t('accounts.admin.saveRoles')} />
      </Form>
      <h2>{t('accounts.admin.clearance')}</h2>
      <p>
        {t(
          account.protectedClearance
            ? 'accounts.admin.clearanceHeld'
            : 'accounts.admin.clearanceNone',
        )}
      </p>
      <Form action={`${base}/clearance`} csrfToken={shell.csrfToken}>
        <input
          type="hidden"
          name="clearance"
          value={account.protectedClearance ? 'revoke' : 'grant'}
        />
        <SubmitButton
          label={t(
            account.protectedClearance
              ? 'accounts.admin.revokeClearance'
              : 'accounts.admin.grantClearance',
          )}
        />
      </Form>
      <h2>{t('accounts.admin.state')}</h2>
      <p>{t(account.disabled ? 'accounts.admin.disabledLead' : 'accounts.admin.activeLead')}</p>
      <Form
        action={`${base}/${account.disabled ? 'enable' : 'disable'}`}
        csrfToken={shell.csrfToken}
      >
        <SubmitButton
          label={t(account.disabled ? 'accounts.admin.enable' : 'accounts.admin.disable')}
        />
      </Form>
      <p>
        <a href="/admin/accounts">{t('accounts.admin.back')}</a>
      </p>
    </Layout>
  );
}
