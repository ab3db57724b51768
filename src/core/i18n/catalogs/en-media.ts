// Images: the editors' media page and its errors. Part of the en catalog (en.ts).
export const enMedia = {
  'media.title': 'Images',
  'media.lead':
    'Images for articles, partners and the timeline. Each is kept at several widths in modern formats, and everything but the picture itself (such as where a photo was taken) is removed.',
  'media.uploadTitle': 'Upload an image',
  'media.file': 'Image file',
  'media.fileHint': 'JPEG, PNG, WebP, AVIF or GIF, up to {max} MB.',
  'media.altText': 'Alternative text',
  'media.altTextHint':
    'What the image shows, for people who cannot see it. A page using the image may give its own.',
  'media.upload': 'Upload',
  'media.uploaded': 'The image has been uploaded.',
  'media.altTextSaved': 'The alternative text has been saved.',
  'media.saveAltText': 'Save',
  'media.count': '{total} images',
  'media.image': 'Image',
  'media.size': 'Size',
  'media.sizeValue': '{width} × {height} pixels, {kilobytes} KB stored',
  'media.id': 'Id',
  'media.idHint': 'Give this id where a form asks for an image.',
  'media.uploadedAt': 'Uploaded',
  'media.editTitle': 'Image {id}',
  'media.back': 'All images',
  'media.error.fileRequired': 'Choose an image file',
  'media.error.unknownFormat':
    'This file is not an image in a format we accept: use JPEG, PNG, WebP, AVIF or GIF',
  'media.error.vector':
    'SVG images are not accepted, because an SVG file can carry scripts: export it as PNG',
  'media.error.damaged': 'This image is damaged or incomplete and cannot be read',
  'media.error.tooLarge': 'The file is larger than {max} MB',
  'media.error.tooManyPixels':
    'The image has more than {max} million pixels: make it smaller first',
  'media.error.altTextRequired': 'Say what the image shows',
} as const;
