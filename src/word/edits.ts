/**
 * The two batch edits of the gateway, fix-all (replaceSpans.ts) and comment-all (addComments.ts), imported from
 * here by officeGateway.ts and the tests. Both work the same way: round trip 1 reads every paragraph text and
 * searches every needle; only the spans that still match are touched in round trip 2, which also reads the touched
 * paragraphs back. Office.js cannot branch inside a batch, so a writer typing between the two round trips is only
 * seen afterwards: then (rarely) round trip 3 takes our edits in those paragraphs back. Word does not roll a failed
 * batch back, so after a failure of replaceSpans the document is read once more to report exactly which edits landed.
 */
export { addComments } from "./addComments";
export { replaceSpans } from "./replaceSpans";
export { UNCONFIRMED_CODE } from "./takeBack";
