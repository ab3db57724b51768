// Images: the editors' media page and its errors. Part of the he catalog (he.ts).
import type { enMedia } from './en-media.ts';

export const heMedia: Record<keyof typeof enMedia, string> = {
  'media.title': 'תמונות',
  'media.lead':
    'תמונות למאמרים, לשותפים ולציר הזמן. כל תמונה נשמרת בכמה רוחבים ובפורמטים עדכניים, וכל מה שאינו התמונה עצמה (למשל המקום שבו צולמה) נמחק.',
  'media.uploadTitle': 'העלאת תמונה',
  'media.file': 'קובץ תמונה',
  'media.fileHint': 'JPEG,‏ PNG,‏ WebP,‏ AVIF או GIF, עד {max} MB.',
  'media.altText': 'טקסט חלופי',
  'media.altTextHint':
    'מה רואים בתמונה, בשביל מי שאינו יכול לראות אותה. עמוד שמשתמש בתמונה יכול לתת טקסט משלו.',
  'media.upload': 'העלאה',
  'media.uploaded': 'התמונה הועלתה.',
  'media.altTextSaved': 'הטקסט החלופי נשמר.',
  'media.saveAltText': 'שמירה',
  'media.count': '{total} תמונות',
  'media.image': 'תמונה',
  'media.size': 'גודל',
  'media.sizeValue': '{width} × {height} פיקסלים, {kilobytes} KB בשמירה',
  'media.id': 'מזהה',
  'media.idHint': 'הזינו את המזהה הזה במקום שבו טופס מבקש תמונה.',
  'media.uploadedAt': 'הועלתה',
  'media.editTitle': 'תמונה {id}',
  'media.back': 'כל התמונות',
  'media.error.fileRequired': 'בחרו קובץ תמונה',
  'media.error.unknownFormat':
    'הקובץ הזה אינו תמונה בפורמט שאנחנו מקבלים: השתמשו ב־JPEG,‏ PNG,‏ WebP,‏ AVIF או GIF',
  'media.error.vector':
    'תמונות SVG אינן מתקבלות, כי קובץ SVG יכול להכיל סקריפטים: ייצאו אותו כ־PNG',
  'media.error.damaged': 'התמונה פגומה או חלקית ואי אפשר לקרוא אותה',
  'media.error.tooLarge': 'הקובץ גדול מ־{max} MB',
  'media.error.tooManyPixels': 'בתמונה יותר מ־{max} מיליון פיקסלים: הקטינו אותה קודם',
  'media.error.altTextRequired': 'כתבו מה רואים בתמונה',
};
