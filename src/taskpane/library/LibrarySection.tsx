import { useEffect, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { PackPanel } from "./PackPanel";
import type { PackPanelProps } from "./PackPanel";
import { LIB_UI } from "./strings";

/**
 * The import/export panel, folded away under its heading at the foot of each library tab. It opens by itself when
 * the stored library could not all be read (the original text is shown there) or a save failed (export is there).
 */
export function PackSection(props: PackPanelProps) {
  const attention = props.state.damaged !== undefined || props.state.saveError !== undefined;
  const [open, setOpen] = useState<string[]>(attention ? ["pack"] : []);
  useEffect(() => {
    if (attention) setOpen(["pack"]);
  }, [attention]);
  return (
    <Accordion collapsible openItems={open} onToggle={(_, data) => setOpen(data.openItems.map(String))}>
      <AccordionItem value="pack">
        <AccordionHeader>{LIB_UI.pack.heading}</AccordionHeader>
        <AccordionPanel>
          <PackPanel {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
