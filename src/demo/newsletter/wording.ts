// How demo resources are worded and where they come from. Every outlet here is invented (their
// addresses end in .example, a name reserved for examples), so no real outlet is ever credited
// with words it did not write. The labels are those a careful editor would give such an outlet.
import type { ResourceLanguage } from './subjects.ts';

type SourceLabel =
  | 'independent'
  | 'state_affiliated'
  | 'official'
  | 'partisan'
  | 'analysis'
  | 'academic';

export interface OutletSeed {
  name: string;
  /** The host of its invented web site. */
  host: string;
  label: SourceLabel;
}

/** Headlines: `{s}` is a subject phrase from subjects.ts. */
export const titlePatterns: Record<ResourceLanguage, readonly string[]> = {
  en: [
    '{S}: what we know',
    'Three questions on {s}',
    'A reporter’s notebook: {s}',
    '{S}, seen from both sides',
    'Explainer: {s}',
    'Voices: {s}',
    '{S} — a timeline',
    'Why {s} matters now',
  ],
  ru: [
    '{S}: что известно',
    'Разбор: {s}',
    'Репортаж: {s}',
    '{S} — взгляд с двух сторон',
    'Хроника: {s}',
  ],
  uk: [
    '{S}: що відомо',
    'Пояснюємо: {s}',
    'Репортаж: {s}',
    '{S} — погляд з обох боків',
    'Хроніка: {s}',
  ],
  de: ['{S}: was wir wissen', 'Analyse: {s}', 'Reportage: {s}', 'Hintergrund: {s}'],
  he: ['{S}: מה ידוע', 'ניתוח: {s}', 'כתבה: {s}', 'רקע: {s}'],
  ar: ['{S}: ما نعرفه', 'تحليل: {s}', 'تقرير: {s}', 'خلفية: {s}'],
};

/** The editor's one-line summaries, in the resource's language. */
export const summaryPatterns: Record<ResourceLanguage, readonly string[]> = {
  en: [
    'A careful look at {s}, with sources named and a map of who says what.',
    'First-hand accounts on {s}; worth reading alongside the official version.',
    'A short piece on {s} that our readers in the region asked us to share.',
    'Useful background on {s}, though the author takes a clear side.',
  ],
  ru: [
    'Подробный материал: {s}, с источниками и мнениями обеих сторон.',
    'Свидетельства очевидцев: {s}. Стоит читать вместе с официальной версией.',
    'Короткий текст о главном: {s}.',
  ],
  uk: [
    'Докладний матеріал: {s}, з джерелами й думками обох сторін.',
    'Свідчення очевидців: {s}. Варто читати разом з офіційною версією.',
    'Короткий текст про головне: {s}.',
  ],
  de: ['Ein gründlicher Überblick: {s}, mit genannten Quellen.', 'Berichte aus erster Hand: {s}.'],
  he: ['סקירה מעמיקה: {s}, עם מקורות מכל הצדדים.', 'עדויות מכלי ראשון: {s}.'],
  ar: ['مراجعة متأنية: {s}، مع ذكر المصادر من كل الأطراف.', 'شهادات مباشرة: {s}.'],
};

export const outlets: Record<ResourceLanguage, readonly OutletSeed[]> = {
  en: [
    { name: 'The Meridian Review', host: 'meridian-review.example', label: 'independent' },
    { name: 'Harbor Street Journal', host: 'harborstreet.example', label: 'independent' },
    { name: 'Northfield Policy Lab', host: 'northfield-lab.example', label: 'analysis' },
    {
      name: 'Quarterly of Conflict Studies',
      host: 'conflict-quarterly.example',
      label: 'academic',
    },
    { name: 'The Rally Post', host: 'rallypost.example', label: 'partisan' },
    { name: 'Office of the Special Envoy', host: 'envoy-office.example', label: 'official' },
  ],
  ru: [
    { name: 'Речной вестник', host: 'rechnoy-vestnik.example', label: 'independent' },
    { name: 'Держкурьер', host: 'derzhkurier.example', label: 'state_affiliated' },
    { name: 'Центр «Перекресток»', host: 'perekrestok-center.example', label: 'analysis' },
    { name: 'Открытая лаборатория', host: 'open-lab.example', label: 'academic' },
  ],
  uk: [
    { name: 'Степова хвиля', host: 'stepova-khvylia.example', label: 'independent' },
    { name: 'Вісник громад', host: 'visnyk-hromad.example', label: 'independent' },
    { name: 'Бюро уповноваженого', host: 'biuro-upovnovazhenoho.example', label: 'official' },
    { name: 'Аналітичний центр «Міст»', host: 'mist-center.example', label: 'analysis' },
  ],
  de: [
    { name: 'Rheinische Rundschau', host: 'rheinische-rundschau.example', label: 'independent' },
    { name: 'Institut für Friedensfragen', host: 'friedensfragen.example', label: 'academic' },
    { name: 'Lagebild Ost', host: 'lagebild-ost.example', label: 'analysis' },
  ],
  he: [
    { name: 'הגשר', host: 'hagesher.example', label: 'independent' },
    { name: 'מכון לעיון אזורי', host: 'regional-studies.example', label: 'academic' },
    { name: 'קול המחנה', host: 'kol-hamahane.example', label: 'partisan' },
  ],
  ar: [
    { name: 'النافذة', host: 'alnafitha.example', label: 'independent' },
    { name: 'مركز الجسور للدراسات', host: 'aljusur-studies.example', label: 'analysis' },
    { name: 'الوكالة الرسمية', host: 'official-agency.example', label: 'state_affiliated' },
  ],
};

/** How often each language is chosen: mostly English, as the readers' common language. */
export const languageWeights: readonly (readonly [ResourceLanguage, number])[] = [
  ['en', 40],
  ['ru', 18],
  ['uk', 16],
  ['de', 10],
  ['he', 8],
  ['ar', 8],
];

/** Fills a pattern with a subject; `{S}` starts a headline, so it takes a capital. */
export function fill(pattern: string, subject: string): string {
  const capital = subject.charAt(0).toLocaleUpperCase() + subject.slice(1);
  return pattern.replace('{S}', capital).replace('{s}', subject);
}
