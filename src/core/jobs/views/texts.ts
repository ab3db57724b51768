// The texts of /admin/jobs. They belong in src/core/i18n/catalogs; they wait here while those
// files are being edited by others, and move there as they are (the keys are catalog-style).
import type { Locale } from '../../i18n/i18n.ts';

const en = {
  'jobs.lead':
    'Work that tracktwo does in the background, such as sending mail. A job that keeps failing stops here until you try it again or discard it.',
  'jobs.byState': 'Jobs by state',
  'jobs.byQueue': 'Jobs by queue',
  'jobs.queue': 'Queue',
  'jobs.state.queued': 'Waiting',
  'jobs.state.running': 'Running',
  'jobs.state.succeeded': 'Done',
  'jobs.state.failed': 'Failed',
  'jobs.listTitle': '{state}: {total}',
  'jobs.onlyQueue': 'Only the queue {queue}.',
  'jobs.allQueues': 'Show all queues',
  'jobs.empty': 'There are no jobs in this list.',
  'jobs.id': 'Job',
  'jobs.attempts': 'Tries',
  'jobs.attemptsOf': '{attempts} of {max}',
  'jobs.due': 'Due',
  'jobs.leaseUntil': 'Claimed until',
  'jobs.finished': 'Finished',
  'jobs.worker': 'Last worker',
  'jobs.lastError': 'Last error',
  'jobs.actions': 'Actions',
  'jobs.retry': 'Try again',
  'jobs.discard': 'Discard',
  'jobs.retried': 'The job is back in the queue and will run shortly.',
  'jobs.discarded': 'The job has been discarded.',
} as const;

export type JobsTextKey = keyof typeof en;

const ru: Record<JobsTextKey, string> = {
  'jobs.lead':
    'Работа, которую tracktwo выполняет в фоне, например отправка писем. Задача, которая раз за разом завершается ошибкой, остаётся здесь, пока вы не запустите её снова или не удалите.',
  'jobs.byState': 'Задачи по состоянию',
  'jobs.byQueue': 'Задачи по очередям',
  'jobs.queue': 'Очередь',
  'jobs.state.queued': 'Ожидают',
  'jobs.state.running': 'Выполняются',
  'jobs.state.succeeded': 'Выполнены',
  'jobs.state.failed': 'С ошибкой',
  'jobs.listTitle': '{state}: {total}',
  'jobs.onlyQueue': 'Только очередь {queue}.',
  'jobs.allQueues': 'Показать все очереди',
  'jobs.empty': 'В этом списке нет задач.',
  'jobs.id': 'Задача',
  'jobs.attempts': 'Попытки',
  'jobs.attemptsOf': '{attempts} из {max}',
  'jobs.due': 'Запуск',
  'jobs.leaseUntil': 'Занята до',
  'jobs.finished': 'Завершена',
  'jobs.worker': 'Последний исполнитель',
  'jobs.lastError': 'Последняя ошибка',
  'jobs.actions': 'Действия',
  'jobs.retry': 'Запустить снова',
  'jobs.discard': 'Удалить',
  'jobs.retried': 'Задача снова в очереди и скоро будет выполнена.',
  'jobs.discarded': 'Задача удалена.',
};

const uk: Record<JobsTextKey, string> = {
  'jobs.lead':
    'Робота, яку tracktwo виконує у фоні, наприклад надсилання листів. Завдання, яке раз у раз завершується помилкою, лишається тут, доки ви не запустите його знову або не видалите.',
  'jobs.byState': 'Завдання за станом',
  'jobs.byQueue': 'Завдання за чергами',
  'jobs.queue': 'Черга',
  'jobs.state.queued': 'Очікують',
  'jobs.state.running': 'Виконуються',
  'jobs.state.succeeded': 'Виконано',
  'jobs.state.failed': 'З помилкою',
  'jobs.listTitle': '{state}: {total}',
  'jobs.onlyQueue': 'Лише черга {queue}.',
  'jobs.allQueues': 'Показати всі черги',
  'jobs.empty': 'У цьому списку немає завдань.',
  'jobs.id': 'Завдання',
  'jobs.attempts': 'Спроби',
  'jobs.attemptsOf': '{attempts} з {max}',
  'jobs.due': 'Запуск',
  'jobs.leaseUntil': 'Зайняте до',
  'jobs.finished': 'Завершено',
  'jobs.worker': 'Останній виконавець',
  'jobs.lastError': 'Остання помилка',
  'jobs.actions': 'Дії',
  'jobs.retry': 'Запустити знову',
  'jobs.discard': 'Видалити',
  'jobs.retried': 'Завдання знову в черзі й незабаром буде виконане.',
  'jobs.discarded': 'Завдання видалено.',
};

const he: Record<JobsTextKey, string> = {
  'jobs.lead':
    'עבודה ש-tracktwo מבצעת ברקע, כמו שליחת דואר. משימה שנכשלת שוב ושוב נשארת כאן עד שתפעילו אותה מחדש או תמחקו אותה.',
  'jobs.byState': 'משימות לפי מצב',
  'jobs.byQueue': 'משימות לפי תור',
  'jobs.queue': 'תור',
  'jobs.state.queued': 'ממתינות',
  'jobs.state.running': 'בביצוע',
  'jobs.state.succeeded': 'הושלמו',
  'jobs.state.failed': 'נכשלו',
  'jobs.listTitle': '{state}: {total}',
  'jobs.onlyQueue': 'רק התור {queue}.',
  'jobs.allQueues': 'הצגת כל התורים',
  'jobs.empty': 'אין משימות ברשימה הזאת.',
  'jobs.id': 'משימה',
  'jobs.attempts': 'ניסיונות',
  'jobs.attemptsOf': '{attempts} מתוך {max}',
  'jobs.due': 'מועד הפעלה',
  'jobs.leaseUntil': 'תפוסה עד',
  'jobs.finished': 'הסתיימה',
  'jobs.worker': 'מבצע אחרון',
  'jobs.lastError': 'שגיאה אחרונה',
  'jobs.actions': 'פעולות',
  'jobs.retry': 'הפעלה מחדש',
  'jobs.discard': 'מחיקה',
  'jobs.retried': 'המשימה חזרה לתור ותרוץ בקרוב.',
  'jobs.discarded': 'המשימה נמחקה.',
};

const catalogs: Record<Locale, Record<JobsTextKey, string>> = { en, ru, uk, he };

export type JobsTranslate = (key: JobsTextKey, values?: Record<string, string | number>) => string;

export function jobsTexts(locale: Locale): JobsTranslate {
  const catalog = catalogs[locale];
  return (key, values) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}
