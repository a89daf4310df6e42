/**
 * A name broken into lines for a label `room` px wide: the words, then the bracketed part on a line of
 * its own ("Quần đảo X / (Tỉnh Y)") when the whole is wider than the room; the words in two
 * lines, at the most even space, when they alone are too. A bracketed part is never split.
 */
export function breakLines(
  text: string,
  room: number,
  measure: (line: string) => number,
): string[] {
  if (measure(text) <= room) return [text];
  const at = text.lastIndexOf(' (');
  const [words, bracket] = at > 0 ? [text.slice(0, at), [text.slice(at + 1)]] : [text, []];
  if (measure(words) <= room) return [words, ...bracket];
  let best = [words];
  let widest = Infinity;
  for (let i = words.indexOf(' '); i > 0; i = words.indexOf(' ', i + 1)) {
    const lines = [words.slice(0, i), words.slice(i + 1)];
    const width = Math.max(...lines.map(measure));
    if (width < widest) [best, widest] = [lines, width];
  }
  return [...best, ...bracket];
}
