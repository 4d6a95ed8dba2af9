import {
  Component,
  createElement,
  lazy,
  useReducer,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from "react";
import { LoadError } from "./LoadError";

interface BoundaryProps {
  /** What the part is, as the message names it: "The chart". */
  what: string;
  onRetry: () => void;
  children: ReactNode;
}

/** Shows a part whose code failed to load as an error with Retry, in its place, while the rest of the page stays. */
class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    const retry = () => {
      this.props.onRetry();
      this.setState({ failed: false });
    };
    return (
      <LoadError
        error={new Error(`${this.props.what} could not be loaded.`)}
        retrying={false}
        onRetry={retry}
      />
    );
  }
}

/**
 * A component whose code is loaded on demand (React's lazy, to be rendered inside Suspense). A failed download shows
 * "`what` could not be loaded" with Retry, which downloads it again (React's lazy keeps a failure for good), instead
 * of taking the page down.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound React's own lazy() has
export function lazyPart<T extends ComponentType<any>>(
  what: string,
  importer: () => Promise<{ default: T }>,
) {
  let Loaded = lazy(importer);
  return function LazyPart(props: ComponentProps<T>) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    const retry = () => {
      Loaded = lazy(importer);
      rerender();
    };
    return (
      <PartBoundary what={what} onRetry={retry}>
        {createElement(Loaded, props)}
      </PartBoundary>
    );
  };
}
