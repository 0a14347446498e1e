import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { PackPanel } from "./PackPanel";
import type { PackPanelProps } from "./PackPanel";
import { LIB_UI } from "./strings";

/** The import/export panel, folded away under its heading at the foot of each library tab. */
export function PackSection(props: PackPanelProps) {
  return (
    <Accordion collapsible defaultOpenItems={props.state.damaged ? ["pack"] : []}>
      <AccordionItem value="pack">
        <AccordionHeader>{LIB_UI.pack.heading}</AccordionHeader>
        <AccordionPanel>
          <PackPanel {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
