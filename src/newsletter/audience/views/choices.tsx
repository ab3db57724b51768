// The topic and language checkboxes the sign-up, preferences and staff pages share. Nothing
// ticked means "everything", which the hint says.
import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import { languageChoices, type Preferences, topicChoices } from '../subscriptions.ts';

export function PreferenceFields(props: { t: Translate; locale: Locale; value: Preferences }) {
  const { t, value } = props;
  const languageName = new Intl.DisplayNames([props.locale], { type: 'language' });
  return (
    <>
      <fieldset class="field">
        <legend>{t('audience.topics')}</legend>
        <p class="hint">{t('audience.topicsHint')}</p>
        {topicChoices.map((topic) => (
          <label class="checkbox">
            <input
              type="checkbox"
              name="topics"
              value={topic}
              checked={value.topics.includes(topic)}
            />{' '}
            {t(`audience.topic.${topic}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="field">
        <legend>{t('audience.languages')}</legend>
        <p class="hint">{t('audience.languagesHint')}</p>
        {languageChoices.map((code) => (
          <label class="checkbox">
            <input
              type="checkbox"
              name="languages"
              value={code}
              checked={value.languages.includes(code)}
            />{' '}
            {languageName.of(code) ?? code}
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** How a subscriber's preferences read in a list: "all" when none were chosen. */
export function describePreferences(t: Translate, locale: Locale, value: Preferences): string {
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  const topics = value.topics.length
    ? value.topics
        .map((topic) => t(`audience.topic.${topic as (typeof topicChoices)[number]}`))
        .join(', ')
    : t('audience.allTopics');
  const languages = value.languages.length
    ? value.languages.map((code) => languageName.of(code) ?? code).join(', ')
    : t('audience.allLanguages');
  return `${topics}; ${languages}`;
}
