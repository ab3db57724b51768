// The timeline from 2008 to the year the demo is loaded, in English, Russian and Ukrainian.
// Drawn from the facts in shared/DOMAIN.md; the wording is ours.
import type { TimelineSeed } from './seeds.ts';

export const timelineRecent: readonly TimelineSeed[] = [
  {
    year: 2008,
    program: 'north-pacific-rim',
    article: 'potential-china-2008',
    texts: {
      en: {
        title: 'The first Potential China conference',
        body: 'Chinese, Russian and American participants meet around the North Pacific on the environment, technology, culture and psychology.',
      },
      ru: {
        title: 'Первая конференция Potential China',
        body: 'Участники из Китая, России и США встречаются в северотихоокеанском регионе, чтобы говорить о природе, технологиях, культуре и психологии.',
      },
      uk: {
        title: 'Перша конференція Potential China',
        body: 'Учасники з Китаю, Росії та США зустрічаються в північнотихоокеанському регіоні, щоб говорити про довкілля, технології, культуру й психологію.',
      },
    },
  },
  {
    year: 2016,
    program: 'north-pacific-rim',
    texts: {
      en: {
        title: 'The eighth and last Potential China',
        body: 'The North Pacific Rim series closes after eight conferences, leaving working ties among its participants.',
      },
      ru: {
        title: 'Восьмая и последняя Potential China',
        body: 'Серия конференций северотихоокеанского региона завершается после восьми встреч, оставив рабочие связи между участниками.',
      },
      uk: {
        title: 'Восьма й остання Potential China',
        body: 'Серія конференцій північнотихоокеанського регіону завершується після восьми зустрічей, залишивши робочі зв’язки між учасниками.',
      },
    },
  },
  {
    year: 2016,
    program: 'whom-do-we-trust',
    article: 'whom-do-we-trust',
    texts: {
      en: {
        title: 'Whom Do We Trust begins',
        body: 'Russian and American college-aged students start meeting in St. Petersburg to work on global threats together.',
      },
      ru: {
        title: 'Начало программы «Кому мы доверяем»',
        body: 'Российские и американские студенты начинают встречаться в Санкт-Петербурге, чтобы вместе работать над глобальными угрозами.',
      },
      uk: {
        title: 'Початок програми «Кому ми довіряємо»',
        body: 'Російські й американські студенти починають зустрічатися в Санкт-Петербурзі, щоб разом працювати над глобальними загрозами.',
      },
    },
  },
  {
    year: 2019,
    program: 'whom-do-we-trust',
    texts: {
      en: {
        title: 'A hundred students later',
        body: 'After three years, more than a hundred young people have designed joint responses to global threats.',
      },
      ru: {
        title: 'Сто студентов спустя',
        body: 'За три года больше ста молодых людей разработали совместные ответы на глобальные угрозы.',
      },
      uk: {
        title: 'Сто студентів по тому',
        body: 'За три роки понад сотня молодих людей розробили спільні відповіді на глобальні загрози.',
      },
    },
  },
  {
    year: 2019,
    program: 'history-project',
    texts: {
      en: {
        title: 'The History Project starts recording',
        body: 'Long interviews with the people who did the work since the late 1970s begin, for an archive, a book, films and podcasts.',
      },
      ru: {
        title: 'Проект «История» начинает записи',
        body: 'Начинаются долгие интервью с людьми, делавшими эту работу с конца 1970-х, для архива, книги, фильмов и подкастов.',
      },
      uk: {
        title: 'Проєкт «Історія» починає записи',
        body: 'Починаються довгі інтерв’ю з людьми, які робили цю роботу з кінця 1970-х, для архіву, книжки, фільмів і подкастів.',
      },
    },
  },
  {
    year: 2020,
    program: 'one-network',
    texts: {
      en: {
        title: 'One Network',
        body: 'Participants from every region and decade are connected in one network that helps them start projects together.',
      },
      ru: {
        title: 'One Network',
        body: 'Участники из всех регионов и всех десятилетий объединяются в одну сеть, которая помогает им начинать общие проекты.',
      },
      uk: {
        title: 'One Network',
        body: 'Учасники з усіх регіонів і всіх десятиліть об’єднуються в одну мережу, яка допомагає їм починати спільні проєкти.',
      },
    },
  },
  {
    year: 2021,
    program: 'one-network',
    article: 'cyber-nuclear-2021',
    texts: {
      en: {
        title: 'Cyber and nuclear threats',
        body: 'Experts from rival countries discuss how the misuse of cyber tools could set off a nuclear crisis.',
      },
      ru: {
        title: 'Кибер- и ядерные угрозы',
        body: 'Эксперты из соперничающих стран обсуждают, как злоупотребление кибероружием может вызвать ядерный кризис.',
      },
      uk: {
        title: 'Кібер- та ядерні загрози',
        body: 'Експерти із суперницьких країн обговорюють, як зловживання кіберзброєю може спричинити ядерну кризу.',
      },
    },
  },
  {
    year: 2022,
    program: 'weekly-resources',
    article: 'weekly-resources-begins',
    texts: {
      en: {
        title: 'A weekly letter on the war',
        body: 'After the full-scale invasion of Ukraine, a weekly selection of resources on the war goes out to participants on every side.',
      },
      ru: {
        title: 'Еженедельное письмо о войне',
        body: 'После полномасштабного вторжения в Украину участникам по все стороны начинает приходить еженедельная подборка материалов о войне.',
      },
      uk: {
        title: 'Щотижневий лист про війну',
        body: 'Після повномасштабного вторгнення в Україну учасникам по всі боки починає надходити щотижнева добірка матеріалів про війну.',
      },
    },
  },
  {
    year: 2022,
    program: 'oceans-22',
    article: 'oceans-2022',
    texts: {
      en: {
        title: 'Oceans 2022',
        body: 'Russian and Ukrainian marine biologists and non-state negotiators meet on the Southern Ocean and Antarctica, despite the invasion.',
      },
      ru: {
        title: 'Oceans 2022',
        body: 'Российские и украинские морские биологи и негосударственные переговорщики встречаются, чтобы говорить о Южном океане и Антарктике, несмотря на вторжение.',
      },
      uk: {
        title: 'Oceans 2022',
        body: 'Українські й російські морські біологи та недержавні переговірники зустрічаються, щоб говорити про Південний океан і Антарктику, попри вторгнення.',
      },
    },
  },
  {
    year: 2023,
    program: 'one-network',
    article: 'esalen-2023',
    texts: {
      en: {
        title: 'A gathering on the war at Esalen',
        body: 'Participants from Russia and Ukraine, some of them working in war zones, meet at Big Sur; online meetings follow.',
      },
      ru: {
        title: 'Встреча о войне в Эсалене',
        body: 'Участники из России и Украины, некоторые из которых работают в зонах боевых действий, встречаются в Биг-Суре; за этим следуют онлайн-встречи.',
      },
      uk: {
        title: 'Зустріч про війну в Есалені',
        body: 'Учасники з України та Росії, деякі з яких працюють у зонах бойових дій, зустрічаються в Біг-Сурі; після цього тривають онлайн-зустрічі.',
      },
    },
  },
  {
    year: 2023,
    program: 'weekly-resources',
    texts: {
      en: {
        title: 'The letter covers the Middle East',
        body: 'The weekly letter adds the war between Israel and Hamas and gains readers in the Middle East.',
      },
      ru: {
        title: 'Письмо о Ближнем Востоке',
        body: 'Еженедельная подборка начинает рассказывать о войне Израиля с ХАМАС и находит читателей на Ближнем Востоке.',
      },
      uk: {
        title: 'Лист про Близький Схід',
        body: 'Щотижнева добірка починає розповідати про війну Ізраїлю з ХАМАС і знаходить читачів на Близькому Сході.',
      },
    },
  },
  {
    year: 2024,
    month: 4,
    program: 'one-network',
    article: 'april-2024',
    texts: {
      en: {
        title: 'The spring conference',
        body: 'Participants of the Esalen gathering meet again in person and form working groups.',
      },
      ru: {
        title: 'Весенняя конференция',
        body: 'Участники встречи в Эсалене снова встречаются лично и создают рабочие группы.',
      },
      uk: {
        title: 'Весняна конференція',
        body: 'Учасники зустрічі в Есалені знову бачаться особисто й створюють робочі групи.',
      },
    },
  },
  {
    year: 2024,
    program: 'history-project',
    article: 'history-forty',
    texts: {
      en: {
        title: 'Forty interviews',
        body: 'The History Project passes forty in-depth interviews, and a first draft of the book exists.',
      },
      ru: {
        title: 'Сорок интервью',
        body: 'Проект «История» записал больше сорока подробных интервью, и у книги появился первый черновик.',
      },
      uk: {
        title: 'Сорок інтерв’ю',
        body: 'Проєкт «Історія» записав понад сорок докладних інтерв’ю, і книжка має перший чорновий варіант.',
      },
    },
  },
  {
    year: 2025,
    program: 'one-network',
    article: 'journalism-prize',
    texts: {
      en: {
        title: 'A prize for journalists',
        body: 'One Network founds an annual prize for Ukrainian and Russian journalists whose reporting holds to the facts.',
      },
      ru: {
        title: 'Премия для журналистов',
        body: 'One Network учреждает ежегодную премию для украинских и российских журналистов, чьи репортажи держатся фактов.',
      },
      uk: {
        title: 'Премія для журналістів',
        body: 'One Network започатковує щорічну премію для українських і російських журналістів, чиї репортажі тримаються фактів.',
      },
    },
  },
  {
    year: 'load',
    texts: {
      en: {
        title: 'This site in three languages',
        body: 'The public site opens in English, Russian and Ukrainian, light enough for slow and throttled connections.',
      },
      ru: {
        title: 'Этот сайт на трёх языках',
        body: 'Открывается публичный сайт на английском, русском и украинском, достаточно лёгкий для медленных и ограниченных соединений.',
      },
      uk: {
        title: 'Цей сайт трьома мовами',
        body: 'Відкривається публічний сайт англійською, російською та українською, достатньо легкий для повільних і обмежених з’єднань.',
      },
    },
  },
];
