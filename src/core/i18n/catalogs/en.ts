// The interface in English. Every other catalog has exactly these keys (the type checker sees
// to it). Placeholders in braces are filled by t(); keep them in translations.
export const en = {
  'site.name': 'tracktwo',
  'site.tagline': 'Citizen diplomacy: people across borders, working together',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.admin': 'Administration',
  'nav.skip': 'Skip to content',
  'lang.label': 'Language',
  'home.title': 'Welcome',
  'home.lead':
    'tracktwo keeps the work of a citizen diplomacy organization in one place: its network, gatherings, newsletter, public site and oral history.',
  'form.errorSummary': 'There is a problem',
  'form.required': 'Fill this in',
  'form.invalidEmail': 'Enter an e-mail address such as name@example.org',
  'form.tooLong': 'Use at most {max} characters',
  'form.submit': 'Continue',
  'form.csrf': 'This form has expired. Reload the page and send it again.',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'There is nothing at this address, or you may not see it.',
  'error.server.title': 'Something went wrong',
  'error.server.body':
    'We could not complete your request. It has been recorded; please try again later and quote this reference if you write to us: {reference}',
  'error.forbidden.title': 'Not allowed',
  'error.forbidden.body': 'Your account may not open this page.',
  'footer.text': 'tracktwo, free software for citizen diplomacy',
  'admin.title': 'Administration',
  'admin.outbox': 'Outbox',
  'admin.jobs': 'Background jobs',
  'signIn.title': 'Sign in',
  'signIn.email': 'E-mail address',
  'signIn.emailHint': 'We will send you a link that signs you in once.',
  'signIn.submit': 'Send me a sign-in link',
  'signIn.sent':
    'If this address belongs to an account, a sign-in link is on its way. It works once and expires soon.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
