import { Button, CompoundButton, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { InsertionPlan } from "../../core/insert/planInsertion";
import { LIB_UI } from "../library/strings";
import { firstHeading, levelName } from "./levelInsert";

const useStyles = makeStyles({
  options: { display: "grid", gap: tokens.spacingVerticalS },
  option: { justifyContent: "flex-start", textAlign: "start", maxWidth: "none", width: "100%" },
});

export interface LevelOffer {
  /** What is being inserted: a module's name or a heading phrase. */
  readonly name: string;
  readonly under?: string;
  /** The fitting plan first, then the alternative. */
  readonly plans: readonly InsertionPlan[];
  choose(plan: InsertionPlan): void;
}

/**
 * 插入到哪一级: the level that fits the cursor comes first and has the focus (Enter takes it); the alternative is
 * one click away and says when headings after it will need renumbering. Esc or 取消 inserts nothing.
 */
export function LevelChoiceDialog({ offer, onClose }: { offer: LevelOffer | undefined; onClose(): void }) {
  const styles = useStyles();
  return (
    <Dialog open={offer !== undefined} onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby="level-choice-text">
        <DialogBody>
          <DialogTitle>{LIB_UI.level.title}</DialogTitle>
          <DialogContent className={styles.options}>
            <span id="level-choice-text">{offer?.under ? LIB_UI.level.under(offer.under) : LIB_UI.level.noHeading}</span>
            {offer?.plans.map((plan, i) => (
              <CompoundButton
                key={i}
                className={styles.option}
                appearance={i === 0 ? "primary" : "secondary"}
                data-testid={i === 0 ? "level-fitting" : "level-alternative"}
                secondaryContent={LIB_UI.level.detail(levelName(plan), i === 0, plan.followingNeedRenumbering)}
                onClick={() => {
                  onClose();
                  offer.choose(plan);
                }}
              >
                {firstHeading(plan)}
              </CompoundButton>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{LIB_UI.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
