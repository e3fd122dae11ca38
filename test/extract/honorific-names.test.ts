import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, loadTagger } from '../../src/extract/index.ts';
import { findHonorificNames } from '../../src/extract/honorific-names.ts';

const extract = createExtractor(
  loadTagger(readFileSync(new URL('../../models/ner/ner-model.bin.gz', import.meta.url))),
);

function found(text: string): [string, string][] {
  return findHonorificNames(text).map((h) => [
    text.slice(h.start, h.end),
    text.slice(h.nameStart, h.nameEnd),
  ]);
}

function people(text: string): [string, string][] {
  return extract(text)
    .mentions.filter((m) => m.type === 'PER')
    .map((m) => [m.text, m.canonical]);
}

describe('findHonorificNames', () => {
  it('finds the honorific, the name and the letters after it', () => {
    expect(found('The lawyer Sir Geoffrey Nice QC said on Tuesday')).toEqual([
      ['Sir Geoffrey Nice QC', 'Geoffrey Nice'],
    ]);
  });

  it('takes dotted honorifics, initials and several sets of letters', () => {
    expect(found('Prof. Jane K. Doe, CBE, FBA spoke to Dr Adrian Zenz')).toEqual([
      ['Prof. Jane K. Doe, CBE, FBA', 'Jane K. Doe'],
      ['Dr Adrian Zenz', 'Adrian Zenz'],
    ]);
  });

  it('ends the name at a possessive, a day or a small word', () => {
    expect(found("Mr O'Brien's report")).toEqual([["Mr O'Brien", "O'Brien"]]);
    expect(found('Baroness Kennedy On Monday')).toEqual([['Baroness Kennedy', 'Kennedy']]);
  });

  it('skips further titles, and finds no one in a title alone', () => {
    expect(found('Lord Justice Leveson ruled')).toEqual([['Lord Justice Leveson', 'Leveson']]);
    expect(found('the Lord Chancellor said')).toEqual([]);
  });

  it('finds no person in a body, place or prize named after one', () => {
    expect(found('the Sir John Cass Foundation')).toEqual([]);
    expect(found('she read law at Lady Margaret Hall')).toEqual([]);
  });

  it('leaves contests and museums that begin like a name to the tagger', () => {
    expect(found('Miss World and Madame Tussauds')).toEqual([]);
  });

  it('leaves letters that are not post-nominals out of the span', () => {
    expect(found('Dr Jane Doe UN envoy')).toEqual([['Dr Jane Doe', 'Jane Doe']]);
  });

  it('needs the honorific written as one, with a capitalised name after it', () => {
    expect(found('SIR GEOFFREY NICE QC')).toEqual([]);
    expect(found('the professor of law')).toEqual([]);
    expect(found('Mr. smith')).toEqual([]);
  });
});

describe('the extractor with honorifics', () => {
  it('makes a knight with post-nominals a person under his plain name', () => {
    const text = 'The lawyer Sir Geoffrey Nice QC said on Tuesday that the report was weak.';
    const mentions = extract(text).mentions;
    expect(mentions.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ['Geoffrey Nice', 'PER', 'Geoffrey Nice'],
    ]);
    expect(mentions[0]?.key).toBe('geoffrey nice');
  });

  it('names the same person in a headline and in the text', () => {
    expect(people('Sir Geoffrey Nice QC says the report makes it easier to do nothing.')).toEqual([
      ['Geoffrey Nice', 'Geoffrey Nice'],
    ]);
  });

  it('strips honorifics and letters from the canonical names of other people', () => {
    expect(people('Dame Helena Kennedy KC and Dr Adrian Zenz spoke.')).toEqual([
      ['Helena Kennedy', 'Helena Kennedy'],
      ['Adrian Zenz', 'Adrian Zenz'],
    ]);
  });

  it('does not make a title into a person', () => {
    expect(people('The Lord Chancellor met staff at the Sir John Cass Foundation.')).toEqual([]);
  });
});
