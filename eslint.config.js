/**
 * Lint: typescript-eslint's recommended rules everywhere, Microsoft's office-addins rules (load before read, sync
 * after load, no sync in loops, isNullObject) on the Word layer, and the architecture's boundaries:
 *   src/core     pure: no Word/Office globals, no React, no DOM, imports nothing outside src/core;
 *   src/docx     pure like core (it runs in Node and the browser);
 *   src/host     the port (DocumentHost, its errors, placement, the GB/T 9704 table): pure like core, and it knows
 *                no host, pane or playground;
 *   src/taskpane never touches Word/Office (it gets a DocumentHost injected), except its entry point;
 *   src/taskpane and src/playground import the port, never src/word, except the two composition roots that build
 *                the Office.js DocumentHost (taskpane/main.tsx over Office, playground/main.tsx over the simulated host);
 *   only src/word (and the simulated host in src/playground/fakeWord) speaks Office.js.
 * On the check path (core, docx, word) no array is spread into a call: it overflows the stack on large documents.
 * Formatting is left to the editor: the office-addins preset's Prettier rule is not enabled.
 */
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const officeAddins = require("eslint-plugin-office-addins");

const OFFICE_GLOBALS = ["Word", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/word may use Office.js; receive the document functions through the injected DocumentHost.",
}));

const DOM_GLOBALS = ["window", "document", "navigator", "localStorage", "fetch", "XMLHttpRequest"].map((name) => ({
  name,
  message: "src/core is pure TypeScript: no DOM or network.",
}));

module.exports = tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "artifacts/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/core/**/*.ts", "src/docx/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...DOM_GLOBALS],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*"], message: "src/core is pure: no React." },
            { group: ["**/word/**", "**/taskpane/**", "**/playground/**", "node:*"], message: "src/core imports only src/core." },
          ],
        },
      ],
    },
  },
  {
    // The port stays host-neutral: a second host (WPS) implements it without pulling in Office.js or the pane.
    files: ["src/host/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS,
        ...DOM_GLOBALS.map(({ name }) => ({ name, message: "src/host is pure TypeScript: no DOM or network." })),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "node:*"], message: "src/host is pure: no React, no Node." },
            {
              group: ["**/word/**", "**/word", "**/taskpane/**", "**/taskpane", "**/playground/**", "**/playground"],
              message: "src/host is the port: it imports only itself and src/core, never an implementation or the pane.",
            },
          ],
        },
      ],
    },
  },
  {
    // The pane and the playground page see the port only; the Office.js implementation is built in the composition
    // roots below, so swapping the host never touches a component.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/playground/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/main.tsx", "src/playground/main.tsx", "src/playground/paneBench.tsx", "src/playground/fakeWord/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/word/**", "**/word"],
              message: "Import the port from src/host; only taskpane/main.tsx and playground/main.tsx build the Word host.",
            },
          ],
        },
      ],
    },
  },
  {
    // The check path handles document-sized arrays: a spread into a call puts every element on the stack and throws
    // RangeError past roughly 100,000 of them (150,000 heading-like lines crashed Math.min(...items), issue 9).
    files: ["src/core/**/*.ts", "src/docx/**/*.ts", "src/word/**/*.ts"],
    ignores: ["src/core/content/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Math'] > SpreadElement", message: "No spread into Math.min/max on the check path: use a loop (RangeError on large documents)." },
        { selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement", message: "No spread into push/unshift/splice on the check path: use a loop or concat (RangeError on large documents)." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/content/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["src/taskpane/main.tsx"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["tests/**/*.ts", "src/cli/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
