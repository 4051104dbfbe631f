import { Component, type ReactNode } from 'react';

type Props = {
  fallback: (reset: () => void, error: unknown) => ReactNode;
  children: ReactNode;
  /** A new value (e.g. the route) clears the error. */
  resetKey?: string;
  /** Called before the boundary tries its children again (e.g. to reset failed queries). */
  onReset?: () => void;
};
type State = { error: unknown; failed: boolean; resetKey: string | undefined };

/** Catches a render error below it and shows the fallback; a new resetKey (e.g. the route) clears it. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, failed: false, resetKey: props.resetKey };
    return null;
  }

  reset = () => {
    this.props.onReset?.();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (this.state.failed) return this.props.fallback(this.reset, this.state.error);
    return this.props.children;
  }
}
