import { describe, expect, it } from 'vitest';
import { stripHonorifics } from '../../src/extract/index.ts';

describe('stripHonorifics', () => {
  it('drops a title and post-nominal letters', () => {
    expect(stripHonorifics('Sir Geoffrey Nice QC')).toBe('Geoffrey Nice');
  });

  it('drops a dotted title', () => {
    expect(stripHonorifics('Dr. Adrian Zenz')).toBe('Adrian Zenz');
  });

  it('drops a run of titles', () => {
    expect(stripHonorifics('Prime Minister Jacinda Ardern')).toBe('Jacinda Ardern');
  });

  it('drops post-nominals written with commas and dots', () => {
    expect(stripHonorifics('Helena Kennedy, KC')).toBe('Helena Kennedy');
  });

  it('keeps a name that would be left empty', () => {
    expect(stripHonorifics('President')).toBe('President');
  });

  it('keeps a surname that looks like post-nominal letters when written in lower case', () => {
    expect(stripHonorifics('Jennifer Ma')).toBe('Jennifer Ma');
  });
});
