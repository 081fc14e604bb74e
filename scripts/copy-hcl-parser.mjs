// Copies the HCL parser's run-time files next to both bundles (dist/ and
// dist/cli/), where src/templates/hcl-parser.ts looks for them, so the action
// never downloads anything: the web-tree-sitter runtime (its ES module, which
// is loaded at run time rather than bundled, and its WebAssembly) and the
// Terraform grammar. Runs after ncc in `npm run build`. Their licences join
// dist/licenses.txt, because ncc lists only the packages it bundles.

import { appendFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..'
)
const modules = path.join(repoRoot, 'node_modules')

const packages = [
  {
    name: 'web-tree-sitter',
    license: 'MIT',
    files: ['web-tree-sitter.js', 'web-tree-sitter.wasm']
  },
  {
    name: '@tree-sitter-grammars/tree-sitter-hcl',
    license: 'Apache-2.0',
    files: ['tree-sitter-terraform.wasm']
  }
]
const targets = [
  path.join(repoRoot, 'dist'),
  path.join(repoRoot, 'dist', 'cli')
]
const licenses = path.join(repoRoot, 'dist', 'licenses.txt')

for (const { name, license, files } of packages) {
  const directory = path.join(modules, ...name.split('/'))
  for (const file of files) {
    const source = path.join(directory, file)
    if (!existsSync(source)) {
      console.error(`copy-hcl-parser: ${source} is missing; run npm ci first`)
      process.exit(1)
    }
    for (const target of targets) copyFileSync(source, path.join(target, file))
  }

  const listed = existsSync(licenses) ? readFileSync(licenses, 'utf8') : ''
  if (!listed.split('\n').includes(name)) {
    const text = readFileSync(path.join(directory, 'LICENSE'), 'utf8')
    appendFileSync(licenses, `\n${name}\n${license}\n${text}`)
  }
}
