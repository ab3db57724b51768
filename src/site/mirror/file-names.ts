// Where each address of the site lands in the mirror, and how one mirrored file links to another.
// A page becomes a folder's index.html (/en/articles/x -> en/articles/x/index.html) and links name
// that file explicitly, since a browser opening files from disk does not look for index.html.
import { posix } from 'node:path';

/** The file, relative to the mirror's folder, for a path of the site. */
export function fileForPath(path: string, isHtml: boolean): string {
  const segments = path.split('/').filter(Boolean).map(fileSegment);
  if (isHtml) return posix.join(...segments, 'index.html');
  if (path.endsWith('/') || segments.length === 0) return posix.join(...segments, 'index');
  return posix.join(...segments);
}

/** A relative link from one mirrored file to another, each segment encoded as a URL. */
export function relativeLink(fromFile: string, toFile: string, hash = ''): string {
  const relative = posix.relative(posix.dirname(fromFile), toFile);
  return `${relative.split('/').map(linkSegment).join('/')}${hash}`;
}

/** A path segment as a file name: decoded (a tag "climate change" is a folder of that name),
 * unless decoding would leave the folder or break the name, when it stays as it came. */
function fileSegment(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return segment;
  }
  const unsafe = decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded);
  return unsafe ? segment : decoded;
}

function linkSegment(segment: string): string {
  return segment === '..' ? segment : encodeURIComponent(segment);
}
