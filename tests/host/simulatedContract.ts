/** The ContractDocument over the simulated Word, with the Office.js DocumentHost over the same simulation. */
import type { ContractDocument, ContractFormat } from "../../src/host/contract";
import type { DocumentHost } from "../../src/host/port";
import { createSimulatedWord, type SimulatedWord, type SimulatedWordOptions } from "../../src/playground/fakeWord";
import type { ParagraphFormat } from "../../src/playground/fakeWord/types";
import { createWordGateway } from "../../src/word/officeGateway";
import { retypeHook } from "../../src/playground/selfTestBench";

const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;

/** The contract's direct formatting as the simulated Word stores it (OOXML units). */
function simFormat(f: ContractFormat): ParagraphFormat {
  return {
    alignment: JC[f.alignment],
    firstLineChars: f.firstLineChars * 100,
    fontEastAsia: f.eastAsiaFont,
    fontAscii: f.latinFont,
    fontHAnsi: f.latinFont,
    sizeHalfPoints: Math.round(f.sizePt * 2),
    bold: f.bold,
  };
}

/** `options`: the simulated Word's (e.g. WordApiDesktop 1.3 for the layout checks' desktop path). */
export function simulatedContract(options: SimulatedWordOptions = {}): { sim: SimulatedWord; host: DocumentHost; doc: ContractDocument } {
  const sim = createSimulatedWord(options);
  const doc: ContractDocument = {
    setParagraphs: async (lines) => {
      sim.doc.setParagraphs(
        lines.map((line) =>
          typeof line === "string"
            ? line
            : {
                text: line.text,
                listString: line.listString,
                tableNestingLevel: line.inTable ? 1 : 0,
                format: line.format && simFormat(line.format),
                styleBuiltIn: line.style,
              },
        ),
      );
      sim.doc.setSelection(0, 0);
    },
    setSelection: async (paragraphIndex, start, end) => sim.doc.setSelection(paragraphIndex, start, end ?? start),
    retypeBeforeRoundTrip: retypeHook(sim),
    comments: async () => sim.doc.comments().map(({ excerpt, text }) => ({ excerpt, text })),
  };
  return { sim, host: createWordGateway(sim.host), doc };
}
