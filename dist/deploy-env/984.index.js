export const id = 984;
export const ids = [984];
export const modules = {

/***/ 984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deactivate: () => (/* binding */ deactivate)
/* harmony export */ });
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(172);
/* harmony import */ var _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8808);
/* harmony import */ var _github_mirror_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9637);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6181);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7843);





/**
 * Ends a preview environment: checks that it is one (its GitHub deployments
 * are transient), runs the teardown command, removes every record of it from
 * the registry, and sets its GitHub deployments `inactive`. The teardown
 * comes first: when it fails, the records and deployments still say what
 * runs there, and running the step again does the rest.
 */
async function deactivate(settings, dependencies) {
    const { modelName: model, environment } = settings;
    const { registry, logger } = dependencies;
    const steps = new _steps_js__WEBPACK_IMPORTED_MODULE_4__/* .Steps */ .g(logger);
    const mirror = dependencies.connectGitHub
        ? new _github_mirror_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubMirror */ .H(dependencies.connectGitHub, logger, dependencies.runUrl, dependencies.mirrorBudgetMs)
        : undefined;
    const report = {
        model,
        environment,
        status: 'failed',
        previousVersion: '',
        removedTags: [],
        inactive: [],
        notInactive: [],
        steps: steps.reports,
        failure: '',
        refused: false,
    };
    let running;
    try {
        running = await steps.run('Read environment', async () => {
            const records = await registry.listAssignments(model, environment);
            const current = await registry.newestDeployment(records);
            if (mirror)
                await refuseLasting(environment, mirror);
            const runs = current ? `runs ${current.record.version}` : 'nothing is recorded as running';
            const detail = `${records.length} ${records.length === 1 ? 'record' : 'records'} of ${model}; ${runs}`;
            return { value: current && { version: current.record.version, digest: current.record.digest }, detail };
        });
    }
    catch (error) {
        if (!(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error))
            throw error;
        return { ...report, refused: true, failure: (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) };
    }
    report.previousVersion = running?.version ?? '';
    const tornDown = await teardown(settings, dependencies, steps, running);
    if (tornDown !== true)
        return { ...report, failure: tornDown };
    try {
        const removed = await steps.run('Remove records', async () => {
            let warned = false;
            const tags = await registry.removeDeployments(model, environment, {
                onConflict: (taken) => {
                    if (warned)
                        return;
                    warned = true;
                    logger.warning(`Another run recorded ${taken} while the records of ${environment} were removed: a deploy and the ` +
                        `deactivation of ${environment} overlapped, and its record is removed too. Give the deploy and ` +
                        "deactivate jobs of a preview environment one 'concurrency:' group.");
                },
            });
            const names = tags.map((tag) => tag.tag);
            const detail = names.length > 0 ? `removed ${names.join(', ')} from '${registry.remote}'` : 'there were none';
            return { value: names, detail };
        });
        report.removedTags = removed;
    }
    catch (error) {
        if (!(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error))
            throw error;
        const ran = settings.command ? 'The teardown command ran, but ' : '';
        return {
            ...report,
            failure: `${ran}the records of ${environment} could not all be removed: ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)} ` +
                'Run the step again once the cause is fixed.',
        };
    }
    if (!mirror)
        steps.skip('GitHub deployments', "'github-deployment' is off");
    else {
        await steps.run('GitHub deployments', async () => {
            const listed = await mirror.deployments(environment, `GitHub's Environments page may still show ${environment} as active; the registry holds no record of it.`);
            if (!listed)
                return { value: undefined, detail: 'not listed (see the warning)', result: 'warning' };
            // Only the ones still active are written to: GitHub spaces writes out, and a preview has many deployments.
            const active = listed.filter((deployment) => deployment.state !== 'inactive');
            for (const deployment of active) {
                const done = await mirror.status(deployment.id, {
                    state: 'inactive',
                    description: `${environment} was deactivated`,
                });
                (done ? report.inactive : report.notInactive).push(deployment.id);
            }
            const already = listed.length - active.length;
            const detail = listed.length === 0
                ? 'there were none'
                : `${report.inactive.length} set inactive` +
                    (report.inactive.length > 0 ? ` (${report.inactive.join(', ')})` : '') +
                    (already > 0 ? `, ${already} inactive already` : '');
            return { value: undefined, detail, ...(report.notInactive.length > 0 ? { result: 'warning' } : {}) };
        });
    }
    return { ...report, status: 'success' };
}
/**
 * Refuses an environment with GitHub deployments that are not transient:
 * deployments made without `transient: true` belong to an environment meant
 * to last, whatever its name. GitHub not answering is a warning: the name
 * check and `transient: true` on this step still hold.
 */
async function refuseLasting(environment, mirror) {
    const listed = await mirror.deployments(environment, `Whether ${environment}'s GitHub deployments are transient is not checked; 'transient: true' on this step is taken as said.`);
    const lasting = (listed ?? []).filter((deployment) => !deployment.transient);
    if (lasting.length === 0)
        return;
    const shown = lasting.slice(0, 5).map((deployment) => deployment.id);
    const more = lasting.length > shown.length ? ` and ${lasting.length - shown.length} more` : '';
    throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${environment} has GitHub deployments that are not transient (${shown.join(', ')}${more}): it was not deployed ` +
        "as a preview environment with 'transient: true', so deactivate leaves it alone. Nothing was changed.");
}
/** Runs the teardown command, if any; true when it succeeded or there was none, else why it failed. */
async function teardown(settings, deps, steps, running) {
    const { command, commandTimeoutMs, modelName, environment } = settings;
    if (command === '') {
        steps.skip('Teardown command', "no 'command' given");
        return true;
    }
    const result = await steps.run('Teardown command', async () => {
        deps.logger.info(`Tearing down ${environment}` + (running ? ` (it runs ${modelName} ${running.version}).` : '.'));
        const ran = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_3__/* .runUserCommand */ .w0)(command, commandTimeoutMs, deps, {
            name: modelName,
            version: running?.version ?? '',
            tag: running ? (0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .versionTagName */ .ap)(modelName, running.version) : '',
            digest: running?.digest ?? '',
            dir: '',
            environment,
            previous: running?.version ?? '',
            rollback: false,
        });
        return { value: ran, detail: ran.detail, result: ran.passed ? 'passed' : 'failed' };
    });
    if (result.passed)
        return true;
    return (`The teardown command of ${environment} failed (${result.detail}): nothing was removed, so its records and ` +
        'GitHub deployments still say what runs there. Fix the teardown and run the step again.');
}


/***/ })

};
