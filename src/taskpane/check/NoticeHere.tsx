import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Notice } from "../shared/ErrorBar";
import type { NoticeAction } from "./reviewSession";

/**
 * A notice shown where the action was: not itself a live region (the tab's Announcer, ../shared/Announcer.tsx,
 * speaks it once). Its action (撤消排版) is a button in it; the notice goes when the action runs, so focus then moves
 * to the control the action names.
 */
export function NoticeHere({ notice }: { notice: Notice & { readonly action?: NoticeAction } }) {
  const { action } = notice;
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
      <MessageBarBody>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.text.split("\n").map((line, index) => (
          <div key={index}>{line}</div>
        ))}
      </MessageBarBody>
      {action ? (
        <MessageBarActions>
          <Button size="small" data-testid="notice-action" onClick={() => void action.run().then(() => focusAfter(action.focusAfter))}>
            {action.label}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

/**
 * Focus on the named control once the page has drawn the action's outcome, unless the writer has since put it on
 * another control of the same tab: the button that ran the action is gone, and focus must not be left to the page
 * (or, in the playground, to the document, which takes it when it redraws).
 */
function focusAfter(control: string | undefined): void {
  if (!control) return;
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(`[data-action="${control}"]`);
    const tab = target?.closest("section");
    if (!target || (document.activeElement && document.activeElement !== document.body && tab?.contains(document.activeElement))) return;
    target.focus();
  });
}
