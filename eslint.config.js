import js from "@eslint/js";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Layer boundaries (STYLE.md): app → features → components/dataset; extract → dataset.
// Nothing in the app imports src/extract; features do not import each other; dataset imports nothing from src.
const zones = [
  {
    target: "./src/dataset",
    from: "./src",
    except: ["./dataset"],
    message: "src/dataset is the lowest layer.",
  },
  { target: "./src/app", from: "./src/extract", message: "The app never touches the extractor." },
  {
    target: "./src/features",
    from: ["./src/extract", "./src/app"],
    message: "Features are composed in src/app.",
  },
  {
    target: "./src/components",
    from: ["./src/extract", "./src/app", "./src/features"],
    message: "Shared components sit below features.",
  },
  {
    target: "./src/extract",
    from: ["./src/app", "./src/features", "./src/components"],
    message: "The extractor depends only on src/dataset.",
  },
];

export default tseslint.config(
  {
    ignores: ["dist", "node_modules", "public", "bench/out", "playwright-report", "test-results", "coverage"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones }],
    },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
  },
  {
    // each feature folder may import only itself, components and dataset
    files: ["src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./\\.\\./(?!\\.\\./)",
              message: "Features do not import each other; compose them in src/app.",
            },
          ],
        },
      ],
    },
  },
);
