export const id = 163;
export const ids = [163];
export const modules = {

/***/ 1163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditLiveFromCli: () => (/* binding */ auditLiveFromCli)
});

// EXTERNAL MODULE: ./src/rule.ts
var rule = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(805);
// EXTERNAL MODULE: ./src/templates/method-settings.ts
var method_settings = __webpack_require__(5350);
;// CONCATENATED MODULE: ./src/aws/live-stage.ts
/**
 * A stage as GetStages returns it, mapped onto the model. API Gateway keys
 * method settings as `<path>/<method>` with `/` in the path written `~1`:
 * `*\/*` is the stage-wide entry, `~1pets~1{id}/GET` an override.
 */

const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';
/** Maps one live stage onto the model's Stage. */
function liveStage(record, scope) {
    const { api, region } = scope;
    const stageName = record.stageName;
    const methodSettings = Object.entries(record.methodSettings)
        .map(([key, settings]) => {
        const { resourcePath, httpMethod } = splitSettingKey(key);
        return {
            resourcePath,
            httpMethod,
            cachingEnabled: flag(settings.cachingEnabled),
            cacheDataEncrypted: flag(settings.cacheDataEncrypted),
            location: null
        };
    })
        .sort((a, b) => `${a.resourcePath} ${a.httpMethod}`.localeCompare(`${b.resourcePath} ${b.httpMethod}`));
    return {
        origin: 'live',
        format: 'live',
        file: null,
        resource: `${api.id}/${stageName ?? '?'}`,
        stageName,
        location: null,
        cacheClusterEnabled: flag(record.cacheClusterEnabled ?? undefined),
        methodSettings,
        live: {
            region,
            accountId: scope.accountId,
            restApiId: api.id,
            restApiName: api.name,
            // A stage made by CloudFormation carries the stack's tags; a stage
            // made by a Deployment's StageDescription may not, so the API's stand in.
            stackName: record.tags[STACK_NAME_TAG] ?? api.tags[STACK_NAME_TAG] ?? null,
            logicalId: record.tags[LOGICAL_ID_TAG] ?? api.tags[LOGICAL_ID_TAG] ?? null,
            consoleUrl: consoleUrl(region, api.id)
        }
    };
}
/** Splits `~1pets~1{id}/GET` into `/pets/{id}` and `GET`; `*\/*` into `*` and `*`. */
function splitSettingKey(key) {
    const slash = key.lastIndexOf('/');
    if (slash < 0)
        return { resourcePath: (0,method_settings/* normalizeResourcePath */.f)(key), httpMethod: '*' };
    return {
        resourcePath: (0,method_settings/* normalizeResourcePath */.f)(key.slice(0, slash)),
        httpMethod: (0,method_settings/* normalizeHttpMethod */.F4)(key.slice(slash + 1))
    };
}
/** The console page of an API's stages, in the console of the region's partition. */
function consoleUrl(region, restApiId) {
    const host = region.startsWith('cn-')
        ? `${region}.console.amazonaws.cn`
        : region.startsWith('us-gov-')
            ? `${region}.console.amazonaws-us-gov.com`
            : `${region}.console.aws.amazon.com`;
    const api = encodeURIComponent(restApiId);
    return `https://${host}/apigateway/main/apis/${api}/stages?api=${api}&region=${encodeURIComponent(region)}`;
}
function flag(value) {
    return value === undefined
        ? { state: 'unset' }
        : { state: 'set', value, location: null };
}

;// CONCATENATED MODULE: ./src/aws/limiter.ts
function createLimiter(maxInFlight) {
    if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
        throw new RangeError(`maxInFlight must be a positive integer; got ${maxInFlight}`);
    }
    let running = 0;
    const waiting = [];
    // A finished task hands its slot straight to the next waiting one, so a
    // task arriving in between cannot take it as well.
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            running--;
    };
    return async (task) => {
        if (running < maxInFlight)
            running++;
        else
            await new Promise(resolve => waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/live-audit.ts
/**
 * Reads the stages of every REST API in a region with the fewest calls:
 * GetRestApis page by page, then one GetStages per API, at most three calls
 * in flight per region and every region at once. What could not be read is
 * returned as an error, never as a stage without findings.
 */



/** API Gateway's control plane allows about 10 calls a second per account and region. */
const MAX_IN_FLIGHT_PER_REGION = 3;
/** 200 pages of 500 is far past the default quota of REST APIs per region. */
const MAX_PAGES = 200;
/** Audits each region in parallel. */
function auditRegions(regions, readerFor, accountId, log) {
    return Promise.all(regions.map(region => auditRegion(region, readerFor(region), accountId, log)));
}
/** Lists the REST APIs of one region and reads the stages of each. */
async function auditRegion(region, reader, accountId, log) {
    const limit = createLimiter(MAX_IN_FLIGHT_PER_REGION);
    const audit = {
        region,
        audited: false,
        stages: [],
        errors: [],
        restApis: 0
    };
    const where = accountId === null
        ? `region ${region}`
        : `account ${accountId}, region ${region}`;
    // List the REST APIs
    let apis;
    try {
        apis = await listRestApis(reader, limit);
    }
    catch (error) {
        audit.errors.push({
            file: live_audit_apiGatewayArn(region, '/restapis'),
            line: null,
            message: `${where} was not audited: ${describe(error)}${hint(error, region)}`
        });
        return audit;
    }
    audit.restApis = apis.length;
    // Read the stages of each
    const failures = [];
    await Promise.all(apis.map(api => limit(async () => {
        try {
            const records = await reader.getStages(api.id);
            for (const record of records) {
                audit.stages.push(liveStage(record, { region, accountId, api }));
            }
        }
        catch (error) {
            if (error instanceof errors/* AwsCallError */.i && error.kind === 'not-found') {
                log.debug(`REST API ${api.id} in ${region} was deleted while it was audited.`);
                return;
            }
            failures.push({ api, error });
        }
    })));
    // A region none of whose stages could be read was not audited at all.
    const first = failures[0];
    if (first && failures.length === apis.length) {
        audit.errors.push({
            file: live_audit_apiGatewayArn(region, '/restapis/*/stages'),
            line: null,
            message: `${where} was not audited: the stages of none of its ${apis.length} REST APIs could be read: ${describe(first.error)}${hint(first.error, region)}`
        });
        return audit;
    }
    for (const { api, error } of failures) {
        audit.errors.push({
            file: live_audit_apiGatewayArn(region, `/restapis/${api.id}/stages`),
            line: null,
            message: `${where}: the stages of REST API ${label(api)} were not audited: ${describe(error)}${hint(error, region)}`
        });
    }
    audit.audited = true;
    audit.stages.sort((a, b) => a.resource.localeCompare(b.resource));
    const unreadable = failures.length > 0
        ? `, ${count(failures.length, 'REST API')} not readable`
        : '';
    log.info(`${region}: ${count(apis.length, 'REST API')}, ${count(audit.stages.length, 'stage')}${unreadable}.`);
    return audit;
}
async function listRestApis(reader, limit) {
    const apis = [];
    const seen = new Set();
    let position = null;
    for (let page = 0; page < MAX_PAGES; page++) {
        const current = position;
        const result = await limit(() => reader.getRestApis(current));
        apis.push(...result.items);
        position = result.position;
        // A position seen before would loop forever; AWS never sends one.
        if (position === null || seen.has(position))
            return apis;
        seen.add(position);
    }
    throw new Error(`GetRestApis returned more than ${MAX_PAGES} pages; the audit stops there`);
}
/** The ARN of an API Gateway resource path, in the region's partition. */
function live_audit_apiGatewayArn(region, resourcePath) {
    const partition = region.startsWith('cn-')
        ? 'aws-cn'
        : region.startsWith('us-gov-')
            ? 'aws-us-gov'
            : 'aws';
    return `arn:${partition}:apigateway:${region}::${resourcePath}`;
}
function hint(error, region) {
    if (!(error instanceof errors/* AwsCallError */.i))
        return '';
    switch (error.kind) {
        case 'access-denied':
            return `. The audit role needs apigateway:GET on ${live_audit_apiGatewayArn(region, '/restapis')} and ${live_audit_apiGatewayArn(region, '/restapis/*/stages')}.`;
        case 'credentials':
            return `. AWS did not accept the credentials in ${region}: is the region enabled for the account?`;
        case 'throttled':
            return '. The control plane kept throttling after every retry; run the audit again, or with fewer regions or accounts at a time.';
        default:
            return '';
    }
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function label(api) {
    return api.name === null ? api.id : `"${api.name}" (${api.id})`;
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/aws/regions.ts
/**
 * Which regions the live audit reads: a list, or `all`, the regions enabled
 * for the account.
 *
 * The Account API's ListRegions is asked, rather than EC2's DescribeRegions,
 * because it states each region's opt-in status for this account (ENABLED,
 * ENABLED_BY_DEFAULT, DISABLED, ...) with one narrow read-only permission
 * (account:ListRegions), and its client is small where the EC2 client is
 * several megabytes in the bundle. For a list of regions it is asked too, so
 * that a region the account has not enabled is skipped by name instead of
 * failing on credentials AWS does not accept there; when it may not be asked,
 * the listed regions are read as they are.
 */



const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ENABLED = new Set(['ENABLED', 'ENABLED_BY_DEFAULT']);
/** Reads `all` or a comma list such as `us-east-1,eu-west-1`. */
function parseRegions(items, name) {
    const lower = items.map(item => item.toLowerCase());
    if (lower.includes('all')) {
        if (lower.length > 1) {
            throw new settings/* SettingError */.L_(`${name} is either "all" or a list of regions, not both`);
        }
        return 'all';
    }
    for (const region of lower) {
        if (!REGION_NAME.test(region)) {
            throw new settings/* SettingError */.L_(`${name} must be "all" or region names such as us-east-1,eu-west-1; got "${region}"`);
        }
    }
    return [...new Set(lower)].sort();
}
/** Turns the request into regions to audit; `home` is where the Account API is called. */
async function resolveRegions(request, home, connector, credentials, log) {
    let statuses;
    try {
        const listed = await connector.listRegions(home, credentials);
        statuses = new Map(listed.map(region => [region.name, region.status]));
    }
    catch (error) {
        if (request === 'all') {
            const why = error instanceof errors/* AwsCallError */.i && error.kind === 'access-denied'
                ? 'the role may not call account:ListRegions'
                : 'the Account API could not be read';
            throw new aws_credentials/* LiveAuditError */.Om(`regions: all needs the list of regions enabled for the account, but ${why} (${regions_describe(error)}). Grant account:ListRegions to the audit role, or name the regions.`);
        }
        log.debug(`Regions are read as listed; their opt-in status is unknown: ${regions_describe(error)}`);
        return { audit: request, skipped: [] };
    }
    if (request === 'all') {
        const audit = [...statuses]
            .filter(([, status]) => ENABLED.has(status))
            .map(([name]) => name)
            .sort();
        log.info(`regions: all means the ${audit.length} regions enabled for the account: ${audit.join(', ')}.`);
        return { audit, skipped: [] };
    }
    const audit = [];
    const skipped = [];
    for (const region of request) {
        // Only a region the Account API calls not enabled is skipped; one it
        // does not list is read anyway, so that a wrong name fails loudly
        // instead of passing quietly.
        const status = statuses.get(region);
        if (status === undefined || ENABLED.has(status)) {
            audit.push(region);
            continue;
        }
        skipped.push(region);
        log.warning(`Skipping region ${region}: it is not enabled for the account (status ${status}).`);
    }
    return { audit, skipped };
}
function regions_describe(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/aws/live-run.ts
/**
 * One live audit: credentials, regions, stages, findings. Shared by the
 * action and the command line, which hand in the outside world as deps.
 */




/** Runs the audit; throws LiveAuditError when it cannot start. */
async function runLiveAudit(settings, deps) {
    const { connector, log } = deps;
    const identity = await (0,aws_credentials/* resolveIdentity */.XH)(settings, settings.homeRegion, deps);
    const regions = await resolveRegions(settings.regions, settings.homeRegion, connector, identity.credentials, log);
    const audits = await auditRegions(regions.audit, region => connector.apiGateway(region, identity.credentials), identity.accountId, log);
    const stages = audits.flatMap(audit => audit.stages);
    const notAudited = audits.filter(audit => !audit.audited);
    for (const audit of notAudited) {
        log.warning(`Region ${audit.region} was not audited.`);
    }
    return {
        findings: stages.flatMap(rule/* evaluateStage */._),
        errors: audits.flatMap(audit => audit.errors),
        stages: stages.length,
        regions: audits.filter(audit => audit.audited).map(audit => audit.region),
        regionsNotAudited: notAudited.map(audit => audit.region),
        regionsSkipped: regions.skipped
    };
}
/**
 * The result of an audit that could not start, for callers that still report
 * their other findings: every listed region is not audited, and the reason is
 * an error, so the run is never taken for a pass.
 */
function unstartedLiveAudit(settings, reason) {
    const file = settings.roleToAssume ?? apiGatewayArn(settings.homeRegion, '/restapis');
    return {
        findings: [],
        errors: [
            { file, line: null, message: `The live audit could not start: ${reason}` }
        ],
        stages: 0,
        regions: [],
        regionsNotAudited: settings.regions === 'all' ? [] : [...settings.regions],
        regionsSkipped: []
    };
}
/**
 * The result of an audit skipped on purpose (a fork's pull request gets no
 * OIDC token): nothing is claimed as passed, the listed regions are named as
 * not audited, and no error fails the check for what the fork cannot do.
 */
function skippedLiveAudit(settings) {
    return { ...unstartedLiveAudit(settings, ''), errors: [] };
}

;// CONCATENATED MODULE: ./src/aws/live-settings.ts
/**
 * The settings of a live audit, read from action inputs or command-line
 * options, validated with messages that name the setting.
 */


const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
const DEFAULT_SESSION_NAME = 'apigw-cache-check';
const DEFAULT_DURATION_SECONDS = 3600;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** Reads the settings; regions default to AWS_REGION, then AWS_DEFAULT_REGION. */
function readLiveSettings(raw, env) {
    const runnerRegion = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || '';
    const listed = (0,settings/* parseList */.E1)(raw.regions.value);
    if (listed.length === 0 && runnerRegion === '') {
        throw new settings/* SettingError */.L_(`${raw.regions.name} is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; name the regions (us-east-1,eu-west-1) or write all`);
    }
    const regions = parseRegions(listed.length > 0 ? listed : [runnerRegion], listed.length > 0 ? raw.regions.name : 'AWS_REGION');
    const homeRegion = runnerRegion || partitionHome(regions === 'all' ? null : regions[0]);
    const role = raw.roleToAssume?.value.trim() ?? '';
    if (role !== '' && !ROLE_ARN.test(role)) {
        throw new settings/* SettingError */.L_(`${raw.roleToAssume?.name} must be an IAM role ARN such as arn:aws:iam::123456789012:role/api-cache-audit; got "${role}"`);
    }
    const sessionName = raw.roleSessionName?.value.trim() || DEFAULT_SESSION_NAME;
    if (!SESSION_NAME.test(sessionName)) {
        throw new settings/* SettingError */.L_(`${raw.roleSessionName?.name} must be 2 to 64 letters, digits or +=,.@_- characters; got "${sessionName}"`);
    }
    return {
        regions,
        homeRegion,
        roleToAssume: role === '' ? null : role,
        audience: raw.audience?.value.trim() || DEFAULT_AUDIENCE,
        roleSessionName: sessionName,
        roleDurationSeconds: readDuration(raw.roleDurationSeconds)
    };
}
/**
 * A region that is enabled in every account of the listed region's
 * partition: a listed region may be an opt-in region the account has not
 * enabled, where STS would refuse the call.
 */
function partitionHome(region) {
    if (region?.startsWith('cn-') || region?.startsWith('us-gov-'))
        return region;
    return 'us-east-1';
}
function readDuration(raw) {
    const text = raw?.value.trim() ?? '';
    if (text === '')
        return DEFAULT_DURATION_SECONDS;
    const seconds = Number(text);
    if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43200) {
        throw new settings/* SettingError */.L_(`${raw?.name} must be a whole number of seconds from 900 to 43200; got "${text}"`);
    }
    return seconds;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-cjs/index.js
var dist_cjs = __webpack_require__(2990);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-api-gateway/dist-cjs/index.js
var client_api_gateway_dist_cjs = __webpack_require__(818);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/sdk-api-gateway.ts
/**
 * The API Gateway calls of the live audit over the SDK client of one region,
 * reduced to the fields the audit reads; and the wrapper that names the
 * operation and region of every failed call.
 */


/** API Gateway returns at most 500 REST APIs a page. */
const REST_APIS_PAGE_SIZE = 500;
/** Reads REST APIs and stages with one region's client. */
function apiGatewayReader(client, region) {
    return {
        async getRestApis(position) {
            const output = await call('apigateway:GetRestApis', region, () => client.send(new client_api_gateway_dist_cjs/* GetRestApisCommand */.hwD({
                limit: REST_APIS_PAGE_SIZE,
                ...(position === null ? {} : { position })
            })));
            const items = (output.items ?? []).flatMap(api => api.id
                ? [{ id: api.id, name: api.name ?? null, tags: api.tags ?? {} }]
                : []);
            return { items, position: output.position || null };
        },
        async getStages(restApiId) {
            const output = await call('apigateway:GetStages', region, () => client.send(new client_api_gateway_dist_cjs/* GetStagesCommand */.pY7({ restApiId })));
            return (output.item ?? []).map((stage) => ({
                stageName: stage.stageName ?? null,
                cacheClusterEnabled: stage.cacheClusterEnabled ?? null,
                methodSettings: Object.fromEntries(Object.entries(stage.methodSettings ?? {}).map(([key, value]) => [
                    key,
                    definedOnly({
                        cachingEnabled: value.cachingEnabled,
                        cacheDataEncrypted: value.cacheDataEncrypted
                    })
                ])),
                tags: stage.tags ?? {}
            }));
        }
    };
}
/** Runs one SDK call; a failure becomes an AwsCallError naming the operation. */
async function call(operation, region, send) {
    try {
        return await send();
    }
    catch (error) {
        throw new errors/* AwsCallError */.i(operation, region, error);
    }
}
function definedOnly(settings) {
    const result = {};
    if (settings.cachingEnabled !== undefined)
        result.cachingEnabled = settings.cachingEnabled;
    if (settings.cacheDataEncrypted !== undefined) {
        result.cacheDataEncrypted = settings.cacheDataEncrypted;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/aws/sdk.ts
/**
 * The one place where AWS SDK clients are made. Every call is wrapped with
 * its operation and region, and its result is reduced to the fields the live
 * audit reads. `AWS_ENDPOINT_URL` (for example a local emulator) is honoured
 * by the SDK itself.
 */






/** Attempts per call, first one included; throttling is retried with backoff. */
const MAX_ATTEMPTS = 8;
/** ListRegions pages of 50; a partition has far fewer than 20 pages of regions. */
const MAX_REGION_PAGES = 20;
/**
 * Settings every client shares. The standard `AWS_MAX_ATTEMPTS` variable,
 * when set, replaces the default number of attempts.
 */
function commonConfig(env) {
    const fromEnv = Number(env['AWS_MAX_ATTEMPTS']);
    return {
        maxAttempts: Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : MAX_ATTEMPTS,
        // Adaptive retry also slows the client down when the account's control
        // plane rate limit (shared with every other caller) answers 429.
        retryMode: 'adaptive',
        customUserAgent: `apigw-cache-check/${version/* VERSION */.x}`,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 }
    };
}
/** The SDK-backed connector used by the action and the command line. */
function createSdkConnector(env = process.env) {
    const COMMON = commonConfig(env);
    const apiGateways = new Map();
    return {
        async defaultCredentials(region) {
            const client = new client_sts_dist_cjs/* STSClient */.iM({ ...COMMON, region });
            try {
                const credentials = await client.config.credentials();
                return pickCredentials(credentials);
            }
            catch (error) {
                throw new errors/* AwsCallError */.i('resolving the default credential chain', region, error);
            }
        },
        async assumeRoleWithWebIdentity(region, request) {
            const client = new client_sts_dist_cjs/* STSClient */.iM({ ...COMMON, region });
            const operation = 'sts:AssumeRoleWithWebIdentity';
            const output = await call(operation, region, () => client.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                RoleArn: request.roleArn,
                RoleSessionName: request.sessionName,
                DurationSeconds: request.durationSeconds,
                WebIdentityToken: request.webIdentityToken
            })));
            const issued = output.Credentials;
            if (!issued?.AccessKeyId || !issued.SecretAccessKey) {
                throw new errors/* AwsCallError */.i(operation, region, new Error('no credentials in the answer'));
            }
            return {
                credentials: pickCredentials({
                    accessKeyId: issued.AccessKeyId,
                    secretAccessKey: issued.SecretAccessKey,
                    sessionToken: issued.SessionToken,
                    expiration: issued.Expiration
                }),
                arn: output.AssumedRoleUser?.Arn ?? null
            };
        },
        async getCallerIdentity(region, credentials) {
            const client = new client_sts_dist_cjs/* STSClient */.iM({ ...COMMON, region, credentials });
            const output = await call('sts:GetCallerIdentity', region, () => client.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})));
            return { account: output.Account ?? null, arn: output.Arn ?? null };
        },
        async listRegions(region, credentials) {
            const client = new dist_cjs/* AccountClient */.pt({ ...COMMON, region, credentials });
            const regions = [];
            let nextToken;
            for (let page = 0; page < MAX_REGION_PAGES; page++) {
                const output = await call('account:ListRegions', region, () => client.send(new dist_cjs/* ListRegionsCommand */.$K({ MaxResults: 50, NextToken: nextToken })));
                for (const item of output.Regions ?? []) {
                    if (item.RegionName) {
                        regions.push({
                            name: item.RegionName,
                            status: item.RegionOptStatus ?? 'UNKNOWN'
                        });
                    }
                }
                nextToken = output.NextToken;
                if (!nextToken)
                    break;
            }
            return regions;
        },
        apiGateway(region, credentials) {
            let client = apiGateways.get(region);
            if (!client) {
                client = new client_api_gateway_dist_cjs/* APIGatewayClient */.UR2({ ...COMMON, region, credentials });
                apiGateways.set(region, client);
            }
            return apiGatewayReader(client, region);
        }
    };
}
function pickCredentials(source) {
    const credentials = {
        accessKeyId: source.accessKeyId,
        secretAccessKey: source.secretAccessKey
    };
    if (source.sessionToken)
        credentials.sessionToken = source.sessionToken;
    if (source.expiration)
        credentials.expiration = source.expiration;
    return credentials;
}

;// CONCATENATED MODULE: ./src/cli-live.ts
/**
 * The live audit from the command line: the default AWS credential chain
 * (environment, profile, SSO, instance role), progress and warnings on
 * standard error, the report on standard output.
 */



/** Audits the regions named by `--regions` (or AWS_REGION). */
function auditLiveFromCli(regions, io) {
    const settings = readLiveSettings({ regions: { value: regions ?? '', name: '--regions' } }, io.env);
    const note = (message) => io.stderr(`apigw-cache-check: ${message}\n`);
    return runLiveAudit(settings, {
        connector: createSdkConnector(io.env),
        idTokens: null,
        runContext: {
            tokenRequestAvailable: false,
            eventName: null,
            forkPullRequest: false
        },
        // A terminal has no log masking; secrets are never printed.
        mask: () => undefined,
        log: {
            info: note,
            warning: message => note(`warning: ${message}`),
            debug: () => undefined
        }
    });
}


/***/ })

};
