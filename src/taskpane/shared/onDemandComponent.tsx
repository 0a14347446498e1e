/**
 * A component whose code is fetched on first use (a tab, the 更多 menu, a dialog, the outline). React.lazy would
 * throw a failed download into the tree, and with nothing to catch it React takes the whole pane off the page; it
 * also keeps the failure for good. Here the download goes through the one on-demand loader (../../host/onDemand.ts):
 * while it is on its way the nearest Suspense shows its fallback, a failure shows the Chinese explanation with 重试
 * in the component's place (the rest of the pane keeps working), and 重试 downloads again.
 */
import { use, useReducer } from "react";
import type { ComponentType, ReactNode } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DownloadError, onDemand } from "../../host/onDemand";
import { UI } from "../strings";

const useStyles = makeStyles({
  failed: { display: "grid", justifyItems: "start", gap: tokens.spacingVerticalS },
});

function DownloadFailed({ error, onRetry }: { error: DownloadError; onRetry(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.failed}>
      <Text role="alert">{error.message}</Text>
      <Button onClick={onRetry}>{UI.retryDownload}</Button>
    </div>
  );
}

/** What a component shows in place of one whose code did not download, given the same props. */
export type WhenFailed<P> = (props: P, failure: { readonly error: DownloadError; retry(): void }) => ReactNode;

const explainFailure: WhenFailed<unknown> = (_, { error, retry }) => <DownloadFailed error={error} onRetry={retry} />;

/**
 * The component that `load` brings, rendered with the props given; `preload` starts the download ahead of the
 * first render (a prefetch), through the same loader.
 */
export function onDemandComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  whenFailed: WhenFailed<P> = explainFailure,
): ComponentType<P> & { preload(): void } {
  const fetch = onDemand(load);
  let loaded: ComponentType<P> | undefined;
  let failed: DownloadError | undefined;
  // Settles, never rejects: `use` suspends until then, and the outcome is read from the two variables above.
  let arriving: Promise<void> | undefined;
  const arrive = () =>
    (arriving ??= fetch().then(
      (component) => void (loaded = component),
      // The loader turns every failure into a DownloadError (../../host/onDemand.ts).
      (error: DownloadError) => void (failed = error),
    ));
  function OnDemand(props: P) {
    const [, again] = useReducer((n: number) => n + 1, 0);
    if (!loaded && !failed) use(arrive());
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (!failed) return null;
    const retry = () => {
      failed = undefined;
      arriving = undefined;
      again();
    };
    return whenFailed(props, { error: failed, retry });
  }
  return Object.assign(OnDemand, { preload: () => void arrive() });
}
