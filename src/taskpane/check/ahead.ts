/**
 * The check's analysis ahead (./analyses.ts): the document 概览 has read, analysed once the pane is idle, with the
 * options 检查 will use, so that a check of the unchanged document shows its findings without analysing again. A
 * chunk of its own, fetched once the pane is ready and idle (../lazyViews.tsx prepareCheckWhenIdle), never in the
 * pane's first download.
 */
import type { DocSnapshot } from "../../core/model";
import type { PaneServices } from "../services";
import { HouseStyleStore } from "../settings/houseStyleStore";
import { analysesOf, partOptions } from "./analyses";
import { checkOptionsFrom } from "./checkOptions";

/**
 * Starts the text's analysis of `snapshot`, with the options a check reads (./checkOptions.ts); if they differ by the
 * time of the check, the check analyses anew. Failing quietly: nothing here was asked for.
 */
export async function analyseAhead(services: PaneServices, snapshot: DocSnapshot): Promise<void> {
  const options = await checkOptionsFrom(new HouseStyleStore(services.store, services.word)).options;
  analysesOf(services.word, "text").ahead(snapshot, partOptions(options, "text"));
}
