// Products and platforms the tagger takes for people or firms ("as Android apps"): MISC in
// the CoNLL scheme. A short list of the ones this domain's news names; the firms behind them
// (Google, Apple, Tencent) stay organisations.
import type { EntityMention } from '../model/entity.ts';

const PRODUCTS = new Set('Android iOS iPhone iPad macOS Windows WeChat WhatsApp'.split(' '));

/** Returns mentions with those naming a listed product retyped as MISC. */
export function retypeProducts(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.map((m) => (m.type !== 'MISC' && PRODUCTS.has(m.text) ? { ...m, type: 'MISC' } : m));
}
