// A real SMTP server on 127.0.0.1 for the digest tests (smtp-server), recording each message
// with its envelope, and a small MIME reader to get the text and HTML parts back.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly user: string | null;
  readonly raw: string;
}

export interface SmtpTestServer {
  readonly port: number;
  readonly received: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts a server without TLS; with credentials it requires AUTH PLAIN/LOGIN with them. */
export async function startSmtpServer(credentials?: { user: string; pass: string }): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const options: SMTPServerOptions = {
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: credentials === undefined,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass)
        return callback(null, { user: auth.username });
      const err = Object.assign(new Error('Invalid username or password'), { responseCode: 535 });
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        const user = typeof session.user === 'string' ? session.user : null;
        received.push({ from, to, user, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Returns the value of a top-level header of a raw message (folded lines joined). */
export function headerOf(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? null : line.slice(name.length + 1).trim();
}

function decodePart(part: string): { type: string; body: string } {
  const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  const encoding = headerOf(head + '\r\n\r\n', 'content-transfer-encoding')?.toLowerCase();
  const type =
    headerOf(head + '\r\n\r\n', 'content-type')
      ?.split(';')[0]
      ?.trim() ?? '';
  if (encoding === 'base64') return { type, body: Buffer.from(body, 'base64').toString('utf8') };
  if (encoding !== 'quoted-printable') return { type, body };
  return { type, body: decodeQuotedPrintable(body) };
}

// RFC 2045 6.7: soft line breaks removed, =XX turned back into the byte it stands for.
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Returns the decoded parts of a multipart message by content type. */
export function partsOf(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(headerOf(raw, 'content-type') ?? '')?.[1];
  if (!boundary) throw new Error('not a multipart message');
  const parts: Record<string, string> = {};
  for (const chunk of raw.split(`--${boundary}`).slice(1, -1)) {
    const { type, body } = decodePart(chunk.replace(/^\r?\n/, ''));
    parts[type] = body.replace(/\r?\n$/, '');
  }
  return parts;
}
