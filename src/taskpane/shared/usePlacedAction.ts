import { useState } from "react";
import type { Notice } from "./ErrorBar";
import { describeError } from "./errors";

/**
 * A library tab's actions on Word (模板's inserts, 常用语's): one at a time (`busy`), the last one's outcome as the
 * tab's notice, shown where the action was started (`at`, ./noticePlace.ts). An error becomes that notice, never a
 * lost one.
 */
export function usePlacedAction() {
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);

  /** Runs `work`, started at `at`: what it says (`say`), or its error, is shown there. */
  const run = async (at: string, work: (say: (notice: Notice) => void) => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    const say = (told: Notice) => setNotice({ ...told, at });
    try {
      await work(say);
    } catch (error) {
      say({ intent: "error", text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  return { notice, setNotice, busy, run };
}
