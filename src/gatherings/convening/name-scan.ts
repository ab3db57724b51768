// Looking for people's names in a note, for the Chatham House warning. A name matches whole
// words only, in any case, in any script: "Anna" is found in "anna said" but not in "Annapolis",
// "Олена" in "олена сказала", "נועה" in "נועה אמרה". Letters, digits and combining marks count as
// word characters, so a Cyrillic or Hebrew name inside a longer word does not match either.

const wordCharacter = '[\\p{L}\\p{N}\\p{M}_]';

function namePattern(name: string): RegExp | undefined {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  // One letter alone ("A.") would match too much to be a useful warning.
  if (words.join('').length < 2) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!${wordCharacter})${escaped.join('\\s+')}(?!${wordCharacter})`, 'giu');
}

/** The passages of `text` that are one of `names`, as written in the text, each once. */
export function findNames(text: string, names: readonly string[]): string[] {
  const normalized = text.normalize('NFC');
  const found = new Map<string, string>();
  for (const name of names) {
    const pattern = namePattern(name);
    if (!pattern) continue;
    for (const match of normalized.matchAll(pattern)) {
      const passage = match[0].replace(/\s+/g, ' ');
      const key = passage.toLocaleLowerCase();
      if (!found.has(key)) found.set(key, passage);
    }
  }
  return [...found.values()];
}
