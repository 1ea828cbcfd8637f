// The `WWW-Authenticate` challenge of a registry (distribution's token
// authentication spec): which scheme it wants, and for Bearer where to get a
// token. The header is untrusted: bounded and parsed strictly.

export type Challenge = { scheme: 'basic' } | { scheme: 'bearer'; realm: URL; service?: string; scopes: string[] };

const HEADER_LIMIT = 4096;
const PARAMETER = /\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(?:,|$)/y;

/** The first Basic or Bearer challenge of the header, or undefined when there is none we can answer. */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header || header.length > HEADER_LIMIT) return undefined;
  const scheme = /^\s*([A-Za-z]+)(?:\s+|$)/.exec(header);
  if (!scheme) return undefined;
  const name = scheme[1].toLowerCase();
  if (name === 'basic') return { scheme: 'basic' };
  if (name !== 'bearer') return undefined;
  const parameters = new Map<string, string>();
  PARAMETER.lastIndex = scheme[0].length;
  while (PARAMETER.lastIndex < header.length) {
    const match = PARAMETER.exec(header);
    if (!match) return undefined;
    parameters.set(match[1].toLowerCase(), match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]);
  }
  let realm: URL;
  try {
    realm = new URL(parameters.get('realm') ?? '');
  } catch {
    return undefined;
  }
  const scope = parameters.get('scope');
  return {
    scheme: 'bearer',
    realm,
    ...(parameters.has('service') ? { service: parameters.get('service')! } : {}),
    scopes: scope ? scope.split(' ').filter((item) => /^[a-z]+:[^\s:]+:[a-z*,]+$/.test(item)) : [],
  };
}
