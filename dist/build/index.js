import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 6752:
/***/ ((module) => {

// undici, bundled alone beside this file: read only when first required (scripts/bundle-output.mjs).
const undici = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./undici.cjs");
module.exports = Object.assign({}, undici, { "kT": undici["ProxyAgent"] });

/***/ }),
































































































/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3769:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8834);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/package-errors.js
/**
 * The workflow side of the plain packages' errors. `registry`, `digest`,
 * `junit` and `gate` run anywhere Node runs: they throw typed errors that say
 * what happened (`RegistryError` with a `code`, `DigestError`, `ReportError`,
 * `GateError`), and every such error is one the user can fix. What a GitHub
 * workflow should change to fix it is said here, once, for every action.
 *
 * Errors are recognised by their `name` and `code` fields, not by class, so
 * that action-kit does not load the packages (and each bundle may hold its
 * own copy of a package's classes).
 */
/** The `name` of each package's error type. */
const PACKAGE_ERROR_NAMES = new Set(['RegistryError', 'DigestError', 'ReportError', 'GateError', 'MetricsFileError']);
/** Said whenever the remote refuses a push for a reason other than a taken name. */
const PUSH_PERMISSION_HINT = "Give the job 'permissions: contents: write' and keep the checkout's credentials " +
    "(actions/checkout with the default 'persist-credentials: true'), or push with a token that may write tags.";
const CHECKOUT_HINT = 'The job must run actions/checkout before this step.';
/** What the workflow should do, by `RegistryError` code; codes whose message says it all have none. */
const REGISTRY_HINTS = {
    'version-not-greater': "Choose a greater version, or leave 'version' empty and use 'bump'.",
    'not-registered': 'Register it with the version-model action first.',
    'too-many-conflicts': 'Run the job again; if it keeps happening, have fewer runs write to the registry of this model at once.',
    'not-a-checkout': CHECKOUT_HINT,
    'remote-not-found': "Set 'remote' to a remote of the checkout (usually 'origin') or to a repository URL.",
    'remote-denied': "Keep the checkout's credentials (actions/checkout with 'persist-credentials: true') " +
        'or give a token that can read the repository.',
    'remote-unreadable': 'Check that the remote is reachable from the runner.',
    'remote-timeout': 'Check that the remote is reachable from the runner and answers (a host or proxy that accepts ' +
        'connections and never replies looks like this), then run the job again.',
    'push-refused': PUSH_PERMISSION_HINT,
    'local-tag-exists': "Delete that tag in the checkout ('git tag --delete <tag>') if it is a leftover, and run one 'push: false' step " +
        'at a time in a checkout.',
    'shallow-refused': "Check out with 'fetch-depth: 0' (actions/checkout), or keep the registry in the repository " +
        'the workflow runs in (the default remote, origin).',
};
/** An error a plain package threw for something the user can fix. */
function isPackageError(error) {
    return error instanceof Error && PACKAGE_ERROR_NAMES.has(error.name);
}
/**
 * What the workflow should do about a package's error, as a sentence to
 * follow its message; undefined when the message says it all or the error is
 * not a package's.
 */
function explainError(error) {
    if (!isPackageError(error))
        return undefined;
    if (error.name === 'RegistryError' && typeof error.code === 'string')
        return REGISTRY_HINTS[error.code];
    return undefined;
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/errors.js

/**
 * A mistake the workflow author can fix: bad input, a missing file, a refused
 * promotion. Reported as one `::error::` line with no stack trace; everything
 * else is reported as an internal error of the action.
 */
class UserError extends Error {
    name = 'UserError';
    /**
     * The step's exit code: 1, or a command's own when the step fails because
     * of it (a test command's exit code of 2 or 5 says something to whoever
     * reads the step).
     */
    exitCode;
    constructor(message, options = {}) {
        super(message);
        const { exitCode = 1 } = options;
        // A process exit code is 1 to 255; anything else (0, a signal's negative code) fails as 1.
        this.exitCode = Number.isInteger(exitCode) && exitCode >= 1 && exitCode <= 255 ? exitCode : 1;
    }
}
/**
 * A mistake the workflow author can fix: a `UserError`, or an error a plain
 * package (registry, digest, junit, gate) threw for one (package-errors.ts).
 */
function isUserError(error) {
    return error instanceof UserError || isPackageError(error);
}
/**
 * The message of anything thrown, for reporting. A package's error is
 * followed by what the workflow should do about it (`explainError`).
 */
function messageOf(error) {
    if (!(error instanceof Error))
        return String(error);
    const hint = explainError(error);
    return hint === undefined ? error.message : `${error.message} ${hint}`;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __nccwpck_require__(7187);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/process-group.js


/** Output that processes which escaped a stopped group may still hold open is not waited for longer than this. */
const STREAM_WAIT_MS = 1_000;
const GROUP_POLL_MS = 100;
/** How long a group that got SIGKILL is watched until its processes are gone. */
const KILLED_WAIT_MS = 1_000;
/**
 * Runs a process as the leader of a new process group (`@actions/exec`
 * cannot), so that stopping it reaches the processes it started too: a
 * script's children, git's transport helper that holds the connection. A
 * stopped leader's leftovers in its group get the same grace, then SIGKILL.
 * The one place that starts a group: the deploy command and git share it.
 */
function process_group_runProcessGroup(file, args, options) {
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const { stdout, stderr } = child;
    stdout.on('data', options.onStdout);
    stderr.on('data', options.onStderr);
    if (child.stdin) {
        // A process may exit without reading its input: that is its answer, not an error here.
        child.stdin.on('error', () => undefined);
        child.stdin.end(Buffer.from(options.input ?? '', 'utf8'));
    }
    const group = child.pid;
    let stopped;
    let killTimer;
    let killAt = 0;
    const signalGroup = (signal) => {
        if (group === undefined)
            return;
        try {
            process.kill(-group, signal);
        }
        catch {
            // The group is gone already.
        }
    };
    const stop = (why, signal) => {
        if (stopped)
            return;
        stopped = why;
        signalGroup(signal);
        const grace = why === 'aborted' ? Math.min(options.graceMs, options.abortGraceMs ?? options.graceMs) : options.graceMs;
        killAt = Date.now() + grace;
        killTimer = setTimeout(() => signalGroup('SIGKILL'), grace);
    };
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => stop('timeout', 'SIGTERM'), options.timeoutMs);
    const onAbort = () => stop('aborted', signalNamed(options.signal?.reason) ?? 'SIGTERM');
    if (options.signal?.aborted)
        onAbort();
    else
        options.signal?.addEventListener('abort', onAbort, { once: true });
    return new Promise((resolve, reject) => {
        child.on('error', (error) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            reject(error);
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            const exitCode = code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 0);
            const finish = () => resolve(stopped ? { exitCode, stopped } : { exitCode });
            const drain = () => {
                if (stdout.readableEnded && stderr.readableEnded)
                    return finish();
                // The rest of the output, unless a process that left the group holds the pipes open.
                const wait = setTimeout(finish, stopped ? STREAM_WAIT_MS : STREAM_WAIT_MS * 10);
                child.on('close', () => {
                    clearTimeout(wait);
                    finish();
                });
            };
            if (!stopped || group === undefined) {
                clearTimeout(killTimer);
                return drain();
            }
            // The rest of a stopped group has the same grace (a child may be cleaning up), then SIGKILL.
            let over = false;
            const done = () => {
                if (over)
                    return;
                over = true;
                clearInterval(poll);
                clearTimeout(killTimer);
                drain();
            };
            const poll = setInterval(() => {
                if (!groupRuns(group))
                    done();
            }, GROUP_POLL_MS);
            clearTimeout(killTimer);
            killTimer = setTimeout(() => {
                signalGroup('SIGKILL');
                // SIGKILL is not instant on a busy machine: the poll sees the group go, within a bound (a zombie no one
                // reaps would otherwise hold the step).
                killTimer = setTimeout(done, KILLED_WAIT_MS);
            }, Math.max(0, killAt - Date.now()));
            if (!groupRuns(group))
                done();
        });
    });
}
/** Whether any process of the group is left (a zombie not yet reaped counts; the SIGKILL bounds the wait). */
function groupRuns(group) {
    try {
        process.kill(-group, 0);
        return true;
    }
    catch {
        return false;
    }
}
function signalNamed(reason) {
    return reason === 'SIGINT' || reason === 'SIGTERM' || reason === 'SIGHUP' ? reason : undefined;
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/commands.js


const TAIL_LINES = 20;
const TAIL_BYTES = 16 * 1024;
/** CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles) that tools print to terminals. */
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/** The runner used in production: `@actions/exec`, output streamed to the log. */
const actionsCommandRunner = {
    async script(script, options) {
        if (options.timeoutMs !== undefined || options.signal)
            return runStoppable(script, options);
        const tail = new OutputTail();
        const started = Date.now();
        const exitCode = await exec/* exec */.m('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
            cwd: options.cwd,
            env: commands_environmentWith(options.env),
            ignoreReturnCode: true,
            listeners: { stdout: (data) => tail.push(data), stderr: (data) => tail.push(data) },
        });
        return { exitCode, tail: tail.text(), durationMs: Date.now() - started };
    },
    async tool(tool, args, options = {}) {
        const result = await exec/* getExecOutput */.H(tool, args, {
            cwd: options.cwd,
            env: commands_environmentWith(options.env),
            ignoreReturnCode: true,
            silent: !options.stream,
        });
        return result;
    },
};
const BASH_ARGS = ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c'];
const KILL_GRACE_MS = 10_000;
/**
 * An abort is a cancelled job: the runner sends SIGTERM 7.5 s after SIGINT and
 * kills the step 2.5 s later, so an aborted script gets less time, which
 * leaves the action time to say what state it left.
 */
const ABORT_GRACE_MS = 5_000;
/**
 * Runs a script as the leader of a process group of its own, so that
 * stopping it reaches the processes it started too; output streams to the
 * log as `@actions/exec` streams it.
 */
async function runStoppable(script, options) {
    const tail = new OutputTail();
    const started = Date.now();
    process.stdout.write(`[command]bash ${BASH_ARGS.join(' ')} ${script}\n`);
    const { exitCode, stopped } = await process_group_runProcessGroup('bash', [...BASH_ARGS, script], {
        cwd: options.cwd,
        env: commands_environmentWith(options.env),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.signal ? { signal: options.signal } : {}),
        graceMs: options.killGraceMs ?? KILL_GRACE_MS,
        abortGraceMs: ABORT_GRACE_MS,
        onStdout: (data) => {
            tail.push(data);
            process.stdout.write(data);
        },
        onStderr: (data) => {
            tail.push(data);
            process.stderr.write(data);
        },
    });
    return { exitCode, tail: tail.text(), durationMs: Date.now() - started, ...(stopped ? { stopped } : {}) };
}
/** The process environment plus `extra`, with unset variables dropped. */
function commands_environmentWith(extra = {}) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined)
            env[key] = value;
    }
    return Object.assign(env, extra);
}
/** Keeps the last bytes of a stream of output and gives its last lines. */
class OutputTail {
    chunks = [];
    size = 0;
    push(data) {
        this.chunks.push(data);
        this.size += data.length;
        while (this.size - this.chunks[0].length >= TAIL_BYTES) {
            this.size -= this.chunks.shift().length;
        }
    }
    /** The last lines, without terminal colour codes: they read as garbage in an annotation or a summary. */
    text(lines = TAIL_LINES) {
        const all = Buffer.concat(this.chunks).toString('utf8').replace(ANSI_ESCAPE, '').replace(/\s+$/, '');
        return all.split(/\r?\n/).slice(-lines).join('\n');
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/git.js



/** DESIGN.md: each git network call has 60 seconds. */
const GIT_TIMEOUT_MS = 60_000;
/** How long a git stopped with SIGTERM (which lets it remove its lock and temporary files) gets before SIGKILL. */
const git_KILL_GRACE_MS = 2_000;
/**
 * Git in `cwd`, silent. Prompts are disabled (a missing credential fails at
 * once instead of hanging the job), and messages are in English so that
 * failures can be recognised. Each call is bounded by `timeoutMs`.
 */
function createGit(cwd, options = {}) {
    const timeoutMs = options.timeoutMs ?? timeLimitMs('MLOPS_ACTIONS_GIT_TIMEOUT_MS', GIT_TIMEOUT_MS);
    return {
        run(args, runOptions = {}) {
            const env = environmentWith({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env, ...runOptions.env });
            return runGit(args, { cwd, env, input: runOptions.input, timeoutMs });
        },
    };
}
/**
 * Runs git once, in a process group of its own, so that stopping it also
 * stops its transport helper (`git-remote-http`, `ssh`), which holds the
 * connection and the output pipes.
 */
async function runGit(args, options) {
    const stdout = [];
    const stderr = [];
    const { exitCode, stopped } = await runProcessGroup('git', args, {
        cwd: options.cwd,
        env: options.env,
        // git reads stdin only when given input (a tag message); otherwise it gets none.
        ...(options.input === undefined ? {} : { input: options.input }),
        timeoutMs: options.timeoutMs,
        graceMs: git_KILL_GRACE_MS,
        onStdout: (chunk) => stdout.push(chunk),
        onStderr: (chunk) => stderr.push(chunk),
    });
    const result = {
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
    };
    if (stopped) {
        result.stderr += `\ngit was stopped: it did not finish within ${options.timeoutMs / 1000} s\n`;
        result.timedOutAfterMs = options.timeoutMs;
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/inputs.js



/** Reads an input the way `@actions/core` does: `INPUT_<NAME>` with spaces as `_`. */
const runnerInputs = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/**
 * Typed access to the action's inputs. Every reader trims, applies the default
 * of the contract when the input is empty, and throws a `UserError` that names
 * the input and says what it accepts.
 */
class Inputs {
    source;
    constructor(source = runnerInputs) {
        this.source = source;
    }
    /** The trimmed value, or `fallback` when empty. */
    string(name, fallback = '') {
        const value = (this.source(name) ?? '').trim();
        return value === '' ? fallback : value;
    }
    required(name) {
        const value = this.string(name);
        if (value === '')
            throw new UserError(`Input '${name}' is required: set it in the step's 'with:'.`);
        return value;
    }
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new UserError(`Input '${name}' must be 'true' or 'false', not ${quote(value)}.`);
    }
    integer(name, fallback, range = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        if (!/^[+-]?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new UserError(`Input '${name}' must be a whole number${describeRange(min, max)}, not ${quote(value)}.`);
        }
        return Number(value);
    }
    /** A positive number of seconds, fractions allowed (`0.5`). */
    seconds(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
            throw new UserError(`Input '${name}' must be a positive number of seconds, such as '30', not ${quote(value)}.`);
        }
        return Number(value);
    }
    choice(name, choices, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (choices.includes(value))
            return value;
        throw new UserError(`Input '${name}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}, not ${quote(value)}.`);
    }
    /** One item a line; blank lines and lines starting with `#` are ignored. */
    list(name) {
        return parseList(this.source(name) ?? '');
    }
    /**
     * A directory relative to the workspace (`working-directory`), as an
     * absolute path; it must exist.
     */
    directory(name, fallback = '.') {
        const relative = this.string(name, fallback);
        const absolute = (0,external_node_path_.resolve)(workspaceDirectory(), relative);
        let isDirectory = false;
        try {
            isDirectory = (0,external_node_fs_.statSync)(absolute).isDirectory();
        }
        catch {
            // Missing or unreadable: reported below.
        }
        if (!isDirectory) {
            throw new UserError(`Input '${name}' is ${quote(relative)}, which is not a directory in the workspace. ` +
                'Check the path (it is relative to the repository root) and that an earlier step checked out the code.');
        }
        return absolute;
    }
    /**
     * A git remote: a remote name of the checkout or a repository URL, `origin`
     * when empty. It is passed to git as an argument, so one that git would read
     * as an option (`--upload-pack=…`) is refused.
     */
    gitRemote(name = 'remote') {
        const remote = this.string(name, 'origin');
        if (remote.startsWith('-')) {
            throw new UserError(`Input '${name}' must be a remote name such as 'origin' or a repository URL, not ${quote(remote)}.`);
        }
        return remote;
    }
    /** A value that must match `pattern`; `what` says in words what is accepted. */
    matching(name, pattern, what, fallback = '') {
        const value = this.string(name, fallback);
        if (value !== '' && !pattern.test(value)) {
            throw new UserError(`Input '${name}' must be ${what}, not ${quote(value)}.`);
        }
        return value;
    }
}
/** The checkout the step runs in: `GITHUB_WORKSPACE`, or the current folder outside GitHub. */
function workspaceDirectory() {
    return process.env['GITHUB_WORKSPACE'] || process.cwd();
}
/** Items of a multiline input: one a line, trimmed, blank and `#` lines dropped. */
function parseList(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Items separated by commas or newlines (`requires: staging, qa`). */
function parseCommaList(text) {
    return parseList(text.replace(/,/g, '\n'));
}
/**
 * Quotes a user's value for an error message, shortened and with control
 * characters shown as escapes, so the message stays one readable line.
 */
function quote(value, max = 80) {
    const shown = value.length > max ? `${value.slice(0, max)}…` : value;
    // Double quotes unless the value holds some and no single ones: '"status":"ok"' reads better than "\"status\"…".
    const mark = shown.includes('"') && !shown.includes("'") ? "'" : '"';
    const escaped = JSON.stringify(shown).slice(1, -1);
    return mark === '"' ? `"${escaped}"` : `'${escaped.replace(/\\"/g, '"')}'`;
}
function describeRange(min, max) {
    const hasMin = min !== Number.MIN_SAFE_INTEGER;
    const hasMax = max !== Number.MAX_SAFE_INTEGER;
    if (hasMin && hasMax)
        return ` from ${min} to ${max}`;
    if (hasMin)
        return ` of at least ${min}`;
    if (hasMax)
        return ` of at most ${max}`;
    return '';
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/summary.js
/** GitHub refuses a step summary larger than 1 MiB. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note that says what was cut. */
const NOTE_ROOM = 4 * 1024;
/**
 * Markdown for the job summary that never grows past GitHub's step-summary
 * limit: whatever does not fit is left out and counted, and the text ends with
 * a note of what was cut.
 */
class BoundedSummary {
    limit;
    cutNote;
    parts = [];
    bytes = 0;
    cuts = [];
    constructor(limit = STEP_SUMMARY_LIMIT - NOTE_ROOM, 
    /** What the closing note says was cut, and why: the text is not always a step summary. */
    cutNote = "The summary was cut to stay under GitHub's 1 MiB limit") {
        this.limit = limit;
        this.cutNote = cutNote;
    }
    /** Appends a block when it fits; otherwise records `what` as cut. */
    add(markdown, what = 'a section') {
        const block = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
        const size = Buffer.byteLength(block);
        if (this.bytes + size > this.limit) {
            this.cuts.push(what);
            return false;
        }
        this.parts.push(block);
        this.bytes += size;
        return true;
    }
    heading(text, level = 2) {
        this.add(`${'#'.repeat(level)} ${text}\n`, `the heading ${text}`);
    }
    /**
     * A Markdown table; cells are escaped, except those the action wrote as
     * Markdown (`LiveCell`). Rows are added while they fit, and the ones left
     * out are counted in the closing note.
     */
    table(headers, rows, what = 'rows') {
        const head = `| ${headers.map(cell).join(' | ')} |\n| ${headers.map(() => '---').join(' | ')} |\n`;
        let text = head;
        let size = Buffer.byteLength(head);
        let shown = 0;
        for (const row of rows) {
            const line = `| ${row.map((text) => (typeof text === 'string' ? cell(text) : text.markdown)).join(' | ')} |\n`;
            const lineSize = Buffer.byteLength(line);
            if (this.bytes + size + lineSize + 1 > this.limit)
                break;
            text += line;
            size += lineSize;
            shown++;
        }
        if (shown > 0 || rows.length === 0)
            this.add(`${text}\n`, what);
        if (shown < rows.length)
            this.cuts.push(`${rows.length - shown} of ${rows.length} ${what}`);
    }
    /** Bytes left before the limit. */
    get room() {
        return this.limit - this.bytes;
    }
    /** Records `what` as cut without trying to add it (a section that would not fit in `room`). */
    omit(what) {
        this.cuts.push(what);
    }
    /** What was cut so far, in words. */
    get omitted() {
        return this.cuts;
    }
    get size() {
        return this.bytes;
    }
    toString() {
        const text = this.parts.join('');
        if (this.cuts.length === 0)
            return text;
        return `${text}\n> [!NOTE]\n> ${this.cutNote}. Not shown: ${this.cuts.join('; ')}.\n`;
    }
}
/**
 * Untrusted text (a test name, a message, a file name, a field of a registry
 * record) as Markdown that shows it as itself, on one line, with nothing live
 * in it: no link, image, HTML, heading, list, quote, emphasis, table cell,
 * math, mention or issue reference. Code spans the text came with stay code
 * spans (nothing in one is live). Used by `cell` for every table cell, and
 * for untrusted text anywhere else in a summary or comment.
 *
 * - Line endings (LF, CR and CR LF, CommonMark's three) become spaces and the
 *   ends are trimmed, so only the text's first character can start a line.
 * - Backslash escapes (CommonMark allows one before any ASCII punctuation
 *   character, and makes it plain text) for the characters that mean
 *   something anywhere in a line: `\` `` ` `` `*` `_` `~` `[` `]` `<` `>`
 *   `&` `|` `$` (links, images, HTML, autolinks, entities, emphasis, code,
 *   cells, math); and, at the start, for the rest of what opens a block:
 *   `#`, `-`, `+`, `=`, and the `.` or `)` of `1. ` (headings, lists, setext
 *   underlines, rules). Other punctuation means nothing: left as it is, so
 *   the Markdown stays readable.
 * - GitHub also finds links and references in the text itself: literal URLs
 *   (`https://…`, `www.…`), e-mail addresses, `@user`, `#123`. An escape
 *   does not stop all of them (an escaped `@` still makes a `mailto:` link),
 *   so a zero-width space goes into each, as Dependabot does for mentions:
 *   between the slashes of `//`, after `www`, after the `@` of a mention or
 *   the `#` of a reference, on both sides of an address's `@` (a renderer
 *   that reads Unicode domains takes a space after it for a letter). It shows
 *   nothing; only a copied URL carries it (the log has the text as it is).
 */
function inertMarkdown(text) {
    return markdownRuns(text, (code) => code);
}
/**
 * A table cell: `inertMarkdown`, and a `|` inside a code span escaped too
 * (GFM splits a row at every unescaped `|`, code spans included, and shows
 * `\|` there as `|`).
 */
function cell(text) {
    return markdownRuns(text, (code) => code.replace(/\|/g, '\\|'));
}
/** A zero-width space: invisible, and the end of any URL, mention or reference that GitHub would find. */
const BREAK = '\u200b';
function markdownRuns(text, codeSpan) {
    return splitCodeSpans(text.replace(/\r\n?|\n/g, ' ').trim())
        .map(({ isCode, text: part }, index) => (isCode ? codeSpan(part) : plainRun(part, index === 0)))
        .join('');
}
/** Text outside code spans, made inert (see `inertMarkdown`); `first` when it starts the text. */
function plainRun(text, first) {
    const inline = text
        // What GitHub links in the text: URLs, e-mail domains, mentions, issue references.
        .replace(/\/(?=\/)/g, `/${BREAK}`)
        .replace(/(?<![A-Za-z0-9])www\./gi, (www) => `${www.slice(0, 3)}${BREAK}.`)
        .replace(/(?<=[\w.+-])@(?=[A-Za-z0-9][\w.-]*\.[\w-]*[A-Za-z])/g, `${BREAK}@${BREAK}`)
        .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${BREAK}`)
        .replace(/(?<![A-Za-z0-9_])#(?=\d)|(?<=\/[\w.-]+)#(?=\d)/g, `#${BREAK}`)
        // What Markdown reads anywhere in a line.
        .replace(/[\\`*_~[\]<>&|$]/g, '\\$&');
    if (!first)
        return inline;
    // What else Markdown reads at the start of a line: a heading's `#`, a list's `-`, `+` or `1.`, a setext `=`.
    if (/^[#+=-]/.test(inline))
        return `\\${inline}`;
    return inline.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
/** Text cut into plain runs and code spans (a run of backticks closed by a run of the same length). */
function splitCodeSpans(text) {
    const parts = [];
    let plainStart = 0;
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '`') {
            i++;
            continue;
        }
        let j = i;
        while (text[j] === '`')
            j++;
        const fence = j - i;
        let close = -1;
        for (let k = j; k < text.length;) {
            if (text[k] !== '`') {
                k++;
                continue;
            }
            let end = k;
            while (text[end] === '`')
                end++;
            if (end - k === fence) {
                close = end;
                break;
            }
            k = end;
        }
        if (close < 0) {
            i = j;
            continue;
        }
        if (i > plainStart)
            parts.push({ isCode: false, text: text.slice(plainStart, i) });
        parts.push({ isCode: true, text: text.slice(i, close) });
        i = plainStart = close;
    }
    if (plainStart < text.length)
        parts.push({ isCode: false, text: text.slice(plainStart) });
    return parts;
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * Text shown as itself inside a quoted Mermaid label or string (`"…"`): a
 * line break would end the statement (and, past it, the fenced block), `"`
 * the label, `#` starts an entity code, `<`, `>` and `&` are HTML, a backtick
 * a Markdown string; each of these characters becomes Mermaid's numeric
 * entity code (`#34;`), which shows the character. At most `max` characters
 * of `text` are kept.
 */
function mermaidText(text, max = Infinity) {
    return text
        .slice(0, max)
        .replace(/[\r\n]+/g, ' ')
        .replace(/["#&<>`\\]/g, (character) => `#${character.codePointAt(0)};`);
}
/** Human size: `1.5 GiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
/** Human duration: `850 ms`, `2.5 s` (tenths below ten seconds), `12 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 9_950)
        return `${Number((ms / 1000).toFixed(1))} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __nccwpck_require__(3838);
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/logger.js


/** The logger of a step on a runner: `@actions/core`'s workflow commands. */
const actionsLogger = {
    info: (text) => printInert(text),
    untrusted: (text) => printInert(text),
    debug: (text) => lib_core/* debug */.Yz(text),
    notice: (text, place) => lib_core/* notice */.lm(text, place),
    warning: (text, place) => lib_core/* warning */.$e(text, place),
    error: (text, place) => lib_core/* error */.z3(text, place),
    group: (name, work) => lib_core/* group */.Os(name, work),
};
/**
 * Would the runner read a command in `text`? It splits a step's output at
 * LF, CR LF and a lone CR; a line is a command when it starts with `::`
 * (after blanks) or holds `##[` anywhere (the runner's first command form).
 */
function holdsWorkflowCommand(text) {
    return text.includes('##[') || text.split(/\r\n|\r|\n/).some((line) => line.trimStart().startsWith('::'));
}
/**
 * Prints `text` to the log so that the runner acts on none of it: as it is
 * when no line reads as a command, otherwise between `::stop-commands::` and
 * a closing token no one else can know.
 */
function printInert(text, write = lib_core/* info */.pq) {
    if (!holdsWorkflowCommand(text)) {
        write(text);
        return;
    }
    const token = `inert-${(0,external_node_crypto_.randomUUID)()}`;
    write(`::stop-commands::${token}`);
    write(text);
    write(`::${token}::`);
}
/** Masks a secret in every later log line; call it before anything could print the value. */
function maskSecret(secret) {
    if (secret !== '')
        core.setSecret(secret);
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/progress.js

/**
 * A progress callback for long byte-counting work (hashing a model): logs
 * `<label>: 1.2 GiB of 5.0 GiB (24%)` at most every `everyMs`, and once when done,
 * so a step is never silent for long.
 */
function byteProgress(logger, label, everyMs = 2000, now = Date.now) {
    let last = now();
    let finished = false;
    return (done, total) => {
        const complete = done >= total;
        if (finished || (!complete && now() - last < everyMs))
            return;
        last = now();
        finished = complete;
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        logger.info(`${label}: ${formatBytes(done)} of ${formatBytes(total)} (${percent}%)`);
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/paths/lib/src/inside.js
// Where a path really leads. Every file an action reads (a metrics file, a
// model, a lock file, a report) must lie inside the workspace once symbolic
// links are followed: a committed link to `~/.ssh/id_rsa` or to `/` is the
// repository's content, not the workflow's choice. One check for every
// package and action: gate's metrics files, digest's model root, action-kit's
// globs and the build's project files.


/**
 * Whether `path` is `folder` or lies below it, by their names alone (both
 * absolute, neither holding links to resolve). `..` counts only as a whole
 * segment: `..weights` is a name inside.
 */
function isInside(path, folder) {
    const inside = (0,external_node_path_.relative)(folder, path);
    return inside === '' || (inside !== '..' && !inside.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(inside));
}
/**
 * The real path of `path` (every symbolic link followed, `..` resolved) when
 * it is `folder` or lies below it, `folder` resolved the same way; undefined
 * when it leads anywhere else. A path that does not exist, a broken link or a
 * loop of links throws `realpath`'s error (`ENOENT`, `ELOOP`), for the caller
 * to word. Nothing is read from the file itself.
 */
async function realPathInside(path, folder) {
    const real = await (0,promises_namespaceObject.realpath)(path);
    const realFolder = await (0,promises_namespaceObject.realpath)(folder).catch(() => (0,external_node_path_.resolve)(folder));
    return isInside(real, realFolder) ? real : undefined;
}
/**
 * Whether `path`, which may not exist yet, would be `folder` or below it once
 * the links of its existing part are followed (`folder` resolved the same
 * way): for a folder an action is about to write, or one a record names.
 */
async function leadsInside(path, folder) {
    const realFolder = await realpath(folder).catch(() => resolve(folder));
    let existing = resolve(path);
    const rest = [];
    for (;;) {
        try {
            return isInside(join(await realpath(existing), ...rest.reverse()), realFolder);
        }
        catch (error) {
            const parent = dirname(existing);
            // ENOTDIR: a file on the way; whoever writes there reports it.
            const code = error.code;
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing)
                throw error;
            rest.push(basename(existing));
            existing = parent;
        }
    }
}

;// CONCATENATED MODULE: ./packages/paths/lib/src/index.js


;// CONCATENATED MODULE: ./packages/action-kit/lib/src/files.js





/** True when something is at `path` (a link counts when what it points at exists). */
async function pathExists(path) {
    return access(path).then(() => true, () => false);
}
/**
 * The files matched by globs relative to `directory` (or absolute): `!`
 * excludes, a folder stands for every file below it, hidden files match.
 * Absolute paths, sorted in byte order. Symbolic links below the folder a
 * pattern starts from are not followed, so a walk stays inside the folder it
 * starts at; `within` keeps that folder (or the named file) inside the workspace.
 */
async function findFiles(directory, patterns, options = {}) {
    // Loaded on first use: most steps never match a glob.
    const { minimatch, escape } = await __nccwpck_require__.e(/* import() */ 581).then(__nccwpck_require__.bind(__nccwpck_require__, 3581));
    const prune = new Set(options.prune ?? []);
    const anchor = (pattern) => anchored(directory, pattern, (path) => escape(path, { magicalBraces: true }));
    const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p.slice(1)).glob);
    const isExcluded = (path) => excluded.some((pattern) => minimatch(path, pattern, { dot: true }));
    const found = new Set();
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const { glob, root, literal } = anchor(pattern);
        const rootStat = await (0,promises_namespaceObject.stat)(root).catch(() => undefined);
        if (!rootStat)
            continue;
        if (options.within !== undefined) {
            await checkInside(root, options.within, { directory, pattern, literal, input: options.input });
        }
        if (!rootStat.isDirectory()) {
            if (literal && !isExcluded(root))
                found.add(root);
            continue;
        }
        const wanted = literal ? `${glob.replace(/\/$/, '')}/**` : glob;
        for await (const file of filesBelow(root, prune, options.includeLinks ?? false)) {
            if (minimatch(file, wanted, { dot: true }) && !isExcluded(file))
                found.add(file);
        }
    }
    return [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/**
 * Refuses the folder a pattern's walk starts at (or the file a literal pattern
 * names) when it resolves outside `within`: the walk never follows a link, so
 * only where it starts can lead out.
 */
async function checkInside(root, within, origin) {
    try {
        if ((await realPathInside(root, within)) !== undefined)
            return;
    }
    catch {
        return; // Removed since it was found: the walk finds nothing there.
    }
    const { directory, pattern, literal, input } = origin;
    // Relative to the working directory below it; in full when it is that directory (itself a link out) or outside it.
    const shown = root !== directory && isInside(root, directory) ? (0,external_node_path_.relative)(directory, root) : root;
    const subject = input === undefined ? `The pattern ${quote(pattern)}` : `Input '${input}' (${quote(pattern)})`;
    throw new UserError(`${subject} ${literal ? 'names' : 'starts at'} ${quote(shown)}, which resolves outside the workspace ` +
        '(symbolic links are followed); only files of the checkout are read. Match files inside the workspace.');
}
/**
 * A pattern made absolute. A relative one is joined to `directory` with the
 * directory's own characters escaped: a working directory named `model [v2]`
 * or `exp-{a,b}` is a folder, not a glob.
 */
function anchored(directory, pattern, escape) {
    if ((0,external_node_path_.isAbsolute)(pattern)) {
        const glob = (0,external_node_path_.normalize)(pattern);
        const root = literalPrefix(glob);
        return { glob, root, literal: root === glob };
    }
    // `../x` climbs out of the directory before any glob syntax can start.
    let base = directory;
    let rest = (0,external_node_path_.normalize)(pattern);
    while (rest === '..' || rest.startsWith('../')) {
        base = (0,external_node_path_.dirname)(base);
        rest = rest.slice(3);
    }
    if (rest === '.' || rest === './')
        rest = '';
    const segments = rest.split('/').filter((segment) => segment !== '');
    const magic = segments.findIndex((segment) => MAGIC.test(segment));
    const root = (0,external_node_path_.join)(base, ...(magic === -1 ? segments : segments.slice(0, magic)));
    const glob = rest === '' ? escape(base) : `${escape(base).replace(/\/$/, '')}/${rest}`;
    return { glob, root, literal: magic === -1 };
}
/** Characters that make a path segment a glob (minimatch's, with extglob's `!+@`). */
const MAGIC = /[*?[\]{}()!+@]/;
/** The leading folders of an absolute pattern that hold no glob syntax: where its walk starts. */
function literalPrefix(pattern) {
    const segments = pattern.split('/');
    const magic = segments.findIndex((segment) => MAGIC.test(segment));
    if (magic === -1)
        return pattern;
    return segments.slice(0, magic).join('/') || '/';
}
async function* filesBelow(folder, prune, includeLinks) {
    let entries;
    try {
        entries = await (0,promises_namespaceObject.opendir)(folder);
    }
    catch {
        return; // A folder that cannot be listed has nothing we could read.
    }
    for await (const entry of entries) {
        const path = (0,external_node_path_.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (!prune.has(entry.name))
                yield* filesBelow(path, prune, includeLinks);
        }
        else if (entry.isFile() || (includeLinks && entry.isSymbolicLink())) {
            yield path;
        }
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/run.js


/**
 * Runs an action's main function and reports its end: the one place that
 * calls `core.setFailed`. A user's mistake is its message (and, for an error
 * of a plain package, the hint of package-errors.ts) alone, with its exit
 * code; anything else is named an internal error, with the stack in the
 * debug log.
 */
async function runAction(actionName, main) {
    try {
        await main();
    }
    catch (error) {
        if (isUserError(error)) {
            // What happened, then (for a package's error) what the workflow should do about it.
            lib_core/* setFailed */.C1(messageOf(error));
            if (error instanceof UserError)
                process.exitCode = error.exitCode;
            return;
        }
        if (error instanceof Error && error.stack)
            lib_core/* debug */.Yz(error.stack);
        lib_core/* setFailed */.C1(`${actionName} failed with an internal error: ${messageOf(error)}. ` +
            'This is a bug in the action; please report it with the step log (enable debug logging for the stack).');
    }
}
/**
 * The runner's output file could not be written (a full disk, a path that is
 * not a writable file). Neither the user's mistake nor a bug: reported as what
 * happened, which the action completes with what it did before.
 */
class OutputFileError extends UserError {
    file;
    constructor(message, 
    /** The file `GITHUB_OUTPUT` names. */
    file) {
        super(message);
        this.file = file;
    }
}
/**
 * Sets every output, in order; values are written as strings. Put the output
 * that says how the step ended last: when a write fails, no later output is
 * written, so it is never read without the others. A failed write is an
 * `OutputFileError`.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        try {
            lib_core/* setOutput */.uH(name, String(value));
        }
        catch (error) {
            const file = process.env['GITHUB_OUTPUT'] ?? '';
            throw new OutputFileError(`Could not write the step's outputs to ${file} (GITHUB_OUTPUT): ${messageOf(error)}.`, file);
        }
    }
}
/**
 * Writes the job summary when the runner provides a summary file. A summary
 * that cannot be written (a full disk) is a warning: it changes nothing the
 * step did, and later steps do not read it.
 */
async function writeSummary(summary) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file) {
        lib_core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set; the job summary is not written.');
        return;
    }
    try {
        await lib_core/* summary */.z.addRaw(summary.toString()).write();
    }
    catch (error) {
        lib_core/* warning */.$e(`Could not write the job summary to ${file} (GITHUB_STEP_SUMMARY): ${messageOf(error)}. ` +
            'What the step did is not affected; its log says it all.');
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/index.js












;// CONCATENATED MODULE: ./packages/digest/lib/src/errors.js
/**
 * A problem with the files the user asked to digest, which they can fix. The
 * message names the file and says what to change; anything else the package
 * throws is a plain `Error`, a bug.
 */
class errors_DigestError extends Error {
    code;
    name = 'DigestError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/file-set.js





const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Every regular file below a directory, or a single file (its parent is then
 * the root). Skips `.git` at the root, as the coreutils recipe of DESIGN.md
 * (`! -path './.git/*'`) does; a `.git` deeper down is ordinary content there,
 * so it is here too. With `workspace`, the root must resolve inside it.
 */
async function file_set_listRoot(root, workspace) {
    const absolute = resolve(root);
    // The root itself may be a link (a checkout's `model -> ../shared/model`): the
    // user named it, so it is followed, as far as the workspace. Links inside it are refused.
    const stats = await statOrThrow(absolute, root);
    if (workspace !== undefined)
        await file_set_checkInside(absolute, root, workspace);
    if (stats.isFile()) {
        const name = basename(absolute);
        checkName(name, root);
        return { root: dirname(absolute), files: [{ path: name, absolute, size: stats.size, shown: root }] };
    }
    if (!stats.isDirectory()) {
        throw new DigestError('not-a-regular-file', `'${root}' is neither a regular file nor a directory; give the model file or its folder.`);
    }
    const files = [];
    await walk(absolute, '', root, files);
    return { root: absolute, files: sortedByPath(files) };
}
/**
 * The named files (relative to `root`, e.g. glob matches); a directory among
 * them stands for every file below it. Duplicates count once; paths in the
 * root's `.git` are left out, as they are from a whole-root digest. With
 * `workspace`, the root must resolve inside it.
 */
async function listNamed(root, relativePaths, workspace) {
    const absoluteRoot = (0,external_node_path_.resolve)(root);
    const rootStats = await statOrThrow(absoluteRoot, root);
    if (workspace !== undefined)
        await file_set_checkInside(absoluteRoot, root, workspace);
    if (!rootStats.isDirectory()) {
        throw new errors_DigestError('not-a-directory', `'${root}' is not a directory; the files to hash are named relative to a directory.`);
    }
    const byPath = new Map();
    const linkFree = new LinkFreeDirectories(absoluteRoot);
    for (const given of relativePaths) {
        const absolute = (0,external_node_path_.resolve)(absoluteRoot, given);
        const path = (0,external_node_path_.relative)(absoluteRoot, absolute).split(external_node_path_.sep).join('/');
        if (path === '..' || path.startsWith('../') || external_node_path_.posix.isAbsolute(path)) {
            throw new errors_DigestError('outside-root', `'${given}' is outside '${root}'; only files below it can be part of its digest.`);
        }
        if (path.startsWith('.git/'))
            continue;
        const shown = path === '' ? root : (0,external_node_path_.join)(root, path);
        const stats = lstatOrThrow(absolute, shown);
        linkFree.check((0,external_node_path_.dirname)(path), shown);
        const found = [];
        if (stats.isDirectory()) {
            if (isRootGit(path))
                continue;
            await walk(absolute, path, root, found);
        }
        else {
            checkName(path, shown);
            found.push(regularFile(stats, path, absolute, shown));
        }
        for (const file of found)
            byPath.set(file.path, file);
    }
    return { root: absoluteRoot, files: sortedByPath([...byPath.values()]) };
}
/** Refuses a root that resolves (symbolic links followed) outside the workspace, before anything below it is read. */
async function file_set_checkInside(absolute, shown, workspace) {
    let real;
    try {
        real = await realPathInside(absolute, workspace);
    }
    catch (error) {
        throw fileSystemError(error, shown);
    }
    if (real === undefined) {
        throw new errors_DigestError('outside-workspace', `'${shown}' resolves outside the workspace (symbolic links are followed); only files of the checkout are ` +
            'hashed. Give a path inside the workspace, or copy the files there first.');
    }
}
/**
 * Checks that no directory between the root and a named file is a symbolic
 * link, as a whole-root digest would refuse it (`lstat` only looks at the last
 * part of a path). Each directory is resolved once.
 */
class LinkFreeDirectories {
    root;
    real;
    checked = new Set(['.']);
    constructor(root) {
        this.root = root;
        this.real = (0,external_node_fs_.realpathSync)(root);
    }
    /** `directory` is relative to the root, `/` separated. */
    check(directory, shown) {
        if (this.checked.has(directory))
            return;
        if ((0,external_node_fs_.realpathSync)((0,external_node_path_.join)(this.root, directory)) !== (0,external_node_path_.join)(this.real, directory)) {
            throw new errors_DigestError('symbolic-link', `'${shown}' is reached through a symbolic link to a directory; links are refused because a digest ` +
                'covers file contents only. Replace the link with the directory it points to, or name the files there.');
        }
        this.checked.add(directory);
    }
}
async function walk(directory, prefix, root, into) {
    const shownDirectory = prefix === '' ? root : (0,external_node_path_.join)(root, prefix);
    let names;
    try {
        names = await (0,promises_namespaceObject.readdir)(directory, { encoding: 'buffer' });
    }
    catch (error) {
        throw fileSystemError(error, shownDirectory);
    }
    const subdirectories = [];
    for (const raw of names) {
        const name = decodeName(raw, shownDirectory);
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const shown = (0,external_node_path_.join)(root, path);
        checkName(name, shown);
        const stats = lstatOrThrow((0,external_node_path_.join)(directory, name), shown);
        if (!stats.isDirectory())
            into.push(regularFile(stats, path, (0,external_node_path_.join)(directory, name), shown));
        else if (!isRootGit(path))
            subdirectories.push(path);
    }
    for (const path of subdirectories)
        await walk((0,external_node_path_.join)(directory, (0,external_node_path_.basename)(path)), path, root, into);
}
function regularFile(stats, path, absolute, shown) {
    if (stats.isSymbolicLink()) {
        throw new errors_DigestError('symbolic-link', `'${shown}' is a symbolic link; links are refused because a digest covers file contents only. ` +
            'Replace the link with the file it points to, or remove it.');
    }
    if (!stats.isFile()) {
        throw new errors_DigestError('not-a-regular-file', `'${shown}' is not a regular file (a device, socket or pipe); remove it from the model.`);
    }
    return { path, absolute, size: stats.size, shown };
}
/** Whether a directory is the root's `.git` (the recipe skips only that one). */
function isRootGit(path) {
    return path === '.git';
}
function decodeName(raw, shownDirectory) {
    try {
        return strictUtf8.decode(raw);
    }
    catch {
        throw new errors_DigestError('unwritable-name', `A file name in '${shownDirectory}' is not valid UTF-8 (${JSON.stringify(raw.toString('latin1'))}); ` +
            'rename it so its digest line can be written.');
    }
}
/** A line break would split the file's digest line in two. */
function checkName(name, shown) {
    if (/[\n\r]/.test(name)) {
        throw new errors_DigestError('unwritable-name', `The file name ${JSON.stringify(shown)} contains a line break; rename the file.`);
    }
}
async function statOrThrow(absolute, shown) {
    try {
        return await (0,promises_namespaceObject.stat)(absolute);
    }
    catch (error) {
        throw fileSystemError(error, shown);
    }
}
/** Synchronous: a few microseconds a file, where a trip through libuv's thread pool costs tens. */
function lstatOrThrow(absolute, shown) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute);
    }
    catch (error) {
        throw fileSystemError(error, shown);
    }
}
/** Turns the file system errors a user can fix into a `DigestError`; anything else stays ours. */
function fileSystemError(error, shown) {
    switch (error?.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new errors_DigestError('not-found', `'${shown}' does not exist; check the path (relative paths start at the working directory).`);
        case 'EACCES':
        case 'EPERM':
            return new errors_DigestError('unreadable', `'${shown}' cannot be read (permission denied); make it readable by the runner's user.`);
        case 'ELOOP':
            return new errors_DigestError('symbolic-link', `'${shown}' goes through a loop of symbolic links; links are refused, replace them.`);
        default:
            return error;
    }
}
/**
 * Sorted by path in byte order of UTF-8, the order of `LC_ALL=C sort`; not
 * JavaScript's string order (UTF-16 code units), which differs above U+FFFF.
 */
function sortedByPath(items) {
    const keyed = items.map((item) => ({ item, key: Buffer.from(item.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    return keyed.map(({ item }) => item);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./packages/digest/lib/src/file-hasher.js
/**
 * The read-and-hash loop, written once for this thread (hashing.ts) and for
 * the worker threads, whose source is this function's text
 * (`Function.prototype.toString`, see hash-worker.ts). So it must stay
 * self-contained: it uses only its parameters and JavaScript's and Node's
 * globals (`Buffer`), never an imported binding or a helper of this module,
 * which a bundler would rename.
 *
 * Files are read in large chunks into two reused buffers: few system calls,
 * bounded memory. A small file is read synchronously (no trip through libuv's
 * thread pool); a large one has its next chunk read on the pool while this
 * thread hashes the last one. `isStopped` lets a caller abandon a large file
 * when another thread has failed.
 */
function createFileHasher(node, chunkSize, onBytes, isStopped) {
    const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    function hashSmall(path) {
        const hash = node.createHash('sha256');
        const buffer = buffers[0];
        const fd = node.openSync(path, 'r');
        let size = 0;
        try {
            for (;;) {
                const bytesRead = node.readSync(fd, buffer, 0, chunkSize, size);
                if (bytesRead === 0)
                    break;
                hash.update(bytesRead === chunkSize ? buffer : buffer.subarray(0, bytesRead));
                size += bytesRead;
                onBytes(bytesRead);
            }
        }
        finally {
            node.closeSync(fd);
        }
        return { sha256: hash.digest('hex'), size };
    }
    async function hashLarge(path) {
        const hash = node.createHash('sha256');
        const file = await node.open(path, 'r');
        let size = 0;
        try {
            let current = 0;
            let pending = file.read(buffers[current], 0, chunkSize, 0);
            for (;;) {
                const { bytesRead } = await pending;
                if (bytesRead === 0)
                    break;
                if (isStopped())
                    throw new Error('Hashing was stopped.');
                const chunk = buffers[current];
                size += bytesRead;
                current ^= 1;
                // A short read is not the end of the file: only a read of 0 bytes is.
                pending = file.read(buffers[current], 0, chunkSize, size);
                hash.update(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
                onBytes(bytesRead);
            }
        }
        finally {
            await file.close();
        }
        return { sha256: hash.digest('hex'), size };
    }
    return async (batch) => {
        const results = [];
        for (let index = 0; index < batch.length; index++) {
            const file = batch[index];
            try {
                results.push(file.size < chunkSize ? hashSmall(file.path) : await hashLarge(file.path));
            }
            catch (error) {
                return { failedAt: index, error };
            }
        }
        return { results };
    };
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/hash-worker.js

/**
 * The source of a hashing worker thread, as a self-contained CommonJS string.
 *
 * It is a string, run with `new Worker(source, { eval: true })`, because each
 * action ships as one ncc bundle whose import runs the action: a worker cannot
 * be loaded from a second module file or from `import.meta.url`. The hashing
 * loop in it is `createFileHasher`'s own text, so this thread and the workers
 * run the same code.
 *
 * Protocol (plain objects):
 *   in:  { id, files: [{ path, size }] }       a batch, hashed in order; batches queue
 *   out: { type: 'progress', bytes }           bytes hashed since the last report
 *        { type: 'done', id, results: [{ sha256, size }] }
 *        { type: 'failed', id, index, code, message }   an fs error (code such as 'EACCES')
 */
const HASH_WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { open } = require('node:fs/promises');

const createFileHasher = ${createFileHasher.toString()};

const chunkSize = workerData.chunkSize;
let unreported = 0;
const hashBatch = createFileHasher(
  { createHash, openSync, readSync, closeSync, open },
  chunkSize,
  (bytes) => {
    unreported += bytes;
    if (unreported >= chunkSize) flushProgress();
  },
  () => false,
);
const queue = [];
let running = false;

parentPort.on('message', (batch) => {
  queue.push(batch);
  if (!running) void drain();
});

function flushProgress() {
  if (unreported > 0) parentPort.postMessage({ type: 'progress', bytes: unreported });
  unreported = 0;
}

async function drain() {
  running = true;
  while (queue.length > 0) {
    const batch = queue.shift();
    const outcome = await hashBatch(batch.files);
    flushProgress();
    if (outcome.results) {
      parentPort.postMessage({ type: 'done', id: batch.id, results: outcome.results });
    } else {
      const error = outcome.error;
      const message = String(error && error.message);
      parentPort.postMessage({ type: 'failed', id: batch.id, index: outcome.failedAt, code: error && error.code, message });
    }
  }
  running = false;
}
`;

;// CONCATENATED MODULE: ./packages/digest/lib/src/hashing.js







/** Large reads into reused buffers: few system calls, bounded memory. */
const CHUNK_SIZE = 4 * 1024 * 1024;
/**
 * Bytes that make another thread worth it: starting a worker costs some 30 ms
 * of this thread's time, about what hashing 40 MB takes.
 */
const BYTES_PER_THREAD = 64 * 1024 * 1024;
/** Small files go to a thread in batches of about this many bytes, so messages cost little next to hashing. */
const BATCH_BYTES = CHUNK_SIZE;
const BATCH_FILES = 256;
/** A failure of one file of a batch. */
class BatchFailure extends Error {
    index;
    failure;
    constructor(index, failure) {
        super('A file of the batch could not be hashed.');
        this.index = index;
        this.failure = failure;
    }
}
/**
 * Hashes files, up to `parallelism` at once, calling `onBytes` as bytes are
 * hashed. Rejects with the error of the first file that fails (a `DigestError`
 * when the user can fix it, such as permissions).
 */
async function hashFiles(files, parallelism, onBytes) {
    const results = new Array(files.length);
    const batches = batchesOf(files);
    let next = 0;
    let failed = false;
    let noMoreWork;
    const allTaken = new Promise((resolve) => (noMoreWork = resolve));
    const total = files.reduce((sum, file) => sum + file.size, 0);
    // One batch needs no worker: sha256 cannot split a file across threads.
    const threads = Math.max(1, Math.min(parallelism, batches.length, Math.ceil(total / BYTES_PER_THREAD)));
    // This thread hashes too, starting at once; a worker takes its first batch
    // only once it has started, so no batch waits for a worker to start.
    const hashers = [new InlineHasher(onBytes)];
    for (let count = 1; count < threads; count++)
        hashers.push(new WorkerHasher(onBytes));
    function take() {
        const batch = failed ? undefined : batches[next++];
        if (batch === undefined)
            noMoreWork();
        return batch;
    }
    async function feed(hasher) {
        await Promise.race([hasher.ready, allTaken]);
        for (let batch = take(); batch !== undefined; batch = take()) {
            try {
                const hashed = await hasher.hash(batch.map((index) => ({ path: files[index].absolute, size: files[index].size })));
                for (const [position, index] of batch.entries())
                    results[index] = hashed[position];
            }
            catch (error) {
                failed = true;
                noMoreWork();
                if (error instanceof BatchFailure)
                    throw fileSystemError(error.failure, files[batch[error.index]].shown);
                throw error;
            }
        }
    }
    try {
        // One batch at a time per thread: handing a worker a second large file
        // early could leave it with two while another thread has none.
        await Promise.all(hashers.map(feed));
        return results;
    }
    finally {
        await Promise.all(hashers.map((hasher) => hasher.close()));
    }
}
/**
 * Indices of `files`, grouped: each large file alone, small files together.
 * Largest first, so that a big file is not left running alone at the end.
 */
function batchesOf(files) {
    const order = files.map((_, index) => index).sort((a, b) => files[b].size - files[a].size);
    const batches = [];
    let batch = [];
    let batchBytes = 0;
    for (const index of order) {
        batch.push(index);
        batchBytes += files[index].size;
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
            batches.push(batch);
            batch = [];
            batchBytes = 0;
        }
    }
    if (batch.length > 0)
        batches.push(batch);
    return batches;
}
/** Hashes on the calling thread, with the same loop as the worker threads (file-hasher.ts). */
class InlineHasher {
    ready = Promise.resolve();
    /** Set when another thread failed: a large file need not be finished for nothing. */
    stopped = false;
    hashBatch;
    constructor(onBytes) {
        this.hashBatch = createFileHasher({ createHash: external_node_crypto_.createHash, openSync: external_node_fs_.openSync, readSync: external_node_fs_.readSync, closeSync: external_node_fs_.closeSync, open: promises_namespaceObject.open }, CHUNK_SIZE, onBytes, () => this.stopped);
    }
    async hash(batch) {
        const outcome = await this.hashBatch(batch);
        if ('results' in outcome)
            return outcome.results;
        throw new BatchFailure(outcome.failedAt, outcome.error);
    }
    close() {
        this.stopped = true;
        return Promise.resolve();
    }
}
/** One worker thread, started when constructed and stopped by `close`. */
class WorkerHasher {
    ready;
    worker;
    pending = new Map();
    nextId = 0;
    closing = false;
    constructor(onBytes) {
        this.worker = new external_node_worker_threads_.Worker(HASH_WORKER_SOURCE, {
            eval: true,
            workerData: { chunkSize: CHUNK_SIZE },
            // Not the parent's flags: `--input-type=module` would make this CommonJS source an ES module.
            execArgv: [],
        });
        this.ready = new Promise((resolve, reject) => {
            this.worker.once('online', resolve);
            // A worker that cannot start is our bug: fail loudly rather than hash on one thread.
            this.worker.once('error', reject);
            this.worker.once('exit', () => reject(new Error('A hashing worker thread stopped before it started.')));
        });
        // Nobody waits for a worker that was not needed: its end is no error.
        this.ready.catch(() => undefined);
        this.worker.on('message', (message) => {
            if (message.type === 'progress') {
                onBytes(message.bytes);
                return;
            }
            const waiting = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.type === 'done')
                waiting?.resolve(message.results);
            else {
                const failure = Object.assign(new Error(message.message), { code: message.code });
                waiting?.reject(new BatchFailure(message.index, failure));
            }
        });
        this.worker.on('error', (error) => this.failAll(error));
        this.worker.on('exit', (code) => {
            if (!this.closing)
                this.failAll(new Error(`A hashing worker thread stopped unexpectedly (exit code ${code}).`));
        });
    }
    hash(batch) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, files: batch });
        });
    }
    async close() {
        this.closing = true;
        this.failAll(new Error('The hashing worker thread was stopped.'));
        await this.worker.terminate();
    }
    failAll(error) {
        for (const waiting of this.pending.values())
            waiting.reject(error);
        this.pending.clear();
    }
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/digest.js





const PROGRESS_EVERY_MS = 250;
/**
 * The digest of a model: every regular file below `root` (skipping `.git`), or,
 * when `root` is a file, just that file with its parent as the root.
 * Symbolic links inside are refused.
 */
async function digestOf(root, options = {}) {
    return hashFileSet(await listRoot(root, options.workspace), options);
}
/**
 * The digest of named files relative to `root` (glob matches, for example).
 * A directory among them stands for every file below it; duplicates count once.
 */
async function digestOfFiles(root, relativePaths, options = {}) {
    return hashFileSet(await listNamed(root, relativePaths, options.workspace), options);
}
/**
 * The digest over already-hashed files, in any order: one line
 * `<sha256>  <size>  <path>\n` a file, sorted by path in byte order, hashed.
 */
function digestOfEntries(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of sortedByPath(files))
        hash.update(`${file.sha256}  ${file.size}  ${file.path}\n`, 'utf8');
    return `sha256:${hash.digest('hex')}`;
}
async function hashFileSet(set, options) {
    const total = set.files.reduce((sum, file) => sum + file.size, 0);
    const report = throttledProgress(total, options.onProgress);
    const results = await hashFiles(set.files, workerCount(options.workers), report.add);
    const files = set.files.map((file, index) => {
        const { sha256, size } = results[index];
        if (size !== file.size) {
            throw new errors_DigestError('changed-while-hashing', `'${file.shown}' changed while it was being hashed (${file.size} bytes when listed, ${size} read); ` +
                'compute the digest after whatever writes the model has finished.');
        }
        return { path: file.path, size, sha256 };
    });
    report.finish();
    return { digest: digestOfEntries(files), size: total, files };
}
function workerCount(requested) {
    if (requested === undefined)
        return Math.min(2, (0,external_node_os_.availableParallelism)());
    return Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
}
function throttledProgress(total, onProgress) {
    let hashed = 0;
    let last = Date.now();
    return {
        add: (bytes) => {
            hashed += bytes;
            if (onProgress && Date.now() - last >= PROGRESS_EVERY_MS) {
                last = Date.now();
                onProgress(hashed, total);
            }
        },
        finish: () => onProgress?.(total, total),
    };
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/index.js




;// CONCATENATED MODULE: ./actions/build/lib/src/artifacts.js


/**
 * The files matched by globs relative to `root`, as sorted root-relative paths
 * with `/`. `!pattern` excludes; a directory matches everything below it.
 * Symbolic links are returned (the digest refuses them by name; the cache key
 * reads a lock file through one only inside the workspace); paths that leave
 * the root are refused, and so is a glob that starts at, or names, a path that
 * resolves outside `workspace`; `.git` is never entered.
 */
async function matchFiles(root, patterns, inputName, workspace) {
    for (const pattern of patterns) {
        const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
        if ((0,external_node_path_.isAbsolute)(body)) {
            throw new UserError(`Input '${inputName}' has the absolute path '${body}'; write globs relative to 'working-directory'.`);
        }
    }
    const files = await findFiles(root, patterns, {
        prune: ['.git'],
        includeLinks: true,
        within: workspace,
        input: inputName,
    });
    return files.map((absolute) => {
        const path = (0,external_node_path_.relative)(root, absolute);
        // `..` as a whole segment: a file named `..weights` is inside.
        if (path === '' || path === '..' || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path)) {
            throw new UserError(`Input '${inputName}' matched '${absolute}', which is outside 'working-directory'; keep globs inside it.`);
        }
        return path.split(external_node_path_.sep).join('/');
    });
}

;// CONCATENATED MODULE: ./actions/build/lib/src/cache-key.js





const CACHE_PREFIX = 'mlops-build';
/**
 * The cache key. Lock files are read through symbolic links (a workspace
 * package may link to the root lock file), unlike artifacts, as far as the
 * workspace: one that resolves outside it is refused unread.
 */
async function cacheKeyFor(root, lockFiles, { toolchain, cachePaths, suffix }, workspace) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const path of lockFiles) {
        const contents = await readLockFile(root, path, workspace);
        hash.update(`${path}\0${contents.length}\0`).update(contents);
    }
    // Without cache-paths the hash is the lock files' alone, as before they existed: existing entries still match.
    for (const folder of cachePaths)
        hash.update(`cache-path\0${folder}\0`);
    const os = (process.env['RUNNER_OS'] || process.platform).toLowerCase();
    const arch = (process.env['RUNNER_ARCH'] || process.arch).toLowerCase();
    const restorePrefix = `${CACHE_PREFIX}-${os}-${arch}-${toolchain}-`;
    return { primary: `${restorePrefix}${hash.digest('hex')}${suffix ? `-${suffix}` : ''}`, restorePrefix };
}
/** A lock file's bytes, read through links only as far as the workspace. */
async function readLockFile(root, path, workspace) {
    try {
        const real = await realPathInside((0,external_node_path_.join)(root, path), workspace);
        if (real !== undefined)
            return await (0,promises_namespaceObject.readFile)(real);
    }
    catch (error) {
        throw new UserError(`The lock file ${quote(path)} cannot be read (${error.code ?? messageOf(error)}); ` +
            "fix it or point 'cache-dependency-path' at the right file.");
    }
    throw new UserError(`The lock file ${quote(path)} resolves outside the workspace (symbolic links are followed); only files of the ` +
        "checkout are read. Point 'cache-dependency-path' at the lock file of the checkout.");
}

;// CONCATENATED MODULE: ./actions/build/lib/src/cache-paths.js



/**
 * Folders of the home folder that hold credentials. A cache entry saved on
 * the default branch can be restored by every branch and pull request of the
 * repository, forks included, so none of these may go into one, nor a folder
 * that holds one of them (`~/.config` holds `~/.config/gh`).
 */
const CREDENTIAL_PLACES = [
    '.ssh',
    '.gnupg',
    '.aws',
    '.azure',
    '.docker',
    '.kube',
    '.config/gh',
    '.config/gcloud',
    '.git-credentials',
    '.netrc',
    '.npmrc',
    '.pypirc',
];
/** Characters `@actions/cache` reads as a glob (its paths are patterns): a folder named with them would not be found. */
const GLOB_CHARACTERS = /[*?[\]{}]/;
/**
 * The absolute folders a `cache-paths` input names, in order, each once:
 * `~` and `~/…` are the home folder, other relative paths are relative to
 * `working-directory`. A folder that does not exist yet is fine (the build
 * may fill it). Refused, with what to change: a glob, a `~user` or `$VAR`
 * path (neither is expanded here), a control character, and a folder that
 * is or holds the file system root, the home folder, the checkout, its
 * `.git`, the runner's temporary folder or a credentials folder.
 */
function resolveCachePaths(lines, context) {
    const folders = [];
    for (const line of lines) {
        const folder = resolveCachePath(line, context);
        if (!folders.includes(folder))
            folders.push(folder);
    }
    return folders;
}
function resolveCachePath(line, context) {
    const refuse = (why) => {
        throw new UserError(`Input 'cache-paths' names ${quote(line)}, ${why}`);
    };
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(line)) {
        refuse('which holds a control character; name each folder on a line of its own.');
    }
    if (GLOB_CHARACTERS.test(line) || line.startsWith('!')) {
        refuse('which reads as a glob; cache-paths takes folders (such as ~/.cache/huggingface), not patterns.');
    }
    if (line.startsWith('$')) {
        refuse('and variables are not expanded in it; write ~/… for the home folder, or ${{ env.NAME }}.');
    }
    if (/^~[^/]/.test(line))
        refuse('and only ~ and ~/… are expanded (to the home folder); write the full path.');
    const folder = line === '~'
        ? context.home
        : line.startsWith('~/')
            ? (0,external_node_path_.resolve)((0,external_node_path_.join)(context.home, line.slice(2)))
            : (0,external_node_path_.resolve)(context.workingDirectory, line);
    const unsafe = unsafeToCache(folder, context);
    if (unsafe !== undefined) {
        refuse(`which ${unsafe}. A cache entry can be restored by every branch and pull request of the repository; name ` +
            'only the folders to cache, such as ~/.cache/huggingface.');
    }
    return folder;
}
/**
 * Why `folder` must not go into a cache entry, in words that follow
 * "which": it is or holds the file system root, the home folder, the
 * checkout, the runner's temporary folder or a credentials folder, or lies
 * in the checkout's `.git`; undefined when it may. By names alone: a
 * symbolic link is archived as a link, not followed.
 */
function unsafeToCache(folder, context) {
    const places = [
        [context.home, 'the home folder'],
        [context.workspace, 'the checkout'],
        ...(context.runnerTemp ? [[context.runnerTemp, "the runner's temporary folder"]] : []),
    ];
    for (const [place, what] of places) {
        if (isInside(place, folder))
            return `is or holds ${what}`;
    }
    if (isInside(folder, (0,external_node_path_.join)(context.workspace, '.git'))) {
        return "is inside the checkout's .git folder, where the job's token may be kept";
    }
    for (const place of CREDENTIAL_PLACES) {
        const credentials = (0,external_node_path_.join)(context.home, place);
        if (isInside(folder, credentials) || isInside(credentials, folder)) {
            return `is or holds ~/${place}, where credentials are kept`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/build/lib/src/inputs.js



const CACHE_MODES = ['true', 'restore-only', 'false'];
/**
 * What a cache key may end with: no comma (actions/cache splits keys at
 * commas) and short enough for its 512-character limit with our own part
 * (under 120 characters) in front.
 */
const CACHE_KEY_SUFFIX = /^[A-Za-z0-9._+=@/-]{1,200}$/;
/** Reads and checks every input of the build action, once. */
function readSettings(inputs = new Inputs()) {
    const workingDirectory = inputs.directory('working-directory');
    const cacheContext = {
        home: (0,external_node_os_.homedir)(),
        workingDirectory,
        workspace: workspaceDirectory(),
        runnerTemp: process.env['RUNNER_TEMP'] || undefined,
    };
    return {
        workspace: workspaceDirectory(),
        workingDirectory,
        install: commandSetting(inputs.string('install')),
        build: commandSetting(inputs.string('build')),
        cache: inputs.choice('cache', CACHE_MODES, 'true'),
        cachePaths: resolveCachePaths(inputs.list('cache-paths'), cacheContext),
        cacheKeySuffix: inputs.matching('cache-key-suffix', CACHE_KEY_SUFFIX, 'at most 200 letters, digits and . _ - + = @ / (a cache key holds no comma or space)'),
        cacheContext,
        cacheDependencyPath: autoMeansEmpty(inputs.list('cache-dependency-path')),
        artifacts: inputs.list('artifacts'),
    };
}
/** DESIGN's default for `cache-dependency-path` is written `auto`: the same as leaving it empty. */
function autoMeansEmpty(globs) {
    return globs.length === 1 && globs[0] === 'auto' ? [] : globs;
}
function commandSetting(value) {
    if (value === '' || value === 'auto')
        return { kind: 'auto' };
    if (value === 'none')
        return { kind: 'none' };
    return { kind: 'command', command: value };
}
/**
 * How a command is named in a log group, the error line and the summary: a
 * multi-line script (`build: |`) by its first line, so that a fifty-line
 * training script does not become a fifty-line annotation. The log shows it
 * in full.
 */
function commandTitle(command) {
    const lines = command.split(/\r?\n/).filter((line) => line.trim() !== '');
    const first = lines[0]?.trim() ?? '';
    return lines.length > 1 ? `${first} …` : first;
}

;// CONCATENATED MODULE: ./actions/build/lib/src/toolchain.js






const home = (0,external_node_os_.homedir)();
/** In the order they are detected: the first lock file found decides. */
const TOOLCHAINS = [
    {
        id: 'python-uv',
        lockFile: 'uv.lock',
        installCommand: 'uv sync --frozen',
        buildCommand: async (dir, workspace) => ((await hasBuildSystem(dir, workspace)) ? 'uv build' : undefined),
        cacheDirectory: { tool: 'uv', args: ['cache', 'dir'], fallback: (0,external_node_path_.join)(home, '.cache', 'uv') },
    },
    {
        id: 'python-poetry',
        lockFile: 'poetry.lock',
        installCommand: 'poetry install --no-interaction',
        buildCommand: async (dir, workspace) => ((await hasBuildSystem(dir, workspace)) ? 'poetry build' : undefined),
        cacheDirectory: { tool: 'poetry', args: ['config', 'cache-dir'], fallback: (0,external_node_path_.join)(home, '.cache', 'pypoetry') },
    },
    {
        id: 'python-pip',
        lockFile: 'requirements.txt',
        installCommand: 'python -m pip install -r requirements.txt',
        buildCommand: () => Promise.resolve(undefined),
        cacheDirectory: { tool: 'python', args: ['-m', 'pip', 'cache', 'dir'], fallback: (0,external_node_path_.join)(home, '.cache', 'pip') },
    },
    {
        id: 'node-npm',
        lockFile: 'package-lock.json',
        installCommand: 'npm ci',
        buildCommand: () => Promise.resolve('npm run build --if-present'),
        cacheDirectory: { tool: 'npm', args: ['config', 'get', 'cache'], fallback: (0,external_node_path_.join)(home, '.npm') },
    },
    {
        id: 'node-pnpm',
        lockFile: 'pnpm-lock.yaml',
        installCommand: 'pnpm install --frozen-lockfile',
        buildCommand: async (dir, workspace) => ((await hasBuildScript(dir, workspace)) ? 'pnpm run build' : undefined),
        cacheDirectory: {
            tool: 'pnpm',
            args: ['store', 'path', '--silent'],
            fallback: (0,external_node_path_.join)(home, '.local', 'share', 'pnpm', 'store'),
        },
    },
    {
        id: 'node-yarn',
        lockFile: 'yarn.lock',
        installCommand: 'yarn install --frozen-lockfile',
        buildCommand: async (dir, workspace) => ((await hasBuildScript(dir, workspace)) ? 'yarn run build' : undefined),
        cacheDirectory: { tool: 'yarn', args: ['cache', 'dir'], fallback: (0,external_node_path_.join)(home, '.cache', 'yarn') },
    },
];
/** The toolchain of the project in `dir`, by its lock file; undefined when there is none. */
function detectToolchain(dir) {
    return TOOLCHAINS.find((toolchain) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, toolchain.lockFile)));
}
async function hasBuildScript(dir, workspace) {
    const manifest = await projectFile(dir, 'package.json', workspace);
    if (manifest === undefined)
        return false;
    let scripts;
    try {
        scripts = JSON.parse(manifest).scripts;
    }
    catch (error) {
        throw new UserError(`package.json in the working directory is not valid JSON (${messageOf(error)}); fix it.`);
    }
    return typeof scripts === 'object' && scripts !== null && 'build' in scripts;
}
/** Only a packaged project (a `[build-system]` table) has something for `uv build` or `poetry build` to do. */
async function hasBuildSystem(dir, workspace) {
    const pyproject = await projectFile(dir, 'pyproject.toml', workspace);
    return pyproject !== undefined && /^\[build-system\]/m.test(pyproject);
}
/**
 * The text of a project file the toolchain reads (`package.json`,
 * `pyproject.toml`), or undefined when there is none (a broken link counts as
 * none). One that resolves outside the workspace is refused unread: a
 * committed link could name any file of the runner.
 */
async function projectFile(dir, name, workspace) {
    let real;
    try {
        real = await realPathInside((0,external_node_path_.join)(dir, name), workspace);
    }
    catch {
        return undefined;
    }
    if (real === undefined) {
        throw new UserError(`${name} in the working directory resolves outside the workspace (symbolic links are followed); only files ` +
            `of the checkout are read. Commit the ${name} itself.`);
    }
    try {
        return await (0,promises_namespaceObject.readFile)(real, 'utf8');
    }
    catch (error) {
        throw new UserError(`${name} in the working directory cannot be read (${error.code ?? messageOf(error)}); fix it.`);
    }
}

;// CONCATENATED MODULE: ./actions/build/lib/src/build.js









/**
 * Install, build and fingerprint, in that order. A failed command ends the
 * build early but still returns its report, so outputs and summary show what
 * happened before the step fails.
 */
async function build(settings, dependencies) {
    const toolchain = detectToolchain(settings.workingDirectory);
    const report = {
        toolchain: toolchain?.id ?? 'none',
        cache: { hit: false, key: '', state: 'off', detail: '', folders: [] },
        steps: [],
    };
    try {
        await installBuildAndFingerprint(settings, toolchain, dependencies, report);
    }
    catch (error) {
        // A mistake found midway (artifacts that match nothing after an hour of
        // training, a lock file that cannot be read) still gets every output and
        // the summary of what ran before the step fails.
        if (!isUserError(error))
            throw error;
        report.failure = error.message;
    }
    return report;
}
async function installBuildAndFingerprint(settings, toolchain, dependencies, report) {
    const { commands, logger } = dependencies;
    const dir = settings.workingDirectory;
    logger.info(toolchain ? `Toolchain: ${toolchain.id} (found ${toolchain.lockFile})` : 'Toolchain: none (no known lock file)');
    const install = await resolveCommand(settings.install, () => toolchain?.installCommand);
    // The package manager's folder is cached only when it installs; cache-paths folders whenever they are named.
    const cachedToolchain = install !== undefined ? toolchain : undefined;
    let entry;
    if (settings.cache === 'false') {
        report.cache.detail = "input 'cache' is false";
    }
    else if (cachedToolchain === undefined && settings.cachePaths.length === 0) {
        report.cache.detail =
            install === undefined
                ? 'nothing is installed and cache-paths is empty'
                : 'no toolchain detected, so there is no known cache folder';
        logger.info(`Cache skipped: ${report.cache.detail}.`);
    }
    else {
        entry = await logger.group('Restore cache', () => restoreCache(settings, cachedToolchain, dependencies, report.cache));
    }
    const notSaved = (reason) => {
        if (entry)
            report.cache.notSaved = reason;
    };
    if (install !== undefined) {
        const result = await logger.group(`Install dependencies: ${commandTitle(install)}`, () => commands.script(install, { cwd: dir }));
        report.steps.push({ name: 'install', command: install, result });
        if (result.exitCode !== 0) {
            report.failure = commandFailure('install', install, result);
            notSaved('the install failed');
            return;
        }
    }
    const buildCommand = await resolveCommand(settings.build, () => toolchain?.buildCommand(dir, settings.workspace));
    if (buildCommand !== undefined) {
        const result = await logger.group(`Build: ${commandTitle(buildCommand)}`, () => commands.script(buildCommand, { cwd: dir }));
        report.steps.push({ name: 'build', command: buildCommand, result });
        if (result.exitCode !== 0) {
            report.failure = commandFailure('build', buildCommand, result);
            notSaved('the build failed');
            return;
        }
    }
    // After the build, not the install: training is what downloads models and datasets into cache-paths. A failed
    // command saves nothing, so a half-filled folder never becomes the entry its key restores from then on.
    if (entry) {
        const paths = entry;
        await logger.group('Save cache', () => saveCache(paths, settings.cache, dependencies, report.cache));
    }
    if (settings.artifacts.length > 0) {
        report.artifacts = await logger.group('Fingerprint artifacts', () => fingerprint(settings, logger));
    }
}
/** The command a setting names; `auto` is asked only for the `auto` setting. */
async function resolveCommand(setting, auto) {
    if (setting.kind === 'none')
        return undefined;
    if (setting.kind === 'command')
        return setting.command;
    return auto();
}
function commandFailure(step, command, result) {
    const lastLine = result.tail.split('\n').pop()?.trim();
    return (`The ${step} command failed with exit code ${result.exitCode}: ${commandTitle(command)}` +
        (lastLine ? ` (last output: ${lastLine.slice(0, 200)})` : '') +
        `. Its output is in the log above; fix the command or set '${step}: none' to skip it.`);
}
/**
 * Restores the entry of the package manager's folder (when `toolchain` is
 * given) and the cache-paths folders; returns the paths to save after the
 * build, or undefined when there is no cache service. Restore and save get
 * the very same list: `@actions/cache` versions an entry by a hash of its
 * paths, so a folder left out on one side (say, one that does not exist
 * before the build) would make every restore miss.
 */
async function restoreCache(settings, toolchain, { commands, cache, logger }, state) {
    const lockPatterns = settings.cacheDependencyPath.length > 0 ? settings.cacheDependencyPath : toolchain ? [toolchain.lockFile] : [];
    const lockFiles = lockPatterns.length === 0
        ? []
        : await matchFiles(settings.workingDirectory, lockPatterns, 'cache-dependency-path', settings.workspace);
    if (lockPatterns.length > 0 && lockFiles.length === 0) {
        throw new UserError(`Input 'cache-dependency-path' (${lockPatterns.join(', ')}) matched no file in 'working-directory'; ` +
            'fix the glob or commit the lock file.');
    }
    const key = await cacheKeyFor(settings.workingDirectory, lockFiles, 
    // `none` when the package manager's folder is not in the entry (nothing is installed).
    { toolchain: toolchain?.id ?? 'none', cachePaths: settings.cachePaths, suffix: settings.cacheKeySuffix }, settings.workspace);
    state.key = key.primary;
    logger.info(`Cache key: ${state.key}${lockFiles.length > 0 ? ` (from ${lockFiles.join(', ')})` : ''}`);
    if (!cache.isAvailable()) {
        state.state = 'unavailable';
        state.detail = 'no cache service in this environment';
        logger.notice('The cache is not available here (no cache service); the build runs without it.');
        return undefined;
    }
    const paths = [];
    state.folders = [];
    const toolchainFolder = toolchain && (await cacheDirectory(toolchain, settings.workingDirectory, commands));
    // The project's own config (a committed .npmrc) names this folder: it gets the check cache-paths get.
    const unsafe = toolchainFolder && unsafeToCache(toolchainFolder, settings.cacheContext);
    if (toolchainFolder && unsafe) {
        logger.warning(`The package manager's cache folder ${toolchainFolder} ${unsafe}, so it is left out of the cache; ` +
            "check the project's package manager config (.npmrc, pip.conf, uv.toml, poetry.toml).");
    }
    else if (toolchainFolder) {
        paths.push(toolchainFolder);
        state.folders.push({ path: toolchainFolder, origin: 'package manager' });
    }
    for (const path of settings.cachePaths) {
        if (!paths.includes(path)) {
            paths.push(path);
            state.folders.push({ path, origin: 'cache-paths' });
        }
    }
    if (paths.length === 0) {
        state.detail = 'no folder to cache';
        return undefined;
    }
    for (const folder of state.folders)
        logger.info(`Cache folder (${folder.origin}): ${folder.path}`);
    try {
        const restored = await cache.restore(paths, key.primary, [key.restorePrefix]);
        state.hit = restored === state.key;
        state.state = restored === undefined ? 'miss' : state.hit ? 'hit' : 'partial';
        state.detail = restored === undefined ? 'no entry yet' : `restored ${restored}`;
        logger.info(restored === undefined ? 'No cache entry found.' : `Restored ${restored}.`);
    }
    catch (error) {
        state.state = 'miss';
        state.detail = `restore failed: ${messageOf(error)}`;
        logger.warning(`The cache could not be restored (${messageOf(error)}); the build runs without it.`);
    }
    return paths;
}
/**
 * Measures each folder (what a save holds), then saves the entry unless it
 * was an exact hit, `cache` is `restore-only`, or no folder is there.
 */
async function saveCache(paths, mode, { cache, logger }, state) {
    for (const folder of state.folders) {
        folder.size = await folderSize(folder.path);
        folder.present = folder.size !== undefined;
        logger.info(folder.size === undefined
            ? `${folder.path}: not there, so nothing of it is cached (a folder the build did not create is fine).`
            : `${folder.path}: ${formatBytes(folder.size)}`);
    }
    const why = state.hit
        ? 'exact hit: the entry is there already'
        : mode === 'restore-only'
            ? "input 'cache' is restore-only"
            : state.folders.every((folder) => folder.size === undefined)
                ? 'none of its folders is there'
                : undefined;
    if (why !== undefined) {
        state.notSaved = why;
        logger.info(`The cache is not saved: ${why}.`);
        return;
    }
    try {
        await cache.save(paths, state.key);
        state.saved = true;
        logger.info(`Saved ${state.key}.`);
    }
    catch (error) {
        // Another job saving the same key first, or a timeout: the build itself is fine.
        state.notSaved = `the save failed: ${messageOf(error)}`;
        logger.warning(`The cache was not saved (${messageOf(error)}); the build goes on.`);
    }
}
/**
 * The bytes of the files under `path`, links not followed (the archive keeps
 * them as links); undefined when there is no such folder.
 */
async function folderSize(path) {
    const top = await (0,promises_namespaceObject.lstat)(path).catch(() => undefined);
    if (top === undefined)
        return undefined;
    if (!top.isDirectory())
        return top.size;
    let total = 0;
    const pending = [path];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
        // A folder that cannot be read counts as empty: the size is for the summary, the save reports its own errors.
        const entries = await (0,promises_namespaceObject.readdir)(folder, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const child = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory())
                pending.push(child);
            else if (entry.isFile())
                total += (await (0,promises_namespaceObject.lstat)(child).catch(() => ({ size: 0 }))).size;
        }
    }
    return total;
}
/**
 * Asked in the project folder, where the install runs: a project's own
 * `.npmrc`, `uv.toml` or `poetry.toml` can move the cache, and the install
 * fills the folder that config names.
 */
async function cacheDirectory(toolchain, projectDir, commands) {
    const { tool, args, fallback } = toolchain.cacheDirectory;
    try {
        const result = await commands.tool(tool, args, { cwd: projectDir });
        const path = result.stdout.trim().split('\n').pop()?.trim();
        // isAbsolute, not a leading '/': on a Windows runner the folder is `C:\...`.
        if (result.exitCode === 0 && path && (0,external_node_path_.isAbsolute)(path))
            return path;
    }
    catch {
        // The tool is not installed yet: its usual folder is what it will use.
    }
    return fallback;
}
async function fingerprint(settings, logger) {
    const { workingDirectory: dir, artifacts: patterns, workspace } = settings;
    const files = await matchFiles(dir, patterns, 'artifacts', workspace);
    if (files.length === 0) {
        throw new UserError(`Input 'artifacts' (${patterns.join(', ')}) matched no file after the build; ` +
            "check that the build writes them and that the globs are relative to 'working-directory'.");
    }
    const digest = await digestOfFiles(dir, files, {
        workspace,
        onProgress: byteProgress(logger, 'Hashing artifacts'),
    });
    logger.info(`Artifacts: ${files.length} files, ${digest.digest}`);
    return digest;
}

;// CONCATENATED MODULE: ./actions/build/lib/src/cache.js
const actionsCache = {
    isAvailable() {
        return Boolean(process.env['ACTIONS_CACHE_URL'] || process.env['ACTIONS_RESULTS_URL']);
    },
    async restore(paths, primaryKey, restoreKeys) {
        const cache = await Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(93)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2093));
        return cache.restoreCache(paths, primaryKey, restoreKeys);
    },
    async save(paths, key) {
        const cache = await Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(93)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2093));
        const id = await cache.saveCache(paths, key);
        // saveCache reports most failures as a warning itself and returns -1.
        if (id === -1)
            throw new Error(`the cache service did not accept the entry ${key}`);
    },
};

;// CONCATENATED MODULE: ./actions/build/lib/src/summary.js


const CACHE_WORDS = {
    off: 'not used',
    unavailable: 'unavailable',
    hit: 'hit (exact key)',
    partial: 'restored from an older key',
    miss: 'miss',
};
const LISTED_FILES = 50;
function renderBuildSummary(report, summary) {
    summary.heading(`Build ${report.failure ? '❌ failed' : '✅'}`);
    const rows = [['Toolchain', code(report.toolchain)]];
    const { cache } = report;
    rows.push(['Cache', `${CACHE_WORDS[cache.state]}${cache.detail ? ` — ${cache.detail}` : ''}`]);
    if (cache.key)
        rows.push(['Cache key', code(cache.key)]);
    if (cache.saved)
        rows.push(['Cache saved', 'yes']);
    else if (cache.notSaved)
        rows.push(['Cache saved', `no — ${cache.notSaved}`]);
    for (const step of report.steps) {
        const verdict = step.result.exitCode === 0 ? '✅' : `❌ exit code ${step.result.exitCode}`;
        rows.push([
            step.name === 'install' ? 'Install' : 'Build',
            `${code(commandTitle(step.command))} ${verdict} in ${formatDuration(step.result.durationMs)}`,
        ]);
    }
    if (report.artifacts) {
        const count = report.artifacts.files.length;
        rows.push(['Artifacts', `${count} ${count === 1 ? 'file' : 'files'}, ${formatBytes(report.artifacts.size)}`]);
        rows.push(['Artifacts digest', code(report.artifacts.digest)]);
    }
    summary.table(['', ''], rows, 'build facts');
    if (report.failure) {
        // A block, not prose: globs such as `**/*.bin` in the message would turn into bold text.
        summary.add(`**Why it failed**\n\n\`\`\`text\n${fence(report.failure)}\n\`\`\`\n`, 'the reason it failed');
    }
    const failed = report.steps.find((step) => step.result.exitCode !== 0);
    if (failed && failed.result.tail) {
        summary.add(`**Last lines of the ${failed.name} output**\n\n\`\`\`text\n${fence(failed.result.tail)}\n\`\`\`\n`, 'the failing output');
    }
    if (cache.folders.length > 0) {
        summary.add('**Cached folders**\n\n', 'the cached folders');
        summary.table(['Folder', 'From', 'Size after the build'], cache.folders.map((folder) => [code(folder.path), folder.origin, folderSizeText(folder)]), 'cached folders');
    }
    if (report.artifacts && report.artifacts.files.length > 0) {
        const files = report.artifacts.files;
        // The blank line ends the HTML block: without it GitHub shows the table as raw text.
        summary.add(`<details><summary>Fingerprinted files (${files.length})</summary>\n\n`, 'the file list');
        summary.table(['Path', 'Size', 'SHA-256'], files.slice(0, LISTED_FILES).map((file) => [code(file.path), formatBytes(file.size), code(file.sha256)]), 'files');
        if (files.length > LISTED_FILES)
            summary.add(`…and ${files.length - LISTED_FILES} more.\n`);
        summary.add('</details>\n');
    }
    return summary;
}
function folderSizeText(folder) {
    if (folder.present === undefined)
        return 'not measured (a command failed)';
    return folder.present && folder.size !== undefined ? formatBytes(folder.size) : 'not there';
}
/** Keeps output inside a fenced block from closing it early. */
function fence(text) {
    return text.replace(/```/g, '`\u200b``');
}

;// CONCATENATED MODULE: ./actions/build/lib/src/main.js





const dependencies = { commands: actionsCommandRunner, cache: actionsCache, logger: actionsLogger };
/** Reads the inputs, builds, and writes the outputs and the job summary. */
async function run() {
    await runAction('build', async () => {
        const settings = readSettings();
        const report = await build(settings, dependencies);
        setOutputs({
            toolchain: report.toolchain,
            'cache-hit': report.cache.hit,
            'cache-key': report.cache.key,
            'artifacts-digest': report.artifacts?.digest ?? '',
            'artifacts-count': report.artifacts?.files.length ?? 0,
        });
        await writeSummary(renderBuildSummary(report, new BoundedSummary()));
        if (report.failure)
            throw new UserError(report.failure);
    });
}


/***/ }),

/***/ 3838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getInput, getMultilineInput, getState, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __nccwpck_require__(2145);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __nccwpck_require__(7187);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 7187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec),
  H: () => (/* binding */ getExecOutput)
});

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ }),

/***/ 2145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  Kg: () => (/* binding */ HttpClientError),
  Hv: () => (/* binding */ HttpCodes)
});

// UNUSED EXPORTS: Headers, HttpClientResponse, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./node_modules/undici/index.js
// Evaluated on first use, not at start-up (scripts/bundle-output.mjs).
var undici = new Proxy({}, { get: (_, key) => __nccwpck_require__(6752)[key] });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici/* ProxyAgent */.kT(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF)
/* harmony export */ });
/* unused harmony exports cp, mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return __awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map

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
/******/ var __webpack_exports__ = __nccwpck_require__(3769);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
