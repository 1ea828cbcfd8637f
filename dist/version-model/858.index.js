export const id = 858;
export const ids = [858];
export const modules = {

/***/ 8858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  octokitReleases: () => (/* binding */ octokitReleases)
});

// UNUSED EXPORTS: uploadTemplate

// EXTERNAL MODULE: ./packages/github/lib/src/deployments.js
var deployments = __webpack_require__(8292);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
;// CONCATENATED MODULE: ./packages/github/lib/src/octokit.js
// Octokit as every GitHub API of this package uses it: retries on server
// errors, waits on rate limits, a timeout on each request, and a deadline on
// each call. This module pulls in Octokit and its plugins, so it is only ever
// loaded through a dynamic import (see connectDeployments, connectReleases,
// connectIssueComments, connectCheckRuns).






/** Octokit for `connection`, with its limits (DEFAULT_API_LIMITS for those it does not set). */
function octokitFor(connection) {
    const limits = { ...deployments/* DEFAULT_API_LIMITS */.sC, ...connection.limits };
    const { logger } = connection;
    return (0,github/* getOctokit */.Q)(connection.token, {
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
            write: new light.Group({ maxConcurrent: 1, minTime: limits.writeIntervalMs }),
            notifications: new light.Group({ maxConcurrent: 1, minTime: limits.notifyingWriteIntervalMs }),
            onRateLimit: (retryAfter, options, _octokit, retryCount) => waitForLimit('rate limit', retryAfter, options, retryCount, limits, logger),
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => waitForLimit('secondary rate limit', retryAfter, options, retryCount, limits, logger),
        },
    }, 
    // Before retry: its error hook then runs first and can stop a retry that would outlive the deadline.
    deadlines, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
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
            throw new deployments/* GitHubApiError */.OS(`Could not ${what} on GitHub (no response): ${error.message}`, 0, true);
        }
        // Octokit reports a request that got no answer (refused, timed out) as a 500 without a response.
        const { status: code, response } = error;
        const status = response !== undefined && typeof code === 'number' ? code : 0;
        const reason = reasonOf(error);
        throw new deployments/* GitHubApiError */.OS(`Could not ${what} on GitHub (${status > 0 ? `HTTP ${status}` : 'no response'}): ${reason}`, status, false, status === 422 && validationCodes(response).includes('already_exists'));
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
    const fetch = utils/* defaults */.NT.request?.fetch;
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

;// CONCATENATED MODULE: ./packages/github/lib/src/octokit-releases.js
// The real ReleasesApi. This module pulls in Octokit and its plugins, so it
// is only ever loaded through a dynamic import (see connectReleases).


function octokitReleases(connection) {
    const { owner, repo } = connection.repository;
    const octokit = octokitFor(connection);
    return {
        async releaseByTag(tag, options = {}) {
            try {
                const response = await call(`read the release of ${tag}`, options, (request) => octokit.rest.repos.getReleaseByTag({ request, owner, repo, tag }));
                return releaseOf(response.data);
            }
            catch (error) {
                if (error instanceof deployments/* GitHubApiError */.OS && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async createRelease(release, options = {}) {
            const response = await call(`create the release of ${release.tagName}`, options, (request) => octokit.rest.repos.createRelease({
                request,
                owner,
                repo,
                tag_name: release.tagName,
                ...(release.targetCommitish ? { target_commitish: release.targetCommitish } : {}),
                ...contentFields(release),
            }));
            return releaseOf(response.data);
        },
        async updateRelease(id, content, options = {}) {
            const response = await call(`update release ${id}`, options, (request) => octokit.rest.repos.updateRelease({ request, owner, repo, release_id: id, ...contentFields(content) }));
            return releaseOf(response.data);
        },
        async listAssets(releaseId, options = {}) {
            const assets = await call(`list the assets of release ${releaseId}`, options, (request) => octokit.paginate(octokit.rest.repos.listReleaseAssets, {
                request,
                owner,
                repo,
                release_id: releaseId,
                per_page: 100,
            }));
            return assets.map(assetOf);
        },
        async deleteAsset(assetId, options = {}) {
            await call(`delete release asset ${assetId}`, options, (request) => octokit.rest.repos.deleteReleaseAsset({ request, owner, repo, asset_id: assetId }));
        },
        async uploadAsset(release, asset, options = {}) {
            const url = uploadTemplate(release.uploadUrl, connection.apiUrl);
            const data = typeof asset.data === 'string' ? Buffer.from(asset.data) : asset.data;
            const response = await call(`upload ${asset.name} to release ${release.id}`, options, (request) => octokit.rest.repos.uploadReleaseAsset({
                request,
                owner,
                repo,
                release_id: release.id,
                // GitHub's own template on its uploads host; Octokit fills in `{?name,label}`.
                url,
                name: asset.name,
                // Sent as the bytes they are: Octokit passes a Uint8Array through unchanged.
                data: data,
                headers: { 'content-type': asset.contentType, 'content-length': data.byteLength },
            }));
            return assetOf(response.data);
        },
    };
}
function contentFields(content) {
    return {
        name: content.name,
        body: content.body,
        draft: false,
        prerelease: content.prerelease,
        make_latest: content.makeLatest,
    };
}
function releaseOf(record) {
    return {
        id: record.id,
        tagName: record.tag_name,
        htmlUrl: record.html_url,
        uploadUrl: record.upload_url,
        draft: record.draft,
    };
}
function assetOf(record) {
    return { id: record.id, name: record.name, size: record.size };
}
/**
 * The release's `upload_url`, when it points where GitHub's answers point: the
 * API's own host (GitHub Enterprise Server's `/api/uploads`) or, for
 * `api.<domain>`, `uploads.<domain>`. The token goes with the upload, so an
 * answer that names another host is refused rather than followed.
 */
function uploadTemplate(uploadUrl, apiUrl) {
    const api = new URL(apiUrl);
    let upload;
    try {
        // The template's `{?name,label}` is not part of the address.
        upload = new URL(uploadUrl.replace(/\{[^}]*\}$/, ''));
    }
    catch {
        throw new deployments/* GitHubApiError */.OS(`GitHub gave the release an upload URL that is not a URL: ${JSON.stringify(uploadUrl)}.`, 0);
    }
    const uploadsHost = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice(4)}` : api.hostname;
    const sameServer = upload.protocol === api.protocol &&
        (upload.host === api.host || (upload.hostname === uploadsHost && upload.port === api.port));
    if (!sameServer) {
        throw new deployments/* GitHubApiError */.OS(`GitHub gave the release an upload URL on another server (${upload.origin}, the API is ${api.origin}): ` +
            'the token is not sent there.', 0);
    }
    return uploadUrl;
}


/***/ })

};
