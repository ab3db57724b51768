// The demo site's pages in English. Invented for the demo from the facts in shared/DOMAIN.md.
import { sitePaths } from '../../site/urls.ts';
import type { PageTexts } from './seeds.ts';

export const pagesEn: PageTexts = {
  home: {
    title: 'Track Two: citizen diplomacy since 1980',
    summary:
      'We bring together people from countries in conflict so they can talk, work and keep in touch when their governments cannot.',
    body: `When governments stop talking, people often still can. Since 1980 we have invited scientists, writers, psychologists, journalists, former officials and students from countries in conflict to sit at the same table: first Soviets and Americans, later Russians, Ukrainians, Chinese, Israelis and Palestinians.

Our gatherings are small and unhurried. Some take place at a retreat on the California coast, others in Europe, many online. What is said there stays unattributed, so that people can speak freely and return home safely.

## What we do now

- A [weekly letter of resources](${sitePaths.program('en', 'weekly-resources')}) on the wars in Ukraine and the Middle East, read on every side.
- [Oceans 22](${sitePaths.program('en', 'oceans-22')}), where marine scientists and negotiators work on protecting the Southern Ocean.
- The [International Abrahamic Network](${sitePaths.program('en', 'international-abrahamic-network')}) for Israeli and Palestinian peace builders.
- [One Network](${sitePaths.program('en', 'one-network')}), which helps participants start projects across borders.
- [The History Project](${sitePaths.program('en', 'history-project')}), an oral history of four decades of this work.

Read [what track-two diplomacy is](${sitePaths.page('en', 'track-two')}), browse the [articles](${sitePaths.articles('en')}) and the [timeline](${sitePaths.timeline('en')}), or [support the work](${sitePaths.donate('en')}).`,
  },
  mission: {
    title: 'Our mission',
    summary: 'Relationships across lines of conflict that last longer than any single crisis.',
    body: `We believe that conflicts between nations are also conflicts between people, and that people can do things governments cannot: listen without a mandate, admit doubt, and stay in touch when official channels close.

Our mission is to build and keep networks of people from countries in conflict who trust each other enough to work together. We do not negotiate for anyone, and we do not replace diplomats. We prepare the ground on which their work can stand.

## How we work

1. **Small gatherings.** Workshops, retreats and conferences of a few dozen people, long enough for real conversation.
2. **Confidentiality.** Our meetings follow the Chatham House Rule: ideas may travel, names and affiliations do not.
3. **Continuity.** A gathering is a beginning. Participants keep meeting, write to each other and start joint projects.
4. **Practical fields.** Science, medicine, space, the oceans, literature, journalism and the arts give people from opposite sides something concrete to do together.

## What we will not do

We will not put anyone in danger for the sake of publicity. Some of our participants could lose their work, their freedom or their safety if their contacts became known. That is why this site names only those who have chosen to be named.`,
  },
  origins: {
    title: 'Where we come from',
    summary: 'Born at a retreat on the Big Sur coast during the coldest years of the Cold War.',
    body: `Track Two grew out of the Esalen Institute in Big Sur, California, and its Center for Theory & Research. In 1980, when relations between Washington and Moscow were at a low point, a small group there began inviting Soviet citizens to meet Americans as colleagues rather than adversaries. For decades the work was led by Michael and Dulce Murphy.

The first exchanges were modest: psychologists travelling the Volga together in 1981, a handful of scientists and writers. Then came bigger ideas. In 1982 live satellite links, the Spacebridges, let audiences in both countries question each other directly. The same year, cosmonauts and astronauts began talks that led to the Association of Space Explorers, formally founded in 1985.

In the late 1980s we worked with the USSR Union of Writers. Soviet writers joined International PEN in 1987, and a group of them toured the United States and met their American counterparts.

When the Soviet Union ended, the work did not. It opened the first library of psychological literature in English there, began working with Israelis and Palestinians in the 1990s, held eight conferences around the North Pacific between 2008 and 2016, and brought Russian and American students together in St. Petersburg.

The [timeline](${sitePaths.timeline('en')}) tells the story year by year.`,
  },
  'track-two': {
    title: 'What track-two diplomacy is',
    summary:
      'Unofficial contact between people of nations in conflict, alongside official diplomacy.',
    body: `Diplomacy between governments is called track one: ministers, ambassadors, official talks and treaties. Track two is everything else that happens between nations in conflict when private citizens meet on their own initiative.

Those citizens are often scientists, physicians, writers, psychologists, journalists, retired officials and students. They hold no mandate and sign nothing. What they can do is explore ideas that officials cannot yet say aloud, understand how the other side sees the conflict, and build the personal trust that later makes official steps possible.

## Where the term comes from

The phrase was coined by Joseph Montville, who had negotiated conflicts for the US State Department, while he took part in Soviet-American meetings hosted at the Esalen Institute. It first appeared in print in an essay he wrote with the psychiatrist William D. Davidson for *Foreign Policy* in 1981-82.

## What it is not

Track two is not a substitute for track one, and it is not secret negotiation. It works best when it is patient, modest and honest about its limits. Its results are rarely visible at once: a friendship that survives a war, a proposal that reaches a minister years later, a student who becomes a diplomat.

## Why discretion matters

People who talk to "the other side" can pay a high price at home. Good track-two work protects them: it keeps lists of participants private and lets each person decide whether to be known.`,
  },
  contact: {
    title: 'Contact',
    summary: 'How to reach the office, the editors and the History Project.',
    body: `We read every message, though a small staff may need a few days to answer.

- General questions: [office@example.org](mailto:office@example.org)
- Articles and this site: [editors@example.org](mailto:editors@example.org)
- The History Project and its archive: [history@example.org](mailto:history@example.org)
- Press: [press@example.org](mailto:press@example.org)

## Writing to us safely

If you live somewhere where contact with a US organization could put you at risk, please think before writing from your usual address. We never publish the names of people who write to us, and we never share them with anyone. If you would rather talk through an encrypted messenger, say so in a short first message and we will suggest one.

## Visiting

Many of our gatherings take place on the Big Sur coast in California. The coast road is sometimes closed by landslides; current closures and travel advisories appear at the top of every page of this site.`,
  },
  donate: {
    title: 'Support citizen diplomacy',
    summary: 'Gifts from individuals keep our gatherings independent of any government.',
    body: `Our work depends on people who believe that conversation across lines of conflict is worth paying for. We take no money from governments for our gatherings, so that no participant has to wonder whose agenda they serve.

## What a gift does

- **$50** covers a week of the resources letter for a hundred readers.
- **$250** helps a young scientist travel to a meeting of Oceans 22.
- **$1,000** pays for a day of a gathering: rooms, meals and interpretation.

## How to give

Online giving will open on this page soon. Until then, write to [giving@example.org](mailto:giving@example.org) and we will tell you how to give by bank transfer or by check.

Thank you. Every gift, whatever its size, keeps a door open.`,
  },
};
