import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Om: () => (/* binding */ LiveAuditError),
  XH: () => (/* binding */ resolveIdentity)
});

// UNUSED EXPORTS: accountFromArn

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __nccwpck_require__(9378);
;// CONCATENATED MODULE: ./src/aws/oidc.ts
/**
 * The GitHub OIDC side of assuming a role: where the ID token comes from,
 * why it may be missing, and the claims a trust policy matches. Claims are
 * decoded for messages only and never trusted.
 */
/** Says why no ID token can be had, and what to change; null when one can. */
function missingTokenProblem(context) {
    if (context.tokenRequestAvailable)
        return null;
    if (context.forkPullRequest) {
        return 'role-to-assume needs a GitHub OIDC ID token, and GitHub gives none to workflows of pull requests from forks. Run the live audit on push, schedule or workflow_dispatch, or turn it off for forks with audit-live: ${{ github.event.pull_request.head.repo.fork != true }}.';
    }
    return 'role-to-assume needs a GitHub OIDC ID token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: give the job the permission `id-token: write` (permissions: { id-token: write, contents: read }).';
}
/** Whether an event payload is a pull request from another repository. */
function isForkPullRequest(payload) {
    const pullRequest = property(payload, 'pull_request');
    if (pullRequest === undefined)
        return false;
    const head = property(property(pullRequest, 'head'), 'repo');
    const base = property(property(pullRequest, 'base'), 'repo');
    if (property(head, 'fork') === true)
        return true;
    const headName = property(head, 'full_name');
    const baseName = property(base, 'full_name');
    return (typeof headName === 'string' &&
        typeof baseName === 'string' &&
        headName !== baseName);
}
function decodeClaims(token) {
    const payload = token.split('.')[1];
    if (payload === undefined)
        return null;
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        // A token that is not a JWT cannot name its claims; the caller says so.
        return null;
    }
    const sub = property(claims, 'sub');
    const aud = property(claims, 'aud');
    return {
        sub: typeof sub === 'string' ? sub : null,
        aud: typeof aud === 'string' ? aud : Array.isArray(aud) ? aud.join(',') : null
    };
}
/** Explains a refused AssumeRoleWithWebIdentity by the claims the token carried. */
function refusedTokenProblem(roleArn, code, token) {
    const claims = decodeClaims(token);
    const carried = claims
        ? `The token's sub claim was "${claims.sub ?? '(none)'}" and its aud claim "${claims.aud ?? '(none)'}".`
        : 'The token could not be decoded to name its claims.';
    if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim') {
        return `AWS rejected the GitHub OIDC token for ${roleArn} (${code}). ${carried} Check that the account has an IAM OIDC identity provider for https://token.actions.githubusercontent.com whose audience matches the audience input.`;
    }
    return `The trust policy of ${roleArn} refused the GitHub OIDC token (${code}). ${carried} Allow that sub (or a pattern that matches it) in the trust policy's token.actions.githubusercontent.com:sub condition; repositories with immutable subject claims carry owner and repository ids, as in repo:octo-org@123456/octo-repo@789012:ref:refs/heads/main.`;
}
function property(value, key) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    return value[key];
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts
/**
 * Credentials for the live audit: a role assumed with the GitHub OIDC ID
 * token when `role-to-assume` is set, otherwise the default AWS credential
 * chain. Every secret is masked before it is first used, and every failure
 * says what to change.
 */


/** The live audit cannot start; the message says what to do. */
class LiveAuditError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LiveAuditError';
    }
}
/** Gets credentials and the account id; `region` is where STS is called. */
async function resolveIdentity(settings, region, deps) {
    if (settings.roleToAssume !== null) {
        return assumeRole(settings.roleToAssume, settings, region, deps);
    }
    let credentials;
    try {
        credentials = await deps.connector.defaultCredentials(region);
    }
    catch (error) {
        throw new LiveAuditError(`No AWS credentials were found for the live audit (${describe(error)}). In a workflow, set role-to-assume (with permissions id-token: write) or run aws-actions/configure-aws-credentials before this step; on a laptop, sign in with aws configure or aws sso login, or set AWS_PROFILE.`);
    }
    maskCredentials(credentials, deps.mask);
    try {
        const identity = await deps.connector.getCallerIdentity(region, credentials);
        deps.log.info(`Using the default AWS credential chain as ${identity.arn ?? 'an unnamed identity'}.`);
        return { credentials, accountId: identity.account };
    }
    catch (error) {
        if (error instanceof errors/* AwsCallError */.i && error.kind === 'credentials') {
            throw new LiveAuditError(`AWS rejected the credentials from the default chain (${error.code}): they are invalid or expired. Refresh them (aws sso login, new keys) or set role-to-assume.`);
        }
        deps.log.warning(`The account id is unknown, so findings will not name it: ${describe(error)}`);
        return { credentials, accountId: null };
    }
}
async function assumeRole(roleArn, settings, region, deps) {
    const problem = missingTokenProblem(deps.runContext);
    if (problem !== null || deps.idTokens === null) {
        throw new LiveAuditError(problem ??
            'role-to-assume works only inside GitHub Actions; elsewhere use the default AWS credential chain.');
    }
    let token;
    try {
        token = await deps.idTokens.getIdToken(settings.audience);
    }
    catch (error) {
        throw new LiveAuditError(`Could not get a GitHub OIDC ID token for audience ${settings.audience}: ${describe(error)}. Check that the job has permissions id-token: write.`);
    }
    deps.mask(token);
    try {
        const assumed = await deps.connector.assumeRoleWithWebIdentity(region, {
            roleArn,
            sessionName: settings.roleSessionName,
            durationSeconds: settings.roleDurationSeconds,
            webIdentityToken: token
        });
        maskCredentials(assumed.credentials, deps.mask);
        deps.log.info(`Assumed ${roleArn} as session ${settings.roleSessionName} for ${settings.roleDurationSeconds} s.`);
        return {
            credentials: assumed.credentials,
            accountId: accountFromArn(assumed.arn) ?? accountFromArn(roleArn)
        };
    }
    catch (error) {
        if (error instanceof errors/* AwsCallError */.i && isRefusal(error)) {
            throw new LiveAuditError(refusedTokenProblem(roleArn, error.code, token));
        }
        throw new LiveAuditError(`Could not assume ${roleArn}: ${describe(error)}`);
    }
}
function isRefusal(error) {
    return (error.kind === 'access-denied' ||
        error.code === 'InvalidIdentityToken' ||
        error.code === 'IDPRejectedClaim');
}
function maskCredentials(credentials, mask) {
    mask(credentials.accessKeyId);
    mask(credentials.secretAccessKey);
    if (credentials.sessionToken)
        mask(credentials.sessionToken);
}
/** The account id in an IAM or STS ARN, e.g. arn:aws:sts::123456789012:assumed-role/r/s. */
function accountFromArn(arn) {
    const account = arn?.split(':')[4];
    return account && /^\d{12}$/.test(account) ? account : null;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ AwsCallError)
/* harmony export */ });
/**
 * What went wrong in an AWS call, in terms the live audit acts on: denied,
 * throttled past the retries, not found, rejected credentials, unreachable.
 * Reads the shape of SDK errors without importing the SDK.
 */
const KINDS_BY_CODE = {
    AccessDeniedException: 'access-denied',
    AccessDenied: 'access-denied',
    ForbiddenException: 'access-denied',
    TooManyRequestsException: 'throttled',
    ThrottlingException: 'throttled',
    Throttling: 'throttled',
    NotFoundException: 'not-found',
    UnrecognizedClientException: 'credentials',
    InvalidClientTokenId: 'credentials',
    ExpiredToken: 'credentials',
    ExpiredTokenException: 'credentials',
    SignatureDoesNotMatch: 'credentials',
    CredentialsProviderError: 'credentials'
};
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EPIPE',
    'TimeoutError',
    'RequestTimeout'
]);
/** An AWS call that failed, wrapped with the operation and region. */
class AwsCallError extends Error {
    operation;
    region;
    code;
    kind;
    /** How many attempts the SDK made, retries included, when it says. */
    attempts;
    constructor(operation, region, cause) {
        const code = errorCode(cause);
        const attempts = attemptsOf(cause);
        const tries = attempts !== null && attempts > 1 ? ` after ${attempts} attempts` : '';
        super(`${operation} in ${region} failed${tries}: ${code}: ${errorText(cause)}`, {
            cause
        });
        this.name = 'AwsCallError';
        this.operation = operation;
        this.region = region;
        this.code = code;
        this.kind = classify(code, cause);
        this.attempts = attempts;
    }
}
function classify(code, cause) {
    const known = KINDS_BY_CODE[code];
    if (known)
        return known;
    if (NETWORK_CODES.has(code))
        return 'network';
    const status = statusOf(cause);
    if (status === 429)
        return 'throttled';
    if (status === 403)
        return 'access-denied';
    return 'other';
}
/** The error's code: its SDK name, a Node.js system code, or `Error`. */
function errorCode(cause) {
    if (typeof cause !== 'object' || cause === null)
        return 'Error';
    const record = cause;
    if (typeof record.code === 'string' && /^E[A-Z]+$/.test(record.code)) {
        return record.code;
    }
    if (typeof record.name === 'string' && record.name !== 'Error') {
        return record.name;
    }
    return typeof record.code === 'string' ? record.code : 'Error';
}
function errorText(cause) {
    if (cause instanceof Error && cause.message)
        return cause.message;
    if (typeof cause === 'string')
        return cause;
    return 'no message';
}
function metadataOf(cause) {
    if (typeof cause !== 'object' || cause === null)
        return null;
    const metadata = cause.$metadata;
    return typeof metadata === 'object' && metadata !== null ? metadata : null;
}
function statusOf(cause) {
    const status = metadataOf(cause)?.httpStatusCode;
    return typeof status === 'number' ? status : null;
}
function attemptsOf(cause) {
    const attempts = metadataOf(cause)?.attempts;
    return typeof attempts === 'number' ? attempts : null;
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ EXIT_CANNOT_RUN),
/* harmony export */   WV: () => (/* binding */ EXIT_FAIL),
/* harmony export */   ak: () => (/* binding */ runCli),
/* harmony export */   rc: () => (/* binding */ EXIT_PASS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(805);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6929);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3439);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(8340);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(5655);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(1711);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(8750);
/* harmony import */ var _templates_files_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(9960);
/* harmony import */ var _templates_parameters_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(2855);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(311);
/**
 * Command-line entry: `apigw-cache-check [PATH ...] [options]`.
 * Exit status: 0 pass, 1 fail, 2 the tool could not run.
 */















const EXIT_PASS = 0;
const EXIT_FAIL = 1;
const EXIT_CANNOT_RUN = 2;
const USAGE = `Usage: apigw-cache-check [PATH ...] [options]
       apigw-cache-check --live [--regions LIST|all] [PATH ...] [options]
       apigw-cache-check merge REPORT.json ... [options]

Finds API Gateway REST API stages whose response cache is not encrypted at
rest, in CloudFormation, SAM and CDK templates and in Terraform
configurations and plans. PATH defaults to the paths in
APIGW_CACHE_CHECK_PATHS, else the current directory.

Options:
  -f, --format FORMAT      text (default), markdown, json or sarif
  -o, --output FILE        write the report to FILE instead of standard output
      --fail-on LEVEL      error (default): fail on failing findings;
                           warning: also on warnings and unknowns; never
  -p, --parameters FILE    parameter values for templates (JSON or Key=Value);
                           may be given more than once
      --var-file FILE      Terraform variable values (.tfvars or .tfvars.json)
                           for every module; may be given more than once,
                           later files win
      --max-file-size SIZE skip and report larger files (default 5MiB)
      --no-color           plain text even on a terminal
      --config FILE        suppression file (default .github/apigw-cache-check.yml
                           when it exists)
      --live               also audit the stages live in AWS, with the default
                           AWS credential chain; with --live and no PATH, no
                           templates are scanned
      --regions LIST       regions for --live, such as us-east-1,eu-west-1, or
                           all (enabled for the account); default AWS_REGION
  -h, --help               show this help
  -v, --version            show the version

merge combines JSON reports into one; apigw-cache-check merge --help says more.

Exit status: 0 pass, 1 fail, 2 the tool could not run.
`;
/** Runs the command line and returns its exit status. */
async function runCli(argv, io) {
    // A directory called merge is still scanned when written as ./merge.
    if (argv[0] === 'merge') {
        const { runMerge } = await __nccwpck_require__.e(/* import() */ 844).then(__nccwpck_require__.bind(__nccwpck_require__, 3844));
        return runMerge(argv.slice(1), io);
    }
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                parameters: { type: 'string', short: 'p', multiple: true },
                'var-file': { type: 'string', multiple: true },
                'max-file-size': { type: 'string' },
                'no-color': { type: 'boolean' },
                config: { type: 'string' },
                live: { type: 'boolean' },
                regions: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' }
            }
        });
    }
    catch (error) {
        io.stderr(`apigw-cache-check: ${(0,_templates_files_js__WEBPACK_IMPORTED_MODULE_12__/* .describeError */ .Uc)(error)}\n\n${USAGE}`);
        return EXIT_CANNOT_RUN;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(USAGE);
        return EXIT_PASS;
    }
    if (values.version) {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x}\n`);
        return EXIT_PASS;
    }
    try {
        const format = (0,_report_render_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFormat */ .Xc)(values.format ?? 'text');
        const failOn = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .parseFailOn */ .XV)(values['fail-on'] ?? 'error', '--fail-on');
        const maxFileSize = values['max-file-size'] === undefined
            ? _scan_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_MAX_FILE_SIZE */ .Sj
            : (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .parseSize */ .DB)(values['max-file-size'], '--max-file-size');
        if (values.regions !== undefined && !values.live) {
            throw new _settings_js__WEBPACK_IMPORTED_MODULE_11__/* .SettingError */ .L_('--regions applies to --live; add --live');
        }
        // The AWS SDK loads only for --live: a template scan starts faster.
        const live = values.live
            ? await (await Promise.all(/* import() */[__nccwpck_require__.e(299), __nccwpck_require__.e(163)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1163))).auditLiveFromCli(values.regions, io)
            : null;
        // With --live, templates are scanned only when paths are named.
        const paths = positionals.length > 0 || live ? positionals : defaultPaths(io.env);
        const report = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .produceReport */ .N)({
            workspace: io.cwd,
            paths,
            failOn,
            maxFileSize,
            parameterFiles: values.parameters ?? [],
            varFiles: values['var-file'] ?? [],
            configFile: values.config ?? null,
            workerEntry: (0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .workerEntry */ .xA)(import.meta.url)
        }, live);
        const color = io.color && !values['no-color'] && values.output === undefined;
        const body = (0,_report_render_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReport */ .B1)(report, format, color);
        if (values.output === undefined) {
            io.stdout(body);
        }
        else {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(io.cwd, values.output), body);
            io.stdout(`Wrote the ${format} report to ${values.output}.\n${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_9__/* .verdictLine */ .M)(report)}\n`);
        }
        return report.result === 'pass' ? EXIT_PASS : EXIT_FAIL;
    }
    catch (error) {
        if (error instanceof _settings_js__WEBPACK_IMPORTED_MODULE_11__/* .SettingError */ .L_ ||
            error instanceof _aws_credentials_js__WEBPACK_IMPORTED_MODULE_5__/* .LiveAuditError */ .Om ||
            error instanceof _templates_files_js__WEBPACK_IMPORTED_MODULE_12__/* .InputPathError */ .Or ||
            error instanceof _templates_parameters_js__WEBPACK_IMPORTED_MODULE_13__/* .ParameterFileError */ ._) {
            io.stderr(`apigw-cache-check: ${error.message}\nResult: could not run\n`);
            return EXIT_CANNOT_RUN;
        }
        io.stderr(`apigw-cache-check: could not run: ${(0,_templates_files_js__WEBPACK_IMPORTED_MODULE_12__/* .describeError */ .Uc)(error)}\nResult: could not run\n`);
        return EXIT_CANNOT_RUN;
    }
}
/** Paths scanned when none are given: APIGW_CACHE_CHECK_PATHS, else the current directory. */
function defaultPaths(env) {
    const configured = (0,_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .parseList */ .E1)(env['APIGW_CACHE_CHECK_PATHS'] ?? '');
    return configured.length > 0 ? configured : ['.'];
}
function isMainModule() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(entry) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if ((0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .isScanWorker */ .WJ)()) {
    (0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_7__/* .serveScanWorker */ .XU)(_scan_js__WEBPACK_IMPORTED_MODULE_10__/* .scanFileJobs */ .A8);
}
else if (isMainModule()) {
    const color = process.stdout.isTTY === true &&
        process.env['NO_COLOR'] === undefined &&
        process.env['TERM'] !== 'dumb';
    process.exitCode = await runCli(process.argv.slice(2), {
        cwd: process.cwd(),
        stdout: text => process.stdout.write(text),
        stderr: text => process.stderr.write(text),
        color,
        env: process.env
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ isLiveError),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   W1: () => (/* binding */ emptyCounts),
/* harmony export */   _s: () => (/* binding */ decideResult),
/* harmony export */   qQ: () => (/* binding */ firstReports),
/* harmony export */   vi: () => (/* binding */ countUnreadable)
/* harmony export */ });
/* unused harmony exports UNSET, STATUS_ORDER */
/**
 * The normalised model every source produces and the rule reads: stages,
 * their method settings, three-valued flags with source locations, findings
 * and the report. Nothing here knows about GitHub, AWS or a file format.
 */
const UNSET = { state: 'unset' };
/** Whether an error is about an AWS resource of the live audit: its `file` is an ARN. */
function isLiveError(error) {
    return error.file.startsWith('arn:');
}
/**
 * A filter that lets each error through once, by file, line and message;
 * errors in `already` count as seen. A file read for several modules or
 * stacks reports its problems once.
 */
function firstReports(already = []) {
    const key = (error) => `${error.file}:${error.line}:${error.message}`;
    const seen = new Set(already.map(key));
    return error => {
        if (seen.has(key(error)))
            return false;
        seen.add(key(error));
        return true;
    };
}
/**
 * How many files and how many live AWS resources could not be read; one
 * file may have several errors (an HCL file with three syntax errors).
 */
function countUnreadable(errors) {
    const files = new Set();
    const resources = new Set();
    for (const error of errors) {
        ;
        (isLiveError(error) ? resources : files).add(error.file);
    }
    return { files: files.size, resources: resources.size };
}
const STATUS_ORDER = [
    'fail',
    'warning',
    'unknown',
    'suppressed',
    'pass'
];
/** Sorts most severe first, then by file, line and method. */
function compareFindings(a, b) {
    const bySeverity = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
    if (bySeverity !== 0)
        return bySeverity;
    const byFile = (a.file ?? a.region ?? '').localeCompare(b.file ?? b.region ?? '');
    if (byFile !== 0)
        return byFile;
    const byLine = (a.line ?? 0) - (b.line ?? 0);
    if (byLine !== 0)
        return byLine;
    return `${a.resourcePath} ${a.httpMethod}`.localeCompare(`${b.resourcePath} ${b.httpMethod}`);
}
function emptyCounts() {
    return { fail: 0, warning: 0, unknown: 0, pass: 0, suppressed: 0 };
}
/** The verdict under `fail-on`; unreadable inputs block like unknowns. */
function decideResult(counts, errors, failOn) {
    switch (failOn) {
        case 'never':
            return 'pass';
        case 'error':
            return counts.fail > 0 || errors > 0 ? 'fail' : 'pass';
        case 'warning':
            return counts.fail + counts.warning + counts.unknown + errors > 0
                ? 'fail'
                : 'pass';
    }
}


/***/ }),

/***/ 6929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ produceReport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/baseline.ts
/**
 * New versus existing: a finding of the pull request's head is existing when
 * the same scan of the base commit has a finding with the same fingerprint
 * (rule, file, resource, stage, path and method, never the line, so moved
 * lines stay existing) and the same status. A different status is news: an
 * unknown that became a fail is something the pull request did.
 */

/** Returns the head findings with `new` set; `renames` maps base paths to head paths. */
function markNewFindings(head, base, renames = new Map()) {
    // A count per key, so that a second identical finding on the head is new.
    const remaining = new Map();
    for (const finding of base) {
        const file = finding.file === null ? null : (renames.get(finding.file) ?? finding.file);
        const key = comparisonKey({ ...finding, file });
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    return head.map(finding => {
        // Live stages have no base commit to compare with.
        if (finding.origin === 'live')
            return finding;
        const key = comparisonKey(finding);
        const left = remaining.get(key) ?? 0;
        if (left > 0)
            remaining.set(key, left - 1);
        return { ...finding, new: left === 0 };
    });
}
function comparisonKey(finding) {
    return `${finding.status} ${(0,sarif/* findingFingerprint */.ix)(finding)}`;
}

// EXTERNAL MODULE: ./src/report/report.ts
var report = __nccwpck_require__(8850);
// EXTERNAL MODULE: ./src/scan.ts + 36 modules
var scan = __nccwpck_require__(1711);
;// CONCATENATED MODULE: ./src/suppressions/entry.ts
const RULES = [
    'cache-unencrypted',
    'cache-cluster-unencrypted'
];
/**
 * Checks the shared fields; problems become errors at `file:line`, because
 * an unusable suppression must not pass silently.
 */
function checkSuppression(raw, file, line, form) {
    const errors = [];
    const fail = (message) => errors.push({ file, line, message: `${form}: ${message}` });
    const reason = typeof raw.reason === 'string' ? raw.reason.trim() : '';
    if (reason === '') {
        fail('a suppression needs a reason, for example reason="public data"; it was not applied');
    }
    let until = null;
    if (raw.until !== undefined && raw.until !== null) {
        until = typeof raw.until === 'string' ? validDate(raw.until) : null;
        if (until === null) {
            fail(`until must be a date written YYYY-MM-DD; got "${String(raw.until)}"; the suppression was not applied`);
        }
    }
    let rule = null;
    if (raw.rule !== undefined && raw.rule !== null) {
        rule = RULES.find(id => id === raw.rule) ?? null;
        if (rule === null) {
            fail(`rule must be one of ${RULES.join(', ')}; got "${String(raw.rule)}"; the suppression was not applied`);
        }
    }
    if (errors.length > 0)
        return { suppression: null, errors };
    const origin = line === null ? file : `${file}:${line}`;
    return { suppression: { reason, until, rule, origin }, errors };
}
/** True once the day after `until` has begun. */
function isExpired(suppression, today) {
    return suppression.until !== null && suppression.until < today;
}
/** Accepts a real calendar date written `YYYY-MM-DD`. */
function validDate(raw) {
    const text = raw.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return null;
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime()))
        return null;
    return date.toISOString().slice(0, 10) === text ? text : null;
}

// EXTERNAL MODULE: ./src/templates/document.ts
var templates_document = __nccwpck_require__(4554);
// EXTERNAL MODULE: ./src/templates/yaml-document.ts + 2 modules
var yaml_document = __nccwpck_require__(6557);
;// CONCATENATED MODULE: ./src/suppressions/config.ts
/**
 * The repository's suppression file, `.github/apigw-cache-check.yml` by
 * default. It is the one form that reaches live stages:
 *
 *     ignore:
 *       - reason: legacy API, retired in Q3 (OPS-123)
 *         until: 2027-03-31
 *         arn: arn:aws:apigateway:eu-west-1::/restapis/a1b2c3/stages/prod
 *       - reason: public price list
 *         file: infra/catalog/*.yaml
 *         method: GET /prices
 *
 * Each entry needs a reason and at least one selector; every selector given
 * must match. `*` matches within a path segment, `**` across segments.
 */



const DEFAULT_CONFIG_FILE = '.github/apigw-cache-check.yml';
const SELECTORS = ['file', 'resource', 'stage', 'method', 'arn'];
const ENTRY_FIELDS = new Set(['reason', 'until', 'rule', ...SELECTORS]);
/** Parses the file's text; problems are errors at their line, never thrown. */
function parseSuppressionConfig(text, file) {
    const config = { suppressions: [], errors: [] };
    const fail = (line, message) => config.errors.push({ file, line, message: `suppression file: ${message}` });
    let document;
    try {
        document = (0,yaml_document/* readYaml */.g)(text, file)[0];
    }
    catch (error) {
        fail(null, `cannot be read as YAML: ${error instanceof Error ? error.message : String(error)}`);
        return config;
    }
    if (!document || document.value === null)
        return config;
    const root = document.value;
    if (!(0,templates_document/* isMap */.jh)(root)) {
        fail(1, 'expected a mapping with an "ignore" list');
        return config;
    }
    for (const key of Object.keys(root)) {
        if (key !== 'ignore')
            fail(document.locate([key])?.line ?? null, `unknown key "${key}"; the file holds an "ignore" list`);
    }
    const ignore = (0,templates_document/* field */.ZZ)(root, 'ignore');
    if (ignore === undefined || ignore === null)
        return config;
    if (!Array.isArray(ignore)) {
        fail(document.locate(['ignore'])?.line ?? null, '"ignore" must be a list of entries');
        return config;
    }
    ignore.forEach((entry, index) => {
        const line = document.locate(['ignore', index])?.line ?? null;
        if (!(0,templates_document/* isMap */.jh)(entry)) {
            fail(line, 'each entry must be a mapping with a reason and a selector; it was not applied');
            return;
        }
        const unknown = Object.keys(entry).find(key => !ENTRY_FIELDS.has(key));
        if (unknown !== undefined) {
            fail(line, `unknown field "${unknown}"; the fields are reason, until, rule, ${SELECTORS.join(', ')}; the entry was not applied`);
            return;
        }
        const selectors = {};
        for (const name of SELECTORS) {
            const value = (0,templates_document/* field */.ZZ)(entry, name);
            if (value === undefined || value === null)
                continue;
            if (typeof value !== 'string' || value.trim() === '') {
                fail(line, `${name} must be a non-empty text; the entry was not applied`);
                return;
            }
            selectors[name] = globPattern(value.trim());
        }
        if (Object.keys(selectors).length === 0) {
            fail(line, `an entry needs at least one of ${SELECTORS.join(', ')}, so that it cannot silence everything by accident; it was not applied`);
            return;
        }
        const checked = checkSuppression(entry, file, line, 'suppression file');
        config.errors.push(...checked.errors);
        if (checked.suppression)
            config.suppressions.push({ ...checked.suppression, selectors });
    });
    return config;
}
/** True when every selector of the entry matches the finding. */
function selects(entry, finding) {
    const values = {
        file: finding.file,
        resource: finding.resource,
        stage: finding.stage,
        method: `${finding.httpMethod} ${finding.resourcePath}`,
        arn: liveStageArn(finding)
    };
    return SELECTORS.every(name => {
        const pattern = entry.selectors[name];
        if (!pattern)
            return true;
        const value = values[name];
        return value !== null && pattern.test(value);
    });
}
/** The ARN of a live finding's stage, as IAM policies write it. */
function liveStageArn(finding) {
    if (finding.origin !== 'live' || !finding.region || !finding.restApiId)
        return null;
    return `arn:aws:apigateway:${finding.region}::/restapis/${finding.restApiId}/stages/${finding.stage ?? ''}`;
}
/** `**` spans segments, `*` stays inside one, `?` is one character. */
function globPattern(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob.charAt(i);
        if (char === '*' && glob.charAt(i + 1) === '*') {
            source += '.*';
            i++;
        }
        else if (char === '*') {
            source += '[^/]*';
        }
        else if (char === '?') {
            source += '[^/]';
        }
        else {
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`);
}

;// CONCATENATED MODULE: ./src/suppressions/inline.ts
/**
 * Suppressions written as comments in YAML and HCL, on the finding's line or
 * in the comment lines directly above it:
 *
 *     # apigw-cache-check:ignore reason="public price list" until=2027-03-31
 *
 * `reason` is required; `until` (a date) and `rule` are optional. HCL may
 * use `//` instead of `#`.
 */

const DIRECTIVE = /(?:^|\s)(?:#|\/\/)\s*apigw-cache-check:ignore\b(.*)$/;
const COMMENT_LINE = /^\s*(?:#|\/\/)/;
const FIELD = /^([A-Za-z_-]+)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']\S*)/;
const KNOWN_FIELDS = new Set(['reason', 'until', 'rule']);
/** Reads the directives that apply to 1-based `line` of a file. */
function inlineSuppressions(lines, line, file) {
    const result = { suppressions: [], errors: [] };
    const read = (index) => {
        const match = DIRECTIVE.exec(lines[index] ?? '');
        if (!match)
            return;
        const checked = readDirective(match[1] ?? '', file, index + 1);
        result.errors.push(...checked.errors);
        if (checked.suppression)
            result.suppressions.push(checked.suppression);
    };
    read(line - 1);
    // A blank line or code ends the comment block that belongs to the line.
    for (let index = line - 2; index >= 0; index--) {
        if (!COMMENT_LINE.test(lines[index] ?? ''))
            break;
        read(index);
    }
    return result;
}
function readDirective(text, file, line) {
    const fields = {};
    let rest = text.trim();
    while (rest !== '') {
        const match = FIELD.exec(rest);
        if (!match) {
            return problem(file, line, `cannot read "${rest}"; write key="value" pairs such as reason="public data" until=2027-03-31`);
        }
        const [whole, key = '', value = ''] = match;
        if (!KNOWN_FIELDS.has(key)) {
            return problem(file, line, `unknown field "${key}"; the fields are reason, until and rule`);
        }
        fields[key] = unquote(value);
        rest = rest.slice(whole.length).trim();
    }
    return checkSuppression(fields, file, line, 'inline suppression');
}
function unquote(value) {
    if (value.startsWith('"'))
        return value.slice(1, -1).replace(/\\(.)/g, '$1');
    if (value.startsWith("'"))
        return value.slice(1, -1);
    return value;
}
function problem(file, line, message) {
    return {
        suppression: null,
        errors: [
            {
                file,
                line,
                message: `inline suppression: ${message}; it was not applied`
            }
        ]
    };
}

// EXTERNAL MODULE: ./src/templates/json-document.ts
var json_document = __nccwpck_require__(8659);
;// CONCATENATED MODULE: ./src/suppressions/metadata.ts
/**
 * Suppressions in CloudFormation resource metadata, on the resource that
 * defines the stage (`AWS::ApiGateway::Stage`, the `Deployment` that creates
 * it, or `AWS::Serverless::Api`):
 *
 *     Metadata:
 *       apigw-cache-check:
 *         ignore:
 *           - reason: public price list
 *             until: 2027-03-31
 *             rule: cache-unencrypted
 *
 * `ignore` may also be a single mapping instead of a list.
 */




const METADATA_KEY = 'apigw-cache-check';
const metadata_ENTRY_FIELDS = new Set(['reason', 'until', 'rule']);
/** The suppressions that the metadata of resource `name` carries. */
function resourceSuppressions(read, resource) {
    // In a nested stack the resource is named `OrdersStack/ProdStage`.
    const name = resource.slice(resource.lastIndexOf('/') + 1);
    const own = read.byResource.get(name);
    if (own)
        return own;
    if (read.written.has(name))
        return [];
    // A resource a loop makes: its id is the loop's, identifiers filled in.
    for (const [written, suppressions] of read.byResource) {
        const parts = loopIdParts(written);
        if (parts && matchesLoopId(parts, name))
            return suppressions;
    }
    return [];
}
/**
 * The literal parts of a loop's logical id around its identifiers
 * (`Stage${Env}` is `Stage` and ``), or null for an id written out in full.
 */
function loopIdParts(written) {
    const parts = written.split(/[$&]\{[^}]*\}/);
    return parts.length === 1 ? null : parts;
}
/**
 * Whether `name` is the id `parts` make with the identifiers filled in. A
 * glob match with leftmost literals, linear in the name, so a hostile
 * template cannot make it backtrack.
 */
function matchesLoopId(parts, name) {
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (!name.startsWith(first))
        return false;
    let at = first.length;
    for (const middle of parts.slice(1, -1)) {
        const found = name.indexOf(middle, at);
        if (found < 0)
            return false;
        at = found + middle.length;
    }
    return name.length - last.length >= at && name.endsWith(last);
}
/** Reads every resource's suppressions from a template's text. */
function metadataSuppressions(text, file) {
    const result = {
        byResource: new Map(),
        written: new Set(),
        errors: []
    };
    if (!text.includes(METADATA_KEY))
        return result;
    let documents;
    try {
        documents = isJson(text, file)
            ? [(0,json_document/* readJson */.V)(text, file)]
            : (0,yaml_document/* readYaml */.g)(text, file);
    }
    catch {
        // The scan already reported why this file cannot be read.
        return result;
    }
    for (const document of documents)
        readDocument(document, file, result);
    return result;
}
function readDocument(document, file, result) {
    if (!(0,templates_document/* isMap */.jh)(document.value))
        return;
    const resources = (0,templates_document/* field */.ZZ)(document.value, 'Resources');
    if ((0,templates_document/* isMap */.jh)(resources)) {
        readResources(document, resources, ['Resources'], file, result);
    }
    // A Serverless service writes its CloudFormation under `resources`.
    const service = (0,templates_document/* field */.ZZ)(document.value, 'resources');
    const serviceResources = (0,templates_document/* isMap */.jh)(service)
        ? (0,templates_document/* field */.ZZ)(service, 'Resources')
        : undefined;
    if ((0,templates_document/* isMap */.jh)(serviceResources)) {
        const at = ['resources', 'Resources'];
        readResources(document, serviceResources, at, file, result);
    }
}
function readResources(document, resources, resourcesPath, file, result) {
    for (const name of Object.keys(resources)) {
        const resource = resources[name];
        if (name.startsWith('Fn::ForEach::') && Array.isArray(resource)) {
            const template = resource[2];
            if ((0,templates_document/* isMap */.jh)(template)) {
                const at = [...resourcesPath, name, 2];
                readResources(document, template, at, file, result);
            }
            continue;
        }
        if (loopIdParts(name) === null)
            result.written.add(name);
        const metadata = (0,templates_document/* isMap */.jh)(resource) ? (0,templates_document/* field */.ZZ)(resource, 'Metadata') : undefined;
        const own = (0,templates_document/* isMap */.jh)(metadata) ? (0,templates_document/* field */.ZZ)(metadata, METADATA_KEY) : undefined;
        if (own === undefined)
            continue;
        const path = [...resourcesPath, name, 'Metadata', METADATA_KEY];
        const at = (...more) => document.locate([...path, ...more])?.line ?? null;
        const ignore = (0,templates_document/* isMap */.jh)(own) ? (0,templates_document/* field */.ZZ)(own, 'ignore') : undefined;
        if (ignore === undefined) {
            result.errors.push({
                file,
                line: at(),
                message: `${METADATA_KEY} metadata of ${name}: expected an "ignore" list of {reason, until} entries; nothing was suppressed`
            });
            continue;
        }
        const entries = Array.isArray(ignore) ? ignore : [ignore];
        const suppressions = [];
        entries.forEach((entry, index) => {
            const line = at('ignore', ...(Array.isArray(ignore) ? [index] : []));
            const form = `${METADATA_KEY} metadata of ${name}`;
            if (!(0,templates_document/* isMap */.jh)(entry)) {
                result.errors.push({
                    file,
                    line,
                    message: `${form}: each ignore entry must be a mapping with a reason; it was not applied`
                });
                return;
            }
            const unknown = Object.keys(entry).filter(key => !metadata_ENTRY_FIELDS.has(key));
            if (unknown.length > 0) {
                result.errors.push({
                    file,
                    line,
                    message: `${form}: unknown field "${unknown[0]}"; the fields are reason, until and rule; it was not applied`
                });
                return;
            }
            const checked = checkSuppression(entry, file, line, form);
            result.errors.push(...checked.errors);
            if (checked.suppression)
                suppressions.push(checked.suppression);
        });
        result.byResource.set(name, suppressions);
    }
}
function isJson(text, file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return true;
    return /^\s*\{/.test(text) && !/\.ya?ml$/.test(lower);
}

;// CONCATENATED MODULE: ./src/suppressions.ts
/**
 * Applies the repository's accepted risks to a scan: a failing or warning
 * finding covered by a suppression that has not expired becomes
 * `suppressed`, with its reason. Inline comments are looked at first, then
 * the resource's metadata, then the suppression file. An expired
 * suppression leaves the finding as it was and its message says so.
 * Pure: file texts and today's date come from the caller.
 */




const METADATA_FORMATS = new Set(['cloudformation', 'sam', 'cdk']);
/** Returns the findings with suppressions applied; the input is not changed. */
function applySuppressions(findings, sources) {
    const errors = new Map();
    const addErrors = (list) => {
        for (const error of list) {
            errors.set(`${error.file}\n${error.line}\n${error.message}`, error);
        }
    };
    addErrors(sources.config?.errors ?? []);
    const metadata = new Map();
    const candidatesFor = (finding) => {
        const candidates = [];
        const text = finding.file === null ? undefined : sources.texts.get(finding.file);
        if (finding.file !== null && text !== undefined) {
            if (finding.line !== null) {
                const inline = inlineSuppressions(text.split(/\r?\n/), finding.line, finding.file);
                addErrors(inline.errors);
                candidates.push(...inline.suppressions);
            }
            if (METADATA_FORMATS.has(finding.format)) {
                let read = metadata.get(finding.file);
                if (!read) {
                    read = metadataSuppressions(text, finding.file);
                    metadata.set(finding.file, read);
                    addErrors(read.errors);
                }
                candidates.push(...resourceSuppressions(read, finding.resource));
            }
        }
        for (const entry of sources.config?.suppressions ?? []) {
            if (selects(entry, finding))
                candidates.push(entry);
        }
        return candidates.filter(s => s.rule === null || s.rule === finding.rule);
    };
    const result = findings.map(finding => {
        if (finding.status !== 'fail' && finding.status !== 'warning')
            return finding;
        const candidates = candidatesFor(finding);
        const active = candidates.find(s => !isExpired(s, sources.today));
        if (active) {
            return {
                ...finding,
                status: 'suppressed',
                suppression: { reason: active.reason, until: active.until }
            };
        }
        const expired = candidates[0];
        if (!expired)
            return finding;
        return {
            ...finding,
            message: `${finding.message} The suppression at ${expired.origin} ("${expired.reason}") expired on ${expired.until ?? ''} and no longer applies.`
        };
    });
    return { findings: result, errors: [...errors.values()] };
}

// EXTERNAL MODULE: ./src/settings.ts
var settings = __nccwpck_require__(8750);
// EXTERNAL MODULE: ./src/templates/files.ts
var templates_files = __nccwpck_require__(9960);
// EXTERNAL MODULE: ./src/templates/read-text.ts
var read_text = __nccwpck_require__(6603);
;// CONCATENATED MODULE: ./src/suppressions/sources.ts
/**
 * Reads what the suppression pass needs from disk: the suppression file and
 * the texts of the templates that have failing or warning findings.
 */






/** Loads the suppression file and template texts. Throws SettingError for a named file that is missing. */
async function loadSuppressionSources(findings, options) {
    const texts = new Map();
    const files = new Set(findings
        .filter(f => f.status === 'fail' || f.status === 'warning')
        .flatMap(f => f.origin === 'template' && f.file !== null ? [f.file] : []));
    for (const file of files) {
        const read = await (0,read_text/* readTextFile */.G)(external_node_path_default().resolve(options.workspace, file), options.maxFileSize);
        // Unreadable files were reported by the scan; they simply carry no comments.
        if (read.ok)
            texts.set(file, read.text);
    }
    return { texts, config: await readConfig(options), today: options.today };
}
async function readConfig(options) {
    const named = options.configFile !== null;
    const absolute = external_node_path_default().resolve(options.workspace, options.configFile ?? DEFAULT_CONFIG_FILE);
    if (!named && !(await exists(absolute)))
        return null;
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (error) {
        throw new settings/* SettingError */.L_(`suppression file "${options.configFile ?? DEFAULT_CONFIG_FILE}" cannot be read: ${(0,templates_files/* describeError */.Uc)(error)}`);
    }
    return parseSuppressionConfig(text, (0,templates_files/* displayPath */.Gt)(options.workspace, absolute));
}
async function exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/templates/parameters.ts
var templates_parameters = __nccwpck_require__(2855);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * One scan from settings to report, shared by the action and the command
 * line. Reads the parameter files it is given; everything else is in scan.ts.
 */










/**
 * Scans and reports, adding the findings of a live audit when there is one.
 * Throws for unusable settings (missing paths, bad parameter files).
 */
async function produceReport(settings, live = null) {
    const parameters = await readParameterFiles(settings.workspace, settings.parameterFiles);
    const varFiles = settings.varFiles ?? [];
    const result = await (0,scan/* scanPaths */.MX)({
        workspace: settings.workspace,
        paths: settings.paths,
        maxFileSize: settings.maxFileSize,
        parameters,
        varFiles,
        workerEntry: settings.workerEntry ?? null
    });
    let findings = result.findings;
    // New versus existing
    if (settings.baseline) {
        const base = await (0,scan/* scanPaths */.MX)({
            workspace: settings.baseline.root,
            paths: settings.baseline.paths,
            maxFileSize: settings.maxFileSize,
            parameters,
            // The head's var files, so both sides see the same values.
            varFiles: varFiles.map(file => external_node_path_default().resolve(settings.workspace, file)),
            workerEntry: settings.workerEntry ?? null
        });
        findings = markNewFindings(findings, base.findings, settings.baseline.renames);
    }
    // Live stages are never on the base branch, so they join after it.
    if (live)
        findings = [...findings, ...live.findings];
    // Suppressions
    const sources = await loadSuppressionSources(findings, {
        workspace: settings.workspace,
        configFile: settings.configFile ?? null,
        maxFileSize: settings.maxFileSize,
        today: settings.today ?? new Date().toISOString().slice(0, 10)
    });
    const suppressed = applySuppressions(findings, sources);
    return (0,report/* createReport */.LU)({
        findings: suppressed.findings,
        errors: [...result.errors, ...(live?.errors ?? []), ...suppressed.errors],
        files: result.files,
        stages: result.stages + (live?.stages ?? 0),
        regions: live?.regions ?? [],
        regionsNotAudited: live?.regionsNotAudited ?? [],
        regionsSkipped: live?.regionsSkipped ?? [],
        failOn: settings.failOn,
        version: version/* VERSION */.x,
        onlyNew: settings.onlyNew ?? false
    });
}
/** Later files win over earlier ones for the same parameter. */
async function readParameterFiles(workspace, files) {
    const parameters = new Map();
    for (const file of files) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file), 'utf8');
        }
        catch (error) {
            throw new templates_parameters/* ParameterFileError */._(file, `cannot be read: ${(0,templates_files/* describeError */.Uc)(error)}`);
        }
        for (const [key, value] of (0,templates_parameters/* parseParameterFile */.d)(text, file)) {
            parameters.set(key, value);
        }
    }
    return parameters;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   TA: () => (/* binding */ pathToUri),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   nb: () => (/* binding */ showControl)
/* harmony export */ });
/**
 * Escaping for strings that come from scanned repositories and accounts:
 * file names, resource and stage names, API names and messages built from
 * them. A hostile value must not change the layout of a comment, ping a user
 * or move a terminal cursor.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const ANSI_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?/g;
const LINE_BREAK = /\r\n|[\n\r\t\v\f\u2028\u2029]/g;
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/** Removes ANSI escape sequences and control characters; line breaks and tabs become spaces. */
function stripControl(text) {
    return text
        .replace(ANSI_SEQUENCE, '')
        .replace(LINE_BREAK, ' ')
        .replace(CONTROL, '');
}
/** Replaces control characters with visible escapes such as `\x1b`, for terminals. */
function showControl(text) {
    return text.replace(CONTROL, char => {
        const code = char.charCodeAt(0);
        if (char === '\n')
            return '\\n';
        if (char === '\r')
            return '\\r';
        if (char === '\t')
            return '\\t';
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
// Characters that start inline Markdown constructs anywhere in a line:
// emphasis, code, links and images, strikethrough and GitHub's `$` math.
const INLINE_PUNCTUATION = new Set([
    '\\',
    '`',
    '*',
    '_',
    '[',
    ']',
    '(',
    ')',
    '!',
    '~',
    '$'
]);
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;'
};
// GitHub turns `@name` into a notification and `#12` or `owner/repo#12` into
// a cross-reference after rendering, so backslash escapes do not stop them; a
// zero-width joiner between the sign and the name does.
const ZERO_WIDTH_JOINER = '\u200d';
// A list item or heading underline when the text starts a line; `1)` is
// already escaped as inline punctuation.
const BLOCK_MARKER = /^[-+=]/;
const NUMBERED_ITEM = /^(\d+)\./;
/** Escapes text for inline use in GitHub Markdown: no formatting, HTML, mentions or references survive. */
function escapeMarkdown(text) {
    return escapeInline(text, false);
}
/** Like escapeMarkdown, and also escapes pipes so the text stays in one table cell. */
function escapeTableCell(text) {
    return escapeInline(text, true);
}
function escapeInline(text, inTable) {
    const clean = stripControl(text);
    let out = '';
    for (const char of clean) {
        if (INLINE_PUNCTUATION.has(char) || (inTable && char === '|')) {
            out += `\\${char}`;
        }
        else if (char === '@' || char === '#') {
            out += char + ZERO_WIDTH_JOINER;
        }
        else {
            out += ENTITIES[char] ?? char;
        }
    }
    return out.replace(BLOCK_MARKER, '\\$&').replace(NUMBERED_ITEM, '$1\\.');
}
/**
 * Turns a repository-relative path into a relative URI: forward slashes, each
 * segment percent-encoded, including the characters that end a Markdown link.
 */
function pathToUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(?:\.\/)+/, '')
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/[()!*']/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}


/***/ }),

/***/ 8340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Xc: () => (/* binding */ parseFormat),
  B1: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: REPORT_FORMATS

// EXTERNAL MODULE: ./src/settings.ts
var settings = __nccwpck_require__(8750);
;// CONCATENATED MODULE: ./src/report/json.ts
/** Renders the report as pretty-printed JSON with a trailing newline. */
function renderJson(report) {
    const coverage = {
        files: report.coverage.files,
        stages: report.coverage.stages,
        regions: [...report.coverage.regions],
        regionsNotAudited: [...report.coverage.regionsNotAudited]
    };
    // An extension: present only when a listed region was not enabled.
    if (report.coverage.regionsSkipped?.length) {
        coverage.regionsSkipped = [...report.coverage.regionsSkipped];
    }
    const document = {
        schemaVersion: report.schemaVersion,
        tool: { name: report.tool.name, version: report.tool.version },
        result: report.result,
        counts: {
            fail: report.counts.fail,
            warning: report.counts.warning,
            unknown: report.counts.unknown,
            pass: report.counts.pass,
            suppressed: report.counts.suppressed
        },
        findings: report.findings.map(findingJson),
        errors: report.errors.map(errorJson),
        coverage
    };
    return `${JSON.stringify(document, null, 2)}\n`;
}
function findingJson(finding) {
    const json = {
        status: finding.status,
        origin: finding.origin,
        format: finding.format,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        resource: finding.resource,
        stage: finding.stage,
        resourcePath: finding.resourcePath,
        httpMethod: finding.httpMethod
    };
    if (finding.origin === 'live') {
        json.region = finding.region ?? null;
        json.accountId = finding.accountId ?? null;
        json.restApiId = finding.restApiId ?? null;
        json.restApiName = finding.restApiName ?? null;
    }
    json.message = finding.message;
    json.fix = finding.fix;
    json.new = finding.new;
    // Extensions beyond the contract: consumers ignore keys they do not know.
    json.rule = finding.rule;
    if (finding.constructPath !== undefined) {
        json.constructPath = finding.constructPath;
    }
    if (finding.origin === 'live') {
        json.cacheClusterEnabled = finding.cacheClusterEnabled ?? null;
        json.consoleUrl = finding.consoleUrl ?? null;
        json.stackName = finding.stackName ?? null;
        json.logicalId = finding.logicalId ?? null;
    }
    if (finding.suppression) {
        json.suppression = {
            reason: finding.suppression.reason,
            until: finding.suppression.until
        };
    }
    return json;
}
function errorJson(error) {
    return { file: error.file, line: error.line, message: error.message };
}

// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/report/markdown-cells.ts

// One hostile value must not be able to fill the body on its own.
const MAX_CELL_LENGTH = 1000;
const ICONS = {
    fail: '❌',
    warning: '⚠️',
    unknown: '❔',
    suppressed: '🔕',
    pass: '✅'
};
/** Joins cells that are already Markdown into a table row. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** Escapes a value for a table cell and clips it to a bounded length. */
function cell(text) {
    const clipped = text.length > MAX_CELL_LENGTH
        ? `${text.slice(0, MAX_CELL_LENGTH).replace(/[\ud800-\udbff]$/, '')}…`
        : text;
    return (0,report_escape/* escapeTableCell */.aL)(clipped);
}
/** A shell command as a code span in a table cell, so it is copied as written. */
function commandCell(command) {
    const text = (0,report_escape/* stripControl */.kU)(command).slice(0, MAX_CELL_LENGTH);
    // A code span is closed by a backtick run as long as its fence.
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
    return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}
/** The status with its icon, and whether the finding is new in the pull request. */
function statusCell(finding) {
    const label = `${ICONS[finding.status]} ${finding.status}`;
    if (finding.new === null)
        return label;
    return `${label} (${finding.new ? 'new' : 'existing'})`;
}
/** Where a finding is: file and line for templates, region and API for live stages. */
function locationCell(finding, linkBase) {
    if (finding.origin === 'live' || finding.file === null) {
        const where = [finding.region, apiLabel(finding)].filter(Boolean);
        return cell(where.join(' ') || '–');
    }
    return fileLink(finding.file, finding.line, finding.column, linkBase);
}
/** `file:line[:column]`, linked to linkBase when it is set. */
function fileLink(file, line, column, linkBase) {
    const position = [line, column].filter(n => n !== null).join(':');
    const text = cell(position ? `${file}:${position}` : file);
    if (linkBase === null)
        return text;
    const anchor = line !== null ? `#L${line}` : '';
    return `[${text}](${urlBase(linkBase)}${(0,report_escape/* pathToUri */.TA)(file)}${anchor})`;
}
/** A live finding's API as `name (id)`, or its id alone. */
function apiLabel(finding) {
    const id = finding.restApiId ?? '';
    return finding.restApiName ? `${finding.restApiName} (${id})` : id;
}
/**
 * A live finding's API linked to its console page, with the CloudFormation
 * stack and logical id that deployed the stage when its tags name them.
 */
function liveApiCell(finding) {
    const label = cell(apiLabel(finding) || '–');
    const linked = finding.consoleUrl
        ? `[${label}](${safeUrl(finding.consoleUrl)})`
        : label;
    if (!finding.stackName)
        return linked;
    const stack = finding.logicalId
        ? `${finding.stackName} / ${finding.logicalId}`
        : finding.stackName;
    return `${linked}<br>stack ${cell(stack)}`;
}
/** The method and path of a finding, or `stage-wide` for the `*` `*` entry. */
function operation(finding) {
    if (finding.resourcePath === '*' && finding.httpMethod === '*') {
        return 'stage-wide';
    }
    return `${finding.httpMethod} ${finding.resourcePath}`;
}
// The base comes from the caller, but a space or parenthesis in it would
// still end the link destination early.
function urlBase(base) {
    const safe = safeUrl(base);
    return safe.endsWith('/') ? safe : `${safe}/`;
}
function safeUrl(url) {
    return url.replace(/[\s()<>|]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The Markdown report for pull-request comments and job summaries. Every
 * string that comes from a repository or an account is escaped, and the body
 * stays under a length cap by dropping the least severe rows visibly.
 */



const DEFAULT_MAX_LENGTH = 65000;
/** Renders the report as GitHub-flavoured Markdown no longer than maxLength. */
function renderMarkdown(report, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const pointer = options.summaryPointer ?? 'see the job summary';
    const notes = options.notes ?? [];
    // Rows are kept in this order, most important first: failures, inputs that
    // could not be read, then the other findings from most to least severe.
    // Ranks go by position because merged reports can repeat an object.
    const fails = report.findings.filter(f => f.status === 'fail').length;
    const total = report.findings.length + report.errors.length;
    let nextFail = 0;
    let nextOther = fails + report.errors.length;
    const ranks = {
        finding: report.findings.map(finding => finding.status === 'fail' ? nextFail++ : nextOther++),
        error: report.errors.map((_, index) => fails + index)
    };
    const sections = buildSections(report, options.linkBase ?? null, ranks);
    const render = (keep) => {
        const errors = ranks.error.filter(rank => rank >= keep).length;
        const omitted = { findings: total - keep - errors, errors };
        return renderBody(report, sections, keep, omitted, pointer, notes);
    };
    const full = render(total);
    if (full.length <= maxLength)
        return full;
    // Each kept row makes the body longer, so the longest body that fits is
    // found by bisection over the number of rows kept.
    let low = 0;
    let high = total - 1;
    if (render(low).length > maxLength)
        return cut(render(low), maxLength);
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (render(middle).length <= maxLength)
            low = middle;
        else
            high = middle - 1;
    }
    return render(low);
}
function buildSections(report, linkBase, ranks) {
    const rows = (keepIf, cells) => {
        const kept = [];
        report.findings.forEach((finding, index) => {
            if (!keepIf(finding))
                return;
            const rank = ranks.finding[index] ?? 0;
            kept.push({ rank, markdown: tableRow(cells(finding)) });
        });
        return kept;
    };
    const needsAttention = (finding) => finding.status !== 'pass' && finding.status !== 'suppressed';
    const templates = rows(finding => needsAttention(finding) && finding.origin !== 'live', finding => [
        statusCell(finding),
        locationCell(finding, linkBase),
        cell(finding.resource),
        cell(finding.stage ?? '–'),
        cell(operation(finding)),
        cell(finding.message),
        cell(finding.fix)
    ]);
    const live = rows(finding => needsAttention(finding) && finding.origin === 'live', finding => [
        statusCell(finding),
        cell(finding.region ?? '–'),
        cell(finding.accountId ?? '–'),
        liveApiCell(finding),
        cell(finding.stage ?? '–'),
        cell(operation(finding)),
        cell(finding.message),
        commandCell(finding.fix)
    ]);
    const errors = report.errors.map((error, index) => ({
        rank: ranks.error[index] ?? 0,
        markdown: tableRow([
            // Live audit errors name an ARN, which no blob URL can show.
            (0,model/* isLiveError */.Bl)(error)
                ? cell(error.file)
                : fileLink(error.file, error.line, null, linkBase),
            cell(error.message)
        ])
    }));
    const suppressed = rows(finding => finding.status === 'suppressed', finding => [
        locationCell(finding, linkBase),
        cell(finding.resource),
        cell(finding.stage ?? '–'),
        cell(operation(finding)),
        cell(finding.suppression?.reason ?? '–'),
        cell(finding.suppression?.until ?? '–')
    ]);
    const passes = rows(finding => finding.status === 'pass', finding => [
        locationCell(finding, linkBase),
        cell(finding.resource),
        cell(finding.stage ?? '–'),
        cell(operation(finding))
    ]);
    const message = ['Message', 'Fix'];
    return [
        {
            title: 'Findings in templates',
            header: ['Status', 'Location', 'Resource', 'Stage', 'Method', ...message],
            rows: templates,
            folded: false
        },
        {
            title: 'Findings in live stages',
            header: [
                'Status',
                'Region',
                'Account',
                'API',
                'Stage',
                'Method',
                ...message
            ],
            rows: live,
            folded: false
        },
        {
            title: 'Could not be read',
            header: ['Location', 'Problem'],
            rows: errors,
            folded: false
        },
        {
            title: `${ICONS.suppressed} Accepted (suppressed)`,
            header: ['Location', 'Resource', 'Stage', 'Method', 'Reason', 'Until'],
            rows: suppressed,
            folded: false
        },
        {
            title: `${ICONS.pass} ${report.counts.pass} passing`,
            header: ['Location', 'Resource', 'Stage', 'Method'],
            rows: passes,
            folded: true
        }
    ];
}
function renderBody(report, sections, keep, omitted, pointer, notes) {
    const lines = [heading(report), '', countsLine(report), coverageLine(report)];
    for (const note of notes)
        lines.push('', note);
    if (omitted.findings + omitted.errors > 0) {
        lines.push('', `**${omittedText(omitted)} not shown**; ${pointer}`);
    }
    for (const section of sections) {
        const rows = section.rows.filter(row => row.rank < keep);
        if (rows.length === 0)
            continue;
        const table = [
            tableRow(section.header),
            tableRow(section.header.map(() => '---')),
            ...rows.map(row => row.markdown)
        ];
        if (section.folded) {
            lines.push('', '<details>', `<summary>${section.title}</summary>`, '');
            lines.push(...table, '', '</details>');
        }
        else {
            lines.push('', `#### ${section.title}`, '', ...table);
        }
    }
    const tool = `${report.tool.name} ${report.tool.version}`;
    lines.push('', `<sub>${(0,report_escape/* escapeMarkdown */.FV)(tool)}</sub>`);
    return `${lines.join('\n')}\n`;
}
function heading(report) {
    const concerns = report.counts.fail +
        report.counts.warning +
        report.counts.unknown +
        report.errors.length +
        report.coverage.regionsNotAudited.length;
    const title = 'API Gateway cache encryption check';
    if (report.result === 'fail')
        return `### ${ICONS.fail} ${title} failed`;
    const icon = concerns > 0 ? ICONS.warning : ICONS.pass;
    return `### ${icon} ${title} passed`;
}
function countsLine(report) {
    const { counts } = report;
    const parts = [
        `**${counts.fail}** failing`,
        `**${counts.warning}** ${plural(counts.warning, 'warning', 'warnings')}`,
        `**${counts.unknown}** unknown`,
        `**${counts.pass}** passing`,
        `**${counts.suppressed}** suppressed`
    ];
    const { files, resources: live } = (0,model/* countUnreadable */.vi)(report.errors);
    if (files > 0) {
        parts.push(`**${files}** ${plural(files, 'file', 'files')} could not be read`);
    }
    if (live > 0) {
        const resources = plural(live, 'AWS resource', 'AWS resources');
        parts.push(`**${live}** ${resources} could not be read`);
    }
    return parts.join(' · ');
}
function coverageLine(report) {
    const { files, stages, regions, regionsNotAudited } = report.coverage;
    let line = `Checked ${count(stages, 'stage', 'stages')} from ${count(files, 'template file', 'template files')}`;
    if (regions.length > 0) {
        line += ` and ${count(regions.length, 'region', 'regions')} (${regions.map(report_escape/* escapeMarkdown */.FV).join(', ')})`;
    }
    line += '.';
    if (regionsNotAudited.length > 0) {
        line += ` ${ICONS.warning} **Not audited:** ${regionsNotAudited.map(report_escape/* escapeMarkdown */.FV).join(', ')}.`;
    }
    const skipped = report.coverage.regionsSkipped ?? [];
    if (skipped.length > 0) {
        line += ` Skipped, not enabled for the account: ${skipped.map(report_escape/* escapeMarkdown */.FV).join(', ')}.`;
    }
    return line;
}
function omittedText(omitted) {
    const parts = [];
    if (omitted.findings > 0) {
        parts.push(count(omitted.findings, 'more finding', 'more findings'));
    }
    if (omitted.errors > 0) {
        parts.push(count(omitted.errors, 'more read error', 'more read errors'));
    }
    return parts.join(' and ');
}
// Only reached when the fixed parts alone exceed the cap: cut at a line end.
function cut(body, maxLength) {
    const note = '\n\n**Report truncated**\n';
    const room = Math.max(0, maxLength - note.length);
    const end = body.lastIndexOf('\n', room);
    return `${body.slice(0, end > 0 ? end : room)}${note}`.slice(0, maxLength);
}
function count(n, one, many) {
    return `${n} ${plural(n, one, many)}`;
}
function plural(n, one, many) {
    return n === 1 ? one : many;
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(643);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/report/render.ts
/**
 * The report formats the command line offers, by name, and the renderer of
 * each.
 */





const REPORT_FORMATS = ['text', 'markdown', 'json', 'sarif'];
/** Reads a format name; the error names the option and the choices. */
function parseFormat(raw, name = '--format') {
    const value = raw.trim().toLowerCase();
    if (REPORT_FORMATS.includes(value)) {
        return value;
    }
    throw new settings/* SettingError */.L_(`${name} must be one of ${REPORT_FORMATS.join(', ')}; got "${raw}"`);
}
/** Renders a report in a format; colour applies to text only. */
function renderReport(report, format, color) {
    switch (format) {
        case 'json':
            return renderJson(report);
        case 'sarif':
            return (0,sarif/* renderSarif */.WH)(report);
        case 'markdown':
            return renderMarkdown(report);
        case 'text':
            return (0,report_text/* renderText */.S)(report, { color });
    }
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ mergeReports),
/* harmony export */   LU: () => (/* binding */ createReport)
/* harmony export */ });
/* unused harmony export TOOL_NAME */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(182);
/**
 * Builds the one Report value that every renderer reads, and merges the
 * reports of several jobs (a matrix over accounts and regions) into one.
 */

const TOOL_NAME = 'apigw-cache-check';
/** Sorts, counts and judges the results of a scan under `fail-on`. */
function createReport(input) {
    const findings = [...input.findings].sort(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg);
    const errors = [...input.errors].sort(compareErrors);
    const counts = countFindings(findings);
    const judged = input.onlyNew
        ? countFindings(findings.filter(finding => finding.new !== false))
        : counts;
    const regionsSkipped = sortedUnion([input.regionsSkipped ?? []]);
    const report = {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: input.version },
        result: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .decideResult */ ._s)(judged, errors.length, input.failOn),
        counts,
        findings,
        errors,
        coverage: {
            files: input.files,
            stages: input.stages,
            regions: sortedUnion([input.regions ?? []]),
            regionsNotAudited: sortedUnion([input.regionsNotAudited ?? []])
        }
    };
    if (regionsSkipped.length > 0)
        report.coverage.regionsSkipped = regionsSkipped;
    return report;
}
/**
 * Combines reports into one and judges it again under `fail-on`; the version
 * is the first report's.
 */
function mergeReports(reports, failOn, onlyNew = false) {
    // A region can be audited for one account and not for another, so a region
    // that some job could not read stays listed as not audited.
    return createReport({
        findings: reports.flatMap(report => report.findings),
        errors: reports.flatMap(report => report.errors),
        files: sum(reports.map(report => report.coverage.files)),
        stages: sum(reports.map(report => report.coverage.stages)),
        regions: sortedUnion(reports.map(report => report.coverage.regions)),
        regionsNotAudited: sortedUnion(reports.map(report => report.coverage.regionsNotAudited)),
        regionsSkipped: sortedUnion(reports.map(report => report.coverage.regionsSkipped ?? [])),
        failOn,
        version: reports[0]?.tool.version ?? 'unknown',
        onlyNew
    });
}
function countFindings(findings) {
    const counts = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyCounts */ .W1)();
    for (const finding of findings)
        counts[finding.status] += 1;
    return counts;
}
function compareErrors(a, b) {
    return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
function sortedUnion(lists) {
    return [...new Set(lists.flat())].sort();
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ renderSarif),
/* harmony export */   ix: () => (/* binding */ findingFingerprint)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, FINGERPRINT_KEY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(182);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4031);
/**
 * SARIF 2.1.0 for code scanning: one run, the two rules of this tool, one
 * result per finding that needs attention, and unreadable inputs as tool
 * execution notifications.
 */



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'apigwCacheCheck/v1';
const RULES = {
    'cache-unencrypted': {
        name: 'ApiGatewayCacheUnencrypted',
        short: 'API Gateway response cache is not encrypted at rest',
        full: 'A REST API stage caches method responses while the method setting that turns caching on leaves cache data encryption off, so responses (which can carry personal data or tokens) sit in clear text on the cache cluster.',
        help: 'Turn encryption on in every method setting that caches: CacheDataEncrypted: true in CloudFormation, SAM and CDK output, cache_data_encrypted = true in Terraform, dataEncrypted: true for the Serverless Framework caching plugin, or aws apigateway update-stage for a live stage. A per-method override does not inherit the stage-wide value, so each override needs its own.',
        helpMarkdown: 'Turn encryption on in every method setting that caches:\n\n- CloudFormation, SAM, CDK output: `CacheDataEncrypted: true`\n- Terraform: `cache_data_encrypted = true` in the `settings` block\n- Serverless Framework caching plugin: `dataEncrypted: true`\n- Live stage: `aws apigateway update-stage` with `op=replace,path=/<path>/<method>/caching/dataEncrypted,value=true`\n\nA per-method override does not inherit the stage-wide value, so each override needs its own.',
        level: 'error',
        securitySeverity: '7.5'
    },
    'cache-cluster-unencrypted': {
        name: 'ApiGatewayCacheClusterUnencrypted',
        short: 'API Gateway cache cluster provisioned with encryption off',
        full: 'A REST API stage provisions a cache cluster, no method caches yet, and the stage-wide method setting does not encrypt cache data: the first method that turns caching on will store its responses in clear text.',
        help: 'Add a stage-wide method setting (resource path /*, method *) that encrypts cache data, or switch the cache cluster off if the stage does not need a cache.',
        helpMarkdown: 'Add a stage-wide method setting (resource path `/*`, method `*`) that encrypts cache data, or switch the cache cluster off if the stage does not need a cache.',
        level: 'warning',
        securitySeverity: '4.0'
    }
};
const RULE_IDS = Object.keys(RULES);
/** Renders the report as a SARIF 2.1.0 log with a trailing newline. */
function renderSarif(report, options = {}) {
    const driver = {
        name: report.tool.name,
        version: report.tool.version
    };
    if (options.informationUri !== undefined) {
        driver.informationUri = options.informationUri;
    }
    driver.rules = RULE_IDS.map(ruleJson);
    const liveResults = options.liveResults ?? 'logical';
    // Passing entries are left out: code scanning shows every result as an
    // alert whatever its kind, and the JSON report already lists them.
    const results = report.findings
        .filter(finding => finding.status !== 'pass')
        .filter(finding => finding.origin !== 'live' || liveResults === 'logical')
        .map(resultJson);
    const notifications = [
        ...report.errors.map(errorNotification),
        ...report.coverage.regionsNotAudited.map(region => ({
            level: 'error',
            message: { text: `Region ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(region)} was not audited.` }
        }))
    ];
    // Some inputs were not evaluated, so the run cannot vouch for them.
    const invocation = {
        executionSuccessful: notifications.length === 0
    };
    if (notifications.length > 0) {
        invocation.toolExecutionNotifications = notifications;
    }
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver },
                invocations: [invocation],
                // Columns come from JavaScript string offsets.
                columnKind: 'utf16CodeUnits',
                results,
                properties: { result: report.result, counts: { ...report.counts } }
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** A hash of what identifies a finding, without its line, so moved lines keep their alert. */
function findingFingerprint(finding) {
    const identity = [
        finding.rule,
        finding.file ?? '',
        finding.resource,
        finding.stage ?? '',
        finding.resourcePath,
        finding.httpMethod,
        finding.region ?? '',
        finding.accountId ?? ''
    ];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
function ruleJson(id) {
    const rule = RULES[id];
    return {
        id,
        name: rule.name,
        shortDescription: { text: rule.short },
        fullDescription: { text: rule.full },
        help: { text: rule.help, markdown: rule.helpMarkdown },
        defaultConfiguration: { level: rule.level },
        properties: {
            tags: ['security'],
            'security-severity': rule.securitySeverity
        }
    };
}
function resultJson(finding) {
    const prefix = finding.status === 'unknown' ? 'Could not be evaluated: ' : '';
    const result = {
        ruleId: finding.rule,
        ruleIndex: RULE_IDS.indexOf(finding.rule),
        level: resultLevel(finding),
        message: {
            text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(`${prefix}${finding.message} Fix: ${finding.fix}`)
        },
        locations: [findingLocation(finding)],
        partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding) },
        properties: {
            status: finding.status,
            format: finding.format,
            resource: finding.resource,
            stage: finding.stage,
            resourcePath: finding.resourcePath,
            httpMethod: finding.httpMethod,
            new: finding.new
        }
    };
    // On a pull request, code scanning can tell new alerts from old ones.
    if (finding.new !== null) {
        result.baselineState = finding.new ? 'new' : 'unchanged';
    }
    if (finding.suppression) {
        const suppression = {
            kind: 'external',
            status: 'accepted',
            justification: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(finding.suppression.reason)
        };
        if (finding.suppression.until !== null) {
            suppression.properties = { until: finding.suppression.until };
        }
        result.suppressions = [suppression];
    }
    return result;
}
function resultLevel(finding) {
    if (finding.status === 'fail')
        return 'error';
    // The model does not keep the status a suppression replaced, so the rule's
    // level stands in for it.
    if (finding.status === 'suppressed')
        return RULES[finding.rule].level;
    return 'warning';
}
function findingLocation(finding) {
    if (finding.file === null) {
        const operation = `${finding.httpMethod} ${finding.resourcePath}`;
        const scope = finding.origin === 'live'
            ? [finding.region ?? '', finding.restApiId ?? '', finding.stage ?? '']
            : [finding.resource, finding.stage ?? ''];
        return {
            logicalLocations: [
                {
                    name: operation,
                    fullyQualifiedName: [...scope, operation].join('/')
                }
            ]
        };
    }
    return {
        physicalLocation: physicalLocation(finding.file, finding.line, finding.column)
    };
}
function physicalLocation(file, line, column) {
    const location = {
        artifactLocation: { uri: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .pathToUri */ .TA)(file) }
    };
    if (line !== null && line >= 1) {
        const region = { startLine: line };
        if (column !== null && column >= 1)
            region.startColumn = column;
        location.region = region;
    }
    return location;
}
function errorNotification(error) {
    const notification = {
        level: 'error',
        message: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControl */ .kU)(error.message) }
    };
    // Live audit errors name an ARN, not a file in the repository.
    notification.locations = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isLiveError */ .Bl)(error)
        ? [{ logicalLocations: [{ fullyQualifiedName: error.file }] }]
        : [{ physicalLocation: physicalLocation(error.file, error.line, null) }];
    return notification;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ verdictLine),
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(182);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
/**
 * The terminal report for people: one block per finding, the inputs that
 * could not be read, the counts, and a last line with the verdict. Control
 * characters in scanned values are shown as escapes, never sent raw.
 */


const LABELS = {
    fail: 'FAIL',
    warning: 'WARNING',
    unknown: 'UNKNOWN',
    suppressed: 'SUPPRESSED',
    pass: 'PASS'
};
const COLORS = {
    fail: '\x1b[1;31m',
    warning: '\x1b[33m',
    unknown: '\x1b[35m',
    suppressed: '\x1b[2m',
    pass: '\x1b[32m'
};
const RESET = '\x1b[0m';
const LABEL_WIDTH = 'SUPPRESSED'.length;
const INDENT = '    ';
/** Renders the report for a terminal; the last line is the verdict. */
function renderText(report, options = {}) {
    const paint = (code, text) => options.color ? `${code}${text}${RESET}` : text;
    const lines = [];
    for (const finding of report.findings) {
        const label = paint(COLORS[finding.status], LABELS[finding.status].padEnd(LABEL_WIDTH));
        lines.push(`${label}  ${location(finding)}  ${subject(finding)}`);
        if (finding.status === 'pass')
            continue;
        lines.push(`${INDENT}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(finding.message)}`);
        if (finding.suppression) {
            const until = finding.suppression.until
                ? ` (until ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(finding.suppression.until)})`
                : '';
            lines.push(`${INDENT}accepted: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(finding.suppression.reason)}${until}`);
        }
        else {
            lines.push(`${INDENT}fix: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(finding.fix)}`);
        }
        lines.push(...liveLines(finding));
        lines.push('');
    }
    if (report.findings.length === 0) {
        lines.push('No caching method settings or cache clusters found.');
    }
    if (report.errors.length > 0) {
        if (lines.at(-1) !== '')
            lines.push('');
        lines.push('Could not be read:');
        for (const error of report.errors) {
            const where = error.line === null ? error.file : `${error.file}:${error.line}`;
            lines.push(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(where)}  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(error.message)}`);
        }
    }
    if (lines.at(-1) !== '')
        lines.push('');
    lines.push(countsLine(report));
    const verdict = verdictLine(report);
    const verdictColor = report.result === 'fail' ? COLORS.fail : '\x1b[1;32m';
    lines.push(paint(verdictColor, verdict));
    return `${lines.join('\n')}\n`;
}
/** The verdict in words, e.g. `Result: FAIL (2 failing, 1 warning, 0 unknown; 1 file could not be read)`. */
function verdictLine(report) {
    const { counts, errors, coverage } = report;
    const parts = [
        `${counts.fail} failing`,
        count(counts.warning, 'warning', 'warnings'),
        `${counts.unknown} unknown`
    ].join(', ');
    const problems = [];
    const unreadable = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .countUnreadable */ .vi)(errors);
    if (unreadable.files > 0) {
        const files = count(unreadable.files, 'file', 'files');
        problems.push(`${files} could not be read`);
    }
    if (unreadable.resources > 0) {
        const resources = count(unreadable.resources, 'AWS resource', 'AWS resources');
        problems.push(`${resources} could not be read`);
    }
    if (coverage.regionsNotAudited.length > 0) {
        const regions = coverage.regionsNotAudited.length;
        problems.push(`${count(regions, 'region', 'regions')} not audited`);
    }
    const detail = [parts, ...problems].join('; ');
    return `Result: ${report.result.toUpperCase()} (${detail})`;
}
function countsLine(report) {
    const { counts, coverage } = report;
    const tally = [
        `${counts.fail} failing`,
        count(counts.warning, 'warning', 'warnings'),
        `${counts.unknown} unknown`,
        `${counts.pass} passing`,
        `${counts.suppressed} suppressed`
    ].join(', ');
    const stages = count(coverage.stages, 'stage', 'stages');
    const files = count(coverage.files, 'template file', 'template files');
    let line = `${tally}; checked ${stages} from ${files}`;
    if (coverage.regions.length > 0) {
        line += ` and regions ${coverage.regions.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb).join(', ')}`;
    }
    if (coverage.regionsNotAudited.length > 0) {
        line += `; not audited: ${coverage.regionsNotAudited.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb).join(', ')}`;
    }
    if (coverage.regionsSkipped?.length) {
        line += `; skipped, not enabled: ${coverage.regionsSkipped.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb).join(', ')}`;
    }
    return line;
}
/** Where a live finding can be looked at: account, console and stack. */
function liveLines(finding) {
    if (finding.origin !== 'live')
        return [];
    const lines = [];
    if (finding.accountId)
        lines.push(`account: ${finding.accountId}`);
    if (finding.stackName) {
        const logicalId = finding.logicalId ? `, ${finding.logicalId}` : '';
        lines.push(`stack: ${finding.stackName}${logicalId}`);
    }
    if (finding.consoleUrl)
        lines.push(`console: ${finding.consoleUrl}`);
    return lines.map(line => `${INDENT}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(line)}`);
}
function location(finding) {
    if (finding.origin === 'live' || finding.file === null) {
        const api = finding.restApiName
            ? `"${finding.restApiName}" (${finding.restApiId ?? ''})`
            : (finding.restApiId ?? '');
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(`${finding.region ?? 'live'} API ${api}`);
    }
    const position = [finding.line, finding.column].filter(n => n !== null);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)([finding.file, ...position].join(':'));
}
function subject(finding) {
    const stage = finding.stage === null ? '' : ` stage "${finding.stage}"`;
    const operation = finding.resourcePath === '*' && finding.httpMethod === '*'
        ? 'stage-wide'
        : `${finding.httpMethod} ${finding.resourcePath}`;
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showControl */ .nb)(`${finding.resource}${stage} ${operation}`);
}
function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluateStage)
/* harmony export */ });
/* unused harmony export fixFor */
const KEYS = {
    cloudformation: {
        caching: 'CachingEnabled',
        encryption: 'CacheDataEncrypted',
        cluster: 'CacheClusterEnabled'
    },
    sam: {
        caching: 'CachingEnabled',
        encryption: 'CacheDataEncrypted',
        cluster: 'CacheClusterEnabled'
    },
    cdk: {
        caching: 'CachingEnabled',
        encryption: 'CacheDataEncrypted',
        cluster: 'CacheClusterEnabled'
    },
    terraform: {
        caching: 'caching_enabled',
        encryption: 'cache_data_encrypted',
        cluster: 'cache_cluster_enabled'
    },
    'terraform-plan': {
        caching: 'caching_enabled',
        encryption: 'cache_data_encrypted',
        cluster: 'cache_cluster_enabled'
    },
    serverless: {
        caching: 'enabled',
        encryption: 'dataEncrypted',
        cluster: 'enabled'
    },
    live: {
        caching: 'cachingEnabled',
        encryption: 'cacheDataEncrypted',
        cluster: 'cacheClusterEnabled'
    }
};
/** Evaluates one stage and returns its findings; not-applicable entries give none. */
function evaluateStage(stage) {
    const findings = [];
    let anyEntryCaches = false;
    for (const entry of stage.methodSettings) {
        const caching = entry.cachingEnabled;
        if (caching.state === 'set' && caching.value)
            anyEntryCaches = true;
        if (caching.state === 'unknown')
            anyEntryCaches = true;
        const finding = evaluateEntry(stage, entry);
        if (finding)
            findings.push(finding);
    }
    const warning = evaluateCluster(stage, anyEntryCaches);
    if (warning)
        findings.push(warning);
    return findings;
}
function evaluateEntry(stage, entry) {
    const caching = entry.cachingEnabled;
    const encryption = entry.cacheDataEncrypted;
    const keys = KEYS[stage.format];
    const encrypted = isTrue(encryption);
    let status;
    let why;
    if (caching.state === 'set' && caching.value) {
        if (encrypted) {
            status = 'pass';
            why = `caches responses with ${keys.encryption} true`;
        }
        else if (encryption.state === 'unknown') {
            status = 'unknown';
            why = `caches responses, but ${keys.encryption} cannot be evaluated: ${encryption.reason}`;
        }
        else {
            status = 'fail';
            why =
                encryption.state === 'unset'
                    ? `caches responses unencrypted: ${keys.caching} is true and ${keys.encryption} is not set (the default is false)`
                    : `caches responses unencrypted: ${keys.caching} is true and ${keys.encryption} is false${viaText(encryption)}`;
        }
    }
    else if (caching.state === 'unknown') {
        if (encrypted) {
            status = 'pass';
            why = `has ${keys.encryption} true, so its cache is encrypted whatever ${keys.caching} turns out to be`;
        }
        else {
            status = 'unknown';
            why = `may cache responses unencrypted: ${keys.caching} cannot be evaluated (${caching.reason}) and ${keys.encryption} is not true`;
        }
    }
    else {
        return null;
    }
    const scope = describeEntry(entry);
    const inherited = entry.inheritedFrom
        ? ` (inherited from ${entry.inheritedFrom})`
        : entry.resource && entry.resource !== stage.resource
            ? ` (${entry.resource})`
            : '';
    const clusterNote = status === 'fail' && isFalseOrUnset(stage.cacheClusterEnabled)
        ? ` The stage's cache cluster is currently off; this setting stores clear text as soon as it is turned on.`
        : '';
    const message = `${describeStage(stage)}: ${scope}${inherited} ${why}.${clusterNote}`;
    const location = flagLocation(encryption) ??
        flagLocation(caching) ??
        entry.location ??
        stage.location;
    return buildFinding(stage, entry, status, 'cache-unencrypted', message, location);
}
function evaluateCluster(stage, anyEntryCaches) {
    if (!isTrue(stage.cacheClusterEnabled) || anyEntryCaches)
        return null;
    const stageWide = [...stage.methodSettings]
        .reverse()
        .find(entry => entry.resourcePath === '*' && entry.httpMethod === '*');
    if (stageWide && isTrue(stageWide.cacheDataEncrypted))
        return null;
    const keys = KEYS[stage.format];
    const message = `${describeStage(stage)}: the cache cluster is provisioned (${keys.cluster} true) with "Encrypt cache data" off, so any method that turns caching on will store clear text.`;
    const entry = stageWide ?? {
        resourcePath: '*',
        httpMethod: '*',
        cachingEnabled: { state: 'unset' },
        cacheDataEncrypted: { state: 'unset' },
        location: null
    };
    const location = flagLocation(stage.cacheClusterEnabled) ?? stage.location;
    return buildFinding(stage, entry, 'warning', 'cache-cluster-unencrypted', message, location);
}
function buildFinding(stage, entry, status, rule, message, location) {
    const finding = {
        status,
        rule,
        origin: stage.origin,
        format: stage.format,
        file: location?.file ?? stage.file,
        line: location?.line ?? null,
        column: location?.column ?? null,
        // A method setting written by its own resource is named by it; the
        // cluster warning belongs to the stage.
        resource: rule === 'cache-unencrypted'
            ? (entry.resource ?? stage.resource)
            : stage.resource,
        stage: stage.stageName,
        resourcePath: entry.resourcePath,
        httpMethod: entry.httpMethod,
        message,
        fix: fixFor(stage, entry, rule),
        new: null
    };
    if (stage.constructPath !== undefined) {
        finding.constructPath = stage.constructPath;
    }
    if (stage.live) {
        finding.region = stage.live.region;
        finding.accountId = stage.live.accountId;
        finding.restApiId = stage.live.restApiId;
        finding.restApiName = stage.live.restApiName;
        finding.cacheClusterEnabled = isTrue(stage.cacheClusterEnabled);
        finding.consoleUrl = stage.live.consoleUrl;
        finding.stackName = stage.live.stackName;
        finding.logicalId = stage.live.logicalId;
    }
    return finding;
}
/** The one change that fixes a finding, in the words of its source format. */
function fixFor(stage, entry, rule) {
    const keys = KEYS[stage.format];
    const stageWide = rule === 'cache-cluster-unencrypted';
    switch (stage.format) {
        case 'cloudformation':
        case 'sam':
            return stageWide
                ? `Add a stage-wide method setting (ResourcePath: "/*", HttpMethod: "*") with CacheDataEncrypted: true, or set ${keys.cluster}: false if the stage needs no cache.`
                : `Set CacheDataEncrypted: true on this method setting.`;
        case 'cdk':
            return stageWide
                ? `Set cacheDataEncrypted: true in the stage's deployOptions (or cacheClusterEnabled: false) in the CDK app, then synthesize again.`
                : `Set cacheDataEncrypted: true for ${describePath(entry)} in the CDK app (deployOptions or methodOptions), then synthesize again.`;
        case 'terraform':
        case 'terraform-plan':
            return stageWide
                ? `Add an aws_api_gateway_method_settings with method_path = "*/*" and cache_data_encrypted = true for this stage, or set cache_cluster_enabled = false.`
                : `Set cache_data_encrypted = true in the settings block of ${entry.resource ?? stage.resource}.`;
        case 'serverless':
            return stageWide
                ? `Set dataEncrypted: true under custom.apiGatewayCaching, or enabled: false there if the service needs no cache.`
                : `Set dataEncrypted: true under custom.apiGatewayCaching (or in this endpoint's caching block).`;
        case 'live':
            return liveFix(stage, entry);
    }
}
function liveFix(stage, entry) {
    const live = stage.live;
    const key = entry.resourcePath === '*'
        ? `*/${entry.httpMethod}`
        : `${entry.resourcePath.replace(/~/g, '~0').replace(/\//g, '~1')}/${entry.httpMethod}`;
    const region = live ? ` --region ${live.region}` : '';
    const api = live ? live.restApiId : '<rest-api-id>';
    return `aws apigateway update-stage${region} --rest-api-id ${api} --stage-name ${stage.stageName ?? '<stage>'} --patch-operations 'op=replace,path=/${key}/caching/dataEncrypted,value=true'`;
}
function describeStage(stage) {
    const live = stage.live;
    const name = stage.stageName ? `stage "${stage.stageName}"` : 'stage';
    if (live) {
        const api = live.restApiName
            ? `"${live.restApiName}" (${live.restApiId})`
            : live.restApiId;
        const stack = live.stackName
            ? ` (CloudFormation stack ${live.stackName}${live.logicalId ? `, ${live.logicalId}` : ''})`
            : '';
        return `${name} of REST API ${api} in ${live.region}${stack}`;
    }
    const owner = stage.constructPath
        ? `CDK construct ${stage.constructPath}`
        : stage.resource;
    return stage.stageName ? `${owner} (${name})` : owner;
}
function describeEntry(entry) {
    if (entry.resourcePath === '*' && entry.httpMethod === '*') {
        return 'the stage-wide method setting';
    }
    return `the method setting for ${describePath(entry)}`;
}
function describePath(entry) {
    const method = entry.httpMethod === '*' ? 'every method' : entry.httpMethod;
    const path = entry.resourcePath === '*' ? 'every path' : entry.resourcePath;
    return `${method} ${path}`;
}
function viaText(flag) {
    return flag.state === 'set' && flag.via ? ` (${flag.via})` : '';
}
function isTrue(flag) {
    return flag.state === 'set' && flag.value;
}
function isFalseOrUnset(flag) {
    return flag.state === 'unset' || (flag.state === 'set' && !flag.value);
}
function flagLocation(flag) {
    return flag.state === 'unset' ? null : flag.location;
}


/***/ }),

/***/ 1711:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
  A8: () => (/* binding */ scanFileJobs),
  MX: () => (/* binding */ scanPaths)
});

// UNUSED EXPORTS: addFileScan, scanText

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/rule.ts
var rule = __nccwpck_require__(2741);
// EXTERNAL MODULE: ./src/templates/files.ts
var templates_files = __nccwpck_require__(9960);
// EXTERNAL MODULE: ./src/templates/read-text.ts
var read_text = __nccwpck_require__(6603);
// EXTERNAL MODULE: ./src/templates/json-document.ts
var json_document = __nccwpck_require__(8659);
// EXTERNAL MODULE: ./src/templates/document.ts
var templates_document = __nccwpck_require__(4554);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/templates/hcl-recovery.ts
/** Blocks that only exist at the top level of a file. */
const TOP_LEVEL_TYPES = new Set([
    'resource',
    'data',
    'variable',
    'locals',
    'module',
    'output'
]);
/**
 * After an unclosed block the parser reads the blocks that follow as nested
 * ones. Top-level kinds are lifted back out, so a syntax error in one
 * resource does not hide the resources after it.
 */
function hoistTopLevelBlocks(block) {
    const lifted = [];
    const visit = (body) => {
        body.blocks = body.blocks.filter(nested => {
            visit(nested.body);
            if (!TOP_LEVEL_TYPES.has(nested.type))
                return true;
            lifted.push(nested);
            return false;
        });
    };
    visit(block.body);
    return [block, ...lifted];
}
/**
 * Every ERROR and MISSING node, one message a line, without descending into
 * errors. Something missing is reported on the line where the text before it
 * ends, which is where a person left it out.
 */
function syntaxErrors(root, text) {
    const errors = new Map();
    const pending = [root];
    while (pending.length > 0) {
        const node = pending.pop();
        let line = node.startPosition.row + 1;
        if (node.isMissing) {
            if (text !== null)
                line = lineBefore(text, node.startIndex);
            if (!errors.has(line)) {
                errors.set(line, `HCL syntax error: incomplete here; the parser expected ${quoteToken(node.type)}`);
            }
            continue;
        }
        if (node.isError) {
            if (!errors.has(line)) {
                errors.set(line, `HCL syntax error: unexpected ${describeText(node.text)}`);
            }
            continue;
        }
        for (const child of node.children) {
            if (child && (child.hasError || child.isMissing))
                pending.push(child);
        }
    }
    const unclosed = unclosedString(root);
    if (unclosed !== null) {
        errors.set(unclosed, 'HCL syntax error: this quoted string is not closed on its line (a quoted string cannot span lines; the errors after it follow from it)');
    }
    return [...errors]
        .map(([line, message]) => ({ line, message }))
        .sort((a, b) => a.line - b.line);
}
/**
 * The line of the first quoted string that runs past its line. HCL forbids
 * that, but the grammar reads on to the next quote, so the real mistake (a
 * missing closing quote) would otherwise surface lines later as noise.
 */
function unclosedString(root) {
    for (const literal of root.descendantsOfType('template_literal')) {
        const parent = literal?.parent;
        if (!parent || parent.type === 'heredoc_template')
            continue;
        if (literal.startPosition.row !== literal.endPosition.row) {
            return parent.startPosition.row + 1;
        }
    }
    return null;
}
/** The line of the last character that is not white space before `offset`. */
function lineBefore(text, offset) {
    let at = Math.min(offset, text.length) - 1;
    while (at >= 0 && /\s/.test(text[at] ?? ''))
        at--;
    let line = 1;
    for (let i = 0; i < at; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function firstErrorLine(node, text) {
    const errors = syntaxErrors(node, text);
    return errors[0]?.line ?? node.startPosition.row + 1;
}
function quoteToken(type) {
    const tokens = {
        block_end: '"}"',
        object_end: '"}"',
        tuple_end: '"]"',
        quoted_template_end: 'closing quote'
    };
    return tokens[type] ?? `"${type}"`;
}
function describeText(text) {
    const firstLine = text.trim().split(/\r?\n/)[0] ?? '';
    if (firstLine === '')
        return 'end of input';
    const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}...` : firstLine;
    return `"${shown}"`;
}

;// CONCATENATED MODULE: ./src/templates/hcl-templates.ts
/** The text of a `string_lit` (a quoted string without interpolations). */
function literalText(node, text) {
    const [start, end] = contentRange(node);
    return decodeQuoted(text.slice(start, end));
}
function quotedTemplate(node, text, convert) {
    const [start, end] = contentRange(node);
    return templateParts(node, text, start, end, decodeQuoted, convert);
}
function heredocTemplate(node, text, convert) {
    const identifiers = node.children.filter((child) => child?.type === 'heredoc_identifier');
    const [opening, closing] = identifiers;
    if (!opening || !closing) {
        return { kind: 'invalid', line: node.startPosition.row + 1 };
    }
    const newline = text.indexOf('\n', opening.endIndex);
    const start = newline < 0 ? opening.endIndex : newline + 1;
    const end = text.lastIndexOf('\n', closing.startIndex) + 1;
    const template = templateParts(node, text, start, Math.max(start, end), decodeTemplateMarkers, convert);
    const indented = node.namedChildren[0]?.text === '<<-';
    return indented ? stripIndentation(template) : template;
}
function templateParts(node, text, start, end, decode, convert) {
    const parts = [];
    let cursor = start;
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        if (child.type !== 'template_interpolation' &&
            child.type !== 'template_directive') {
            continue;
        }
        if (child.startIndex > cursor) {
            parts.push(decode(text.slice(cursor, child.startIndex)));
        }
        if (child.type === 'template_directive') {
            parts.push({ kind: 'unsupported', what: 'a template directive' });
        }
        else {
            const inner = child.namedChildren.find(c => c?.type === 'expression');
            parts.push(inner
                ? convert(inner, text)
                : { kind: 'invalid', line: child.startPosition.row + 1 });
        }
        cursor = child.endIndex;
    }
    if (end > cursor)
        parts.push(decode(text.slice(cursor, end)));
    if (parts.every(part => typeof part === 'string')) {
        return { kind: 'literal', value: parts.join('') };
    }
    return { kind: 'template', parts };
}
/** Between the opening and the closing quote. */
function contentRange(node) {
    const open = node.children.find(c => c?.type === 'quoted_template_start');
    const close = node.children.find(c => c?.type === 'quoted_template_end');
    const start = open ? open.endIndex : node.startIndex;
    const end = close ? close.startIndex : node.endIndex;
    return [start, Math.max(start, end)];
}
const QUOTED_ESCAPES = {
    n: '\n',
    r: '\r',
    t: '\t',
    '"': '"',
    '\\': '\\'
};
function decodeQuoted(raw) {
    return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match, escape) => {
        if (escape === undefined)
            return match.slice(1);
        if (escape.length > 1) {
            return String.fromCodePoint(parseInt(escape.slice(1), 16));
        }
        return QUOTED_ESCAPES[escape] ?? match;
    });
}
function decodeTemplateMarkers(raw) {
    return raw.replace(/\$\$\{|%%\{/g, match => match.slice(1));
}
/** `<<-` removes the indentation that every line of the text shares. */
function stripIndentation(template) {
    if (template.kind !== 'literal' || typeof template.value !== 'string') {
        return template;
    }
    const lines = template.value.split('\n');
    const indents = lines
        .filter(line => line.trim() !== '')
        .map(line => /^[ \t]*/.exec(line)?.[0].length ?? 0);
    const common = indents.length > 0 ? Math.min(...indents) : 0;
    return {
        kind: 'literal',
        value: lines.map(line => line.slice(common)).join('\n')
    };
}

;// CONCATENATED MODULE: ./src/templates/hcl-tree-expressions.ts
/**
 * HCL expressions from tree-sitter nodes. The grammar flattens a term and
 * its suffixes (`a.b[0]`) and both operands of an operation into one list of
 * children, so terms are read from node lists, not from single nodes.
 */

const BINARY_OPERATORS = new Set('* / % + - > >= < <= == != && ||'.split(' '));
/** Children without comments, which may sit anywhere. */
function usefulChildren(node) {
    return node.children.filter((child) => child !== null && child.type !== 'comment');
}
/** Converts an `expression` node, or any single node that stands for a term. */
function convertExpression(node, text) {
    if (node.isError || node.isMissing) {
        return { kind: 'invalid', line: node.startPosition.row + 1 };
    }
    if (node.type === 'expression')
        return convertTerm(usefulChildren(node), text);
    return convertTerm([node], text);
}
/** A primary term followed by `.name`, `[key]` and splat suffixes. */
function convertTerm(nodes, text) {
    const first = nodes[0];
    if (!first)
        return { kind: 'unsupported', what: 'an empty expression' };
    let rest;
    let expression;
    if (first.type === '(') {
        const inner = nodes[1];
        expression = inner
            ? convertExpression(inner, text)
            : { kind: 'invalid', line: first.startPosition.row + 1 };
        rest = nodes.slice(3);
    }
    else {
        expression = convertPrimary(first, text);
        rest = nodes.slice(1);
    }
    for (const suffix of rest) {
        expression = applySuffix(expression, suffix, text);
    }
    return expression;
}
function applySuffix(target, suffix, text) {
    if (suffix.type === 'get_attr') {
        const name = suffix.namedChildren.find(c => c?.type === 'identifier');
        return { kind: 'attribute', target, name: name?.text ?? '' };
    }
    if (suffix.type === 'index') {
        const index = suffix.namedChildren[0];
        if (index?.type === 'legacy_index') {
            const digits = Number(index.text.replace(/^\./, ''));
            return { kind: 'index', target, key: { kind: 'literal', value: digits } };
        }
        const key = index?.namedChildren.find(c => c?.type === 'expression');
        if (!key)
            return { kind: 'invalid', line: suffix.startPosition.row + 1 };
        return { kind: 'index', target, key: convertExpression(key, text) };
    }
    if (suffix.type === 'splat')
        return { kind: 'unsupported', what: 'a splat' };
    return { kind: 'invalid', line: suffix.startPosition.row + 1 };
}
function convertPrimary(node, text) {
    const inner = node.namedChildren[0] ?? null;
    switch (node.type) {
        case 'expression':
            return convertExpression(node, text);
        case 'literal_value':
            return inner ? convertLiteral(inner, text) : invalid(node);
        case 'template_expr':
            if (inner?.type === 'quoted_template') {
                return quotedTemplate(inner, text, convertExpression);
            }
            if (inner?.type === 'heredoc_template') {
                return heredocTemplate(inner, text, convertExpression);
            }
            return invalid(node);
        case 'collection_value':
            return inner ? convertCollection(inner, text) : invalid(node);
        case 'variable_expr':
            return { kind: 'name', name: node.text };
        case 'function_call':
            return convertCall(node, text);
        case 'for_expr':
            return { kind: 'unsupported', what: 'a for expression' };
        case 'operation':
            return inner ? convertOperation(inner, text) : invalid(node);
        case 'conditional': {
            const [condition, whenTrue, whenFalse] = node.namedChildren;
            if (!condition || !whenTrue || !whenFalse)
                return invalid(node);
            return {
                kind: 'conditional',
                condition: convertExpression(condition, text),
                whenTrue: convertExpression(whenTrue, text),
                whenFalse: convertExpression(whenFalse, text)
            };
        }
        default:
            return invalid(node);
    }
}
function convertLiteral(node, text) {
    switch (node.type) {
        case 'numeric_lit':
            return { kind: 'literal', value: Number(node.text) };
        case 'bool_lit':
            return { kind: 'literal', value: node.text === 'true' };
        case 'null_lit':
            return { kind: 'literal', value: null };
        case 'string_lit':
            return { kind: 'literal', value: literalText(node, text) };
        default:
            return invalid(node);
    }
}
function convertCollection(node, text) {
    if (node.type === 'tuple') {
        const items = node.namedChildren
            .filter((child) => child?.type === 'expression')
            .map(child => convertExpression(child, text));
        return { kind: 'tuple', items };
    }
    if (node.type === 'object') {
        const entries = [];
        for (const element of node.namedChildren) {
            if (element?.type !== 'object_elem')
                continue;
            const key = element.childForFieldName('key');
            const value = element.childForFieldName('val');
            if (!key || !value)
                continue;
            const converted = convertExpression(key, text);
            // A bare name as a key is the key's text, not a reference.
            entries.push({
                key: converted.kind === 'name'
                    ? { kind: 'literal', value: converted.name }
                    : converted,
                value: convertExpression(value, text)
            });
        }
        return { kind: 'object', entries };
    }
    return { kind: 'unsupported', what: 'a for expression' };
}
function convertCall(node, text) {
    const name = node.namedChildren.find(c => c?.type === 'identifier');
    const argumentsNode = node.namedChildren.find(c => c?.type === 'function_arguments');
    const args = (argumentsNode?.namedChildren ?? [])
        .filter((child) => child?.type === 'expression')
        .map(child => convertExpression(child, text));
    const expand = argumentsNode?.namedChildren.some(c => c?.type === 'ellipsis') ?? false;
    return { kind: 'call', name: name?.text ?? '', args, expand };
}
function convertOperation(node, text) {
    const children = usefulChildren(node);
    if (node.type === 'unary_operation') {
        const [operator, ...operand] = children;
        return {
            kind: 'unary',
            operator: operator?.type ?? '',
            operand: convertTerm(operand, text)
        };
    }
    const at = children.findIndex(child => !child.isNamed && BINARY_OPERATORS.has(child.type));
    if (at <= 0)
        return invalid(node);
    return {
        kind: 'binary',
        operator: children[at]?.type ?? '',
        left: convertTerm(children.slice(0, at), text),
        right: convertTerm(children.slice(at + 1), text)
    };
}
function invalid(node) {
    return { kind: 'invalid', line: node.startPosition.row + 1 };
}

;// CONCATENATED MODULE: ./src/templates/hcl-tree.ts
/**
 * Turns a tree-sitter HCL tree into the shapes of hcl-syntax.ts, and its
 * ERROR and MISSING nodes into syntax errors with lines. Parts the parser
 * could not read become `invalid` expressions, so they can never pass, while
 * the blocks around them, where the parser recovered, are still read.
 */



/** Converts a `config_file` root node. */
function convertConfig(root, text, file, wanted = () => true) {
    const body = { attributes: [], blocks: [] };
    for (const child of root.namedChildren) {
        if (child?.type === 'body') {
            const converted = convertBody(child, text, file, wanted);
            body.attributes.push(...converted.attributes);
            body.blocks.push(...converted.blocks);
        }
        else if (child?.type === 'object') {
            // A .tfvars file written as one object: its entries are the values.
            body.attributes.push(...objectAttributes(child, text, file));
        }
    }
    if (!root.hasError)
        return { body, errors: [] };
    body.blocks = body.blocks.flatMap(hoistTopLevelBlocks);
    return { body, errors: syntaxErrors(root, text) };
}
function convertBody(node, text, file, wanted) {
    const body = { attributes: [], blocks: [] };
    for (const child of node.namedChildren) {
        if (child?.type === 'attribute') {
            const attribute = convertAttribute(child, text, file);
            if (attribute)
                body.attributes.push(attribute);
        }
        else if (child?.type === 'block') {
            const block = convertBlock(child, text, file, wanted);
            if (block)
                body.blocks.push(block);
        }
    }
    return body;
}
function convertAttribute(node, text, file) {
    const name = node.namedChildren.find(child => child?.type === 'identifier');
    const expression = node.namedChildren.find(child => child?.type === 'expression');
    if (!name)
        return null;
    const value = node.hasError || !expression
        ? { kind: 'invalid', line: firstErrorLine(node, text) }
        : convertExpression(expression, text);
    return { name: name.text, value, location: locationOf(name, file) };
}
function convertBlock(node, text, file, wanted) {
    const children = usefulChildren(node);
    const type = children[0];
    if (type?.type !== 'identifier')
        return null;
    const labels = [];
    for (const child of children.slice(1)) {
        if (child.type === 'identifier')
            labels.push(child.text);
        else if (child.type === 'string_lit')
            labels.push(literalText(child, text));
        else
            break;
    }
    // A block with an error is read whole: it may hold blocks that follow it.
    const inner = node.hasError || wanted(type.text, labels)
        ? children.find(child => child.type === 'body')
        : undefined;
    return {
        type: type.text,
        labels,
        // Nested blocks are always wanted once their parent is.
        body: inner
            ? convertBody(inner, text, file, () => true)
            : { attributes: [], blocks: [] },
        location: locationOf(node, file)
    };
}
function objectAttributes(node, text, file) {
    const attributes = [];
    for (const element of node.namedChildren) {
        if (element?.type !== 'object_elem')
            continue;
        const key = element.childForFieldName('key');
        const value = element.childForFieldName('val');
        if (!key || !value)
            continue;
        const name = convertExpression(key, text);
        const nameText = name.kind === 'name'
            ? name.name
            : name.kind === 'literal' && typeof name.value === 'string'
                ? name.value
                : null;
        if (nameText === null)
            continue;
        attributes.push({
            name: nameText,
            value: element.hasError
                ? { kind: 'invalid', line: firstErrorLine(element, text) }
                : convertExpression(value, text),
            location: locationOf(key, file)
        });
    }
    return attributes;
}
function locationOf(node, file) {
    return {
        file,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1
    };
}

;// CONCATENATED MODULE: ./src/templates/hcl-parser.ts
/**
 * The HCL parser: tree-sitter's Terraform grammar run through web-tree-sitter.
 * The runtime (its ES module and its WebAssembly) and the grammar ship in
 * dist/ next to the bundle, where the build copies them, so the action
 * downloads nothing; run from source, they come from node_modules. The
 * runtime starts once per process, on first use, so a scan without Terraform
 * files never pays for it.
 */






const RUNTIME_MODULE = {
    name: 'web-tree-sitter.js',
    packageName: 'web-tree-sitter'
};
const RUNTIME_WASM = {
    name: 'web-tree-sitter.wasm',
    packageName: 'web-tree-sitter'
};
const GRAMMAR_WASM = {
    name: 'tree-sitter-terraform.wasm',
    packageName: '@tree-sitter-grammars/tree-sitter-hcl'
};
/** Ends the heredoc that wraps a template; no real template has it on a line of its own. */
const TEMPLATE_END = 'APIGW_CACHE_CHECK_TEMPLATE_END';
/**
 * Up to this many files, WebAssembly runs on V8's baseline compiler only.
 * Otherwise V8 also compiles the parser's hot functions with its optimising
 * compiler in the background, and the process waits for that work before it
 * exits: about 100 ms that a scan of a few files never earns back. On larger
 * scans the optimised code pays for itself. The flag concerns WebAssembly
 * alone, and this parser is the only WebAssembly the tool runs.
 */
const BASELINE_ONLY_UP_TO_FILES = 100;
let loading = null;
/** The process-wide parser, started on the first call, sized for the scan. */
function loadHclParser(expectedFiles = 1) {
    loading ??= startParser(expectedFiles);
    return loading;
}
async function startParser(expectedFiles) {
    if (expectedFiles <= BASELINE_ONLY_UP_TO_FILES) {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--liftoff-only');
    }
    // Loaded at run time rather than bundled: bundled, the runtime's own
    // `import("module")` comes back without createRequire and it cannot start.
    const runtimeUrl = (0,external_node_url_.pathToFileURL)(locate(RUNTIME_MODULE)).href;
    const { Language, Parser } = (await import(
    /* webpackIgnore: true */ runtimeUrl));
    const [runtime, grammar] = await Promise.all([
        (0,promises_.readFile)(locate(RUNTIME_WASM)),
        (0,promises_.readFile)(locate(GRAMMAR_WASM))
    ]);
    await Parser.init({ wasmBinary: new Uint8Array(runtime) });
    const language = await Language.load(new Uint8Array(grammar));
    const parser = new Parser();
    parser.setLanguage(language);
    const parse = (text, file, wanted) => {
        const tree = parser.parse(text);
        if (!tree)
            throw new Error(`${file}: the HCL parser returned no tree`);
        try {
            return convertConfig(tree.rootNode, text, file, wanted);
        }
        catch (error) {
            // The conversion recurses; only absurd nesting exhausts the stack.
            if (!(error instanceof RangeError))
                throw error;
            const message = 'the file nests expressions too deeply to be read';
            return {
                body: { attributes: [], blocks: [] },
                errors: [{ line: 1, message }]
            };
        }
        finally {
            tree.delete();
        }
    };
    return {
        parse,
        template(text) {
            // A heredoc keeps quotes and backslashes as they are, as JSON decoded them.
            const wrapped = `t = <<${TEMPLATE_END}\n${text}\n${TEMPLATE_END}\n`;
            const parsed = parse(wrapped, 'template');
            const value = parsed.body.attributes[0]?.value;
            if (parsed.errors.length > 0 || !value)
                return null;
            return withoutFinalNewline(value);
        }
    };
}
/** A heredoc ends with a newline that the wrapped text did not have. */
function withoutFinalNewline(expression) {
    if (expression.kind === 'literal' && typeof expression.value === 'string') {
        return { kind: 'literal', value: expression.value.replace(/\n$/, '') };
    }
    if (expression.kind !== 'template')
        return expression;
    const parts = [...expression.parts];
    const last = parts[parts.length - 1];
    if (typeof last === 'string') {
        const trimmed = last.replace(/\n$/, '');
        if (trimmed === '')
            parts.pop();
        else
            parts[parts.length - 1] = trimmed;
    }
    return { kind: 'template', parts };
}
function locate(file) {
    const candidates = candidatePaths(file);
    const found = candidates.find(candidate => (0,external_node_fs_.existsSync)(candidate));
    if (!found) {
        throw new Error(`the HCL parser cannot start: ${file.name} is in none of ${candidates.join(', ')}`);
    }
    return found;
}
/** Next to this module (the bundle in dist/), then in node_modules above it. */
function candidatePaths(file) {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [external_node_path_default().join(here, file.name)];
    let directory = here;
    for (;;) {
        candidates.push(external_node_path_default().join(directory, 'node_modules', file.packageName, file.name));
        const parent = external_node_path_default().dirname(directory);
        if (parent === directory)
            return candidates;
        directory = parent;
    }
}

;// CONCATENATED MODULE: ./src/templates/terraform-json.ts
/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) read into the same
 * shapes as native HCL. JSON cannot say whether an object is a nested block
 * or an object value, so the block names the evaluator reads are listed
 * here; strings that hold `${...}` are templates, parsed as HCL.
 */

/** How many labels each top-level block type has. */
const LABELS = new Map([
    ['resource', 2],
    ['data', 2],
    ['variable', 1],
    ['module', 1],
    ['output', 1],
    ['locals', 0]
]);
/** Nested blocks inside resources that the evaluator reads, with their labels. */
const NESTED_LABELS = new Map([
    ['settings', 0],
    ['lifecycle', 0],
    ['dynamic', 1]
]);
/** A `.tf.json` file: blocks by type, then by labels. */
function jsonConfigBody(source) {
    const body = { attributes: [], blocks: [] };
    if (!(0,templates_document/* isMap */.jh)(source.value))
        return body;
    for (const [type, content] of Object.entries(source.value)) {
        const labels = LABELS.get(type);
        if (labels === undefined)
            continue;
        collectBlocks(source, type, labels, content, [type], [], body.blocks);
    }
    return body;
}
/** A `.tfvars.json` file: one object of literal values. */
function jsonValuesBody(source) {
    const body = { attributes: [], blocks: [] };
    if (!(0,templates_document/* isMap */.jh)(source.value))
        return body;
    for (const [name, value] of Object.entries(source.value)) {
        body.attributes.push({
            name,
            value: literalExpression(value),
            location: at(source, [name])
        });
    }
    return body;
}
function collectBlocks(source, type, labelsLeft, content, path, labels, into) {
    // Every level of the JSON syntax may also be a list of objects.
    if (Array.isArray(content)) {
        content.forEach((item, index) => collectBlocks(source, type, labelsLeft, item, [...path, index], labels, into));
        return;
    }
    if (!(0,templates_document/* isMap */.jh)(content))
        return;
    if (labelsLeft === 0) {
        into.push({
            type,
            labels,
            body: jsonBody(source, content, path, type === 'variable'),
            location: at(source, path)
        });
        return;
    }
    for (const [label, inner] of Object.entries(content)) {
        collectBlocks(source, type, labelsLeft - 1, inner, [...path, label], [...labels, label], into);
    }
}
function jsonBody(source, content, path, literalOnly) {
    const body = { attributes: [], blocks: [] };
    for (const [name, value] of Object.entries(content)) {
        if (name === '//')
            continue;
        const valuePath = [...path, name];
        const labels = NESTED_LABELS.get(name);
        if (labels !== undefined && ((0,templates_document/* isMap */.jh)(value) || Array.isArray(value))) {
            collectBlocks(source, name, labels, value, valuePath, [], body.blocks);
            continue;
        }
        const attribute = {
            name,
            value: literalOnly
                ? literalExpression(value)
                : expressionOf(source, value, valuePath),
            location: at(source, valuePath)
        };
        body.attributes.push(attribute);
    }
    return body;
}
function expressionOf(source, value, path) {
    if (typeof value === 'string') {
        if (!value.includes('${') && !value.includes('%{')) {
            return { kind: 'literal', value };
        }
        return source.template(value, at(source, path).line);
    }
    if (Array.isArray(value)) {
        return {
            kind: 'tuple',
            items: value.map((item, index) => expressionOf(source, item, [...path, index]))
        };
    }
    if ((0,templates_document/* isMap */.jh)(value)) {
        return {
            kind: 'object',
            entries: Object.entries(value).map(([key, item]) => ({
                key: { kind: 'literal', value: key },
                value: expressionOf(source, item, [...path, key])
            }))
        };
    }
    return { kind: 'literal', value };
}
/** Values that are data, never templates: variable defaults and tfvars. */
function literalExpression(value) {
    if (Array.isArray(value)) {
        return { kind: 'tuple', items: value.map(literalExpression) };
    }
    if ((0,templates_document/* isMap */.jh)(value)) {
        return {
            kind: 'object',
            entries: Object.entries(value).map(([key, item]) => ({
                key: { kind: 'literal', value: key },
                value: literalExpression(item)
            }))
        };
    }
    return { kind: 'literal', value };
}
function at(source, path) {
    return source.locate(path) ?? { file: source.file, line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./src/templates/terraform-values.ts
function primitive(value) {
    return { kind: 'primitive', value };
}
function unknown(reason) {
    return { kind: 'unknown', reason };
}
function failure(message) {
    return { kind: 'error', message };
}
/** Notes how a value was reached, keeping the innermost note. */
function withVia(value, via) {
    if (value.kind === 'unknown' || value.kind === 'error' || value.via) {
        return value;
    }
    return { ...value, via };
}
/** Booleans as Terraform converts them: `true`, `"true"`, `"False"`. */
function asBoolean(value) {
    if (value.kind !== 'primitive')
        return null;
    if (typeof value.value === 'boolean')
        return value.value;
    if (typeof value.value === 'string') {
        const lower = value.value.trim().toLowerCase();
        if (lower === 'true')
            return true;
        if (lower === 'false')
            return false;
    }
    return null;
}
function asNumber(value) {
    if (value.kind !== 'primitive')
        return null;
    if (typeof value.value === 'number')
        return value.value;
    if (typeof value.value === 'string' && value.value.trim() !== '') {
        const number = Number(value.value);
        return Number.isFinite(number) ? number : null;
    }
    return null;
}
/** Strings, numbers and booleans convert to text; other values do not. */
function asText(value) {
    if (value.kind !== 'primitive' || value.value === null)
        return null;
    return String(value.value);
}
/** Values shared between locals can make a comparison exponential: it stops here. */
const MAX_COMPARED_PARTS = 100_000;
/**
 * Equality as `==` sees it: no type conversion; null when a part is unknown
 * or the values are too large to compare.
 */
function sameValue(a, b, budget = { parts: MAX_COMPARED_PARTS }) {
    if (--budget.parts < 0)
        return null;
    if (a.kind === 'unknown' || b.kind === 'unknown')
        return null;
    if (a.kind === 'error' || b.kind === 'error')
        return null;
    if (a.kind === 'primitive' && b.kind === 'primitive') {
        return a.value === b.value;
    }
    if (a.kind === 'tuple' && b.kind === 'tuple') {
        if (a.items.length !== b.items.length)
            return false;
        return allSame(a.items.map((item, i) => [item, b.items[i]]), budget);
    }
    if (a.kind === 'object' && b.kind === 'object') {
        if (a.entries.size !== b.entries.size)
            return false;
        const pairs = [];
        for (const [key, item] of a.entries) {
            const other = b.entries.get(key);
            if (!other)
                return false;
            pairs.push([item, other]);
        }
        return allSame(pairs, budget);
    }
    return false;
}
function allSame(pairs, budget) {
    let result = true;
    for (const [a, b] of pairs) {
        const same = sameValue(a, b, budget);
        if (same === false)
            return false;
        if (same === null)
            result = null;
    }
    return result;
}
/** The first unknown or error inside a value, which makes it unusable whole. */
function firstProblem(value) {
    if (value.kind === 'unknown' || value.kind === 'error')
        return value;
    const parts = value.kind === 'tuple'
        ? value.items
        : value.kind === 'object'
            ? [...value.entries.values()]
            : [];
    for (const part of parts) {
        const problem = firstProblem(part);
        if (problem)
            return problem;
    }
    return null;
}
/** A short rendering for messages. */
function describeValue(value) {
    switch (value.kind) {
        case 'primitive':
            return JSON.stringify(value.value);
        case 'tuple':
            return 'a list';
        case 'object':
            return 'an object';
        case 'unknown':
            return 'unknown';
        case 'error':
            return 'an error';
    }
}
/**
 * A boolean setting: absent or null is unset (the default applies), `true`
 * and `"true"` in any case are set, anything else is unknown with why.
 */
function flagOf(attribute, value) {
    if (!attribute)
        return { state: 'unset' };
    const location = attribute.location;
    if (value.kind === 'unknown') {
        return { state: 'unknown', reason: value.reason, location };
    }
    if (value.kind === 'error') {
        return {
            state: 'unknown',
            reason: `it cannot be evaluated: ${value.message}`,
            location
        };
    }
    if (value.kind === 'primitive' && value.value === null) {
        return { state: 'unset' };
    }
    const boolean = asBoolean(value);
    if (boolean === null) {
        return {
            state: 'unknown',
            reason: `${attribute.name} is ${describeValue(value)}, not a boolean`,
            location
        };
    }
    const flag = { state: 'set', value: boolean, location };
    if (value.via)
        flag.via = value.via;
    return flag;
}

;// CONCATENATED MODULE: ./src/templates/terraform-functions.ts
/**
 * The Terraform functions that decide booleans in real configurations:
 * `try`, `can`, `coalesce`, `lookup`, `tobool`, and a few conversions and
 * collection helpers. Any other function makes the value unknown, naming it.
 */

/** Lists that double through locals could otherwise fill the memory. */
const MAX_ITEMS = 10_000;
function callFunction(name, args, next) {
    // These two look at errors, so they evaluate their arguments themselves.
    if (name === 'try')
        return tryFunction(args, next);
    if (name === 'can')
        return canFunction(args, next);
    const simple = Object.hasOwn(SIMPLE, name) ? SIMPLE[name] : undefined;
    if (!simple)
        return unknown(`it calls ${name}(), which is not evaluated`);
    const values = args.map(next);
    // coalesce and lookup look past unknown arguments they do not need.
    if (name !== 'coalesce' && name !== 'lookup') {
        const problem = values.find(value => value.kind === 'unknown' || value.kind === 'error');
        if (problem)
            return problem;
    }
    return simple(values);
}
/** The first argument that evaluates without an error; an unknown one stops the search. */
function tryFunction(args, next) {
    for (const arg of args) {
        const value = next(arg);
        if (value.kind !== 'error')
            return value;
    }
    return failure('no argument of try() could be evaluated');
}
function canFunction(args, next) {
    const [arg] = args;
    if (!arg)
        return failure('can() needs one argument');
    const value = next(arg);
    if (value.kind === 'unknown')
        return value;
    return primitive(value.kind !== 'error');
}
const SIMPLE = {
    coalesce(args) {
        for (const value of args) {
            if (value.kind === 'unknown' || value.kind === 'error')
                return value;
            if (value.kind === 'primitive') {
                if (value.value === null || value.value === '')
                    continue;
            }
            return value;
        }
        return failure('no argument of coalesce() is set');
    },
    lookup([map, key, fallback]) {
        if (!map || !key)
            return failure('lookup() needs a map and a key');
        if (map.kind === 'unknown' || map.kind === 'error')
            return map;
        if (key.kind === 'unknown' || key.kind === 'error')
            return key;
        const text = asText(key);
        if (map.kind !== 'object' || text === null) {
            return failure('lookup() needs a map and a text key');
        }
        const found = map.entries.get(text);
        if (found)
            return found;
        return fallback ?? failure(`the map has no key "${text}"`);
    },
    tobool([value]) {
        if (value?.kind === 'primitive' && value.value === null)
            return value;
        const truth = value ? asBoolean(value) : null;
        if (truth === null || (value?.kind === 'primitive' && isOddCase(value))) {
            return failure('tobool() needs true or false');
        }
        return primitive(truth);
    },
    tostring([value]) {
        const text = value ? asText(value) : null;
        return text === null ? failure('tostring() needs text') : primitive(text);
    },
    tonumber([value]) {
        const number = value ? asNumber(value) : null;
        return number === null
            ? failure('tonumber() needs a number')
            : primitive(number);
    },
    lower: textFunction(text => text.toLowerCase()),
    upper: textFunction(text => text.toUpperCase()),
    trimspace: textFunction(text => text.trim()),
    length([value]) {
        if (value?.kind === 'tuple')
            return primitive(value.items.length);
        if (value?.kind === 'object')
            return primitive(value.entries.size);
        const text = value ? asText(value) : null;
        return text === null
            ? failure('length() needs a collection')
            : primitive([...text].length);
    },
    contains([list, item]) {
        if (list?.kind !== 'tuple' || !item)
            return failure('contains() needs a list');
        const matches = list.items.map(entry => sameValue(entry, item));
        if (matches.includes(true))
            return primitive(true);
        const problem = firstProblem(list) ?? firstProblem(item);
        return problem ?? primitive(false);
    },
    merge(args) {
        const entries = new Map();
        for (const value of args) {
            if (value.kind === 'primitive' && value.value === null)
                continue;
            if (value.kind !== 'object')
                return failure('merge() needs maps');
            for (const [key, item] of value.entries)
                entries.set(key, item);
        }
        return { kind: 'object', entries };
    },
    toset([value]) {
        if (value?.kind !== 'tuple')
            return failure('toset() needs a list');
        const items = [];
        const seen = new Set();
        for (const item of value.items) {
            // Sets in for_each hold strings; other items are kept as they are.
            const key = item.kind === 'primitive'
                ? `${typeof item.value} ${String(item.value)}`
                : null;
            if (key !== null && seen.has(key))
                continue;
            if (key !== null)
                seen.add(key);
            items.push(item);
        }
        return { kind: 'tuple', items };
    },
    tolist: ([value]) => value?.kind === 'tuple' ? value : failure('tolist() needs a list'),
    tomap: ([value]) => value?.kind === 'object' ? value : failure('tomap() needs a map'),
    concat(args) {
        const items = [];
        for (const value of args) {
            if (value.kind !== 'tuple')
                return failure('concat() needs lists');
            if (items.length + value.items.length > MAX_ITEMS) {
                return unknown('concat() makes a list longer than this tool reads');
            }
            items.push(...value.items);
        }
        return { kind: 'tuple', items };
    }
};
/** tobool accepts only the exact words, unlike the settings themselves. */
function isOddCase(value) {
    return (typeof value.value === 'string' &&
        value.value !== 'true' &&
        value.value !== 'false');
}
function textFunction(change) {
    return ([value]) => {
        const text = value ? asText(value) : null;
        return text === null
            ? failure('the function needs text')
            : primitive(change(text));
    };
}

;// CONCATENATED MODULE: ./src/templates/terraform-operators.ts
/**
 * Terraform's binary operators over values that may be unknown. `&&` and
 * `||` give the answer one known side decides (`false && x` is false), since
 * the final value does not depend on the unknown side.
 */

function applyOperator(operator, expression, next) {
    const left = next(expression.left);
    const right = next(expression.right);
    if (operator === '&&' || operator === '||') {
        return logic(operator, left, right);
    }
    if (left.kind === 'error')
        return left;
    if (right.kind === 'error')
        return right;
    if (operator === '==' || operator === '!=') {
        const same = sameValue(left, right);
        if (same === null)
            return unknownOf(left, right);
        return primitive(operator === '==' ? same : !same);
    }
    if (left.kind === 'unknown' || right.kind === 'unknown') {
        return unknownOf(left, right);
    }
    const a = asNumber(left);
    const b = asNumber(right);
    if (a === null || b === null)
        return failure(`\`${operator}\` needs numbers`);
    return arithmetic(operator, a, b);
}
function logic(operator, left, right) {
    const decisive = operator === '&&' ? false : true;
    const a = asBoolean(left);
    const b = asBoolean(right);
    if (a === decisive || b === decisive)
        return primitive(decisive);
    if (a !== null && b !== null)
        return primitive(!decisive);
    for (const side of [left, right]) {
        if (side.kind === 'error' || side.kind === 'unknown')
            return side;
    }
    return failure(`\`${operator}\` needs booleans`);
}
function arithmetic(operator, a, b) {
    switch (operator) {
        case '+':
            return primitive(a + b);
        case '-':
            return primitive(a - b);
        case '*':
            return primitive(a * b);
        case '/':
            return b === 0 ? failure('division by zero') : primitive(a / b);
        case '%':
            return b === 0 ? failure('division by zero') : primitive(a % b);
        case '<':
            return primitive(a < b);
        case '<=':
            return primitive(a <= b);
        case '>':
            return primitive(a > b);
        case '>=':
            return primitive(a >= b);
        default:
            return failure(`unknown operator ${operator}`);
    }
}
function unknownOf(left, right) {
    for (const side of [left, right]) {
        if (side.kind === 'unknown')
            return side;
    }
    return unknown('a compared value cannot be evaluated');
}

;// CONCATENATED MODULE: ./src/templates/hcl-syntax.ts
/**
 * The steps of a plain reference such as `aws_api_gateway_stage.prod.stage_name`
 * or `aws_api_gateway_stage.s[count.index].id`, or null for any other
 * expression.
 */
function referenceSteps(expression) {
    switch (expression.kind) {
        case 'template': {
            // `"${aws_api_gateway_stage.prod.stage_name}"`, as JSON syntax writes it.
            const [only] = expression.parts;
            const alone = expression.parts.length === 1 && typeof only !== 'string';
            return alone && only ? referenceSteps(only) : null;
        }
        case 'name':
            return [expression.name];
        case 'attribute': {
            const target = referenceSteps(expression.target);
            return target ? [...target, expression.name] : null;
        }
        case 'index': {
            const target = referenceSteps(expression.target);
            return target ? [...target, expression.key] : null;
        }
        default:
            return null;
    }
}
function findAttribute(body, name) {
    return body.attributes.find(attribute => attribute.name === name);
}
function findBlocks(body, type) {
    return body.blocks.filter(block => block.type === type);
}

;// CONCATENATED MODULE: ./src/templates/terraform-references.ts
/**
 * References in Terraform expressions: `var.`, `local.`, `count.index`,
 * `each.key`/`each.value` and the attributes and elements below them have
 * values; data sources, module outputs and other resources are known only
 * after apply (or outside the module), so they are unknown with why.
 */


/** `var.x`, `local.y`, `each.value.z`, resource and data references, `a[0]`. */
function evaluateReference(expression, scope, next) {
    const steps = referenceSteps(expression);
    const [root, first, second] = steps ?? [];
    if (steps && typeof root === 'string') {
        const name = typeof first === 'string' ? first : null;
        let value = namespaceValue(root, name, scope);
        if (!value)
            return unknown(outsideReason(root, name, second));
        for (const step of steps.slice(2))
            value = applyStep(value, step, next);
        return value;
    }
    if (expression.kind === 'attribute') {
        return applyStep(next(expression.target), expression.name, next);
    }
    if (expression.kind === 'index') {
        return applyStep(next(expression.target), expression.key, next);
    }
    return unknown('it is a name this tool does not know');
}
function namespaceValue(root, name, scope) {
    if (name === null)
        return null;
    if (root === 'var')
        return scope.variable(name);
    if (root === 'local')
        return scope.local(name);
    if (root === 'count' && name === 'index')
        return scope.instance('count.index');
    if (root === 'each' && name === 'key')
        return scope.instance('each.key');
    if (root === 'each' && name === 'value')
        return scope.instance('each.value');
    return null;
}
function outsideReason(root, name, second) {
    const third = typeof second === 'string' ? `.${second}` : '';
    switch (root) {
        case 'data':
            return `it is read from data source data.${name ?? '?'}${third}`;
        case 'module':
            return `it is an output of module ${name ?? '?'}`;
        case 'var':
        case 'local':
        case 'count':
        case 'each':
            return `${root}.${name ?? '?'} is not a reference this tool evaluates`;
        case 'path':
        case 'terraform':
        case 'self':
            return `it depends on ${root}.${name ?? '?'}`;
        default:
            if (name === null)
                return `it refers to \`${root}\`, which is not evaluated`;
            return `it is an attribute of ${root}.${name}, known only after apply`;
    }
}
function applyStep(target, step, next) {
    if (target.kind === 'unknown' || target.kind === 'error')
        return target;
    const key = typeof step === 'string' ? primitive(step) : next(step);
    if (key.kind === 'unknown' || key.kind === 'error')
        return key;
    if (target.kind === 'object') {
        const text = asText(key);
        const found = text === null ? undefined : target.entries.get(text);
        return found ?? failure(`the object has no attribute "${text ?? '?'}"`);
    }
    if (target.kind === 'tuple') {
        const index = key.kind === 'primitive' ? Number(key.value) : NaN;
        const found = Number.isInteger(index) ? target.items[index] : undefined;
        return found ?? failure(`the list has no element ${asText(key) ?? '?'}`);
    }
    return failure('only objects and lists have attributes or elements');
}

;// CONCATENATED MODULE: ./src/templates/terraform-expressions.ts
/**
 * Evaluation of Terraform expressions before any plan: literals, templates
 * with known parts, `var.`/`local.` references, `count.index` and `each.*`,
 * conditionals, comparisons and logic, and the functions of
 * terraform-functions.ts. Anything that is only known after apply or outside
 * the module (resources, data sources, module outputs) is unknown with why.
 */




/** Guards against expressions nested beyond any real configuration. */
const MAX_DEPTH = 128;
/** Locals that double a text each time could otherwise fill the memory. */
const MAX_TEXT_LENGTH = 1_000_000;
function evaluate(expression, scope, depth = 0) {
    if (depth > MAX_DEPTH)
        return unknown('the expression nests too deeply');
    const next = inner => evaluate(inner, scope, depth + 1);
    switch (expression.kind) {
        case 'literal':
            return primitive(expression.value);
        case 'template':
            return evaluateTemplate(expression.parts, next);
        case 'tuple':
            return { kind: 'tuple', items: expression.items.map(next) };
        case 'object':
            return evaluateObject(expression.entries, next);
        case 'name':
        case 'attribute':
        case 'index':
            return evaluateReference(expression, scope, next);
        case 'call':
            if (expression.expand) {
                return unknown(`it expands arguments into ${expression.name}()`);
            }
            return callFunction(expression.name, expression.args, next);
        case 'conditional':
            return evaluateConditional(expression, next);
        case 'binary':
            return applyOperator(expression.operator, expression, next);
        case 'unary':
            return evaluateUnary(expression.operator, next(expression.operand));
        case 'unsupported':
            return unknown(`it uses ${expression.what}, which is not evaluated`);
        case 'invalid':
            return unknown(`it could not be parsed (syntax error on line ${expression.line})`);
    }
}
/** `"${x}"` alone keeps x's type; anything else becomes text. */
function evaluateTemplate(parts, next) {
    const only = parts[0];
    if (parts.length === 1 && only !== undefined && typeof only !== 'string') {
        return next(only);
    }
    let text = '';
    for (const part of parts) {
        if (typeof part === 'string') {
            text += part;
            continue;
        }
        const value = next(part);
        if (value.kind === 'unknown' || value.kind === 'error')
            return value;
        const piece = asText(value);
        if (piece === null) {
            return failure('a template interpolates a value that is not text');
        }
        text += piece;
        if (text.length > MAX_TEXT_LENGTH) {
            return unknown('a template makes a text longer than this tool reads');
        }
    }
    return primitive(text);
}
function evaluateObject(entries, next) {
    const result = new Map();
    for (const entry of entries) {
        const key = next(entry.key);
        if (key.kind === 'unknown' || key.kind === 'error')
            return key;
        const text = asText(key);
        if (text === null)
            return failure('an object key is not text');
        result.set(text, next(entry.value));
    }
    return { kind: 'object', entries: result };
}
function evaluateConditional(expression, next) {
    const condition = next(expression.condition);
    if (condition.kind === 'error')
        return condition;
    const truth = asBoolean(condition);
    if (truth !== null) {
        return next(truth ? expression.whenTrue : expression.whenFalse);
    }
    if (condition.kind !== 'unknown') {
        return failure('the condition of a conditional is not a boolean');
    }
    // Both branches alike: the answer does not depend on the condition.
    const whenTrue = next(expression.whenTrue);
    const whenFalse = next(expression.whenFalse);
    if (sameValue(whenTrue, whenFalse) === true)
        return whenTrue;
    return unknown(`it depends on a condition that cannot be evaluated: ${condition.reason}`);
}
function evaluateUnary(operator, operand) {
    if (operand.kind === 'unknown' || operand.kind === 'error')
        return operand;
    if (operator === '!') {
        const truth = asBoolean(operand);
        return truth === null ? failure('`!` needs a boolean') : primitive(!truth);
    }
    if (operand.kind === 'primitive' && typeof operand.value === 'number') {
        return primitive(-operand.value);
    }
    return failure('`-` needs a number');
}

;// CONCATENATED MODULE: ./src/templates/terraform-instances.ts
/**
 * The instances a resource block stands for. `count` and `for_each` that
 * evaluate to nothing make the resource absent; known ones give addresses
 * such as `x.y[0]` and `x.y["key"]`; unknown ones keep one instance at the
 * base address, read as if it exists, because a configuration that would
 * cache unencrypted is worth knowing about before it is switched on.
 */



/** More instances than this are read once, at the base address. */
const MAX_INSTANCES = 64;
function expandInstances(address, body, scope) {
    const count = findAttribute(body, 'count');
    const forEach = findAttribute(body, 'for_each');
    if (count) {
        const value = evaluate(count.value, scope);
        const number = asNumber(value);
        if (number !== null && Number.isInteger(number) && number >= 0) {
            if (number <= MAX_INSTANCES) {
                return Array.from({ length: number }, (_, index) => ({
                    address: `${address}[${index}]`,
                    key: index,
                    scope: scope.forInstance({ countIndex: primitive(index) })
                }));
            }
        }
        const reason = `count cannot be evaluated: ${describeProblem(value, number)}`;
        return [single(address, scope, { countIndex: unknown(reason) })];
    }
    if (forEach) {
        const value = evaluate(forEach.value, scope);
        const entries = eachEntries(value);
        if (entries && entries.length <= MAX_INSTANCES) {
            return entries.map(([key, item]) => ({
                address: `${address}[${JSON.stringify(key)}]`,
                key,
                scope: scope.forInstance({ eachKey: primitive(key), eachValue: item })
            }));
        }
        const reason = `for_each cannot be evaluated: ${describeProblem(value, entries?.length ?? null)}`;
        return [
            single(address, scope, {
                eachKey: unknown(reason),
                eachValue: unknown(reason)
            })
        ];
    }
    return [single(address, scope, {})];
}
function single(address, scope, keys) {
    return { address, key: null, scope: scope.forInstance(keys) };
}
/** A map gives its entries; a set of strings gives each string as key and value. */
function eachEntries(value) {
    if (value.kind === 'object')
        return [...value.entries];
    if (value.kind !== 'tuple')
        return null;
    const entries = [];
    for (const item of value.items) {
        const key = asText(item);
        if (key === null || item.kind !== 'primitive')
            return null;
        entries.push([key, item]);
    }
    return entries;
}
function describeProblem(value, size) {
    if (value.kind === 'unknown')
        return value.reason;
    if (value.kind === 'error')
        return value.message;
    if (size !== null && size > MAX_INSTANCES) {
        return `it makes ${size} instances; only up to ${MAX_INSTANCES} are read one by one`;
    }
    return 'it is not a whole number, a map or a set of strings';
}

;// CONCATENATED MODULE: ./src/templates/terraform-links.ts
/**
 * Which `aws_api_gateway_stage` an `aws_api_gateway_method_settings` belongs
 * to: by reference (`stage_name = aws_api_gateway_stage.prod.stage_name`,
 * with the instance its index names), or by literal, where the stage names
 * are equal and the `rest_api_id`s do not contradict each other.
 */



/** Namespaces whose references are values, not other resources. */
const VALUE_ROOTS = new Set(['var', 'local', 'count', 'each']);
function linkStage(block, instance, stages) {
    const stageName = findAttribute(block.body, 'stage_name');
    const steps = stageName ? referenceSteps(stageName.value) : null;
    const [root, name, next] = steps ?? [];
    if (root === 'aws_api_gateway_stage' && typeof name === 'string') {
        const address = `aws_api_gateway_stage.${name}`;
        const candidates = stages.filter(stage => stage.name === name);
        if (candidates.length === 0) {
            return {
                kind: 'orphan',
                key: `reference ${address}`,
                resource: address,
                stageName: null,
                reason: `${address} is not defined in this module`
            };
        }
        const index = next !== undefined && typeof next !== 'string'
            ? evaluate(next, instance.scope)
            : null;
        const chosen = (index &&
            candidates.find(stage => stage.key !== null &&
                sameValue(primitive(stage.key), index) === true)) ||
            candidates[0];
        return { kind: 'stage', stage: chosen };
    }
    const value = stageName ? evaluate(stageName.value, instance.scope) : null;
    const text = value ? asText(value) : null;
    if (text === null) {
        const why = value?.kind === 'unknown'
            ? value.reason
            : 'stage_name is missing or not text';
        return {
            kind: 'orphan',
            key: `instance ${instance.address}`,
            resource: 'a stage that cannot be found',
            stageName: null,
            reason: `its stage cannot be found: ${why}`
        };
    }
    const api = apiIdentity(findAttribute(block.body, 'rest_api_id')?.value ?? null, instance.scope);
    const match = stages.find(stage => {
        if (stage.stage.stageName !== text)
            return false;
        const other = apiIdentity(stage.restApi, stage.scope);
        return api === null || other === null || api === other;
    });
    if (match)
        return { kind: 'stage', stage: match };
    return {
        kind: 'orphan',
        key: `literal ${api ?? '?'} ${text}`,
        resource: api ? `REST API ${api}` : 'a REST API outside this module',
        stageName: text,
        reason: `no aws_api_gateway_stage in this module has stage_name "${text}"`
    };
}
/**
 * What a `rest_api_id` points at: the resource it references
 * (`aws_api_gateway_rest_api.main`), its literal text, or null when unknown.
 */
function apiIdentity(expression, scope) {
    if (!expression)
        return null;
    const steps = referenceSteps(expression);
    const [root, name, third] = steps ?? [];
    if (typeof root === 'string' && !VALUE_ROOTS.has(root)) {
        const parts = [root, name, root === 'data' ? third : undefined];
        return parts.filter(part => typeof part === 'string').join('.');
    }
    const text = asText(evaluate(expression, scope));
    return text === null ? null : `"${text}"`;
}

// EXTERNAL MODULE: ./src/templates/method-settings.ts
var method_settings = __nccwpck_require__(5350);
;// CONCATENATED MODULE: ./src/templates/terraform-method-settings.ts
/**
 * One `aws_api_gateway_method_settings` instance as a method-setting entry:
 * its `method_path` and the `caching_enabled` and `cache_data_encrypted`
 * of its `settings` block.
 */




function readMethodSetting(block, instance) {
    const body = block.body;
    const methodPath = findAttribute(body, 'method_path');
    const path = methodPath
        ? methodPathOf(evaluate(methodPath.value, instance.scope))
        : { resourcePath: '?', httpMethod: '?' };
    const settings = findBlocks(body, 'settings')[0];
    let caching = { state: 'unset' };
    let encryption = { state: 'unset' };
    if (settings) {
        const cachingAttribute = findAttribute(settings.body, 'caching_enabled');
        const encryptionAttribute = findAttribute(settings.body, 'cache_data_encrypted');
        caching = cachingAttribute
            ? flagOf(cachingAttribute, evaluate(cachingAttribute.value, instance.scope))
            : caching;
        encryption = encryptionAttribute
            ? flagOf(encryptionAttribute, evaluate(encryptionAttribute.value, instance.scope))
            : encryption;
    }
    else if (findBlocks(body, 'dynamic').some(dynamic => dynamic.labels[0] === 'settings')) {
        const reason = 'the settings block is generated by a dynamic block';
        caching = { state: 'unknown', reason, location: block.location };
        encryption = caching;
    }
    return {
        ...path,
        cachingEnabled: caching,
        cacheDataEncrypted: encryption,
        location: block.location,
        resource: instance.address
    };
}
/** A known `method_path`, or `?` for the parts that cannot be read. */
function methodPathOf(value) {
    const text = asText(value);
    return text === null
        ? { resourcePath: '?', httpMethod: '?' }
        : parseMethodPath(text);
}
/**
 * Splits a Terraform `method_path` at its last slash into the model's path
 * and method: `*` on both sides is every path and method, `pets/GET` is
 * `/pets` GET, `/GET` is the root, and `~1` means `/` (`~1pets~1{id}/GET` is
 * `/pets/{id}` GET).
 */
function parseMethodPath(raw) {
    const trimmed = raw.trim();
    const slash = trimmed.lastIndexOf('/');
    if (slash < 0) {
        return { resourcePath: '?', httpMethod: (0,method_settings/* normalizeHttpMethod */.F4)(trimmed) };
    }
    const path = trimmed.slice(0, slash);
    return {
        resourcePath: path.trim() === '' ? '/' : (0,method_settings/* normalizeResourcePath */.f)(path),
        httpMethod: (0,method_settings/* normalizeHttpMethod */.F4)(trimmed.slice(slash + 1))
    };
}

;// CONCATENATED MODULE: ./src/templates/terraform-scope.ts
/**
 * What names mean inside one module: its resolved variables, its locals
 * (evaluated on first use, guarded against circles), and per resource
 * instance `count.index` or `each.key`/`each.value`.
 */


class ModuleScope {
    variables;
    locals;
    localValues = new Map();
    evaluating = new Set();
    constructor(variables, locals) {
        this.variables = variables;
        this.locals = locals;
    }
    variable(name) {
        return (this.variables.get(name) ??
            unknown(`variable \`${name}\` is not declared in this module`));
    }
    local(name) {
        const cached = this.localValues.get(name);
        if (cached)
            return cached;
        const expression = this.locals.get(name);
        if (!expression) {
            return unknown(`local \`${name}\` is not defined in this module`);
        }
        if (this.evaluating.has(name)) {
            return unknown(`local \`${name}\` refers to itself`);
        }
        this.evaluating.add(name);
        const value = withVia(evaluate(expression, this), `local \`${name}\``);
        this.evaluating.delete(name);
        this.localValues.set(name, value);
        return value;
    }
    instance(name) {
        return unknown(`${name} is only set in a resource with count or for_each`);
    }
    /** The scope inside one instance of a resource. */
    forInstance(keys) {
        return {
            variable: name => this.variable(name),
            local: name => this.local(name),
            instance: name => {
                const value = name === 'count.index'
                    ? keys.countIndex
                    : name === 'each.key'
                        ? keys.eachKey
                        : keys.eachValue;
                return value ?? this.instance(name);
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/templates/terraform-variables.ts
/**
 * Input variables of one module, with Terraform's precedence: the default,
 * then `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in
 * name order, then the var files the user names, in order. Environment
 * variables (`TF_VAR_*`) and `-var` are not read: a scan evaluates what the
 * repository says.
 */



/** Defaults and value files hold literals: references are not allowed there. */
const CONSTANT_SCOPE = {
    variable: name => unknown(`a value refers to var.${name}, which Terraform does not allow here`),
    local: name => unknown(`a value refers to local.${name}, which Terraform does not allow here`),
    instance: name => unknown(`a value refers to ${name}, which Terraform does not allow here`)
};
/** Orders value files found beside a module the way Terraform loads them. */
function automaticValueFileOrder(names) {
    const rank = (name) => {
        const lower = name.toLowerCase();
        if (lower === 'terraform.tfvars')
            return 0;
        if (lower === 'terraform.tfvars.json')
            return 1;
        if (/\.auto\.tfvars(\.json)?$/.test(lower))
            return 2;
        return -1;
    };
    return names
        .filter(name => rank(name) >= 0)
        .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
/** Resolves each declared variable to its final value, or unknown with why. */
function resolveVariables(declarations, valueFiles, inputs) {
    const values = new Map();
    for (const declaration of declarations) {
        const name = declaration.labels[0];
        if (name === undefined)
            continue;
        const fallback = findAttribute(declaration.body, 'default');
        let value = fallback
            ? withVia(evaluate(fallback.value, CONSTANT_SCOPE), `default of variable \`${name}\``)
            : unknown(`variable \`${name}\` has no value; pass a var file`);
        if (inputs) {
            const passed = inputs.values.get(name);
            if (passed) {
                value = withVia(passed, `variable \`${name}\` from ${inputs.address} at ${inputs.origin}`);
            }
            else if (!fallback) {
                value = unknown(`variable \`${name}\` has no default and ${inputs.address} at ${inputs.origin} passes no value`);
            }
            values.set(name, value);
            continue;
        }
        for (const file of valueFiles) {
            const assigned = findAttribute(file.body, name);
            if (!assigned)
                continue;
            value = withVia(evaluate(assigned.value, CONSTANT_SCOPE), `variable \`${name}\` from ${file.origin}`);
        }
        values.set(name, value);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/templates/terraform-module.ts
/**
 * Stages of one Terraform module (one directory): every
 * `aws_api_gateway_stage` with its `cache_cluster_enabled`, and every
 * `aws_api_gateway_method_settings` as one method-setting entry of the stage
 * it names through `rest_api_id` and `stage_name`. A method setting whose
 * stage is not in the module is still judged, on a stage of its own whose
 * cache cluster is unknown.
 *
 * A module read with the inputs of a call (`module "api" { source = "./api" }`)
 * takes the values the caller passes, and its addresses start with the
 * call's. Its local calls are listed so the scan can follow them.
 *
 * A shortcoming, until a user's configuration needs it: override files
 * (`override.tf`, `*_override.tf`) are read as ordinary files, not merged
 * into the blocks they override.
 */








/** Arguments of a `module` block that are not the child's variables. */
const MODULE_META_ARGUMENTS = new Set([
    'source',
    'version',
    'count',
    'for_each',
    'providers',
    'depends_on'
]);
/** Builds the stages a module defines, and lists its local module calls. */
function terraformStages(module) {
    const blocks = module.configs.flatMap(config => config.body.blocks);
    const locals = new Map();
    for (const block of findBlocksIn(blocks, 'locals')) {
        for (const attribute of block.body.attributes) {
            locals.set(attribute.name, attribute.value);
        }
    }
    const variables = resolveVariables(findBlocksIn(blocks, 'variable'), module.valueFiles, module.inputs);
    const scope = new ModuleScope(variables, locals);
    const prefix = module.inputs ? `${module.inputs.address}.` : '';
    const resources = findBlocksIn(blocks, 'resource')
        .filter(block => block.labels.length >= 2)
        .map(block => ({
        type: block.labels[0],
        name: block.labels[1],
        block
    }));
    const stages = [];
    for (const resource of ofType(resources, 'aws_api_gateway_stage')) {
        for (const instance of instancesOf(prefix, resource, scope)) {
            stages.push(stageInstance(resource, instance));
        }
    }
    const orphans = new Map();
    for (const resource of ofType(resources, 'aws_api_gateway_method_settings')) {
        for (const instance of instancesOf(prefix, resource, scope)) {
            const entry = readMethodSetting(resource.block, instance);
            const link = linkStage(resource.block, instance, stages);
            if (link.kind === 'stage') {
                link.stage.stage.methodSettings.push(entry);
                continue;
            }
            const orphan = orphans.get(link.key) ?? {
                origin: 'template',
                format: 'terraform',
                file: resource.block.location.file,
                resource: link.resource,
                stageName: link.stageName,
                location: resource.block.location,
                cacheClusterEnabled: {
                    state: 'unknown',
                    reason: link.reason,
                    location: null
                },
                methodSettings: []
            };
            orphan.methodSettings.push(entry);
            orphans.set(link.key, orphan);
        }
    }
    return {
        stages: [...stages.map(linked => linked.stage), ...orphans.values()],
        calls: moduleCalls(findBlocksIn(blocks, 'module'), prefix, scope)
    };
}
/** The local calls of a module, each instance with its evaluated arguments. */
function moduleCalls(blocks, prefix, scope) {
    const calls = [];
    for (const block of blocks) {
        const name = block.labels[0];
        const source = findAttribute(block.body, 'source');
        const literal = source ? evaluate(source.value, scope) : null;
        const directory = literal ? asText(literal) : null;
        // Registry and remote modules are not in the repository to read.
        if (name === undefined || directory === null)
            continue;
        if (!directory.startsWith('./') && !directory.startsWith('../'))
            continue;
        const address = `${prefix}module.${name}`;
        for (const instance of expandInstances(address, block.body, scope)) {
            const values = new Map();
            for (const argument of block.body.attributes) {
                if (MODULE_META_ARGUMENTS.has(argument.name))
                    continue;
                values.set(argument.name, evaluate(argument.value, instance.scope));
            }
            const { file, line } = block.location;
            calls.push({
                source: directory,
                inputs: { address: instance.address, values, origin: `${file}:${line}` }
            });
        }
    }
    return calls;
}
function stageInstance(resource, instance) {
    const body = resource.block.body;
    const cluster = findAttribute(body, 'cache_cluster_enabled');
    const stageName = findAttribute(body, 'stage_name');
    return {
        name: resource.name,
        key: instance.key,
        restApi: findAttribute(body, 'rest_api_id')?.value ?? null,
        scope: instance.scope,
        stage: {
            origin: 'template',
            format: 'terraform',
            file: resource.block.location.file,
            resource: instance.address,
            stageName: stageName
                ? asText(evaluate(stageName.value, instance.scope))
                : null,
            location: resource.block.location,
            cacheClusterEnabled: cluster
                ? flagOf(cluster, evaluate(cluster.value, instance.scope))
                : { state: 'unset' },
            methodSettings: []
        }
    };
}
function instancesOf(prefix, resource, scope) {
    return expandInstances(`${prefix}${resource.type}.${resource.name}`, resource.block.body, scope);
}
function ofType(resources, type) {
    return resources.filter(resource => resource.type === type);
}
function findBlocksIn(blocks, type) {
    return blocks.filter(block => block.type === type);
}

;// CONCATENATED MODULE: ./src/templates/terraform-scan.ts
/**
 * Terraform in a scan: the `.tf` and `.tf.json` files of one directory are
 * one module, read together with the directory's `terraform.tfvars` and
 * `*.auto.tfvars` files and the var files the user names. Syntax errors are
 * reported with their lines, and the rest of the module is still read.
 */







/** The resource types whose bodies decide a verdict. */
const READ_RESOURCES = new Set([
    'aws_api_gateway_stage',
    'aws_api_gateway_method_settings'
]);
/**
 * `.tf`/`.tf.json` hold configuration, and so do OpenTofu's `.tofu` and
 * `.tofu.json`; `.tfvars`/`.tfvars.json` hold values.
 */
function terraformFileKind(name) {
    const lower = name.toLowerCase();
    if (/\.(?:tf|tofu)(?:\.json)?$/.test(lower))
        return 'config';
    if (lower.endsWith('.tfvars') || lower.endsWith('.tfvars.json'))
        return 'values';
    return null;
}
/**
 * OpenTofu reads `x.tofu` instead of `x.tf` (and `x.tofu.json` instead of
 * `x.tf.json`) when both are in a directory, and Terraform ignores `.tofu`
 * files: a directory that has both is run with OpenTofu, so the scan reads
 * what OpenTofu applies.
 */
function withoutShadowedFiles(configs) {
    const names = new Set(configs.map(config => config.display.toLowerCase()));
    return configs.filter(config => {
        const lower = config.display.toLowerCase();
        const tofu = lower.replace(/\.tf(\.json)?$/, '.tofu$1');
        return tofu === lower || !names.has(tofu);
    });
}
/**
 * Scans the files of one module. `varFiles` are applied after the
 * directory's automatic value files, later ones winning. `scanFiles`, the
 * number of Terraform files in the whole scan, sizes the parser.
 */
async function scanTerraformModule(files, varFiles = [], scanFiles = files.length, inputs) {
    const configs = withoutShadowedFiles(files.filter(file => terraformFileKind(file.display) === 'config'));
    const directory = external_node_path_default().posix.dirname(configs[0]?.display ?? files[0]?.display ?? '.');
    const scan = {
        directory,
        stages: [],
        errors: [],
        files: 0,
        resources: new Map(),
        calls: []
    };
    if (configs.length === 0)
        return scan;
    const byName = new Map(files.map(file => [external_node_path_default().posix.basename(file.display), file]));
    // A child module takes its caller's values, never value files.
    const valueSources = inputs
        ? []
        : [
            ...automaticValueFileOrder([...byName.keys()]).map(name => ({
                source: byName.get(name),
                origin: name
            })),
            ...varFiles.map(source => ({
                source,
                origin: `var file ${source.display}`
            }))
        ];
    let parser = null;
    if ([...configs, ...valueSources.map(item => item.source)].some(needsParser)) {
        try {
            parser = await loadHclParser(scanFiles);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            scan.errors.push({
                file: configs[0]?.display ?? directory,
                line: null,
                message
            });
            return scan;
        }
    }
    const parsedConfigs = [];
    for (const config of configs) {
        const body = readBody(config, 'config', parser, scan.errors);
        if (!body)
            continue;
        parsedConfigs.push({ file: config.display, body });
        if (!scan.errors.some(error => error.file === config.display))
            scan.files++;
    }
    const valueFiles = [];
    for (const { source, origin } of valueSources) {
        const body = readBody(source, 'values', parser, scan.errors);
        if (body)
            valueFiles.push({ body, origin });
    }
    for (const config of parsedConfigs) {
        for (const block of config.body.blocks) {
            if (block.type !== 'resource' || block.labels.length < 2)
                continue;
            scan.resources.set(`${block.labels[0]}.${block.labels[1]}`, block);
        }
    }
    try {
        const module = terraformStages({
            configs: parsedConfigs,
            valueFiles,
            ...(inputs ? { inputs } : {})
        });
        scan.stages = module.stages;
        scan.calls = module.calls.map(call => ({
            ...call,
            source: external_node_path_default().posix.normalize(external_node_path_default().posix.join(directory, call.source))
        }));
    }
    catch (error) {
        // A module this evaluator cannot handle is reported, never passed.
        const message = error instanceof Error ? error.message : String(error);
        scan.errors.push({
            file: directory,
            line: null,
            message: `module could not be evaluated: ${message}`
        });
    }
    return scan;
}
/** Top-level blocks whose bodies the evaluator reads. */
function isReadBlock(type, labels) {
    if (type === 'variable' || type === 'locals' || type === 'module') {
        return true;
    }
    return type === 'resource' && READ_RESOURCES.has(labels[0] ?? '');
}
function needsParser(source) {
    if (!source.display.toLowerCase().endsWith('.json'))
        return true;
    return source.text.includes('${') || source.text.includes('%{');
}
function readBody(source, kind, parser, errors) {
    const file = source.display;
    if (file.toLowerCase().endsWith('.json')) {
        try {
            const document = (0,json_document/* readJson */.V)(source.text, file);
            const json = {
                value: document.value,
                file,
                locate: document.locate,
                template: (text, line) => parser?.template(text) ?? { kind: 'invalid', line }
            };
            return kind === 'config' ? jsonConfigBody(json) : jsonValuesBody(json);
        }
        catch (error) {
            const line = error instanceof templates_document/* DocumentError */.Mi ? error.line : null;
            const message = error instanceof Error ? error.message : String(error);
            errors.push({ file, line, message });
            return null;
        }
    }
    if (!parser)
        return null;
    const parsed = parser.parse(source.text, file, kind === 'config' ? isReadBlock : undefined);
    for (const error of parsed.errors)
        errors.push({ file, ...error });
    return parsed.body;
}

;// CONCATENATED MODULE: ./src/call-graph.ts
/**
 * Following calls between the units of a scan: Terraform modules that call
 * local child modules, templates whose nested stacks are local templates.
 * The callee is read again with the values its caller passes, because that,
 * not its own defaults, is what gets deployed.
 */
/**
 * Follows the calls of the roots (the units that no unit of the scan calls),
 * then the calls of what they read, breadth first. A target outside the
 * workspace (`..`), a cycle, or one nested past `maxDepth` is not followed,
 * so that target keeps its own reading and nothing is lost.
 */
async function followCalls(options) {
    const { keyOf, callsOf, targetOf } = options;
    const called = new Set(options.units.flatMap(unit => callsOf(unit).map(targetOf)));
    const pending = options.units
        .filter(unit => !called.has(keyOf(unit)))
        .flatMap(unit => callsOf(unit).map(call => ({ call, chain: [keyOf(unit)] })));
    const followed = {
        readings: [],
        evaluated: new Set(),
        leftOver: []
    };
    let reads = 0;
    while (pending.length > 0 && reads < options.maxReads) {
        const { call, chain } = pending.shift();
        const target = targetOf(call);
        if (target.startsWith('..') || chain.includes(target))
            continue;
        if (chain.length > options.maxDepth)
            continue;
        reads++;
        const unit = await options.read(call, followed.evaluated.has(target));
        if (!unit)
            continue;
        followed.evaluated.add(target);
        followed.readings.push(unit);
        for (const next of callsOf(unit)) {
            pending.push({ call: next, chain: [...chain, target] });
        }
    }
    followed.leftOver = pending.map(item => item.call);
    return followed;
}

// EXTERNAL MODULE: ./src/model.ts
var model = __nccwpck_require__(182);
;// CONCATENATED MODULE: ./src/templates/terraform-discovery.ts
/**
 * Terraform files in a scan, grouped into modules (one directory each) and
 * read safely, and the var files the user names. Every module is scanned
 * once, after all its files are read.
 */






function isTerraformFile(display) {
    return terraformFileKind(external_node_path_default().posix.basename(display)) !== null;
}
/**
 * Reads the var files the user names. A var file that cannot be read stops
 * the run, like a missing path: the scan would not be what was asked.
 */
async function readVarFiles(workspace, files, maxFileSize) {
    const sources = [];
    for (const file of files) {
        if (terraformFileKind(file) !== 'values') {
            throw new templates_files/* InputPathError */.Or(`var file "${file}" must end in .tfvars or .tfvars.json`);
        }
        const read = await (0,read_text/* readTextFile */.G)(external_node_path_default().resolve(workspace, file), maxFileSize);
        if (!read.ok) {
            throw new templates_files/* InputPathError */.Or(`var file "${file}" cannot be read: ${read.message}`);
        }
        sources.push({ display: file.split((external_node_path_default()).sep).join('/'), text: read.text });
    }
    return sources;
}
/** Groups Terraform files into modules, by directory as reports show it. */
function terraformModules(files) {
    const directories = new Map();
    for (const file of files) {
        const directory = external_node_path_default().posix.dirname(file.display);
        const group = directories.get(directory);
        if (group)
            group.push(file);
        else
            directories.set(directory, [file]);
    }
    return directories;
}
/**
 * Reads and scans one module. `totalFiles` is the number of Terraform files
 * in the whole scan, which lets the parser choose how to start.
 */
async function scanTerraformGroup(group, varFiles, maxFileSize, totalFiles, inputs) {
    const sources = [];
    const errors = [];
    for (const file of group) {
        const read = await (0,read_text/* readTextFile */.G)(file.absolute, maxFileSize);
        if (read.ok) {
            sources.push({ display: file.display, text: read.text });
        }
        else {
            errors.push({
                file: file.display,
                line: read.line,
                message: read.message
            });
        }
    }
    try {
        return {
            module: await scanTerraformModule(sources, varFiles, totalFiles, inputs),
            errors
        };
    }
    catch (error) {
        // A module that breaks the reader is reported, never passed.
        errors.push({
            file: external_node_path_default().posix.dirname(group[0]?.display ?? '.'),
            line: null,
            message: `Terraform module could not be scanned: ${(0,templates_files/* describeError */.Uc)(error)}`
        });
        return { module: null, errors };
    }
}
/** Puts module outcomes together; a var file problem shows in every module but is listed once. */
function collectModules(outcomes) {
    const modules = [];
    const errors = [];
    const firstSeen = (0,model/* firstReports */.qQ)();
    for (const outcome of outcomes) {
        errors.push(...outcome.errors);
        if (!outcome.module)
            continue;
        outcome.module.errors = outcome.module.errors.filter(firstSeen);
        modules.push(outcome.module);
    }
    return { modules, errors };
}
/** Calls nest at most this deep; deeper ones are not followed. */
const MAX_CALL_DEPTH = 8;
/** Child modules read for calls in one scan, at most. */
const MAX_CALL_SCANS = 2_000;
/**
 * Follows local module calls from the root modules of the scan: each called
 * directory is read again with the caller's values, under the call's
 * address, and so on down. A called module's own reading, with its
 * variables' defaults, is then dropped: it is not what Terraform applies. A
 * directory the scan was not given is read too, so a pull request that
 * changes only a caller is still judged.
 */
async function followModuleCalls(modules, groups, findFiles, maxFileSize, totalFiles) {
    // Problems of a file are reported once, however often it is called.
    const firstSeen = (0,model/* firstReports */.qQ)(modules.flatMap(module => module.errors));
    const problems = [];
    const followed = await followCalls({
        units: modules,
        keyOf: module => module.directory,
        callsOf: module => module.calls,
        targetOf: call => call.source,
        maxDepth: MAX_CALL_DEPTH,
        maxReads: MAX_CALL_SCANS,
        read: async (call, again) => {
            let files = groups.get(call.source);
            if (!files) {
                const found = await findFiles(call.source);
                problems.push(...found.problems.filter(firstSeen));
                files = found.files;
            }
            if (files.length === 0)
                return null;
            const outcome = await scanTerraformGroup(files, [], maxFileSize, totalFiles, call.inputs);
            const child = outcome.module;
            if (!child)
                return null;
            child.errors = [...outcome.errors, ...child.errors].filter(firstSeen);
            // A directory's files count once, however often it is called.
            if (again || groups.has(call.source))
                child.files = 0;
            return child;
        }
    });
    const [first] = followed.leftOver;
    if (first) {
        problems.push({
            file: first.inputs.origin.replace(/:\d+$/, ''),
            line: null,
            message: `${followed.leftOver.length} more module calls were not followed: a scan follows at most ${MAX_CALL_SCANS}; scan fewer directories at once`
        });
    }
    const own = modules.map(module => followed.evaluated.has(module.directory)
        ? { ...module, stages: [] }
        : module);
    return { modules: [...own, ...followed.readings], errors: problems };
}

;// CONCATENATED MODULE: ./src/templates/terraform-plan-resources.ts
/**
 * The resources of a Terraform plan JSON (`terraform show -json`): from
 * `resource_changes` (values after the change, with `after_unknown`), or from
 * `planned_values` when a plan has no changes list, child modules included.
 */

/** True for the JSON that `terraform show -json` prints for a plan. */
function isTerraformPlan(value) {
    if (!(0,templates_document/* isMap */.jh)(value))
        return false;
    if (typeof (0,templates_document/* field */.ZZ)(value, 'format_version') !== 'string')
        return false;
    return (Array.isArray((0,templates_document/* field */.ZZ)(value, 'resource_changes')) ||
        (0,templates_document/* isMap */.jh)((0,templates_document/* field */.ZZ)(value, 'planned_values')));
}
/** A cheap check before parsing: most JSON files are no plan. */
function mayBeTerraformPlan(text) {
    return (text.includes('"format_version"') &&
        (text.includes('"resource_changes"') || text.includes('"planned_values"')));
}
function planResources(plan) {
    const changes = (0,templates_document/* field */.ZZ)(plan, 'resource_changes');
    if (Array.isArray(changes))
        return fromChanges(changes);
    const planned = (0,templates_document/* field */.ZZ)(plan, 'planned_values');
    const root = (0,templates_document/* isMap */.jh)(planned) ? (0,templates_document/* field */.ZZ)(planned, 'root_module') : undefined;
    return (0,templates_document/* isMap */.jh)(root) ? fromModule(root, ['planned_values', 'root_module']) : [];
}
function fromChanges(changes) {
    const resources = [];
    changes.forEach((change, i) => {
        if (!(0,templates_document/* isMap */.jh)(change) || (0,templates_document/* field */.ZZ)(change, 'mode') !== 'managed')
            return;
        const detail = (0,templates_document/* field */.ZZ)(change, 'change');
        if (!(0,templates_document/* isMap */.jh)(detail))
            return;
        const after = (0,templates_document/* field */.ZZ)(detail, 'after');
        // A resource the plan deletes has no values after the change.
        if (!(0,templates_document/* isMap */.jh)(after))
            return;
        const resource = identify(change, after, ['resource_changes', i]);
        if (!resource)
            return;
        resource.unknowns = (0,templates_document/* field */.ZZ)(detail, 'after_unknown') ?? null;
        resource.valuesPath = ['resource_changes', i, 'change', 'after'];
        resources.push(resource);
    });
    return resources;
}
function fromModule(module, path) {
    const resources = [];
    const list = (0,templates_document/* field */.ZZ)(module, 'resources');
    if (Array.isArray(list)) {
        list.forEach((entry, i) => {
            if (!(0,templates_document/* isMap */.jh)(entry) || (0,templates_document/* field */.ZZ)(entry, 'mode') !== 'managed')
                return;
            const values = (0,templates_document/* field */.ZZ)(entry, 'values');
            if (!(0,templates_document/* isMap */.jh)(values))
                return;
            const resource = identify(entry, values, [...path, 'resources', i]);
            if (resource)
                resources.push(resource);
        });
    }
    const children = (0,templates_document/* field */.ZZ)(module, 'child_modules');
    if (Array.isArray(children)) {
        children.forEach((child, i) => {
            if ((0,templates_document/* isMap */.jh)(child)) {
                resources.push(...fromModule(child, [...path, 'child_modules', i]));
            }
        });
    }
    return resources;
}
function identify(entry, values, entryPath) {
    const address = (0,templates_document/* field */.ZZ)(entry, 'address');
    const type = (0,templates_document/* field */.ZZ)(entry, 'type');
    const name = (0,templates_document/* field */.ZZ)(entry, 'name');
    if (typeof address !== 'string' || typeof type !== 'string')
        return null;
    if (typeof name !== 'string')
        return null;
    const index = (0,templates_document/* field */.ZZ)(entry, 'index');
    return {
        address,
        modules: modulePath(address),
        type,
        name,
        index: typeof index === 'number' || typeof index === 'string' ? index : null,
        values,
        unknowns: null,
        valuesPath: [...entryPath, 'values'],
        entryPath
    };
}
/** `module.a["x"].module.b.aws_x.y` gives ["a", "b"]. */
function modulePath(address) {
    const names = [];
    const pattern = /module\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\./gy;
    let match;
    while ((match = pattern.exec(address)) !== null) {
        names.push(match[1]);
    }
    return names;
}
/** The `configuration` entry of a resource, to read its references. */
function configurationOf(plan, resource) {
    const configuration = (0,templates_document/* field */.ZZ)(plan, 'configuration');
    let module = (0,templates_document/* isMap */.jh)(configuration)
        ? (0,templates_document/* field */.ZZ)(configuration, 'root_module')
        : undefined;
    for (const name of resource.modules) {
        const calls = (0,templates_document/* isMap */.jh)(module) ? (0,templates_document/* field */.ZZ)(module, 'module_calls') : undefined;
        const call = (0,templates_document/* isMap */.jh)(calls) ? (0,templates_document/* field */.ZZ)(calls, name) : undefined;
        module = (0,templates_document/* isMap */.jh)(call) ? (0,templates_document/* field */.ZZ)(call, 'module') : undefined;
    }
    const list = (0,templates_document/* isMap */.jh)(module) ? (0,templates_document/* field */.ZZ)(module, 'resources') : undefined;
    if (!Array.isArray(list))
        return null;
    const wanted = `${resource.type}.${resource.name}`;
    const found = list.find(item => (0,templates_document/* isMap */.jh)(item) && (0,templates_document/* field */.ZZ)(item, 'address') === wanted);
    return (0,templates_document/* isMap */.jh)(found) ? found : null;
}
/** The local `source` of each module call along a path, or null past a registry module. */
function moduleSources(plan, modules) {
    const configuration = (0,templates_document/* field */.ZZ)(plan, 'configuration');
    let module = (0,templates_document/* isMap */.jh)(configuration)
        ? (0,templates_document/* field */.ZZ)(configuration, 'root_module')
        : undefined;
    const sources = [];
    for (const name of modules) {
        const calls = (0,templates_document/* isMap */.jh)(module) ? (0,templates_document/* field */.ZZ)(module, 'module_calls') : undefined;
        const call = (0,templates_document/* isMap */.jh)(calls) ? (0,templates_document/* field */.ZZ)(calls, name) : undefined;
        const source = (0,templates_document/* isMap */.jh)(call) ? (0,templates_document/* field */.ZZ)(call, 'source') : undefined;
        if (typeof source !== 'string' || !/^\.\.?\//.test(source))
            return null;
        sources.push(source);
        module = (0,templates_document/* isMap */.jh)(call) ? (0,templates_document/* field */.ZZ)(call, 'module') : undefined;
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/templates/terraform-plan-values.ts
/**
 * Values of a plan resource: a boolean setting as a three-valued flag, where
 * `after_unknown` makes it unknown, and where a setting is written in the
 * resource's `.tf` block when the scan holds it.
 */


function planFlag(resource, keys, location) {
    const name = String(keys[keys.length - 1]);
    if (isUnknownAt(resource.unknowns, keys)) {
        return {
            state: 'unknown',
            reason: `${name} is known only after apply (after_unknown in the plan)`,
            location
        };
    }
    const value = valueAt(resource.values, keys);
    if (value === undefined || value === null)
        return { state: 'unset' };
    if (typeof value === 'boolean')
        return { state: 'set', value, location };
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
        return {
            state: 'set',
            value: value.trim().toLowerCase() === 'true',
            location
        };
    }
    return {
        state: 'unknown',
        reason: `${name} is not a boolean in the plan`,
        location
    };
}
function isUnknownAt(unknowns, keys) {
    let current = unknowns ?? undefined;
    for (const key of keys) {
        if (current === true)
            return true;
        current = step(current, key);
    }
    return current === true;
}
function valueAt(values, keys) {
    let current = values;
    for (const key of keys)
        current = step(current, key);
    return current;
}
function step(value, key) {
    if (Array.isArray(value) && typeof key === 'number')
        return value[key];
    if ((0,templates_document/* isMap */.jh)(value) && typeof key === 'string')
        return (0,templates_document/* field */.ZZ)(value, key);
    return undefined;
}
/** The attribute's line in the `.tf` block when it is written there, else the block. */
function tfLocation(block, keys) {
    const names = keys.filter((key) => typeof key === 'string');
    let body = block.body;
    for (const name of names.slice(0, -1)) {
        const nested = findBlocks(body, name)[0];
        if (!nested)
            return block.location;
        body = nested.body;
    }
    const last = names[names.length - 1];
    const attribute = last === undefined ? undefined : findAttribute(body, last);
    return attribute?.location ?? block.location;
}

;// CONCATENATED MODULE: ./src/templates/terraform-plan.ts
/**
 * Stages from a Terraform plan JSON: the same two resource types as in
 * `.tf` files, with the values Terraform resolved. A value marked in
 * `after_unknown` is unknown. Method settings link to stages through the
 * plan's own `configuration` references, else by stage name. Findings point
 * at the resource's block in a `.tf` file when the scan holds it, otherwise
 * into the plan file.
 */




function terraformPlanStages(document, file, findBlock) {
    const plan = document.value;
    const located = planResources(plan).map(resource => ({
        resource,
        block: findBlock?.(resource, moduleSources(plan, resource.modules)) ?? null
    }));
    const at = (item, keys) => {
        if (item.block)
            return tfLocation(item.block, keys);
        const written = keys.length > 0
            ? document.locate([...item.resource.valuesPath, ...keys])
            : null;
        return (written ??
            document.locate(item.resource.entryPath) ?? { file, line: 1, column: 1 });
    };
    const stages = located.filter(item => item.resource.type === 'aws_api_gateway_stage');
    for (const item of stages) {
        const { resource } = item;
        const stageName = (0,templates_document/* field */.ZZ)(resource.values, 'stage_name');
        item.stage = {
            origin: 'template',
            format: 'terraform-plan',
            file: at(item, []).file,
            resource: resource.address,
            stageName: typeof stageName === 'string' ? stageName : null,
            location: at(item, []),
            cacheClusterEnabled: planFlag(resource, ['cache_cluster_enabled'], at(item, ['cache_cluster_enabled'])),
            methodSettings: []
        };
    }
    const orphans = new Map();
    for (const item of located) {
        if (item.resource.type !== 'aws_api_gateway_method_settings')
            continue;
        const entry = methodSetting(item, at);
        const stage = linkedStage(plan, item.resource, stages);
        if (stage?.stage) {
            stage.stage.methodSettings.push(entry);
            continue;
        }
        const name = (0,templates_document/* field */.ZZ)(item.resource.values, 'stage_name');
        const key = `${item.resource.modules.join('.')} ${typeof name === 'string' ? name : item.resource.address}`;
        const orphan = orphans.get(key) ?? {
            origin: 'template',
            format: 'terraform-plan',
            file: at(item, []).file,
            resource: 'a stage that is not in the plan',
            stageName: typeof name === 'string' ? name : null,
            location: at(item, []),
            cacheClusterEnabled: {
                state: 'unknown',
                reason: 'its aws_api_gateway_stage is not in the plan',
                location: null
            },
            methodSettings: []
        };
        orphan.methodSettings.push(entry);
        orphans.set(key, orphan);
    }
    return [
        ...stages.flatMap(item => (item.stage ? [item.stage] : [])),
        ...orphans.values()
    ];
}
function methodSetting(item, at) {
    const { resource } = item;
    const methodPath = (0,templates_document/* field */.ZZ)(resource.values, 'method_path');
    const path = typeof methodPath === 'string'
        ? parseMethodPath(methodPath)
        : { resourcePath: '?', httpMethod: '?' };
    const caching = ['settings', 0, 'caching_enabled'];
    const encryption = ['settings', 0, 'cache_data_encrypted'];
    return {
        ...path,
        cachingEnabled: planFlag(resource, caching, at(item, caching)),
        cacheDataEncrypted: planFlag(resource, encryption, at(item, encryption)),
        location: at(item, []),
        resource: resource.address
    };
}
/** The stage named by the configuration's reference, else by stage name. */
function linkedStage(plan, resource, stages) {
    const sameModule = stages.filter(item => item.resource.modules.join('.') === resource.modules.join('.'));
    const expressions = (0,templates_document/* field */.ZZ)(configurationOf(plan, resource) ?? {}, 'expressions');
    const stageName = (0,templates_document/* isMap */.jh)(expressions)
        ? (0,templates_document/* field */.ZZ)(expressions, 'stage_name')
        : undefined;
    const references = (0,templates_document/* isMap */.jh)(stageName)
        ? (0,templates_document/* field */.ZZ)(stageName, 'references')
        : undefined;
    for (const reference of Array.isArray(references) ? references : []) {
        const match = typeof reference === 'string'
            ? /^aws_api_gateway_stage\.([^.[]+)/.exec(reference)
            : null;
        if (!match)
            continue;
        const named = sameModule.filter(item => item.resource.name === match[1]);
        return (named.find(item => item.resource.index === resource.index) ?? named[0]);
    }
    const name = (0,templates_document/* field */.ZZ)(resource.values, 'stage_name');
    const api = (0,templates_document/* field */.ZZ)(resource.values, 'rest_api_id');
    return sameModule.find(item => {
        if (typeof name !== 'string' ||
            (0,templates_document/* field */.ZZ)(item.resource.values, 'stage_name') !== name) {
            return false;
        }
        const other = (0,templates_document/* field */.ZZ)(item.resource.values, 'rest_api_id');
        return typeof api !== 'string' || typeof other !== 'string' || api === other;
    });
}

;// CONCATENATED MODULE: ./src/templates/terraform-plan-file.ts
/**
 * A file that may be a Terraform plan JSON, recognised by its content
 * whatever it is called: a JSON object with `format_version` and
 * `resource_changes` or `planned_values`. Its resources point back into the
 * `.tf` blocks of the modules the same scan read.
 */






/**
 * Reads a plan; null when the text is no plan. JSON that cannot be parsed is
 * an error only when it is a `.json` file that looks like a plan.
 */
function scanTerraformPlan(text, display, findBlock) {
    if (!mayBeTerraformPlan(text))
        return null;
    let document;
    try {
        document = (0,json_document/* readJson */.V)(text, display);
    }
    catch (error) {
        if (!display.toLowerCase().endsWith('.json'))
            return null;
        const line = error instanceof templates_document/* DocumentError */.Mi ? error.line : null;
        const message = error instanceof Error ? error.message : String(error);
        return { stages: [], errors: [{ file: display, line, message }] };
    }
    if (!isTerraformPlan(document.value))
        return null;
    try {
        return {
            stages: terraformPlanStages(document, display, findBlock),
            errors: []
        };
    }
    catch (error) {
        // A plan this evaluator cannot handle is reported, never passed.
        const message = error instanceof Error ? error.message : String(error);
        return {
            stages: [],
            errors: [
                {
                    file: display,
                    line: null,
                    message: `plan could not be evaluated: ${message}`
                }
            ]
        };
    }
}
/**
 * Finds the `.tf` block of a plan resource: in the module directory that the
 * plan's module sources lead to from the plan's own directory, else the one
 * block of that name among all scanned modules.
 */
function planBlockFinder(modules, planDisplay) {
    const byDirectory = new Map(modules.map(module => [module.directory, module]));
    return (resource, sources) => {
        const key = `${resource.type}.${resource.name}`;
        if (sources) {
            let directory = external_node_path_default().posix.dirname(planDisplay);
            for (const source of sources) {
                directory = external_node_path_default().posix
                    .normalize(external_node_path_default().posix.join(directory, source))
                    .replace(/\/$/, '');
            }
            const block = byDirectory.get(directory)?.resources.get(key);
            if (block)
                return block;
        }
        const matches = modules.flatMap(module => module.resources.get(key) ?? []);
        return matches.length === 1 ? matches[0] : null;
    };
}

;// CONCATENATED MODULE: ./src/nested-stack-scan.ts
/**
 * Nested stacks in a scan: a template that a scanned parent nests is read
 * again with the parameters that parent passes, under the nested stack's
 * logical id, and its own reading with its parameters' defaults is dropped,
 * since that is not what CloudFormation deploys. A nested template the scan
 * was not given is read too, so a pull request that changes only the parent
 * is still judged.
 */





/** Stacks nest at most this deep; deeper ones are not followed. */
const MAX_NESTING = 8;
/** Nested templates read in one scan, at most. */
const MAX_READS = 2_000;
/** The scans with nested stacks followed, and what could not be read. */
async function followNestedStacks(scans, workspace, maxFileSize, scanTemplate) {
    const given = new Set(scans.map(scan => scanFile(scan)));
    // Problems of a file are reported once, however often it is nested.
    const firstSeen = (0,model/* firstReports */.qQ)(scans.flatMap(scan => scan.errors));
    const errors = [];
    const followed = await followCalls({
        units: scans,
        keyOf: scanFile,
        callsOf: scan => scan.nested ?? [],
        targetOf: call => call.template,
        maxDepth: MAX_NESTING,
        maxReads: MAX_READS,
        read: async (call, again) => {
            const text = await readNested(workspace, call.template, maxFileSize);
            if ('problem' in text) {
                if (text.problem && firstSeen(text.problem))
                    errors.push(text.problem);
                return null;
            }
            const scan = scanTemplate(text.text, call.template, call.inputs);
            scan.errors = scan.errors.filter(firstSeen);
            // A file counts once, however often it is nested.
            if (again || given.has(call.template))
                scan.files = 0;
            return scan;
        }
    });
    const [first] = followed.leftOver;
    if (first) {
        errors.push({
            file: first.inputs.origin.replace(/^.* in (.*):\d+$/, '$1'),
            line: null,
            message: `${followed.leftOver.length} more nested stacks were not followed: a scan follows at most ${MAX_READS}; scan fewer templates at once`
        });
    }
    const own = scans.map(scan => followed.evaluated.has(scanFile(scan)) ? { ...scan, stages: [] } : scan);
    return { scans: [...own, ...followed.readings], errors };
}
/** A scan's file: its template, or the file of its first stage or error. */
function scanFile(scan) {
    return scan.template ?? scan.stages[0]?.file ?? scan.errors[0]?.file ?? '';
}
/**
 * The text of a nested template inside the workspace. A file that is not
 * there is left alone: CloudFormation cannot package it, so it deploys
 * nothing; a link out of the workspace or an unreadable file is a problem.
 */
async function readNested(workspace, display, maxFileSize) {
    const discovery = await (0,templates_files/* discoverIfPresent */.uo)(workspace, display);
    const [problem] = discovery.problems;
    if (problem)
        return { problem: (0,templates_files/* problemError */.gS)(problem) };
    const [file] = discovery.files;
    if (!file || external_node_path_default().posix.normalize(file.display) !== display) {
        return { problem: null };
    }
    const read = await (0,read_text/* readTextFile */.G)(file.absolute, maxFileSize);
    if (!read.ok) {
        return {
            problem: { file: display, line: read.line, message: read.message }
        };
    }
    return { text: read.text };
}

;// CONCATENATED MODULE: ./src/templates/conditions.ts
/**
 * The `Conditions` of a template: `Fn::Equals`, `Fn::Not`, `Fn::And`,
 * `Fn::Or` and `Condition`, over values that intrinsics.ts resolves. A
 * condition that cannot be decided says why, so nothing that depends on it
 * is passed.
 */

/** Guards against conditions and values that refer to each other in circles. */
const MAX_REFERENCE_DEPTH = 32;
class Conditions {
    definitions;
    resolveValue;
    constructor(definitions, 
    /** Resolves a value a condition compares, `depth` calls deep. */
    resolveValue) {
        this.definitions = definitions;
        this.resolveValue = resolveValue;
    }
    /** Evaluates the condition called `name`. */
    evaluate(name, depth = 0) {
        if (depth > MAX_REFERENCE_DEPTH) {
            return { unknown: `condition ${name} refers to itself` };
        }
        const definition = (0,templates_document/* field */.ZZ)(this.definitions, name);
        if (definition === undefined) {
            return { unknown: `condition ${name} is not defined` };
        }
        return this.truth(definition, depth + 1);
    }
    truth(value, depth) {
        if (depth > MAX_REFERENCE_DEPTH)
            return { unknown: 'a condition refers to itself' };
        if (typeof value === 'boolean')
            return value;
        if (!(0,templates_document/* isMap */.jh)(value))
            return { unknown: 'a condition is not a condition function' };
        const [name] = Object.keys(value);
        const argument = name === undefined ? null : (value[name] ?? null);
        const list = Array.isArray(argument) ? argument : [];
        switch (name) {
            case 'Condition':
                return typeof argument === 'string'
                    ? this.evaluate(argument, depth + 1)
                    : { unknown: 'Condition must name a condition' };
            case 'Fn::Equals': {
                if (list.length !== 2)
                    return { unknown: 'Fn::Equals needs two values' };
                const left = this.comparable(list[0], depth);
                const right = this.comparable(list[1], depth);
                if (typeof left !== 'string')
                    return left;
                if (typeof right !== 'string')
                    return right;
                return left === right;
            }
            case 'Fn::Not': {
                const inner = this.truth(list[0] ?? null, depth + 1);
                return typeof inner === 'boolean' ? !inner : inner;
            }
            case 'Fn::And':
            case 'Fn::Or': {
                const wanted = name === 'Fn::Or';
                let unknown = null;
                for (const item of list) {
                    const truth = this.truth(item, depth + 1);
                    if (truth === wanted)
                        return wanted;
                    if (typeof truth !== 'boolean')
                        unknown = truth;
                }
                return unknown ?? !wanted;
            }
            default:
                return {
                    unknown: `a condition uses ${name ?? 'nothing'}, which is not evaluated`
                };
        }
    }
    comparable(value, depth) {
        const resolved = this.resolveValue(value, depth + 1);
        if (resolved.kind === 'unknown')
            return { unknown: resolved.reason };
        if (resolved.kind === 'absent')
            return '';
        const literal = resolved.value;
        if (typeof literal === 'string')
            return literal;
        if (typeof literal === 'number' || typeof literal === 'boolean') {
            return String(literal);
        }
        return JSON.stringify(literal);
    }
}

;// CONCATENATED MODULE: ./src/templates/intrinsics.ts
/**
 * Evaluation of CloudFormation values: `Ref` to parameters, `Fn::If` with
 * `Conditions`, `Fn::FindInMap`, `Fn::Sub`/`Fn::Join`/`Fn::Select` over known
 * strings, and `AWS::NoValue`. Everything else (imports, attributes of other
 * resources, dynamic references, SSM parameters) is unknown, with a reason a
 * person can act on.
 */


const UNRESOLVABLE = {
    'Fn::ImportValue': 'it is imported from another stack (Fn::ImportValue)',
    'Fn::GetAtt': 'it is an attribute of another resource (Fn::GetAtt)',
    'Fn::Base64': 'it is computed by Fn::Base64',
    'Fn::GetAZs': 'it is computed by Fn::GetAZs',
    'Fn::Cidr': 'it is computed by Fn::Cidr',
    'Fn::Split': 'it is computed by Fn::Split',
    'Fn::Transform': 'it is produced by a macro (Fn::Transform)',
    'Fn::ToJsonString': 'it is computed by Fn::ToJsonString',
    'Fn::Length': 'it is computed by Fn::Length',
    'Fn::ForEach': 'it is produced by Fn::ForEach'
};
/**
 * Resolves values of one template, with parameter values from a parameter
 * file (a top-level stack) or from the parent (a nested stack), and the loop
 * identifiers of the `Fn::ForEach` a resource is generated by.
 */
class TemplateValues {
    template;
    overrides;
    bindings;
    stack;
    parameters;
    conditions;
    mappings;
    resources;
    constructor(template, overrides = new Map(), bindings = new Map(), stack = null) {
        this.template = template;
        this.overrides = overrides;
        this.bindings = bindings;
        this.stack = stack;
        this.parameters = mapOrEmpty((0,templates_document/* field */.ZZ)(template, 'Parameters'));
        this.conditions = new Conditions(mapOrEmpty((0,templates_document/* field */.ZZ)(template, 'Conditions')), (value, depth) => this.resolve(value, null, depth));
        this.mappings = mapOrEmpty((0,templates_document/* field */.ZZ)(template, 'Mappings'));
        this.resources = mapOrEmpty((0,templates_document/* field */.ZZ)(template, 'Resources'));
    }
    /**
     * The same template with a `Fn::ForEach` identifier bound to one item, or
     * to the reason its items cannot be evaluated.
     */
    withBinding(identifier, item) {
        const value = typeof item === 'string'
            ? {
                kind: 'value',
                value: item,
                path: null,
                via: `Fn::ForEach identifier ${identifier}`
            }
            : { kind: 'unknown', reason: item.unknown };
        const bindings = new Map(this.bindings).set(identifier, value);
        return new TemplateValues(this.template, this.overrides, bindings, this.stack);
    }
    /** Resolves `value`, found at `path`, until it is a literal or unknown. */
    resolve(value, path, depth = 0) {
        if (value === undefined)
            return { kind: 'absent' };
        if (depth > MAX_REFERENCE_DEPTH) {
            return { kind: 'unknown', reason: 'its definition refers to itself' };
        }
        if (typeof value === 'string' &&
            value.trimStart().startsWith('{{resolve:')) {
            return {
                kind: 'unknown',
                reason: `it is a dynamic reference (${truncate(value)})`
            };
        }
        if (!(0,templates_document/* isMap */.jh)(value))
            return { kind: 'value', value, path };
        const keys = Object.keys(value);
        const name = keys[0];
        if (keys.length !== 1 || name === undefined) {
            return { kind: 'value', value, path };
        }
        const argument = value[name] ?? null;
        const argumentPath = path ? [...path, name] : null;
        switch (name) {
            case 'Ref':
                return this.ref(argument, depth);
            case 'Fn::If':
                return this.ifValue(argument, argumentPath, depth);
            case 'Fn::FindInMap':
                return this.findInMap(argument, depth);
            case 'Fn::Sub':
                return this.sub(argument);
            case 'Fn::Join':
                return this.join(argument, argumentPath, depth);
            case 'Fn::Select':
                return this.select(argument, argumentPath, depth);
            default:
                if (name.startsWith('Fn::')) {
                    return {
                        kind: 'unknown',
                        reason: UNRESOLVABLE[name] ?? `it uses ${name}, which is not evaluated`
                    };
                }
                return { kind: 'value', value, path };
        }
    }
    /** Evaluates a named condition from `Conditions`. */
    condition(name, depth = 0) {
        return this.conditions.evaluate(name, depth);
    }
    /** Turns a property into a three-valued flag located at its key. */
    flag(container, containerPath, key, locate) {
        const raw = (0,templates_document/* field */.ZZ)(container, key);
        if (raw === undefined)
            return { state: 'unset' };
        const location = containerPath ? locate([...containerPath, key]) : null;
        const resolved = this.resolve(raw, containerPath ? [...containerPath, key] : null);
        switch (resolved.kind) {
            case 'absent':
                return { state: 'unset' };
            case 'unknown':
                return { state: 'unknown', reason: resolved.reason, location };
            case 'value': {
                const flag = toFlag(resolved.value, location);
                if (flag.state === 'set' && resolved.via !== undefined) {
                    flag.via = resolved.via;
                }
                return flag;
            }
        }
    }
    /** Resolves to a string, or null when it is absent or unknown. */
    text(value, path) {
        const resolved = this.resolve(value, path);
        if (resolved.kind !== 'value')
            return null;
        const literal = resolved.value;
        if (typeof literal === 'string')
            return literal;
        if (typeof literal === 'number' || typeof literal === 'boolean') {
            return String(literal);
        }
        return null;
    }
    ref(argument, depth) {
        if (typeof argument !== 'string') {
            return {
                kind: 'unknown',
                reason: 'Ref must name a parameter or resource'
            };
        }
        if (argument === 'AWS::NoValue')
            return { kind: 'absent' };
        const bound = this.bindings.get(argument);
        if (bound !== undefined)
            return bound;
        if (argument.startsWith('AWS::')) {
            return {
                kind: 'unknown',
                reason: `it depends on the pseudo parameter ${argument}`
            };
        }
        const parameter = (0,templates_document/* field */.ZZ)(this.parameters, argument);
        if ((0,templates_document/* isMap */.jh)(parameter))
            return this.parameter(argument, parameter, depth);
        if ((0,templates_document/* field */.ZZ)(this.resources, argument) !== undefined) {
            return {
                kind: 'unknown',
                reason: `it refers to resource ${argument}`
            };
        }
        return {
            kind: 'unknown',
            reason: `Ref names ${argument}, which is neither a parameter nor a resource`
        };
    }
    parameter(name, parameter, depth) {
        // A nested stack takes what its parent passes; parameter files are for
        // the top-level stack.
        const passed = this.stack?.values.get(name);
        if (passed) {
            return intrinsics_withVia(passed, `parameter ${name} from ${this.stack?.origin}`);
        }
        const override = this.stack ? undefined : this.overrides.get(name);
        if (override !== undefined) {
            return {
                kind: 'value',
                value: override,
                path: null,
                via: `parameter ${name} from the parameter file`
            };
        }
        const type = (0,templates_document/* field */.ZZ)(parameter, 'Type');
        if (typeof type === 'string' &&
            type.startsWith('AWS::SSM::Parameter::Value')) {
            return {
                kind: 'unknown',
                reason: `parameter ${name} is read from SSM Parameter Store`
            };
        }
        const fallback = (0,templates_document/* field */.ZZ)(parameter, 'Default');
        if (fallback === undefined) {
            return {
                kind: 'unknown',
                reason: this.stack
                    ? `parameter ${name} has no default and ${this.stack.origin} passes no value`
                    : `parameter ${name} has no default; pass a parameter file to evaluate it`
            };
        }
        const resolved = this.resolve(fallback, ['Parameters', name, 'Default'], depth + 1);
        return resolved.kind === 'value'
            ? { ...resolved, via: `the default of parameter ${name}` }
            : resolved;
    }
    ifValue(argument, path, depth) {
        if (!Array.isArray(argument) || argument.length !== 3) {
            return { kind: 'unknown', reason: 'Fn::If needs [condition, then, else]' };
        }
        const [condition] = argument;
        const truth = typeof condition === 'string'
            ? this.condition(condition, depth + 1)
            : { unknown: 'Fn::If must name a condition' };
        const branch = (index) => this.resolve(argument[index], path ? [...path, index] : null, depth + 1);
        const name = typeof condition === 'string' ? condition : '';
        if (truth === true)
            return intrinsics_withVia(branch(1), `condition ${name} is true`);
        if (truth === false)
            return intrinsics_withVia(branch(2), `condition ${name} is false`);
        // Both branches agree: the condition does not matter.
        const first = branch(1);
        const second = branch(2);
        if (sameLiteral(first, second))
            return first;
        return { kind: 'unknown', reason: truth.unknown };
    }
    findInMap(argument, depth) {
        if (!Array.isArray(argument) || argument.length < 3) {
            return { kind: 'unknown', reason: 'Fn::FindInMap needs [map, key, key]' };
        }
        const keys = [];
        for (let i = 0; i < 3; i++) {
            const key = this.text(argument[i], null);
            if (key === null) {
                const reason = this.resolve(argument[i], null, depth + 1);
                return {
                    kind: 'unknown',
                    reason: reason.kind === 'unknown'
                        ? `a Fn::FindInMap key cannot be evaluated: ${reason.reason}`
                        : 'a Fn::FindInMap key is not a string'
                };
            }
            keys.push(key);
        }
        const [mapName, first, second] = keys;
        const table = (0,templates_document/* field */.ZZ)(this.mappings, mapName);
        const row = (0,templates_document/* isMap */.jh)(table) ? (0,templates_document/* field */.ZZ)(table, first) : undefined;
        const cell = (0,templates_document/* isMap */.jh)(row) ? (0,templates_document/* field */.ZZ)(row, second) : undefined;
        if (cell !== undefined) {
            return intrinsics_withVia(this.resolve(cell, ['Mappings', mapName, first, second], depth + 1), `mapping ${mapName}.${first}.${second}`);
        }
        const options = argument[3];
        const fallback = (0,templates_document/* isMap */.jh)(options) ? (0,templates_document/* field */.ZZ)(options, 'DefaultValue') : undefined;
        if (fallback !== undefined)
            return this.resolve(fallback, null, depth + 1);
        return {
            kind: 'unknown',
            reason: `mapping ${mapName} has no entry ${first}/${second}`
        };
    }
    sub(argument) {
        const [template, variables] = Array.isArray(argument)
            ? [argument[0], argument[1]]
            : [argument, undefined];
        if (typeof template !== 'string') {
            return { kind: 'unknown', reason: 'Fn::Sub needs a string' };
        }
        let unknown = null;
        const result = template.replace(/\$\{([^}]*)\}/g, (whole, name) => {
            if (name.startsWith('!'))
                return whole.replace('${!', '${');
            const local = (0,templates_document/* isMap */.jh)(variables) ? (0,templates_document/* field */.ZZ)(variables, name) : undefined;
            const value = local !== undefined
                ? this.text(local, null)
                : this.text({ Ref: name }, null);
            if (value === null) {
                unknown ??= `Fn::Sub uses \${${name}}, which cannot be evaluated`;
                return '';
            }
            return value;
        });
        if (unknown !== null)
            return { kind: 'unknown', reason: unknown };
        return { kind: 'value', value: result, path: null };
    }
    join(argument, path, depth) {
        if (!Array.isArray(argument) || argument.length !== 2) {
            return { kind: 'unknown', reason: 'Fn::Join needs [delimiter, list]' };
        }
        const delimiter = this.text(argument[0], null);
        const list = this.resolve(argument[1], path ? [...path, 1] : null, depth + 1);
        if (delimiter === null ||
            list.kind !== 'value' ||
            !Array.isArray(list.value)) {
            return {
                kind: 'unknown',
                reason: 'Fn::Join over values that cannot be evaluated'
            };
        }
        const parts = [];
        for (const item of list.value) {
            const part = this.text(item, null);
            if (part === null) {
                return {
                    kind: 'unknown',
                    reason: 'Fn::Join over values that cannot be evaluated'
                };
            }
            parts.push(part);
        }
        return { kind: 'value', value: parts.join(delimiter), path: null };
    }
    select(argument, path, depth) {
        if (!Array.isArray(argument) || argument.length !== 2) {
            return { kind: 'unknown', reason: 'Fn::Select needs [index, list]' };
        }
        const index = Number(this.text(argument[0], null));
        const list = this.resolve(argument[1], path ? [...path, 1] : null, depth + 1);
        if (!Number.isInteger(index) ||
            list.kind !== 'value' ||
            !Array.isArray(list.value)) {
            return {
                kind: 'unknown',
                reason: 'Fn::Select over values that cannot be evaluated'
            };
        }
        const listPath = list.path;
        return this.resolve(list.value[index], listPath ? [...listPath, index] : null, depth + 1);
    }
}
/** Reads a literal as a boolean; CloudFormation accepts "true"/"false" strings. */
function toFlag(value, location) {
    if (value === null)
        return { state: 'unset' };
    if (typeof value === 'boolean')
        return { state: 'set', value, location };
    if (typeof value === 'string') {
        const lower = value.trim().toLowerCase();
        if (lower === 'true')
            return { state: 'set', value: true, location };
        if (lower === 'false')
            return { state: 'set', value: false, location };
    }
    return {
        state: 'unknown',
        reason: `${truncate(JSON.stringify(value) ?? String(value))} is not a boolean`,
        location
    };
}
/** Records how a value was reached, keeping the innermost explanation. */
function intrinsics_withVia(resolved, via) {
    if (resolved.kind !== 'value')
        return resolved;
    return { ...resolved, via: resolved.via ? `${via}; ${resolved.via}` : via };
}
function sameLiteral(a, b) {
    if (a.kind === 'absent' && b.kind === 'absent')
        return true;
    if (a.kind !== 'value' || b.kind !== 'value')
        return false;
    const left = a.value;
    const right = b.value;
    if (typeof left === 'object' || typeof right === 'object')
        return false;
    return String(left).toLowerCase() === String(right).toLowerCase();
}
function mapOrEmpty(value) {
    return (0,templates_document/* isMap */.jh)(value) ? value : {};
}
function truncate(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

;// CONCATENATED MODULE: ./src/templates/template-context.ts
/**
 * What every CloudFormation-family source needs while it builds stages from
 * one template, and the pieces of a stage they share.
 */

/** A resource whose `Condition` is known to be false is not created. */
function resourceExists({ context, resource }) {
    const condition = (0,templates_document/* field */.ZZ)(resource, 'Condition');
    if (typeof condition !== 'string')
        return true;
    return context.values.condition(condition) !== false;
}
/**
 * Builds the stage of a resource from its evaluated `Properties`.
 * Properties that cannot be evaluated (an undecided `Fn::If`, an import)
 * give a stage whose caching is unknown, so it is never passed.
 */
function stageFromProperties(entry, build) {
    const path = [...entry.path, 'Properties'];
    const resolved = entry.context.values.resolve((0,templates_document/* field */.ZZ)(entry.resource, 'Properties'), path);
    if (resolved.kind === 'absent')
        return build({ properties: {}, path });
    if (resolved.kind === 'value' && (0,templates_document/* isMap */.jh)(resolved.value)) {
        return build({ properties: resolved.value, path: resolved.path ?? path });
    }
    const reason = resolved.kind === 'unknown'
        ? `Properties cannot be evaluated: ${resolved.reason}`
        : 'Properties is not a mapping';
    return unknownStage(entry, null, reason, path);
}
/**
 * A stage whose definition cannot be evaluated: one stage-wide entry whose
 * caching and encryption are unknown for `reason`, located at `at`.
 */
function unknownStage(entry, stageName, reason, at) {
    const location = entry.context.locate(at);
    const unknown = { state: 'unknown', reason, location };
    return templateStage(entry, stageName, unknown, [
        {
            resourcePath: '*',
            httpMethod: '*',
            cachingEnabled: unknown,
            cacheDataEncrypted: unknown,
            location
        }
    ]);
}
/** Common fields of a stage found in a template. */
function templateStage({ context, name, resource, path }, stageName, cacheClusterEnabled, methodSettings) {
    const stage = {
        origin: 'template',
        format: context.format,
        file: context.file,
        resource: name,
        stageName,
        location: context.locate(path),
        cacheClusterEnabled,
        methodSettings
    };
    const metadata = (0,templates_document/* field */.ZZ)(resource, 'Metadata');
    const constructPath = (0,templates_document/* isMap */.jh)(metadata)
        ? (0,templates_document/* field */.ZZ)(metadata, 'aws:cdk:path')
        : undefined;
    if (typeof constructPath === 'string')
        stage.constructPath = constructPath;
    return stage;
}

;// CONCATENATED MODULE: ./src/templates/nested-stacks.ts
/**
 * Nested stacks whose template is a local file: an `AWS::CloudFormation::Stack`
 * whose `TemplateURL` is a path (as `aws cloudformation package` and SAM
 * read it before uploading), or an `AWS::Serverless::Application` whose
 * `Location` is one. The scan reads that template again with the parameters
 * the parent passes, evaluated here in the parent.
 */



/** Where each nesting resource type names its template. */
const TEMPLATE_PROPERTY = {
    'AWS::CloudFormation::Stack': 'TemplateURL',
    'AWS::Serverless::Application': 'Location'
};
/** The local nested stacks among `entries`, resources of the template `file`. */
function nestedStackCalls(entries, file) {
    const calls = [];
    for (const entry of entries) {
        const type = (0,templates_document/* field */.ZZ)(entry.resource, 'Type');
        const key = typeof type === 'string' ? TEMPLATE_PROPERTY[type] : undefined;
        if (key === undefined || !resourceExists(entry))
            continue;
        const { values, locate } = entry.context;
        const properties = values.resolve((0,templates_document/* field */.ZZ)(entry.resource, 'Properties'), null);
        if (properties.kind !== 'value' || !(0,templates_document/* isMap */.jh)(properties.value))
            continue;
        const location = values.text((0,templates_document/* field */.ZZ)(properties.value, key), null);
        if (location === null || !isLocalPath(location))
            continue;
        const passed = (0,templates_document/* field */.ZZ)(properties.value, 'Parameters');
        const parameters = values.resolve(passed, null);
        const inputs = new Map();
        if (parameters.kind === 'value' && (0,templates_document/* isMap */.jh)(parameters.value)) {
            for (const [name, value] of Object.entries(parameters.value)) {
                const resolved = values.resolve(value, null);
                // AWS::NoValue passes nothing: the child's default applies.
                if (resolved.kind !== 'absent')
                    inputs.set(name, withoutPath(resolved));
            }
        }
        const line = locate(entry.path)?.line ?? 1;
        calls.push({
            template: external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), location)),
            inputs: {
                prefix: `${entry.name}/`,
                values: inputs,
                origin: `${entry.name} in ${file}:${line}`
            }
        });
    }
    return calls;
}
/** A path in the repository, not an S3 or HTTPS URL or a SAR application. */
function isLocalPath(location) {
    return !/^[a-z][a-z0-9+.-]*:/i.test(location) && location.trim() !== '';
}
/** A parent's value means nothing at the child's paths. */
function withoutPath(resolved) {
    return resolved.kind === 'value' ? { ...resolved, path: null } : resolved;
}

;// CONCATENATED MODULE: ./src/templates/sam.ts
/**
 * SAM: `AWS::Serverless::Api` merged with `Globals.Api`, and the implicit
 * `ServerlessRestApi` that SAM creates for the `Api` events of functions and
 * state machines that name no `RestApiId`. Globals lists add up (global
 * entries first); a property written on the resource wins over the global
 * one.
 */



const GLOBALS_PATH = ['Globals', 'Api'];
const IMPLICIT_API = 'ServerlessRestApi';
const IMPLICIT_STAGE = 'Prod';
/** SAM stages of a template; `entries` are its resources, loops expanded. */
function samStages(context, entries) {
    const globals = (0,templates_document/* field */.ZZ)(context.template, 'Globals');
    const globalApi = (0,templates_document/* isMap */.jh)(globals) ? (0,templates_document/* field */.ZZ)(globals, 'Api') : undefined;
    const apiGlobals = (0,templates_document/* isMap */.jh)(globalApi) ? globalApi : null;
    const stages = [];
    for (const entry of entries) {
        if ((0,templates_document/* field */.ZZ)(entry.resource, 'Type') !== 'AWS::Serverless::Api')
            continue;
        if (!resourceExists(entry))
            continue;
        const stage = stageFromProperties(entry, known => serverlessApi(entry, known, apiGlobals));
        if (stage)
            stages.push(stage);
    }
    const implicit = implicitApi(context, entries, apiGlobals);
    if (implicit)
        stages.push(implicit);
    return stages;
}
function serverlessApi(entry, { properties, path: propertiesPath }, apiGlobals) {
    const { context } = entry;
    const { values, locate } = context;
    return templateStage(entry, values.text((0,templates_document/* field */.ZZ)(properties, 'StageName'), [
        ...propertiesPath,
        'StageName'
    ]), clusterFlag(context, properties, propertiesPath, apiGlobals), [
        ...globalMethodSettings(context, apiGlobals),
        ...(0,method_settings/* readMethodSettings */.HH)(values, (0,templates_document/* field */.ZZ)(properties, 'MethodSettings'), [...propertiesPath, 'MethodSettings'], locate)
    ]);
}
/** The API SAM creates for `Api` events without a `RestApiId`. */
function implicitApi(context, entries, apiGlobals) {
    const name = `${context.prefix}${IMPLICIT_API}`;
    if (entries.some(entry => entry.name === name))
        return null;
    const event = firstImplicitEvent(entries);
    if (!event)
        return null;
    // Findings on the implicit API point into Globals when they come from there.
    const anchor = apiGlobals ? GLOBALS_PATH : event;
    return templateStage({ context, name, resource: {}, path: anchor }, IMPLICIT_STAGE, clusterFlag(context, {}, null, apiGlobals), globalMethodSettings(context, apiGlobals));
}
/** Types whose `Api` events without a `RestApiId` make the implicit API. */
const IMPLICIT_API_OWNERS = new Set([
    'AWS::Serverless::Function',
    'AWS::Serverless::StateMachine'
]);
/** Path of the first `Api` event that names no `RestApiId`. */
function firstImplicitEvent(entries) {
    for (const entry of entries) {
        const { resource } = entry;
        const type = (0,templates_document/* field */.ZZ)(resource, 'Type');
        if (typeof type !== 'string' || !IMPLICIT_API_OWNERS.has(type))
            continue;
        if (!resourceExists(entry))
            continue;
        const properties = (0,templates_document/* field */.ZZ)(resource, 'Properties');
        const events = (0,templates_document/* isMap */.jh)(properties) ? (0,templates_document/* field */.ZZ)(properties, 'Events') : undefined;
        if (!(0,templates_document/* isMap */.jh)(events))
            continue;
        for (const eventName of Object.keys(events)) {
            const event = events[eventName];
            if (!(0,templates_document/* isMap */.jh)(event) || (0,templates_document/* field */.ZZ)(event, 'Type') !== 'Api')
                continue;
            const eventProperties = (0,templates_document/* field */.ZZ)(event, 'Properties');
            const restApiId = (0,templates_document/* isMap */.jh)(eventProperties)
                ? (0,templates_document/* field */.ZZ)(eventProperties, 'RestApiId')
                : undefined;
            if (restApiId === undefined) {
                return [...entry.path, 'Properties', 'Events', eventName];
            }
        }
    }
    return null;
}
function clusterFlag(context, properties, propertiesPath, apiGlobals) {
    const { values, locate } = context;
    if ((0,templates_document/* field */.ZZ)(properties, 'CacheClusterEnabled') !== undefined) {
        return values.flag(properties, propertiesPath, 'CacheClusterEnabled', locate);
    }
    if (apiGlobals) {
        return values.flag(apiGlobals, GLOBALS_PATH, 'CacheClusterEnabled', locate);
    }
    return { state: 'unset' };
}
function globalMethodSettings(context, apiGlobals) {
    if (!apiGlobals)
        return [];
    return (0,method_settings/* readMethodSettings */.HH)(context.values, (0,templates_document/* field */.ZZ)(apiGlobals, 'MethodSettings'), [...GLOBALS_PATH, 'MethodSettings'], context.locate, 'Globals.Api');
}

;// CONCATENATED MODULE: ./src/templates/template-resources.ts
/**
 * The resources of a template, with the `Fn::ForEach` loops of the
 * `AWS::LanguageExtensions` transform expanded: a loop over `[dev, prod]`
 * that writes `Stage${Env}` gives `Stagedev` and `Stageprod`, each located
 * where the loop's template is written and evaluated with `Env` bound.
 */

const FOR_EACH = 'Fn::ForEach::';
/** CloudFormation nests loops at most five deep. */
const template_resources_MAX_NESTING = 5;
/**
 * Resources and loop items one template may expand to. CloudFormation allows
 * 500 resources; loops that go far past that are hostile (five nested loops
 * of 100 items make ten billion), so expansion stops with an error.
 */
const MAX_EXPANSION = 10_000;
/** True for a `Resources` key that is a `Fn::ForEach` loop. */
function isForEachKey(key) {
    return key.startsWith(FOR_EACH);
}
/** Every resource of the template, loops expanded. */
function templateResources(context) {
    const resources = (0,templates_document/* field */.ZZ)(context.template, 'Resources');
    if (!(0,templates_document/* isMap */.jh)(resources))
        return [];
    const expansion = new Expansion();
    const named = (name) => `${context.prefix}${name}`;
    expansion.collect(context, resources, ['Resources'], named, 0);
    return expansion.found;
}
class Expansion {
    found = [];
    steps = 0;
    collect(context, resources, path, rename, nesting) {
        for (const key of Object.keys(resources)) {
            const value = resources[key];
            const at = [...path, key];
            if (isForEachKey(key)) {
                if (nesting < template_resources_MAX_NESTING) {
                    this.loop(context, value, at, rename, nesting + 1);
                }
            }
            else if ((0,templates_document/* isMap */.jh)(value)) {
                this.step(context, at);
                this.found.push({
                    name: rename(key),
                    resource: value,
                    path: at,
                    context
                });
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
    loop(context, loop, path, rename, nesting) {
        if (!Array.isArray(loop) || loop.length !== 3)
            return;
        const [identifier, collection, template] = loop;
        if (typeof identifier !== 'string' || !(0,templates_document/* isMap */.jh)(template))
            return;
        const templatePath = [...path, 2];
        const items = loopItems(context, collection, [...path, 1]);
        if ('unknown' in items) {
            const reason = `the items of ${String(path[path.length - 1])} cannot be evaluated: ${items.unknown}`;
            const unbound = {
                ...context,
                values: context.values.withBinding(identifier, { unknown: reason })
            };
            this.collect(unbound, template, templatePath, rename, nesting);
            return;
        }
        for (const item of items) {
            this.step(context, path);
            const bound = {
                ...context,
                values: context.values.withBinding(identifier, item)
            };
            const renameItem = (key) => substitute(rename(key), identifier, item);
            this.collect(bound, template, templatePath, renameItem, nesting);
        }
    }
    step(context, path) {
        if (++this.steps <= MAX_EXPANSION)
            return;
        throw new templates_document/* DocumentError */.Mi(`its Fn::ForEach loops expand past ${MAX_EXPANSION} resources and items; CloudFormation allows 500 resources in a template`, context.locate(path)?.line ?? null);
    }
}
/** The loop's items as strings, or why they cannot be evaluated. */
function loopItems(context, collection, path) {
    const resolved = context.values.resolve(collection, path);
    if (resolved.kind === 'unknown')
        return { unknown: resolved.reason };
    if (resolved.kind === 'absent')
        return { unknown: 'it has no collection' };
    // A CommaDelimitedList parameter arrives as its comma-separated text.
    if (typeof resolved.value === 'string')
        return resolved.value.split(',');
    if (!Array.isArray(resolved.value)) {
        return { unknown: 'its collection is not a list' };
    }
    const items = [];
    for (const item of resolved.value) {
        const text = context.values.text(item, null);
        if (text === null)
            return { unknown: 'an item is not a known string' };
        items.push(text);
    }
    return items;
}
/** `${Id}` takes the item; `&{Id}` takes its letters and digits only. */
function substitute(key, identifier, item) {
    return key
        .split(`\${${identifier}}`)
        .join(item)
        .split(`&{${identifier}}`)
        .join(item.replace(/[^A-Za-z0-9]/g, ''));
}

;// CONCATENATED MODULE: ./src/templates/cloudformation.ts
/**
 * Stages from CloudFormation, SAM and CDK-synthesized templates:
 * `AWS::ApiGateway::Stage`, the stage an `AWS::ApiGateway::Deployment`
 * creates from its `StageDescription`, and the SAM resources in sam.ts.
 */







const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const STAGE_TYPE = 'AWS::ApiGateway::Stage';
const DEPLOYMENT_TYPE = 'AWS::ApiGateway::Deployment';
/**
 * True for a mapping with a `Resources` mapping holding at least one
 * `Type: AWS::...` entry; everything else is some other kind of file.
 */
function isCloudFormationTemplate(value) {
    if (!(0,templates_document/* isMap */.jh)(value))
        return false;
    const resources = (0,templates_document/* field */.ZZ)(value, 'Resources');
    if (!(0,templates_document/* isMap */.jh)(resources))
        return false;
    return Object.keys(resources).some(name => {
        if (isForEachKey(name))
            return true;
        const resource = resources[name];
        if (!(0,templates_document/* isMap */.jh)(resource))
            return false;
        const type = (0,templates_document/* field */.ZZ)(resource, 'Type');
        return typeof type === 'string' && type.startsWith('AWS::');
    });
}
/** Which member of the CloudFormation family a template is. */
function templateFormat(template) {
    const transform = (0,templates_document/* field */.ZZ)(template, 'Transform');
    const transforms = Array.isArray(transform) ? transform : [transform];
    if (transforms.includes(SAM_TRANSFORM))
        return 'sam';
    // SAM's own test inputs, and some real templates, omit the Transform line.
    const resources = (0,templates_document/* field */.ZZ)(template, 'Resources');
    if (!(0,templates_document/* isMap */.jh)(resources))
        return 'cloudformation';
    const types = Object.keys(resources).map(name => {
        const resource = resources[name];
        return (0,templates_document/* isMap */.jh)(resource) ? (0,templates_document/* field */.ZZ)(resource, 'Type') : undefined;
    });
    if (types.some(type => typeof type === 'string' && type.startsWith('AWS::Serverless::'))) {
        return 'sam';
    }
    for (const name of Object.keys(resources)) {
        const resource = resources[name];
        const metadata = (0,templates_document/* isMap */.jh)(resource) ? (0,templates_document/* field */.ZZ)(resource, 'Metadata') : undefined;
        if ((0,templates_document/* isMap */.jh)(metadata) &&
            typeof (0,templates_document/* field */.ZZ)(metadata, 'aws:cdk:path') === 'string') {
            return 'cdk';
        }
    }
    return 'cloudformation';
}
/**
 * Builds every stage a template defines, and lists its nested stacks that
 * are local templates. `stack` is set when the template is read as the
 * nested stack of a parent.
 */
function cloudFormationStages(document, file, parameters, stack) {
    const template = document.value;
    const context = {
        template,
        file,
        format: templateFormat(template),
        values: new TemplateValues(template, parameters, new Map(), stack),
        locate: path => document.locate(path),
        prefix: stack?.prefix ?? ''
    };
    const entries = templateResources(context);
    const stages = [];
    for (const entry of entries) {
        const type = (0,templates_document/* field */.ZZ)(entry.resource, 'Type');
        if (type !== STAGE_TYPE && type !== DEPLOYMENT_TYPE)
            continue;
        if (!resourceExists(entry))
            continue;
        const stage = stageFromProperties(entry, known => type === STAGE_TYPE
            ? stageResource(entry, known)
            : deploymentStage(entry, known));
        if (stage)
            stages.push(stage);
    }
    if (context.format === 'sam')
        stages.push(...samStages(context, entries));
    return { stages, nested: nestedStackCalls(entries, file) };
}
function stageResource(entry, { properties, path: propertiesPath }) {
    const { values, locate } = entry.context;
    return templateStage(entry, values.text((0,templates_document/* field */.ZZ)(properties, 'StageName'), [
        ...propertiesPath,
        'StageName'
    ]), values.flag(properties, propertiesPath, 'CacheClusterEnabled', locate), (0,method_settings/* readMethodSettings */.HH)(values, (0,templates_document/* field */.ZZ)(properties, 'MethodSettings'), [...propertiesPath, 'MethodSettings'], locate));
}
/**
 * A Deployment with a `StageDescription` creates a stage: its top-level
 * `CachingEnabled`/`CacheDataEncrypted` are the stage-wide entry, and its
 * `MethodSettings` are overrides.
 */
function deploymentStage(entry, { properties, path: propertiesPath }) {
    const { values, locate } = entry.context;
    const descriptionPath = [...propertiesPath, 'StageDescription'];
    const resolved = values.resolve((0,templates_document/* field */.ZZ)(properties, 'StageDescription'), descriptionPath);
    if (resolved.kind === 'absent')
        return null;
    const stageName = values.text((0,templates_document/* field */.ZZ)(properties, 'StageName'), [
        ...propertiesPath,
        'StageName'
    ]);
    if (resolved.kind === 'unknown' || !(0,templates_document/* isMap */.jh)(resolved.value)) {
        const reason = resolved.kind === 'unknown'
            ? `StageDescription cannot be evaluated: ${resolved.reason}`
            : 'StageDescription is not a mapping';
        return unknownStage(entry, stageName, reason, descriptionPath);
    }
    const description = resolved.value;
    const at = resolved.path ?? descriptionPath;
    const stageWide = {
        resourcePath: '*',
        httpMethod: '*',
        cachingEnabled: values.flag(description, at, 'CachingEnabled', locate),
        cacheDataEncrypted: values.flag(description, at, 'CacheDataEncrypted', locate),
        location: locate(descriptionPath)
    };
    const overrides = (0,method_settings/* readMethodSettings */.HH)(values, (0,templates_document/* field */.ZZ)(description, 'MethodSettings'), [...at, 'MethodSettings'], locate);
    return templateStage(entry, stageName, values.flag(description, at, 'CacheClusterEnabled', locate), [stageWide, ...overrides]);
}

;// CONCATENATED MODULE: ./src/templates/serverless.ts
/**
 * Serverless Framework: caching through the `serverless-api-gateway-caching`
 * plugin. The plugin patches the deployed stage after each deploy, so the
 * packaged CloudFormation shows nothing and `serverless.yml` is the source.
 *
 * - `custom.apiGatewayCaching.enabled` provisions the cache cluster;
 *   `dataEncrypted` (default false) is written to the stage-wide entry.
 * - An endpoint (`functions.*.events[].http.caching`, or
 *   `custom.apiGatewayCaching.additionalEndpoints`) caches only when both the
 *   global and its own `enabled` are true; it is encrypted when its own or
 *   the global `dataEncrypted` is true.
 * - Without the plugin listed, `caching` blocks configure nothing.
 * - With `apiGatewayIsShared`, the plugin leaves the stage-wide settings alone.
 */



const PLUGIN = 'serverless-api-gateway-caching';
const SETTINGS_PATH = ['custom', 'apiGatewayCaching'];
/** True for a Serverless Framework service file. */
function isServerlessService(value) {
    return ((0,templates_document/* isMap */.jh)(value) &&
        (0,templates_document/* field */.ZZ)(value, 'service') !== undefined &&
        (0,templates_document/* isMap */.jh)((0,templates_document/* field */.ZZ)(value, 'provider') ?? null));
}
/** True when the service lists the caching plugin, in either plugins form. */
function usesCachingPlugin(service) {
    const plugins = (0,templates_document/* field */.ZZ)(service, 'plugins');
    const list = (0,templates_document/* isMap */.jh)(plugins) ? (0,templates_document/* field */.ZZ)(plugins, 'modules') : plugins;
    return Array.isArray(list) && list.some(item => item === PLUGIN);
}
/** The stage a service deploys, with the plugin's caching as method settings. */
function serverlessStages(document, file) {
    const service = document.value;
    if (!usesCachingPlugin(service))
        return [];
    const reader = new ServiceReader(service, document);
    const custom = (0,templates_document/* field */.ZZ)(service, 'custom');
    const settings = (0,templates_document/* isMap */.jh)(custom)
        ? (0,templates_document/* field */.ZZ)(custom, 'apiGatewayCaching')
        : undefined;
    if (!(0,templates_document/* isMap */.jh)(settings))
        return [];
    const globalEnabled = reader.flag(settings, SETTINGS_PATH, 'enabled');
    const globalEncrypted = reader.flag(settings, SETTINGS_PATH, 'dataEncrypted');
    const shared = reader.flag(settings, SETTINGS_PATH, 'apiGatewayIsShared');
    const isShared = shared.state === 'set' && shared.value;
    const entries = [];
    if (!isShared) {
        entries.push({
            resourcePath: '*',
            httpMethod: '*',
            cachingEnabled: { state: 'unset' },
            cacheDataEncrypted: globalEncrypted,
            location: document.locate(SETTINGS_PATH)
        });
    }
    for (const endpoint of reader.endpoints(settings)) {
        entries.push({
            resourcePath: (0,method_settings/* normalizeResourcePath */.f)(endpoint.path),
            httpMethod: (0,method_settings/* normalizeHttpMethod */.F4)(endpoint.method),
            cachingEnabled: both(globalEnabled, endpoint.enabled),
            cacheDataEncrypted: either(endpoint.encrypted, globalEncrypted),
            location: endpoint.location
        });
    }
    const provider = (0,templates_document/* field */.ZZ)(service, 'provider');
    const stageName = reader.text((0,templates_document/* field */.ZZ)(provider, 'stage')) ?? 'dev';
    const serviceName = reader.text((0,templates_document/* field */.ZZ)(service, 'service')) ?? 'service';
    return [
        {
            origin: 'template',
            format: 'serverless',
            file,
            resource: serviceName,
            stageName,
            location: document.locate(SETTINGS_PATH),
            cacheClusterEnabled: isShared ? { state: 'unset' } : globalEnabled,
            methodSettings: entries
        }
    ];
}
/** A variable this reader cannot resolve, and why. */
class Unresolved {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
class ServiceReader {
    service;
    document;
    constructor(service, document) {
        this.service = service;
        this.document = document;
    }
    /** Endpoints with a `caching` block, from functions and additionalEndpoints. */
    *endpoints(settings) {
        const functions = (0,templates_document/* field */.ZZ)(this.service, 'functions');
        if ((0,templates_document/* isMap */.jh)(functions)) {
            for (const name of Object.keys(functions)) {
                const fn = functions[name];
                const events = (0,templates_document/* isMap */.jh)(fn) ? (0,templates_document/* field */.ZZ)(fn, 'events') : undefined;
                if (!Array.isArray(events))
                    continue;
                for (let index = 0; index < events.length; index++) {
                    const event = events[index];
                    const http = (0,templates_document/* isMap */.jh)(event) ? (0,templates_document/* field */.ZZ)(event, 'http') : undefined;
                    if (!(0,templates_document/* isMap */.jh)(http))
                        continue;
                    const path = ['functions', name, 'events', index, 'http'];
                    const endpoint = this.endpoint(http, path);
                    if (endpoint)
                        yield endpoint;
                }
            }
        }
        const additional = (0,templates_document/* field */.ZZ)(settings, 'additionalEndpoints');
        if (Array.isArray(additional)) {
            for (let index = 0; index < additional.length; index++) {
                const item = additional[index];
                if (!(0,templates_document/* isMap */.jh)(item))
                    continue;
                const endpoint = this.endpoint(item, [
                    ...SETTINGS_PATH,
                    'additionalEndpoints',
                    index
                ]);
                if (endpoint)
                    yield endpoint;
            }
        }
    }
    endpoint(http, path) {
        const caching = (0,templates_document/* field */.ZZ)(http, 'caching');
        if (!(0,templates_document/* isMap */.jh)(caching))
            return null;
        const cachingPath = [...path, 'caching'];
        const enabled = this.flag(caching, cachingPath, 'enabled');
        return {
            path: this.text((0,templates_document/* field */.ZZ)(http, 'path')) ?? '?',
            method: this.text((0,templates_document/* field */.ZZ)(http, 'method')) ?? '?',
            enabled,
            encrypted: this.flag(caching, cachingPath, 'dataEncrypted'),
            location: this.document.locate(cachingPath)
        };
    }
    /** A boolean key; `${...}` variables resolve through `self:` and defaults. */
    flag(container, path, key) {
        const raw = (0,templates_document/* field */.ZZ)(container, key);
        if (raw === undefined)
            return { state: 'unset' };
        const location = this.document.locate([...path, key]);
        const resolved = this.resolve(raw);
        if (resolved instanceof Unresolved) {
            return { state: 'unknown', reason: resolved.reason, location };
        }
        return toFlag(resolved, location);
    }
    text(raw) {
        if (raw === undefined)
            return null;
        const resolved = this.resolve(raw);
        if (typeof resolved === 'string')
            return resolved;
        if (typeof resolved === 'boolean' || typeof resolved === 'number')
            return String(resolved);
        return null;
    }
    /** Resolves a whole-value `${source:address, fallback}` variable. */
    resolve(raw, depth = 0) {
        if (typeof raw !== 'string')
            return raw;
        const match = /^\$\{([^}]+)\}$/.exec(raw.trim());
        if (!match?.[1])
            return raw;
        if (depth > 10)
            return new Unresolved(`variable ${raw} refers to itself`);
        const [reference, ...fallbackParts] = match[1].split(',');
        const fallback = fallbackParts
            .join(',')
            .trim()
            .replace(/^['"]|['"]$/g, '');
        const address = (reference ?? '').trim();
        if (address.startsWith('self:')) {
            let current = this.service;
            for (const step of address.slice(5).split('.')) {
                current = (0,templates_document/* isMap */.jh)(current ?? null)
                    ? (0,templates_document/* field */.ZZ)(current, step)
                    : undefined;
            }
            if (current !== undefined)
                return this.resolve(current, depth + 1);
        }
        if (fallbackParts.length > 0)
            return fallback;
        return new Unresolved(`${raw} is resolved by Serverless at deploy time`);
    }
}
/** Caching happens only when the global and the endpoint switch are both on. */
function both(global, endpoint) {
    if (isFalse(global))
        return { state: 'set', value: false, location: null };
    if (isFalse(endpoint))
        return { state: 'set', value: false, location: null };
    if (global.state === 'unknown')
        return global;
    if (endpoint.state === 'unknown')
        return endpoint;
    return endpoint;
}
/** Either `dataEncrypted` being true encrypts the endpoint. */
function either(endpoint, global) {
    if (endpoint.state === 'set' && endpoint.value)
        return endpoint;
    if (global.state === 'set' && global.value)
        return global;
    if (endpoint.state === 'unknown')
        return endpoint;
    if (global.state === 'unknown')
        return global;
    return endpoint.state === 'set' ? endpoint : global;
}
function isFalse(flag) {
    return flag.state === 'unset' || (flag.state === 'set' && !flag.value);
}

// EXTERNAL MODULE: ./src/templates/yaml-document.ts + 2 modules
var yaml_document = __nccwpck_require__(6557);
;// CONCATENATED MODULE: ./src/scan-text.ts
/**
 * One file's text, recognised by content and read into stages: a Terraform
 * plan, a Serverless Framework service, or CloudFormation, SAM and CDK
 * templates (with the nested stacks they name). Pure, so tests and scan
 * workers call it directly.
 */






/**
 * Scans one file's text; pure, so tests and workers can call it directly.
 * `stack` is set when a parent template passes it parameters.
 */
function scanText(text, display, parameters = new Map(), stack) {
    const plan = scanTerraformPlan(text, display, null);
    if (plan)
        return { recognised: plan.errors.length === 0, ...plan };
    const json = looksLikeJson(text, display);
    const mentionsPlugin = !json && text.includes('serverless-api-gateway-caching');
    // Cheap content check first: most YAML and JSON in a repository is no template.
    if (!mentionsPlugin &&
        (!text.includes('AWS::') || !text.includes('Resources'))) {
        return { recognised: false, stages: [], errors: [] };
    }
    let documents;
    try {
        documents = json ? [(0,json_document/* readJson */.V)(text, display)] : (0,yaml_document/* readYaml */.g)(text, display);
    }
    catch (error) {
        const line = error instanceof templates_document/* DocumentError */.Mi ? error.line : null;
        const message = error instanceof Error ? error.message : String(error);
        return {
            recognised: false,
            stages: [],
            errors: [{ file: display, line, message }]
        };
    }
    const scan = { recognised: false, stages: [], errors: [] };
    for (const document of documents) {
        if (isCloudFormationTemplate(document.value)) {
            scanTemplate(scan, document, display, parameters, stack);
        }
        else if (!json && isServerlessService(document.value)) {
            if (mentionsPlugin) {
                scan.recognised = true;
                scan.stages.push(...serverlessStages(document, display));
            }
            const resources = serverlessResources(document);
            if (resources)
                scanTemplate(scan, resources, display, parameters, stack);
        }
    }
    return scan;
}
/** Adds the stages of one CloudFormation template to `scan`. */
function scanTemplate(scan, document, display, parameters, stack) {
    scan.recognised = true;
    try {
        const built = cloudFormationStages(document, display, parameters, stack);
        scan.stages.push(...built.stages);
        if (built.nested.length > 0) {
            scan.template = display;
            scan.nested = [...(scan.nested ?? []), ...built.nested];
        }
    }
    catch (error) {
        // A template this evaluator cannot handle is reported, never passed.
        const message = error instanceof Error ? error.message : String(error);
        scan.errors.push({
            file: display,
            line: error instanceof templates_document/* DocumentError */.Mi ? error.line : null,
            message: `template could not be evaluated: ${message}`
        });
    }
}
/**
 * The CloudFormation a Serverless service writes under `resources` (its
 * `Resources`, `Conditions`, `Outputs`), as a template of its own whose
 * locations are those of the service file; null when there is none.
 */
function serverlessResources(service) {
    const resources = (0,templates_document/* isMap */.jh)(service.value)
        ? (0,templates_document/* field */.ZZ)(service.value, 'resources')
        : undefined;
    if (!isCloudFormationTemplate(resources ?? null))
        return null;
    return {
        value: resources,
        locate: path => service.locate(['resources', ...path])
    };
}
function looksLikeJson(text, display) {
    if (display.toLowerCase().endsWith('.json'))
        return true;
    return /^\s*\{/.test(text) && !display.toLowerCase().match(/\.ya?ml$/);
}

// EXTERNAL MODULE: ./src/worker-pool.ts + 1 modules
var worker_pool = __nccwpck_require__(3439);
;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The scanning pipeline without any GitHub or AWS: find files, read them
 * safely, recognise templates by content, build stages, apply the rule.
 */










const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const READ_CONCURRENCY = 16;
/** Scans the given paths; throws InputPathError when a path does not exist. */
async function scanPaths(options) {
    const discovery = await (0,templates_files/* discoverFiles */.ZO)(options.workspace, options.paths);
    const result = {
        findings: [],
        errors: discovery.problems.map(templates_files/* problemError */.gS),
        files: 0,
        stages: 0
    };
    const varFiles = await readVarFiles(options.workspace, options.varFiles ?? [], options.maxFileSize);
    const terraformFiles = discovery.files.filter(file => isTerraformFile(file.display));
    const moduleGroups = terraformModules(terraformFiles);
    // Modules first: they are the heaviest jobs, so the workers end together.
    const jobs = [
        ...[...moduleGroups.values()].map(module => ({ module })),
        ...discovery.files
            .filter(file => !isTerraformFile(file.display))
            .map(file => ({ file }))
    ];
    const outcomes = await scanJobs(jobs, options, {
        maxFileSize: options.maxFileSize,
        parameters: [...options.parameters],
        varFiles,
        terraformFiles: terraformFiles.length
    });
    const plans = [];
    const moduleOutcomes = [];
    const fileScans = [];
    for (const outcome of outcomes) {
        if ('plan' in outcome)
            plans.push(outcome.plan);
        else if ('moduleOutcome' in outcome)
            moduleOutcomes.push(outcome.moduleOutcome);
        else
            fileScans.push(outcome);
    }
    const templates = await followNestedStacks(fileScans, options.workspace, options.maxFileSize, (text, display, stack) => scanText(text, display, new Map(), stack));
    result.errors.push(...templates.errors);
    for (const scan of templates.scans)
        addFileScan(result, scan);
    const terraform = collectModules(moduleOutcomes);
    const { modules, errors: callErrors } = await followModuleCalls(terraform.modules, moduleGroups, directory => moduleFiles(options.workspace, directory), options.maxFileSize, terraformFiles.length);
    // Terraform modules, then the plans that may point into them
    result.errors.push(...terraform.errors, ...callErrors);
    for (const module of modules) {
        addFileScan(result, {
            recognised: module.files > 0 || module.stages.length > 0,
            stages: module.stages,
            errors: module.errors,
            files: module.files
        });
    }
    for (const plan of plans) {
        addFileScan(result, scanPlan(plan, modules, options.parameters));
    }
    result.errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return result;
}
/** The Terraform files directly in `directory`, which the scan was not given. */
async function moduleFiles(workspace, directory) {
    const discovery = await (0,templates_files/* discoverIfPresent */.uo)(workspace, directory);
    return {
        files: discovery.files.filter(file => isTerraformFile(file.display) &&
            external_node_path_default().posix.dirname(file.display) === directory),
        problems: discovery.problems
            .filter(problem => problem.display === directory ||
            external_node_path_default().posix.dirname(problem.display) === directory)
            .map(templates_files/* problemError */.gS)
    };
}
/** Runs jobs in worker threads when there are many, else in this thread. */
async function scanJobs(jobs, options, context) {
    const entry = options.workerEntry ?? null;
    const count = (0,worker_pool/* workerCount */.Mo)(jobs.length, entry);
    if (entry !== null && count > 0) {
        return (0,worker_pool/* runInWorkers */.uO)(entry, count, jobs, context, 16);
    }
    return scanFileJobs(jobs, context);
}
/** Runs a batch of jobs; what a scan worker serves. */
async function scanFileJobs(jobs, context) {
    const { maxFileSize, parameters, varFiles, terraformFiles } = context;
    const options = { maxFileSize, parameters: new Map(parameters) };
    const outcomes = new Array(jobs.length);
    await forEachLimited(jobs, READ_CONCURRENCY, async (job, at) => {
        outcomes[at] =
            'module' in job
                ? {
                    moduleOutcome: await scanTerraformGroup(job.module, varFiles, maxFileSize, terraformFiles)
                }
                : await scan_scanFile(job.file, options);
    });
    return outcomes;
}
async function scan_scanFile(file, options) {
    const read = await (0,read_text/* readTextFile */.G)(file.absolute, options.maxFileSize);
    if (!read.ok) {
        // Binary or foreign-encoded files that do not even mention AWS:: are not templates.
        if (read.maybeTemplate === false) {
            return { recognised: false, stages: [], errors: [] };
        }
        return {
            recognised: false,
            stages: [],
            errors: [{ file: file.display, line: read.line, message: read.message }]
        };
    }
    if (mayBeTerraformPlan(read.text)) {
        return { plan: { display: file.display, text: read.text } };
    }
    return scanText(read.text, file.display, options.parameters);
}
function scanPlan(plan, modules, parameters) {
    const finder = planBlockFinder(modules, plan.display);
    const scanned = scanTerraformPlan(plan.text, plan.display, finder);
    if (!scanned)
        return scanText(plan.text, plan.display, parameters);
    return { recognised: scanned.errors.length === 0, ...scanned };
}
function addFileScan(result, scanned) {
    result.errors.push(...scanned.errors);
    if (!scanned.recognised)
        return;
    result.files += scanned.files ?? 1;
    result.stages += scanned.stages.length;
    for (const stage of scanned.stages)
        result.findings.push(...(0,rule/* evaluateStage */._)(stage));
}
async function forEachLimited(items, limit, work) {
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            await work(items[index], index);
        }
    });
    await Promise.all(workers);
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   L_: () => (/* binding */ SettingError),
/* harmony export */   XV: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* unused harmony exports parseChoice, parseBoolean */
class SettingError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SettingError';
    }
}
const FAIL_ON = ['error', 'warning', 'never'];
function parseFailOn(raw, name) {
    const value = raw.trim().toLowerCase();
    if (FAIL_ON.includes(value))
        return value;
    throw new SettingError(`${name} must be one of ${FAIL_ON.join(', ')}; got "${raw}"`);
}
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1000,
    kib: 1024,
    m: 1024 * 1024,
    mb: 1000 * 1000,
    mib: 1024 * 1024,
    g: 1024 * 1024 * 1024,
    gb: 1000 * 1000 * 1000,
    gib: 1024 * 1024 * 1024
};
/** Reads a size such as `5MiB`, `500k` or `1048576`. */
function parseSize(raw, name) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw);
    const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
    if (!match || unit === undefined) {
        throw new SettingError(`${name} must be a size such as 5MiB, 500KiB or 1048576; got "${raw}"`);
    }
    const bytes = Math.floor(Number(match[1]) * unit);
    if (bytes <= 0)
        throw new SettingError(`${name} must be larger than zero`);
    return bytes;
}
/** Splits a list written with commas or new lines; drops empty items. */
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(item => item !== '');
}
/** Reads one of a fixed set of words, case-insensitively. */
function parseChoice(raw, choices, name) {
    const value = raw.trim().toLowerCase();
    const choice = choices.find(candidate => candidate === value);
    if (choice !== undefined)
        return choice;
    throw new SettingError(`${name} must be one of ${choices.join(', ')}; got "${raw}"`);
}
/** Reads `true` or `false`, as YAML writes them. */
function parseBoolean(raw, name) {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new SettingError(`${name} must be true or false; got "${raw}"`);
}


/***/ }),

/***/ 4554:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ DocumentError),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Thrown by the readers; carries the 1-based line of the problem. */
class DocumentError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'DocumentError';
    }
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads a key that exists as an own property, never from a prototype. */
function field(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
/** Turns character offsets into 1-based lines and columns. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === 10) {
                this.starts.push(i + 1);
            }
            else if (code === 13 && text.charCodeAt(i + 1) !== 10) {
                this.starts.push(i + 1);
            }
        }
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
    }
}


/***/ }),

/***/ 9960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Or: () => (/* binding */ InputPathError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   ZO: () => (/* binding */ discoverFiles),
/* harmony export */   gS: () => (/* binding */ problemError),
/* harmony export */   uo: () => (/* binding */ discoverIfPresent)
/* harmony export */ });
/* unused harmony exports isCandidateName, isSkippedDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Finding the files to scan, safely: symbolic links that lead outside the
 * scanned roots are not followed and loops are cut. read-text.ts reads them.
 */


/**
 * Discovery is synchronous underneath: a walk makes one call per directory
 * and per link, and a round trip through the thread pool for each cost more
 * than the calls themselves.
 */
const realpath = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native;
/** Directories that hold dependencies or build copies, never sources. */
const SKIPPED_DIRECTORIES = new Set([
    '.git',
    'node_modules',
    '.aws-sam',
    '.terraform',
    '.serverless'
]);
/** Endings of files that may hold a template (`.json` covers `.tf.json`). */
const TEMPLATE_ENDINGS = [
    '.yaml',
    '.yml',
    '.json',
    '.template',
    '.tf',
    '.tofu',
    '.tfvars'
];
/** A discovery problem as an error of the scan; it names no line. */
function problemError(problem) {
    return { file: problem.display, line: null, message: problem.message };
}
/**
 * `discoverFiles` for one path that a module call or a nested stack names:
 * a path that is not there finds nothing, since Terraform and CloudFormation
 * refuse it and so deploy nothing from it.
 */
async function discoverIfPresent(workspace, input) {
    try {
        return await discoverFiles(workspace, [input]);
    }
    catch (error) {
        if (error instanceof InputPathError)
            return { files: [], problems: [] };
        throw error;
    }
}
class InputPathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputPathError';
    }
}
function isCandidateName(name) {
    const lower = name.toLowerCase();
    return TEMPLATE_ENDINGS.some(ending => lower.endsWith(ending));
}
/** True for a directory name the walk never enters (dependencies, build copies). */
function isSkippedDirectory(name) {
    return SKIPPED_DIRECTORIES.has(name);
}
/** How a path is shown: relative to the workspace when inside it. */
function displayPath(workspace, absolute) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, absolute);
    const shown = relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)
        ? absolute
        : relative;
    return shown.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
/**
 * Lists candidate files under the given paths. A path that does not exist is
 * an InputPathError: the run cannot do what was asked.
 */
async function discoverFiles(workspace, inputs) {
    const workspaceReal = realpath(workspace);
    const discovery = { files: [], problems: [] };
    const seenFiles = new Set();
    const seenDirectories = new Set();
    for (const input of inputs) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, input);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
        }
        catch {
            throw new InputPathError(`path "${input}" does not exist or cannot be read`);
        }
        const inputReal = realpath(absolute);
        // A path inside the workspace that a link takes out of it (a pull
        // request can add `infra/api.yaml -> /proc/self/environ`) is not read.
        if (isWithin(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), absolute) &&
            !isWithin(workspaceReal, inputReal)) {
            discovery.problems.push({
                display: displayPath(workspace, absolute),
                message: 'symbolic link leads outside the workspace; not followed'
            });
            continue;
        }
        const roots = [workspaceReal, inputReal];
        if (info.isDirectory()) {
            await walk(absolute, roots, workspace, discovery, seenFiles, seenDirectories);
        }
        else if (!seenFiles.has(inputReal)) {
            seenFiles.add(inputReal);
            discovery.files.push({
                absolute,
                display: displayPath(workspace, absolute)
            });
        }
    }
    discovery.files.sort((a, b) => a.display.localeCompare(b.display));
    return discovery;
}
async function walk(start, roots, workspace, discovery, seenFiles, seenDirectories) {
    const pending = [start];
    while (pending.length > 0) {
        const directory = pending.pop();
        let directoryReal;
        let entries;
        try {
            directoryReal = realpath(directory);
            if (seenDirectories.has(directoryReal))
                continue;
            seenDirectories.add(directoryReal);
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(directory, { withFileTypes: true });
        }
        catch (error) {
            discovery.problems.push({
                display: displayPath(workspace, directory),
                message: `directory cannot be listed: ${describeError(error)}`
            });
            continue;
        }
        for (const entry of entries) {
            const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    pending.push(absolute);
                continue;
            }
            if (entry.isSymbolicLink()) {
                await followLink(absolute, entry.name, roots, workspace, discovery, pending, seenFiles);
                continue;
            }
            if (entry.isFile() && isCandidateName(entry.name)) {
                // A plain file's real path is its directory's plus its name.
                const real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directoryReal, entry.name);
                if (seenFiles.has(real))
                    continue;
                seenFiles.add(real);
                discovery.files.push({
                    absolute,
                    display: displayPath(workspace, absolute)
                });
            }
        }
    }
}
/** True when `target` is `root` or below it. */
function isWithin(root, target) {
    return target === root || target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
}
/** Follows a link only when its target stays inside a scanned root. */
async function followLink(absolute, name, roots, workspace, discovery, pending, seenFiles) {
    const display = displayPath(workspace, absolute);
    let target;
    try {
        target = realpath(absolute);
    }
    catch {
        if (isCandidateName(name)) {
            discovery.problems.push({
                display,
                message: 'symbolic link is broken or loops; not followed'
            });
        }
        return;
    }
    const inside = roots.some(root => isWithin(root, target));
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
    if (!inside) {
        if (info.isDirectory() || isCandidateName(name)) {
            discovery.problems.push({
                display,
                message: 'symbolic link leads outside the scanned directory; not followed'
            });
        }
        return;
    }
    if (info.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name))
            pending.push(absolute);
    }
    else if (info.isFile() && isCandidateName(name) && !seenFiles.has(target)) {
        seenFiles.add(target);
        discovery.files.push({ absolute, display });
    }
}
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 8659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readJson)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4554);
/**
 * JSON reader. Values come from `JSON.parse`, which is fast; positions come
 * from a second, position-recording pass that runs only when a finding asks
 * where something is, which most files never do.
 */

function readJson(text, file, maxDepth = 200) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`, lineOfJsonError(text, error));
    }
    checkDepth(value, maxDepth);
    let positions = null;
    let lines = null;
    return {
        value,
        locate(path) {
            positions ??= new PositionScanner(text).value();
            lines ??= new _document_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
            let current = positions;
            let offset = typeof current === 'number' ? current : current.start;
            for (const step of path) {
                if (typeof current === 'number')
                    return null;
                const child = current.children.get(step);
                if (child === undefined)
                    return null;
                const keyOffset = typeof step === 'string' ? current.keys.get(step) : undefined;
                offset =
                    typeof keyOffset === 'number'
                        ? keyOffset
                        : typeof child === 'number'
                            ? child
                            : child.start;
                current = child;
            }
            return { file, ...lines.position(offset) };
        }
    };
}
/** Rejects documents nested deeper than the limit without recursing. */
function checkDepth(root, maxDepth) {
    const stack = [{ value: root, depth: 0 }];
    while (stack.length > 0) {
        const { value, depth } = stack.pop();
        if (typeof value !== 'object' || value === null)
            continue;
        if (depth >= maxDepth) {
            throw new _document_js__WEBPACK_IMPORTED_MODULE_0__/* .DocumentError */ .Mi(`JSON nests deeper than ${maxDepth} levels`, null);
        }
        const children = Array.isArray(value) ? value : Object.values(value);
        for (const child of children)
            stack.push({ value: child, depth: depth + 1 });
    }
}
function lineOfJsonError(text, error) {
    const message = error instanceof Error ? error.message : '';
    const lineMatch = /line (\d+)/.exec(message);
    if (lineMatch?.[1])
        return Number(lineMatch[1]);
    const positionMatch = /position (\d+)/.exec(message);
    if (positionMatch?.[1]) {
        return new _document_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text).position(Number(positionMatch[1])).line;
    }
    return null;
}
/**
 * Walks JSON text that `JSON.parse` already accepted and records where each
 * key and value starts. Iterative, so deep nesting cannot overflow the stack.
 */
class PositionScanner {
    text;
    at = 0;
    constructor(text) {
        this.text = text;
    }
    value() {
        const root = { node: null };
        const stack = [];
        let pendingKey = null;
        const attach = (node) => {
            const frame = stack[stack.length - 1];
            if (!frame) {
                root.node = node;
            }
            else if (frame.isArray) {
                frame.positions.children.set(frame.count++, node);
            }
            else if (pendingKey !== null) {
                frame.positions.children.set(pendingKey, node);
                pendingKey = null;
            }
        };
        for (;;) {
            this.skipSpace();
            if (this.at >= this.text.length)
                break;
            const char = this.text[this.at];
            if (char === '{' || char === '[') {
                const positions = {
                    start: this.at,
                    children: new Map(),
                    keys: new Map()
                };
                attach(positions);
                stack.push({ positions, isArray: char === '[', count: 0 });
                this.at++;
            }
            else if (char === '}' || char === ']') {
                stack.pop();
                this.at++;
            }
            else if (char === ',' || char === ':') {
                this.at++;
            }
            else if (char === '"') {
                const start = this.at;
                const text = this.readString();
                const frame = stack[stack.length - 1];
                this.skipSpace();
                if (frame &&
                    !frame.isArray &&
                    pendingKey === null &&
                    this.text[this.at] === ':') {
                    pendingKey = text;
                    frame.positions.keys.set(text, start);
                }
                else {
                    attach(start);
                }
            }
            else {
                attach(this.at);
                while (this.at < this.text.length &&
                    !/[\s,\]}]/.test(this.text[this.at] ?? '')) {
                    this.at++;
                }
            }
        }
        return root.node ?? 0;
    }
    skipSpace() {
        while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) {
            this.at++;
        }
    }
    readString() {
        const start = this.at;
        this.at++;
        while (this.at < this.text.length) {
            const char = this.text[this.at];
            if (char === '\\')
                this.at += 2;
            else if (char === '"')
                break;
            else
                this.at++;
        }
        this.at++;
        return JSON.parse(this.text.slice(start, this.at));
    }
}


/***/ }),

/***/ 5350:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ normalizeHttpMethod),
/* harmony export */   HH: () => (/* binding */ readMethodSettings),
/* harmony export */   f: () => (/* binding */ normalizeResourcePath)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4554);
/**
 * Reading CloudFormation-shaped method settings (`MethodSettings` lists of
 * Stage, Deployment `StageDescription` and SAM Api) into the model, and the
 * path spellings every source shares.
 */

/**
 * Normalises a resource path: `/*` and `*` mean every path, `~1` means `/`,
 * and the result starts with `/`. `/~1pets~1{id}`, `/pets/{id}` and
 * `~1pets~1{id}` all become `/pets/{id}`.
 */
function normalizeResourcePath(raw) {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed === '*' || trimmed === '/*')
        return '*';
    const body = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed;
    const decoded = body.replace(/~1/g, '/').replace(/~0/g, '~');
    const path = decoded.startsWith('/') ? decoded : `/${decoded}`;
    return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}
function normalizeHttpMethod(raw) {
    const trimmed = raw.trim();
    return trimmed === '' ? '*' : trimmed.toUpperCase();
}
/**
 * Reads a `MethodSettings` list. A list or entry that cannot be evaluated
 * becomes an entry whose caching is unknown, so it can never pass.
 */
function readMethodSettings(values, raw, path, locate, inheritedFrom) {
    const resolved = values.resolve(raw, path);
    if (resolved.kind === 'absent')
        return [];
    if (resolved.kind === 'value' && (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved.value)) {
        // CloudFormation rejects a single mapping here, but reading it as the one
        // entry it was meant to be keeps a wrongly shaped template from hiding a cache.
        return [
            readEntry(values, resolved.value, resolved.path, locate, inheritedFrom, path)
        ];
    }
    if (resolved.kind === 'unknown' || !Array.isArray(resolved.value)) {
        const reason = resolved.kind === 'unknown'
            ? `MethodSettings cannot be evaluated: ${resolved.reason}`
            : 'MethodSettings is not a list';
        const location = locate(path);
        return [unknownEntry(reason, location, inheritedFrom)];
    }
    const listPath = resolved.path;
    const entries = [];
    resolved.value.forEach((item, index) => {
        const itemPath = listPath ? [...listPath, index] : null;
        const entry = values.resolve(item, itemPath);
        if (entry.kind === 'absent')
            return;
        if (entry.kind === 'unknown' || !(0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(entry.value)) {
            const reason = entry.kind === 'unknown'
                ? `a method setting cannot be evaluated: ${entry.reason}`
                : 'a method setting is not a mapping';
            const location = itemPath ? locate(itemPath) : locate(path);
            entries.push(unknownEntry(reason, location, inheritedFrom));
            return;
        }
        entries.push(readEntry(values, entry.value, entry.path, locate, inheritedFrom, path));
    });
    return entries;
}
function readEntry(values, entry, entryPath, locate, inheritedFrom, listPath) {
    const resourcePath = values.text((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(entry, 'ResourcePath'), entryPath ? [...entryPath, 'ResourcePath'] : null);
    const httpMethod = values.text((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(entry, 'HttpMethod'), entryPath ? [...entryPath, 'HttpMethod'] : null);
    const setting = {
        resourcePath: (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(entry, 'ResourcePath') === undefined
            ? '*'
            : resourcePath === null
                ? '?'
                : normalizeResourcePath(resourcePath),
        httpMethod: (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(entry, 'HttpMethod') === undefined
            ? '*'
            : httpMethod === null
                ? '?'
                : normalizeHttpMethod(httpMethod),
        cachingEnabled: values.flag(entry, entryPath, 'CachingEnabled', locate),
        cacheDataEncrypted: values.flag(entry, entryPath, 'CacheDataEncrypted', locate),
        location: entryPath ? locate(entryPath) : locate(listPath)
    };
    if (inheritedFrom !== undefined)
        setting.inheritedFrom = inheritedFrom;
    return setting;
}
function unknownEntry(reason, location, inheritedFrom) {
    const entry = {
        resourcePath: '*',
        httpMethod: '*',
        cachingEnabled: { state: 'unknown', reason, location },
        cacheDataEncrypted: { state: 'unknown', reason, location },
        location
    };
    if (inheritedFrom !== undefined)
        entry.inheritedFrom = inheritedFrom;
    return entry;
}


/***/ }),

/***/ 2855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ ParameterFileError),
/* harmony export */   d: () => (/* binding */ parseParameterFile)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4554);
/**
 * Parameter files: values that replace template parameter defaults. The
 * shapes people already keep are accepted: the CloudFormation CLI list
 * (`[{"ParameterKey": ..., "ParameterValue": ...}]`), a CodePipeline template
 * configuration (`{"Parameters": {...}}`), a flat JSON object, and
 * `Key=Value` pairs as `sam deploy --parameter-overrides` takes them.
 */

class ParameterFileError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = 'ParameterFileError';
    }
}
/** Parses one parameter file's text into name/value pairs. */
function parseParameterFile(text, file) {
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new ParameterFileError(file, `invalid JSON: ${reason}`);
        }
        return fromJson(parsed, file);
    }
    return fromPairs(trimmed, file);
}
function fromJson(parsed, file) {
    const values = new Map();
    if (Array.isArray(parsed)) {
        parsed.forEach((item, index) => {
            const key = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(item, 'ParameterKey') : undefined;
            const value = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(item, 'ParameterValue') : undefined;
            if (typeof key !== 'string' || value === undefined || (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
                throw new ParameterFileError(file, `item ${index + 1} needs ParameterKey and ParameterValue`);
            }
            values.set(key, scalarText(value));
        });
        return values;
    }
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parsed)) {
        throw new ParameterFileError(file, 'expected a JSON object or list');
    }
    const nested = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(parsed, 'Parameters');
    const source = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(nested) ? nested : parsed;
    for (const key of Object.keys(source)) {
        const value = source[key];
        if (value === undefined || (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value)) {
            throw new ParameterFileError(file, `parameter ${key} must be a string`);
        }
        values.set(key, scalarText(value));
    }
    return values;
}
function fromPairs(text, file) {
    const values = new Map();
    const pattern = /([A-Za-z0-9]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
    let rest = text;
    for (const match of text.matchAll(pattern)) {
        const [whole, key, raw] = match;
        const unquoted = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
        values.set(key, unquoted);
        rest = rest.replace(whole, '');
    }
    if (rest.trim() !== '') {
        throw new ParameterFileError(file, 'expected JSON or Key=Value pairs separated by spaces or new lines');
    }
    return values;
}
function scalarText(value) {
    if (Array.isArray(value))
        return value.map(item => String(item)).join(',');
    return value === null ? '' : String(value);
}


/***/ }),

/***/ 6603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readTextFile)
/* harmony export */ });
/* unused harmony export decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9960);
/**
 * Reading a file to scan, safely: only a regular file, only when it is small
 * enough (checked as it is read, so a file that grows is caught), and only
 * valid UTF-8, with the line of the first bad byte. Nothing is executed.
 */


/** Bytes asked of the kernel per read once a file outgrows its reported size. */
const READ_CHUNK = 64 * 1024;
/**
 * Reads a file as UTF-8 text, refusing files over `maxBytes`, files with NUL
 * bytes or another encoding. A UTF-8 byte order mark is dropped.
 *
 * The reads are synchronous: a scan reads thousands of small files between
 * CPU-bound parses, and a round trip through the thread pool per open, stat,
 * read and close cost more than the parsing of most templates. The open does
 * not block, so a FIFO named like a template cannot hang the scan.
 */
async function readTextFile(absolute, maxBytes) {
    return readTextFileSync(absolute, maxBytes);
}
function readTextFileSync(absolute, maxBytes) {
    let descriptor = null;
    try {
        descriptor = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(descriptor);
        if (!info.isFile())
            return { ok: false, message: 'not a regular file', line: null };
        if (info.size > maxBytes)
            return tooLarge(maxBytes, info.size);
        const bytes = readAll(descriptor, info.size, maxBytes);
        if (bytes === null)
            return tooLarge(maxBytes);
        return decodeText(bytes);
    }
    catch (error) {
        return {
            ok: false,
            message: `file cannot be read: ${(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`,
            line: null
        };
    }
    finally {
        if (descriptor !== null)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(descriptor);
    }
}
/**
 * Reads to the end of the file. The size from stat is only a first guess (a
 * file may grow while it is read, and some report no size at all); null when
 * the bytes pass `maxBytes`.
 */
function readAll(descriptor, expected, maxBytes) {
    let buffer = Buffer.allocUnsafe(expected + 1);
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            const grown = Buffer.allocUnsafe(buffer.length + READ_CHUNK);
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(descriptor, buffer, length, buffer.length - length, null);
        if (read === 0)
            return buffer.subarray(0, length);
        length += read;
        if (length > maxBytes)
            return null;
    }
}
/** The error for a file over the limit; without `size`, it grew while read. */
function tooLarge(maxBytes, size) {
    const limit = `the ${formatBytes(maxBytes)} limit (max-file-size)`;
    return {
        ok: false,
        message: size === undefined
            ? `file grew past ${limit} while it was read; it was not scanned`
            : `file is ${formatBytes(size)}, larger than ${limit}; it was not scanned`,
        line: null
    };
}
/** Decodes UTF-8 strictly; names the first line with a problem. */
function decodeText(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) ||
        (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return {
            ok: false,
            message: 'file is UTF-16 (it starts with a UTF-16 byte order mark); templates must be UTF-8',
            line: 1
        };
    }
    const maybeTemplate = containsAscii(bytes, 'AWS::');
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return {
            ok: false,
            message: 'file contains NUL bytes; it is binary, not a template',
            line: lineAt(bytes, nul),
            maybeTemplate
        };
    }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
        const text = new TextDecoder('utf-8', {
            fatal: true,
            ignoreBOM: true
        }).decode(bytes.subarray(start));
        return { ok: true, text };
    }
    catch {
        return {
            ok: false,
            message: 'file is not valid UTF-8',
            line: lineAt(bytes, firstInvalidUtf8(bytes)),
            maybeTemplate
        };
    }
}
function containsAscii(bytes, text) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text);
}
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 10)
            line++;
    return line;
}
/** Offset of the first byte that breaks UTF-8, for the error's line. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const byte = bytes[i];
        const length = byte < 0x80
            ? 1
            : byte >> 5 === 6
                ? 2
                : byte >> 4 === 14
                    ? 3
                    : byte >> 3 === 30
                        ? 4
                        : 0;
        if (length === 0)
            return i;
        for (let k = 1; k < length; k++) {
            if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        }
        i += length;
    }
    return 0;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 6557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ readYaml)
});

// UNUSED EXPORTS: DEFAULT_YAML_LIMITS

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = (/* unused pure expression or super */ null && (-1));
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
// EXTERNAL MODULE: ./src/templates/document.ts
var templates_document = __nccwpck_require__(4554);
;// CONCATENATED MODULE: ./src/templates/flow-indentation.ts
/**
 * CloudFormation's YAML reader, like PyYAML and SnakeYAML, accepts flow
 * collections (`[...]`, `{...}`) whose continuation lines are indented less
 * than the YAML specification requires; js-yaml rejects them with "deficient
 * indentation". Real templates that deploy fine are written this way, so
 * after such an error the reader indents those continuation lines and tries
 * again. Only leading spaces are added: line numbers do not move.
 */
/** Indents continuation lines of flow collections past their opener's line. */
function indentFlowContinuations(text) {
    const lines = text.split('\n');
    let depth = 0;
    let openerIndent = 0;
    let changed = false;
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (depth > 0) {
            const indent = leadingSpaces(line);
            if (line.trim() !== '' && indent <= openerIndent) {
                lines[index] = ' '.repeat(openerIndent + 1 - indent) + line;
                changed = true;
            }
        }
        else {
            openerIndent = leadingSpaces(line);
        }
        depth = Math.max(0, depth + flowBalance(line, depth > 0));
    }
    return changed ? lines.join('\n') : text;
}
function leadingSpaces(line) {
    let count = 0;
    while (line.charCodeAt(count) === 32)
        count++;
    return count;
}
/**
 * Net change in flow depth over one line. In block context a bracket opens
 * a flow collection only where a value starts (after `: `, `- `, or a tag);
 * quoted text and comments are ignored.
 */
function flowBalance(line, inFlow) {
    let balance = 0;
    let quote = null;
    let valueStart = true;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quote) {
            if (char === '\\' && quote === '"')
                i++;
            else if (char === quote)
                quote = null;
            continue;
        }
        const flow = inFlow || balance > 0;
        if (char === '#' &&
            (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t'))
            break;
        if (char === '"' || char === "'") {
            if (flow || valueStart)
                quote = char;
            valueStart = false;
            continue;
        }
        if (char === '[' || char === '{') {
            if (flow || valueStart)
                balance++;
            continue;
        }
        if (char === ']' || char === '}') {
            if (flow)
                balance--;
            continue;
        }
        if (char === ' ' || char === '\t')
            continue;
        if (!flow) {
            // A new value starts after "key: ", "- " or a tag such as "!Sub ".
            const next = line[i + 1];
            valueStart =
                (char === ':' || char === '-') && (next === ' ' || next === undefined);
            if (char === '!') {
                while (i + 1 < line.length && line[i + 1] !== ' ')
                    i++;
                valueStart = true;
            }
        }
    }
    return balance;
}

;// CONCATENATED MODULE: ./src/templates/yaml-document.ts
/**
 * YAML reader built on js-yaml's event parser. It builds plain values with
 * CloudFormation short-form tags turned into their long form (`!Ref X` into
 * `{ Ref: X }`), and records where every mapping key and collection starts.
 *
 * Aliases are shared by reference, never copied, so an alias bomb costs the
 * size of the source; merge keys are counted against a budget. A duplicated
 * key keeps its last value, as CloudFormation does when it deploys.
 */



const DEFAULT_YAML_LIMITS = {
    maxDepth: 200,
    maxAliases: 10_000,
    maxMergeKeys: 10_000
};
/** Tags whose long form is `Fn::<name>`; Ref and Condition have no prefix. */
const INTRINSIC_TAGS = new Set([
    'And',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'ForEach',
    'GetAtt',
    'GetAZs',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform'
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
/** Parses every document of a YAML source. Throws DocumentError. */
function readYaml(text, file, limits = DEFAULT_YAML_LIMITS) {
    let events;
    let source = text;
    try {
        events = parseEvents(source, { maxDepth: limits.maxDepth });
    }
    catch (error) {
        const retry = isDeficientIndentation(error)
            ? indentFlowContinuations(text)
            : text;
        if (retry === text)
            throw toDocumentError(error);
        try {
            source = retry;
            events = parseEvents(source, { maxDepth: limits.maxDepth });
        }
        catch {
            throw toDocumentError(error);
        }
    }
    return new EventReader(source, file, events, limits).documents();
}
function isDeficientIndentation(error) {
    return error instanceof Error && /deficient indentation/.test(error.message);
}
function toDocumentError(error) {
    if (error instanceof Error) {
        const mark = error.mark;
        const reason = error.reason ?? error.message;
        const line = typeof mark?.line === 'number' ? mark.line + 1 : null;
        return new templates_document/* DocumentError */.Mi(`invalid YAML: ${reason}`, line);
    }
    return new templates_document/* DocumentError */.Mi(`invalid YAML: ${String(error)}`, null);
}
class EventReader {
    text;
    file;
    events;
    limits;
    index = 0;
    lines;
    positions = new WeakMap();
    anchors = new Map();
    aliasCount = 0;
    mergeCount = 0;
    constructor(text, file, events, limits) {
        this.text = text;
        this.file = file;
        this.events = events;
        this.limits = limits;
        this.lines = new templates_document/* LineIndex */.rr(text);
    }
    documents() {
        const documents = [];
        while (this.index < this.events.length) {
            const event = this.events[this.index++];
            if (event?.type !== EVENT_ID.DOCUMENT)
                continue;
            this.anchors = new Map();
            this.aliasCount = 0;
            this.mergeCount = 0;
            let value = null;
            if (this.peek()?.type !== EVENT_ID.POP)
                value = this.node().value;
            this.expectPop();
            documents.push(this.document(value));
        }
        return documents;
    }
    document(value) {
        return {
            value,
            locate: (path) => this.locate(value, path)
        };
    }
    locate(root, path) {
        let current = root;
        let offset = null;
        for (const step of path) {
            if (typeof current !== 'object' || current === null)
                return null;
            const positions = this.positions.get(current);
            const next = Array.isArray(current)
                ? typeof step === 'number'
                    ? current[step]
                    : undefined
                : (0,templates_document/* isMap */.jh)(current) && typeof step === 'string'
                    ? Object.prototype.hasOwnProperty.call(current, step)
                        ? current[step]
                        : undefined
                    : undefined;
            if (next === undefined)
                return null;
            offset = positions?.children.get(step) ?? positions?.start ?? offset;
            current = next;
        }
        if (path.length === 0 && typeof root === 'object' && root !== null) {
            offset = this.positions.get(root)?.start ?? null;
        }
        if (offset === null)
            return null;
        return { file: this.file, ...this.lines.position(offset) };
    }
    peek() {
        return this.events[this.index];
    }
    expectPop() {
        const event = this.events[this.index++];
        if (event?.type !== EVENT_ID.POP) {
            throw new templates_document/* DocumentError */.Mi('invalid YAML: unbalanced structure', null);
        }
    }
    /** Reads one node; returns its value and where it starts. */
    node() {
        const event = this.events[this.index++];
        if (!event)
            throw new templates_document/* DocumentError */.Mi('invalid YAML: unexpected end', null);
        switch (event.type) {
            case EVENT_ID.SCALAR:
                return this.anchored(event, this.scalar(event), this.scalarStart(event));
            case EVENT_ID.MAPPING:
                return this.anchored(event, this.mapping(event.start), event.start);
            case EVENT_ID.SEQUENCE:
                return this.anchored(event, this.sequence(event.start), event.start);
            case EVENT_ID.ALIAS:
                return this.alias(event.anchorStart, event.anchorEnd);
            default:
                throw new templates_document/* DocumentError */.Mi('invalid YAML: unexpected structure', null);
        }
    }
    anchored(event, raw, start) {
        const tag = event.tagStart >= 0 ? this.text.slice(event.tagStart, event.tagEnd) : null;
        const offset = Math.min(start, ...[event.tagStart, event.anchorStart].filter(n => n >= 0));
        const value = tag === null ? raw : this.applyTag(tag, raw, offset);
        if (event.anchorStart >= 0) {
            const name = this.text.slice(event.anchorStart, event.anchorEnd);
            this.anchors.set(name, { value, offset });
        }
        return { value, offset };
    }
    alias(start, end) {
        const name = this.text.slice(start, end);
        if (++this.aliasCount > this.limits.maxAliases) {
            throw new templates_document/* DocumentError */.Mi(`YAML uses more than ${this.limits.maxAliases} aliases`, this.lines.position(start).line);
        }
        const target = this.anchors.get(name);
        if (!target) {
            throw new templates_document/* DocumentError */.Mi(`YAML alias *${name} names no anchor`, this.lines.position(start).line);
        }
        return { value: target.value, offset: start - 1 };
    }
    scalarStart(event) {
        // Quoted scalars start at the quote, one before the value.
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED ||
            event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        return quoted ? event.valueStart - 1 : event.valueStart;
    }
    scalar(event) {
        const text = getScalarValue(this.text, event);
        if (event.style !== SCALAR_STYLE.PLAIN || event.tagStart >= 0)
            return text;
        if (NULLS.has(text))
            return null;
        if (TRUES.has(text))
            return true;
        if (FALSES.has(text))
            return false;
        return text;
    }
    mapping(start) {
        const map = Object.create(null);
        const positions = { start, children: new Map() };
        const merges = [];
        while (this.peek()?.type !== EVENT_ID.POP) {
            const keyNode = this.node();
            const valueNode = this.node();
            const key = keyText(keyNode.value);
            if (key === '<<' && typeof keyNode.value === 'string') {
                merges.push(valueNode.value);
                continue;
            }
            // CloudFormation keeps the last of duplicated keys; so does this reader.
            map[key] = valueNode.value;
            positions.children.set(key, keyNode.offset);
        }
        this.expectPop();
        for (const source of merges)
            this.merge(map, positions, source, start);
        this.positions.set(map, positions);
        return map;
    }
    /** Applies a `<<` merge: keys written in the mapping win. */
    merge(map, positions, source, start) {
        const sources = Array.isArray(source) ? source : [source];
        for (const item of sources) {
            if (!(0,templates_document/* isMap */.jh)(item)) {
                throw new templates_document/* DocumentError */.Mi('a YAML merge key (<<) must name a mapping', this.lines.position(start).line);
            }
            const itemPositions = this.positions.get(item);
            for (const key of Object.keys(item)) {
                if (++this.mergeCount > this.limits.maxMergeKeys) {
                    throw new templates_document/* DocumentError */.Mi(`YAML merges more than ${this.limits.maxMergeKeys} keys`, this.lines.position(start).line);
                }
                if (positions.children.has(key))
                    continue;
                map[key] = item[key] ?? null;
                positions.children.set(key, itemPositions?.children.get(key) ?? start);
            }
        }
    }
    sequence(start) {
        const list = [];
        const positions = { start, children: new Map() };
        while (this.peek()?.type !== EVENT_ID.POP) {
            const item = this.node();
            positions.children.set(list.length, item.offset);
            list.push(item.value);
        }
        this.expectPop();
        this.positions.set(list, positions);
        return list;
    }
    /** Turns CloudFormation short forms into long forms; other tags keep the value. */
    applyTag(tag, value, offset) {
        if (tag.startsWith('!!'))
            return coreTag(tag.slice(2), value);
        const name = tag.slice(1);
        let key;
        let argument = value;
        if (name === 'Ref' || name === 'Condition') {
            key = name;
        }
        else if (INTRINSIC_TAGS.has(name)) {
            key = `Fn::${name}`;
            if (name === 'GetAtt' && typeof value === 'string') {
                const dot = value.indexOf('.');
                argument =
                    dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
                this.positions.set(argument, { start: offset, children: new Map() });
            }
        }
        else {
            // An unknown local tag stays visible to the evaluator as an intrinsic it cannot resolve.
            key = `Fn::${name}`;
        }
        const wrapper = Object.create(null);
        wrapper[key] = argument;
        this.positions.set(wrapper, {
            start: offset,
            children: new Map([[key, offset]])
        });
        return wrapper;
    }
}
function keyText(value) {
    if (typeof value === 'string')
        return value;
    if (value === null)
        return 'null';
    if (typeof value === 'boolean' || typeof value === 'number') {
        return String(value);
    }
    return '[complex key]';
}
function coreTag(name, value) {
    if (typeof value !== 'string' && value !== null)
        return value;
    switch (name) {
        case 'str':
            return value ?? '';
        case 'bool':
            if (value !== null && TRUES.has(value))
                return true;
            if (value !== null && FALSES.has(value))
                return false;
            return value;
        case 'null':
            return null;
        default:
            return value;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version; a test keeps it equal to package.json. */
const VERSION = '0.1.0';


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WJ: () => (/* binding */ isScanWorker),
  uO: () => (/* binding */ runInWorkers),
  XU: () => (/* binding */ serveScanWorker),
  Mo: () => (/* binding */ workerCount),
  xA: () => (/* binding */ workerEntry)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/worker-pool.ts
/**
 * Spreads file scans over worker threads so that a large repository uses
 * every core. The workers run the same bundle as the entry point: the entry
 * sees `isScanWorker()` and serves batches instead of starting a run.
 */



const ROLE = 'apigw-cache-check-scan-worker';
const MIN_JOBS_FOR_WORKERS = 500;
/** True inside a worker started by `runInWorkers`. */
function isScanWorker() {
    return (!external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.role === ROLE);
}
/** Serves batches until the parent closes the port; call from the entry point. */
function serveScanWorker(handle) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    const context = external_node_worker_threads_namespaceObject.workerData.context;
    port.on('message', (request) => {
        handle(request.jobs, context).then(results => port.postMessage({
            id: request.id,
            results
        }), (error) => port.postMessage({
            id: request.id,
            error: error instanceof Error ? error.message : String(error)
        }));
    });
}
/**
 * How many workers a scan of `jobs` items deserves; 0 means scan in this
 * thread. APIGW_CACHE_CHECK_WORKERS overrides the choice (0 turns them off).
 */
function workerCount(jobs, entry, env = process.env) {
    if (entry === null)
        return 0;
    const configured = Number.parseInt(env['APIGW_CACHE_CHECK_WORKERS'] ?? '', 10);
    if (Number.isInteger(configured) && configured >= 0)
        return Math.min(configured, 16);
    // Each worker pays its own start and compiler warm-up: below this many files
    // one warm thread finishes first.
    if (jobs < MIN_JOBS_FOR_WORKERS)
        return 0;
    const cores = external_node_os_default().availableParallelism();
    return cores < 2 ? 0 : Math.min(cores, 8);
}
/**
 * The bundle file to start workers from: the running entry when it is a
 * bundled `.js` file (tests of the TypeScript sources scan in one thread).
 */
function workerEntry(moduleUrl) {
    const file = (0,external_node_url_.fileURLToPath)(moduleUrl);
    return file.endsWith('.js') ? file : null;
}
/**
 * Runs `jobs` in `count` workers, in batches, and returns the results in the
 * order of the jobs. A worker that fails makes the whole call reject.
 */
async function runInWorkers(entry, count, jobs, context, batchSize = 32) {
    const results = [];
    const batches = [];
    for (let start = 0; start < jobs.length; start += batchSize) {
        batches.push(jobs.slice(start, start + batchSize));
    }
    let next = 0;
    const workers = Array.from({ length: Math.min(count, batches.length) }, () => new external_node_worker_threads_namespaceObject.Worker(entry, { workerData: { role: ROLE, context } }));
    try {
        await Promise.all(workers.map(worker => new Promise((resolve, reject) => {
            const send = () => {
                if (next >= batches.length)
                    return resolve();
                const id = next++;
                worker.postMessage({
                    id,
                    jobs: batches[id] ?? []
                });
            };
            worker.on('message', (response) => {
                if (response.error !== undefined || !response.results) {
                    reject(new Error(`scan worker failed: ${response.error ?? 'no results'}`));
                    return;
                }
                results[response.id] = response.results;
                send();
            });
            worker.on('error', reject);
            worker.on('exit', code => {
                if (next < batches.length || code !== 0) {
                    reject(new Error(`scan worker stopped early (exit ${code})`));
                }
            });
            send();
        })));
    }
    finally {
        await Promise.all(workers.map(worker => worker.terminate()));
    }
    return results.flat();
}


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__EXIT_CANNOT_RUN = __webpack_exports__.Bp;
/******/ var __webpack_exports__EXIT_FAIL = __webpack_exports__.WV;
/******/ var __webpack_exports__EXIT_PASS = __webpack_exports__.rc;
/******/ var __webpack_exports__runCli = __webpack_exports__.ak;
/******/ export { __webpack_exports__EXIT_CANNOT_RUN as EXIT_CANNOT_RUN, __webpack_exports__EXIT_FAIL as EXIT_FAIL, __webpack_exports__EXIT_PASS as EXIT_PASS, __webpack_exports__runCli as runCli };
/******/ 
