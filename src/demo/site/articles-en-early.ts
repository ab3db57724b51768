// English articles on the early years, 1981 to 2008. Invented for the demo from the facts in
// shared/DOMAIN.md; the wording is ours.
import type { ArticleTexts } from './seeds.ts';

export const articlesEnEarly: ArticleTexts = {
  'volga-1981': {
    slug: 'psychologists-on-the-volga',
    title: 'Psychologists on the Volga',
    summary:
      'Two weeks on a river boat with Soviet colleagues, and what we learned about listening.',
    body: `This summer a small group of American psychologists spent two weeks on a boat on the Volga with Soviet counterparts. The trip was planned as a professional exchange: papers, translated abstracts, a few formal sessions in the ship's lounge. It became something else.

The formal sessions were stiff. Everyone knew that some of what was said would be reported, and speakers on both sides chose their words like diplomats. The real conversations happened on deck, at meals, and on walks through the river towns where the boat stopped for an afternoon.

## What we noticed

- Our Soviet colleagues were as curious about American family life as we were about theirs.
- Jokes travelled better than theories. By the second week, people were translating puns for each other.
- The fear of war was shared. Several people on both sides said they had never before talked about it with someone from "the other country".

None of this will appear in a journal. But everyone on board went home with names and addresses, and with the sense that the next conversation would start where this one ended. Two of our Soviet hosts have already asked whether a group could come to California.

We think that is how exchanges should begin: not with agreements, but with people who want to meet again.`,
  },
  'spacebridges-1982': {
    slug: 'a-bridge-through-space',
    title: 'A bridge through space',
    summary: 'The first Spacebridge let Soviet and American audiences speak to each other live.',
    coverAlt: 'Two soft bands of colour, blue and orange, meeting in the middle',
    body: `For a few hours this autumn, an audience in the United States and an audience in the Soviet Union saw each other on large screens and talked, live, by satellite. We call these links Spacebridges, and the first ones have just taken place.

The idea is simple and a little audacious. Most Americans know the Soviet Union only from news reports, and most Soviet citizens know America the same way. A satellite link removes the middleman. People ask their own questions and hear the answers in the other side's own voices, with interpreters working in real time.

## What happened on screen

The first questions were careful: about work, about schools, about what people eat. Then someone asked whether the other side really wanted war. The room went quiet on both ends, and the answer, given by an ordinary woman in the audience, was the one everyone had hoped for.

Not every moment was comfortable. There were speeches, and there were awkward silences while the signal caught up. But the broadcast showed something that official statements rarely show: that people on both sides worry about the same things.

## What comes next

We want to link smaller groups with shared professions: physicians with physicians, teachers with teachers, students with students. The technology is expensive and the permissions are slow, but the first Spacebridge proved it can be done.`,
  },
  'space-explorers-1985': {
    slug: 'those-who-have-seen-the-whole-earth',
    title: 'Those who have seen the whole Earth',
    summary:
      'Cosmonauts and astronauts found their own association, three years after their first talks.',
    body: `This month people who have flown in space, from the Soviet Union, the United States and other countries, formally founded the Association of Space Explorers. It is the fruit of conversations that began in 1982, when a few cosmonauts and astronauts, among them former astronaut Rusty Schweickart, first sat down together through our exchange program.

What brought them together was not politics but an experience that very few people share. Seen from orbit, the Earth has no borders drawn on it. Many who have made that journey come back with a changed sense of what matters, and they found that their counterparts from the other side had come back with the same feeling.

## Why an association

Friendships between individuals can end when one of them retires or when relations between governments sour. An association with members on both sides, regular congresses and a shared purpose has a better chance of lasting. Its founders want to speak together about the fragility of the planet and about cooperation in space.

## Our part

We offered what we could: a neutral place to meet, interpreters, patience with visas, and the conviction that such a group was worth building. The astronauts and cosmonauts did the rest. We expect the association to outlive the tensions of this decade, and we are proud to have been there at its beginning.`,
  },
  'writers-pen-1987': {
    slug: 'soviet-writers-join-pen',
    title: 'Soviet writers join the international community of writers',
    summary: 'Soviet writers enter International PEN, and a group of them tours the United States.',
    body: `This year Soviet writers joined International PEN, the worldwide association of writers that defends freedom of expression. For years this seemed impossible. The change came after patient work with the USSR Union of Writers, in which our exchange program played a small part.

Membership matters for practical reasons. It gives writers a voice in an international body, a network of colleagues who can speak up when one of them is in trouble, and a place at congresses where literature is discussed across every border.

## A tour of the United States

Alongside the membership, a group of Soviet writers travelled across the United States. Among them were Tatyana Tolstaya, Vladimir Karpov and Mikhail Zhvanetsky. They met American writers including Norman Mailer, Susan Sontag and Kurt Vonnegut, gave readings, and answered questions from audiences who had rarely heard a Soviet writer speak in person.

The conversations were not always polite. American writers asked hard questions about censorship, and Soviet writers answered some of them with more candour than anyone expected. That candour was the point.

## Why literature

Writers shape how nations imagine each other. When they know each other personally, caricatures become harder to draw. We hope the friendships begun this year will show up, sooner or later, in books on both sides.`,
  },
  'psychology-library-1990': {
    slug: 'a-library-of-psychology',
    title: 'A library of psychology in English',
    summary:
      'The first library of English-language psychological literature opens in the Soviet Union.',
    body: `This spring the first library of psychological literature in English opened in the Soviet Union. It began with books donated by American psychologists who had taken part in our exchanges since 1981, and it keeps growing as colleagues send more.

For a long time, Soviet psychologists could read Western work only in rare translations or in journals that arrived late and incomplete. Many of the people we met on the Volga and in California told us the same thing: they knew the names of important researchers but had never been able to read their books.

## How it works

- The collection covers clinical psychology, development, family therapy and research methods.
- Readers can consult the books on site and order copies of articles.
- A small committee of Soviet and American psychologists chooses what to add next.

## Why it matters

A library is quiet diplomacy. It does not make headlines, but it changes what a generation of students can learn. It also keeps a conversation going between colleagues who met across a political divide and now share a professional one.

We are grateful to every psychologist who packed a box of books, and to the librarians who catalogued them in two alphabets. If you would like to contribute, please write to us.`,
  },
  'abrahamic-beginnings': {
    slug: 'children-of-abraham',
    title: 'Children of Abraham: a new line of work',
    summary:
      'We begin working with Israeli and Palestinian groups who build peace in their communities.',
    body: `For fifteen years our work has mostly joined people across the divide between East and West. Over the past two years we have begun something new: working with Israeli and Palestinian groups who meet across religious and national lines.

The people we work with are Jews, Muslims and Christians. Many of them are religious, and they see their faith as a reason to meet the other, not a reason to avoid them. They call themselves, half in jest, the children of Abraham.

## What we bring

What we learned with Soviets and Americans applies here too, with care:

1. Small groups meet better than large ones.
2. A neutral place, far from home, lets people speak more freely.
3. Confidentiality protects participants whose communities may not approve of the meeting.
4. The meeting is only the beginning; what matters is whether people stay in touch.

## What we do not bring

We do not bring a plan for peace. Israelis and Palestinians have no shortage of plans. What they often lack is a room where they can talk without an audience, and people from outside who will listen without taking sides.

This work will be slow and often painful. We expect setbacks. But the groups we have met are determined, and they have asked us to stay.`,
  },
  'potential-china-2008': {
    slug: 'potential-china',
    title: 'Potential China: a first conference around the North Pacific',
    summary:
      'Chinese, Russian and American participants meet to talk about the environment and more.',
    body: `This autumn we held the first of what we hope will be a series of conferences around the North Pacific Rim. We called it Potential China, because its subject was what China, and its neighbours across the ocean, might become in the coming decades.

Participants came from China, Russia and the United States: environmental scientists, engineers, psychologists, writers and a few former officials. The meeting was small by design. Everyone could speak, and everyone did.

## Four themes

- **The environment:** air, water and coastlines that do not stop at borders.
- **Technology:** what each country builds, and what it fears others will build.
- **Culture:** how each nation tells its own story, and how it hears the others'.
- **Psychology:** the images each side carries of the others, and where they come from.

## What came out of it

No declarations, which was intended. Instead, a list of people who want to keep working together, and a group of researchers who agreed to share data on coastal pollution around the Pacific.

The conversations reminded us of the early Soviet-American meetings: cautious at first, then frank, then warm. We plan to hold a conference every year or so, each time on one theme chosen by the participants.`,
  },
};
