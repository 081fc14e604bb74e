/**
 * A JSON schema (draft-07) for the part of SARIF 2.1.0 this tool writes,
 * written for these tests from the OASIS SARIF 2.1.0 specification: every
 * object it emits with the properties the standard defines for it (and no
 * others: additionalProperties is false, as in the standard's schema), the
 * required properties, and the enumerations and bounds of the values.
 *
 * It is stricter than the published schema in places (closed objects), so
 * sarif-schema.test.ts validates every log against both.
 */

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` })
const arrayOf = (items: Schema, unique = false): Schema => ({
  type: 'array',
  items,
  ...(unique ? { uniqueItems: true } : {})
})
const closed = (
  properties: Record<string, Schema>,
  required: string[] = []
): Schema => ({
  type: 'object',
  additionalProperties: false,
  properties: { ...properties, properties: ref('propertyBag') },
  ...(required.length > 0 ? { required } : {})
})
const string: Schema = { type: 'string' }
const integer = (minimum: number): Schema => ({ type: 'integer', minimum })
const level: Schema = { enum: ['none', 'note', 'warning', 'error'] }
/** Standard properties this tool never writes: present in the standard, unchecked here. */
const any: Schema = {}

export const SARIF_210_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  ...closed(
    {
      $schema: { type: 'string', format: 'uri' },
      version: { enum: ['2.1.0'] },
      runs: arrayOf(ref('run')),
      inlineExternalProperties: any
    },
    ['version', 'runs']
  ),
  definitions: {
    propertyBag: {
      type: 'object',
      properties: { tags: arrayOf(string, true) }
    },
    message: {
      ...closed({
        text: string,
        markdown: string,
        id: string,
        arguments: arrayOf(string)
      }),
      anyOf: [{ required: ['text'] }, { required: ['id'] }]
    },
    multiformatMessageString: closed({ text: string, markdown: string }, [
      'text'
    ]),
    run: closed(
      {
        tool: ref('tool'),
        invocations: arrayOf(ref('invocation')),
        results: arrayOf(ref('result')),
        columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
        conversion: any,
        language: any,
        versionControlProvenance: any,
        originalUriBaseIds: any,
        artifacts: any,
        logicalLocations: any,
        graphs: any,
        automationDetails: any,
        runAggregates: any,
        baselineGuid: any,
        redactionTokens: any,
        defaultEncoding: any,
        defaultSourceLanguage: any,
        newlineSequences: any,
        externalPropertyFileReferences: any,
        threadFlowLocations: any,
        taxonomies: any,
        addresses: any,
        translations: any,
        policies: any,
        webRequests: any,
        webResponses: any,
        specialLocations: any
      },
      ['tool']
    ),
    tool: closed(
      {
        driver: ref('toolComponent'),
        extensions: arrayOf(ref('toolComponent'))
      },
      ['driver']
    ),
    toolComponent: closed(
      {
        name: string,
        version: string,
        semanticVersion: string,
        informationUri: { type: 'string', format: 'uri' },
        downloadUri: { type: 'string', format: 'uri' },
        organization: string,
        product: string,
        fullName: string,
        shortDescription: ref('multiformatMessageString'),
        fullDescription: ref('multiformatMessageString'),
        rules: arrayOf(ref('reportingDescriptor'), true),
        guid: any,
        productSuite: any,
        dottedQuadFileVersion: any,
        releaseDateUtc: any,
        globalMessageStrings: any,
        notifications: any,
        taxa: any,
        locations: any,
        language: any,
        contents: any,
        isComprehensive: any,
        localizedDataSemanticVersion: any,
        minimumRequiredLocalizedDataSemanticVersion: any,
        associatedComponent: any,
        translationMetadata: any,
        supportedTaxonomies: any
      },
      ['name']
    ),
    reportingDescriptor: closed(
      {
        id: string,
        name: string,
        shortDescription: ref('multiformatMessageString'),
        fullDescription: ref('multiformatMessageString'),
        help: ref('multiformatMessageString'),
        helpUri: { type: 'string', format: 'uri' },
        defaultConfiguration: ref('reportingConfiguration'),
        deprecatedIds: any,
        guid: any,
        deprecatedGuids: any,
        deprecatedNames: any,
        messageStrings: any,
        relationships: any
      },
      ['id']
    ),
    reportingConfiguration: closed({
      enabled: { type: 'boolean' },
      level,
      rank: { type: 'number', minimum: -1, maximum: 100 },
      parameters: ref('propertyBag')
    }),
    invocation: closed(
      {
        executionSuccessful: { type: 'boolean' },
        toolExecutionNotifications: arrayOf(ref('notification')),
        toolConfigurationNotifications: arrayOf(ref('notification')),
        commandLine: string,
        arguments: arrayOf(string),
        exitCode: { type: 'integer' },
        startTimeUtc: { type: 'string', format: 'date-time' },
        endTimeUtc: { type: 'string', format: 'date-time' },
        responseFiles: any,
        ruleConfigurationOverrides: any,
        notificationConfigurationOverrides: any,
        exitCodeDescription: any,
        exitSignalName: any,
        exitSignalNumber: any,
        processStartFailureMessage: any,
        machine: any,
        account: any,
        processId: any,
        executableLocation: any,
        workingDirectory: any,
        environmentVariables: any,
        stdin: any,
        stdout: any,
        stderr: any,
        stdoutStderr: any
      },
      ['executionSuccessful']
    ),
    notification: closed(
      {
        message: ref('message'),
        level,
        locations: arrayOf(ref('location')),
        threadId: { type: 'integer' },
        timeUtc: { type: 'string', format: 'date-time' },
        exception: any,
        descriptor: any,
        associatedRule: any
      },
      ['message']
    ),
    result: closed(
      {
        ruleId: string,
        ruleIndex: integer(-1),
        kind: {
          enum: [
            'notApplicable',
            'pass',
            'fail',
            'review',
            'open',
            'informational'
          ]
        },
        level,
        message: ref('message'),
        locations: arrayOf(ref('location')),
        partialFingerprints: {
          type: 'object',
          additionalProperties: string
        },
        fingerprints: { type: 'object', additionalProperties: string },
        suppressions: arrayOf(ref('suppression'), true),
        baselineState: { enum: ['new', 'unchanged', 'updated', 'absent'] },
        rank: { type: 'number', minimum: -1, maximum: 100 },
        occurrenceCount: integer(1),
        rule: any,
        analysisTarget: any,
        guid: any,
        correlationGuid: any,
        stacks: any,
        codeFlows: any,
        graphs: any,
        graphTraversals: any,
        relatedLocations: any,
        attachments: any,
        hostedViewerUri: any,
        workItemUris: any,
        provenance: any,
        fixes: any,
        taxa: any,
        webRequest: any,
        webResponse: any
      },
      ['message']
    ),
    location: closed({
      id: integer(-1),
      physicalLocation: ref('physicalLocation'),
      logicalLocations: arrayOf(ref('logicalLocation'), true),
      message: ref('message'),
      annotations: any,
      relationships: any
    }),
    physicalLocation: {
      ...closed({
        artifactLocation: ref('artifactLocation'),
        region: ref('region'),
        contextRegion: ref('region'),
        address: any
      }),
      anyOf: [{ required: ['address'] }, { required: ['artifactLocation'] }]
    },
    artifactLocation: closed({
      uri: { type: 'string', format: 'uri-reference' },
      uriBaseId: string,
      index: integer(-1),
      description: ref('message')
    }),
    region: closed({
      startLine: integer(1),
      startColumn: integer(1),
      endLine: integer(1),
      endColumn: integer(1),
      charOffset: integer(-1),
      charLength: integer(0),
      byteOffset: integer(-1),
      byteLength: integer(0),
      snippet: any,
      message: ref('message'),
      sourceLanguage: string
    }),
    logicalLocation: closed({
      name: string,
      index: integer(-1),
      fullyQualifiedName: string,
      decoratedName: string,
      parentIndex: integer(-1),
      kind: string
    }),
    suppression: closed(
      {
        kind: { enum: ['inSource', 'external'] },
        status: { enum: ['accepted', 'underReview', 'rejected'] },
        justification: string,
        guid: any,
        location: ref('location')
      },
      ['kind']
    )
  }
}
