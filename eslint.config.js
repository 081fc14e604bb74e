import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Modules that must stay free of GitHub and AWS: the rule, the model, parsers, renderers. */
const pureModules = [
  'src/model.ts',
  'src/rule.ts',
  'src/scan.ts',
  'src/templates/**/*.ts',
  'src/report/**/*.ts'
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_' }
      ],
      'no-empty': ['error', { allowEmptyCatch: false }]
    }
  },
  {
    files: pureModules,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@aws-sdk/*', '@smithy/*', '@octokit/*'],
              message:
                'The rule, model, parsers and renderers stay free of GitHub and AWS (STYLE.md habit 3).'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.mjs', 'src/cli.ts'],
    rules: { 'no-console': 'off' }
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly'
      }
    }
  }
)
