import { describe, expect, it } from 'vitest';
import { jaccard, jaccardPacked, packShingles, shinglesOf } from '../../src/process/index.ts';

describe('packed shingles', () => {
  it('give the same Jaccard similarity as the sets they were packed from', () => {
    const a = shinglesOf('UN rights office says China may have committed crimes against humanity');
    const b = shinglesOf('UN office says China may have committed crimes against humanity in Xinjiang');
    expect(packShingles(b)).toHaveLength(b.size);
    expect(jaccardPacked(a, packShingles(b))).toBe(jaccard(a, b));
    expect(jaccardPacked(b, packShingles(a))).toBe(jaccard(b, a));
    expect(jaccardPacked(new Set(), new Uint32Array(0))).toBe(1);
    expect(jaccardPacked(a, new Uint32Array(0))).toBe(0);
  });
});
