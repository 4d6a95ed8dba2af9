// Adds jest-dom matchers (toBeInTheDocument…) to vitest's expect; tests that render use `// @vitest-environment jsdom`.
import "@testing-library/jest-dom/vitest";
