import { describe, expect, it } from 'vitest';
import { checkAssertions } from '../../eval/conformance/assertions.ts';
import { reasonKey } from '../../eval/conformance/report.ts';
import { fpDict } from '../../eval/conformance/py-value.ts';

const result = fpDict({
  bozo: false,
  feed: fpDict({ subtitle: 'Sub', links: [fpDict({ rel: 'alternate', href: 'http://example.com/' })] }),
  entries: [fpDict({ updated_parsed: [2004, 1, 1, 19, 48, 21, 3, 1, 0] })],
});

describe('checkAssertions', () => {
  it('passes when bozo and every path match', () => {
    const assertions = [{ bozo: false }, { path: ['feed', 'tagline'], equals: 'Sub' }];
    expect(checkAssertions(result, assertions)).toEqual({ status: 'pass' });
  });

  it('compares a date tuple written as a JSON array', () => {
    const assertions = [
      { path: ['entries', 0, 'updated_parsed'], equals: [2004, 1, 1, 19, 48, 21, 3, 1, 0] },
    ];
    expect(checkAssertions(result, assertions)).toEqual({ status: 'pass' });
  });

  it('compares a JSON object with a dict by its keys', () => {
    const assertions = [
      { path: ['feed', 'links', 0], equals: { rel: 'alternate', href: 'http://example.com/' } },
    ];
    expect(checkAssertions(result, assertions)).toEqual({ status: 'pass' });
  });

  it('says which step of a path is missing', () => {
    expect(checkAssertions(result, [{ path: ['entries', 1, 'title'], equals: 'x' }])).toEqual({
      status: 'fail',
      reason: "entries[1]['title'] == 'x'  [entries[1] is missing]",
    });
  });

  it('says what was found instead', () => {
    expect(checkAssertions(result, [{ bozo: true }])).toEqual({
      status: 'fail',
      reason: 'bozo  [bozo → False]',
    });
  });
});

describe('reasonKey', () => {
  it('groups failures of the same field whatever the values', () => {
    expect(reasonKey("entries[1]['title'] == 'a'  [got 'b']")).toBe("entries[N]['title'] == …");
  });
});
