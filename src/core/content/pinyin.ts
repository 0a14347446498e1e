/**
 * Pinyin initials for search, loaded lazily: pinyin-pro is about 320 KB and the task pane's first bundle must stay
 * small, so `loadPinyinInitials()` imports it on demand (webpack puts it in its own chunk) and search works on
 * Chinese substrings until it has arrived.
 */
import type { pinyin as PinyinFn } from "pinyin-pro";

/**
 * One lowercase letter per Han character of `text`, in order; other characters are skipped.
 * Example: "现将有关情况总结如下：" → "xjygqkzjrx". `syllables`, when present, gives each Han character's whole
 * syllable without tone ("久久为功" → ["jiu", "jiu", "wei", "gong"]), so that full pinyin (jiujiu) finds it too.
 */
export interface InitialsOf {
  (text: string): string;
  readonly syllables?: (text: string) => readonly string[];
}

const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

function initialOf(reading: string | undefined): string {
  const letter = reading?.charAt(0).toLowerCase() ?? "";
  // A character pinyin-pro cannot read keeps its place, so offsets into the text stay aligned.
  return /^[a-z]$/.test(letter) ? letter : "_";
}

/**
 * Wraps pinyin-pro. Whole text in one call: pinyin-pro reads polyphones from their words (重点 → z, 银行 → h,
 * 行动 → x), which a character-by-character lookup would get wrong.
 */
export function makeInitialsOf(pinyin: typeof PinyinFn): InitialsOf {
  const initials = (text: string): string => {
    const chars = Array.from(text);
    const readings = pinyin(text, { pattern: "first", toneType: "none", type: "array" });
    const aligned = readings.length === chars.length;
    let out = "";
    chars.forEach((char, i) => {
      if (!isHan(char)) return;
      const reading = aligned ? readings[i] : pinyin(char, { pattern: "first", toneType: "none", type: "array" })[0];
      out += initialOf(reading);
    });
    return out;
  };
  const syllables = (text: string): string[] => {
    const chars = Array.from(text);
    const readings = pinyin(text, { toneType: "none", type: "array", v: true });
    const aligned = readings.length === chars.length;
    const out: string[] = [];
    chars.forEach((char, i) => {
      if (!isHan(char)) return;
      const reading = (aligned ? readings[i] : pinyin(char, { toneType: "none", type: "array", v: true })[0]) ?? "";
      out.push(/^[a-z]+$/.test(reading.toLowerCase()) ? reading.toLowerCase() : "_");
    });
    return out;
  };
  return Object.assign(initials, { syllables });
}

let loading: Promise<InitialsOf> | undefined;

/** Loads pinyin-pro once; a failed load (offline chunk error) may be retried by calling again. */
export function loadPinyinInitials(): Promise<InitialsOf> {
  if (loading === undefined) {
    loading = import("pinyin-pro").then(
      (module) => makeInitialsOf(module.pinyin),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  }
  return loading;
}
