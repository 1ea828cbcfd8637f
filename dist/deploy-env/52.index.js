export const id = 52;
export const ids = [52,433];
export const modules = {

/***/ 6052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startDeploy: () => (/* binding */ startDeploy)
/* harmony export */ });
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3993);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4363);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6181);
/* harmony import */ var _started_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8433);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7843);






/**
 * The first half of a composed deployment: every check and download of a
 * deploy (the same plan), and the GitHub deployment opened in progress. Runs
 * no command: the workflow's own steps deploy, then `finish` checks health
 * and records. What finish needs to match this start is left in `handovers`.
 */
async function startDeploy(settings, dependencies) {
    const steps = new _steps_js__WEBPACK_IMPORTED_MODULE_5__/* .Steps */ .g(dependencies.logger);
    const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planDeploy */ .b)(settings, dependencies, steps);
    if (plan.refused)
        return (0,_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedReport */ .lc)('start', settings, plan, steps);
    const { candidate } = plan;
    await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchVersionTag */ .dv)(candidate, dependencies, 'your deploy steps cannot read its tag with git');
    const recording = new _record_js__WEBPACK_IMPORTED_MODULE_2__/* .Recording */ .K(settings, dependencies, steps);
    const id = await recording.startGitHubDeployment(candidate, false);
    const deploymentId = id === undefined ? '' : String(id);
    await steps.run('Hand over to finish', async () => {
        await dependencies.handovers.save({
            schema: _started_js__WEBPACK_IMPORTED_MODULE_4__/* .STARTED_SCHEMA */ .O,
            model: settings.modelName,
            environment: settings.environment,
            version: candidate.version,
            digest: candidate.digest,
            modelDir: plan.modelDir,
            deploymentId,
            started_at: new Date().toISOString(),
        });
        return {
            value: undefined,
            detail: `a finish step of this job with version ${candidate.version} closes this deployment`,
        };
    });
    // Nothing changed in the environment yet, and the start itself succeeded.
    return {
        ...(0,_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .planned */ .lM)('start', settings, plan, steps),
        ...(0,_rollout_js__WEBPACK_IMPORTED_MODULE_3__/* .nothingChanged */ .Us)(plan.previousVersion, deploymentId),
        status: 'success',
    };
}


/***/ }),

/***/ 8433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Handovers: () => (/* binding */ Handovers),
/* harmony export */   O: () => (/* binding */ STARTED_SCHEMA)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(172);
/* harmony import */ var _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8808);




/** The format of a start's handover; another format is not read. */
const STARTED_SCHEMA = 'mlops-actions/deploy-started@1';
/** A handover is a few hundred bytes; a bigger file was not written by start. */
const MAX_BYTES = 16 * 1024;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const DEPLOYMENT_ID = /^(?:[1-9][0-9]{0,15})?$/;
/** Where the handovers of one job live: `$RUNNER_TEMP/mlops-deploys`, one folder per model and environment. */
class Handovers {
    directory;
    constructor(directory) {
        this.directory = directory;
    }
    /** Writes the handover of a start (replacing one for the same version: a start run again). */
    async save(started) {
        const folder = this.folder(started.model, started.environment);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true, mode: 0o700 });
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, `${started.version}.json`);
        const written = `${file}.${process.pid}.tmp`;
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(written, 'w', 0o600);
        try {
            await handle.writeFile(`${JSON.stringify(started, null, 2)}\n`);
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(written, file);
    }
    /**
     * The handover of `version`'s start in `environment`, checked field by
     * field; undefined when this job started no such deploy. A file that is not
     * a handover of start's (a link, too big, another shape) is a `UserError`.
     */
    async read(model, environment, version) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.folder(model, environment), `${version}.json`);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file).catch(() => undefined);
        if (!info)
            return undefined;
        if (!info.isFile() || info.size > MAX_BYTES)
            throw forged(file, 'it is not a file the start step wrote');
        let parsed;
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
        try {
            const buffer = Buffer.alloc(MAX_BYTES + 1);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            parsed = JSON.parse(buffer.subarray(0, bytesRead).toString('utf8'));
        }
        catch {
            throw forged(file, 'it is not the JSON the start step wrote');
        }
        finally {
            await handle.close();
        }
        const problem = whatIsWrong(parsed, model, environment, version);
        if (problem)
            throw forged(file, problem);
        return parsed;
    }
    /** The versions this job started in `environment` and did not finish yet, by their handover files. */
    async versions(model, environment) {
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(this.folder(model, environment)).catch(() => []);
        return names
            .filter((name) => name.endsWith('.json'))
            .map((name) => name.slice(0, -'.json'.length))
            .filter((version) => (0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_3__/* .isRegistryVersion */ .QI)(version))
            .sort();
    }
    /** Forgets a start once its finish ended: a second finish of it is refused. */
    async remove(model, environment, version) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.folder(model, environment), `${version}.json`), { force: true });
    }
    folder(model, environment) {
        // Both are registry names (checked with the inputs): safe as folder names.
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.directory, model, environment);
    }
}
/** Why `value` is not the handover of this model, environment and version; undefined when it is. */
function whatIsWrong(value, model, environment, version) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'it holds no object';
    const fields = value;
    const expected = {
        schema: (v) => v === STARTED_SCHEMA,
        model: (v) => v === model,
        environment: (v) => v === environment,
        version: (v) => v === version,
        digest: (v) => typeof v === 'string' && DIGEST.test(v),
        modelDir: (v) => typeof v === 'string' && (v === '' || ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(v) && !/[\0\r\n]/.test(v))),
        deploymentId: (v) => typeof v === 'string' && DEPLOYMENT_ID.test(v),
        started_at: (v) => typeof v === 'string' && v.length <= 40,
    };
    for (const [name, valid] of Object.entries(expected)) {
        if (!valid(fields[name]))
            return `its field '${name}' is missing or not what start writes`;
    }
    const extra = Object.keys(fields).find((name) => !(name in expected));
    return extra === undefined ? undefined : `it has a field start does not write (${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(extra, 40)})`;
}
function forged(file, why) {
    return new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The record that the start step left for this finish (${file}) was changed or replaced: ${why}. ` +
        'Nothing was recorded: run the start step again, then your deploy steps, then finish.');
}


/***/ })

};
