import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./app.css";
import { prefetchOnFirstInput } from "./prefetch";
import { readShell } from "./shell";

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false } },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App shell={readShell(document)} />
    </QueryClientProvider>
  </StrictMode>,
);

prefetchOnFirstInput();
