// Hebrew: the first right-to-left catalog, so the layout is built and tested for both directions.
import type { Catalog } from './en.ts';

export const he: Catalog = {
  'site.name': 'tracktwo',
  'site.tagline': 'דיפלומטיה אזרחית: אנשים משני צידי הגבול עובדים יחד',
  'nav.label': 'ניווט ראשי',
  'nav.home': 'דף הבית',
  'nav.signIn': 'כניסה',
  'nav.signOut': 'יציאה',
  'nav.admin': 'ניהול',
  'nav.skip': 'דילוג לתוכן',
  'lang.label': 'שפה',
  'home.title': 'ברוכים הבאים',
  'home.lead':
    'tracktwo מרכזת במקום אחד את עבודתו של ארגון לדיפלומטיה אזרחית: הרשת, המפגשים, העלון, האתר וההיסטוריה שבעל פה.',
  'form.errorSummary': 'יש בעיה',
  'form.required': 'יש למלא שדה זה',
  'form.invalidEmail': 'יש להזין כתובת דוא״ל, למשל name@example.org',
  'form.tooLong': 'עד {max} תווים',
  'form.submit': 'המשך',
  'form.csrf': 'תוקף הטופס פג. יש לרענן את הדף ולשלוח שוב.',
  'error.notFound.title': 'הדף לא נמצא',
  'error.notFound.body': 'אין כאן דבר, או שאין לך הרשאה לראותו.',
  'error.server.title': 'משהו השתבש',
  'error.server.body':
    'לא הצלחנו להשלים את הבקשה. התקלה נרשמה; נסו שוב מאוחר יותר וציינו את המספר הזה אם תכתבו אלינו: {reference}',
  'error.forbidden.title': 'אין הרשאה',
  'error.forbidden.body': 'לחשבון שלך אין גישה לדף זה.',
  'footer.text': 'tracktwo, תוכנה חופשית לדיפלומטיה אזרחית',
  'admin.title': 'ניהול',
  'admin.outbox': 'דואר יוצא',
  'admin.jobs': 'משימות רקע',
  'signIn.title': 'כניסה',
  'signIn.email': 'כתובת דוא״ל',
  'signIn.emailHint': 'נשלח לך קישור לכניסה חד־פעמית.',
  'signIn.submit': 'שלחו לי קישור כניסה',
  'signIn.sent': 'אם הכתובת שייכת לחשבון, קישור כניסה בדרך אליך. הוא פועל פעם אחת ותוקפו קצר.',
};
