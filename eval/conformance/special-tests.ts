// Tests whose expectations live in feedparser's tests/runtests.py rather than in the files:
// TestHTTPStatus (tests/http/*, whose headers say `Expect: 0`, a placeholder the upstream runner
// never evaluates) and TestCompression (tests/compression/*, not in the manifest). Written as
// Python expressions for the same evaluator; runtests.py's isinstance checks on the bozo
// exception's Python class (IOError, zlib.error, struct.error) are left out.

export type Conditional = 'etag' | 'modified';

export interface SpecialStep {
  /** Send the ETag or Last-Modified of the first step's response back (a conditional GET). */
  readonly conditional?: Conditional;
  readonly expect: string;
}

export interface SpecialTest {
  readonly path: string;
  readonly category: string;
  readonly description: string;
  readonly steps: readonly SpecialStep[];
}

const TARGET = 'http://localhost:8097/tests/http/target.xml';

function redirect(status: number): SpecialTest {
  return {
    path: `tests/http/http_status_${status}.xml`,
    category: 'http',
    description: `TestHTTPStatus.test_${status}: redirect followed, status and final href reported`,
    steps: [{ expect: `status == ${status} and href == '${TARGET}' and entries[0].title == 'target'` }],
  };
}

const COMPRESSION: ReadonlyArray<readonly [string, string]> = [
  ['gzip.gz', "version == 'atom10'"],
  ['gzip-not-compressed.gz', "bozo == 1 and feed['title'] == 'gzip'"],
  ['gzip-struct-error.gz', 'bozo == 1'],
  ['deflate.z', "version == 'atom10'"],
  ['deflate-no-headers.z', "version == 'atom10'"],
  ['deflate-not-compressed.z', "bozo == 1 and feed['title'] == 'deflate'"],
];

/** runtests.py TestHTTPStatus and TestCompression, as step lists. */
export const SPECIAL_TESTS: readonly SpecialTest[] = [
  redirect(301),
  redirect(302),
  redirect(303),
  redirect(307),
  {
    path: 'tests/http/http_status_304.xml',
    category: 'http',
    description: 'TestHTTPStatus.test_304: a conditional GET with the ETag or Last-Modified gets 304',
    steps: [
      { expect: "status == 200 and entries[0].title == 'title 304'" },
      { conditional: 'etag', expect: 'status == 304' },
      { conditional: 'modified', expect: 'status == 304' },
    ],
  },
  {
    path: 'tests/http/http_status_404.xml',
    category: 'http',
    description: 'TestHTTPStatus.test_404',
    steps: [{ expect: 'status == 404' }],
  },
  {
    path: 'tests/http/http_status_302-no-location.xml',
    category: 'http',
    description:
      'no runtests.py assertion (its Expect: 0 is a placeholder): a 302 without Location must not crash',
    steps: [{ expect: '1' }],
  },
  {
    path: 'tests/http/http_redirect_to_304.xml',
    category: 'http',
    description: 'TestHTTPStatus.test_redirect_to_304: a redirect to a 304 is not bozo',
    steps: [{ expect: 'bozo == 0 and status == 302' }],
  },
  ...COMPRESSION.map(([file, expect]) => ({
    path: `tests/compression/${file}`,
    category: 'compression',
    description: `TestCompression: ${file}`,
    steps: [{ expect }],
  })),
];

/** Returns the special test that replaces a manifest line, if any. */
export function specialTestFor(path: string): SpecialTest | undefined {
  return SPECIAL_TESTS.find((t) => t.path === path);
}
