// Images: the editors' media page and its errors. Part of the uk catalog (uk.ts).
import type { enMedia } from './en-media.ts';

export const ukMedia: Record<keyof typeof enMedia, string> = {
  'media.title': 'Зображення',
  'media.lead':
    'Зображення для статей, партнерів і хроніки. Кожне зберігається в кількох розмірах і сучасних форматах, а все, крім самої картинки (наприклад, місце зйомки), вилучається.',
  'media.uploadTitle': 'Завантажити зображення',
  'media.file': 'Файл зображення',
  'media.fileHint': 'JPEG, PNG, WebP, AVIF або GIF, не більше {max} МБ.',
  'media.altText': 'Альтернативний текст',
  'media.altTextHint':
    'Що зображено, для тих, хто не бачить картинку. Сторінка, де її використано, може дати свій текст.',
  'media.upload': 'Завантажити',
  'media.uploaded': 'Зображення завантажено.',
  'media.altTextSaved': 'Альтернативний текст збережено.',
  'media.saveAltText': 'Зберегти',
  'media.count': 'Зображень: {total}',
  'media.image': 'Зображення',
  'media.size': 'Розмір',
  'media.sizeValue': '{width} × {height} пікселів, зберігається {kilobytes} КБ',
  'media.id': 'Ідентифікатор',
  'media.idHint': 'Вкажіть цей ідентифікатор там, де форма просить зображення.',
  'media.uploadedAt': 'Завантажено',
  'media.editTitle': 'Зображення {id}',
  'media.back': 'Усі зображення',
  'media.error.fileRequired': 'Виберіть файл зображення',
  'media.error.unknownFormat':
    'Цей файл — не зображення в підтримуваному форматі: використайте JPEG, PNG, WebP, AVIF або GIF',
  'media.error.vector':
    'Зображення SVG не приймаються, бо у файлі SVG можуть бути скрипти: збережіть його як PNG',
  'media.error.damaged':
    'Зображення пошкоджене або завантажене не повністю, його не можна прочитати',
  'media.error.tooLarge': 'Файл більший за {max} МБ',
  'media.error.tooManyPixels': 'У зображенні понад {max} мільйонів пікселів: спершу зменште його',
  'media.error.altTextRequired': 'Опишіть, що зображено',
};
