// Exports write to a Node Writable; HTTP responses want a web ReadableStream. This joins
// them with back-pressure, and stops the export when the client goes away: writes then throw,
// so the export's loop ends instead of waiting for a 'drain' that will never come.
import { Writable } from 'node:stream';
import { AppError } from '../model/index.ts';

class WebSink extends Writable {
  private pending: (() => void) | null = null;
  private isCancelled = false;

  constructor(private readonly controller: ReadableStreamDefaultController<Uint8Array>) {
    super({ highWaterMark: 64 * 1024 });
  }

  override write(chunk: unknown, ...rest: unknown[]): boolean {
    if (this.isCancelled) throw new AppError('api.client_gone', 'export: the client closed the connection');
    return (super.write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((this.controller.desiredSize ?? 0) > 0) done();
    else this.pending = () => done();
  }

  /** Called when the reader wants more. */
  resume(): void {
    const pending = this.pending;
    this.pending = null;
    pending?.();
  }

  cancel(): void {
    this.isCancelled = true;
    this.resume();
  }
}

/** Runs a step that throws when the client has already cancelled the stream. */
function settle(step: () => void): void {
  try {
    step();
  } catch {
    // The reader is gone; nothing is waiting for the end.
  }
}

/** Returns a stream of what run writes; it closes when run resolves and errors when run throws. */
export function streamFrom(run: (out: Writable) => Promise<unknown>): ReadableStream<Uint8Array> {
  let sink: WebSink | null = null;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const out = new WebSink(controller);
        sink = out;
        run(out)
          .then(() => new Promise<void>((resolve) => out.end(resolve)))
          .then(
            () => settle(() => controller.close()),
            (err: unknown) => settle(() => controller.error(err)),
          );
      },
      pull() {
        sink?.resume();
      },
      cancel() {
        sink?.cancel();
      },
    },
    { highWaterMark: 256 * 1024, size: (chunk) => chunk.byteLength },
  );
}
