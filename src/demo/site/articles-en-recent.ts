// English articles from 2017 on, including scheduled ones and a draft. Invented for the demo
// from the facts in shared/DOMAIN.md; the wording is ours.
import type { ArticleTexts } from './seeds.ts';

export const articlesEnRecent: ArticleTexts = {
  'whom-do-we-trust': {
    slug: 'whom-do-we-trust',
    title: 'Whom do we trust? Students in St. Petersburg',
    summary: 'Russian and American students spend a week designing answers to shared threats.',
    body: `Forty Russian and American students, most of them in their early twenties, spent a week in St. Petersburg this month. They came for a program we call Whom Do We Trust, and they left with a set of proposals and, more importantly, with each other's phone numbers.

The question in the program's name is not rhetorical. Young people in both countries grew up after the Cold War, yet many of them distrust the other country as deeply as their grandparents did. We asked them to look at where that distrust comes from: the news they read, the history they were taught, the stories their families tell.

## How the week worked

Mixed teams of four or five chose one global threat: pandemics, nuclear risk, climate change or disinformation. Each team had to agree on what the threat is, what their two countries could do about it together, and what would stop them.

The disagreements were real. Some teams argued late into the night. But every team presented a proposal on the last day, and several of them were sharper than what we read from think tanks.

## What comes next

We plan to run the program for three years, with a new group each year and a reunion at the end. If all goes well, more than a hundred young people will have worked side by side. Some of them will one day work in government, and they will remember who they met here.`,
  },
  'track-two-term': {
    slug: 'where-track-two-comes-from',
    title: 'Where the words "track two" come from',
    summary:
      'A diplomat, a psychiatrist and a series of meetings at Big Sur gave the practice its name.',
    body: `People often ask us where the name of our organization comes from. The answer takes us back to the early 1980s and to a retreat on the California coast.

Joseph Montville was a career diplomat who had spent years negotiating conflicts for the US State Department. He took part in the Soviet-American meetings hosted at the Esalen Institute, and he saw that something happened there that could not happen in official talks. Private citizens, with no authority to commit anyone, were exploring ideas their governments could not yet discuss.

Montville needed a name for it. He called official diplomacy "track one" and this other, unofficial kind "track two". The term first appeared in print in an essay he wrote with the psychiatrist William D. Davidson for the journal *Foreign Policy*, published in 1981-82.

## Why the name stuck

The phrase is modest, and that is its strength. It does not claim that citizens can replace diplomats. It says only that there is a second way, running alongside the first, and that the two need each other.

> Track two prepares the ground; track one builds on it.

Since then the term has spread far beyond our work. Scholars now speak of track one and a half, and of multi-track diplomacy. But the idea is the one Montville described: people meeting as people, out of public view, to make peace a little more possible.

**Update:** After this article appeared, readers from the History Project sent us recollections of those first meetings at Esalen. We have added them to the project's archive, where they can be read with the interviews.`,
  },
  'cyber-nuclear-2021': {
    slug: 'cyber-and-nuclear',
    title: 'When a cyber attack could start a nuclear war',
    summary:
      'Experts from rival countries discuss how misuse of one technology could trigger the other.',
    body: `This autumn we convened experts from the United States, Russia and Europe to discuss a danger that few people outside their field think about: how a cyber attack could set off a nuclear crisis.

The worry is not science fiction. Nuclear forces depend on computers, sensors and communication networks. If those systems are attacked, or if one side merely believes they are under attack, leaders may have to decide in minutes whether to act. A false alarm or a misread intrusion could push them toward a catastrophe nobody wanted.

## What the participants discussed

- How early-warning and command systems could be exposed to intrusion.
- Why it is so hard to tell espionage from preparation for an attack in cyberspace.
- Whether rival countries could agree to keep their hands off each other's nuclear command systems.
- What private experts can do when governments refuse to talk about it.

The meeting followed the Chatham House Rule, so we will not say who said what. We can say that the conversation was unusually frank, and that participants from countries with very different views agreed on more than they expected.

## Next steps

A small group will keep meeting online to draft a set of principles that could be offered, quietly, to officials on all sides. Such proposals often take years to be heard. We intend to keep them ready for the day they are needed.`,
  },
  'weekly-resources-begins': {
    slug: 'a-weekly-letter-in-wartime',
    title: 'A weekly letter in wartime',
    summary:
      'Why we began sending a weekly selection of reading on the war to participants on every side.',
    body: `In the weeks after the full-scale invasion of Ukraine, our inboxes filled with messages from participants in Ukraine, in Russia, in Europe and in the United States. They asked the same things: what is happening, what are others saying, and how can we help?

We could not answer every message, so we began to answer all of them at once. Every week we now send a short selection of resources on the war: analysis, first-hand accounts, humanitarian news, and pieces that help readers see the conflict from more than one place.

## How we choose

1. We prefer sources that report what they have seen over sources that only comment.
2. We include voices from more than one side, and we say clearly where each comes from.
3. We leave out anything that could put a reader at risk if found on their phone.
4. We keep it short. People in war zones have little time and often little bandwidth.

## What readers do with it

The letter was meant to inform. It turned out to connect. Readers reply, sometimes with a correction, sometimes with news from their city, sometimes with a proposal to work together. Several of those replies have already become small projects.

We do not know how long the war will last. We do know that people on different sides still want to read and write to each other, and we intend to keep the letter going for as long as they do.`,
  },
  'oceans-2022': {
    slug: 'oceans-2022',
    title: 'Oceans 2022: protecting the Southern Ocean in a year of war',
    summary: 'Russian and Ukrainian marine biologists kept working together on Antarctica.',
    coverAlt: 'Deep blue shading into turquoise, like water seen from above',
    body: `The meeting had been planned long before the war. Its subject was the Southern Ocean and the waters around Antarctica, some of the least protected and most important seas on the planet. Its participants were marine biologists and non-state negotiators from several countries, Russia and Ukraine among them.

When the invasion began, many expected the meeting to be cancelled. The participants decided otherwise. They agreed that the ocean would not wait for the war to end, and that their work was one of the few places where they could still act together.

## What the meeting was about

- Marine protected areas in the Southern Ocean and how to make the case for them.
- Krill, fish and the animals that depend on them.
- How scientific evidence can reach the international bodies that decide on protection.

## How it felt

It was not easy. Some participants had family under bombardment. Others faced consequences at home for being there at all. The discussions were held under the Chatham House Rule, and we will name no one. But people who had every reason not to speak to each other spent days working side by side on maps and data.

The group decided to continue as a program, Oceans 22, with meetings in Europe and working groups between them.

**Update:** Since this article was first published, the group has added biologists from China and agreed on a shared list of areas to propose for protection.`,
  },
  'esalen-2023': {
    slug: 'talking-about-the-war-at-big-sur',
    title: 'Talking about the war at Big Sur',
    summary:
      'Russians and Ukrainians, some of them from war zones, met at Esalen to speak about the war.',
    body: `This autumn we held a gathering at Esalen on the war between Russia and Ukraine. Participants came from both countries; some of them live and work in areas under fire. Others joined from Europe and the United States.

Bringing such a group together was the hardest thing we have done in years. Travel was difficult and for some participants dangerous. Every name was kept confidential, before and after. We will not publish who came, where they live or what they said.

## What we can say

The first day was tense. People spoke of loss, of anger, and of their distrust of anyone from the other country. Nobody was asked to forgive anything. The facilitators asked only that everyone listen to the end before answering.

By the third day the conversation had changed. It was not agreement, and it was not reconciliation. It was the beginning of a working relationship between people who accept that they see the war very differently, yet share some practical concerns: prisoners, the wounded, children, the environment, and the free flow of information.

## After the gathering

The participants asked to keep meeting. We now hold regular online sessions, and we are preparing an in-person conference for the spring. What began at Big Sur continues, quietly, in many small exchanges that we will not describe here.`,
  },
  'april-2024': {
    slug: 'spring-conference-2024',
    title: 'The spring conference: what continued after Big Sur',
    summary: "Participants of last year's gathering met again in person to plan joint work.",
    body: `In April, participants of last autumn's gathering on the Russia-Ukraine war met again, this time in person for several days. Between the two meetings they had kept talking in online sessions, and they arrived with proposals rather than questions.

The conference was not a negotiation. Nobody at the table represents a government, and nobody pretended to. Its purpose was to turn relationships formed at Big Sur into work that can be done by private people, now, while the war goes on.

## Three working groups

1. **Humanitarian questions:** how citizens in both countries can help exchange information about prisoners and missing people.
2. **Information:** how journalists and researchers can check facts across the front line without endangering their sources.
3. **The environment:** how damage to land and water can be documented for the day it has to be repaired.

## A word on safety

Several participants asked us not to say where the conference took place, and we have honoured that. This article is signed by a participant who writes under the protection of our network, which is why the author's name may not appear on this page.

The working groups report every month. Their work is slow and often invisible, which is exactly what track-two work tends to be.`,
  },
  'history-forty': {
    slug: 'forty-interviews',
    title: 'Forty interviews and counting',
    summary:
      'The History Project has recorded more than forty long conversations about four decades of work.',
    body: `The History Project began with a simple worry: that the people who did this work in the 1980s would not be with us forever, and that their memories would go with them. Since then we have recorded more than forty in-depth interviews, and the archive keeps growing.

The interviews are long, often several hours, sometimes over more than one day. We talk with scientists who took part in the first exchanges, cosmonauts and astronauts, writers, psychologists, interpreters, and staff who made the gatherings possible. Some speak in English, others in Russian; all are transcribed.

## What we are making

- **An archive** of recordings and transcripts, indexed so that researchers can find every mention of a person, place or event.
- **A book** that tells the story from the late 1970s to the present. A first draft exists.
- **Short films and podcasts** that bring a few of the stories to a wider audience.

## What we have learned

Memory is generous and unreliable. Two people who attended the same meeting often remember it differently. We do not try to settle every disagreement; instead we record both versions and, where we can, the documents that help readers decide.

If you took part in our work at any time and would like to be interviewed, write to history@example.org. We are especially eager to hear from people who were students at the time.`,
  },
  'reading-the-replies': {
    slug: 'reading-the-replies',
    title: 'Reading the replies',
    summary: 'What hundreds of readers of the weekly letter tell us when they write back.',
    coverAlt: 'A violet gradient turning to soft pink',
    body: `Every week the resources letter goes to several hundred readers in the United States, Russia, Ukraine, Europe, Israel and Palestine. Every week some of them write back. Reading those replies has become one of the most important parts of our work.

Some replies are corrections. A reader points out that a quoted figure is out of date, or that a report from their city misses what residents actually see. We check, and when they are right, we say so in the next issue.

## News that nobody else has

Other replies bring news. A doctor describes what a hospital needs. A teacher explains how her school changed after the strikes. A researcher shares a study that has not yet been published. We never pass on anything that could identify the writer, but with permission we share what they tell us.

## New work

The most valuable replies are proposals. A reader in one country asks whether anyone in another country works on the same problem. Often someone does. We introduce them, carefully and only if both agree, and some of those introductions have become working groups.

Since the war in the Middle East began, the letter also covers it, and replies now arrive from Israelis and Palestinians too. The tone of these letters is often raw. We read them all, and we answer as many as we can.`,
  },
  'oceans-europe': {
    slug: 'oceans-22-meets-again',
    title: 'Oceans 22 meets again in Europe',
    summary: 'Marine biologists and negotiators gather for their next working meeting.',
    body: `Next week the Oceans 22 group meets again in Europe. Marine biologists from Russia, Ukraine, China and several European countries will spend three days with non-state negotiators who know how international decisions on the oceans are made.

The group has met regularly since 2022, when it decided to keep working through the war. Its focus remains the Southern Ocean and the waters around Antarctica, where protection depends on agreement among many countries, including some that are barely speaking to each other.

## On the agenda

- An update on the list of areas the group proposes for protection.
- Shared methods for counting krill and the animals that feed on them.
- How to present evidence so that officials from rival countries can accept it.
- Plans for young scientists to join the working groups.

## Why it matters now

International bodies that protect the oceans work by consensus. When relations between their members are poor, scientific cooperation is one of the few threads that still holds. The group's work keeps that thread strong, so that when governments are ready to agree, the evidence and the proposals are ready too.

As always, the meeting follows the Chatham House Rule. We will report on its results, not on who said what.`,
  },
  'history-book-notes': {
    slug: 'notes-toward-the-history-book',
    title: 'Notes toward the history book',
    summary: 'A draft: how the book of the History Project is taking shape.',
    body: `This is a working draft for the editors, not yet for publication.

The book of the History Project now has a structure. It follows the work decade by decade, from the first Soviet-American exchanges at Big Sur to the gatherings held during the war in Ukraine. Each chapter draws on the interviews and on documents kept by participants.

## Chapters so far

1. Beginnings: the retreat on the coast and the first invitations.
2. Bridges: the Spacebridges, the space explorers and the writers.
3. After the Soviet Union: libraries, psychology and new partners.
4. The Middle East: the children of Abraham.
5. Around the Pacific: the Potential China conferences.
6. Students: Whom Do We Trust.
7. Wartime: the letter, the oceans and the gatherings since 2022.

## Open questions

- How to write about people who agreed to be interviewed but not to be named.
- Whether to include the disagreements between witnesses in the text or in notes.
- Which photographs we may publish without putting anyone at risk.

We need two more interviews for the chapter on students, and a second reader for the chapter on the Middle East. Please add comments below this line before the next editors' meeting.`,
  },
};
