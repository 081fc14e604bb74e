// Parses every file under a directory with the bare parsers the engine is
// built on (js-yaml's parser, JSON.parse, the HCL parser) and nothing else:
// the floor the benchmark compares the engine's CPU time with. Run as its own
// process, like the engine, so both pay for start-up alike.
//
//   node scripts/bare-parse.mjs DIRECTORY

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..'
)
const modules = path.join(repoRoot, 'node_modules')

const yaml = await import(
  pathToFileURL(path.join(modules, 'js-yaml', 'dist', 'js-yaml.mjs')).href
)
const { Parser, Language } = await import(
  pathToFileURL(path.join(modules, 'web-tree-sitter', 'web-tree-sitter.js'))
    .href
)
await Parser.init()
const parser = new Parser()
parser.setLanguage(
  await Language.load(
    path.join(
      modules,
      '@tree-sitter-grammars',
      'tree-sitter-hcl',
      'tree-sitter-terraform.wasm'
    )
  )
)

for (const file of listFiles(process.argv[2] ?? '.')) {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.json')) JSON.parse(text)
  else if (file.endsWith('.tf')) parser.parse(text).delete()
  else yaml.parseEvents(text, {})
}

function listFiles(directory) {
  const files = []
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(full))
    else if (!entry.name.startsWith('.')) files.push(full)
  }
  return files
}
