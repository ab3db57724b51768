// The texts an item has in each language, grouped as the editors read them: one fieldset per
// language, named in that language and marked with it, so each is typed and checked in its own
// script and direction.
import type { Child } from 'hono/jsx';
import { type Locale, localeCodes, locales } from '../../../core/i18n/i18n.ts';

export function LanguageFieldsets(props: { fields: (code: Locale) => Child }) {
  return (
    <>
      {localeCodes.map((code) => (
        <fieldset lang={code}>
          <legend>{locales[code].name}</legend>
          {props.fields(code)}
        </fieldset>
      ))}
    </>
  );
}
