import { WIDE_CHARACTER, type MeasureText } from './measureText';

/** A label broken into lines that each fit a width. */
export interface WrappedText {
  lines: string[];
  /** The widest line, in pixels. */
  width: number;
  /** A word wider than the room had to be split between letters: readable, but a sign the room is too small. */
  splitWord: boolean;
}

/** Chinese punctuation that may not begin a line, and opening marks that may not end one. */
const NO_LINE_START = /^[，。、；：？！）」』】〉》”’…·,.;:?!)\]]/u;
const NO_LINE_END = /[（「『【〈《“‘([]$/u;

/** Where a line may break: between words, after a hyphen or slash inside a word, around a CJK glyph. */
interface Piece {
  text: string;
  /** A space stood before this piece: it is written when the piece continues a line, dropped when it starts one. */
  spaced: boolean;
}

function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  for (const [index, word] of text.trim().split(/\s+/u).entries()) {
    if (!word) continue;
    let spaced = index > 0;
    let current = '';
    const push = () => {
      if (current) result.push({ text: current, spaced });
      current = '';
      spaced = false;
    };
    for (const character of word) {
      const wide = WIDE_CHARACTER.test(character);
      // A wide glyph is a piece of its own, unless it is punctuation that must stay with what it follows.
      if (wide && current && !NO_LINE_END.test(current) && !NO_LINE_START.test(character)) push();
      else if (!wide && current && WIDE_CHARACTER.test(current.slice(-1)) && !NO_LINE_END.test(current) && !NO_LINE_START.test(character)) push();
      current += character;
      // "push-уведомления" may break after its hyphen, "офис/зал" after the slash.
      if ((character === '-' || character === '/') && current.length > 1) push();
    }
    push();
  }
  // A lone dash or dot between words ("Волна 1 · 12.02.2025") stays at the end of the line before it.
  return result.reduce<Piece[]>((merged, piece) => {
    const previous = merged.at(-1);
    if (previous && piece.spaced && /^[\p{P}\p{S}]+$/u.test(piece.text)) previous.text += ` ${piece.text}`;
    else merged.push(piece);
    return merged;
  }, []);
}

/**
 * Greedy line breaking at the places a reader expects (spaces, hyphens, between Chinese characters), each line
 * no wider than `maxWidth`. Nothing is dropped and nothing is shortened: a single word wider than the room is
 * split between letters, and `splitWord` says so, so a caller can choose another layout instead.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): WrappedText {
  const lines: string[] = [];
  let line = '';
  let splitWord = false;
  for (const piece of pieces(text)) {
    const candidate = line ? `${line}${piece.spaced ? ' ' : ''}${piece.text}` : piece.text;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(piece.text) <= maxWidth) {
      line = piece.text;
      continue;
    }
    splitWord = true;
    for (const character of piece.text) {
      if (line && measure(line + character) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line) lines.push(line);
  return { lines, width: Math.max(0, ...lines.map(measure)), splitWord };
}
