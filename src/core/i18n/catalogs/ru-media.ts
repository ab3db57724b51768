// Images: the editors' media page and its errors. Part of the ru catalog (ru.ts).
import type { enMedia } from './en-media.ts';

export const ruMedia: Record<keyof typeof enMedia, string> = {
  'media.title': 'Изображения',
  'media.lead':
    'Изображения для статей, партнёров и хроники. Каждое хранится в нескольких размерах и современных форматах, а всё, кроме самой картинки (например, место съёмки), удаляется.',
  'media.uploadTitle': 'Загрузить изображение',
  'media.file': 'Файл изображения',
  'media.fileHint': 'JPEG, PNG, WebP, AVIF или GIF, не больше {max} МБ.',
  'media.altText': 'Альтернативный текст',
  'media.altTextHint':
    'Что изображено, для тех, кто не видит картинку. Страница, где она используется, может дать свой текст.',
  'media.upload': 'Загрузить',
  'media.uploaded': 'Изображение загружено.',
  'media.altTextSaved': 'Альтернативный текст сохранён.',
  'media.saveAltText': 'Сохранить',
  'media.count': 'Изображений: {total}',
  'media.image': 'Изображение',
  'media.size': 'Размер',
  'media.sizeValue': '{width} × {height} пикселей, хранится {kilobytes} КБ',
  'media.id': 'Идентификатор',
  'media.idHint': 'Укажите этот идентификатор там, где форма просит изображение.',
  'media.uploadedAt': 'Загружено',
  'media.editTitle': 'Изображение {id}',
  'media.back': 'Все изображения',
  'media.error.fileRequired': 'Выберите файл изображения',
  'media.error.unknownFormat':
    'Этот файл — не изображение в поддерживаемом формате: используйте JPEG, PNG, WebP, AVIF или GIF',
  'media.error.vector':
    'Изображения SVG не принимаются, потому что в файле SVG могут быть скрипты: сохраните его как PNG',
  'media.error.damaged': 'Изображение повреждено или загружено не полностью, его нельзя прочитать',
  'media.error.tooLarge': 'Файл больше {max} МБ',
  'media.error.tooManyPixels':
    'В изображении больше {max} миллионов пикселей: сначала уменьшите его',
  'media.error.altTextRequired': 'Опишите, что изображено',
};
