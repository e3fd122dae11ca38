// Feeds that carry only a standfirst say so in words: "Continue reading...", "Read more",
// a trailing ellipsis or "[…]". Such items are marked truncated so the article can be fetched.

const TRUNCATION_MARK =
  /(continue reading|read more|read the full (story|article)|\[(…|\.\.\.)\]|…|\.\.\.)\s*$/i;

/** Returns true when an item without full content ends the way excerpts end. */
export function isTruncated(hasContent: boolean, text: string): boolean {
  // Only the end matters; testing a short tail keeps the regular expression from scanning it all.
  return !hasContent && TRUNCATION_MARK.test(text.slice(-48));
}
