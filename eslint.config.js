import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'coverage/**', 'storybook-static/**', 'public/**', 'node_modules/**', 'bench/.tmp/**', '**/*.d.ts', '**/*.d.mts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render provider text with Lit bindings, never innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insertAdjacentHTML.' },
        { selector: "ImportDeclaration[source.value=/unsafe-html/]", message: 'Never unsafeHTML.' },
        { selector: "ImportDeclaration[source.value=/style-map/]", message: 'styleMap writes a style attribute on first render, which a strict CSP blocks: use classes or style.setProperty().' },
      ],
      // Widgets import only core and lit (DESIGN.md layering).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@tessera/provider-rest*', '@tessera/mocks*'], message: 'Widgets must not import provider-rest or mocks.' }] },
      ],
    },
  },
  {
    files: ['packages/provider-rest/src/**/*.ts', 'packages/mocks/src/**/*.ts', 'packages/core/src/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests, stories and the demo wire providers in and use chai's property assertions.
    files: ['packages/*/test/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts', 'bench/**/*.{js,ts}'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      'no-restricted-imports': 'off',
    },
  },
  {
    // Lit event bindings (@click=${this.onClick}) are bound by Lit to the host.
    files: ['packages/*/src/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The examples are type-checked by their own strict tsconfig against the packed packages
    // (npm run test:consumer); here they are linted without types, so lint needs no build.
    files: ['examples/**/*.{ts,tsx}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'vite.config.ts', '.storybook/vite.config.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
);
