/** Unit tests: pure core, the Word layer against the simulated host, content, CLI. Browser tests live in tests/browser. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx" }, diagnostics: false }],
  },
};
