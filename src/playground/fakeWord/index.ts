/** The simulated Word host: what tests, the benchmark and the playground page import. */
export { createSimulatedWord, type ApiVersion, type DesktopApiVersion, type SimulatedWord, type SimulatedWordOptions } from "./host";
export { SimulatedDocument } from "./document";
export type { HeaderFooterType, PartsSpec, PartStory, SectionSpec } from "./parts";
export type { FaultRule, OpKind } from "./context";
export type { ParagraphFormat, ParagraphSpec, RunFormat, SimComment, SimLineSpacing, SimParagraph, SimRun, SimSelection } from "./types";
