/**
 * 一键排版 in the 检查 tab's toolbar, beside 检查: where a writer deals with the format, there before the first check
 * too. The dialog and the planner come in their own chunk at the first click (lazyViews.tsx does the same for tabs).
 */
import { Suspense, useRef, useState } from "react";
import { Button } from "@fluentui/react-components";
import { TextEditStyleRegular } from "@fluentui/react-icons";
import type { DocumentHost } from "../../host/port";
import type { ReviewSession } from "../check/reviewSession";
import { TYPESET, TYPESET_ACTION } from "./strings";
import { onDemandComponent } from "../shared/onDemandComponent";
import { focusBack } from "../shared/focusBack";

const TypesetDialog = onDemandComponent(() => import(/* webpackChunkName: "typeset" */ "./TypesetDialog").then((m) => m.TypesetDialog));

export function TypesetButton({ word, session, disabled }: { word: DocumentHost; session: ReviewSession; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button icon={<TextEditStyleRegular />} ref={button} disabledFocusable={disabled} data-action={TYPESET_ACTION} onClick={() => setOpen(true)}>
        {TYPESET.button}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <TypesetDialog
            word={word}
            session={session}
            onClose={(applied) => {
              setOpen(false);
              // The dialog hands focus back to the button that opened it, never to the page; after 应用 again once
              // the formats are written (the document may take focus then) and the notice is drawn under the toolbar.
              requestAnimationFrame(() => button.current?.focus());
              void applied?.then(() => focusBack(button.current, button.current?.closest("section")));
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
