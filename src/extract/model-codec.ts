// The model file: gzip over a small binary layout. Weights are quantised to int16 with one
// scale per stage; features whose weights all round to zero are dropped on the way out.
//   "NER1" | u32 header length | header JSON | u32 keys length | keys (UTF-8, "\n"-joined)
//   | int16 w1 (stage1Size × TAG_COUNT) | int16 w2 (features × TAG_COUNT)
import { gunzipSync, gzipSync } from 'node:zlib';
import { AppError } from '../model/index.ts';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import type { NerModel, WeightArray } from './ner-model.ts';
import { TAG_COUNT } from './tags.ts';

interface Header {
  readonly version: 1;
  readonly tagCount: number;
  readonly stage1Size: number;
  readonly size: number;
  readonly scale1: number;
  readonly scale2: number;
  readonly gazetteer: SavedGazetteer;
  readonly lexicon: SavedGazetteer;
}

interface SavedGazetteer {
  readonly categories: readonly string[];
  readonly folded: boolean;
  /** Space-joined name → bit mask of categories. */
  readonly names: Readonly<Record<string, number>>;
}

const MAGIC = 'NER1';

/** Returns the model as gzipped bytes, dropping features whose weights are all below minWeight. */
export function encodeModel(model: NerModel, minWeight = 0): Uint8Array {
  const pruned = pruneModel(model, minWeight);
  const scale1 = maxAbs(pruned.w1) / 32767 || 1;
  const scale2 = maxAbs(pruned.w2) / 32767 || 1;
  const header: Header = {
    version: 1,
    tagCount: TAG_COUNT,
    stage1Size: pruned.stage1Size,
    size: pruned.index.size,
    scale1,
    scale2,
    gazetteer: saveGazetteer(pruned.gazetteer),
    lexicon: saveGazetteer(pruned.lexicon),
  };
  const keys = [...pruned.index.keys()].join('\n');
  const parts = [
    text(MAGIC),
    u32Of(text(JSON.stringify(header))),
    u32Of(text(keys)),
    quantise(pruned.w1, scale1),
    quantise(pruned.w2, scale2),
  ];
  return gzipSync(Buffer.concat(parts.flat()), { level: 9 });
}

/** Returns the model read from bytes made by encodeModel (gzipped or not). */
export function decodeModel(bytes: Uint8Array): NerModel {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes);
  if (raw.subarray(0, 4).toString('latin1') !== MAGIC)
    throw new AppError('extract.bad_model', 'extract: not a newswatch NER model');
  let at = 4;
  const chunk = (): Buffer => {
    const len = raw.readUInt32LE(at);
    at += 4 + len;
    return raw.subarray(at - len, at);
  };
  const header = JSON.parse(chunk().toString('utf8')) as Header;
  if (header.version !== 1 || header.tagCount !== TAG_COUNT)
    throw new AppError('extract.bad_model', 'extract: unsupported NER model version');
  const keys = chunk().toString('utf8').split('\n');
  const w1 = readInt16(raw, at, header.stage1Size * TAG_COUNT);
  const w2 = readInt16(raw, at + w1.length * 2, header.size * TAG_COUNT);
  return {
    index: new Map(keys.map((key, id) => [key, id])),
    stage1Size: header.stage1Size,
    w1,
    scale1: header.scale1,
    w2,
    scale2: header.scale2,
    gazetteer: loadGazetteer(header.gazetteer),
    lexicon: loadGazetteer(header.lexicon),
  };
}

// Keeps the features with some weight of at least minWeight, stage-one ones first.
function pruneModel(model: NerModel, minWeight: number): NerModel {
  const keep = (id: number): boolean =>
    rowMax(model.w2, id) * model.scale2 >= minWeight ||
    (id < model.stage1Size && rowMax(model.w1, id) * model.scale1 >= minWeight);
  const kept = [...model.index].filter(([, id]) => keep(id));
  const index = new Map(kept.map(([key], k) => [key, k]));
  const stage1Size = kept.filter(([, id]) => id < model.stage1Size).length;
  const w1 = new Float32Array(stage1Size * TAG_COUNT);
  const w2 = new Float32Array(index.size * TAG_COUNT);
  kept.forEach(([, id], k) => {
    for (let t = 0; t < TAG_COUNT; t++) {
      if (k < stage1Size) w1[k * TAG_COUNT + t] = (model.w1[id * TAG_COUNT + t] ?? 0) * model.scale1;
      w2[k * TAG_COUNT + t] = (model.w2[id * TAG_COUNT + t] ?? 0) * model.scale2;
    }
  });
  return { ...model, index, stage1Size, w1, scale1: 1, w2, scale2: 1 };
}

function rowMax(w: WeightArray, id: number): number {
  let m = 0;
  for (let t = 0; t < TAG_COUNT; t++) m = Math.max(m, Math.abs(w[id * TAG_COUNT + t] ?? 0));
  return m;
}

function maxAbs(w: WeightArray): number {
  let m = 0;
  for (const x of w) m = Math.max(m, Math.abs(x));
  return m;
}

function quantise(w: WeightArray, scale: number): Buffer[] {
  const q = new Int16Array(w.length);
  for (let j = 0; j < w.length; j++) q[j] = Math.round((w[j] ?? 0) / scale);
  return [Buffer.from(q.buffer, q.byteOffset, q.byteLength)];
}

function readInt16(raw: Buffer, at: number, n: number): Int16Array {
  const out = new Int16Array(n);
  for (let j = 0; j < n; j++) out[j] = raw.readInt16LE(at + 2 * j);
  return out;
}

function text(s: string): Buffer {
  return Buffer.from(s, 'utf8');
}

function u32Of(b: Buffer): Buffer[] {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(b.length);
  return [len, b];
}

function saveGazetteer(g: Gazetteer): SavedGazetteer {
  return { categories: g.categories, folded: g.folded, names: Object.fromEntries([...g.names].sort()) };
}

function loadGazetteer(g: SavedGazetteer): Gazetteer {
  const entries: GazetteerEntry[] = [];
  for (const [name, mask] of Object.entries(g.names)) {
    g.categories.forEach((category, c) => {
      if ((mask & (1 << c)) !== 0) entries.push({ tokens: name.split(' '), category });
    });
  }
  return buildGazetteer(entries, g.categories, g.folded);
}
