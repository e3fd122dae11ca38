// The peer to beat: plain TF-IDF single-pass clustering, as scikit-learn's
// TfidfVectorizer(sublinear_tf=True) plus a loop would do it. Lower-cased word tokens of two
// or more characters, 1 + log(tf), smoothed idf fitted on the whole file up front (an
// advantage the online clusterer does not have), unit-length vectors, cosine to each
// cluster's centroid (the sum of its members), join the best above a threshold.

type Vector = Map<string, number>;

function countWords(text: string): Vector {
  const v: Vector = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}

/** Returns unit-length sublinear TF-IDF vectors of texts, idf fitted on all of them. */
export function vectoriseAll(texts: readonly string[]): Vector[] {
  const counts = texts.map(countWords);
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c) => {
    const v: Vector = new Map();
    for (const [t, k] of c) v.set(t, (1 + Math.log(k)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1));
    const norm = Math.sqrt([...v.values()].reduce((a, w) => a + w * w, 0)) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Returns a single-pass clusterer over vectors: call it per vector, it returns the cluster index. */
export function createBaselineClusterer(threshold: number): (v: Vector) => number {
  const centroids: Array<{ sum: Vector; norm: number }> = [];
  return (v) => {
    let best = -1;
    let bestScore = -1;
    centroids.forEach((c, i) => {
      let dot = 0;
      for (const [t, w] of v) dot += w * (c.sum.get(t) ?? 0);
      const score = c.norm === 0 ? 0 : dot / c.norm;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0 || bestScore < threshold) {
      centroids.push({ sum: new Map(v), norm: 1 });
      return centroids.length - 1;
    }
    const c = centroids[best] as { sum: Vector; norm: number };
    for (const [t, w] of v) c.sum.set(t, (c.sum.get(t) ?? 0) + w);
    c.norm = Math.sqrt([...c.sum.values()].reduce((a, w) => a + w * w, 0));
    return best;
  };
}
