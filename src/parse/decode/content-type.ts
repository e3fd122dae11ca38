// HTTP Content-Type: the media type and its charset parameter.
// Spec: https://www.rfc-editor.org/rfc/rfc9110#section-8.3

export interface ContentType {
  /** Lower-cased `type/subtype`, or '' when absent. */
  readonly mediaType: string;
  /** The charset parameter without quotes, or ''. */
  readonly charset: string;
}

/** Returns the media type and charset of a Content-Type header value. */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mediaType: '', charset: '' };
  const [type = '', ...params] = header.split(';');
  let charset = '';
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq === -1) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = param
      .slice(eq + 1)
      .trim()
      .replace(/^["']|["']$/g, '')
      .replace(/'/g, '');
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

/** Returns true for media types that declare XML (application/xml, text/xml, *+xml ...). */
export function isXmlMediaType(mediaType: string): boolean {
  return (
    mediaType === 'application/xml' ||
    mediaType === 'application/xml-dtd' ||
    mediaType === 'application/xml-external-parsed-entity' ||
    mediaType === 'text/xml' ||
    mediaType === 'text/xml-external-parsed-entity' ||
    ((mediaType.startsWith('application/') || mediaType.startsWith('text/')) && mediaType.endsWith('+xml'))
  );
}
