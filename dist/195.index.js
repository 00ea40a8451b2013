export const id = 195;
export const ids = [195];
export const modules = {

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ commitMessageFor),
/* harmony export */   writtenFiles: () => (/* binding */ writtenFiles)
/* harmony export */ });
/* unused harmony export writtenLines */
/* harmony import */ var _readme_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7758);
/* harmony import */ var _report_bodies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7792);


/** Why the README changed: its papers, else its columns, else its layout (a setting, a repair). */
function readmeWhy(update) {
    if (update.document.origin === 'created')
        return { why: 'created', kind: 'papers' };
    if (update.papersChanged) {
        const count = (pick) => update.changes.reduce((sum, change) => sum + pick(change), 0);
        const parts = [
            ...(update.newPapers.length > 0 ? [(0,_report_bodies_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(update.newPapers.length, 'new paper')] : []),
            ...(count((c) => c.restored.length) > 0 ? [`${count((c) => c.restored.length)} put back`] : []),
            ...(count((c) => c.revised.length) > 0 ? [`${count((c) => c.revised.length)} updated`] : []),
            ...(count((c) => c.removed.length) > 0 ? [`${count((c) => c.removed.length)} left`] : []),
        ];
        return { why: parts.length > 0 ? parts.join(', ') : 'papers changed', kind: 'papers' };
    }
    const before = update.document.digest.columns ?? _readme_table_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X;
    const after = update.digest.columns ?? _readme_table_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COLUMNS */ ._X;
    if (!(0,_readme_table_js__WEBPACK_IMPORTED_MODULE_0__/* .sameColumns */ .G7)(before, after))
        return { why: 'the columns changed', kind: 'columns' };
    return { why: 'the layout of the digest (a setting changed, or a part was put back in shape)', kind: 'layout' };
}
/** Every file the update writes or deletes, in the order it lists them, each with why. */
function writtenFiles(update, paths) {
    const under = (folder, file) => folder !== undefined && file.startsWith(`${folder}/`);
    return [...update.files].map(([path, text]) => {
        if (text === null)
            return { path, why: 'deleted: no longer needed', kind: 'files' };
        if (path === paths.readmePath)
            return { path, ...readmeWhy(update) };
        if (path === paths.jsonPath)
            return { path, why: 'the JSON digest', kind: 'JSON' };
        if (path === paths.llm?.summariesPath)
            return { path, why: "the model's answers, kept to ask each paper once", kind: 'answers' };
        if (under(paths.siteDir, path))
            return { path, why: 'the page', kind: 'page' };
        if (under(paths.feedDir, path))
            return { path, why: 'a feed', kind: 'feeds' };
        return { path, why: "older papers, moved out of the README's size budget", kind: 'overflow' };
    });
}
/** The default commit message: papers when they changed, else what did. */
function commitMessageFor(update, paths) {
    const files = writtenFiles(update, paths);
    const created = update.document.origin === 'created';
    if (created)
        return `Create ${paths.readmePath} with arXiv papers (${update.newPapers.length} new)`;
    if (update.papersChanged)
        return `Update arXiv papers (${update.newPapers.length} new)`;
    const kinds = [...new Set(files.map((file) => file.kind))];
    return `Update the arXiv digest (${kinds.join(', ')})`;
}
/** One line a file, for the log and the job summary. */
function writtenLines(files, code = (path) => path) {
    return files.map((file) => `${code(file.path)}: ${file.why}`);
}


/***/ })

};
