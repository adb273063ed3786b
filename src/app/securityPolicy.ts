// The Content-Security-Policy every page of the built app carries: nothing loads from, or connects to, another origin.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Exports draw charts into data: and blob: images; nothing else needs them.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** For the <meta> tag: browsers ignore frame-ancestors there, so the header adds it. */
export const META_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

export const HEADER_POLICY = `${META_POLICY}; frame-ancestors 'none'`;

/** Headers our own server sends, and that a council web team hosting the files should set. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};
