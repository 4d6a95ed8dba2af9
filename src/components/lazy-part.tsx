import {
  Component,
  createElement,
  lazy,
  memo,
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

/** The address of the module a failed dynamic import names: "Failed to fetch dynamically imported module: https://…". */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+?\.m?js(?:\?[^\s'"]*)?/.exec(message)?.[0] ?? null;
}

/**
 * A component whose code is loaded on demand (React's lazy, to be rendered inside Suspense), memoised. A failed
 * download shows "`what` could not be loaded" with Retry, which downloads it again, instead of taking the page down.
 * React's lazy keeps a failure for good, and some browsers keep a failed module's address failed for the page's life
 * (Debian's Chromium 150 does), so a retry imports the address the error names with a query of its own; the module's
 * own imports resolve to the same shared modules as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound React's own lazy() has
export function lazyPart<M, T extends ComponentType<any>>(
  what: string,
  importer: () => Promise<M>,
  pick: (module: M) => T,
  reimport: (url: string) => Promise<M> = (url) => import(/* @vite-ignore */ url) as Promise<M>,
) {
  let attempt = 0;
  let failure: unknown = null;
  const load = () => {
    const url = attempt > 0 ? failedModuleUrl(failure) : null;
    const module = url ? reimport(`${url}${url.includes("?") ? "&" : "?"}retry=${attempt}`) : importer();
    return module.then(
      (m) => ({ default: memo(pick(m)) as unknown as T }),
      (error: unknown) => {
        failure = error;
        throw error;
      },
    );
  };
  let Loaded = lazy(load);
  return function LazyPart(props: ComponentProps<T>) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    const retry = () => {
      attempt += 1;
      Loaded = lazy(load);
      rerender();
    };
    return (
      <PartBoundary what={what} onRetry={retry}>
        {createElement(Loaded, props)}
      </PartBoundary>
    );
  };
}
