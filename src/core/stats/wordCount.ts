/**
 * 字数 as Word's 字数统计 reports it for Chinese documents: every East Asian character (汉字 and full-width
 * punctuation) counts as one, and every run of other non-space characters (a Latin word, a number such as 2025 or
 * 3.5%) counts as one 非中文单词. Word's 段落数 counts paragraphs that hold any text.
 */
import type { DocSnapshot } from "../model";

export interface DocumentStats {
  /** 字数: East Asian characters plus non-Asian words. */
  readonly words: number;
  /** 中文字符和朝鲜语单词. */
  readonly eastAsianCharacters: number;
  /** 非中文单词. */
  readonly nonAsianWords: number;
  /** 字符数（不计空格）. */
  readonly charactersNoSpaces: number;
  /** 段落数: paragraphs with text (an empty line is not a paragraph to Word's count). */
  readonly paragraphs: number;
}

/**
 * Ideographs, CJK symbols and punctuation, kana/hangul, full-width forms, and the general punctuation Chinese text
 * uses (“”‘’—…·), which Word counts with the Chinese characters when they sit in Chinese text.
 */
const EAST_ASIAN =
  /[\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u303f\u3040-\u31ff\u3200-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]|[\ud840-\ud87f][\udc00-\udfff]/;
const SPACE = /\s|\u00a0|\u3000/;

export function countText(text: string): Omit<DocumentStats, "paragraphs"> {
  let eastAsianCharacters = 0;
  let nonAsianWords = 0;
  let charactersNoSpaces = 0;
  let inWord = false;
  for (const char of text) {
    if (SPACE.test(char)) {
      inWord = false;
      continue;
    }
    charactersNoSpaces += 1;
    if (EAST_ASIAN.test(char)) {
      eastAsianCharacters += 1;
      inWord = false;
    } else if (!inWord) {
      nonAsianWords += 1;
      inWord = true;
    }
  }
  return { words: eastAsianCharacters + nonAsianWords, eastAsianCharacters, nonAsianWords, charactersNoSpaces };
}

export function documentStats(snapshot: DocSnapshot): DocumentStats {
  let words = 0;
  let eastAsianCharacters = 0;
  let nonAsianWords = 0;
  let charactersNoSpaces = 0;
  let paragraphs = 0;
  for (const paragraph of snapshot.paragraphs) {
    // Word leaves automatic list numbers out of its count: they are not text of the paragraph.
    const counted = countText(paragraph.text);
    words += counted.words;
    eastAsianCharacters += counted.eastAsianCharacters;
    nonAsianWords += counted.nonAsianWords;
    charactersNoSpaces += counted.charactersNoSpaces;
    if (paragraph.text.trim() !== "" || paragraph.listString) paragraphs += 1;
  }
  return { words, eastAsianCharacters, nonAsianWords, charactersNoSpaces, paragraphs };
}
