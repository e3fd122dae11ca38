// Templated items: automated market, weather and football reports that different outlets write
// from the same template with different figures. They are not copies of one another, yet share
// most of their word bigrams: a deliberate test of the near-duplicate detector's precision.
import type { Article } from './article.ts';
import type { Lexicon } from './lexicon.ts';
import { between, pick, type Random } from './random.ts';

interface Template {
  readonly name: string;
  readonly category: string;
  readonly title: string;
  readonly body: readonly string[];
}

const TEMPLATES: readonly Template[] = [
  {
    name: 'markets',
    category: 'Markets',
    title: 'Shares in {org} {move} {pct} as {org2} {move2} in {day} trading',
    body: [
      'Shares in {org} {move} {pct} on {day} after the company reported quarterly revenue of {money}, against analysts’ expectations of {money2}.',
      'The benchmark index {move2} {pct2} to close at {points} points, while {org2} {move} {pct3}.',
      'Trading volume was {volume} than the thirty-day average, according to data from the exchange.',
      'The company said it expected demand to {trend} in the coming months and kept its full-year forecast {forecast}.',
    ],
  },
  {
    name: 'weather',
    category: 'Weather',
    title: '{place} weather: {cond} with highs of {temp} degrees on {day}',
    body: [
      '{place} will see {cond} on {day} with temperatures reaching {temp} degrees, forecasters said.',
      'Winds from the {dir} will reach {wind} kilometres per hour in the afternoon, and the chance of rain is {pct}.',
      'Overnight temperatures will fall to {low} degrees, with {cond2} expected by the morning.',
      'The weather service advised residents to {advice} and to check the forecast before travelling.',
    ],
  },
  {
    name: 'football',
    category: 'Sport',
    title: '{team} beat {team2} {score} to {climb} in the league',
    body: [
      '{team} beat {team2} {score} on {day}, with {person} scoring in the {minute}th minute in front of {crowd} fans.',
      '{team2} had {shots} shots but failed to convert their chances, and {person2} was booked before half-time.',
      'The result lifts {team} to {position} in the table, {gap} points behind the leaders.',
      'The manager said after the match that the team had {verdict} and would focus on the next game.',
    ],
  },
];

const FILLS: Readonly<Record<string, readonly string[]>> = {
  move: ['rose', 'fell', 'jumped', 'slipped', 'climbed', 'dropped'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  volume: ['higher', 'lower', 'slightly higher', 'much lower'],
  trend: ['improve', 'weaken', 'stabilise', 'recover'],
  forecast: ['unchanged', 'raised', 'cut', 'under review'],
  cond: ['sunshine', 'heavy rain', 'scattered showers', 'thunderstorms', 'light snow', 'fog', 'cloud'],
  dir: ['north', 'south', 'east', 'west', 'north-west', 'south-east'],
  advice: ['stay indoors', 'drink plenty of water', 'avoid unnecessary journeys', 'take care on the roads'],
  climb: ['climb to third', 'move up to fifth', 'go top', 'stay second', 'close the gap'],
  position: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'],
  verdict: ['played well', 'deserved the win', 'been lucky', 'shown character', 'worked hard'],
};

function fill(slot: string, random: Random, lexicon: Lexicon): string {
  const base = slot.replace(/\d$/, '');
  const listed = FILLS[base];
  if (listed) return pick(random, listed);
  if (base === 'org' || base === 'team') return lexicon.organisations.draw(random);
  if (base === 'place') return lexicon.places.draw(random);
  if (base === 'person') return lexicon.people.draw(random);
  if (base === 'pct') return `${between(random, 1, 9)}.${between(random, 0, 9)}%`;
  if (base === 'money') return `$${between(random, 1, 90)}.${between(random, 0, 9)}bn`;
  if (base === 'score') return `${between(random, 1, 5)}-${between(random, 0, 3)}`;
  return String(between(random, 2, base === 'points' || base === 'crowd' ? 40000 : 95));
}

function render(text: string, slots: Map<string, string>, random: Random, lexicon: Lexicon): string[] {
  const filled = text.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (!slots.has(slot)) slots.set(slot, fill(slot, random, lexicon));
    return slots.get(slot) as string;
  });
  return filled.split(' ');
}

/** Returns a templated article and the name of its template. */
export function generateTemplated(random: Random, lexicon: Lexicon): { article: Article; template: string } {
  const template = pick(random, TEMPLATES);
  const slots = new Map<string, string>();
  const title = render(template.title, slots, random, lexicon);
  const paragraphs = template.body.map((sentence) => render(sentence, slots, random, lexicon));
  return {
    article: { topic: template.name, category: template.category, title, paragraphs },
    template: template.name,
  };
}
