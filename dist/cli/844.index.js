export const id = 844;
export const ids = [844];
export const modules = {

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// UNUSED EXPORTS: MERGE_USAGE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/report/json-field.ts
/**
 * Checked access to the fields of a JSON document read from a file: each
 * check returns the value with its type, or throws an error that names the
 * file, the field, what was expected and what was found.
 */
class ReportFileError extends Error {
    constructor(file, problem) {
        super(`${file}: ${problem}`);
        this.name = 'ReportFileError';
    }
}
/** One field of one file, with checks whose errors name both. */
class Field {
    file;
    name;
    constructor(file, name) {
        this.file = file;
        this.name = name;
    }
    child(name) {
        return new Field(this.file, `${this.name}.${name}`);
    }
    fail(expected, value) {
        const got = value === undefined ? 'nothing' : JSON.stringify(value);
        throw new ReportFileError(this.file, `${this.name} must be ${expected}; got ${(got ?? String(value)).slice(0, 80)}`);
    }
    object(value) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.fail('an object', value);
        }
        return value;
    }
    list(value) {
        return Array.isArray(value) ? value : this.fail('a list', value);
    }
    text(value) {
        return typeof value === 'string' ? value : this.fail('a string', value);
    }
    textOrNull(value) {
        return value === null ? null : this.text(value);
    }
    texts(value) {
        return this.list(value).map(item => this.text(item));
    }
    count(value) {
        return typeof value === 'number' && Number.isInteger(value) && value >= 0
            ? value
            : this.fail('a whole number', value);
    }
    countOrNull(value) {
        return value === null ? null : this.count(value);
    }
    booleanOrNull(value) {
        return value === null || typeof value === 'boolean'
            ? value
            : this.fail('true, false or null', value);
    }
    oneOf(value, allowed) {
        return typeof value === 'string' &&
            allowed.includes(value)
            ? value
            : this.fail(`one of ${allowed.join(', ')}`, value);
    }
}

;// CONCATENATED MODULE: ./src/report/read-json.ts


const STATUSES = [
    'fail',
    'warning',
    'unknown',
    'pass',
    'suppressed'
];
const FORMATS = [
    'cloudformation',
    'sam',
    'cdk',
    'terraform',
    'terraform-plan',
    'serverless',
    'live'
];
const RULES = [
    'cache-unencrypted',
    'cache-cluster-unencrypted'
];
/** Parses the text of a JSON report written by this tool. */
function readReportJson(text, file) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ReportFileError(file, `is not JSON: ${reason}`);
    }
    const at = (field) => new Field(file, field);
    const root = at('the report').object(document);
    if (root['schemaVersion'] !== 1) {
        throw new ReportFileError(file, `schemaVersion must be 1 (a report of apigw-cache-check); got ${JSON.stringify(root['schemaVersion'])}`);
    }
    const tool = at('tool').object(root['tool']);
    const coverage = at('coverage').object(root['coverage']);
    const report = {
        schemaVersion: 1,
        tool: {
            name: at('tool.name').text(tool['name']),
            version: at('tool.version').text(tool['version'])
        },
        result: at('result').oneOf(root['result'], ['pass', 'fail']),
        counts: { fail: 0, warning: 0, unknown: 0, pass: 0, suppressed: 0 },
        findings: at('findings')
            .list(root['findings'])
            .map((item, index) => readFinding(new Field(file, `findings[${index}]`), item)),
        errors: at('errors')
            .list(root['errors'])
            .map((item, index) => readError(new Field(file, `errors[${index}]`), item)),
        coverage: {
            files: at('coverage.files').count(coverage['files']),
            stages: at('coverage.stages').count(coverage['stages']),
            regions: at('coverage.regions').texts(coverage['regions']),
            regionsNotAudited: at('coverage.regionsNotAudited').texts(coverage['regionsNotAudited'])
        }
    };
    if (coverage['regionsSkipped'] !== undefined) {
        report.coverage.regionsSkipped = at('coverage.regionsSkipped').texts(coverage['regionsSkipped']);
    }
    for (const finding of report.findings)
        report.counts[finding.status] += 1;
    return report;
}
function readFinding(field, value) {
    const json = field.object(value);
    const part = (name) => field.child(name);
    const finding = {
        status: part('status').oneOf(json['status'], STATUSES),
        rule: json['rule'] === undefined
            ? 'cache-unencrypted'
            : part('rule').oneOf(json['rule'], RULES),
        origin: part('origin').oneOf(json['origin'], ['template', 'live']),
        format: part('format').oneOf(json['format'], FORMATS),
        file: part('file').textOrNull(json['file']),
        line: part('line').countOrNull(json['line']),
        column: part('column').countOrNull(json['column']),
        resource: part('resource').text(json['resource']),
        stage: part('stage').textOrNull(json['stage']),
        resourcePath: part('resourcePath').text(json['resourcePath']),
        httpMethod: part('httpMethod').text(json['httpMethod']),
        message: part('message').text(json['message']),
        fix: part('fix').text(json['fix']),
        new: part('new').booleanOrNull(json['new'] ?? null)
    };
    const optionalText = [
        'constructPath',
        'region',
        'restApiId',
        'consoleUrl'
    ];
    for (const name of optionalText) {
        if (json[name] !== undefined && json[name] !== null) {
            finding[name] = part(name).text(json[name]);
        }
    }
    const nullableText = [
        'accountId',
        'restApiName',
        'stackName',
        'logicalId'
    ];
    for (const name of nullableText) {
        if (json[name] !== undefined)
            finding[name] = part(name).textOrNull(json[name]);
    }
    if (typeof json['cacheClusterEnabled'] === 'boolean') {
        finding.cacheClusterEnabled = json['cacheClusterEnabled'];
    }
    if (json['suppression'] !== undefined && json['suppression'] !== null) {
        const suppression = part('suppression').object(json['suppression']);
        finding.suppression = {
            reason: part('suppression.reason').text(suppression['reason']),
            until: part('suppression.until').textOrNull(suppression['until'] ?? null)
        };
    }
    return finding;
}
function readError(field, value) {
    const json = field.object(value);
    return {
        file: field.child('file').text(json['file']),
        line: field.child('line').countOrNull(json['line'] ?? null),
        message: field.child('message').text(json['message'])
    };
}

// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/render.ts + 3 modules
var render = __webpack_require__(8340);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/templates/files.ts
var files = __webpack_require__(9960);
;// CONCATENATED MODULE: ./src/cli-merge.ts
/**
 * `apigw-cache-check merge REPORT.json ...`: combines the JSON reports of
 * several jobs (a matrix over accounts and regions) into one report, judged
 * again under `--fail-on`.
 */









const EXIT_PASS = 0;
const EXIT_FAIL = 1;
const EXIT_CANNOT_RUN = 2;
const MERGE_USAGE = `Usage: apigw-cache-check merge REPORT.json ... [options]

Combines JSON reports (--format json, or the action's report-file) into one,
for example those of a matrix of jobs over accounts and regions. The merged
report is judged again under --fail-on.

Options:
  -f, --format FORMAT      text (default), markdown, json or sarif
  -o, --output FILE        write the report to FILE instead of standard output
      --fail-on LEVEL      error (default), warning or never
      --no-color           plain text even on a terminal
  -h, --help               show this help

Exit status: 0 pass, 1 fail, 2 a report could not be read.
`;
/** Runs `merge` with the arguments after the word `merge`. */
async function runMerge(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (error) {
        io.stderr(`apigw-cache-check merge: ${(0,files/* describeError */.Uc)(error)}\n\n${MERGE_USAGE}`);
        return EXIT_CANNOT_RUN;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(MERGE_USAGE);
        return EXIT_PASS;
    }
    try {
        if (positionals.length === 0) {
            throw new settings/* SettingError */.L_('merge needs at least one JSON report');
        }
        const format = (0,render/* parseFormat */.Xc)(values.format ?? 'text');
        const failOn = (0,settings/* parseFailOn */.XV)(values['fail-on'] ?? 'error', '--fail-on');
        const reports = await Promise.all(positionals.map(file => readReport(io.cwd, file)));
        const merged = (0,report/* mergeReports */.C1)(reports, failOn);
        const color = io.color && !values['no-color'] && values.output === undefined;
        const body = (0,render/* renderReport */.B1)(merged, format, color);
        if (values.output === undefined) {
            io.stdout(body);
        }
        else {
            await (0,promises_.writeFile)(external_node_path_default().resolve(io.cwd, values.output), body);
            io.stdout(`Merged ${reports.length} reports into ${values.output} (${format}).\n${(0,report_text/* verdictLine */.M)(merged)}\n`);
        }
        return merged.result === 'pass' ? EXIT_PASS : EXIT_FAIL;
    }
    catch (error) {
        const known = error instanceof settings/* SettingError */.L_ || error instanceof ReportFileError;
        io.stderr(`apigw-cache-check merge: ${known ? '' : 'could not run: '}${(0,files/* describeError */.Uc)(error)}\nResult: could not run\n`);
        return EXIT_CANNOT_RUN;
    }
}
async function readReport(cwd, file) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new ReportFileError(file, `cannot be read: ${(0,files/* describeError */.Uc)(error)}`);
    }
    return readReportJson(text, file);
}


/***/ })

};
