// The programs' public texts in English, past and current. The working names and summaries
// staff use are in ../programs.ts; these are what the public site shows.
import { sitePaths } from '../../site/urls.ts';
import type { ProgramTexts } from './seeds.ts';

export const programsEn: ProgramTexts = {
  'soviet-american-exchange': {
    name: 'Soviet-American Exchange',
    summary:
      'Scientists, writers, psychologists and space flyers meeting across the Cold War divide.',
    body: `From 1980 until the end of the Soviet Union, this program brought Soviet citizens and Americans together as colleagues. It began at the Esalen Institute in Big Sur with small invitations and grew into some of the most visible citizen diplomacy of the decade.

- **Spacebridges** (from 1982): live satellite links between audiences in both countries.
- **Cosmonauts and astronauts** (from 1982): talks that led to the Association of Space Explorers in 1985.
- **Writers** (late 1980s): work with the USSR Union of Writers, Soviet membership of International PEN in 1987, and a tour of Soviet writers in the United States.
- **Psychologists** (from 1981): a Volga river journey, professional exchanges and, in time, a library of psychological literature in English.

Many friendships from these years still carry our network. The [History Project](${sitePaths.program('en', 'history-project')}) is recording them.`,
  },
  'north-pacific-rim': {
    name: 'North Pacific Rim',
    summary:
      'Eight "Potential China" conferences among Chinese, Russian and American participants.',
    body: `Between 2008 and 2016 we held eight small conferences around the North Pacific, under the name Potential China. Each gathered Chinese, Russian and American participants around one theme: the environment, technology, culture or psychology.

The conferences produced no declarations, by design. They produced working relationships: researchers who still share data on the Pacific coastline, writers who translate each other, and a habit of frank conversation among people whose countries distrust one another.`,
  },
  'whom-do-we-trust': {
    name: 'Whom Do We Trust',
    summary: 'Russian and American students designing answers to global threats together.',
    body: `From 2016 to 2019, Russian and American college-aged students met in St. Petersburg for week-long sessions. Over three years more than a hundred young people worked in mixed teams on pandemics, nuclear risk, climate change and disinformation.

The program's question was meant seriously: whom do we trust, and why? Students examined the news they read and the history they were taught, then designed proposals their two countries could carry out together. Many of them remain in touch.`,
  },
  'weekly-resources': {
    name: 'Weekly Resources',
    summary: 'A weekly selection of reading on the wars in Ukraine and the Middle East.',
    body: `Since the full-scale invasion of Ukraine in 2022 we have sent a weekly letter of resources on the war to participants in the United States, Russia, Ukraine and Europe. Since late 2023 it also covers the war between Israel and Hamas, and it reaches readers in the Middle East.

The letter gathers analysis, first-hand accounts and humanitarian news from more than one side. Its readers reply, and their replies bring corrections, news that no one else has, and proposals for joint work. Read [how we read the replies](${sitePaths.article('en', 'reading-the-replies')}).`,
  },
  'history-project': {
    name: 'The History Project',
    summary: 'An oral history of citizen diplomacy since the late 1970s.',
    body: `The History Project records the memories of people who have done this work since the late 1970s. It has gathered more than forty in-depth interviews with scientists, writers, space flyers, psychologists, interpreters and staff.

From the interviews come an indexed archive, a book now in draft, short films and podcasts. Interviewees decide whether their names appear; some recordings will stay closed for years at their request.

If you took part in our work and would like to be interviewed, write to history@example.org.`,
  },
  'international-abrahamic-network': {
    name: 'International Abrahamic Network',
    summary: 'Support for Israeli and Palestinian peace builders and a place to meet.',
    body: `Since the 1990s we have worked with Israelis and Palestinians, Jews, Muslims and Christians, who build peace in their own communities. The network supports them with small grants, quiet meetings abroad and connections to colleagues in other conflicts.

We work alongside organizations that do this work every day, among them The Parents Circle, Combatants for Peace, Sulha and Women of the Sun. The people in this network often take great risks; we name only those who have chosen to be named.`,
  },
  'one-network': {
    name: 'One Network',
    summary: 'Participants across regions starting projects together.',
    body: `One Network connects the people who have come through our gatherings, whatever the region or the decade, and helps them start concrete projects across borders.

Current projects include a prize for Ukrainian and Russian journalists, climate working groups of scientists from countries at odds, literary translations and technology collaborations. Introductions between participants are always two-sided: nobody is put in touch without agreeing to it.`,
  },
  'oceans-22': {
    name: 'Oceans 22',
    summary: 'Scientists and negotiators working to protect the Southern Ocean.',
    body: `Oceans 22 began with a meeting in 2022 on the conservation of the Southern Ocean and Antarctica. Russian and Ukrainian marine biologists and non-state negotiators took part, and the meeting went ahead despite the invasion of Ukraine.

The group continues with meetings in Europe and working groups between them. One of them works with biologists from Russia and China. Its aim is practical: proposals for marine protection, prepared so that officials from rival countries can accept the evidence behind them.`,
  },
};
