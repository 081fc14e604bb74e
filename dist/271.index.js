export const id = 271;
export const ids = [271];
export const modules = {

/***/ 2271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preparePullRequestScan: () => (/* binding */ preparePullRequestScan),
  publishPullRequestFeedback: () => (/* binding */ publishPullRequestFeedback)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/templates/files.ts
var files = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/templates/terraform-discovery.ts + 13 modules
var terraform_discovery = __webpack_require__(6426);
;// CONCATENATED MODULE: ./src/changed-paths.ts
/**
 * What a pull-request run scans: the changed files that can hold a template,
 * the whole module directory of a changed Terraform file (a module is read
 * as one unit), and the generated paths named to be scanned on every run.
 */



/** The paths to scan for a set of changed files, sorted, without repeats. */
function scanPathsForChanges(changed, scope) {
    const paths = new Set();
    for (const file of changed) {
        if ((0,terraform_discovery/* isTerraformFile */.L5)(file.path)) {
            // Deleting a file changes its module too.
            paths.add(external_node_path_default().posix.dirname(file.path));
        }
        else if (file.status !== 'removed' && (0,files/* isCandidateName */.Xd)(file.path)) {
            paths.add(file.path);
        }
    }
    const kept = [...paths].filter(candidate => !inSkippedDirectory(candidate) && insideAny(candidate, scope.roots));
    return [...new Set([...kept, ...scope.alwaysScan.map(normalise)])].sort();
}
/** Base paths of renamed files by their head path. */
function renamedPaths(changed) {
    const renames = new Map();
    for (const file of changed) {
        if (file.status === 'renamed' && file.previousPath !== null) {
            renames.set(file.previousPath, file.path);
        }
    }
    return renames;
}
function insideAny(candidate, roots) {
    return roots.some(root => {
        const base = normalise(root);
        return (base === '.' ||
            candidate === base ||
            candidate.startsWith(`${base}/`) ||
            // A module directory that holds a configured file.
            base.startsWith(`${candidate}/`));
    });
}
function inSkippedDirectory(candidate) {
    return candidate.split('/').some(files/* isSkippedDirectory */.G$);
}
function normalise(file) {
    const clean = external_node_path_default().posix
        .normalize(file.replace(/\\/g, '/'))
        .replace(/\/+$/, '');
    return clean === '' ? '.' : clean;
}

;// CONCATENATED MODULE: ./src/github/api.ts
/** The HTTP status of a failed GitHub call, or null for other errors. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : null;
    }
    return null;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit-api.ts
/**
 * The one place that creates the GitHub client: octokit with retry (server
 * errors, network) and throttling (primary and secondary rate limits),
 * making only the calls the GitHubApi interface names.
 */




const PAGE = 100;
/** Rate-limit waits longer than this are not worth holding the job for. */
const LONGEST_WAIT_SECONDS = 60;
const STATUSES = new Set([
    'added',
    'modified',
    'removed',
    'renamed',
    'copied',
    'changed'
]);
/** Creates the client for the token; GITHUB_API_URL selects the server. */
function createGitHubApi(token) {
    const octokit = (0,github/* getOctokit */.Q)(token, {
        retry: { retries: 3 },
        throttle: {
            onRateLimit: (after, options, _client, retryCount) => shouldWait('rate limit', after, options, retryCount),
            onSecondaryRateLimit: (after, options, _client, retryCount) => shouldWait('secondary rate limit', after, options, retryCount)
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    return {
        async listPullRequestFiles(pr, limit) {
            const files = [];
            const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
                owner: pr.owner,
                repo: pr.repo,
                pull_number: pr.number,
                per_page: PAGE
            });
            for await (const page of pages) {
                for (const file of page.data) {
                    files.push({
                        path: file.filename,
                        status: STATUSES.has(file.status)
                            ? file.status
                            : 'modified',
                        previousPath: file.previous_filename ?? null,
                        patch: file.patch ?? null
                    });
                }
                if (files.length >= limit)
                    break;
            }
            return files.slice(0, limit);
        },
        async listIssueComments(pr) {
            const comments = await octokit.paginate(octokit.rest.issues.listComments, {
                owner: pr.owner,
                repo: pr.repo,
                issue_number: pr.number,
                per_page: PAGE
            });
            return comments.map(comment => ({
                id: comment.id,
                nodeId: comment.node_id,
                body: comment.body ?? '',
                author: comment.user
                    ? { login: comment.user.login, type: comment.user.type }
                    : null
            }));
        },
        async createIssueComment(pr, body) {
            await octokit.rest.issues.createComment({
                owner: pr.owner,
                repo: pr.repo,
                issue_number: pr.number,
                body
            });
        },
        async updateIssueComment(pr, id, body) {
            await octokit.rest.issues.updateComment({
                owner: pr.owner,
                repo: pr.repo,
                comment_id: id,
                body
            });
        },
        async deleteIssueComment(pr, id) {
            await octokit.rest.issues.deleteComment({
                owner: pr.owner,
                repo: pr.repo,
                comment_id: id
            });
        },
        async minimizeComment(nodeId) {
            await octokit.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: nodeId });
        },
        async viewerLogin() {
            try {
                const answer = await octokit.graphql('query { viewer { login } }');
                return answer.viewer?.login ?? null;
            }
            catch (error) {
                core/* debug */.Yz(`GraphQL viewer query failed, falling back to bot authors: ${String(error)}`);
                return null;
            }
        },
        async listReviewComments(pr) {
            const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
                owner: pr.owner,
                repo: pr.repo,
                pull_number: pr.number,
                per_page: PAGE
            });
            return comments.map(comment => ({
                path: comment.path,
                line: comment.line ?? null,
                body: comment.body
            }));
        },
        async createReview(pr, commitId, body, comments) {
            await octokit.rest.pulls.createReview({
                owner: pr.owner,
                repo: pr.repo,
                pull_number: pr.number,
                commit_id: commitId,
                event: 'COMMENT',
                body,
                comments: comments.map(comment => ({
                    ...comment,
                    side: 'RIGHT'
                }))
            });
        }
    };
}
function shouldWait(kind, afterSeconds, options, retryCount) {
    const retrying = retryCount < 2 && afterSeconds <= LONGEST_WAIT_SECONDS;
    core/* warning */.$e(`GitHub ${kind} reached for ${options.method} ${options.url}; ${retrying ? `retrying in ${afterSeconds} s` : 'giving up on this call'}.`);
    return retrying;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/github/git.ts
/**
 * The few git commands a pull-request run needs, run as `git` with an
 * argument list (never through a shell), behind a small interface.
 */

/** Git in `repository`; prompts are off so that a missing credential fails fast. */
function createGit(repository) {
    return {
        run(args, cwd = repository) {
            return new Promise((resolve, reject) => {
                const child = (0,external_node_child_process_.spawn)('git', [...args], {
                    cwd,
                    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
                    stdio: ['ignore', 'pipe', 'pipe']
                });
                const stdout = [];
                const stderr = [];
                child.stdout.on('data', (chunk) => stdout.push(chunk));
                child.stderr.on('data', (chunk) => stderr.push(chunk));
                child.on('error', reject);
                child.on('close', code => resolve({
                    code: code ?? 1,
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8').trim()
                }));
            });
        }
    };
}
/** Makes sure a commit is present, fetching it shallowly when it is not. */
async function ensureCommit(git, sha) {
    const present = async () => (await git.run(['cat-file', '-e', `${sha}^{commit}`])).code === 0;
    if (await present())
        return true;
    await git.run(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
    return present();
}
/** The text of a file at a commit, or null when it is not there. */
async function showFile(git, sha, file) {
    const result = await git.run(['show', `${sha}:${file}`]);
    return result.code === 0 ? result.stdout : null;
}
/**
 * Files changed between the merge base of `base` and `head`, with renames.
 * Throws with git's message when the history is not there.
 */
async function diffChangedFiles(git, base, head) {
    const result = await git.run([
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-color',
        `${base}...${head}`
    ]);
    if (result.code !== 0) {
        throw new Error(`git diff ${base}...${head} failed: ${result.stderr}`);
    }
    return parseNameStatus(result.stdout);
}
const STATUS_LETTERS = {
    A: 'added',
    M: 'modified',
    D: 'removed',
    R: 'renamed',
    C: 'copied',
    T: 'changed'
};
/** Parses `git diff --name-status -z`: status, then one path or two for renames and copies. */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    let index = 0;
    while (index < fields.length) {
        const code = fields[index++] ?? '';
        if (code === '')
            continue;
        const status = STATUS_LETTERS[code.charAt(0)] ?? 'modified';
        if (status === 'renamed' || status === 'copied') {
            const previousPath = fields[index++] ?? '';
            const path = fields[index++] ?? '';
            files.push({ path, status, previousPath, patch: null });
        }
        else {
            files.push({
                path: fields[index++] ?? '',
                status,
                previousPath: null,
                patch: null
            });
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/github/base-checkout.ts
/**
 * A checkout of the pull request's base commit in a temporary git worktree,
 * holding only the paths the head scan reads, so that the same scan can run
 * there and findings can be called new or existing.
 */




// Keeps each command line well under every platform's length limit.
const PATHS_PER_CALL = 100;
/** Checks the base out, or returns null (with a warning) when it cannot. */
async function checkoutBase(git, options) {
    const present = await ensureCommit(git, options.baseSha).catch((error) => {
        core/* debug */.Yz(`git could not look for the base commit: ${String(error)}`);
        return false;
    });
    if (!present) {
        core/* warning */.$e(`The base commit ${options.baseSha} is not in the checkout and could not be fetched, so findings cannot be told new from existing (new is null). actions/checkout with fetch-depth: 0 avoids this.`);
        return null;
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDirectory, 'apigw-cache-check-base-'));
    const root = external_node_path_default().join(scratch, 'tree');
    // The base commit's checkout runs no hook of the repository.
    const noHooks = external_node_path_default().join(scratch, 'no-hooks');
    await (0,promises_.mkdir)(noHooks);
    const dispose = async () => {
        await git.run(['worktree', 'remove', '--force', root]);
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await git.run(['worktree', 'prune']);
    };
    try {
        const added = await git.run([
            '-c',
            `core.hooksPath=${noHooks}`,
            'worktree',
            'add',
            '--detach',
            '--no-checkout',
            root,
            options.baseSha
        ]);
        if (added.code !== 0)
            throw new Error(`git worktree add failed: ${added.stderr}`);
        const headByBase = new Map([...options.renames].map(([base, head]) => [head, base]));
        const wanted = [
            ...new Set(options.headPaths.map(p => headByBase.get(p) ?? p))
        ];
        const paths = await existingPaths(git, options.baseSha, wanted);
        for (let i = 0; i < paths.length; i += PATHS_PER_CALL) {
            const chunk = paths.slice(i, i + PATHS_PER_CALL);
            const checkedOut = await git.run([
                '-c',
                `core.hooksPath=${noHooks}`,
                'checkout',
                options.baseSha,
                '--',
                ...chunk
            ], root);
            if (checkedOut.code !== 0)
                throw new Error(`git checkout of the base failed: ${checkedOut.stderr}`);
        }
        core/* debug */.Yz(`base ${options.baseSha} checked out at ${root}: ${paths.join(', ')}`);
        return { root, paths, renames: options.renames, dispose };
    }
    catch (error) {
        await dispose();
        core/* warning */.$e(`Could not check out the base commit (${error instanceof Error ? error.message : String(error)}); findings cannot be told new from existing.`);
        return null;
    }
}
/** The wanted paths that the base commit has, as files or directories. */
async function existingPaths(git, sha, wanted) {
    if (wanted.length === 0)
        return [];
    const files = new Set();
    for (let i = 0; i < wanted.length; i += PATHS_PER_CALL) {
        const listed = await git.run([
            'ls-tree',
            '-r',
            '--name-only',
            '-z',
            sha,
            '--',
            ...wanted.slice(i, i + PATHS_PER_CALL)
        ]);
        if (listed.code !== 0)
            throw new Error(`git ls-tree failed: ${listed.stderr}`);
        for (const file of listed.stdout.split('\0'))
            if (file !== '')
                files.add(file);
    }
    return wanted.filter(candidate => {
        if (candidate === '.')
            return files.size > 0;
        if (files.has(candidate))
            return true;
        const prefix = `${candidate}/`;
        return [...files].some(file => file.startsWith(prefix));
    });
}

;// CONCATENATED MODULE: ./src/github/changed-files.ts
/**
 * The files a pull request changes: from the API (paginated, with patches
 * for review suggestions) while GitHub lists them all, otherwise from
 * `git diff` against the merge base.
 */




/** The pull-request files API lists no more than this. */
const API_FILE_LIMIT = 3000;
/** Lists the changed files, or returns null when neither way works. */
async function listChangedFiles(api, git, pr) {
    if (api && (pr.changedFiles === null || pr.changedFiles <= API_FILE_LIMIT)) {
        try {
            const files = await api.listPullRequestFiles(pr, API_FILE_LIMIT);
            // A full page count can mean GitHub stopped listing, not that it ended.
            if (files.length < API_FILE_LIMIT)
                return { files, source: 'api' };
            core/* info */.pq(`The pull request changes ${API_FILE_LIMIT} or more files, more than GitHub lists; using git diff.`);
        }
        catch (error) {
            const status = httpStatus(error);
            core/* warning */.$e(`Could not list the pull request's files through the API${status === null ? '' : ` (HTTP ${status})`}: ${(0,files/* describeError */.Uc)(error)}. Using git diff instead.`);
        }
    }
    else if (api) {
        core/* info */.pq(`The pull request changes ${pr.changedFiles} files, more than GitHub lists; using git diff.`);
    }
    try {
        const ready = (await ensureCommit(git, pr.baseSha)) &&
            (await ensureCommit(git, pr.headSha));
        if (!ready)
            throw new Error('the base or head commit is not in the checkout and could not be fetched');
        return {
            files: await diffChangedFiles(git, pr.baseSha, pr.headSha),
            source: 'git'
        };
    }
    catch (error) {
        core/* warning */.$e(`Could not list the changed files with git either (${(0,files/* describeError */.Uc)(error)}); scanning every path instead. actions/checkout with fetch-depth: 0 makes git diff possible.`);
        return null;
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var report_markdown = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/github/comment-plan.ts
var comment_plan = __webpack_require__(9892);
;// CONCATENATED MODULE: ./src/github/comment-body.ts
/**
 * The body of the sticky comment: the Markdown report linked to the head
 * commit, a note on what was scanned, the hidden marker and the run stamp,
 * always under GitHub's limit for a comment.
 */


/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
// The marker and the run stamp sit in front of the report.
const STAMP_ROOM = 300;
/** Renders the comment for a report. */
function renderComment(report, context) {
    const repository = `${context.serverUrl.replace(/\/+$/, '')}/${context.owner}/${context.repo}`;
    const { runId } = context.stamp;
    const markdown = (0,report_markdown/* renderMarkdown */.G)(report, {
        maxLength: COMMENT_LIMIT - STAMP_ROOM,
        linkBase: `${repository}/blob/${context.stamp.headSha}/`,
        summaryPointer: runId > 0
            ? `the [job summary](${repository}/actions/runs/${runId}) lists them all.`
            : 'the job summary lists them all.',
        notes: notes(report, context)
    });
    return { body: (0,comment_plan/* composeBody */.h$)(markdown, context.stamp), quiet: isQuiet(report) };
}
function notes(report, context) {
    const lines = [];
    const scanned = context.scannedPaths;
    if (scanned !== null) {
        lines.push(`Scope: the templates this pull request changes (${scanned} ${scanned === 1 ? 'path' : 'paths'}); \`scope: all\` scans everything.`);
    }
    const existing = report.findings.filter(f => f.new === false && f.status !== 'pass').length;
    if (context.onlyNew && existing > 0) {
        lines.push(`${existing} existing ${existing === 1 ? 'finding is' : 'findings are'} also on the base branch and ${existing === 1 ? 'does' : 'do'} not fail this check (\`only-new\`).`);
    }
    return lines;
}
function isQuiet(report) {
    const { fail, warning, unknown, suppressed } = report.counts;
    const concerns = fail +
        warning +
        unknown +
        suppressed +
        report.errors.length +
        report.coverage.regionsNotAudited.length;
    return concerns === 0;
}

;// CONCATENATED MODULE: ./src/diff-hunks.ts
/**
 * Reads the `patch` of a pull-request file (a unified diff without file
 * headers) to learn which lines of the head version the diff shows: GitHub
 * accepts review comments only on those lines.
 */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Parses a patch; lines outside any hunk header are ignored. */
function parsePatch(patch) {
    const lines = { visible: new Set(), added: new Set() };
    let next = null;
    let remaining = 0;
    for (const line of patch.split('\n')) {
        const header = HUNK_HEADER.exec(line);
        if (header) {
            next = Number(header[1]);
            remaining = header[2] === undefined ? 1 : Number(header[2]);
            continue;
        }
        // A line after the hunk ran out, or before the first header, is not
        // diff content (for example a trailing empty string after the last \n).
        if (next === null || remaining <= 0)
            continue;
        const kind = line.charAt(0);
        if (kind === '+') {
            lines.visible.add(next);
            lines.added.add(next);
        }
        else if (kind === ' ' || line === '') {
            lines.visible.add(next);
        }
        else {
            // `-` lines exist only on the base side; `\ No newline` is a note.
            continue;
        }
        next++;
        remaining--;
    }
    return lines;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/suggestions.ts
/** Hand-written sources only: generated ones (cdk.out, plans) are fixed upstream. */
const KEYS = {
    cloudformation: {
        caching: 'CachingEnabled',
        encryption: 'CacheDataEncrypted'
    },
    sam: { caching: 'CachingEnabled', encryption: 'CacheDataEncrypted' },
    serverless: { caching: 'enabled', encryption: 'dataEncrypted' },
    terraform: { caching: 'caching_enabled', encryption: 'cache_data_encrypted' }
};
const FALSE_VALUE = /^(["']?)(?:false|False|FALSE)\1$/;
/** The fix for a failing finding in `text`, or null when none is certain. */
function suggestFix(finding, text) {
    const keys = KEYS[finding.format];
    if (!keys || finding.status !== 'fail')
        return null;
    if (finding.rule !== 'cache-unencrypted')
        return null;
    if (finding.line === null || finding.column === null)
        return null;
    const lines = text.split(/\r?\n/);
    const line = lines[finding.line - 1];
    if (line === undefined)
        return null;
    const prefix = line.slice(0, finding.column - 1);
    const key = readKey(line.slice(finding.column - 1));
    // Only a key that starts its line (after indentation or a YAML `- `)
    // can take a sibling line; flow mappings and one-line blocks cannot.
    if (!key || !/^[\t ]*(?:- )?$/.test(prefix))
        return null;
    if (key.name === keys.encryption) {
        if (!FALSE_VALUE.test(key.value.trim()))
            return null;
        return {
            line: finding.line,
            replacement: [`${prefix}${key.head}true${key.tail}`]
        };
    }
    if (key.name !== keys.caching || key.value.trim() === '')
        return null;
    if (!valueEndsOnLine(key.value, lines, finding.line, prefix.length)) {
        return null;
    }
    const indent = prefix.replace(/[^\t]/g, ' ');
    if (isJsonFile(finding.file ?? '', text)) {
        if (prefix.includes('-'))
            return null;
        // Placed before the caching member, the inserted member is never the
        // last one of its object, so its comma is always right.
        return {
            line: finding.line,
            replacement: [`${indent}"${keys.encryption}": true,`, line]
        };
    }
    return {
        line: finding.line,
        replacement: [line, `${indent}${insertedLine(finding.format, key, keys)}`]
    };
}
const KEY_AT = /^(["']?)([A-Za-z_][\w-]*)\1(\s*[:=]\s*)(.*)$/;
function readKey(text) {
    const match = KEY_AT.exec(text);
    if (!match)
        return null;
    const [, quote = '', name = '', separator = '', rest = ''] = match;
    // The value ends at a comma (JSON) or a comment (YAML, HCL).
    const end = /\s*(?:,|\s#|\s\/\/|$)/.exec(rest);
    const valueEnd = end ? end.index : rest.length;
    return {
        name,
        head: `${quote}${name}${quote}${separator}`,
        value: rest.slice(0, valueEnd),
        tail: rest.slice(valueEnd)
    };
}
/** The same test the scanner uses to read a file as JSON rather than YAML. */
function isJsonFile(file, text) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return true;
    return /^\s*\{/.test(text) && !/\.(?:ya?ml|tf)$/.test(lower);
}
function insertedLine(format, caching, keys) {
    if (format !== 'terraform')
        return `${keys.encryption}: true`;
    // Keep the `=` aligned when the caching line aligns it further right.
    const width = caching.head.indexOf('=');
    const pad = Math.max(1, width - keys.encryption.length);
    return `${keys.encryption}${' '.repeat(pad)}= true`;
}
/**
 * True when the caching value does not continue on the next lines: a block
 * value, an open bracket or a more indented next line would be split by an
 * inserted line.
 */
function valueEndsOnLine(value, lines, lineNumber, keyIndent) {
    const trimmed = value.trim();
    if (/^[|>]/.test(trimmed))
        return false;
    if (/[[{(]$/.test(trimmed))
        return false;
    for (const next of lines.slice(lineNumber)) {
        if (next.trim() === '' || /^\s*(?:#|\/\/)/.test(next))
            continue;
        const indent = /^[\t ]*/.exec(next)?.[0].length ?? 0;
        return indent <= keyIndent;
    }
    return true;
}
/** The Markdown fence that no backtick run in the lines can close early. */
function suggestionFence(lines) {
    const longest = Math.max(0, ...lines.map(line => Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))));
    return '`'.repeat(Math.max(3, longest + 1));
}

;// CONCATENATED MODULE: ./src/review-comments.ts
/**
 * Chooses the review comments with suggested fixes for a pull request: one
 * per new failing finding whose line the diff shows, none where an earlier
 * run already left one, and at most a fixed number per review.
 */


const SUGGESTION_MARKER = '<!-- apigw-cache-check:suggestion -->';
/** More than this in one review buries the conversation. */
const MAX_SUGGESTIONS = 30;
/** Plans the suggestions; findings are taken in report order. */
function planReviewComments(input) {
    const limit = input.limit ?? MAX_SUGGESTIONS;
    const taken = new Set(input.existing
        .filter(comment => comment.body.includes(SUGGESTION_MARKER))
        .map(comment => `${comment.path}:${comment.line ?? ''}`));
    const plan = { comments: [], overLimit: 0 };
    for (const finding of input.findings) {
        // Existing findings were there before the pull request; it need not fix them.
        if (finding.status !== 'fail' || finding.new === false)
            continue;
        if (finding.file === null)
            continue;
        const text = input.texts.get(finding.file);
        const visible = input.diffLines.get(finding.file);
        if (text === undefined || !visible)
            continue;
        const suggestion = suggestFix(finding, text);
        if (!suggestion || !visible.has(suggestion.line))
            continue;
        const key = `${finding.file}:${suggestion.line}`;
        if (taken.has(key))
            continue;
        taken.add(key);
        if (plan.comments.length >= limit) {
            plan.overLimit++;
            continue;
        }
        plan.comments.push({
            path: finding.file,
            line: suggestion.line,
            body: suggestionBody(finding, suggestion.replacement)
        });
    }
    return plan;
}
function suggestionBody(finding, replacement) {
    const fence = suggestionFence(replacement);
    return [
        SUGGESTION_MARKER,
        `**API Gateway cache not encrypted.** ${(0,report_escape/* escapeMarkdown */.FV)(finding.message)}`,
        '',
        `${fence}suggestion`,
        ...replacement,
        fence
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/github/review-suggestions.ts
/**
 * Posts one review whose comments suggest the fix for each new failing
 * finding on a line of the diff, as planned in review-comments.ts.
 */






/** Plans and posts the review; GitHub errors propagate to the caller. */
async function publishSuggestions(context, report) {
    const diffLines = new Map();
    for (const file of context.changed) {
        if (file.patch !== null)
            diffLines.set(file.path, parsePatch(file.patch).visible);
    }
    const files = new Set(report.findings
        .filter(f => f.status === 'fail' && f.new !== false && f.file !== null)
        .map(f => f.file)
        .filter(file => diffLines.has(file)));
    if (files.size === 0) {
        core/* info */.pq('Review suggestions: no new failing finding on a line of the diff.');
        return;
    }
    const texts = new Map();
    for (const file of files) {
        const text = await headText(context, file);
        if (text !== null)
            texts.set(file, text);
    }
    const plan = planReviewComments({
        findings: report.findings,
        diffLines,
        texts,
        existing: await context.api.listReviewComments(context.pr)
    });
    if (plan.comments.length === 0) {
        core/* info */.pq('Review suggestions: none to add (already suggested, or no certain fix).');
        return;
    }
    const more = plan.overLimit > 0
        ? ` ${plan.overLimit} more will be suggested by the next run.`
        : '';
    await context.api.createReview(context.pr, context.pr.headSha, `apigw-cache-check suggests ${plan.comments.length} ${plan.comments.length === 1 ? 'fix' : 'fixes'} for unencrypted API Gateway caches.${more}`, plan.comments);
    core/* info */.pq(`Review suggestions: posted ${plan.comments.length}.`);
}
/**
 * The file as the head commit has it. The workspace is usually the merge
 * commit, whose lines can differ from the head's when the base changed the
 * same file; then no line can be trusted and the file gets no suggestion.
 */
async function headText(context, file) {
    let local;
    try {
        local = await (0,promises_.readFile)(external_node_path_default().resolve(context.workspace, file), 'utf8');
    }
    catch {
        return null;
    }
    const head = await showFile(context.git, context.pr.headSha, file);
    if (head !== null && head !== local) {
        core/* debug */.Yz(`${file} differs between the workspace and the head commit; no suggestions for it`);
        return null;
    }
    return local;
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/**
 * Writes the one sticky comment of a pull request through the API, as
 * planned in comment-plan.ts.
 */


/** Finds, plans and writes; GitHub errors propagate to the caller. */
async function publishStickyComment(api, pr, options) {
    if (options.mode === 'off') {
        core/* info */.pq('Pull-request comment: off.');
        return;
    }
    const login = await api.viewerLogin();
    core/* debug */.Yz(`comments are matched to ${login ?? 'any bot author'}`);
    const own = (await api.listIssueComments(pr)).filter(comment => (0,comment_plan/* isOwnComment */._M)(comment, login));
    const plan = (0,comment_plan/* planComment */.tx)({ ...options, own });
    if (plan.steps.length === 0) {
        core/* info */.pq(`Pull-request comment left as it is: ${plan.reason}.`);
        return;
    }
    for (const step of plan.steps) {
        switch (step.kind) {
            case 'create':
                await api.createIssueComment(pr, step.body);
                core/* info */.pq(`Pull-request comment posted on #${pr.number}.`);
                break;
            case 'update':
                await api.updateIssueComment(pr, step.id, step.body);
                core/* info */.pq(`Pull-request comment ${step.id} updated.`);
                break;
            case 'delete':
                await api.deleteIssueComment(pr, step.id);
                core/* debug */.Yz(`deleted earlier comment ${step.id}`);
                break;
            case 'minimize':
                await api.minimizeComment(step.nodeId);
                core/* debug */.Yz(`hid earlier comment ${step.nodeId}`);
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * The pull-request side of a run: before the scan, which paths to scan and
 * a checkout of the base commit; after it, the sticky comment and review
 * suggestions. Nothing here fails the step: a fork's read-only token or a
 * GitHub error becomes a warning, and the job summary still has the report.
 */













/** Decides what to scan and checks out the base commit. */
async function preparePullRequestScan(pr, settings, workspace, paths) {
    core/* info */.pq(`Pull request #${pr.number}: base ${pr.baseSha}, head ${pr.headSha}.`);
    const git = createGit(workspace);
    const api = settings.token === '' ? null : createGitHubApi(settings.token);
    if (!api)
        core/* warning */.$e('The token input is empty: the pull request gets no comment or suggestions, and the changed files come from git.');
    const changed = await listChangedFiles(api, git, pr);
    let wanted;
    if (settings.scope === 'all' || !changed) {
        wanted = [...paths, ...settings.alwaysScan];
        core/* info */.pq(`Scanning every path (scope: ${changed ? 'all' : 'changed, but the changed files are unknown'}).`);
    }
    else {
        wanted = scanPathsForChanges(changed.files, {
            roots: paths,
            alwaysScan: settings.alwaysScan
        });
        const shown = wanted.slice(0, 20).join(', ');
        const more = wanted.length > 20 ? ` and ${wanted.length - 20} more` : '';
        core/* info */.pq(`Changed files: ${changed.files.length} (from ${changed.source}); scanning ${wanted.length} paths: ${shown || 'none'}${more}.`);
    }
    const existing = await keepExisting(workspace, wanted, new Set(settings.alwaysScan));
    const baseline = existing.length === 0
        ? null
        : await checkoutBase(git, {
            baseSha: pr.baseSha,
            headPaths: existing,
            renames: renamedPaths(changed?.files ?? []),
            tempDirectory: settings.tempDirectory
        });
    return {
        pr,
        api,
        git,
        changed: changed?.files ?? null,
        changedSource: changed?.source ?? null,
        paths: existing,
        baseline
    };
}
/** Writes the comment and the suggestions; never throws. */
async function publishPullRequestFeedback(scan, report, settings, env) {
    const { pr, api } = scan;
    if (!api)
        return;
    const stamp = {
        runId: Number(env['GITHUB_RUN_ID'] ?? '0') || 0,
        runAttempt: Number(env['GITHUB_RUN_ATTEMPT'] ?? '1') || 1,
        headSha: pr.headSha
    };
    const comment = renderComment(report, {
        serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
        owner: pr.owner,
        repo: pr.repo,
        stamp,
        scannedPaths: settings.scope === 'changed' && scan.changed ? scan.paths.length : null,
        onlyNew: settings.onlyNew
    });
    try {
        await publishStickyComment(api, pr, {
            mode: settings.comment,
            body: comment.body,
            stamp,
            quiet: comment.quiet
        });
    }
    catch (error) {
        core/* warning */.$e(explainFailure(error, 'write the pull-request comment', pr));
        // The same token cannot post a review either; one warning says it.
        if (isPermissionError(error))
            return;
    }
    if (!settings.suggestions)
        return;
    if (!scan.changed || scan.changedSource !== 'api') {
        core/* info */.pq('Review suggestions: skipped, GitHub did not list the diff of this pull request.');
        return;
    }
    try {
        await publishSuggestions({
            api,
            git: scan.git,
            pr,
            workspace: settings.workspace,
            changed: scan.changed
        }, report);
    }
    catch (error) {
        core/* warning */.$e(explainFailure(error, 'post review suggestions', pr));
    }
}
function isPermissionError(error) {
    const status = httpStatus(error);
    return status === 403 || status === 404;
}
function explainFailure(error, what, pr) {
    const status = httpStatus(error);
    if (isPermissionError(error)) {
        const fork = pr.fromFork
            ? ' Pull requests from forks get a read-only token.'
            : '';
        return `Could not ${what} (HTTP ${status}): the token lacks the pull-requests: write permission.${fork} Grant it with "permissions: pull-requests: write" in the workflow. The job summary and annotations still have the full report.`;
    }
    return `Could not ${what}: ${(0,files/* describeError */.Uc)(error)}. The job summary and annotations still have the full report.`;
}
/** Drops paths that are not in the workspace; a named always-scan path gets a warning. */
async function keepExisting(workspace, wanted, named) {
    const kept = [];
    for (const candidate of new Set(wanted)) {
        try {
            await (0,promises_.stat)(external_node_path_default().resolve(workspace, candidate));
            kept.push(candidate);
        }
        catch {
            if (named.has(candidate))
                core/* warning */.$e(`always-scan path "${candidate}" does not exist; it was skipped.`);
            else
                core/* debug */.Yz(`${candidate} is not in the workspace; skipped`);
        }
    }
    return kept;
}


/***/ })

};
