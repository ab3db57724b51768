// The words around the resources: editors' notes and readers' replies with staff answers.
// Invented for the demo; the wording is ours, and no reply names a real person.

/** An editor's note is an opening, a line on the week's leading topic, and a closing. */
export const noteOpenings = [
  'Dear readers,',
  'Friends,',
  'Good morning to those of you reading this over breakfast, and good night to the others.',
  'This week the letter is a little longer than usual.',
  'Several of you wrote after last week’s issue; thank you.',
];

export const noteMiddles = [
  'We lead with pieces on {s}. They do not agree with each other, which is why we chose them.',
  'Most of what we read this week was about {s}. We picked the accounts closest to the ground.',
  'A reader pointed us to new reporting on {s}; the first link below is theirs.',
  'On {s}, we include one source we consider partisan, labelled as such, so you can see the argument being made.',
];

export const noteClosings = [
  'As always, reply to this letter if you have news, a correction, or an idea for working together.',
  'If a link does not open where you are, reply and we will send the text.',
  'Stay safe, and write to us.',
  'Forward this letter only to people you trust.',
];

export type ReplyTag = 'news' | 'collaboration' | 'correction';

export interface ReplySeed {
  tags: ReplyTag[];
  /** The reader's reply, then alternately staff's answer and the reader's. */
  messages: string[];
}

export const replySeeds: readonly ReplySeed[] = [
  {
    tags: ['news'],
    messages: [
      'Thank you for the piece on power cuts. In our district the schedule changed again this week: four hours on, four off.',
      'Thank you for writing from there. May we mention the new schedule, without your name, next week?',
      'Yes, of course.',
    ],
  },
  {
    tags: ['correction'],
    messages: [
      'The second link in the climate section has the wrong date: the report came out in spring, not in autumn.',
      'You are right; we have fixed the web version. Thank you for reading so closely.',
    ],
  },
  {
    tags: ['collaboration'],
    messages: [
      'I teach journalism and would like to use three of these resources with my students. Could someone from your network join a class online?',
      'We would be glad to. Two participants have offered; we will write to you separately to introduce them, if they agree.',
    ],
  },
  {
    tags: ['news'],
    messages: [
      'Спасибо за подборку. У нас в городе открылся новый пункт помощи переселенцам, могу прислать подробности.',
      'Спасибо! Пришлите, пожалуйста, только то, что можно публиковать без имен.',
    ],
  },
  {
    tags: ['collaboration'],
    messages: [
      'Мы с коллегами готовим перевод доклада о криле. Нужен второй редактор, знающий английский.',
      'Передали вашу просьбу двум участникам программы по океанам. Один из них ответит на этой неделе.',
      'Он уже написал. Спасибо!',
    ],
  },
  {
    tags: ['correction'],
    messages: ['В заголовке третьей ссылки ошибка: речь идет о другом водохранилище.'],
  },
  {
    tags: ['news'],
    messages: [
      'Дякуємо за випуск. У нашій громаді школа знову працює офлайн, попри тривоги.',
      'Це добра новина. Чи можемо згадати її в наступному листі, не називаючи громади?',
    ],
  },
  {
    tags: ['collaboration'],
    messages: [
      'Я біолог, працюю з даними про Чорне море. Шукаю колег, які мають доступ до старих вимірювань.',
      'Ми знаємо кількох людей, які можуть допомогти. Запитаємо їх і повернемося до вас.',
      'Чекаю, дякую.',
    ],
  },
  {
    tags: ['correction', 'news'],
    messages: [
      'Матеріал про обміни полоненими застарів: минулого тижня був ще один обмін.',
      'Дякуємо, додамо свіжий матеріал у наступний випуск.',
    ],
  },
  { tags: [], messages: ['Please keep sending this. It is the one letter I read to the end.'] },
  {
    tags: ['news'],
    messages: [
      'A group of us met again after the spring conference, online. We agreed to share a reading list; would you include it?',
      'Gladly. Send it when it is ready and we will look at each link.',
    ],
  },
  {
    tags: ['collaboration'],
    messages: [
      'Our university would host a small workshop on water sharing next year. Is anyone in the network working on this?',
      'Yes, several participants are. We will ask whether they want to be introduced.',
    ],
  },
  {
    tags: ['correction'],
    messages: [
      'The outlet in the nuclear section is described as independent, but it is funded by a ministry.',
      'Thank you. We looked again and changed its label to state-affiliated.',
    ],
  },
  { tags: [], messages: ['Не все ссылки открываются без VPN. Можно ли присылать тексты целиком?'] },
  {
    tags: ['news'],
    messages: [
      'Наш театр поставил пьесу, переведенную с украинского. Премьера прошла тихо, но зал был полон.',
      'Спасибо, что рассказали. Будьте осторожны.',
    ],
  },
  {
    tags: ['collaboration'],
    messages: [
      'Хочемо зробити спільний подкаст з журналістами з Європи. Чи є у мережі охочі?',
      'Так, маємо двох охочих. Напишемо вам, щойно вони погодяться на знайомство.',
    ],
  },
  { tags: [], messages: ['Дякую. Читаю щотижня, навіть коли немає світла: з телефона.'] },
  {
    tags: ['news'],
    messages: [
      'The bereaved parents’ group met in person this month for the first time since the war began. Twelve came.',
      'Thank you for telling us. We will not name the group or the place.',
    ],
  },
  {
    tags: ['collaboration', 'news'],
    messages: [
      'Two of the students from the St. Petersburg program now work on disinformation research. They would like to talk to your readers.',
      'We can arrange it. Would they prefer an online meeting under the Chatham House Rule?',
      'Yes, that would be best.',
    ],
  },
  {
    tags: ['correction'],
    messages: [
      'The explainer on arms control treaties has the year of signature wrong.',
      'Thank you, corrected in the web version.',
    ],
  },
];
