import type { enIssues } from './en-issues.ts';

export const ukIssues: Record<keyof typeof enIssues, string> = {
  'issues.subject': '{organization}, випуск {number}: {title}',
  'issues.neutralSubject': 'Читання тижня, випуск {number}',
  'issues.neutralSender': 'Читання тижня',
  'issues.numberShort': 'Випуск {number}',
  'issues.greeting': 'Вітаємо, {name}!',
  'issues.greetingAnonymous': 'Вітаємо!',
  'issues.editorNote': 'Від редакції',
  'issues.readOnline': 'Читати в браузері',
  'issues.preferences': 'Налаштування розсилки',
  'issues.unsubscribe': 'Відписатися',
  'issues.footerStandard': 'Ви отримуєте щотижневу розсилку {organization}, бо підписалися на неї.',
  'issues.footerNeutral':
    'Щоб більше не отримувати ці листи, натисніть кнопку відписки у своїй поштовій програмі.',
  'issues.topic.russia_ukraine_war': 'Війна Росії та України',
  'issues.topic.israel_hamas_war': 'Війна Ізраїлю та ХАМАС',
  'issues.topic.climate': 'Клімат',
  'issues.topic.nuclear_and_cyber': 'Ядерні та кіберзагрози',
  'issues.topic.other': 'Інше',
  'issues.label.independent': 'незалежне',
  'issues.label.state_affiliated': 'пов’язане з державою',
  'issues.label.official': 'офіційне',
  'issues.label.partisan': 'партійне',
  'issues.label.analysis': 'аналітика',
  'issues.label.academic': 'наукове',
};
