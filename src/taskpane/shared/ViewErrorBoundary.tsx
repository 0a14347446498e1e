/**
 * The last guard of the pane's views: an error thrown while drawing a tab (a bug, or data we did not foresee) would
 * otherwise make React take the whole pane off the page, leaving the writer a blank task pane. The tab's place says
 * what happened instead, the tab bar stays usable, and 重新显示 draws the view again. The document is not touched by
 * drawing, so nothing of the writer's text is at stake; what they typed in the view is lost, which the message says.
 */
import { Component } from "react";
import type { ErrorInfo, ReactNode } from "react";
import { Button, Text } from "@fluentui/react-components";
import { UI } from "../strings";
import { describeError } from "./errors";

interface Props {
  /** The view shown: choosing another tab after a failure draws it afresh. */
  readonly view: string;
  readonly children: ReactNode;
}

interface State {
  readonly error?: unknown;
  readonly view?: string;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.view === state.view ? null : { view: props.view, error: undefined };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For IT staff and bug reports; the writer reads the Chinese sentence.
    console.error("公文写作助手: a view failed to draw", error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div role="alert">
        <Text block>{UI.viewFailed(describeError(this.state.error))}</Text>
        <Button onClick={() => this.setState({ error: undefined })}>{UI.viewRedraw}</Button>
      </div>
    );
  }
}
