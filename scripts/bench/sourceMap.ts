/**
 * Reads a production build's hidden source maps (artifacts/sourcemaps/, see webpack.config.js) well enough to name
 * where a CPU profile's samples fall: a minified position back to its source file and function. Source map v3
 * (https://sourcemaps.info/spec.html): `mappings` is one group per generated line, segments separated by commas,
 * each a run of base-64 VLQ numbers relative to the previous segment (column; then source, line, column, name).
 */
import * as fs from "node:fs";

export interface Original {
  readonly source: string;
  readonly line: number;
  readonly name?: string;
}

interface Segment {
  readonly column: number;
  readonly source: number;
  readonly line: number;
  readonly name: number;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...BASE64].map((ch, i) => [ch, i] as const));

/** The numbers of one segment. */
function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`not a base-64 VLQ digit: ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];
  private readonly sources: readonly string[];
  private readonly names: readonly string[];

  constructor(json: { sources: string[]; names: string[]; mappings: string }) {
    this.sources = json.sources;
    this.names = json.names;
    let source = 0;
    let line = 0;
    let name = -1;
    for (const group of json.mappings.split(";")) {
      const segments: Segment[] = [];
      let generated = 0;
      for (const text of group.split(",")) {
        if (text === "") continue;
        const v = decodeVlq(text);
        generated += v[0];
        if (v.length < 4) continue;
        // v[3], the original column, is not needed: a sample is named by file, line and function.
        source += v[1];
        line += v[2];
        if (v.length >= 5) name += v[4];
        segments.push({ column: generated, source, line, name: v.length >= 5 ? name : -1 });
      }
      this.lines.push(segments);
    }
  }

  static read(file: string): SourceMap | undefined {
    if (!fs.existsSync(file)) return undefined;
    return new SourceMap(JSON.parse(fs.readFileSync(file, "utf8")) as { sources: string[]; names: string[]; mappings: string });
  }

  /** The original place of a generated position (both 0-based), or undefined outside every mapping. */
  at(line: number, column: number): Original | undefined {
    const segments = this.lines[line];
    if (!segments || segments.length === 0) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0].column > column) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].column <= column) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo];
    return { source: this.sources[s.source], line: s.line + 1, name: s.name >= 0 ? this.names[s.name] : undefined };
  }
}
