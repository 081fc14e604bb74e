import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  mkdtempSync,
  mkdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanPaths, scanText } from '../../src/scan.js'
import { decodeText } from '../../src/templates/read-text.js'

const STAGE = `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: '*'
          CachingEnabled: true
`

describe('unreadable templates become errors with a line', () => {
  it('reports invalid YAML with the line of the problem', () => {
    const scan = scanText(
      'Resources:\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      MethodSettings: [\n        { CachingEnabled: true\n',
      'broken.yaml'
    )
    expect(scan.recognised).toBe(false)
    expect(scan.errors).toHaveLength(1)
    expect(scan.errors[0]).toMatchObject({ file: 'broken.yaml' })
    expect(scan.errors[0]?.message).toMatch(/invalid YAML/)
    expect(scan.errors[0]?.line).toBeGreaterThanOrEqual(6)
  })

  it('reports invalid JSON with its line', () => {
    const scan = scanText(
      '{\n  "Resources": {\n    "S": { "Type": "AWS::ApiGateway::Stage",\n  }\n}\n',
      'broken.json'
    )
    expect(scan.errors[0]?.message).toMatch(/invalid JSON/)
    expect(scan.errors[0]?.line).toBe(4)
  })

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const depth = 10_000
    const yaml = `Resources:\n  X:\n    Type: AWS::S3::Bucket\n    Metadata: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
    const scan = scanText(yaml, 'deep.yaml')
    expect(scan.errors[0]?.message).toMatch(/nest/i)

    const json = `{"Resources": {"X": {"Type": "AWS::S3::Bucket", "Metadata": ${'['.repeat(depth)}${']'.repeat(depth)}}}}`
    expect(scanText(json, 'deep.json').errors[0]?.message).toMatch(/nest/i)
  })

  it('reads a YAML alias bomb in bounded time without expanding it', () => {
    const levels = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
    ]
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i)
      const previous = String.fromCharCode(96 + i)
      levels.push(
        `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`
      )
    }
    const yaml = `Metadata:\n  ${levels.join('\n  ')}\n${STAGE}`
    const started = Date.now()
    const scan = scanText(yaml, 'bomb.yaml')
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(scan.recognised).toBe(true)
    expect(scan.stages).toHaveLength(1)
  })

  it('keeps the last of duplicated keys, as CloudFormation does', () => {
    const yaml =
      STAGE +
      '          CacheDataEncrypted: false\n          CacheDataEncrypted: true\n'
    const scan = scanText(yaml, 'dup.yaml')
    const entry = scan.stages[0]?.methodSettings[0]
    expect(entry?.cacheDataEncrypted).toMatchObject({
      state: 'set',
      value: true
    })
    expect(entry?.cacheDataEncrypted).toMatchObject({ location: { line: 11 } })
  })

  it('counts lines the same with CRLF line ends', () => {
    const scan = scanText(STAGE.replace(/\n/g, '\r\n'), 'crlf.yaml')
    expect(scan.stages[0]?.methodSettings[0]?.cachingEnabled).toMatchObject({
      location: { line: 9, column: 11 }
    })
  })

  it('accepts flow collections indented less than the YAML specification asks, like CloudFormation', () => {
    const yaml = `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      Tags: [{
        "Key": "team",
        "Value": "payments"
      }]
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: '*'
          CachingEnabled: true
`
    const scan = scanText(yaml, 'flow.yaml')
    expect(scan.errors).toEqual([])
    expect(scan.stages[0]?.methodSettings[0]?.cachingEnabled).toMatchObject({
      location: { line: 12 }
    })
  })
})

describe('decoding', () => {
  const encode = (text: string) => new TextEncoder().encode(text)

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('a: 1')])
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'a: 1' })
  })

  it('refuses UTF-16, NUL bytes and invalid UTF-8 with the line', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-16/)
    })
    expect(decodeText(encode('a: 1\nb: \u0000'))).toMatchObject({
      ok: false,
      line: 2
    })
    const latin1 = new Uint8Array([...encode('a: 1\nb: 2\nc: caf'), 0xe9, 0x0a])
    expect(decodeText(latin1)).toMatchObject({
      ok: false,
      line: 3,
      message: expect.stringMatching(/UTF-8/)
    })
  })
})

describe('scanning a directory with bad files among good ones', () => {
  let root: string
  let outside: string

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'apigw-bad-'))
    outside = mkdtempSync(path.join(os.tmpdir(), 'apigw-outside-'))
    mkdirSync(path.join(root, 'infra'))
    writeFileSync(path.join(root, 'infra', 'good.yaml'), STAGE)
    writeFileSync(
      path.join(root, 'infra', 'broken.yaml'),
      'Resources: [AWS::X\n'
    )
    writeFileSync(
      path.join(root, 'infra', 'big.yaml'),
      STAGE + '#'.repeat(4096)
    )
    writeFileSync(
      path.join(root, 'infra', 'latin1.yaml'),
      Buffer.concat([Buffer.from(STAGE), Buffer.from([0x23, 0xe9, 0x0a])])
    )
    writeFileSync(
      path.join(root, 'infra', 'notes.yaml'),
      Buffer.from([0x61, 0x3a, 0xe9])
    )
    writeFileSync(path.join(outside, 'secret.yaml'), STAGE)
    symlinkSync(
      path.join(outside, 'secret.yaml'),
      path.join(root, 'infra', 'link.yaml')
    )
    symlinkSync(outside, path.join(root, 'outside-dir'))
    symlinkSync(root, path.join(root, 'infra', 'loop'))
    mkdirSync(path.join(root, 'node_modules'))
    writeFileSync(path.join(root, 'node_modules', 'dep.yaml'), STAGE)
  })

  afterAll(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  it('scans the good file, reports each bad one, and follows no link outside', async () => {
    const result = await scanPaths({
      workspace: root,
      paths: ['.'],
      maxFileSize: 1024,
      parameters: new Map()
    })
    expect(result.files).toBe(1)
    expect(result.findings.map(f => [f.file, f.status])).toEqual([
      ['infra/good.yaml', 'fail']
    ])
    const errors = Object.fromEntries(
      result.errors.map(e => [e.file, e.message])
    )
    expect(Object.keys(errors).sort()).toEqual([
      'infra/big.yaml',
      'infra/broken.yaml',
      'infra/latin1.yaml',
      'infra/link.yaml',
      'outside-dir'
    ])
    expect(errors['infra/big.yaml']).toMatch(/limit/)
    expect(errors['infra/link.yaml']).toMatch(/outside/)
    expect(errors['infra/latin1.yaml']).toMatch(/UTF-8/)
    expect(result.errors.find(e => e.file === 'infra/latin1.yaml')?.line).toBe(
      10
    )
  })

  it('refuses a path that does not exist', async () => {
    await expect(
      scanPaths({
        workspace: root,
        paths: ['missing'],
        maxFileSize: 1024,
        parameters: new Map()
      })
    ).rejects.toThrow(/missing/)
  })
})
