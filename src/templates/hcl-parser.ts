/**
 * The HCL parser: tree-sitter's Terraform grammar run through web-tree-sitter.
 * The runtime (its ES module and its WebAssembly) and the grammar ship in
 * dist/ next to the bundle, where the build copies them, so the action
 * downloads nothing; run from source, they come from node_modules. The
 * runtime starts once per process, on first use, so a scan without Terraform
 * files never pays for it.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { convertConfig, type BlockFilter, type HclFile } from './hcl-tree.js'
import type { HclExpression } from './hcl-syntax.js'
import type * as TreeSitter from 'web-tree-sitter'

interface ParserFile {
  name: string
  /** The npm package that ships it, for runs from source. */
  packageName: string
}

const RUNTIME_MODULE: ParserFile = {
  name: 'web-tree-sitter.js',
  packageName: 'web-tree-sitter'
}
const RUNTIME_WASM: ParserFile = {
  name: 'web-tree-sitter.wasm',
  packageName: 'web-tree-sitter'
}
const GRAMMAR_WASM: ParserFile = {
  name: 'tree-sitter-terraform.wasm',
  packageName: '@tree-sitter-grammars/tree-sitter-hcl'
}

/** Parses HCL text into the shapes of hcl-syntax.ts, with syntax errors. */
export interface HclParser {
  parse(text: string, file: string, wanted?: BlockFilter): HclFile
  /**
   * Parses the text of a template on its own (a JSON-syntax string such as
   * `"${var.encrypt}"`); null when it is not valid HCL.
   */
  template(text: string): HclExpression | null
}

/** Ends the heredoc that wraps a template; no real template has it on a line of its own. */
const TEMPLATE_END = 'APIGW_CACHE_CHECK_TEMPLATE_END'

/**
 * Up to this many files, WebAssembly runs on V8's baseline compiler only.
 * Otherwise V8 also compiles the parser's hot functions with its optimising
 * compiler in the background, and the process waits for that work before it
 * exits: about 100 ms that a scan of a few files never earns back. On larger
 * scans the optimised code pays for itself. The flag concerns WebAssembly
 * alone, and this parser is the only WebAssembly the tool runs.
 */
const BASELINE_ONLY_UP_TO_FILES = 100

let loading: Promise<HclParser> | null = null

/** The process-wide parser, started on the first call, sized for the scan. */
export function loadHclParser(expectedFiles = 1): Promise<HclParser> {
  loading ??= startParser(expectedFiles)
  return loading
}

async function startParser(expectedFiles: number): Promise<HclParser> {
  if (expectedFiles <= BASELINE_ONLY_UP_TO_FILES) {
    setFlagsFromString('--liftoff-only')
  }

  // Loaded at run time rather than bundled: bundled, the runtime's own
  // `import("module")` comes back without createRequire and it cannot start.
  const runtimeUrl = pathToFileURL(locate(RUNTIME_MODULE)).href
  const { Language, Parser } = (await import(
    /* webpackIgnore: true */ runtimeUrl
  )) as typeof TreeSitter
  const [runtime, grammar] = await Promise.all([
    readFile(locate(RUNTIME_WASM)),
    readFile(locate(GRAMMAR_WASM))
  ])
  await Parser.init({ wasmBinary: new Uint8Array(runtime) })
  const language = await Language.load(new Uint8Array(grammar))
  const parser = new Parser()
  parser.setLanguage(language)

  const parse = (text: string, file: string, wanted?: BlockFilter): HclFile => {
    const tree = parser.parse(text)
    if (!tree) throw new Error(`${file}: the HCL parser returned no tree`)
    try {
      return convertConfig(tree.rootNode, text, file, wanted)
    } catch (error) {
      // The conversion recurses; only absurd nesting exhausts the stack.
      if (!(error instanceof RangeError)) throw error
      const message = 'the file nests expressions too deeply to be read'
      return {
        body: { attributes: [], blocks: [] },
        errors: [{ line: 1, message }]
      }
    } finally {
      tree.delete()
    }
  }
  return {
    parse,
    template(text: string): HclExpression | null {
      // A heredoc keeps quotes and backslashes as they are, as JSON decoded them.
      const wrapped = `t = <<${TEMPLATE_END}\n${text}\n${TEMPLATE_END}\n`
      const parsed = parse(wrapped, 'template')
      const value = parsed.body.attributes[0]?.value
      if (parsed.errors.length > 0 || !value) return null
      return withoutFinalNewline(value)
    }
  }
}

/** A heredoc ends with a newline that the wrapped text did not have. */
function withoutFinalNewline(expression: HclExpression): HclExpression {
  if (expression.kind === 'literal' && typeof expression.value === 'string') {
    return { kind: 'literal', value: expression.value.replace(/\n$/, '') }
  }
  if (expression.kind !== 'template') return expression
  const parts = [...expression.parts]
  const last = parts[parts.length - 1]
  if (typeof last === 'string') {
    const trimmed = last.replace(/\n$/, '')
    if (trimmed === '') parts.pop()
    else parts[parts.length - 1] = trimmed
  }
  return { kind: 'template', parts }
}

function locate(file: ParserFile): string {
  const candidates = candidatePaths(file)
  const found = candidates.find(candidate => existsSync(candidate))
  if (!found) {
    throw new Error(
      `the HCL parser cannot start: ${file.name} is in none of ${candidates.join(', ')}`
    )
  }
  return found
}

/** Next to this module (the bundle in dist/), then in node_modules above it. */
function candidatePaths(file: ParserFile): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const candidates = [path.join(here, file.name)]
  let directory = here
  for (;;) {
    candidates.push(
      path.join(directory, 'node_modules', file.packageName, file.name)
    )
    const parent = path.dirname(directory)
    if (parent === directory) return candidates
    directory = parent
  }
}
