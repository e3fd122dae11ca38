// What element handlers know about the document they are reading.
import type { ParseWarning } from '../../model/index.ts';
import type { TextEnv } from './text-construct.ts';

export interface ReadEnv extends TextEnv {
  /** Warnings found while reading fields (unparseable dates ...), in document order. */
  readonly warnings: ParseWarning[];
}
