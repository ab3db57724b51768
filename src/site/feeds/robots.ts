// robots.txt: crawlers are welcome on the public site and kept out of everything behind a
// sign-in (which would only show them the sign-in page) and of the language switcher's redirects.
const privatePrefixes = [
  '/edit',
  '/admin',
  '/me',
  '/directory',
  '/people',
  '/organizations',
  '/exports',
  '/account',
  '/sign-in',
  '/sign-out',
  '/api/auth',
  '/lang/',
];

export function robotsText(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...privatePrefixes.map((prefix) => `Disallow: ${prefix}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', publicUrl).href}`,
    '',
  ].join('\n');
}
