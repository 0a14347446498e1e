/**
 * The browser's turn, from the pane's one scheduler (src/host/turns.ts, where the Word layer and the simulated Word
 * take theirs too). Kept for the pane files that import it here.
 */
export { nextTurn } from "../../host/turns";
