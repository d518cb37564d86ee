// Flat ESLint config in the style of observablehq/plot: recommended rules, typescript-eslint, prettier.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "dist.*/", "generated/", "test/output/", ".scratch/"]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_"}],
      "object-shorthand": "error"
    }
  },
  {
    // The site's own code states its types instead of asserting them: a type guard where a value comes from outside
    // (JSON, the engine, the page's globals). `as const` stays allowed.
    files: ["src/**/*.ts"],
    rules: {
      "@typescript-eslint/consistent-type-assertions": ["error", {assertionStyle: "never"}]
    }
  }
);
