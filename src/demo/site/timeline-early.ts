// The timeline from 1980 to the 1990s, in English, Russian and Ukrainian. Drawn from the facts
// in shared/DOMAIN.md; the wording is ours.
import type { TimelineSeed } from './seeds.ts';

export const timelineEarly: readonly TimelineSeed[] = [
  {
    year: 1980,
    program: 'soviet-american-exchange',
    texts: {
      en: {
        title: 'A beginning at Big Sur',
        body: 'Out of the Esalen Institute and its Center for Theory & Research, Track Two is founded. Its first line of work invites Soviet citizens to meet Americans as colleagues.',
      },
      ru: {
        title: 'Начало в Биг-Суре',
        body: 'Из Института Эсален и его Центра теории и исследований вырастает Track Two. Первое направление работы — приглашать советских граждан на встречи с американцами как с коллегами.',
      },
      uk: {
        title: 'Початок у Біг-Сурі',
        body: 'З Інституту Есален і його Центру теорії й досліджень виростає Track Two. Перший напрям роботи — запрошувати радянських громадян на зустрічі з американцями як з колегами.',
      },
    },
  },
  {
    year: 1981,
    program: 'soviet-american-exchange',
    article: 'volga-1981',
    texts: {
      en: {
        title: 'Psychologists on the Volga',
        body: 'American psychologists travel down the Volga with Soviet counterparts, the first of many professional exchanges.',
      },
      ru: {
        title: 'Психологи на Волге',
        body: 'Американские психологи путешествуют по Волге вместе с советскими коллегами: первый из многих профессиональных обменов.',
      },
      uk: {
        title: 'Психологи на Волзі',
        body: 'Американські психологи подорожують Волгою разом із радянськими колегами: перший із багатьох професійних обмінів.',
      },
    },
  },
  {
    year: 1981,
    article: 'track-two-term',
    texts: {
      en: {
        title: '"Track two" gets its name',
        body: 'Joseph Montville, who took part in the meetings at Esalen, and the psychiatrist William D. Davidson name unofficial diplomacy "track two" in an essay for Foreign Policy (1981-82).',
      },
      ru: {
        title: '«Второй трек» получает имя',
        body: 'Джозеф Монтвилл, участник встреч в Эсалене, и психиатр Уильям Д. Дэвидсон называют неофициальную дипломатию «вторым треком» в статье для Foreign Policy (1981–1982).',
      },
      uk: {
        title: '«Другий трек» отримує назву',
        body: 'Джозеф Монтвілл, учасник зустрічей в Есалені, і психіатр Вільям Д. Девідсон називають неофіційну дипломатію «другим треком» у статті для Foreign Policy (1981–1982).',
      },
    },
  },
  {
    year: 1982,
    program: 'soviet-american-exchange',
    article: 'spacebridges-1982',
    texts: {
      en: {
        title: 'The first Spacebridges',
        body: 'Live satellite links let Soviet and American audiences see each other and talk directly.',
      },
      ru: {
        title: 'Первые телемосты',
        body: 'Прямые спутниковые связи позволяют советским и американским зрителям видеть друг друга и разговаривать напрямую.',
      },
      uk: {
        title: 'Перші телемости',
        body: 'Прямі супутникові зв’язки дають змогу радянським і американським глядачам бачити одне одного й розмовляти напряму.',
      },
    },
  },
  {
    year: 1982,
    program: 'soviet-american-exchange',
    texts: {
      en: {
        title: 'Cosmonauts meet astronauts',
        body: 'Talks between cosmonauts and astronauts, with former astronaut Rusty Schweickart among them, begin the road to an association of space flyers.',
      },
      ru: {
        title: 'Космонавты встречаются с астронавтами',
        body: 'Разговоры космонавтов и астронавтов, среди которых бывший астронавт Расти Швейкарт, начинают путь к объединению людей, летавших в космос.',
      },
      uk: {
        title: 'Космонавти зустрічаються з астронавтами',
        body: 'Розмови космонавтів і астронавтів, серед яких колишній астронавт Расті Швейкарт, започатковують шлях до об’єднання людей, що літали в космос.',
      },
    },
  },
  {
    year: 1985,
    program: 'soviet-american-exchange',
    article: 'space-explorers-1985',
    texts: {
      en: {
        title: 'The Association of Space Explorers',
        body: 'Three years after the first talks, space flyers from East and West formally found their own association.',
      },
      ru: {
        title: 'Ассоциация исследователей космоса',
        body: 'Через три года после первых разговоров люди, летавшие в космос, с Востока и Запада официально основывают свою ассоциацию.',
      },
      uk: {
        title: 'Асоціація дослідників космосу',
        body: 'Через три роки після перших розмов люди, що літали в космос, зі Сходу й Заходу офіційно засновують свою асоціацію.',
      },
    },
  },
  {
    year: 1987,
    program: 'soviet-american-exchange',
    article: 'writers-pen-1987',
    texts: {
      en: {
        title: 'Soviet writers join International PEN',
        body: 'After work with the USSR Union of Writers, Soviet writers become members of the worldwide association of writers.',
      },
      ru: {
        title: 'Советские писатели вступают в ПЕН-клуб',
        body: 'После работы с Союзом писателей СССР советские писатели становятся членами всемирного объединения писателей.',
      },
      uk: {
        title: 'Радянські письменники вступають до ПЕН-клубу',
        body: 'Після роботи зі Спілкою письменників СРСР радянські письменники стають членами світового об’єднання письменників.',
      },
    },
  },
  {
    year: 1987,
    program: 'soviet-american-exchange',
    texts: {
      en: {
        title: 'Soviet writers tour the United States',
        body: 'Tatyana Tolstaya, Vladimir Karpov and Mikhail Zhvanetsky meet Norman Mailer, Susan Sontag and Kurt Vonnegut, among others.',
      },
      ru: {
        title: 'Советские писатели в поездке по США',
        body: 'Татьяна Толстая, Владимир Карпов и Михаил Жванецкий встречаются с Норманом Мейлером, Сьюзен Сонтаг, Куртом Воннегутом и другими.',
      },
      uk: {
        title: 'Радянські письменники в поїздці США',
        body: 'Тетяна Толстая, Володимир Карпов і Михайло Жванецький зустрічаються з Норманом Мейлером, Сьюзен Зонтаг, Куртом Воннеґутом та іншими.',
      },
    },
  },
  {
    year: 1990,
    article: 'psychology-library-1990',
    texts: {
      en: {
        title: 'A library of psychology in English',
        body: "The first library of English-language psychological literature in the Soviet Union opens, built from colleagues' donations.",
      },
      ru: {
        title: 'Библиотека психологии на английском',
        body: 'Открывается первая в Советском Союзе библиотека психологической литературы на английском, собранная из подарков коллег.',
      },
      uk: {
        title: 'Бібліотека психології англійською',
        body: 'Відкривається перша в Радянському Союзі бібліотека психологічної літератури англійською, зібрана з дарунків колег.',
      },
    },
  },
  {
    year: 1991,
    program: 'soviet-american-exchange',
    texts: {
      en: {
        title: 'After the Soviet Union',
        body: 'The country the exchanges were built for ceases to exist. The friendships do not: the work continues with people in Russia, Ukraine and the other new states.',
      },
      ru: {
        title: 'После Советского Союза',
        body: 'Страны, ради которой создавались обмены, больше нет. Дружба остаётся: работа продолжается с людьми в России, Украине и других новых государствах.',
      },
      uk: {
        title: 'Після Радянського Союзу',
        body: 'Країни, заради якої створювалися обміни, більше немає. Дружба лишається: робота триває з людьми в Україні, Росії та інших нових державах.',
      },
    },
  },
  {
    year: 1993,
    program: 'international-abrahamic-network',
    article: 'abrahamic-beginnings',
    texts: {
      en: {
        title: 'Work in the Middle East begins',
        body: 'We begin working with Abrahamic groups of Israelis and Palestinians who meet across religious and national lines.',
      },
      ru: {
        title: 'Начало работы на Ближнем Востоке',
        body: 'Мы начинаем работать с авраамическими группами израильтян и палестинцев, которые встречаются поверх религиозных и национальных границ.',
      },
      uk: {
        title: 'Початок роботи на Близькому Сході',
        body: 'Ми починаємо працювати з авраамічними групами ізраїльтян і палестинців, які зустрічаються понад релігійними й національними межами.',
      },
    },
  },
];
