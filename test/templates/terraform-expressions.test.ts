import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  loadHclParser,
  type HclParser
} from '../../src/templates/hcl-parser.js'
import { evaluate } from '../../src/templates/terraform-expressions.js'
import { ModuleScope } from '../../src/templates/terraform-scope.js'
import {
  primitive,
  unknown,
  type TfValue
} from '../../src/templates/terraform-values.js'
import type { HclExpression } from '../../src/templates/hcl-syntax.js'

let parser: HclParser

beforeAll(async () => {
  parser = await loadHclParser()
})

/** Parses `value = <text>` and returns the expression. */
function expression(text: string): HclExpression {
  const parsed = parser.parse(`value = ${text}\n`, 'test.tf')
  expect(parsed.errors).toEqual([])
  const value = parsed.body.attributes[0]?.value
  if (!value) throw new Error(`no expression in ${text}`)
  return value
}

/** Plain JavaScript for known values, `?` for unknown, `!` for errors. */
function plain(value: TfValue): unknown {
  switch (value.kind) {
    case 'primitive':
      return value.value
    case 'tuple':
      return value.items.map(plain)
    case 'object':
      return Object.fromEntries(
        [...value.entries].map(([key, item]) => [key, plain(item)])
      )
    case 'unknown':
      return '?'
    case 'error':
      return '!'
  }
}

const scope = new ModuleScope(
  new Map<string, TfValue>([
    ['env', primitive('prod')],
    ['flag', primitive('True')],
    ['nothing', primitive(null)],
    ['secret', unknown('variable `secret` has no value; pass a var file')],
    [
      'map',
      {
        kind: 'object',
        entries: new Map([
          ['a', primitive(1)],
          ['b', unknown('b is unknown')]
        ])
      }
    ]
  ]),
  new Map<string, HclExpression>()
)

function valueOf(text: string): unknown {
  return plain(evaluate(expression(text), scope))
}

describe('Terraform expressions', () => {
  it.each([
    ['"plain"', 'plain'],
    ['"tab\\there \\"quoted\\" \\u00e9"', 'tab\there "quoted" é'],
    ['"$${not} %%{interpolated}"', '${not} %{interpolated}'],
    ['"${var.env}-api"', 'prod-api'],
    ['"${1 + 2}"', 3],
    ['"${true}"', true],
    ['<<EOT\nline ${var.env}\nEOT', 'line prod\n'],
    ['<<-EOT\n    indented\n      more\n    EOT', 'indented\n  more\n'],
    ['var.env == "prod" ? "yes" : "no"', 'yes'],
    ['!(var.env != "prod") && 2 >= 1', true],
    ['-3 + 10 % 4 * 2', 1],
    ['(1 + 2) * 3', 9],
    ['[1, "a", null]', [1, 'a', null]],
    ['{ a = 1, "b" = 2 }', { a: 1, b: 2 }],
    ['var.map.a', 1],
    ['var.map["a"]', 1],
    ['[10, 20][1]', 20],
    ['lookup(var.map, "a", 0)', 1],
    ['lookup(var.map, "z", false)', false],
    ['lookup(var.map, "z")', '!'],
    ['try(var.map.z, "fallback")', 'fallback'],
    ['try(var.secret, false)', '?'],
    ['can(var.map.z)', false],
    ['coalesce(var.nothing, "", "x")', 'x'],
    ['coalesce(var.secret, true)', '?'],
    ['tobool("true")', true],
    ['tobool(var.flag)', '!'],
    ['try(tobool(var.flag), lower(var.flag) == "true")', true],
    ['length(toset(["a", "a", "b"]))', 2],
    ['contains(["x", "y"], "y")', true],
    ['merge({ a = 1 }, { b = 2 })', { a: 1, b: 2 }],
    ['false && var.secret', false],
    ['true || var.secret', true],
    ['true && var.secret', '?'],
    ['var.secret ? true : true', true],
    ['var.secret ? true : false', '?'],
    ['local.missing', '?'],
    ['data.aws_ssm_parameter.x.value', '?'],
    ['aws_kms_key.k.arn', '?'],
    ['[for x in [1] : x]', '?'],
    ['jsondecode("{}")', '?'],
    ['count.index', '?'],
    ['1 / 0', '!']
  ])('%s', (text, expected) => {
    expect(valueOf(text)).toEqual(expected)
  })

  it('says why a value is unknown', () => {
    const value = evaluate(expression('var.secret'), scope)
    expect(value).toEqual(
      unknown('variable `secret` has no value; pass a var file')
    )
    expect(evaluate(expression('var.undeclared'), scope)).toEqual(
      unknown('variable `undeclared` is not declared in this module')
    )
  })

  it('stops at locals that refer to each other', () => {
    const circular = new ModuleScope(
      new Map(),
      new Map([
        ['a', expression('local.b')],
        ['b', expression('local.a')]
      ])
    )
    expect(evaluate(expression('local.a'), circular)).toEqual(
      unknown('local `a` refers to itself')
    )
  })
})

describe('HCL parser', () => {
  it('reads a JSON-syntax string as a template', () => {
    const template = parser.template('${var.env}-"quoted"\\path')
    expect(template && plain(evaluate(template, scope))).toBe(
      'prod-"quoted"\\path'
    )
    expect(parser.template('${unclosed')).toBeNull()
  })

  it('gives each syntax error its line and keeps reading the blocks after it', () => {
    const parsed = parser.parse(
      'locals {\n  a = [1,\n}\n\nvariable "v" {\n  default = true\n}\n',
      'broken.tf'
    )
    expect(parsed.errors.length).toBeGreaterThan(0)
    expect(parsed.errors[0]?.line).toBe(2)
    expect(parsed.body.blocks.map(block => block.type)).toContain('variable')
  })

  it('reads tfvars written as one object', () => {
    const parsed = parser.parse('{\n  encrypt = true\n}\n', 'x.tfvars')
    expect(parsed.body.attributes.map(a => a.name)).toEqual(['encrypt'])
  })
})
