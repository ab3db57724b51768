// English texts of the newsletter: issues.
export const enIssues = {
  'issues.subject': '{organization} No. {number}: {title}',
  'issues.neutralSubject': 'Weekly reading, No. {number}',
  'issues.neutralSender': 'Weekly reading',
  'issues.numberShort': 'No. {number}',
  'issues.greeting': 'Dear {name},',
  'issues.greetingAnonymous': 'Hello,',
  'issues.editorNote': 'From the editors',
  'issues.readOnline': 'Read online',
  'issues.preferences': 'Your preferences',
  'issues.unsubscribe': 'Unsubscribe',
  'issues.footerStandard':
    'You receive the weekly newsletter of {organization} because you subscribed to it.',
  'issues.footerNeutral':
    'To stop receiving these e-mails, use the unsubscribe button of your mail program.',
  'issues.topic.russia_ukraine_war': 'Russia-Ukraine war',
  'issues.topic.israel_hamas_war': 'Israel-Hamas war',
  'issues.topic.climate': 'Climate',
  'issues.topic.nuclear_and_cyber': 'Nuclear and cyber',
  'issues.topic.other': 'Other reading',
  'issues.label.independent': 'independent',
  'issues.label.state_affiliated': 'state-affiliated',
  'issues.label.official': 'official',
  'issues.label.partisan': 'partisan',
  'issues.label.analysis': 'analysis',
  'issues.label.academic': 'academic',
} as const;
