// A tiny seeded random source (mulberry32) so the demo content is the same on every machine and
// every run. Math.random and crypto cannot be seeded; a library would be more than we need.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the entries, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` different items in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A version 4 UUID made from this source, so ids are stable across runs too. */
  uuid(): string;
  /** An independent source named by `label`. It depends on the seed and the label only, not on
   * how much of this source was used, so adding a draw in one place does not shift the output
   * of every other place. */
  fork(label: string): Random;
}

export function createRandom(seed: number): Random {
  return new Mulberry32(seed);
}

// A class rather than closures: a generation forks thousands of sources, and methods on a
// prototype cost nothing per source.
class Mulberry32 implements Random {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed | 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      chosen.push(...pool.splice(this.int(0, pool.length - 1), 1));
    }
    return chosen;
  }

  uuid(): string {
    let hex = '';
    for (let part = 0; part < 4; part += 1) {
      hex += Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, '0');
    }
    const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  fork(label: string): Random {
    return new Mulberry32(hashLabel(this.seed, label));
  }
}

/** FNV-1a over the seed and the label: cheap, stable, and spreads similar labels apart. */
function hashLabel(seed: number, label: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${label}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
