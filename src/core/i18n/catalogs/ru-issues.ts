import type { enIssues } from './en-issues.ts';

export const ruIssues: Record<keyof typeof enIssues, string> = {
  'issues.subject': '{organization}, выпуск {number}: {title}',
  'issues.neutralSubject': 'Чтение недели, выпуск {number}',
  'issues.neutralSender': 'Чтение недели',
  'issues.numberShort': 'Выпуск {number}',
  'issues.greeting': 'Здравствуйте, {name}!',
  'issues.greetingAnonymous': 'Здравствуйте!',
  'issues.editorNote': 'От редакции',
  'issues.readOnline': 'Читать в браузере',
  'issues.preferences': 'Настройки рассылки',
  'issues.unsubscribe': 'Отписаться',
  'issues.footerStandard':
    'Вы получаете еженедельную рассылку {organization}, потому что подписались на неё.',
  'issues.footerNeutral':
    'Чтобы больше не получать эти письма, нажмите кнопку отписки в своей почтовой программе.',
  'issues.topic.russia_ukraine_war': 'Война России и Украины',
  'issues.topic.israel_hamas_war': 'Война Израиля и ХАМАС',
  'issues.topic.climate': 'Климат',
  'issues.topic.nuclear_and_cyber': 'Ядерные и киберугрозы',
  'issues.topic.other': 'Другое',
  'issues.label.independent': 'независимое',
  'issues.label.state_affiliated': 'связано с государством',
  'issues.label.official': 'официальное',
  'issues.label.partisan': 'партийное',
  'issues.label.analysis': 'аналитика',
  'issues.label.academic': 'научное',
};
