// /people/new and /people/:id/edit: the person's fields, tier and contact channels in one form.
import type { Child } from 'hono/jsx';
import {
  ErrorSummary,
  type FieldErrors,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../core/web/forms.tsx';
import { Layout } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import type { Tier } from '../tables.ts';
import { maxBioLength } from '../validation.ts';

export interface PersonFormProps {
  shell: PageShell;
  title: string;
  action: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The tiers this viewer may choose for this person. */
  tiers: readonly Tier[];
  /** The affiliation and consent forms, on the edit page. */
  children?: Child;
}

export function PersonFormPage(props: PersonFormProps) {
  const { shell, values, errors } = props;
  const { t } = shell;
  const text = (name: string, label: string, hint?: string) => (
    <TextField
      t={t}
      name={name}
      label={label}
      hint={hint}
      value={values[name]}
      error={errors[name]}
    />
  );
  const labels = {
    displayName: t('people.displayName'),
    otherNames: t('people.otherNames'),
    pseudonym: t('people.pseudonym'),
    residence: t('people.residence'),
    citizenships: t('people.citizenships'),
    languages: t('people.languages'),
    fields: t('people.fields'),
    bio: t('people.bio'),
    tier: t('people.tier'),
    contacts: t('people.contacts'),
  };
  return (
    <Layout shell={shell} title={props.title}>
      <h1>{props.title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Form action={props.action} csrfToken={shell.csrfToken}>
        {text('displayName', labels.displayName)}
        {text('otherNames', labels.otherNames, t('people.hint.commas'))}
        {text('pseudonym', labels.pseudonym, t('people.hint.pseudonym'))}
        {text('residence', labels.residence, t('people.hint.country'))}
        {text('citizenships', labels.citizenships, t('people.hint.countries'))}
        {text('languages', labels.languages, t('people.hint.languages'))}
        {text('fields', labels.fields, t('people.hint.commas'))}
        <TextArea
          t={t}
          name="bio"
          label={labels.bio}
          value={values.bio}
          error={errors.bio}
          maxLength={maxBioLength}
        />
        <SelectField
          t={t}
          name="tier"
          label={labels.tier}
          value={values.tier}
          error={errors.tier}
          options={props.tiers.map((tier) => ({ value: tier, label: t(`people.tier.${tier}`) }))}
        />
        <TextArea
          t={t}
          name="contacts"
          label={labels.contacts}
          hint={t('people.hint.contacts')}
          value={values.contacts}
          error={errors.contacts}
        />
        <SubmitButton label={t('people.save')} />
      </Form>
      {props.children}
    </Layout>
  );
}
