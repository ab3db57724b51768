// The only other sites whose players an article or page may embed: video and audio hosts that
// serve a player meant for embedding. The renderer keeps an <iframe> only when its address is
// https on one of these hosts, and the Content-Security-Policy lets frames come from them alone.
export const embedHosts: readonly string[] = [
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'w.soundcloud.com',
];

/** The address of an allowed embed, or undefined when it is not one. */
export function embedAddress(src: string | undefined): URL | undefined {
  if (!src) return undefined;
  try {
    const url = new URL(src);
    if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
    return embedHosts.includes(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}
