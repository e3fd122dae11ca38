import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from './helpers.ts';

const SAMPLE = join(import.meta.dirname, '..', '..', 'samples', 'xinjiang-topic-dump.txt');

describe('the bundled seed sample', () => {
  const feed = parse(readFileSync(SAMPLE));

  it('parses into its 14 items with their exact titles', () => {
    expect(feed.items.map((i) => i.title)).toEqual([
      'Chinese security firm advertises ethnicity recognition technology while facing UK ban',
      'Covid lockdown protests break out in western China after deadly fire',
      'Major funds exposed to companies allegedly engaged in Uyghur repression in China',
      'Spyware targets Uyghurs by ‘masquerading’ as Android apps – report',
      'Failure to investigate UK imports linked to forced Uyghur labour unlawful, court told',
      'China using influencers to whitewash human rights abuses, report finds',
      'West weighs calling for China Uyghur abuses inquiry at UN',
      '‘Our people are still trapped’: Uyghur exiles demand action on abuses',
      'New Zealand’s shadow foreign affairs spokesperson faces criticism for response to UN report on Uyghurs',
      'Lawyer criticises UN report’s failure to call Uyghur oppression ‘genocide’',
      'Five key points from the UN report on Xinjiang human rights abuses',
      'Rights groups call for inquiries into Uyghur abuses in China after damning UN report',
      'China’s treatment of Uyghurs may be crime against humanity, says UN human rights chief',
      'US ban on cotton from forced Uyghur labour comes into force',
    ]);
  });

  it('marks every item truncated and keeps the standfirst as the summary', () => {
    expect(feed.items.every((i) => i.truncated)).toBe(true);
    expect(feed.items[1]?.summary).toBe(
      'Protesters in Urumqi, the capital of Xinjiang, blame restrictions for death toll of 10 in apartment block fire',
    );
  });

  it('gives the 14 items 14 distinct ids', () => {
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(14);
  });
});
