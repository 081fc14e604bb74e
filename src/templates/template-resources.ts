/**
 * The resources of a template, with the `Fn::ForEach` loops of the
 * `AWS::LanguageExtensions` transform expanded: a loop over `[dev, prod]`
 * that writes `Stage${Env}` gives `Stagedev` and `Stageprod`, each located
 * where the loop's template is written and evaluated with `Env` bound.
 */
import {
  DocumentError,
  field,
  isMap,
  type Path,
  type ValueMap
} from './document.js'
import type { TemplateContext, TemplateResource } from './template-context.js'

const FOR_EACH = 'Fn::ForEach::'
/** CloudFormation nests loops at most five deep. */
const MAX_NESTING = 5
/**
 * Resources and loop items one template may expand to. CloudFormation allows
 * 500 resources; loops that go far past that are hostile (five nested loops
 * of 100 items make ten billion), so expansion stops with an error.
 */
const MAX_EXPANSION = 10_000

/** True for a `Resources` key that is a `Fn::ForEach` loop. */
export function isForEachKey(key: string): boolean {
  return key.startsWith(FOR_EACH)
}

/** Every resource of the template, loops expanded. */
export function templateResources(
  context: TemplateContext
): TemplateResource[] {
  const resources = field(context.template, 'Resources')
  if (!isMap(resources)) return []
  const expansion = new Expansion()
  const named = (name: string) => `${context.prefix}${name}`
  expansion.collect(context, resources, ['Resources'], named, 0)
  return expansion.found
}

class Expansion {
  readonly found: TemplateResource[] = []
  private steps = 0

  collect(
    context: TemplateContext,
    resources: ValueMap,
    path: Path,
    rename: (key: string) => string,
    nesting: number
  ): void {
    for (const key of Object.keys(resources)) {
      const value = resources[key]
      const at = [...path, key]
      if (isForEachKey(key)) {
        if (nesting < MAX_NESTING) {
          this.loop(context, value, at, rename, nesting + 1)
        }
      } else if (isMap(value)) {
        this.step(context, at)
        this.found.push({
          name: rename(key),
          resource: value,
          path: at,
          context
        })
      }
    }
  }

  /**
   * `[Identifier, Collection, Template]`: the template once per item, with
   * the identifier bound. A collection that cannot be evaluated gives the
   * template once with the identifier unbound, so whatever depends on it is
   * unknown and the rest is still judged. A malformed loop is rejected by
   * CloudFormation and creates nothing.
   */
  private loop(
    context: TemplateContext,
    loop: ValueMap[string] | undefined,
    path: Path,
    rename: (key: string) => string,
    nesting: number
  ): void {
    if (!Array.isArray(loop) || loop.length !== 3) return
    const [identifier, collection, template] = loop
    if (typeof identifier !== 'string' || !isMap(template)) return

    const templatePath = [...path, 2]
    const items = loopItems(context, collection, [...path, 1])
    if ('unknown' in items) {
      const reason = `the items of ${String(path[path.length - 1])} cannot be evaluated: ${items.unknown}`
      const unbound = {
        ...context,
        values: context.values.withBinding(identifier, { unknown: reason })
      }
      this.collect(unbound, template, templatePath, rename, nesting)
      return
    }
    for (const item of items) {
      this.step(context, path)
      const bound = {
        ...context,
        values: context.values.withBinding(identifier, item)
      }
      const renameItem = (key: string) =>
        substitute(rename(key), identifier, item)
      this.collect(bound, template, templatePath, renameItem, nesting)
    }
  }

  private step(context: TemplateContext, path: Path): void {
    if (++this.steps <= MAX_EXPANSION) return
    throw new DocumentError(
      `its Fn::ForEach loops expand past ${MAX_EXPANSION} resources and items; CloudFormation allows 500 resources in a template`,
      context.locate(path)?.line ?? null
    )
  }
}

/** The loop's items as strings, or why they cannot be evaluated. */
function loopItems(
  context: TemplateContext,
  collection: ValueMap[string] | undefined,
  path: Path
): string[] | { unknown: string } {
  const resolved = context.values.resolve(collection, path)
  if (resolved.kind === 'unknown') return { unknown: resolved.reason }
  if (resolved.kind === 'absent') return { unknown: 'it has no collection' }
  // A CommaDelimitedList parameter arrives as its comma-separated text.
  if (typeof resolved.value === 'string') return resolved.value.split(',')
  if (!Array.isArray(resolved.value)) {
    return { unknown: 'its collection is not a list' }
  }
  const items: string[] = []
  for (const item of resolved.value) {
    const text = context.values.text(item, null)
    if (text === null) return { unknown: 'an item is not a known string' }
    items.push(text)
  }
  return items
}

/** `${Id}` takes the item; `&{Id}` takes its letters and digits only. */
function substitute(key: string, identifier: string, item: string): string {
  return key
    .split(`\${${identifier}}`)
    .join(item)
    .split(`&{${identifier}}`)
    .join(item.replace(/[^A-Za-z0-9]/g, ''))
}
