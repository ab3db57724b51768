import type { Translate } from '../../../core/i18n/i18n.ts';
import { replyTags } from '../threads.ts';

export function tagLabel(t: Translate, tag: string): string {
  const known = replyTags.find((candidate) => candidate === tag);
  return known ? t(`replies.tag.${known}`) : tag;
}
