// Where an item stands, in words, with the moment it goes or went public.
import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import { formatMoment } from '../../../core/web/format.ts';
import type { EditingStatus } from '../status.ts';

export function StatusLabel(props: {
  t: Translate;
  locale: Locale;
  status: EditingStatus;
  publishAt: Date | null;
}) {
  const { t, status, publishAt } = props;
  const when = publishAt && status !== 'draft' ? formatMoment(publishAt, props.locale) : '';
  return (
    <span class={`status status-${status}`}>
      {t(`edit.status.${status}`)}
      {when && ` (${when})`}
    </span>
  );
}
