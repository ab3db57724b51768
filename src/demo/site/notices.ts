// Notices around load time: one in force (the coast road closed near the retreat venue), one
// that has ended and one still to come, so every state of a notice can be seen at once.
import type { NoticeSeed } from './seeds.ts';

export const noticeSeeds: readonly NoticeSeed[] = [
  {
    severity: 'warning',
    startsInDays: -3,
    endsInDays: 14,
    linkPage: 'contact',
    texts: {
      en: {
        message:
          'Highway 1 is closed by a landslide south of the retreat venue at Big Sur. Participants should arrive from the north and allow extra time.',
        linkLabel: 'Travel and contact',
      },
      ru: {
        message:
          'Шоссе 1 перекрыто оползнем к югу от места встречи в Биг-Суре. Участникам стоит ехать с севера и заложить лишнее время на дорогу.',
        linkLabel: 'Дорога и контакты',
      },
      uk: {
        message:
          'Шосе 1 перекрите зсувом на південь від місця зустрічі в Біг-Сурі. Учасникам варто їхати з півночі й закласти більше часу на дорогу.',
        linkLabel: 'Дорога й контакти',
      },
    },
  },
  {
    severity: 'info',
    startsInDays: -60,
    endsInDays: -30,
    texts: {
      en: {
        message: 'Our office is closed for a staff retreat; replies will be slower until it ends.',
        linkLabel: '',
      },
      ru: {
        message:
          'Наш офис закрыт на время выездной встречи сотрудников; до её конца мы будем отвечать медленнее.',
        linkLabel: '',
      },
      uk: {
        message:
          'Наш офіс зачинено на час виїзної зустрічі працівників; до її кінця ми відповідатимемо повільніше.',
        linkLabel: '',
      },
    },
  },
  {
    severity: 'info',
    startsInDays: 30,
    endsInDays: 45,
    linkPage: 'donate',
    texts: {
      en: {
        message:
          'Our annual appeal is open: every gift keeps a door open across a line of conflict.',
        linkLabel: 'Give now',
      },
      ru: {
        message:
          'Идёт наш ежегодный сбор: каждое пожертвование оставляет дверь открытой через линию конфликта.',
        linkLabel: 'Пожертвовать',
      },
      uk: {
        message:
          'Триває наш щорічний збір: кожна пожертва залишає двері відчиненими крізь лінію конфлікту.',
        linkLabel: 'Пожертвувати',
      },
    },
  },
];
