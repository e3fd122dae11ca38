// `newswatch parse FILE|-`: prints the parsed feed as one JSON document.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { parseFeed } from '../../parse/index.ts';
import { AppError } from '../../model/index.ts';
import { toParseOutput } from './parse-output.ts';

interface ParseFlags {
  readonly url?: string;
  readonly contentType?: string;
}

/** Adds `parse` to program. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse a feed file (or - for stdin) and print it as JSON')
    .argument('<file>', 'feed file, or - for stdin')
    .option('--url <url>', 'the URL the feed came from (base for relative links)')
    .option('--content-type <type>', 'the HTTP Content-Type it was served with')
    .action(async (file: string, flags: ParseFlags) => {
      const bytes = await readInput(file);
      const feed = parseFeed(bytes, {
        now: new Date(),
        ...(flags.url === undefined ? {} : { url: flags.url }),
        ...(flags.contentType === undefined ? {} : { contentType: flags.contentType }),
      });
      if (feed.items.length === 0 && feed.format === 'unknown') {
        const reason = feed.warnings[0]?.message ?? 'no feed found';
        throw new AppError('parse.no_feed', `parse: ${file}: ${reason}`, { file });
      }
      process.stdout.write(`${JSON.stringify(toParseOutput(feed), null, 2)}\n`);
    });
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') {
    try {
      return await readFile(file);
    } catch (err) {
      throw new AppError('input.unreadable', `parse: cannot read ${file}: ${(err as Error).message}`, {
        file,
      });
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
