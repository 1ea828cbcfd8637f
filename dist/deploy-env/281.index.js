export const id = 281;
export const ids = [281];
export const modules = {

/***/ 2281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  octokitIssueComments: () => (/* binding */ octokitIssueComments)
});

;// CONCATENATED MODULE: ./packages/github/lib/src/issue-comments.js
/** GitHub's limit for the body of an issue or pull-request comment, in characters. */
const COMMENT_BODY_LIMIT = 65_536;
/** An `IssueComment` from the REST API's record. */
function issueCommentOf(record) {
    return {
        id: Number(record.id),
        body: record.body ?? '',
        htmlUrl: record.html_url,
        author: { login: record.user?.login ?? '', isBot: record.user?.type === 'Bot' },
        createdAt: record.created_at,
    };
}

// EXTERNAL MODULE: ./packages/github/lib/src/octokit.js
var src_octokit = __webpack_require__(9153);
;// CONCATENATED MODULE: ./packages/github/lib/src/octokit-issue-comments.js


/** GitHub's largest page: 100 comments a request instead of the default 30. */
const PAGE_SIZE = 100;
function octokitIssueComments(connection) {
    const octokit = (0,src_octokit/* octokitFor */.d)(connection);
    const { owner, repo } = connection.repository;
    return {
        async list(issue, options = {}) {
            const kept = [];
            await (0,src_octokit/* call */.T)(`list the comments of #${issue}`, options, async (request) => {
                // The pages follow GitHub's Link header (rel="next") until there is none.
                const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                    request,
                    owner,
                    repo,
                    issue_number: issue,
                    per_page: PAGE_SIZE,
                });
                for await (const page of pages) {
                    for (const record of page.data) {
                        const comment = issueCommentOf(record);
                        if (!options.where || options.where(comment))
                            kept.push(comment);
                    }
                }
            });
            return kept;
        },
        async create(issue, body, options = {}) {
            const response = await (0,src_octokit/* call */.T)(`comment on #${issue}`, options, (request) => octokit.rest.issues.createComment({ request, owner, repo, issue_number: issue, body }));
            return issueCommentOf(response.data);
        },
        async update(commentId, body, options = {}) {
            const response = await (0,src_octokit/* call */.T)(`update comment ${commentId}`, options, (request) => octokit.rest.issues.updateComment({ request, owner, repo, comment_id: commentId, body }));
            return issueCommentOf(response.data);
        },
        async delete(commentId, options = {}) {
            try {
                await (0,src_octokit/* call */.T)(`delete comment ${commentId}`, options, (request) => octokit.rest.issues.deleteComment({ request, owner, repo, comment_id: commentId }));
            }
            catch (error) {
                // Another run deleted it first: what was asked for is done.
                if (error.status === 404)
                    return;
                throw error;
            }
        },
        async findPullRequest(head, options = {}) {
            const response = await (0,src_octokit/* call */.T)(`find the pull request of ${head.owner}:${head.branch}`, options, (request) => octokit.rest.pulls.list({
                request,
                owner,
                repo,
                head: `${head.owner}:${head.branch}`,
                state: 'open',
                per_page: PAGE_SIZE,
            }));
            // The branch may have moved on since the run: only the pull request at the run's commit is the one it tested.
            return response.data.find((pullRequest) => pullRequest.head.sha === head.sha)?.number;
        },
    };
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ call),
/* harmony export */   d: () => (/* binding */ octokitFor)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8292);
// Octokit as every GitHub API of this package uses it: retries on server
// errors, waits on rate limits, a timeout on each request, and a deadline on
// each call. This module pulls in Octokit and its plugins, so it is only ever
// loaded through a dynamic import (see connectDeployments, connectReleases,
// connectIssueComments, connectCheckRuns).






/** Octokit for `connection`, with its limits (DEFAULT_API_LIMITS for those it does not set). */
function octokitFor(connection) {
    const limits = { ..._deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_API_LIMITS */ .sC, ...connection.limits };
    const { logger } = connection;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(connection.token, {
        baseUrl: connection.apiUrl.replace(/\/+$/, ''),
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
        request: { fetch: timedFetch(baseFetch(), limits.requestTimeoutMs, logger) },
        retry: { retries: limits.serverErrorRetries },
        throttle: {
            // GitHub asks integrations to space out writes, and more so writes that notify people (releases,
            // comments): plugin-throttling's queues (1 s and 3 s apart), but with the connection's limits.
            write: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ maxConcurrent: 1, minTime: limits.writeIntervalMs }),
            notifications: new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_2__.Group({ maxConcurrent: 1, minTime: limits.notifyingWriteIntervalMs }),
            onRateLimit: (retryAfter, options, _octokit, retryCount) => waitForLimit('rate limit', retryAfter, options, retryCount, limits, logger),
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => waitForLimit('secondary rate limit', retryAfter, options, retryCount, limits, logger),
        },
    }, 
    // Before retry: its error hook then runs first and can stop a retry that would outlive the deadline.
    deadlines, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
}
/** Thrown where the deadline ends a call; named AbortError, which Octokit and its retry plugin do not retry. */
class DeadlineReached extends Error {
    name = 'AbortError';
}
/**
 * Runs one API call within its deadline and turns Octokit's error into one
 * line that says what failed.
 */
async function call(what, options, request) {
    const { deadline } = options;
    const bounds = deadline === undefined ? {} : { deadline, signal: AbortSignal.timeout(Math.max(0, deadline - Date.now())) };
    try {
        return await request(bounds);
    }
    catch (error) {
        if (error instanceof DeadlineReached) {
            throw new _deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .OS(`Could not ${what} on GitHub (no response): ${error.message}`, 0, true);
        }
        // Octokit reports a request that got no answer (refused, timed out) as a 500 without a response.
        const { status: code, response } = error;
        const status = response !== undefined && typeof code === 'number' ? code : 0;
        const reason = reasonOf(error);
        throw new _deployments_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .OS(`Could not ${what} on GitHub (${status > 0 ? `HTTP ${status}` : 'no response'}): ${reason}`, status, false, status === 422 && validationCodes(response).includes('already_exists'));
    }
}
/** The `code` of each error of a 422 Validation Failed answer. */
function validationCodes(response) {
    const errors = response?.data?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors.map((item) => item?.code).filter((code) => typeof code === 'string');
}
/** Decides whether to wait out a rate limit: only a bounded number of times, for a bounded time. */
function waitForLimit(kind, retryAfter, request, retryCount, limits, logger) {
    const what = `${request.method} ${request.url}`;
    const deadline = request.request?.deadline;
    if (deadline !== undefined && Date.now() + retryAfter * 1000 >= deadline) {
        logger.info(`GitHub API ${kind} on ${what} resets in ${retryAfter} s, after the time left for this call; giving up.`);
        return false;
    }
    if (retryCount >= limits.rateLimitRetries) {
        logger.warning(`GitHub API ${kind} on ${what} again after ${retryCount} retries; giving up.`);
        return false;
    }
    if (retryAfter > limits.maxRateLimitWaitSeconds) {
        logger.warning(`GitHub API ${kind} on ${what} resets in ${retryAfter} s, longer than the ${limits.maxRateLimitWaitSeconds} s this action waits; giving up.`);
        return false;
    }
    logger.info(`GitHub API ${kind} on ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${limits.rateLimitRetries}).`);
    return true;
}
/** The toolkit's fetch, which honours the runner's proxy settings for the API host. */
function baseFetch() {
    const fetch = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch;
    return fetch ?? globalThis.fetch;
}
/**
 * Gives every request its own timeout (a hung connection must not hang the
 * deploy) and logs server errors, which Octokit retries silently.
 */
function timedFetch(fetch, timeoutMs, logger) {
    return async (input, init) => {
        const what = `${init?.method ?? 'GET'} ${urlPath(input)}`;
        let response;
        const deadline = init?.signal;
        const timeout = AbortSignal.timeout(timeoutMs);
        try {
            response = await fetch(input, { ...init, signal: deadline ? AbortSignal.any([deadline, timeout]) : timeout });
        }
        catch (error) {
            logger.info(`GitHub API did not answer ${what}: ${reasonOf(error)}.`);
            if (deadline?.aborted)
                throw new DeadlineReached('the time left for it ran out');
            throw error;
        }
        if (response.status >= 500) {
            logger.info(`GitHub API answered HTTP ${response.status} to ${what} (a server error: retried with backoff).`);
        }
        return response;
    };
}
function urlPath(input) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(url).pathname;
}
/**
 * An Octokit plugin: a failed request that plugin-retry would retry after a
 * backoff of (retries + 1)² s is not retried when the backoff would end past
 * the call's deadline (the retry could only be abandoned).
 */
function deadlines(octokit) {
    octokit.hook.error('request', (error, options) => {
        const deadline = options.request?.deadline;
        const status = error.status;
        const retried = typeof status === 'number' && status >= 500;
        if (deadline !== undefined && retried) {
            const backoffMs = ((options.request?.retryCount ?? 0) + 1) ** 2 * 1000;
            if (Date.now() + backoffMs >= deadline) {
                throw new DeadlineReached(`the time left for it ran out (${reasonOf(error)})`);
            }
        }
        throw error;
    });
}
/** The message of anything thrown (action-kit's `messageOf`, which this package may import only as a type). */
function reasonOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
