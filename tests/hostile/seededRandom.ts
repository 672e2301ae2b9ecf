/** A small seeded generator (mulberry32): the same seed gives the same fuzz cases on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  /** Any UTF-16 code units, lone surrogates and control characters included. */
  const text = (length: number) => String.fromCharCode(...Array.from({ length }, () => (next() < 0.7 ? 32 + int(95) : int(0x10000))));
  /** A random JSON-shaped value: the kinds a field of the wrong type may hold. */
  const value = (depth = 0): unknown => {
    switch (int(depth > 3 ? 6 : 8)) {
      case 0: return null;
      case 1: return next() < 0.5;
      case 2: return pick([0, -1, 1e308, -1e-308, 3.5, Number.MAX_SAFE_INTEGER + 2]);
      case 3: return text(int(20));
      case 4: return "";
      case 5: return text(int(3));
      case 6: return Array.from({ length: int(4) }, () => value(depth + 1));
      default: return Object.fromEntries(Array.from({ length: int(4) }, () => [text(int(6)), value(depth + 1)]));
    }
  };
  return { next, int, pick, text, value };
}
