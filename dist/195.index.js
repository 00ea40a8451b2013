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


/***/ }),

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ sameColumns),
/* harmony export */   GT: () => (/* binding */ TABLE_LINE),
/* harmony export */   RW: () => (/* binding */ parseHeader),
/* harmony export */   U1: () => (/* binding */ codeLink),
/* harmony export */   W0: () => (/* binding */ parseRow),
/* harmony export */   _X: () => (/* binding */ DEFAULT_COLUMNS),
/* harmony export */   eH: () => (/* binding */ isKnownColumn),
/* harmony export */   iH: () => (/* binding */ headerLine),
/* harmony export */   kg: () => (/* binding */ isDelimiter),
/* harmony export */   qS: () => (/* binding */ delimiterLine),
/* harmony export */   re: () => (/* binding */ renderRow),
/* harmony export */   s1: () => (/* binding */ unknownColumns)
/* harmony export */ });
/* unused harmony export KNOWN_COLUMNS */
/* harmony import */ var _common_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2450);
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(261);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5483);
/*
 * The digest's table, defined once as data. Each column says its header name, how a paper
 * renders into its cell, and how a cell reads back into the paper; the header, the delimiter,
 * row parsing, row rendering, the size budget's measure and every message that quotes the table
 * derive from a list of columns. The known columns render exactly as DailyArXiv's
 * `generate_table` does, so that a README a fork wrote with its `column_names` is continued
 * byte for byte; a column the action does not know (a fork's own) keeps each held cell verbatim.
 */



/** A line of a GFM table (at most three spaces of indentation, then a pipe). */
const TABLE_LINE = /^ {0,3}\|/;
/** The columns the action fills, in DailyArXiv's vocabulary. */
const KNOWN_COLUMNS = [
    'Title',
    'Date',
    'Abstract',
    'Comment',
    'Authors',
    'Tags',
    'Code',
    'PDF',
    'TL;DR',
    'Title (translated)',
    'Relevance',
];
/** DailyArXiv's default table, and this action's. */
const DEFAULT_COLUMNS = ['Title', 'Date', 'Abstract', 'Comment'];
// Links as DailyArXiv and its forks wrote them: /abs/ or /pdf/, http or https, www. or export.
const ARXIV_LINK = String.raw `https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/([^\s)]+?)(?:\.pdf)?`;
// A cell that cannot hold an unescaped pipe: the short columns.
const PLAIN = String.raw `((?:[^|\\]|\\.)*?)`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A reader's mark beside a title's link: any text of the cell but a link's brackets or an
// unescaped pipe (lazy, so that a bare title cell has none).
const MARK = String.raw `((?:[^|\\[\]]|\\.)*?)`;
/** DailyArXiv folds a text longer than `length` characters behind its first five. */
function folded(text, length) {
    if (!(0,_common_text_js__WEBPACK_IMPORTED_MODULE_0__/* .longerThan */ .bi)(text, length))
        return (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(text);
    return `<details><summary>${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)((0,_common_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstCodePoints */ .jk)(text, 5))}...</summary><p>${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(text)}</p></details>`;
}
const FOLDED = /^<details><summary>.*?<\/summary><p>(.*)<\/p><\/details>$/;
const unfold = (cell) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(FOLDED.exec(cell.trim())?.[1] ?? cell.trim());
// The code hosts whose repository links the Code column shows (Hugging Face: models, datasets, spaces).
const REPOSITORY = /\bhttps?:\/\/(?:www\.)?(github\.com|gitlab\.com|huggingface\.co|codeberg\.org)\/((?:(?:datasets|spaces)\/)?[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)/i;
/** The first repository link in the abstract or the comment, as a host and a path; none: undefined. */
function codeLink(paper) {
    const match = REPOSITORY.exec(`${paper.abstract} ${paper.comment}`);
    if (!match)
        return undefined;
    const host = (match[1] ?? '').toLowerCase();
    // A sentence's full stop, or `.git`, is not part of the repository's name.
    const repository = (match[2] ?? '').replace(/\.git$/i, '').replace(/\.+$/, '');
    return { url: `https://${host}/${repository}`, label: repository };
}
const derived = () => undefined;
const SPECS = {
    Title: {
        // The reader's marks before and after the link (`⭐ `, ` ✅ read`) are groups of their own.
        pattern: String.raw `${MARK}(?:\*\*)?\[(.*)\]\(\s*${ARXIV_LINK}\s*\)(?:\*\*)?${MARK}`,
        groups: 4,
        render: (paper) => `${paper.marks?.before ?? ''}**[${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.title)}](${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .paperUrl */ .u3)(paper)})**${paper.marks?.after ?? ''}`,
        read: ([before = '', title = '', idv = '', after = ''], fields) => {
            const { id, version } = (0,_common_text_js__WEBPACK_IMPORTED_MODULE_0__/* .splitVersionedId */ .pI)(idv);
            fields.id = id;
            fields.version = version;
            fields.title = (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(title);
            if (before !== '' || after !== '')
                fields.marks = { before, after };
            return undefined;
        },
        shape: '**[Title](https://arxiv.org/abs/ID)**',
    },
    Date: {
        pattern: String.raw `(\d{4}-\d{2}-\d{2})`,
        groups: 1,
        render: (paper) => paper.date,
        read: ([date = ''], fields) => {
            fields.date = date;
            return DATE.test(date) ? undefined : 'a date YYYY-MM-DD';
        },
        shape: 'YYYY-MM-DD',
    },
    Abstract: {
        pattern: String.raw `<details><summary>[^<]*<\/summary><p>(.*)<\/p><\/details>`,
        groups: 1,
        render: (paper) => `<details><summary>Show</summary><p>${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.abstract)}</p></details>`,
        read: ([abstract = ''], fields) => {
            fields.abstract = (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(abstract);
            return undefined;
        },
        shape: '<details><summary>Show</summary><p>abstract</p></details>',
    },
    Comment: {
        pattern: '(.*)',
        groups: 1,
        render: (paper) => folded(paper.comment, 20),
        read: ([comment = ''], fields) => {
            fields.comment = unfold(comment);
            return undefined;
        },
        shape: 'the comment',
    },
    Authors: {
        pattern: PLAIN,
        groups: 1,
        render: (paper) => {
            const first = paper.authors?.[0];
            return first === undefined ? '' : `${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(first)} et al.`;
        },
        read: ([cell = ''], fields) => {
            const text = (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(cell).replace(/\s*et al\.$/, '');
            if (text !== '')
                fields.authors = [text];
            return undefined;
        },
        shape: 'First Author et al.',
    },
    Tags: {
        pattern: PLAIN,
        groups: 1,
        render: (paper) => folded((paper.categories ?? []).join(', '), 10),
        read: ([cell = ''], fields) => {
            const text = unfold(cell);
            if (text !== '')
                fields.categories = text.split(/\s*,\s*/);
            return undefined;
        },
        shape: 'cs.CL, cs.AI',
    },
    // Derived from the abstract and the comment, or from the id: nothing to read back.
    Code: {
        pattern: PLAIN,
        groups: 1,
        render: (paper) => {
            const link = codeLink(paper);
            return link ? `[${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(link.label)}](${link.url})` : '';
        },
        read: derived,
        shape: '[owner/repo](https://github.com/owner/repo)',
    },
    PDF: {
        pattern: PLAIN,
        groups: 1,
        render: (paper) => `[PDF](${(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .paperUrl */ .u3)(paper).replace('/abs/', '/pdf/')})`,
        read: derived,
        shape: '[PDF](https://arxiv.org/pdf/ID)',
    },
    // What the user's model wrote (the llm-* inputs), read back so that it is asked once.
    'TL;DR': {
        pattern: PLAIN,
        groups: 1,
        render: (paper) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.tldr ?? ''),
        read: ([cell = ''], fields) => {
            const text = (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(cell);
            if (text !== '')
                fields.tldr = text;
            return undefined;
        },
        shape: 'one or two sentences',
    },
    Relevance: {
        pattern: String.raw `(?:<details><summary>(\d+(?:\.\d+)?)<\/summary><p>(.*?)<\/p><\/details>)?`,
        groups: 2,
        render: (paper) => paper.relevance
            ? `<details><summary>${paper.relevance.score}</summary><p>${(0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.relevance.reason)}</p></details>`
            : '',
        read: ([score = '', reason = ''], fields) => {
            if (score !== '')
                fields.relevance = { score: Number(score), reason: (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(reason) };
            return undefined;
        },
        shape: '<details><summary>7</summary><p>why</p></details>',
    },
    'Title (translated)': {
        pattern: PLAIN,
        groups: 1,
        render: (paper) => (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .kq)(paper.titleTranslated ?? ''),
        read: ([cell = ''], fields) => {
            const text = (0,_cells_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(cell);
            if (text !== '')
                fields.titleTranslated = text;
            return undefined;
        },
        shape: 'the title in llm-language',
    },
};
function specOf(name) {
    return SPECS[name];
}
/** True when the action fills this column (Title, Date, ...); false for a fork's own. */
function isKnownColumn(name) {
    return specOf(name) !== undefined;
}
/** The header line of a table: `| **Title** | **Date** | ... |`, as DailyArXiv writes it. */
function headerLine(columns) {
    return `| ${columns.map((name) => `**${name}**`).join(' | ')} |`;
}
function delimiterLine(columns) {
    return `| ${columns.map(() => '---').join(' | ')} |`;
}
/** The cells of a table line, split at unescaped pipes (for headers and delimiters). */
function splitCells(line) {
    const body = line
        .trim()
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '');
    return body.split(/(?<!\\)\|/).map((cell) => cell.trim());
}
/**
 * The columns a header line names, known names spelled as the action spells them (`**title**`
 * reads as Title); undefined when the line is not the header of a paper table, which needs a
 * Title and a Date column.
 */
function parseHeader(line) {
    if (!TABLE_LINE.test(line))
        return undefined;
    const names = splitCells(line).map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1').trim());
    const canonical = names.map((name) => KNOWN_COLUMNS.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name);
    return canonical.includes('Title') && canonical.includes('Date') ? canonical : undefined;
}
/** True for a table's delimiter line with `count` cells (`| --- | :---: |`). */
function isDelimiter(line, count) {
    if (!TABLE_LINE.test(line))
        return false;
    const cells = splitCells(line);
    return cells.every((cell) => /^:?-+:?$/.test(cell)) && (count === undefined || cells.length === count);
}
const sameColumns = (a, b) => a.length === b.length && a.every((name, i) => name === b[i]);

const readers = new Map();
// Rows are read and rendered per column list thousands of times a run: its key is made once per list.
const keys = new WeakMap();
function keyOf(columns) {
    let key = keys.get(columns);
    if (key === undefined)
        keys.set(columns, (key = columns.join('\u0000')));
    return key;
}
function cellPattern(name) {
    return specOf(name)?.pattern ?? PLAIN;
}
function readerFor(columns) {
    const key = keyOf(columns);
    let reader = readers.get(key);
    if (reader)
        return reader;
    const sep = String.raw `\s*\|\s*`;
    const row = (names) => new RegExp(String.raw `^ {0,3}\|\s*${names.map(cellPattern).join(sep)}\s*\|\s*$`);
    const lastNeeded = Math.max(columns.indexOf('Title'), columns.indexOf('Date'));
    const patterns = [];
    // DailyArXiv wrote rows without their last cells in March 2024 (an empty Comment left out).
    for (let n = columns.length; n > lastNeeded; n--)
        patterns.push({ regex: row(columns.slice(0, n)), columns: columns.slice(0, n) });
    const prefixes = columns.map((_, k) => new RegExp(String.raw `^ {0,3}\|\s*${columns
        .slice(0, k + 1)
        .map(cellPattern)
        .join(sep)}\s*\|`));
    reader = { patterns, prefixes };
    readers.set(key, reader);
    return reader;
}
/** Reads one row of a table with these columns. */
function parseRow(line, columns = DEFAULT_COLUMNS) {
    const reader = readerFor(columns);
    for (const { regex, columns: present } of reader.patterns) {
        const match = regex.exec(line);
        if (!match)
            continue;
        const fields = { comment: '', abstract: '' };
        const cells = {};
        let group = 1;
        for (const name of present) {
            const spec = specOf(name);
            const count = spec?.groups ?? 1;
            const groups = match.slice(group, group + count).map((value) => value ?? '');
            group += count;
            if (!spec) {
                cells[name] = (groups[0] ?? '').trim();
                continue;
            }
            const wrong = spec.read(groups, fields);
            if (wrong)
                return { problem: `the ${name} cell is not ${wrong}` };
        }
        for (const name of columns.slice(present.length))
            if (!specOf(name))
                cells[name] = '';
        const paper = {
            id: fields.id ?? '',
            version: fields.version ?? 0,
            title: fields.title ?? '',
            date: fields.date ?? '',
            abstract: fields.abstract ?? '',
            comment: fields.comment ?? '',
            ...(fields.authors ? { authors: fields.authors } : {}),
            ...(fields.categories ? { categories: fields.categories } : {}),
            ...(Object.keys(cells).length > 0 ? { cells } : {}),
            ...(fields.marks ? { marks: fields.marks } : {}),
            ...(fields.tldr ? { tldr: fields.tldr } : {}),
            ...(fields.titleTranslated ? { titleTranslated: fields.titleTranslated } : {}),
            ...(fields.relevance ? { relevance: fields.relevance } : {}),
        };
        return { paper };
    }
    return { problem: rowProblem(line, columns, reader) };
}
/** Where a row stops being a row of this table, quoted around that place. */
function rowProblem(line, columns, reader) {
    let matched = 0;
    let offset = 0;
    reader.prefixes.forEach((regex, k) => {
        const match = regex.exec(line);
        if (match && k === matched) {
            matched = k + 1;
            offset = match[0].length;
        }
    });
    if (!TABLE_LINE.test(line))
        offset = 0;
    const name = columns[matched];
    const expected = name === undefined
        ? `a row of ${columns.length} cells ended by "|"`
        : `the ${name} cell (${specOf(name)?.shape ?? 'any text without "|"'})`;
    const from = Math.max(0, offset - 20);
    const quote = `${from > 0 ? '...' : ''}${line.slice(from, offset + 60)}${offset + 60 < line.length ? '...' : ''}`;
    return `not a row of the table ${JSON.stringify(headerLine(columns))}: expected ${expected} at ${JSON.stringify(quote)}`;
}
// Laying out a large digest measures and renders the same rows several times (the README, the
// size search, the overflow files); papers are immutable, so each row is rendered once per table.
const rendered = new Map();
/** One table row for these columns; a fork's own column shows the cell the row held. */
function renderRow(paper, columns = DEFAULT_COLUMNS) {
    const key = keyOf(columns);
    let rows = rendered.get(key);
    if (!rows)
        rendered.set(key, (rows = new WeakMap()));
    let row = rows.get(paper);
    if (row === undefined) {
        const cells = columns.map((name) => specOf(name)?.render(paper) ?? paper.cells?.[name] ?? '');
        rows.set(paper, (row = `| ${cells.join(' | ')} |`));
    }
    return row;
}
/** The columns of `columns` that the action cannot fill (a fork's own). */
function unknownColumns(columns) {
    return columns.filter((name) => !specOf(name));
}


/***/ })

};
