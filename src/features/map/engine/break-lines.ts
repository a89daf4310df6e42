/**
 * A name broken into lines for a label `room` px wide: the fewest lines that fit, breaking before a
 * bracket where it can ("Quần đảo Hoàng Sa / (Đà Nẵng)"), else the most even lines. When no break
 * fits, the narrowest one. Words, and a bracketed part, are never split.
 */
export function breakLines(
  text: string,
  room: number,
  measure: (line: string) => number,
): string[] {
  const words = text.match(/\([^)]*\)|[^\s(]+/g) ?? [];
  let best: { lines: string[]; width: number; cost: number[] } | null = null;
  // Every way to break: bit i set = a break after word i (names are a few words long).
  const ways = words.length > 12 ? 1 : 2 ** Math.max(0, words.length - 1);
  for (let mask = 0; mask < ways; mask += 1) {
    const lines: string[] = [];
    let bare = 0;
    let line: string[] = [];
    words.forEach((word, i) => {
      line.push(word);
      if (i < words.length - 1 && mask & (1 << i)) {
        lines.push(line.join(' '));
        line = [];
        if (!words[i + 1]!.startsWith('(')) bare += 1;
      }
    });
    lines.push(line.join(' '));
    const width = Math.max(...lines.map(measure));
    const fits = width <= room;
    // Fitting first; then fewest lines, fewest breaks not before a bracket, narrowest.
    const cost = fits ? [0, lines.length, bare, width] : [1, width, lines.length, bare];
    if (!best || less(cost, best.cost)) best = { lines, width, cost };
  }
  return best?.lines ?? [text];
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
