import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/yaml/parse.ts
/**
 * The only place that turns manifest text into YAML documents. Keeps a LineCounter per file so every
 * node offset maps to a 1-based line and column; a UTF-8 BOM is stripped first so it cannot shift
 * columns on line 1 (CRLF needs nothing: lines are counted at '\n', and '\r' ends no column).
 */

function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}
function parseManifestText(raw) {
    const stream = parseManifestStream(raw);
    return { ...stream, documents: Array.from(stream.documents) };
}
/**
 * The documents one at a time, each composed when the iteration reaches it: a caller that drops
 * each document after use holds one document in memory, not the file's. Iterating may throw (a
 * RangeError when the parser's recursion overflows the stack).
 */
function parseManifestStream(raw) {
    const { text, hadBom } = stripBom(raw);
    // What parseAllDocuments does (minus its pretty errors and empty-stream marker), lazily.
    const composer = new dist/* Composer */.Dk({
        prettyErrors: false,
        uniqueKeys: true,
        // yaml would print a Node warning to stderr when a rule or render turns a mapping with
        // collection keys into plain objects; such input is reported through findings, not stderr.
        logLevel: 'error',
        // Node ranges are all that the rules and render use; source tokens (keepSourceTokens) would
        // keep every file's CST alive for its documents' lifetime and cost ~6% of lint time.
    });
    const documents = withoutStackTraces(composer.compose(new dist/* Parser */.iX().parse(text)));
    return { text, hadBom, lineCounter: countLines(text), documents };
}
/**
 * Steps an iterator with Error.stackTraceLimit at 0. yaml builds a YAMLError (an Error, so V8
 * captures a stack) for every problem it meets; nothing reads those stacks, and on a malformed
 * file capturing them was most of the cost (160,000 stray quotes: 80,000 errors, a third of the
 * lint time). The limit is restored before each document is handed out, so rules are unaffected.
 */
function* withoutStackTraces(items) {
    const iterator = items[Symbol.iterator]();
    for (;;) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        let step;
        try {
            step = iterator.next();
        }
        finally {
            Error.stackTraceLimit = limit;
        }
        if (step.done)
            return;
        yield step.value;
    }
}
/**
 * Line starts from the text itself, at each '\n' as yaml's lexer counts them. The parser's own
 * LineCounter misses the line breaks inside some malformed tokens, after which every position it
 * gives is off; a scan of the text cannot miss one.
 */
function countLines(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    return lineCounter;
}
/** 1-based line/column span of [start, end) offsets. */
function spanOf(lineCounter, start, end) {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
/**
 * Collections nested deeper than this are refused before parsing. The yaml parser and composer
 * recurse once per level and overflow the stack somewhere past 700 levels, at a depth that
 * depends on the thread's stack size and on how warm the JIT is; results near that edge would
 * differ between runs and threads. No real manifest nests a tenth as deep.
 */
const MAX_NESTING = 400;
/** Zero-width markers the lexer yields that are not source text (yaml's cst.ts). */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);
/** A compact block indicator: "- ", "? " or ": " (or one ending the line). */
const COMPACT_INDICATOR = /(?:^|[ \t])[-?:](?=[ \t]|$)/g;
/**
 * Where the text's collections first nest deeper than `limit` (an offset), or undefined.
 *
 * Block nesting: a node on a line is nested at most as deep as the line's indentation (each
 * enclosing level on an earlier line indents it by a column or more) plus the compact indicators
 * on the line itself ("- - - x", "&a ? ? x", "]? ? x"), plus one. So a line shorter than LONG_LINE
 * nests less than LONG_LINE deep, and only long lines need counting.
 * Flow nesting: unclosed brackets. When the quick count (which also counts brackets inside
 * strings) passes the limit, yaml's lexer (which does not recurse) counts exactly.
 */
function deepNestingOffset(text, limit = MAX_NESTING) {
    const LONG_LINE = Math.floor(limit / 4);
    let blockBound = LONG_LINE;
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        if (end - start > LONG_LINE) {
            const line = text.slice(start, end);
            let depth = line.length - line.trimStart().length + 1;
            COMPACT_INDICATOR.lastIndex = 0;
            while (COMPACT_INDICATOR.exec(line))
                depth++;
            if (depth > blockBound)
                blockBound = depth;
            if (blockBound > limit)
                return start;
        }
        start = end + 1;
    }
    const budget = limit - blockBound;
    let depth = 0;
    let naiveAt = -1;
    const brackets = /[[\]{}]/g;
    for (let m = brackets.exec(text); m; m = brackets.exec(text)) {
        if (m[0] === '[' || m[0] === '{') {
            if (++depth > budget) {
                naiveAt = m.index;
                break;
            }
        }
        else if (depth > 0)
            depth--;
    }
    if (naiveAt < 0)
        return undefined;
    let offset = 0;
    depth = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (token === '[' || token === '{') {
            if (++depth > budget)
                return offset;
        }
        else if ((token === ']' || token === '}') && depth > 0)
            depth--;
        if (!LEXER_MARKERS.has(token))
            offset += token.length;
    }
    return undefined;
}
/**
 * The key a DUPLICATE_KEY error points at (yaml gives only its first character) and the earlier
 * key of the same mapping it repeats, or undefined when none starts there.
 */
function duplicateKeyAt(document, offset) {
    let found;
    // As yaml's uniqueKeys check: scalars by value, anything else only by identity (never stringified:
    // a collection key can be nested deeply enough to make its text enormous).
    const same = (a, b) => a === b || ((0,dist/* isScalar */.jn)(a) && (0,dist/* isScalar */.jn)(b) && a.value === b.value);
    (0,dist/* visit */.YR)(document, {
        Map(_key, map) {
            if (!(0,dist/* isMap */.jh)(map))
                return undefined;
            const index = map.items.findIndex((pair) => pair.key?.range?.[0] === offset);
            if (index < 0)
                return undefined;
            const key = map.items[index].key;
            const first = map.items.slice(0, index).find((pair) => pair.key !== null && same(pair.key, key))?.key;
            found = { key, first: first ?? key };
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/**
 * The JSON text of a node made of scalars, sequences and maps with scalar keys, or undefined when
 * it holds anything else (an alias, a collection key) or its text would pass maxChars. Unlike
 * node.toJSON() it cannot blow up: yaml stringifies collection keys, whose text doubles with every
 * level of nesting.
 */
function boundedJson(node, maxChars = 4096) {
    // What is left of maxChars: each scalar, key and bracket pays for its own text once.
    let budget = maxChars;
    const spend = (text) => ((budget -= text.length + 1) < 0 ? undefined : text);
    const walk = (n) => {
        if (n === null || n === undefined)
            return spend('null');
        if ((0,dist/* isScalar */.jn)(n)) {
            const v = n.value;
            if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v)))
                return spend('null');
            return spend(typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? 'null'));
        }
        if ((0,dist/* isSeq */.oP)(n)) {
            const parts = [];
            for (const item of n.items) {
                const part = walk(item);
                if (part === undefined)
                    return undefined;
                parts.push(part);
            }
            return spend('[]') && `[${parts.join(',')}]`;
        }
        if ((0,dist/* isMap */.jh)(n)) {
            const parts = [];
            for (const pair of n.items) {
                if (pair.key !== null && !(0,dist/* isScalar */.jn)(pair.key))
                    return undefined;
                const key = spend(JSON.stringify(pair.key === null ? '' : String(pair.key.value)));
                const value = key === undefined ? undefined : walk(pair.value);
                if (value === undefined)
                    return undefined;
                parts.push(`${key}:${value}`);
            }
            return spend('{}') && `{${parts.join(',')}}`;
        }
        return undefined;
    };
    return walk(node);
}

;// CONCATENATED MODULE: ./src/yaml/aliasing.ts
/**
 * Alias bombs ("billion laughs"): a few kilobytes whose aliases expand to billions of nodes. The
 * Kubernetes YAML decoder (go-yaml, since CVE-2019-11253) refuses a document whose alias expansion
 * is excessive; this measures a document the same way, without expanding anything, so the engine
 * can refuse it too instead of walking it (the rules follow aliases, as kubectl's decoding does).
 */

const targetsByDocument = new WeakMap();
/**
 * What `alias.resolve(doc)` returns (the last node with the alias's anchor before it, in document
 * order), from one walk per document: `resolve` walks the whole document on every call, which
 * makes a document with many aliases quadratic.
 */
function resolveAlias(doc, alias) {
    let targets = targetsByDocument.get(doc);
    if (!targets) {
        targets = aliasTargets(doc);
        targetsByDocument.set(doc, targets);
    }
    return targets.get(alias);
}
/** yaml's visit order (node, then items; a pair's key, then its value), without recursion. */
function aliasTargets(doc) {
    const targets = new Map();
    const anchors = new Map();
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isAlias */.Vj)(node)) {
            targets.set(node, anchors.get(node.source));
        }
        else if ((0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, node);
            if ((0,dist/* isCollection */.P3)(node))
                for (let i = node.items.length - 1; i >= 0; i--)
                    stack.push(node.items[i]);
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            stack.push(node.value, node.key);
        }
    }
    return targets;
}
/**
 * Whether text[start, end) has a '*' placed like an alias: after a space, a flow indicator or the
 * start, and before an anchor name. A cron schedule's "* * *" is not; a document without such a
 * '*' has no alias node and needs no measuring. Returns the first such offset, or -1.
 */
function aliasLikeOffset(text, start, end) {
    for (let i = text.indexOf('*', start); i >= 0 && i < end; i = text.indexOf('*', i + 1)) {
        const before = i === 0 ? ' ' : text[i - 1];
        const after = text[i + 1];
        if ((before === ',' || before === '[' || before === '{' || /\s/.test(before)) && after !== undefined && !/[\s,[\]{}]/.test(after))
            return i;
    }
    return -1;
}
/** go-yaml decode.go: 99% may come from aliases up to 400,000 nodes, falling to 10% at 4,000,000. */
function allowedAliasRatio(decodeCount) {
    if (decodeCount <= 400_000)
        return 0.99;
    if (decodeCount >= 4_000_000)
        return 0.1;
    return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000);
}
/** go-yaml's test, on the totals: more than 100 aliased nodes, 1,000 nodes, and too high a share. */
function isExcessiveAliasing(e) {
    if (!Number.isFinite(e.decodeCount))
        return true;
    return e.aliasCount > 100 && e.decodeCount > 1000 && e.aliasCount / e.decodeCount > allowedAliasRatio(e.decodeCount);
}
function childrenOf(node) {
    if ((0,dist/* isMap */.jh)(node))
        return node.items.flatMap((pair) => ((0,dist/* isPair */.tO)(pair) ? [pair.key, pair.value] : [pair]));
    if ((0,dist/* isSeq */.oP)(node))
        return node.items;
    return [];
}
/**
 * Counts without expanding: each collection's expanded size is computed once (iteratively, so deep
 * nesting cannot overflow the stack) and reused for every alias to it. An anchor that contains an
 * alias to itself expands without end: Infinity.
 */
function measureAliasExpansion(doc) {
    const sizeOf = new Map();
    const open = new Set();
    let plain = 0;
    let aliasDepth = 0;
    let firstAlias;
    const frame = (node, viaAlias) => {
        open.add(node);
        return { node, kids: childrenOf(node), next: 0, total: 1, viaAlias };
    };
    const root = doc.contents;
    if (!root)
        return { decodeCount: 0, aliasCount: 0, firstAlias };
    const stack = [frame(root, false)];
    plain++;
    let decodeCount = 0;
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.kids.length) {
            const kid = top.kids[top.next++];
            if (aliasDepth === 0)
                plain++;
            if ((0,dist/* isAlias */.Vj)(kid)) {
                // The alias node, then its anchor's value in its place.
                firstAlias ??= kid;
                top.total += 1;
                const target = resolveAlias(doc, kid);
                if (target === undefined)
                    continue;
                const known = sizeOf.get(target);
                if (known !== undefined)
                    top.total += known;
                else if (open.has(target))
                    return { decodeCount: Infinity, aliasCount: Infinity, firstAlias };
                else if ((0,dist/* isScalar */.jn)(target))
                    top.total += 1;
                else {
                    aliasDepth++;
                    stack.push(frame(target, true));
                }
            }
            else if ((0,dist/* isMap */.jh)(kid) || (0,dist/* isSeq */.oP)(kid)) {
                stack.push(frame(kid, false)); // its count joins top.total when its frame closes
            }
            else {
                top.total += 1;
            }
        }
        else {
            stack.pop();
            open.delete(top.node);
            sizeOf.set(top.node, top.total);
            if (top.viaAlias)
                aliasDepth--;
            const parent = stack[stack.length - 1];
            if (parent)
                parent.total += top.total;
            else
                decodeCount = top.total;
        }
    }
    return { decodeCount, aliasCount: decodeCount - plain, firstAlias };
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by __tests__/meta.test.ts. */
const VERSION = '0.1.0';
const TOOL_NAME = 'velero-hooks';
const PROJECT_URL = 'https://github.com/velero-hooks/velero-hooks';
/** Where each rule's page lives (docs/rules/<id>.md): findings' helpUrl, SARIF helpUri, the summary and `rules` links. */
const RULE_DOCS_URL = `${PROJECT_URL}/blob/main/docs/rules`;
const ruleDocUrl = (id) => `${RULE_DOCS_URL}/${id}.md`;

;// CONCATENATED MODULE: ./src/engine/define-rule.ts

function defineRule(rule) {
    return rule;
}
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/**
 * Fills a template's {{placeholders}} from data (in one pass: data that looks like a placeholder
 * stays as it is). Throws when data lacks a placeholder: a message never ships with a hole in it.
 */
function interpolate(template, data = {}) {
    return template.replace(PLACEHOLDER, (_m, name) => {
        if (!Object.hasOwn(data, name))
            throw new Error(`no data for {{${name}}} in ${JSON.stringify(template)}`);
        return String(data[name]);
    });
}
/**
 * The one way a finding is made, for a rule's context.report and the engine's own findings
 * (yaml-syntax, template-skipped, file-unreadable, unused-suppression) alike. Throws on a messageId
 * the rule does not define and on missing data.
 */
function createFinding(rule, report) {
    const { id, messages } = rule.meta;
    if (!Object.hasOwn(messages, report.messageId))
        throw new Error(`rule ${id} has no message "${report.messageId}"`);
    let message;
    try {
        message = interpolate(messages[report.messageId], report.data);
    }
    catch (e) {
        throw new Error(`rule ${id}, message "${report.messageId}": ${e.message}`);
    }
    return {
        ruleId: id,
        messageId: report.messageId,
        severity: report.severity,
        message,
        helpUrl: ruleDocUrl(id),
        file: report.file,
        ...report.span,
        ...(report.resource !== undefined ? { resource: report.resource } : {}),
        ...(report.path !== undefined ? { path: report.path } : {}),
    };
}

;// CONCATENATED MODULE: ./src/engine/finding.ts
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
const RANK = { notice: 1, warning: 2, error: 3 };
function reaches(severity, failOn) {
    return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
function compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
function countBySeverity(findings) {
    const c = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            c.errors++;
        else if (f.severity === 'warning')
            c.warnings++;
        else
            c.notices++;
    }
    return c;
}

;// CONCATENATED MODULE: ./src/engine/yaml-value.ts
/**
 * Typed, read-only access to the YAML the rules check: a value's kind, its keys, items and scalar,
 * with aliases resolved (as kubectl's decoding follows them) and each value's path kept. Rules read
 * manifests through these accessors and never handle the `yaml` library's nodes: a value's `node`
 * is an opaque handle they pass to `context.report` to place a finding.
 */



class YamlValue {
    /** What the value is, after resolving an alias. */
    kind;
    /** The node to report at: the value itself (an alias's target), or null when there is none. */
    node;
    path;
    #doc;
    constructor(doc, node, path) {
        this.#doc = doc;
        this.node = node;
        this.path = path;
        this.kind = (0,dist/* isMap */.jh)(node) ? 'map' : (0,dist/* isSeq */.oP)(node) ? 'seq' : (0,dist/* isScalar */.jn)(node) && node.value !== null ? 'scalar' : 'null';
    }
    /** The value of a parsed node (or of a pair's missing value), aliases resolved. */
    static of(doc, node, path) {
        // resolveAlias answers as node.resolve(doc) does, without re-walking the document per alias.
        const resolved = (0,dist/* isAlias */.Vj)(node) ? (resolveAlias(doc, node) ?? node) : node;
        return new YamlValue(doc, (resolved ?? null), path);
    }
    // -- mappings -------------------------------------------------------------------------------
    /** The entries of a mapping with scalar keys, in order (none for anything else). */
    entries() {
        if (!(0,dist/* isMap */.jh)(this.node))
            return [];
        const out = [];
        for (const pair of this.node.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            out.push({ key, keyNode: pair.key, value: YamlValue.of(this.#doc, pair.value, [...this.path, key]) });
        }
        return out;
    }
    /** The first entry whose key is exactly `key` (a scalar key whose value is that string). */
    entry(key) {
        if (!(0,dist/* isMap */.jh)(this.node))
            return undefined;
        for (const pair of this.node.items) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
                return { key, keyNode: pair.key, value: YamlValue.of(this.#doc, pair.value, [...this.path, key]) };
        }
        return undefined;
    }
    /** As entry(), falling back to a case-insensitive match, as Go's encoding/json matches struct fields. */
    entryFold(key) {
        const exact = this.entry(key);
        if (exact || !(0,dist/* isMap */.jh)(this.node))
            return exact;
        const lower = key.toLowerCase();
        for (const pair of this.node.items) {
            if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value).toLowerCase() === lower) {
                return { key, keyNode: pair.key, value: YamlValue.of(this.#doc, pair.value, [...this.path, key]) };
            }
        }
        return undefined;
    }
    /** The value of entry(key), or undefined when the mapping has no such key (or this is no mapping). */
    get(key) {
        return this.entry(key)?.value;
    }
    /** The value of entryFold(key). */
    getFold(key) {
        return this.entryFold(key)?.value;
    }
    /** The first key of a mapping, whatever its kind: where a finding about a missing field goes. */
    firstKeyNode() {
        return (0,dist/* isMap */.jh)(this.node) ? (this.node.items[0]?.key ?? undefined) : undefined;
    }
    // -- sequences ------------------------------------------------------------------------------
    /** The items of a sequence, aliases resolved (none for anything else). */
    items() {
        if (!(0,dist/* isSeq */.oP)(this.node))
            return [];
        return this.node.items.map((item, i) => YamlValue.of(this.#doc, item, [...this.path, i]));
    }
    // -- scalars --------------------------------------------------------------------------------
    /** The scalar's value as the YAML 1.2 core schema reads it (a string, number, bigint, boolean…), or null. */
    get scalar() {
        return (0,dist/* isScalar */.jn)(this.node) ? this.node.value : undefined;
    }
    get isString() {
        return typeof this.scalar === 'string';
    }
    string() {
        const v = this.scalar;
        return typeof v === 'string' ? v : undefined;
    }
    number() {
        const v = this.scalar;
        return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined;
    }
    boolean() {
        const v = this.scalar;
        return typeof v === 'boolean' ? v : undefined;
    }
    /** The scalar as written, when the parser kept its source (else its value as a string). */
    text() {
        return (0,dist/* isScalar */.jn)(this.node) ? (this.node.source ?? String(this.node.value)) : undefined;
    }
    /** A plain (unquoted, not block) scalar, which YAML 1.1 decoders may read as a bool or number. */
    get isPlain() {
        return (0,dist/* isScalar */.jn)(this.node) && this.node.type === 'PLAIN';
    }
    // -- any value ------------------------------------------------------------------------------
    /** True when the value covers some text (`key:` with nothing after it has an empty null node). */
    get hasText() {
        const range = this.node?.range;
        return range !== undefined && range !== null && range[0] < range[1];
    }
    /** The value as one JSON text, or undefined when it is bigger than maxChars or not JSON-shaped. */
    json(maxChars) {
        return boundedJson(this.node, maxChars);
    }
}

;// CONCATENATED MODULE: ./src/engine/model.ts
/**
 * The manifest model the rules and render walk: every pod spec (Pods, PodTemplates and pod templates
 * of workloads and CRDs), every object's own metadata annotations, and Velero Restore/Backup/Schedule
 * hook specs.
 *
 * Rules see the model through the *View types (what RuleVisitor hands them): plain facts plus
 * YamlValue accessors and opaque node handles for reporting. The full types add the parser's own
 * nodes, which fix/ and render/ need to edit the text around them.
 */




// ---------------------------------------------------------------------------------------------
// Small accessors over yaml nodes, for fix/ and render/ (rules use YamlValue).
function deref(doc, node) {
    // resolveAlias answers as node.resolve(doc) does, without re-walking the document per alias.
    return (0,dist/* isAlias */.Vj)(node) ? resolveAlias(doc, node) : node;
}
function getPair(map, key) {
    if (!map)
        return undefined;
    for (const item of map.items) {
        if ((0,dist/* isScalar */.jn)(item.key) && item.key.value === key)
            return item;
    }
    return undefined;
}
function getMap(doc, map, key) {
    const v = deref(doc, getPair(map, key)?.value);
    return (0,dist/* isMap */.jh)(v) ? v : undefined;
}
function getString(doc, map, key) {
    const v = deref(doc, getPair(map, key)?.value);
    return (0,dist/* isScalar */.jn)(v) && typeof v.value === 'string' ? v.value : undefined;
}
function pathText(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
function readAnnotations(doc, metadata, metadataPath) {
    return readAnnotationPair(doc, getPair(metadata, 'annotations'), [...metadataPath, 'annotations']);
}
function readAnnotationPair(doc, pair, path) {
    const value = deref(doc, pair?.value);
    const map = (0,dist/* isMap */.jh)(value) ? value : undefined;
    const entries = [];
    for (const item of map?.items ?? []) {
        if (!(0,dist/* isScalar */.jn)(item.key))
            continue;
        const key = String(item.key.value);
        const valueNode = (deref(doc, item.value) ?? null);
        const value = (0,dist/* isScalar */.jn)(valueNode) && typeof valueNode.value === 'string' ? valueNode.value : undefined;
        const entryPath = [...path, key];
        entries.push({ key, pair: item, keyNode: item.key, valueNode, value, yamlValue: YamlValue.of(doc, item.value, entryPath), path: entryPath });
    }
    const byKey = new Map();
    // YAML duplicate keys are a syntax error reported elsewhere; the last one wins, as in most decoders.
    for (const e of entries)
        byKey.set(e.key, e);
    return {
        keyNode: (0,dist/* isScalar */.jn)(pair?.key) ? pair.key : undefined,
        map,
        entries,
        path,
        get: (k) => byKey.get(k),
    };
}
function readContainers(doc, spec, specPath, key) {
    const seq = deref(doc, getPair(spec, key)?.value);
    if (!(0,dist/* isSeq */.oP)(seq))
        return { list: [], known: false };
    const list = [];
    seq.items.forEach((raw, i) => {
        const item = deref(doc, raw);
        if (!(0,dist/* isMap */.jh)(item))
            return;
        const value = YamlValue.of(doc, item, [...specPath, key, i]);
        // The name as written: a name given through an alias counts as unknown, as it always has.
        const namePair = getPair(item, 'name');
        const nameNode = (0,dist/* isScalar */.jn)(namePair?.value) ? namePair.value : undefined;
        const mounts = [];
        for (const mount of value.get('volumeMounts')?.items() ?? []) {
            const mountPath = mount.get('mountPath')?.string();
            if (mount.kind === 'map' && mountPath !== undefined)
                mounts.push({ mountPath, value: mount });
        }
        list.push({
            name: nameNode && typeof nameNode.value === 'string' ? nameNode.value : undefined,
            restartPolicy: getString(doc, item, 'restartPolicy'),
            volumeMounts: mounts,
            value,
        });
    });
    return { list, known: true };
}
/**
 * The pod's volumes: the items of `spec.volumes` and, for a StatefulSet's pod template, one per
 * `volumeClaimTemplates` item (the StatefulSet controller gives each Pod a volume named after the
 * claim template, kubernetes pkg/controller/statefulset/stateful_set_utils.go updateStorage), and
 * whether they give every volume name for certain.
 */
function readVolumes(doc, spec, specPath, claimTemplates) {
    const seq = deref(doc, getPair(spec, 'volumes')?.value);
    const claims = claimTemplates && deref(doc, claimTemplates.seq);
    // Without a list of volumes (and, for a StatefulSet, of claim templates), what the Pods get is not known.
    if (!(0,dist/* isSeq */.oP)(seq) && !(0,dist/* isSeq */.oP)(claims))
        return { list: [], known: false };
    const list = [];
    let known = (seq === undefined || (0,dist/* isSeq */.oP)(seq)) && (claims === undefined || (0,dist/* isSeq */.oP)(claims));
    const add = (items, path, nameOf, claimName) => {
        items.forEach((raw, i) => {
            const item = deref(doc, raw);
            if (!(0,dist/* isMap */.jh)(item)) {
                known = false;
                return;
            }
            // The name as written, as for containers: a name given through an alias counts as unknown.
            const nameNode = nameOf(item);
            const name = (0,dist/* isScalar */.jn)(nameNode) && typeof nameNode.value === 'string' ? nameNode.value : undefined;
            if (name === undefined || /\$\{|\$\(|\{\{/.test(name))
                known = false;
            list.push({ name, claimName: claimName(item), value: YamlValue.of(doc, item, [...path, i]) });
        });
    };
    if ((0,dist/* isSeq */.oP)(seq))
        add(seq.items, [...specPath, 'volumes'], (item) => getPair(item, 'name')?.value, (item) => getString(doc, getMap(doc, item, 'persistentVolumeClaim'), 'claimName'));
    // The claim itself is named "<template>-<StatefulSet>-<ordinal>": no claimName to give.
    if (claimTemplates && (0,dist/* isSeq */.oP)(claims))
        add(claims.items, claimTemplates.path, (item) => getPair(getMap(doc, item, 'metadata'), 'name')?.value, () => undefined);
    return { list, known };
}
function podTarget(doc, resource, role, node, path, claimTemplates) {
    const metadata = getMap(doc, node, 'metadata');
    const spec = getMap(doc, node, 'spec');
    const specPath = [...path, 'spec'];
    const containers = readContainers(doc, spec, specPath, 'containers');
    const volumes = readVolumes(doc, spec, specPath, claimTemplates);
    // Template placeholders (OpenShift ${PARAM}, Helm {{ }}) stand for names we cannot know.
    const placeholder = containers.list.some((c) => c.name === undefined || /\$\{|\$\(|\{\{/.test(c.name));
    return {
        resource,
        role,
        path,
        node,
        metadata,
        spec,
        annotations: readAnnotations(doc, metadata, [...path, 'metadata']),
        containers: containers.list,
        containersKnown: containers.known && !placeholder,
        initContainers: readContainers(doc, spec, specPath, 'initContainers').list,
        ephemeralContainers: readContainers(doc, spec, specPath, 'ephemeralContainers').list,
        volumes: volumes.list,
        volumesKnown: volumes.known,
    };
}
/** Paths (below the object) of the pod templates of well-known kinds. */
const TEMPLATE_PATHS = {
    PodTemplate: ['template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
const DEFAULT_TEMPLATE_PATH = ['spec', 'template'];
function getAtPath(doc, root, path) {
    let cur = root;
    for (const seg of path)
        cur = getMap(doc, cur, String(seg));
    return cur;
}
const VELERO_KINDS = new Set(['Restore', 'Backup', 'Schedule']);
/** Walk one object (a document root, a List item or an OpenShift Template object). */
function walkObject(doc, obj, base, model, depth, visited) {
    // Each map once: aliases can reach one object from many places (an alias bomb: exponentially
    // many), and a second visit would only repeat the first one's findings at the same positions.
    if (visited.has(obj))
        return;
    visited.add(obj);
    const kind = getString(doc, obj, 'kind');
    const apiVersion = getString(doc, obj, 'apiVersion');
    const metadata = getMap(doc, obj, 'metadata');
    const resource = {
        apiVersion,
        kind,
        namespace: getString(doc, metadata, 'namespace'),
        name: getString(doc, metadata, 'name'),
    };
    // Containers of objects: kubectl List and OpenShift Template.
    const itemsKey = kind === 'Template' ? 'objects' : kind?.endsWith('List') ? 'items' : undefined;
    if (itemsKey && depth < 4) {
        const seq = deref(doc, getPair(obj, itemsKey)?.value);
        if ((0,dist/* isSeq */.oP)(seq)) {
            seq.items.forEach((raw, i) => {
                const item = deref(doc, raw);
                if ((0,dist/* isMap */.jh)(item))
                    walkObject(doc, item, [...base, itemsKey, i], model, depth + 1, visited);
            });
        }
    }
    if (kind === 'Pod') {
        model.pods.push(podTarget(doc, resource, 'pod', obj, base));
    }
    else {
        const templatePath = (kind && TEMPLATE_PATHS[kind]) || DEFAULT_TEMPLATE_PATH;
        const template = getAtPath(doc, obj, templatePath);
        const templateSpec = getMap(doc, template, 'spec');
        // Well-known kinds always have a pod template there; other kinds (CRDs such as Argo Rollouts)
        // count when the template has a pod spec with containers.
        const wellKnown = kind !== undefined && WORKLOAD_KINDS.has(kind);
        if (template && (wellKnown || (templateSpec && getPair(templateSpec, 'containers')))) {
            const claimTemplates = kind === 'StatefulSet' ? { seq: getPair(getMap(doc, obj, 'spec'), 'volumeClaimTemplates')?.value, path: [...base, 'spec', 'volumeClaimTemplates'] } : undefined;
            model.pods.push(podTarget(doc, resource, 'template', template, [...base, ...templatePath], claimTemplates));
        }
        if (metadata) {
            model.objects.push({
                resource,
                path: base,
                annotations: readAnnotations(doc, metadata, [...base, 'metadata']),
                podTemplateAnnotationsPath: template ? [...base, ...templatePath, 'metadata', 'annotations'] : undefined,
            });
        }
    }
    if (kind && VELERO_KINDS.has(kind) && apiVersion?.startsWith('velero.io/')) {
        const hooksPath = kind === 'Schedule' ? ['spec', 'template', 'hooks'] : ['spec', 'hooks'];
        const hooks = getAtPath(doc, obj, hooksPath);
        const path = [...base, ...hooksPath];
        if (hooks)
            model.velero.push({ resource, kind: kind, hooks: YamlValue.of(doc, hooks, path), path });
    }
}
const WORKLOAD_KINDS = new Set([
    'PodTemplate',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Job',
    'CronJob',
]);
/**
 * Helm values and similar files carry pod annotations under `podAnnotations:` (the chart copies them
 * into its pod template). They are checked as pod annotations without a pod spec.
 */
function walkValues(doc, map, path, model, depth, visited) {
    // Each map once, as in walkObject: anchors and aliases must not multiply the walk.
    if (visited.has(map))
        return;
    visited.add(map);
    for (const item of map.items) {
        if (!(0,dist/* isScalar */.jn)(item.key))
            continue;
        const k = String(item.key.value);
        const value = deref(doc, item.value);
        if (!(0,dist/* isMap */.jh)(value))
            continue;
        if (k === 'podAnnotations') {
            model.pods.push({
                resource: {},
                role: 'values',
                path,
                node: map,
                metadata: undefined,
                spec: undefined,
                annotations: readAnnotationPair(doc, item, [...path, k]),
                containers: [],
                initContainers: [],
                ephemeralContainers: [],
                containersKnown: false,
                volumes: [],
                volumesKnown: false,
            });
        }
        else if (depth < 6) {
            walkValues(doc, value, [...path, k], model, depth + 1, visited);
        }
    }
}
function buildDocumentModel(document, index) {
    const model = { index, document, pods: [], objects: [], velero: [] };
    const root = document.contents;
    if ((0,dist/* isMap */.jh)(root)) {
        const visited = new Set();
        if (getPair(root, 'kind') || getPair(root, 'apiVersion'))
            walkObject(document, root, [], model, 0, visited);
        else
            walkValues(document, root, [], model, 0, visited);
    }
    return model;
}

;// CONCATENATED MODULE: ./src/velero/go-values.ts
/**
 * Ports of the Go standard-library parsers Velero feeds hook annotations to, so the linter accepts
 * exactly what Velero accepts, and of the ways Go prints values in its errors, so a message that
 * quotes Go's error text quotes it byte for byte.
 */
const LOWER_HEX = '0123456789abcdef';
const utf8 = new TextEncoder();
/** The UTF-8 bytes of one code point (a lone surrogate as U+FFFD, as Go's string conversion does). */
function utf8Bytes(codePoint) {
    return utf8.encode(codePoint >= 0xd800 && codePoint <= 0xdfff ? '\uFFFD' : String.fromCodePoint(codePoint));
}
const hexByte = (b) => `\\x${LOWER_HEX[b >> 4]}${LOWER_HEX[b & 0xf]}`;
/**
 * The time package's own quote (go/src/time/format.go; Velero v1.18.2 builds with go1.25.11, go.mod@v1.18.2), which
 * time.ParseDuration's errors use: printable ASCII as is (with `"` and `\` escaped), every other
 * character as the \x escapes of its UTF-8 bytes — so a tab prints as "\x09", not strconv's "\t".
 */
function goTimeQuote(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c >= 0x80 || c < 0x20) {
            for (const b of utf8Bytes(c))
                out += hexByte(b);
        }
        else {
            out += c === 0x22 || c === 0x5c ? `\\${ch}` : ch;
        }
    }
    return `${out}"`;
}
/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const GO_ESCAPES = { 0x07: '\\a', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x0b: '\\v' };
/**
 * strconv.Quote (go/src/strconv/quote.go), which fmt's %q uses (e.g. Velero's `no such container: %q`):
 * printable characters as they are, the C escapes, \xHH below U+0020 and for U+007F, \uHHHH and
 * \UHHHHHHHH above.
 */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c === 0x22 || c === 0x5c)
            out += `\\${ch}`;
        else if (c >= 0xd800 && c <= 0xdfff)
            out += '\uFFFD'; // not valid UTF-8 in Go: the decoder saw U+FFFD
        else if (GO_PRINTABLE.test(ch))
            out += ch;
        else if (GO_ESCAPES[c] !== undefined)
            out += GO_ESCAPES[c];
        else if (c < 0x20 || c === 0x7f)
            out += hexByte(c);
        else if (c < 0x10000)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += `\\U${c.toString(16).padStart(8, '0')}`;
    }
    return `${out}"`;
}
/**
 * unicode.IsSpace, which strings.TrimSpace uses: in Latin-1 '\t', '\n', '\v', '\f', '\r', ' ', U+0085
 * (NEL) and U+00A0 (NBSP); above it the White_Space property. Unlike JavaScript's trim(), U+0085 is a
 * space and U+FEFF (the byte-order mark) is not.
 */
function isGoSpace(ch) {
    return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(ch);
}
/** strings.TrimSpace. */
function goTrimSpace(s) {
    const chars = [...s];
    let start = 0;
    let end = chars.length;
    while (start < end && isGoSpace(chars[start]))
        start++;
    while (end > start && isGoSpace(chars[end - 1]))
        end--;
    return chars.slice(start, end).join('');
}
/** Go's unitMap, in nanoseconds. */
const UNIT_NS = {
    ns: 1n,
    us: 1000n,
    'µs': 1000n, // U+00B5 micro sign
    'μs': 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
const TWO_63 = 1n << 63n;
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Go's leadingInt: the leading [0-9]* of s; undefined on uint64 overflow (the duration is then invalid). */
function leadingInt(s) {
    let i = 0;
    let value = 0n;
    for (; i < s.length && isDigit(s[i]); i++) {
        if (value > TWO_63 / 10n)
            return undefined;
        value = value * 10n + BigInt(s.charCodeAt(i) - 48);
        if (value > TWO_63)
            return undefined;
    }
    return { value, digits: i };
}
/**
 * Go's leadingFraction: the digits after a '.', as value / scale. It never fails: on overflow it
 * stops accumulating precision and skips the remaining digits.
 */
function leadingFraction(s) {
    let value = 0n;
    let scale = 1;
    let overflow = false;
    let j = 0;
    for (; j < s.length && isDigit(s[j]); j++) {
        if (overflow)
            continue;
        if (value > (TWO_63 - 1n) / 10n) {
            overflow = true;
            continue;
        }
        const next = value * 10n + BigInt(s.charCodeAt(j) - 48);
        if (next > TWO_63) {
            overflow = true;
            continue;
        }
        value = next;
        scale *= 10;
    }
    return { value, scale, digits: j };
}
function durationComponent(s, input) {
    const invalid = { ok: false, error: `time: invalid duration ${goTimeQuote(input)}` };
    // The next character must be [0-9.]
    if (!(s[0] === '.' || isDigit(s[0])))
        return invalid;
    const whole = leadingInt(s);
    if (!whole)
        return invalid;
    s = s.slice(whole.digits);
    let fraction = { value: 0n, scale: 1, digits: 0 };
    if (s[0] === '.') {
        fraction = leadingFraction(s.slice(1));
        s = s.slice(1 + fraction.digits);
    }
    if (whole.digits === 0 && fraction.digits === 0)
        return invalid; // no digits, e.g. ".s" or "-.s"
    // The unit runs up to the next '.' or digit.
    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigit(s[u]))
        u++;
    if (u === 0)
        return { ok: false, error: `time: missing unit in duration ${goTimeQuote(input)}` };
    const unitName = s.slice(0, u);
    const unit = UNIT_NS[unitName];
    if (unit === undefined) {
        return { ok: false, error: `time: unknown unit ${goTimeQuote(unitName)} in duration ${goTimeQuote(input)}` };
    }
    if (whole.value > TWO_63 / unit)
        return invalid;
    let v = whole.value * unit;
    if (fraction.value > 0n) {
        // Go: v += uint64(float64(f) * (float64(unit) / scale))
        v += BigInt(Math.trunc(Number(fraction.value) * (Number(unit) / fraction.scale)));
        if (v > TWO_63)
            return invalid;
    }
    return { ok: true, nanoseconds: v, rest: s.slice(u) };
}
/**
 * Go's time.ParseDuration, ported step by step (src/time/format.go): `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`,
 * a bare "0" allowed, units ns us µs μs ms s m h, and the same uint64 overflow checks (BigInt here),
 * so "9223372036854775807ns" parses and "9223372036854775808ns" does not. Fractions go through a
 * float64 multiply exactly as in Go; errors quote the input with the time package's quote.
 */
function parseGoDuration(input) {
    const invalid = () => ({ ok: false, error: `time: invalid duration ${goTimeQuote(input)}` });
    let s = input;
    let negative = false;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return { ok: true, nanoseconds: 0, exact: 0n };
    if (s === '')
        return invalid();
    let total = 0n;
    while (s !== '') {
        const component = durationComponent(s, input);
        if (!component.ok)
            return component;
        total += component.nanoseconds;
        if (total > TWO_63)
            return invalid();
        s = component.rest;
    }
    if (!negative && total > TWO_63 - 1n)
        return invalid();
    const exact = negative ? -total : total;
    return { ok: true, nanoseconds: Number(exact), exact };
}
const TRUE_VALUES = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_VALUES = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
/** Go's strconv.ParseBool. */
function parseGoBool(s) {
    if (TRUE_VALUES.has(s))
        return true;
    if (FALSE_VALUES.has(s))
        return false;
    return undefined;
}
/** Kubernetes' DNS-1123 label (container names): lower-case alphanumerics and '-', at most 63. */
function dns1123LabelProblem(name) {
    if (name.length > 63)
        return `it is ${name.length} characters long; the limit is 63`;
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
        return "it must consist of lower-case letters, digits and '-', and start and end with a letter or digit";
    }
    return undefined;
}
const NS_PER_SECOND = 1000000000n;
/** The integer part of v / 10^prec and its fraction as Go's fmtFrac writes it ("" or ".5", trailing zeros dropped). */
function splitFraction(v, prec) {
    const scale = 10n ** BigInt(prec);
    const digits = (v % scale).toString().padStart(prec, '0').replace(/0+$/, '');
    return { whole: v / scale, fraction: digits === '' ? '' : `.${digits}` };
}
/**
 * time.Duration.String (go/src/time/time.go): "0s", "1.5µs", "300ms", "45s", "1m30s", "4h0m0s",
 * "-2s"; how Velero logs a hook's timeout and how the hook plan shows one.
 */
function formatGoDuration(nanoseconds) {
    if (nanoseconds === 0n)
        return '0s';
    const sign = nanoseconds < 0n ? '-' : '';
    const u = nanoseconds < 0n ? -nanoseconds : nanoseconds;
    if (u < NS_PER_SECOND) {
        const [unit, prec] = u < 1000n ? ['ns', 0] : u < 1000000n ? ['µs', 3] : ['ms', 6];
        const { whole, fraction } = splitFraction(u, prec);
        return `${sign}${whole}${fraction}${unit}`;
    }
    const { whole: seconds, fraction } = splitFraction(u, 9);
    let out = `${seconds % 60n}${fraction}s`;
    const minutes = seconds / 60n;
    if (minutes > 0n) {
        out = `${minutes % 60n}m${out}`;
        const hours = minutes / 60n;
        if (hours > 0n)
            out = `${hours}h${out}`;
    }
    return sign + out;
}

;// CONCATENATED MODULE: ./src/engine/repo-model.ts
/** The value of `key` in a map node (the last one when a key repeats, as decoders do). */
function pget(node, key) {
    return pentry(node, key)?.value;
}
/** The entry (key and value) of `key` in a map node. */
function pentry(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    let found;
    for (const e of node.entries)
        if (e.key === key)
            found = e;
    return found;
}
function pstring(node) {
    return node?.kind === 'scalar' && node.isString ? node.value : undefined;
}
function pitems(node) {
    return node?.kind === 'seq' ? node.items : [];
}
/** A list of strings; undefined when the node is absent or not a list of plain strings. */
function pstrings(node) {
    if (node?.kind !== 'seq')
        return undefined;
    const out = [];
    for (const item of node.items) {
        const s = pstring(item);
        if (s === undefined)
            return undefined;
        out.push(s);
    }
    return out;
}
/** A map of strings (labels, namespaceMapping); undefined when absent or any value is not a string. */
function pstringMap(node) {
    if (node?.kind !== 'map')
        return undefined;
    const out = Object.create(null);
    for (const e of node.entries) {
        const s = pstring(e.value);
        if (s === undefined)
            return undefined;
        out[e.key] = s;
    }
    return out;
}
/** A node's place: in the object's file (`file`), unless the node names another. */
function placeOf(file, node) {
    return { file: node.file ?? file, span: node.span, path: node.path };
}
/** The place of a map entry's key (where findings about a key, or a whole setting, go). */
function keyPlaceOf(file, entry) {
    return { file: entry.keyFile ?? file, span: entry.keySpan, path: entry.value.path };
}
function repo_model_buildRepoModel(files) {
    const workloads = [];
    const velero = [];
    const namespaces = [];
    for (const f of files) {
        for (const w of f.workloads)
            workloads.push(w);
        for (const v of f.velero)
            velero.push(v);
        for (const n of f.namespaces)
            namespaces.push(n);
    }
    return { workloads, velero, namespaces };
}
/**
 * Facts as they arrive from another thread: structured clone gives the label maps (made without a
 * prototype, so a label named "constructor" is only a label) Object.prototype back; this removes it.
 */
function repo_model_reviveFileFacts(facts) {
    const bare = (map) => Object.assign(Object.create(null), map);
    return { ...facts, workloads: facts.workloads.map((w) => ({ ...w, podLabels: bare(w.podLabels), objectLabels: bare(w.objectLabels) })) };
}
/** A workload as messages name it: "Deployment web (ns shop, apps/web.yaml:3)". */
function describeWorkload(w) {
    const ns = w.namespace !== undefined ? ` in namespace ${w.namespace}` : '';
    return `${w.kind} ${w.name ?? '(unnamed)'}${ns} (${w.place.file}:${w.place.span.line})`;
}
/** A Velero object as messages name it: "Backup nightly (velero/backups.yaml:1)". */
function describeVeleroObject(v) {
    return `${v.kind} ${v.name ?? '(unnamed)'} (${v.place.file}:${v.place.span.line})`;
}

;// CONCATENATED MODULE: ./src/engine/repo-facts.ts
/**
 * One document's contribution to the repository model (repo-model.ts): its workloads, Velero
 * Backups/Schedules/Restores and Namespaces as plain data with positions. Runs where the file was
 * parsed (a worker or the main thread), right after the document's model is built.
 */






/** Nodes one converted subtree may hold: a Velero spec or pod template is far below it. */
const MAX_NODES = 20_000;
const MAX_DEPTH = 64;
/** The facts of one parsed, valid document. */
function extractDocumentFacts(file, document, model, lineCounter) {
    const out = { workloads: [], velero: [], namespaces: [] };
    const cx = new Converter(file, document, lineCounter);
    const roots = rootObjects(document);
    for (const pod of model.pods) {
        if (pod.role === 'values')
            continue;
        const owner = ownerOf(roots, pod.path);
        if (owner)
            out.workloads.push(cx.workload(pod, owner));
    }
    for (const root of roots) {
        const kind = getString(document, root.node, 'kind');
        const apiVersion = getString(document, root.node, 'apiVersion');
        if ((kind === 'Backup' || kind === 'Schedule' || kind === 'Restore') && apiVersion?.startsWith('velero.io/'))
            out.velero.push(cx.veleroObject(kind, root));
        else if (kind === 'Namespace' && apiVersion === 'v1') {
            const name = cx.metadataName(root);
            if (name.name !== undefined)
                out.namespaces.push({ name: name.name, place: name.place });
        }
    }
    return out;
}
/** The document's objects: its root, and the items of a List or an OpenShift Template (as the model walks them). */
function rootObjects(doc) {
    const out = [];
    const walk = (node, path, depth) => {
        out.push({ node, path });
        const kind = getString(doc, node, 'kind');
        const itemsKey = kind === 'Template' ? 'objects' : kind?.endsWith('List') ? 'items' : undefined;
        if (!itemsKey || depth >= 4)
            return;
        const seq = repo_facts_deref(doc, getPair(node, itemsKey)?.value);
        if (!(0,dist/* isSeq */.oP)(seq))
            return;
        seq.items.forEach((raw, i) => {
            const item = repo_facts_deref(doc, raw);
            if ((0,dist/* isMap */.jh)(item) && !out.some((o) => o.node === item))
                walk(item, [...path, itemsKey, i], depth + 1);
        });
    };
    if ((0,dist/* isMap */.jh)(doc.contents))
        walk(doc.contents, [], 0);
    return out;
}
function repo_facts_deref(doc, node) {
    return (0,dist/* isAlias */.Vj)(node) ? resolveAlias(doc, node) : node;
}
/** The object a pod (template) belongs to: the root whose path is the longest prefix of the pod's. */
function ownerOf(roots, podPath) {
    let best;
    for (const r of roots) {
        if (r.path.length > podPath.length || !r.path.every((s, i) => podPath[i] === s))
            continue;
        if (!best || r.path.length > best.path.length)
            best = r;
    }
    return best;
}
const CONTAINER_PICK = { keys: new Set(['name', 'image', 'restartPolicy', 'volumeMounts']), under: { volumeMounts: { keys: new Set(['name']) } } };
const VOLUME_PICK = { keys: new Set(['name', 'persistentVolumeClaim']), under: { persistentVolumeClaim: { keys: new Set(['claimName']) } } };
/** Turns YAML nodes into positioned plain data (PNode) and workload facts. */
class Converter {
    file;
    doc;
    lineCounter;
    budget = MAX_NODES;
    constructor(file, doc, lineCounter) {
        this.file = file;
        this.doc = doc;
        this.lineCounter = lineCounter;
    }
    span(node) {
        const range = node?.range;
        return range ? spanOf(this.lineCounter, range[0], range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    }
    place(node, path, fallback) {
        const n = node?.range ? node : fallback;
        return { file: this.file, span: this.span(n), path: pathText(path) };
    }
    /**
     * A subtree as PNode; undefined past the node budget or depth (the value is then unknown). With
     * `pick`, maps keep only the keys the facts read (a pod spec's env, probes and resources are never
     * converted: they were a third of the lint's time on hooked workloads).
     */
    convert(raw, path, depth = 0, pick) {
        const node = repo_facts_deref(this.doc, raw);
        if (--this.budget < 0 || depth > MAX_DEPTH)
            return undefined;
        const base = { span: this.span(node ?? raw), path: pathText(path) };
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            for (const pair of node.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key) || pair.key.value === null || typeof pair.key.value === 'object')
                    continue;
                const key = String(pair.key.value);
                if (pick && !pick.keys.has(key))
                    continue;
                const value = this.convert(pair.value, [...path, key], depth + 1, pick?.under?.[key]) ?? { kind: 'scalar', value: null, isString: false, span: this.span(pair.key), path: pathText([...path, key]) };
                entries.push({ key, keySpan: this.span(pair.key), value });
            }
            return { kind: 'map', entries, ...base };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = [];
            node.items.forEach((item, i) => {
                const value = this.convert(item, [...path, i], depth + 1, pick);
                if (value)
                    items.push(value);
            });
            return { kind: 'seq', items, ...base };
        }
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : null;
        const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
        return { kind: 'scalar', value: scalar, isString: typeof value === 'string', ...base };
    }
    metadataName(root) {
        const metadata = getMap(this.doc, root.node, 'metadata');
        const namePair = getPair(metadata, 'name');
        return {
            name: getString(this.doc, metadata, 'name'),
            namespace: knownNamespace(getString(this.doc, metadata, 'namespace')),
            place: this.place(namePair?.value, [...root.path, 'metadata', 'name'], root.node),
        };
    }
    veleroObject(kind, root) {
        const { name, namespace, place } = this.metadataName(root);
        const specPath = kind === 'Schedule' ? ['spec', 'template'] : ['spec'];
        let spec = root.node;
        for (const seg of specPath)
            spec = (0,dist/* isMap */.jh)(spec) ? repo_facts_deref(this.doc, getPair(spec, String(seg))?.value) : undefined;
        const converted = (0,dist/* isMap */.jh)(spec) ? this.convert(spec, [...root.path, ...specPath]) : undefined;
        return { kind, name, namespace, file: this.file, place, spec: converted?.kind === 'map' ? converted : undefined };
    }
    workload(pod, owner) {
        const { name, namespace, place } = this.metadataName(owner);
        const podPath = pod.path;
        const labelsPair = getPair(pod.metadata, 'labels');
        const labelsNode = labelsPair ? this.convert(labelsPair.value, [...podPath, 'metadata', 'labels']) : undefined;
        const specPart = (key, pick) => {
            const pair = getPair(pod.spec, key);
            return pair ? this.convert(pair.value, [...podPath, 'spec', key], 0, pick) : undefined;
        };
        const labels = labelsNode === undefined ? noLabels() : pstringMap(labelsNode);
        const ownerLabels = pstringMap(this.convert(getMap(this.doc, getMap(this.doc, owner.node, 'metadata'), 'labels'), [...owner.path, 'metadata', 'labels']));
        const replicasNode = repo_facts_deref(this.doc, getPair(getMap(this.doc, owner.node, 'spec'), 'replicas')?.value);
        const containers = specPart('containers', CONTAINER_PICK);
        const volumes = specPart('volumes', VOLUME_PICK);
        return {
            kind: getString(this.doc, owner.node, 'kind') ?? 'Pod',
            apiVersion: getString(this.doc, owner.node, 'apiVersion'),
            name,
            namespace,
            place,
            podLabels: labels ?? noLabels(),
            podLabelsKnown: labels !== undefined && !Object.values(labels).some(isTemplated) && !Object.keys(labels).some(isTemplated),
            podLabelsPlace: this.place(getPair(pod.metadata, 'labels')?.key, [...podPath, 'metadata', 'labels'], pod.node),
            objectLabels: ownerLabels ?? noLabels(),
            annotations: this.annotations(pod),
            annotationsPlace: this.place(pod.annotations.keyNode, [...podPath, 'metadata', 'annotations'], pod.node),
            containers: this.containers(containers),
            initContainers: this.containers(specPart('initContainers', CONTAINER_PICK)),
            containersKnown: pod.containersKnown,
            volumes: this.volumes(volumes),
            volumesKnown: volumes === undefined || (volumes.kind === 'seq' && volumes.items.every((v) => pstring(pget(v, 'name')) !== undefined && !isTemplated(pstring(pget(v, 'name'))))),
            replicas: (0,dist/* isScalar */.jn)(replicasNode) && typeof replicasNode.value === 'number' ? replicasNode.value : undefined,
        };
    }
    annotations(pod) {
        const out = [];
        for (const e of pod.annotations.entries) {
            if (!e.key.toLowerCase().includes('velero'))
                continue;
            const keyPlace = this.place(e.keyNode, e.path);
            out.push({ key: e.key, value: e.value, keyPlace, valuePlace: e.valueNode ? this.place(e.valueNode, e.path) : keyPlace });
        }
        return out;
    }
    containers(list) {
        return pitems(list).map((c) => {
            const nameNode = pget(c, 'name');
            return {
                name: pstring(nameNode),
                image: pstring(pget(c, 'image')),
                restartPolicy: pstring(pget(c, 'restartPolicy')),
                volumeMounts: pitems(pget(c, 'volumeMounts'))
                    .map((m) => pstring(pget(m, 'name')))
                    .filter((n) => n !== undefined),
                place: { file: this.file, span: (nameNode ?? c).span, path: (nameNode ?? c).path },
            };
        });
    }
    volumes(list) {
        const out = [];
        for (const v of pitems(list)) {
            const name = pstring(pget(v, 'name'));
            if (name === undefined)
                continue;
            const nameNode = pget(v, 'name');
            out.push({ name, claimName: pstring(pget(pget(v, 'persistentVolumeClaim'), 'claimName')), place: { file: this.file, span: nameNode.span, path: nameNode.path } });
        }
        return out;
    }
}
/** An empty label map without a prototype, like pstringMap's (facts compare equal whichever thread made them). */
function noLabels() {
    return Object.create(null);
}
/**
 * A namespace the repository states: a valid DNS-1123 label. Anything else ("<mongo namespace>" in
 * documentation, "${NAMESPACE}", "{{ .Release.Namespace }}") is a placeholder for a namespace we
 * cannot know, so it counts as not stated.
 */
function knownNamespace(ns) {
    return ns !== undefined && dns1123LabelProblem(ns) === undefined ? ns : undefined;
}
/** Helm/Go, OpenShift and Kustomize placeholders stand for values we cannot know. */
function isTemplated(s) {
    return /\{\{|\$\{|\$\(/.test(s);
}
/**
 * The facts of a file's text without linting it: for files the lint pass did not parse (no Velero
 * content) whose workloads a Backup or Restore of the repository may take, and for tests. Documents
 * that do not parse, nest too deeply or alias-bomb give nothing (unknown, never "absent").
 */
function factsOfText(file, raw) {
    const out = { file, workloads: [], velero: [], namespaces: [] };
    const stream = parseManifestStream(raw);
    if (deepNestingOffset(stream.text) !== undefined)
        return out;
    let index = 0;
    try {
        for (const document of stream.documents) {
            const i = index++;
            if (document.errors.length > 0 || isExcessiveAliasing(measureAliasExpansion(document)))
                continue;
            const facts = extractDocumentFacts(file, document, buildDocumentModel(document, i), stream.lineCounter);
            out.workloads.push(...facts.workloads);
            out.velero.push(...facts.velero);
            out.namespaces.push(...facts.namespaces);
        }
    }
    catch {
        // The parser itself failed (a stack overflow on pathological nesting): the rest is unknown.
    }
    return out;
}
/** A repository model from texts (file name → content): tests and small tools. */
function repoModelFromTexts(files) {
    return buildRepoModel(Object.entries(files).map(([file, text]) => factsOfText(file, text)));
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./src/velero/keys.ts
/**
 * Every annotation key Velero reads for hooks, as code (velero-hooks.md §1).
 * Velero looks them up with exact, case-sensitive map reads on a Pod's metadata.annotations.
 */
const FAMILIES = [
    {
        family: 'init',
        prefix: 'init.hook.restore.velero.io/',
        fields: ['container-image', 'container-name', 'command', 'timeout'],
        switchField: 'container-image',
        description: 'restore init-container hook',
    },
    {
        family: 'post-restore',
        prefix: 'post.hook.restore.velero.io/',
        fields: ['command', 'container', 'on-error', 'exec-timeout', 'wait-timeout', 'wait-for-ready'],
        switchField: 'command',
        description: 'restore exec hook',
    },
    {
        family: 'pre-backup',
        prefix: 'pre.hook.backup.velero.io/',
        fields: ['command', 'container', 'on-error', 'timeout'],
        switchField: 'command',
        description: 'pre-backup exec hook',
    },
    {
        family: 'post-backup',
        prefix: 'post.hook.backup.velero.io/',
        fields: ['command', 'container', 'on-error', 'timeout'],
        switchField: 'command',
        description: 'post-backup exec hook',
    },
    {
        family: 'legacy-backup',
        prefix: 'hook.backup.velero.io/',
        fields: ['command', 'container', 'on-error', 'timeout'],
        switchField: 'command',
        description: 'legacy (unprefixed) pre-backup exec hook',
    },
];
const keys_FAMILY_BY_NAME = new Map(FAMILIES.map((f) => [f.family, f]));
/** Every key Velero reads, sorted. */
const KNOWN_KEYS = FAMILIES.flatMap((f) => f.fields.map((x) => f.prefix + x)).sort();
const KNOWN_KEY_SET = new Set(KNOWN_KEYS);
const HOOK_DOMAINS = FAMILIES.map((f) => f.prefix.slice(0, -1));
/** Names Velero gives its own init containers; a hook of that name is removed or confused. */
const RESERVED_INIT_CONTAINER_NAMES = ['restore-wait', 'restic-wait'];
const RESTORE_WAIT = 'restore-wait';
const DEFAULT_INIT_HOOK_NAME = 'velero-restore-init-0';
const key = (family, field) => keys_FAMILY_BY_NAME.get(family).prefix + field;
function isKnownKey(k) {
    return KNOWN_KEY_SET.has(k);
}
/** The family and field of a known key, or undefined. */
function classifyKey(k) {
    if (!KNOWN_KEY_SET.has(k))
        return undefined;
    const family = FAMILIES.find((f) => k.startsWith(f.prefix));
    return { family, field: k.slice(family.prefix.length) };
}
/**
 * Whether Velero builds the hook of a family from a pod's annotations at all
 * (internal/hook/item_hook_handler.go@v1.18.2, unchanged on main): Velero reads annotations with Go map
 * reads, so a missing key and "" are the same, and it builds
 * - the init hook when `container-image` is not "" (getInitContainerFromAnnotation returns nil before
 *   it uses the name or the command);
 * - the restore exec hook when `post.hook.restore…/command` is not "" (getPodExecRestoreHookFromAnnotations);
 * - a backup hook when `<phase>.hook.backup…/command` is not "" (getPodExecHookFromAnnotations); the legacy
 *   unprefixed keys only in the pre phase and only when the prefixed pre hook is nil (HandleHooks).
 * When it does not build the hook, it never looks at the family's other keys: they do nothing, as if absent.
 * `valueOf` gives an annotation's string value, undefined when it is missing or not a YAML string (kubectl
 * rejects such an object, so no hook reaches Velero).
 */
function hookIsBuilt(family, valueOf) {
    const set = (f) => {
        const value = valueOf(key(f, keys_FAMILY_BY_NAME.get(f).switchField));
        return value !== undefined && value !== '';
    };
    if (family === 'legacy-backup')
        return !set('pre-backup') && set('legacy-backup');
    return set(family);
}

;// CONCATENATED MODULE: ./src/velero/hook-keys.ts
/**
 * Recognising hook annotation keys, including the near-misses Velero silently ignores
 * (a wrong domain, a typo, a wrong case), and suggesting the key that was meant.
 */


const HOOK_DOMAIN_SET = new Set(HOOK_DOMAINS);
function splitKey(key) {
    const slash = key.indexOf('/');
    return slash < 0 ? { domain: key, name: '' } : { domain: key.slice(0, slash), name: key.slice(slash + 1) };
}
/** Answers by key: the same few keys recur in every pod, and several rules ask about each. */
const domainKeyCache = new Map();
const DOMAIN_KEY_CACHE_LIMIT = 4096;
/** True for a key Velero reads, or one that a person clearly meant as a Velero hook key. */
function isHookDomainKey(key) {
    let answer = domainKeyCache.get(key);
    if (answer === undefined) {
        answer = computeIsHookDomainKey(key);
        if (domainKeyCache.size < DOMAIN_KEY_CACHE_LIMIT)
            domainKeyCache.set(key, answer);
    }
    return answer;
}
function computeIsHookDomainKey(key) {
    const { domain } = splitKey(key);
    if (HOOK_DOMAIN_SET.has(domain))
        return true;
    const lower = domain.toLowerCase();
    if (HOOK_DOMAIN_SET.has(lower))
        return true; // wrong case: Velero's lookup is case-sensitive
    if (lower.includes('hook') && /vel[a-z]*ro|velero/.test(lower))
        return true; // pre.hook.restore.velero.io, hooks.…
    if (lower.includes('velero') && /(^|\.)(init|pre|post)\b/.test(lower) && /(backup|restore)/.test(lower))
        return true;
    if (lower.length >= 12 && /\.io$/.test(lower)) {
        for (const d of HOOK_DOMAINS)
            if ((0,mod/* distance */.Io)(lower, d) <= 2)
                return true; // init.hook.restore.velro.io
    }
    return false;
}
function isUnknownHookKey(key) {
    return isHookDomainKey(key) && classifyKey(key) === undefined;
}
/** Field names people use for a field Velero spells differently. */
const FIELD_SYNONYMS = {
    image: { init: 'container-image' },
    'container-image': { init: 'container-image' },
    name: { init: 'container-name' },
    'container-name': { init: 'container-name' },
    container: { init: 'container-name' },
    timeout: { 'post-restore': 'exec-timeout' },
    'exec-timeout': { 'pre-backup': 'timeout', 'post-backup': 'timeout', 'legacy-backup': 'timeout' },
    'wait-timeout': {},
    onerror: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
    on_error: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
    commands: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
    cmd: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
};
function familyFor(domain, siblings) {
    const lower = domain.toLowerCase();
    const byName = (family) => FAMILIES.find((f) => f.family === family);
    // The words of the domain say which hook was meant, whatever the typo elsewhere.
    const phase = /^(init|pre|post)\b/.exec(lower)?.[1];
    const backup = lower.includes('backup');
    const restore = lower.includes('restore');
    if (phase === 'pre' && restore && !backup) {
        // Velero has no pre-restore hook: a pre.*restore* key was meant for the pre-backup hook when the pod
        // has one, otherwise for the restore init hook (the thing that runs before the app).
        const usesPreBackup = siblings.some((k) => k.startsWith('pre.hook.backup.velero.io/'));
        return byName(usesPreBackup ? 'pre-backup' : 'init');
    }
    if (phase === 'init')
        return byName('init');
    if (phase === 'pre' && backup)
        return byName('pre-backup');
    if (phase === 'post' && backup && !restore)
        return byName('post-backup');
    if (phase === 'post' && restore && !backup)
        return byName('post-restore');
    if (phase === undefined && backup && !restore)
        return byName('legacy-backup');
    let best;
    let bestDistance = Infinity;
    for (const f of FAMILIES) {
        const d = (0,mod/* distance */.Io)(lower, f.prefix.slice(0, -1));
        if (d < bestDistance) {
            best = f;
            bestDistance = d;
        }
    }
    return best;
}
/** The known key a person most likely meant by an unknown hook key, or undefined. */
function suggestKey(key, siblings = []) {
    const { domain, name } = splitKey(key);
    const family = familyFor(domain, siblings);
    if (!family)
        return undefined;
    // `post.hook.restore.velero.io/test1.command` (Velero's own e2e test): keep the last segment.
    const field = (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name).toLowerCase();
    const synonym = FIELD_SYNONYMS[field]?.[family.family];
    if (synonym)
        return family.prefix + synonym;
    if (family.fields.includes(field))
        return family.prefix + field;
    // A known field with something added or cut off (`wait-for-readiness`, `exec-time`).
    const extended = family.fields.find((f) => (field.startsWith(f) || (field.length >= 4 && f.startsWith(field))) && field !== '');
    if (extended)
        return family.prefix + extended;
    let bestField;
    let bestDistance = Infinity;
    for (const f of family.fields) {
        const d = (0,mod/* distance */.Io)(field, f);
        if (d < bestDistance) {
            bestField = f;
            bestDistance = d;
        }
    }
    if (bestField !== undefined && bestDistance <= Math.max(2, Math.floor(bestField.length / 3)))
        return family.prefix + bestField;
    // Not a field of the likeliest family: try every known key.
    let bestKey;
    bestDistance = Infinity;
    for (const k of KNOWN_KEYS) {
        const d = (0,mod/* distance */.Io)(key, k);
        if (d < bestDistance) {
            bestKey = k;
            bestDistance = d;
        }
    }
    return bestDistance <= 4 ? bestKey : undefined;
}
function validFieldsOf(key, siblings = []) {
    const family = familyFor(splitKey(key).domain, siblings);
    return family ? family.fields.map((f) => family.prefix + f) : [];
}
/** The entries of one hook family, by field. */
/** [field, full key] per family, built once (a concatenated key is re-hashed on every lookup). */
const FAMILY_KEYS = new Map(FAMILIES.map((f) => [f.family, f.fields.map((field) => [field, f.prefix + field])]));
function familyEntries(annotations, family) {
    const out = new Map();
    if (annotations.entries.length === 0)
        return out;
    for (const [field, key] of FAMILY_KEYS.get(family)) {
        const e = annotations.get(key);
        if (e)
            out.set(field, e);
    }
    return out;
}
function hookEntries(annotations) {
    return annotations.entries.filter((e) => isHookDomainKey(e.key));
}

;// CONCATENATED MODULE: ./src/engine/suppressions.ts
/**
 * Inline suppressions, written as YAML comments (they never reach the cluster):
 *
 *   # velero-hooks-ignore <rule>[,<rule>...] [-- reason]       on the line of the finding, after the
 *                                                              code, or alone on the line above it
 *   # velero-hooks-ignore-file <rule>[,<rule>...] [-- reason]  anywhere: the whole file
 *
 * A comment alone on its line applies to the next line that is neither blank nor a comment, so
 * several suppressions can be stacked above one line. A suppression that matches no finding is
 * itself reported (rule unused-suppression), like ESLint's unused disable directives, unless the
 * rule it names is turned off. Text inside YAML scalars ("# velero-hooks-ignore" in a command) is
 * not a comment and is never read as a suppression.
 */



const SUPPRESS_LINE = 'velero-hooks-ignore';
const SUPPRESS_FILE = 'velero-hooks-ignore-file';
const DIRECTIVE = /^#[ \t]*(velero-hooks-ignore(?:-file)?)(?![\w-])[ \t]*(.*?)[ \t]*$/d;
/**
 * Whether an offset lies inside a scalar of the documents (a '#' there is text, not a comment).
 * Scalars never overlap, so a binary search over their sorted ranges answers in O(log n).
 */
function scalarTest(documents) {
    const ranges = [];
    for (const doc of documents ?? []) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (node.range)
                    ranges.push([node.range[0], node.range[1]]);
            },
        });
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return (offset) => {
        let lo = 0;
        let hi = ranges.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const [a, b] = ranges[mid];
            if (offset < a)
                hi = mid - 1;
            else if (offset >= b)
                lo = mid + 1;
            else
                return true;
        }
        return false;
    };
}
function indexLines(text, documents) {
    const insideScalar = scalarTest(documents);
    const lines = text.split('\n');
    const starts = [];
    let offset = 0;
    for (const l of lines) {
        starts.push(offset);
        offset += l.length + 1;
    }
    const commentStart = (i) => {
        const l = lines[i];
        for (let c = l.indexOf('#'); c >= 0; c = l.indexOf('#', c + 1)) {
            if ((c === 0 || l[c - 1] === ' ' || l[c - 1] === '\t') && !insideScalar(starts[i] + c))
                return c;
        }
        return -1;
    };
    // Only the first '#' of a line that starts with one can make it a comment line: one test a line.
    const isBlankOrComment = (i) => {
        const trimmed = lines[i].trim();
        return trimmed === '' || (trimmed.startsWith('#') && !insideScalar(starts[i] + lines[i].indexOf('#')));
    };
    // Filled once, from the end, on first use: stacked comments must not each scan what follows them.
    let next;
    const nextCodeLine = (i) => {
        if (!next) {
            next = new Array(lines.length + 1).fill(undefined);
            for (let j = lines.length - 1; j >= 0; j--)
                next[j] = isBlankOrComment(j) ? next[j + 1] : j;
        }
        return next[i];
    };
    return { lines, commentStart, nextCodeLine };
}
/** Every suppression comment in the text (BOM already stripped). */
function findDirectives(text, documents) {
    if (!text.includes(SUPPRESS_LINE))
        return [];
    const { lines, commentStart, nextCodeLine } = indexLines(text, documents);
    const out = [];
    lines.forEach((raw, i) => {
        if (!raw.includes(SUPPRESS_LINE))
            return;
        const c = commentStart(i);
        if (c < 0)
            return;
        const comment = raw.slice(c).replace(/\r$/, '');
        const m = DIRECTIVE.exec(comment);
        if (!m)
            return;
        const scope = m[1] === SUPPRESS_FILE ? 'file' : 'line';
        const body = m[2] ?? '';
        const dashes = body.search(/(^|\s)--(\s|$)/);
        const list = dashes >= 0 ? body.slice(0, dashes) : body;
        const reason = dashes >= 0 ? body.slice(dashes).replace(/^\s*--\s*/, '').trim() || undefined : undefined;
        const bodyColumn = c + (m.indices?.[2]?.[0] ?? comment.length) + 1;
        const rules = [];
        for (const token of list.matchAll(/[^\s,]+/g))
            rules.push({ id: token[0], column: bodyColumn + (token.index ?? 0) });
        let target;
        if (scope === 'line') {
            const code = raw.slice(0, c).trim() !== '' ? i : nextCodeLine(i + 1);
            target = code === undefined ? undefined : code + 1;
        }
        out.push({ scope, line: i + 1, target, rules, reason, column: c + 1, endColumn: c + 1 + comment.trimEnd().length });
    });
    return out;
}
const knownRuleCache = new WeakMap();
/** Every rule id a suppression may name: the registry plus the rule set's own rules. */
function knownRules(ruleSet) {
    let known = knownRuleCache.get(ruleSet);
    if (!known) {
        const own = [...ruleSet.rules, ruleSet.yamlSyntax, ruleSet.templateSkipped, ruleSet.fileUnreadable, ruleSet.unusedSuppression].map((r) => r.meta.id);
        known = new Set([...ruleSet.knownRuleIds, ...own]);
        knownRuleCache.set(ruleSet, known);
    }
    return known;
}
/**
 * The indexes of the directives that name a finding's rule and apply to its line (the file's, then
 * the line's own), looked up by key: many findings and many directives stay linear.
 */
function coveringDirectives(directives) {
    const index = new Map();
    const add = (key, i) => {
        const list = index.get(key);
        if (list)
            list.push(i);
        else
            index.set(key, [i]);
    };
    directives.forEach((d, i) => {
        if (d.scope === 'line' && d.target === undefined)
            return;
        for (const id of new Set(d.rules.map((r) => r.id)))
            add(d.scope === 'file' ? `file\0${id}` : `${d.target}\0${id}`, i);
    });
    return (f) => [...(index.get(`file\0${f.ruleId}`) ?? []), ...(index.get(`${f.line}\0${f.ruleId}`) ?? [])];
}
const repositoryRuleCache = new WeakMap();
/** The ids of the rule set's cross-resource rules: their suppressions are judged after the cross-resource step. */
function repositoryRuleIds(ruleSet) {
    let ids = repositoryRuleCache.get(ruleSet);
    if (!ids) {
        ids = new Set(ruleSet.rules.filter((r) => r.checkRepository).map((r) => r.meta.id));
        repositoryRuleCache.set(ruleSet, ids);
    }
    return ids;
}
/** Drops the findings a directive covers, noting `${directive}:${rule}` in `used`. */
function dropSuppressed(directives, findings, ruleSet, used) {
    const unusedSuppression = ruleSet.unusedSuppression;
    const covering = coveringDirectives(directives);
    return findings.filter((f) => {
        if (f.ruleId === unusedSuppression.meta.id)
            return true;
        let suppressed = false;
        for (const i of covering(f)) {
            used.add(`${i}:${f.ruleId}`);
            suppressed = true;
        }
        return !suppressed;
    });
}
/**
 * Drops the findings that a suppression comment covers and adds unused-suppression findings.
 * `raw` is the file text as read (a BOM is ignored); `parsed` is given when the text was parsed.
 * A comment naming a cross-resource rule is not judged here: with `defer`, it is handed over (with
 * what it already suppressed) for applyDeferredSuppressions once the cross-resource step has run.
 */
function applySuppressions(file, raw, parsed, findings, ruleSet, defer) {
    const text = parsed ? parsed.text : raw.replace(/^\uFEFF/, '');
    const directives = findDirectives(text, parsed?.documents);
    if (directives.length === 0)
        return findings;
    const used = new Set();
    const kept = dropSuppressed(directives, findings, ruleSet, used);
    const later = repositoryRuleIds(ruleSet);
    reportUnused(file, directives, used, ruleSet, kept, (id) => !later.has(id));
    if (defer && directives.some((d) => d.rules.some((r) => later.has(r.id)))) {
        defer({ directives, used: [...used].filter((k) => later.has(k.slice(k.indexOf(':') + 1))) });
    }
    return kept;
}
/**
 * The cross-resource findings of one file, without those its suppression comments cover, plus an
 * unused-suppression finding for each cross-resource rule a comment names that suppressed nothing
 * (neither in the file's own lint nor here); `judgeUnused: false` only drops.
 */
function applyDeferredSuppressions(file, deferred, findings, ruleSet, judgeUnused = true) {
    const used = new Set(deferred.used);
    const kept = dropSuppressed(deferred.directives, findings, ruleSet, used);
    if (!judgeUnused)
        return kept;
    const later = repositoryRuleIds(ruleSet);
    reportUnused(file, deferred.directives, used, ruleSet, kept, (id) => later.has(id), true);
    return kept;
}
/**
 * Adds an unused-suppression finding to `out` for each rule a directive names (among those `judged`)
 * that suppressed nothing; unknown rule names and empty directives too, unless `onlyUnused`.
 */
function reportUnused(file, directives, used, ruleSet, out, judged, onlyUnused = false) {
    const unusedSuppression = ruleSet.unusedSuppression;
    const override = ruleSet.severities?.get(unusedSuppression.meta.id);
    if (override === 'off')
        return;
    const severity = override ?? unusedSuppression.meta.severity;
    const report = (d, messageId, data, column, endColumn) => {
        out.push(createFinding(unusedSuppression, { messageId, data, severity, file, span: { line: d.line, column, endLine: d.line, endColumn } }));
    };
    const known = knownRules(ruleSet);
    directives.forEach((d, i) => {
        const directive = d.scope === 'file' ? SUPPRESS_FILE : SUPPRESS_LINE;
        if (d.rules.length === 0) {
            if (!onlyUnused)
                report(d, 'noRules', { directive }, d.column, d.endColumn);
            return;
        }
        for (const r of d.rules) {
            const end = r.column + r.id.length;
            if (!known.has(r.id)) {
                if (onlyUnused)
                    continue;
                const near = (0,mod/* closest */.kp)(r.id, [...known]);
                const hint = (0,mod/* distance */.Io)(near, r.id) <= Math.max(3, Math.floor(r.id.length / 4)) ? ` (did you mean "${near}"?)` : '';
                report(d, 'unknownRule', { rule: r.id, hint }, r.column, end);
            }
            else if (judged(r.id) && ruleSet.severities?.get(r.id) !== 'off' && !used.has(`${i}:${r.id}`)) {
                const where = d.scope === 'file' ? 'in this file' : d.target === undefined ? '(no line follows the comment)' : `on line ${d.target}`;
                report(d, 'unused', { rule: r.id, where }, r.column, end);
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/engine/velero-hint.ts
/**
 * The pre-filter: could this file hold Velero content? Files that cannot are never decoded or
 * parsed, and in a typical repository that is almost every file, so this check runs over every
 * byte of the repository and sets the cost of a lint.
 *
 * Hook-bearing text has one of three anchors:
 * - the word "velero" (as velero, Velero or VELERO);
 * - "hook" (hook, Hook or HOOK) followed by an optional "s", ".backup" or ".restore" (any case):
 *   hook keys whose domain is misspelt;
 * - ".io/" (any case) right after "backup.<4-8 letters>" / "restore.<4-8 letters>", or after a
 *   word of 5-8 letters that starts with "v" and ends with "o": misspelt domains such as
 *   "velro.io/" or "backup.velera.io/".
 *
 * Each anchor is found with indexOf, which Node runs natively over the raw bytes (no UTF-8 or
 * latin1 decoding: about 6× cheaper than the case-insensitive RegExp over a latin1 copy it
 * replaced, measured on ../shared/corpus), and the few hits are confirmed with a small RegExp
 * over the bytes around them. Every anchor and pattern is ASCII, and UTF-8 encodes ASCII as
 * itself and every other character as bytes ≥ 0x80
 * (which no pattern here matches, and which count as non-word characters as the characters they
 * encode do), so the answer on the bytes is the answer on the decoded text: hasVeleroHint and
 * bytesHaveVeleroHint always agree (the fuzz suite checks it).
 *
 * Mixed-case spellings of the anchor words ("vElErO") are not hints: no Kubernetes key can be
 * written that way (annotation prefixes are lowercase DNS names), and the lint would otherwise
 * need a case-insensitive pass over every byte.
 */
const WORD_ANCHORS = ['velero', 'Velero', 'VELERO'];
const HOOK_ANCHORS = ['hook', 'Hook', 'HOOK'];
const DOMAIN_ANCHORS = ['.io/', '.IO/', '.Io/', '.iO/'];
/** After a HOOK_ANCHORS hit: "hooks?.backup" or "hooks?.restore". */
const AFTER_HOOK = /^hooks?\.(?:backup|restore)/i;
const AFTER_HOOK_LENGTH = 'hooks.restore'.length;
/** Before (and including) a DOMAIN_ANCHORS hit: a misspelt Velero domain. */
const BEFORE_DOMAIN = /(?:(?:backup|restore)\.[a-z]{4,8}|\bv[a-z]{3,6}o)\.io\/$/i;
/** Enough text before ".io/" for the longest match ("restore." + 8 letters) and a \b before "v". */
const BEFORE_DOMAIN_LENGTH = 'restore.'.length + 8 + 4 + 2;
/**
 * Escapes a double-quoted YAML (or JSON) scalar decodes, which can spell a key no anchor finds
 * ("init.hook.restore.v\x65lero.io/…", "\u0076elero", "velero.io\/", or an escaped line break in
 * the middle of a word). After a backslash, the character that makes it one of them.
 */
const ESCAPE_KINDS = new Set(['x', 'u', 'U', '/', '\n', '\r'].map((c) => c.charCodeAt(0)));
/** What a run of key text is made of: printable ASCII but the quote that ends a scalar. */
const isKeyCode = (c) => c > 0x20 && c < 0x7f && c !== 0x22;
/**
 * Whether a run of key text holding such an escape spells a hint once decoded. Each run (printable
 * ASCII, escaped line breaks included) is decoded and scanned once, from the escape's run start to
 * its end, and the search goes on after it: linear however many escapes a file holds. Runs are
 * ASCII, so text and bytes give the same runs and the same answer.
 */
function hasEscapedHint(haystack, access) {
    const { codeAt, backslash } = access;
    for (let i = backslash(0); i >= 0 && i + 1 < haystack.length; i = backslash(i + 1)) {
        if (!ESCAPE_KINDS.has(codeAt(i + 1)))
            continue;
        let start = i;
        while (start > 0 && isKeyCode(codeAt(start - 1)))
            start--;
        let end = i;
        for (;;) {
            while (end < haystack.length && isKeyCode(codeAt(end)))
                end++;
            // An escaped line break joins the next line's text (its indentation dropped) to this run.
            if (codeAt(end - 1) !== 0x5c || (codeAt(end) !== 0x0a && codeAt(end) !== 0x0d))
                break;
            end++;
            while (end < haystack.length && (codeAt(end) === 0x0a || codeAt(end) === 0x20 || codeAt(end) === 0x09))
                end++;
        }
        if (hasAnchorHint(decodeEscapes(access.slice(start, end)), sliceText))
            return true;
        i = Math.max(i, end - 1);
    }
    return false;
}
/** The YAML double-quoted escapes that matter for a key: \xHH, \uHHHH, \UHHHHHHHH, \/, \\ and escaped line breaks. */
function decodeEscapes(text) {
    return text.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(\r?\n[ \t\r\n]*)|(.))/g, (whole, x, u, U, _lineBreak, other) => {
        const code = Number.parseInt(x ?? u ?? U ?? '', 16);
        if (Number.isInteger(code))
            return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        return other ?? '';
    });
}
/** A hint in the text as it is, or in a key it spells with escapes. */
function hasHint(haystack, slice, access) {
    return hasAnchorHint(haystack, slice) || hasEscapedHint(haystack, access);
}
function hasAnchorHint(haystack, slice) {
    for (const word of WORD_ANCHORS)
        if (haystack.indexOf(word, 0) >= 0)
            return true;
    for (const hook of HOOK_ANCHORS) {
        for (let i = haystack.indexOf(hook, 0); i >= 0; i = haystack.indexOf(hook, i + hook.length)) {
            if (AFTER_HOOK.test(slice(haystack, i, i + AFTER_HOOK_LENGTH)))
                return true;
        }
    }
    for (const domain of DOMAIN_ANCHORS) {
        for (let i = haystack.indexOf(domain, 0); i >= 0; i = haystack.indexOf(domain, i + domain.length)) {
            if (BEFORE_DOMAIN.test(slice(haystack, Math.max(0, i - BEFORE_DOMAIN_LENGTH), i + domain.length)))
                return true;
        }
    }
    return false;
}
const sliceText = (text, start, end) => text.slice(start, end);
const sliceBytes = (bytes, start, end) => bytes.toString('latin1', start, Math.min(end, bytes.length));
/** Text that could hold Velero content (see the module comment). */
function hasVeleroHint(text) {
    return hasHint(text, sliceText, { codeAt: (i) => text.charCodeAt(i), backslash: (from) => text.indexOf('\\', from), slice: (start, end) => text.slice(start, end) });
}
/** hasVeleroHint on a file's bytes, without decoding them. */
function bytesHaveVeleroHint(bytes) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const access = { codeAt: (i) => buffer[i] ?? Number.NaN, backslash: (from) => buffer.indexOf(0x5c, from), slice: (start, end) => sliceBytes(buffer, start, end) };
    return hasHint(buffer, sliceBytes, access);
}

;// CONCATENATED MODULE: ./src/engine/lint-text.ts
/**
 * Lints one file's text: the pure core shared by the CLI, the action and render.
 * read → (cheap pre-filter) → parse with positions → model → rules → findings.
 */










// The pre-filter lives in its own module; callers of the engine find it here too.

/** yaml-syntax findings per document before the rest are summed up in one. */
const MAX_SYNTAX_ERRORS_PER_DOCUMENT = 20;
/** Helm/Go templates and Jinja: the text is not the YAML that reaches the cluster. */
const TEMPLATE_MARK = /\{\{|\{%/;
/** Hook-shaped text: only templates holding some are worth a template-skipped notice. */
const HOOK_HINT = /hooks?\.(?:backup|restore)|\.hook\.|^[ \t]*hooks:/im;
function lintText(file, raw, ruleSet) {
    return lintFile(file, raw, ruleSet, true).result;
}
/**
 * lintText without keeping the file's documents: each is modelled, checked and dropped as soon
 * as it is parsed, so memory stays that of one document however big the file (runLint's path
 * when nothing needs the parsed documents afterwards). Same findings as lintText.
 */
function lintTextCounts(file, raw, ruleSet) {
    // Suppression comments need every document's scalars (a '#' inside one is no comment).
    const { result, counts } = lintFile(file, raw, ruleSet, raw.includes(SUPPRESS_LINE));
    const { facts, suppressions } = result;
    const hasFacts = facts && (facts.workloads.length > 0 || facts.velero.length > 0 || facts.namespaces.length > 0);
    return { findings: result.findings, ...counts, ...(hasFacts ? { facts } : {}), ...(suppressions ? { suppressions } : {}) };
}
function lintFile(file, raw, ruleSet, keep) {
    const linter = new FileLinter(file, raw, ruleSet, keep);
    linter.run();
    return { result: linter.result, counts: linter.counts };
}
/** One file's lint: the steps of lintFile as methods sharing the file's state. */
class FileLinter {
    file;
    raw;
    ruleSet;
    keep;
    result;
    counts = { documents: 0, resources: 0, hooks: 0 };
    lineCounter;
    text = '';
    /** The first alias-like '*' at or after the current document (-1: none left); see lintDocument. */
    nextStar = -1;
    facts;
    /** Set when the text has a template mark: which documents are templates (see TemplateMarks). */
    templates;
    constructor(file, raw, ruleSet, keep) {
        this.file = file;
        this.raw = raw;
        this.ruleSet = ruleSet;
        this.keep = keep;
        this.facts = { file, workloads: [], velero: [], namespaces: [] };
        this.result = { file, parsed: undefined, models: [], findings: [], brokenDocuments: new Set(), facts: this.facts };
    }
    run() {
        if (!hasVeleroHint(this.raw))
            return;
        const stream = parseManifestStream(this.raw);
        this.lineCounter = stream.lineCounter;
        this.text = stream.text;
        this.templates = TEMPLATE_MARK.test(this.raw) ? new TemplateMarks(this.text) : undefined;
        const tooDeep = deepNestingOffset(stream.text);
        if (tooDeep !== undefined) {
            // Refused before the parser recurses into it (see MAX_NESTING): same answer on every thread.
            const detail = `collections nest more than ${MAX_NESTING} levels deep here, too deep to parse safely`;
            this.syntax(detail, 'RESOURCE_EXHAUSTION', spanOf(this.lineCounter, tooDeep, tooDeep + 1));
            return;
        }
        const documents = this.lintDocuments(stream.documents);
        if (!documents)
            return;
        const parsed = { text: stream.text, hadBom: stream.hadBom, lineCounter: this.lineCounter, documents };
        if (this.keep)
            this.result.parsed = parsed;
        this.result.findings = applySuppressions(this.file, this.raw, this.keep ? parsed : undefined, this.result.findings, this.ruleSet, this.defer);
        this.result.findings.sort(compareFindings);
    }
    defer = (deferred) => {
        this.result.suppressions = deferred;
    };
    severityOf(rule, requested) {
        const override = this.ruleSet.severities?.get(rule.meta.id);
        if (override === 'off')
            return undefined;
        return override ?? requested ?? rule.meta.severity;
    }
    syntax(detail, code, span, duplicate) {
        const severity = this.severityOf(this.ruleSet.yamlSyntax);
        if (!severity)
            return;
        const report = duplicate
            ? { messageId: 'duplicateKey', data: { key: JSON.stringify(duplicate.key), firstLine: duplicate.firstLine } }
            : { messageId: 'syntax', data: { detail, code } };
        this.result.findings.push(createFinding(this.ruleSet.yamlSyntax, { ...report, severity, file: this.file, span }));
    }
    at(node, fallback) {
        const n = node?.range ? node : fallback?.range ? fallback : undefined;
        const [start, end] = n?.range ? [n.range[0], n.range[1]] : [0, 0];
        return spanOf(this.lineCounter, start, end);
    }
    /** A Helm/Jinja template is not the YAML that reaches the cluster: one notice per such document, when it has hooks. */
    skipTemplate(mark, window) {
        const severity = HOOK_HINT.test(window) ? this.severityOf(this.ruleSet.templateSkipped) : undefined;
        if (!severity)
            return;
        const span = spanOf(this.lineCounter, mark, mark + 2);
        const data = { mark: this.text.slice(mark, mark + 2) };
        this.result.findings.push(createFinding(this.ruleSet.templateSkipped, { messageId: 'template', data, severity, file: this.file, span }));
    }
    /** Every document in turn; undefined when the parser itself failed (the file is then not checked). */
    lintDocuments(stream) {
        const documents = [];
        // Found once per stretch of text rather than searched from every document to the end of a file of thousands.
        this.nextStar = aliasLikeOffset(this.text, 0, this.text.length);
        const pending = withTextEnds(stream, this.text.length);
        for (let index = 0;; index++) {
            let next;
            try {
                next = pending.next();
            }
            catch (e) {
                this.parserFailed(e);
                return undefined;
            }
            if (next.done)
                return documents;
            const [document, textEnd] = next.value;
            if (this.keep)
                documents.push(document);
            this.counts.documents++;
            const model = this.lintDocument(document, index, textEnd);
            if (!model)
                continue;
            if (this.keep)
                this.result.models.push(model);
            this.counts.resources += countResources([model]);
            this.counts.hooks += countHooks([model]);
        }
    }
    /**
     * The yaml parser recurses: thousands of nested block collections overflow the stack before its
     * own depth check (which covers composing) can report them. The file is not checked, and what its
     * first documents gave is dropped: the file as a whole did not parse.
     */
    parserFailed(e) {
        const tooDeep = e instanceof RangeError;
        this.result.findings = [];
        const detail = tooDeep ? 'the file nests collections too deeply to parse' : `the parser failed (${boundedDetail(e?.message ?? String(e))})`;
        this.syntax(detail, tooDeep ? 'RESOURCE_EXHAUSTION' : 'PARSER_FAILURE', { line: 1, column: 1, endLine: 1, endColumn: 1 });
        this.result.models = [];
        this.facts = { file: this.file, workloads: [], velero: [], namespaces: [] };
        this.result.facts = this.facts;
        this.result.brokenDocuments.clear();
        Object.assign(this.counts, { documents: 0, resources: 0, hooks: 0 });
    }
    /** Checks one document; returns its model, or undefined when it is broken. */
    lintDocument(document, index, textEnd) {
        const template = this.templates?.templateIn(document, textEnd);
        if (template) {
            this.skipTemplate(template.mark, template.window);
            return undefined;
        }
        if (document.errors.length > 0) {
            this.result.brokenDocuments.add(index);
            this.reportParseErrors(document);
            return undefined;
        }
        if (this.isAliasBomb(document)) {
            this.result.brokenDocuments.add(index);
            return undefined;
        }
        const model = buildDocumentModel(document, index);
        this.addFacts(document, model);
        this.reportUnreadHookKeys(document, model);
        if (model.pods.length === 0 && model.objects.length === 0 && model.velero.length === 0)
            return model;
        for (const rule of this.ruleSet.rules)
            this.runRule(rule, model);
        return model;
    }
    /** The document's workloads and Velero objects, for the repository model. */
    addFacts(document, model) {
        const { workloads, velero, namespaces } = extractDocumentFacts(this.file, document, model, this.lineCounter);
        const facts = this.facts;
        for (const w of workloads)
            facts.workloads.push(w);
        for (const v of velero)
            facts.velero.push(v);
        for (const n of namespaces)
            facts.namespaces.push(n);
    }
    /**
     * Hook keys written as mapping keys where no reader of the model ties them to a pod: one finding
     * per mapping (at its first such key), so a green run never hides hooks nobody checked.
     */
    reportUnreadHookKeys(document, model) {
        const rule = this.ruleSet.hookKeysNotChecked;
        const severity = this.severityOf(rule);
        if (!severity)
            return;
        const read = new Set();
        for (const target of [...model.pods, ...model.objects])
            for (const entry of target.annotations.entries)
                read.add(entry.keyNode);
        const unread = new Map();
        (0,dist/* visit */.YR)(document, {
            Pair: (_, pair, path) => {
                const key = pair.key;
                if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string' || read.has(key) || !isHookDomainKey(key.value))
                    return;
                const map = path.at(-1);
                if ((0,dist/* isMap */.jh)(map))
                    unread.set(map, [...(unread.get(map) ?? []), key]);
            },
        });
        for (const keys of unread.values()) {
            const first = keys[0];
            const more = keys.length > 1 ? ` (and ${keys.length - 1} more ${keys.length === 2 ? 'key' : 'keys'} of this mapping)` : '';
            const span = this.at(first);
            this.result.findings.push(createFinding(rule, { messageId: 'unchecked', data: { key: first.value, more }, severity, file: this.file, span }));
        }
    }
    /**
     * Binary or badly damaged text yields an error per token: the first ones say what is wrong, one
     * more says how many follow (a 300 KB file of quotes would otherwise give 60,000).
     */
    reportParseErrors(document) {
        if (!this.severityOf(this.ruleSet.yamlSyntax))
            return;
        const shown = document.errors.length > MAX_SYNTAX_ERRORS_PER_DOCUMENT + 1 ? MAX_SYNTAX_ERRORS_PER_DOCUMENT : document.errors.length;
        for (const [i, error] of document.errors.entries()) {
            let span = spanOf(this.lineCounter, error.pos[0], error.pos[1]);
            let detail = boundedDetail(error.message).replace(/\.?$/, '');
            const more = i === shown ? document.errors.length - shown : 0;
            let duplicate;
            if (more)
                detail = `${more} YAML errors from here on in this document (the first: ${detail})`;
            else if (error.code === 'DUPLICATE_KEY') {
                duplicate = describeDuplicateKey(document, this.text, this.lineCounter, error.pos[0]);
                if (duplicate)
                    span = duplicate.span;
            }
            this.syntax(detail, more ? 'TOO_MANY_ERRORS' : error.code, span, duplicate);
            if (more)
                break;
        }
    }
    /** An alias bomb: kubectl refuses it, and walking it would never end. Left alone like a broken document. */
    isAliasBomb(document) {
        // Only a document with a '*' placed like an alias can hold one; most have none and skip the measurement.
        const [docStart, , docEnd] = document.range;
        if (this.nextStar >= 0 && this.nextStar < docStart)
            this.nextStar = aliasLikeOffset(this.text, docStart, this.text.length);
        if (!(this.nextStar >= 0 && this.nextStar < docEnd))
            return false;
        const expansion = measureAliasExpansion(document);
        if (!isExcessiveAliasing(expansion))
            return false;
        const expanded = Number.isFinite(expansion.decodeCount) ? `${expansion.decodeCount} nodes` : 'an endless structure';
        const detail = `this document's aliases expand to ${expanded}, which the Kubernetes YAML decoder refuses as excessive aliasing (an alias bomb)`;
        this.syntax(detail, 'EXCESSIVE_ALIASING', this.at(expansion.firstAlias, document.contents));
        return true;
    }
    runRule(rule, model) {
        if (!rule.create)
            return;
        if (this.ruleSet.severities?.get(rule.meta.id) === 'off')
            return;
        const context = {
            file: this.file,
            model,
            veleroVersion: this.ruleSet.veleroVersion,
            report: (d) => {
                const severity = this.severityOf(rule, d.severity);
                if (!severity)
                    return;
                const { messageId, data, resource } = d;
                const span = this.at(d.node, d.fallback);
                this.result.findings.push(createFinding(rule, { messageId, data, severity, file: this.file, span, resource, path: pathText(d.path) }));
            },
        };
        const visitor = rule.create(context);
        if (visitor.podTemplate)
            for (const pod of model.pods)
                visitor.podTemplate(pod);
        if (visitor.object)
            for (const obj of model.objects)
                visitor.object(obj);
        if (visitor.velero)
            for (const v of model.velero)
                visitor.velero(v);
    }
}
/** Each document with the end of its text: where the next one starts, or the end of the whole text. */
function* withTextEnds(documents, end) {
    let held;
    for (const document of documents) {
        if (held)
            yield [held, document.range[0]];
        held = document;
    }
    if (held)
        yield [held, end];
}
/** Kinds of scalars whose text is data: a template mark in one is not template syntax. */
const STRING_SCALARS = new Set([dist/* Scalar */.X5.QUOTE_DOUBLE, dist/* Scalar */.X5.QUOTE_SINGLE, dist/* Scalar */.X5.BLOCK_LITERAL, dist/* Scalar */.X5.BLOCK_FOLDED]);
/**
 * Which documents of a text with a template mark ({{, {%) are templates, decided per document in
 * order: one whose mark is template syntax (in a key, a plain scalar, a flow collection, a comment)
 * or that does not parse. A mark inside a quoted or block scalar of a document that parses is data
 * (a Prometheus label template in a ConfigMap, a JSON Restore with "{{" in a string), and the
 * document is linted. Each mark is looked at once.
 */
class TemplateMarks {
    text;
    pattern = new RegExp(TEMPLATE_MARK.source, 'g');
    /** Where the current document's text starts (the end of the one before). */
    start = 0;
    /** The first mark not yet looked at (-1: none left): found once, not searched for from every document. */
    next;
    constructor(text) {
        this.text = text;
        this.next = this.find(0);
    }
    find(from) {
        this.pattern.lastIndex = from;
        return this.pattern.exec(this.text)?.index ?? -1;
    }
    /**
     * The document's first template mark and its text (from the end of the one before to `textEnd`, where
     * the next starts: a document that does not parse may end early); undefined when it is no template.
     */
    templateIn(document, textEnd) {
        const [start, end] = [this.start, Math.max(this.start, textEnd)];
        this.start = end;
        const marks = [];
        for (; this.next >= 0 && this.next < end; this.next = this.find(this.next + 1))
            marks.push(this.next);
        if (marks.length === 0)
            return undefined;
        const mark = document.errors.length > 0 ? marks[0] : firstOutside(marks, stringRanges(document));
        return mark === undefined ? undefined : { mark, window: this.text.slice(start, end) };
    }
}
/** The source ranges of a document's quoted and block scalars, by start. */
function stringRanges(document) {
    const ranges = [];
    (0,dist/* visit */.YR)(document, {
        Scalar: (_, node) => {
            if (STRING_SCALARS.has(node.type) && node.range)
                ranges.push([node.range[0], node.range[1]]);
        },
    });
    return ranges.sort((a, b) => a[0] - b[0]);
}
/** The first offset (ascending) in none of the ranges (sorted, not overlapping), or undefined. */
function firstOutside(offsets, ranges) {
    let r = 0;
    for (const offset of offsets) {
        while (r < ranges.length && ranges[r][1] <= offset)
            r++;
        const range = ranges[r];
        if (!range || offset < range[0] || offset + 2 > range[1])
            return offset;
    }
    return undefined;
}
/** How many pod specs carry hook annotations, plus Velero objects with hook specs. */
function countHooks(models) {
    let n = 0;
    for (const m of models) {
        for (const pod of m.pods)
            if (hookEntries(pod.annotations).length > 0)
                n++;
        n += m.velero.length;
    }
    return n;
}
function countResources(models) {
    let n = 0;
    for (const m of models)
        n += m.pods.filter((p) => p.role === 'pod').length + m.objects.length;
    return n;
}
/** The most of a parser message a finding quotes: past it, the message is cut with "...". */
const MAX_DETAIL_CHARS = 200;
/**
 * A parser message as a finding may show it: without the source excerpt (a pretty error's
 * `at line L, column C:` and the line under it) and without the text of the token it names
 * (`Unexpected scalar token in YAML stream: "…"` would quote any line of any file, a credential in a
 * linked .git/config included), on one line, without control characters, at most MAX_DETAIL_CHARS.
 */
function boundedDetail(message) {
    const detail = message
        .replace(/ at line \d+, column \d+:[\s\S]*$/, '')
        .replace(/ in YAML stream: [\s\S]*$/, ' in YAML stream')
        .replace(/^(Unresolved plain scalar|Block scalar header includes extra characters):? [\s\S]*$/, '$1')
        .replace(/\s+/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?')
        .trim();
    return detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 3)}...` : detail;
}
/**
 * A DUPLICATE_KEY error as the whole key (yaml points at its first character only), the key as text and
 * the line it repeats; undefined when no key starts at the error.
 */
function describeDuplicateKey(document, text, lineCounter, offset) {
    const duplicate = duplicateKeyAt(document, offset);
    if (!duplicate?.key.range)
        return undefined;
    const [keyStart, keyEnd] = duplicate.key.range;
    const span = spanOf(lineCounter, keyStart, keyEnd);
    const firstLine = duplicate.first.range ? lineCounter.linePos(duplicate.first.range[0]).line : span.line;
    // A scalar by its value; anything else by its source text (never stringified: see duplicateKeyAt).
    const keyText = ((0,dist/* isScalar */.jn)(duplicate.key) ? String(duplicate.key.value) : text.slice(keyStart, keyEnd)).slice(0, 200).replace(/\s+/g, ' ');
    return { span, key: keyText.length > 80 ? `${keyText.slice(0, 77)}...` : keyText, firstLine };
}

;// CONCATENATED MODULE: ./src/engine/lint-pool.ts
/**
 * Worker threads that lint files in parallel: the main thread discovers, reads and pre-filters;
 * workers (and the main thread, when they are all busy) parse, model and check, and send back only
 * findings, counts and the file's facts for the repository model (plain data, by structured clone;
 * parsed documents never cross threads). They also read the facts alone of files that were not
 * linted (factsOfText), when the repository's Velero objects need them.
 *
 * The engine does not know where its worker is or which rules exist: the program's entry names
 * a worker file (a plain script that calls serveLintJobs, bundled by ncc as its own entry) and how
 * a rule set crosses to it, through useLintWorkers(). Without that, runLint uses this thread only.
 */







/**
 * At most this many workers, whatever is asked (`--workers 2000` starts at most this many, and
 * never more than the cores Node may use): each worker is a heap of its own, and parsing does not
 * get faster with more threads than cores.
 */
const MAX_WORKERS = 8;
/** Jobs a worker holds at once: its next job is there when it answers the current one. */
const JOBS_PER_WORKER = 2;
const WARNING_CODE = 'VELERO_HOOKS_LINT_WORKER';
let configured;
/** Called once by the program's entry: the worker file and how rule sets cross to it. */
function useLintWorkers(workers) {
    configured = workers;
}
/**
 * How many workers a run gets: `requested`, capped at the cores Node may use and at MAX_WORKERS.
 * By default one per core but this thread's, which checks files too (none on one core).
 */
function workerCount(requested) {
    const cores = availableParallelism();
    return Math.max(0, Math.min(requested ?? cores - 1, cores, MAX_WORKERS));
}
/** A job's answer, wherever it runs. */
function runJob(job, ruleSet) {
    return job.task === 'facts' ? factsOfText(job.file, job.text) : lintTextCounts(job.file, job.text, ruleSet);
}
/** An answer as it arrives from a worker: maps that were made without a prototype get none again. */
function revive(reply, job) {
    if (job.task === 'facts')
        return reviveFileFacts(reply);
    const counts = reply;
    return counts.facts ? { ...counts, facts: reviveFileFacts(counts.facts) } : counts;
}
/**
 * Workers plus this thread: a job goes to a ready worker with room, and otherwise this thread
 * checks it, one job per event-loop turn so that the workers' replies (and their next jobs) are
 * handled in between. So this thread is busy while the workers load, and every job is done even
 * if no worker ever starts.
 */
class LintPool {
    ruleSet;
    workers = [];
    queue = [];
    nextId = 1;
    closed = false;
    warned = false;
    localTurn;
    readyWaiters = [];
    constructor(ruleSet) {
        this.ruleSet = ruleSet;
    }
    /**
     * A pool of up to `size` workers for this rule set, or undefined when there is nothing to
     * start: no worker configured (useLintWorkers), its file missing (running from source), size 0,
     * or a rule set that cannot cross threads. Workers load in the background.
     */
    static start(ruleSet, size, workers = configured) {
        if (!workers || size < 1 || !existsSync(fileURLToPath(workers.file)))
            return undefined;
        const data = workers.workerData(ruleSet);
        if (data === undefined)
            return undefined;
        const pool = new LintPool(ruleSet);
        try {
            for (let i = 0; i < size; i++)
                pool.spawn(workers.file, data);
        }
        catch (e) {
            // Node refused a thread (out of resources): the workers started so far serve, if any.
            if (pool.workers.length === 0)
                pool.warn(`no lint worker could start (${e?.message ?? String(e)})`);
        }
        return pool;
    }
    lint(file, text) {
        return this.submit({ id: this.nextId++, file, text });
    }
    /** The facts alone of a file that is not linted (factsOfText). */
    facts(file, text) {
        return this.submit({ id: this.nextId++, file, text, task: 'facts' });
    }
    submit(job) {
        if (this.closed)
            return Promise.reject(new Error('the lint pool is closed'));
        return new Promise((resolve, reject) => {
            this.queue.push({ job, resolve, reject });
            this.dispatch();
        });
    }
    /** Resolves once a worker serves (true) or none is left that could (false). */
    whenReady() {
        return new Promise((resolve) => {
            this.readyWaiters.push(resolve);
            this.settleWaiters();
        });
    }
    settleWaiters() {
        const serving = this.workers.some((w) => w.ready) ? true : this.workers.length === 0 ? false : undefined;
        if (serving !== undefined)
            for (const resolve of this.readyWaiters.splice(0))
                resolve(serving);
    }
    /** Stop every worker; jobs not answered yet fail. */
    async close() {
        this.closed = true;
        clearImmediate(this.localTurn);
        const workers = this.workers.splice(0);
        await Promise.all(workers.map((w) => w.worker.terminate()));
        const pending = [...this.queue.splice(0), ...workers.flatMap((w) => [...w.inFlight.values()])];
        for (const p of pending)
            p.reject(new Error('the lint pool closed'));
        this.settleWaiters();
    }
    spawn(file, data) {
        const pooled = { worker: new Worker(file, { workerData: data }), ready: false, inFlight: new Map() };
        this.workers.push(pooled);
        pooled.worker.on('message', (reply) => {
            if ('ready' in reply) {
                pooled.ready = true;
                this.settleWaiters();
            }
            const pending = 'id' in reply ? pooled.inFlight.get(reply.id) : undefined;
            if (pending && 'id' in reply) {
                pooled.inFlight.delete(reply.id);
                if ('error' in reply)
                    pending.reject(new Error(reply.error));
                else
                    pending.resolve(revive('result' in reply ? reply.result : reply.facts, pending.job));
            }
            this.dispatch();
        });
        pooled.worker.on('error', (e) => this.lose(pooled, e instanceof Error ? e : new Error(String(e))));
        pooled.worker.on('exit', (code) => this.lose(pooled, new Error(`the lint worker stopped (exit code ${code})`)));
    }
    /**
     * A worker failed. One that never got ready could not start (a broken script, which would
     * otherwise go unnoticed): a warning, and this thread does its share. One that was serving died
     * on a job (out of memory on a hostile file): that job fails with the reason.
     */
    lose(pooled, error) {
        const index = this.workers.indexOf(pooled);
        if (this.closed || index < 0)
            return;
        this.workers.splice(index, 1);
        void pooled.worker.terminate();
        if (!pooled.ready)
            this.warn(`a lint worker could not start (${error.message})`);
        for (const p of pooled.inFlight.values())
            p.reject(new Error(`the lint worker failed: ${error.message}`));
        this.settleWaiters();
        this.dispatch();
    }
    /** Queued jobs to the least busy ready workers with room; what is left, to this thread's next turn. */
    dispatch() {
        while (this.queue.length > 0) {
            let target;
            for (const w of this.workers)
                if (w.ready && w.inFlight.size < JOBS_PER_WORKER && (!target || w.inFlight.size < target.inFlight.size))
                    target = w;
            if (!target)
                break;
            const pending = this.queue.shift();
            target.inFlight.set(pending.job.id, pending);
            target.worker.postMessage(pending.job);
        }
        if (this.queue.length > 0 && !this.localTurn && !this.closed)
            this.localTurn = setImmediate(() => this.lintHere());
    }
    /** Once per pool: a worker that cannot start is a broken build, not a broken file. */
    warn(what) {
        if (this.warned)
            return;
        this.warned = true;
        process.emitWarning(`${what}; its files are checked on the main thread`, { code: WARNING_CODE });
    }
    /** One queued job checked on this thread, in an event-loop turn of its own. */
    lintHere() {
        this.localTurn = undefined;
        const pending = this.queue.shift();
        if (pending) {
            try {
                pending.resolve(runJob(pending.job, this.ruleSet));
            }
            catch (e) {
                pending.reject(e instanceof Error ? e : new Error(String(e)));
            }
        }
        this.dispatch();
    }
}
/**
 * The worker side, called by the worker script: lint each file the pool sends with the rule set
 * made from workerData, and answer with its findings, counts and facts (or the error that stopped
 * it); for a facts job, the facts alone.
 */
function serveLintJobs(ruleSetFrom) {
    if (!external_node_worker_threads_namespaceObject.parentPort)
        throw new Error('serveLintJobs runs in a lint worker thread');
    const port = external_node_worker_threads_namespaceObject.parentPort;
    const ruleSet = ruleSetFrom(external_node_worker_threads_namespaceObject.workerData);
    port.on('message', (job) => {
        let reply;
        try {
            const answer = runJob(job, ruleSet);
            reply = job.task === 'facts' ? { id: job.id, facts: answer } : { id: job.id, result: answer };
        }
        catch (e) {
            reply = { id: job.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
        }
        port.postMessage(reply);
    });
    port.postMessage({ ready: true });
}

;// CONCATENATED MODULE: ./src/velero/versions.ts
/**
 * The Velero version a run targets, and the facts that differ between versions, each a named
 * predicate with the file and tag it was read in (github.com/velero-io/velero; the Go module path
 * is still github.com/vmware-tanzu/velero). "main" is Velero's main branch as read on 2026-08-21
 * (d2241adba), plus the merged PR #10371 where a predicate says so.
 */
/**
 * The releases that can be targeted, by minor: the highest patch of each, read from the repository's
 * tags (v1.12.0 … v1.18.2; no v1.19 tag exists).
 */
const LATEST_PATCH = new Map([
    [12, 4],
    [13, 2],
    [14, 1],
    [15, 2],
    [16, 2],
    [17, 2],
    [18, 2],
]);
const FIRST_MINOR = 12;
const LAST_MINOR = 18;
const MAIN = { kind: 'main' };
/** The latest release: what a run targets unless told otherwise. */
const LATEST_RELEASE = { kind: 'release', minor: LAST_MINOR, patch: LATEST_PATCH.get(LAST_MINOR) };
/** The accepted values, as messages and help texts list them. */
const VELERO_VERSION_VALUES = (/* unused pure expression or super */ null && (`1.${FIRST_MINOR} … 1.${LAST_MINOR} (a minor means its latest patch), a patch release such as 1.16.1 or 1.18.2, or main`));
/** What a version is called in messages: "v1.18.2" or "main". */
function formatVersion(v) {
    return v.kind === 'main' ? 'main' : `v1.${v.minor}.${v.patch}`;
}
/** The value as configured ("1.18.2", "main"): what formatVersion prints without the "v". */
function versionSetting(v) {
    return v.kind === 'main' ? 'main' : `1.${v.minor}.${v.patch}`;
}
/**
 * "1.18", "1.18.2", "v1.16.2" or "main". A minor without a patch means its latest patch release,
 * the one to run (1.16 = 1.16.2). Anything else is an error naming the accepted values, worded to
 * follow the setting's name ("--velero-version must be …").
 */
function parseVeleroVersion(text) {
    const v = text.trim();
    if (v === 'main')
        return { ok: true, version: MAIN };
    const m = /^v?1\.(\d{1,3})(?:\.(\d{1,3}))?$/.exec(v);
    const minor = m ? Number(m[1]) : undefined;
    const latest = minor !== undefined ? LATEST_PATCH.get(minor) : undefined;
    if (!m || latest === undefined)
        return { ok: false, error: `must be ${VELERO_VERSION_VALUES}; got "${text}"` };
    const patch = m[2] === undefined ? latest : Number(m[2]);
    if (patch > latest)
        return { ok: false, error: `must be ${VELERO_VERSION_VALUES}; Velero 1.${minor} has 1.${minor}.0 to 1.${minor}.${latest}, not "${text}"` };
    return { ok: true, version: { kind: 'release', minor: minor, patch } };
}
/** Negative, zero or positive as a is older than, the same as or newer than b; main is newest. */
function compareVersions(a, b) {
    if (a.kind === 'main' || b.kind === 'main')
        return (a.kind === 'main' ? 1 : 0) - (b.kind === 'main' ? 1 : 0);
    return a.minor - b.minor || a.patch - b.patch;
}
const release = (minor, patch = 0) => ({ kind: 'release', minor, patch });
const atLeast = (v, minor, patch = 0) => compareVersions(v, release(minor, patch)) >= 0;
const isMain = (v) => v.kind === 'main';
/** Go's defaultTimeout for hook execs, in nanoseconds (pkg/podexec/pod_command_executor.go, every tag). */
const DEFAULT_EXEC_TIMEOUT_NS = 30e9;
/** main's maxHookTimeout, in nanoseconds (pkg/podexec/pod_command_executor.go@main, PR #10125). */
const MAX_HOOK_TIMEOUT_NS = 4 * 3600e9;
/**
 * An init hook with an image and an empty or missing command panics the restore plugin:
 * `parseStringToCommand` reads `commandValue[0]` without a length check
 * (internal/hook/item_hook_handler.go, v1.12.0 … v1.18.2, and main as of d2241adba). PR #10371
 * (merged 2026-08-23) guards it on main; the injected container then has no command, so the
 * image's own entrypoint runs (the PR's description: "is using container's default entrypoint").
 */
function emptyInitCommandPanics(v) {
    return !isMain(v);
}
/**
 * A hook exec timeout ≤ 0 becomes the 30s default and one over 4h is capped at 4h only on main
 * (`ExecutePodCommand`, pkg/podexec/pod_command_executor.go@main, PR #10125). Up to v1.18.2 only
 * exactly 0 becomes 30s, and the timer is armed only when the timeout is > 0, so a negative
 * timeout means no timeout at all (same file @v1.12.0 … @v1.18.2).
 */
function execTimeoutBoundedOnMain(v) {
    return isMain(v);
}
/** A negative hook exec timeout runs the hook with no timeout (see execTimeoutBoundedOnMain). */
function negativeExecTimeoutMeansNone(v) {
    return !execTimeoutBoundedOnMain(v);
}
/**
 * Backup hooks may target a native sidecar (an init container with `restartPolicy: Always`) only
 * on main: `ensureContainerExists` (pkg/podexec/pod_command_executor.go@main, PR #9403) looks at
 * sidecars too; @v1.18.2 and earlier it checks `spec.containers` only and fails with
 * `no such container: "<name>"`.
 */
function backupHookAcceptsSidecar(v) {
    return isMain(v);
}
/**
 * A restore exec hook whose container is not in `spec.containers` (sidecars and init containers
 * included, every version: `podHasContainer`, internal/hook/wait_exec_hook_handler.go@main) is
 * discarded, but it was added to the hook tracker (`GroupRestoreExecHooks`,
 * internal/hook/item_hook_handler.go@v1.14.0 on) and is never recorded, so the restore finalizer's
 * `WaitRestoreExecHook` (pkg/controller/restore_finalizer_controller.go, new in v1.14.0) polls
 * forever: the Restore hangs in Finalizing (velero#9749). On main the poll is bounded by
 * --resource-timeout (default 10m; PR #10280), after which the Restore ends PartiallyFailed.
 * Up to v1.13 nothing waits on the tracker: the hook is just discarded.
 */
function missingRestoreExecContainer(v) {
    if (isMain(v))
        return 'hangs-until-resource-timeout';
    return atLeast(v, 14) ? 'hangs' : 'discarded';
}
/**
 * `post.hook.restore.velero.io/wait-for-ready` (and the Restore spec's `waitForReady`) exist since
 * v1.13.0 (PR #6918): internal/hook/item_hook_handler.go@v1.12.4 has no such key, @v1.13.0 does.
 */
function readsWaitForReady(v) {
    return atLeast(v, 13);
}
/**
 * A Restore spec exec hook whose index in its entry's `postHooks[]` differs from its index among
 * its container's exec hooks (`[init, exec]` in one entry; exec hooks for two containers in one
 * entry; two entries with hooks for one container) hangs the Restore in Finalizing on
 * v1.16.2 … v1.17.2: `GroupRestoreExecHooks` adds it to the tracker under its `postHooks` index
 * while `HandleHooks` records it under its container-group index (internal/hook/item_hook_handler.go
 * and wait_exec_hook_handler.go@v1.16.2, @v1.17.2); v1.18.0 records `hook.hookIndex` (PR #9366, velero#9359).
 */
function postHooksIndexMismatchHangs(v) {
    return atLeast(v, 16, 2) && !atLeast(v, 17, 3);
}
/**
 * Backup-level namespace globs other than `*` (`app-*`) are expanded against the cluster's
 * namespaces only since v1.18.0 (`ExpandIncludesExcludes`, pkg/util/collections/includes_excludes.go
 * and pkg/backup/backup.go@v1.18.0; absent @v1.17.2): before, they are matched literally.
 */
function backupNamespaceGlobsExpanded(v) {
    return atLeast(v, 18);
}
/**
 * Since v1.15.0 a Backup's ItemBlocks pull in every running pod of the namespace that mounts a PVC
 * of a pod it takes, whatever the Backup's label selector (`PVCAction.GetRelatedItems`,
 * pkg/itemblock/actions/pvc_action.go, new @v1.15.0; `executeItemBlockActions` admits them through
 * `itemInclusionChecks`, which checks namespaces, resources and the exclude label but not the
 * selector: pkg/backup/backup.go@v1.15.0). Up to v1.14 only the selected pods are backed up.
 */
function sharedPvcPullsPods(v) {
    return atLeast(v, 15);
}
/**
 * Since v1.17.0 `PodVolumeRestoreAction` deletes every init container named `restore-wait` or
 * `restic-wait` before it adds its own (pkg/restore/actions/pod_volume_restore_action.go@v1.17.0,
 * PR #8880); @v1.16.2 it only replaced index 0 of such a name, and only for a pod with file-system backups.
 */
function restoreDeletesWaitContainers(v) {
    return atLeast(v, 17);
}
/**
 * How a Restore waits for its exec hooks: up to v1.13 while InProgress (`hooksWaitGroup`,
 * pkg/restore/restore.go@v1.13.0); since v1.14.0 in Finalizing, until every hook in the tracker is
 * recorded (`WaitRestoreExecHook`, pkg/controller/restore_finalizer_controller.go@v1.14.0, PR #7619),
 * with no deadline up to v1.18.2; on main the poll ends after --resource-timeout (10m by default,
 * PR #10280) and the Restore ends PartiallyFailed. A pod's wait itself has no limit when a hook of the
 * pod has no waitTimeout (`maxHookWait`, internal/hook/wait_exec_hook_handler.go, every version).
 */
function restoreExecHookWait(v) {
    if (isMain(v))
        return 'finalizing-until-resource-timeout';
    return atLeast(v, 14) ? 'finalizing' : 'in-progress';
}

;// CONCATENATED MODULE: ./src/velero/image-ref.ts
/**
 * What happens to an init hook's image after Velero passes it through unchecked
 * (getInitContainerFromAnnotation, internal/hook/item_hook_handler.go@v1.18.2): two gates, in order.
 *
 * 1. The API server (kubernetes pkg/apis/core/validation/validation.go, validateContainerOnlyForPod,
 *    applied to a Pod's init containers): `len(ctr.Image) != len(strings.TrimSpace(ctr.Image))` rejects
 *    the Pod ("must not have leading or trailing whitespace"). Go's whitespace, not JavaScript's: U+0085
 *    and U+00A0 count, U+FEFF does not.
 * 2. The kubelet (pkg/util/parsers ParseImageName → distribution/reference ParseNormalizedNamed, v0.6.0,
 *    with go-digest's sha256/sha384/sha512): anything it cannot parse is InvalidImageName and the pod
 *    stays in Init. Ported below from normalize.go, reference.go and regexp.go at v0.6.0.
 */

const ALPHANUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUM}(?:${SEPARATOR}${ALPHANUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
/** referencePat: name, then `:tag`, then `@digest`. */
const REFERENCE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
/** anchoredNameRegexp: the domain and the path of a name. */
const NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
/** anchoredIdentifierRegexp: a bare image ID. */
const IDENTIFIER = /^[a-f0-9]{64}$/;
const TAG_ONLY = new RegExp(`^${TAG}$`);
/** RepositoryNameTotalLengthMax: since v0.6.0 the path only, without the registry (aaca75e). */
const PATH_MAX = 255;
/** go-digest's algorithms the kubelet registers (crypto/sha256, crypto/sha512), and their hex lengths. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
const CHARACTER_NAMES = {
    ' ': 'a space',
    '\t': 'a tab',
    '\n': 'a line break',
    '\r': 'a carriage return',
    '\v': 'a vertical tab',
    '\f': 'a form feed',
    '\u0085': 'a next-line character (U+0085)',
    '\u00a0': 'a no-break space (U+00A0)',
};
function characterName(ch) {
    return CHARACTER_NAMES[ch] ?? `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Which Go whitespace the image starts or ends with, in words. */
function paddingProblem(image) {
    const chars = [...image];
    if (chars.every(isGoSpace))
        return 'it is only whitespace';
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (isGoSpace(first) && isGoSpace(last))
        return `it starts with ${characterName(first)} and ends with ${characterName(last)}`;
    return isGoSpace(first) ? `it starts with ${characterName(first)}` : `it ends with ${characterName(last)}`;
}
/** splitDockerDomain (normalize.go@v0.6.0): the registry and the rest, Docker Hub's `library/` added. */
function splitDockerDomain(name) {
    const slash = name.indexOf('/');
    if (slash < 0)
        return { domain: 'docker.io', remainder: `library/${name}`, official: true };
    const maybeDomain = name.slice(0, slash);
    let domain = maybeDomain;
    let remainder = name.slice(slash + 1);
    if (maybeDomain === 'index.docker.io')
        domain = 'docker.io';
    else if (maybeDomain !== 'localhost' && !/[.:]/.test(maybeDomain) && maybeDomain.toLowerCase() === maybeDomain) {
        domain = 'docker.io';
        remainder = name;
    }
    const official = domain === 'docker.io' && !remainder.includes('/');
    return { domain, remainder: official ? `library/${remainder}` : remainder, official };
}
/** digest.Parse (go-digest v1.0.0, Digest.Validate) for the algorithms the kubelet registers. */
function digestProblem(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    const hex = digest.slice(colon + 1);
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (length === undefined)
        return `the digest algorithm "${algorithm}" is not supported (use sha256)`;
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex))
        return `its ${algorithm} digest is not ${length} lower-case hex digits`;
    return undefined;
}
/** Why reference.Parse's pattern does not match, in words (the part that is wrong). */
function formatProblem(reference) {
    if (reference.includes('\uFEFF'))
        return 'it contains U+FEFF (a byte-order mark), which is not whitespace to the API server';
    if (/\s/.test(reference) || [...reference].some(isGoSpace))
        return 'it contains whitespace';
    const at = reference.indexOf('@');
    const nameAndTag = at < 0 ? reference : reference.slice(0, at);
    const lastSlash = nameAndTag.lastIndexOf('/');
    const tagColon = nameAndTag.indexOf(':', lastSlash + 1);
    const tag = tagColon < 0 ? undefined : nameAndTag.slice(tagColon + 1);
    if (tag !== undefined && !TAG_ONLY.test(tag))
        return `the tag "${tag}" is not valid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`;
    if (at >= 0 && !new RegExp(`^${DIGEST}$`).test(reference.slice(at + 1))) {
        return 'the digest is not valid (expected algorithm:hex, e.g. sha256:<64 hex digits>)';
    }
    return 'it is not a valid image reference';
}
/** ParseNormalizedNamed (normalize.go@v0.6.0), as the kubelet calls it: why it fails, or undefined. */
function kubeletProblem(image) {
    if (IDENTIFIER.test(image))
        return 'it is a bare 64-character hex string, which the kubelet refuses as a repository name (an image ID, not a name)';
    const { domain, remainder, official } = splitDockerDomain(image);
    const tagSep = remainder.indexOf(':');
    const remote = tagSep < 0 ? remainder : remainder.slice(0, tagSep);
    if (remote.toLowerCase() !== remote)
        return 'the repository name must be lower-case';
    const reference = `${domain}/${remainder}`;
    const match = REFERENCE.exec(reference);
    if (!match)
        return formatProblem(image);
    const path = NAME.exec(match[1])?.[2] ?? match[1];
    if (path.length > PATH_MAX) {
        const counted = official ? ' (Docker Hub names count as "library/<name>")' : '';
        return `the repository path is ${path.length} characters long${counted}; the limit is ${PATH_MAX}`;
    }
    return match[3] ? digestProblem(match[3]) : undefined;
}
/** Where the image of an injected init container fails first, or undefined when it is valid. */
function imageVerdict(image) {
    if (goTrimSpace(image) !== image)
        return { stage: 'api-server', problem: paddingProblem(image) };
    const problem = kubeletProblem(image);
    return problem === undefined ? undefined : { stage: 'kubelet', problem };
}
/** What is wrong with an image reference, or undefined when it is valid. */
function imageReferenceProblem(image) {
    return imageVerdict(image)?.problem;
}

;// CONCATENATED MODULE: ./src/rules/util.ts
/** Helpers shared by the annotation rules. */





/** Every rule asks for the same views of the same pod: compute them once per pod. */
const viewsByPod = new WeakMap();
function familyViews(pod) {
    let views = viewsByPod.get(pod);
    if (!views) {
        views = computeFamilyViews(pod);
        viewsByPod.set(pod, views);
    }
    return views;
}
function computeFamilyViews(pod) {
    return FAMILIES.map((spec) => {
        const entries = familyEntries(pod.annotations, spec.family);
        const sw = entries.get(spec.switchField);
        const first = pod.annotations.entries.find((e) => e.key.startsWith(spec.prefix) && entries.get(e.key.slice(spec.prefix.length)) === e);
        return { spec, entries, active: sw?.value !== undefined && sw.value !== '', first };
    });
}
function familyView(pod, family) {
    return familyViews(pod).find((v) => v.spec.family === family);
}
/** Whether Velero builds this family's hook from the pod's annotations (hookIsBuilt, keys.ts). */
function hookBuilt(pod, family) {
    return hookIsBuilt(family, (k) => pod.annotations.get(k)?.value);
}
/**
 * The annotation Velero reads for one field of one family, or undefined when it is absent or when
 * Velero never reads it: the legacy `hook.backup.velero.io/*` keys are read only when
 * `pre.hook.backup.velero.io/command` is missing or empty, and then all four fields come from them
 * (velero-hooks.md §1.3). backup-hook-legacy-mixed reports the set that is ignored. Settings of a hook
 * Velero does not build are still returned: usedEntry leaves them out.
 */
function readEntry(pod, family, field) {
    if (family === 'legacy-backup' && hookBuilt(pod, 'pre-backup'))
        return undefined;
    if (family === 'pre-backup' && !hookBuilt(pod, 'pre-backup') && hookBuilt(pod, 'legacy-backup'))
        return undefined;
    return pod.annotations.get(key(family, field));
}
/**
 * The annotation Velero uses for one field of one family: readEntry, and, for any field but the switch
 * (`command`, or `container-image` for init), only when Velero builds the hook. Without its switch a
 * hook does not exist and its other keys do nothing, as if absent (getPodExecHookFromAnnotations,
 * getPodExecRestoreHookFromAnnotations and getInitContainerFromAnnotation return nil first,
 * item_hook_handler.go@v1.18.2): a rule about a value reads it through this, so that it never describes
 * what a hook that does not exist would do (hook-orphan-setting and init-hook-missing-image say why).
 */
function usedEntry(pod, family, field) {
    const entry = readEntry(pod, family, field);
    if (!entry || field === keys_FAMILY_BY_NAME.get(family).switchField)
        return entry;
    return hookBuilt(pod, family) ? entry : undefined;
}
/** Template parameters (OpenShift `${NAME}`, `${{NAME}}`) stand for any text, so such a name may match. */
const util_PLACEHOLDER = /\$\{\{?[A-Za-z_][A-Za-z0-9_]*\}?\}/;
/** What `.` matches in a RegExp: anything but a line terminator. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/**
 * Whether `value` is the literal parts in order with any one-line text between them (a RegExp
 * `^part.*part.*part$`, without one: with a dozen placeholders such a RegExp backtracks for minutes).
 */
function matchesWildcards(parts, value) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!value.startsWith(first))
        return false;
    let at = first.length;
    for (const part of parts.slice(1, -1)) {
        const found = value.indexOf(part, at);
        if (found < 0 || LINE_TERMINATOR.test(value.slice(at, found)))
            return false;
        at = found + part.length;
    }
    const lastAt = value.length - last.length;
    return lastAt >= at && value.endsWith(last) && !LINE_TERMINATOR.test(value.slice(at, lastAt));
}
/** A container name and a hook's `container` may name the same container (template parameters match anything). */
function containerNameMatches(containerName, hookValue) {
    if (containerName === hookValue || util_PLACEHOLDER.test(hookValue))
        return true;
    if (!util_PLACEHOLDER.test(containerName))
        return false;
    return matchesWildcards(containerName.split(new RegExp(util_PLACEHOLDER.source, 'g')), hookValue);
}
/**
 * Whether Velero finds the container a built exec or backup hook runs in, the first thing it checks:
 * restore exec hooks must name one of `spec.containers` (HandleHooks discards the others before running
 * anything, wait_exec_hook_handler.go@v1.18.2); backup hooks too (ExecutePodCommand checks the container
 * before the command, pod_command_executor.go@v1.18.2 ensureContainerExists; native sidecars count only
 * on main, PR #9403). No `container` means the first container. Unknown containers count as found.
 */
function execTargetFound(pod, family) {
    const value = usedEntry(pod, family, 'container')?.value;
    if (!pod.containersKnown || value === undefined || value === '')
        return true;
    return pod.containers.some((c) => c.name !== undefined && containerNameMatches(c.name, value));
}
/** Which of the pod's containers already has an init hook's name, in words, or undefined. */
function initNameClash(pod, name) {
    if (pod.containers.some((c) => c.name === name))
        return 'a container';
    if (pod.initContainers.some((c) => c.name === name))
        return 'an init container';
    if (pod.ephemeralContainers.some((c) => c.name === name))
        return 'an ephemeral container';
    return undefined;
}
function initHookStage(pod) {
    const field = (f) => pod.annotations.get(key('init', f));
    const [image, name, command] = [field('container-image'), field('container-name'), field('command')];
    if (!hookBuilt(pod, 'init') || [name, command].some((e) => e && e.value === undefined))
        return 'absent';
    if (!command?.value)
        return 'panic';
    const nameValue = name?.value ?? '';
    if (RESERVED_INIT_CONTAINER_NAMES.includes(nameValue))
        return 'removed';
    const verdict = imageVerdict(image.value);
    if (verdict?.stage === 'api-server')
        return 'rejected';
    if (nameValue !== '' && (dns1123LabelProblem(nameValue) !== undefined || initNameClash(pod, nameValue) !== undefined))
        return 'rejected';
    return verdict ? 'kubelet' : 'runs';
}
/**
 * Whether Velero gets as far as running a built exec, backup or init hook's command, so that what the
 * command says matters: the container is found (exec and backup), or the init container starts.
 */
function commandRuns(pod, family) {
    if (family === 'init')
        return initHookStage(pod) === 'runs';
    return hookBuilt(pod, family) && execTargetFound(pod, family);
}
/** A JSON array wrapped in one more pair of quotes (`|` followed by `'["a", "b"]'`): meant as JSON, read as a name. */
const QUOTED_JSON = /^\s*['"\u2018\u2019\u201c\u201d]\s*\[/;
/** Hook families whose `command` annotation Velero parses with parseStringToCommand. */
const COMMAND_FAMILIES = ['init', 'post-restore', 'pre-backup', 'post-backup', 'legacy-backup'];
function describeResource(pod) {
    const kind = pod.resource.kind ?? 'object';
    return pod.resource.name ? `${kind} "${pod.resource.name}"` : kind;
}
/** Show a value in a message without letting it run on or break the line. */
function quote(value, max = 80) {
    // JSON.stringify escapes line breaks and tabs itself (as \n, \t), so the message stays on one line;
    // characters that print as nothing or as a plain space are escaped too, so the reader sees them.
    return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value).replace(/[\u0085\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Where the pod template of a well-known workload lives, for objects whose template is missing. */
const WORKLOAD_TEMPLATE = {
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
    PodTemplate: ['template'],
};
/**
 * The pod-template annotations path where annotations Velero reads from Pods belong, for an object
 * that really has (or, as a well-known workload, needs) a pod template; undefined for any other object.
 */
function podTemplateAnnotationsTarget(model, obj) {
    const suggested = obj.podTemplateAnnotationsPath;
    // A CRD's spec.template counts only when it is a pod template (a Schedule's spec.template is a Backup spec).
    if (suggested && templateAt(model, suggested))
        return suggested;
    const template = obj.resource.kind ? WORKLOAD_TEMPLATE[obj.resource.kind] : undefined;
    return template ? [...obj.path, ...template, 'metadata', 'annotations'] : undefined;
}
/** The pod template whose annotations live at `annotationsPath`, if the model has one there. */
function templateAt(model, annotationsPath) {
    const wanted = pathText(annotationsPath);
    return model.pods.find((p) => p.role === 'template' && pathText([...p.path, 'metadata', 'annotations']) === wanted);
}
/**
 * Whether the pod template at `target` carries the key with the same string value: kustomize's
 * commonAnnotations (and some charts) write a key on the workload and on its pod template, and
 * Velero reads the template's copy.
 */
function copiedToTemplate(model, target, key, value) {
    if (!target || value === undefined)
        return false;
    return templateAt(model, target)?.annotations.get(key)?.value === value;
}

;// CONCATENATED MODULE: ./src/rules/backup-hook-legacy-mixed.ts


/* harmony default export */ const backup_hook_legacy_mixed = (defineRule({
    meta: {
        id: 'backup-hook-legacy-mixed',
        severity: 'warning',
        docs: {
            summary: 'Legacy `hook.backup.velero.io/*` keys mixed with `pre.hook.backup.velero.io/*`.',
            description: 'Velero reads the legacy unprefixed keys only when `pre.hook.backup.velero.io/command` is missing, and then reads all four ' +
                'fields from the legacy keys. The two sets are never merged: one of them is silently ignored.',
            fix: 'Use only the `pre.hook.backup.velero.io/*` keys.',
        },
        messages: {
            legacyIgnored: 'Velero ignores "{{key}}" because "pre.hook.backup.velero.io/command" is set, and never merges legacy and prefixed keys; rename it to "{{prefixed}}" or remove it.',
            prefixedIgnored: 'Velero ignores "{{key}}" because the pre-backup hook comes from the legacy hook.backup.velero.io/* keys (no pre.hook.backup.velero.io/command); use only the prefixed keys.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const legacy = familyView(pod, 'legacy-backup');
                const pre = familyView(pod, 'pre-backup');
                if (legacy.entries.size === 0 || pre.entries.size === 0)
                    return;
                if (pre.active) {
                    for (const [field, entry] of legacy.entries) {
                        context.report({
                            messageId: 'legacyIgnored',
                            data: { key: entry.key, prefixed: pre.spec.prefix + field },
                            node: entry.keyNode,
                            resource: pod.resource,
                            path: entry.path,
                        });
                    }
                }
                else if (legacy.active) {
                    for (const entry of pre.entries.values()) {
                        context.report({ messageId: 'prefixedIgnored', data: { key: entry.key }, node: entry.keyNode, resource: pod.resource, path: entry.path });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/velero/selectors.ts
/**
 * How Velero selects: label selectors (metav1.LabelSelectorAsSelector), namespace include/exclude
 * lists (pkg/util/collections IncludesExcludes: gobwas/glob, excludes win, empty or '*' = all) and
 * resource names in hook specs (resolved through discovery with kubectl short names; a name that
 * does not resolve is kept as a glob). velero-plan-semantics.md §1.2, §1.3, §2.3.
 *
 * Plain data in, answers out: the engine reads the manifests into these shapes.
 */
const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
/**
 * Why LabelSelectorAsSelector would refuse the selector (In/NotIn need values, Exists/DoesNotExist
 * none, operators are case-sensitive), or undefined when it is valid.
 */
function labelSelectorProblem(selector) {
    for (const r of selector.matchExpressions) {
        if (!OPERATORS.has(r.operator))
            return `operator "${r.operator}" is not one of In, NotIn, Exists, DoesNotExist`;
        if ((r.operator === 'In' || r.operator === 'NotIn') && r.values.length === 0)
            return `operator ${r.operator} on "${r.key}" needs at least one value`;
        if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && r.values.length > 0)
            return `operator ${r.operator} on "${r.key}" takes no values`;
    }
    return undefined;
}
/** True when the labels satisfy the selector (an empty selector matches everything). */
function matchesLabels(selector, labels) {
    // for…in over own keys: no array of entries per call (a plan asks this for every workload and hook).
    const required = selector.matchLabels;
    for (const k in required)
        if (Object.hasOwn(required, k) && labels[k] !== required[k])
            return false;
    for (const r of selector.matchExpressions) {
        const has = Object.hasOwn(labels, r.key);
        const value = labels[r.key];
        switch (r.operator) {
            case 'In':
                if (!has || !r.values.includes(value))
                    return false;
                break;
            case 'NotIn':
                if (has && r.values.includes(value))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
/**
 * True when no label set can satisfy both selectors (e.g. app=a and app=b; app=a and app NotIn [a]):
 * only what matchLabels and In/NotIn/Exists/DoesNotExist prove; anything unsure is "not disjoint".
 */
function selectorsDisjoint(a, b) {
    const required = (s) => {
        const out = new Map();
        const narrow = (key, allowed) => {
            const prev = out.get(key);
            if (prev === undefined || prev === 'any')
                out.set(key, allowed);
            else if (allowed === 'none' || prev === 'none')
                out.set(key, 'none');
            else if (allowed !== 'any')
                out.set(key, new Set([...prev].filter((v) => allowed.has(v))));
        };
        for (const [k, v] of Object.entries(s.matchLabels))
            narrow(k, new Set([v]));
        for (const r of s.matchExpressions) {
            if (r.operator === 'In')
                narrow(r.key, new Set(r.values));
            else if (r.operator === 'Exists')
                narrow(r.key, 'any');
            else if (r.operator === 'DoesNotExist')
                narrow(r.key, 'none');
        }
        return out;
    };
    const ra = required(a);
    const rb = required(b);
    const notIn = (s, key) => new Set(s.matchExpressions.filter((r) => r.key === key && r.operator === 'NotIn').flatMap((r) => r.values));
    for (const [key, va] of ra) {
        const vb = rb.get(key);
        if (vb === undefined) {
            // b may still forbid every value a requires.
            if (va instanceof Set && va.size > 0 && [...va].every((v) => notIn(b, key).has(v)))
                return true;
            if (va !== 'none' && b.matchExpressions.some((r) => r.key === key && r.operator === 'DoesNotExist'))
                return true;
            continue;
        }
        if (va === 'none' || vb === 'none') {
            if (!(va === 'none' && vb === 'none'))
                return true;
            continue;
        }
        if (va instanceof Set && vb instanceof Set && ![...va].some((v) => vb.has(v)))
            return true;
    }
    for (const [key, vb] of rb) {
        if (ra.has(key))
            continue;
        if (vb instanceof Set && vb.size > 0 && [...vb].every((v) => notIn(a, key).has(v)))
            return true;
        if (vb !== 'none' && a.matchExpressions.some((r) => r.key === key && r.operator === 'DoesNotExist'))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// Globs (gobwas/glob as IncludesExcludes compiles them: no separators, so '*' spans everything).
const globCache = new Map();
/** A gobwas glob as a RegExp; null when gobwas would not compile it (then it matches nothing). */
function compileGlob(pattern) {
    const cached = globCache.get(pattern);
    if (cached !== undefined)
        return cached;
    let re = null;
    const source = globSource(pattern);
    if (source !== undefined)
        re = new RegExp(`^(?:${source})$`, 's');
    if (globCache.size > 10_000)
        globCache.clear();
    globCache.set(pattern, re);
    return re;
}
function globSource(p) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '\\') {
            if (i + 1 >= p.length)
                return undefined;
            out += escapeRe(p[++i]);
        }
        else if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const end = p.indexOf(']', i + 1);
            if (end < 0)
                return undefined;
            let body = p.slice(i + 1, end);
            const negate = body.startsWith('!');
            if (negate)
                body = body.slice(1);
            if (body === '')
                return undefined;
            out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = end;
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += escapeRe(c);
    }
    return braces === 0 ? out : undefined;
}
function escapeRe(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function hasGlobChars(s) {
    return /[*?[\]{}]/.test(s);
}
/**
 * IncludesExcludes.ShouldInclude: excludes win; an empty include list or '*' includes all; globs.
 * gobwas: one pattern that fails to compile makes the whole set answer false (§1.3 gotcha), which
 * this mirrors for the set it belongs to.
 */
function includesExcludes(includes, excludes, value) {
    const matchAny = (patterns) => {
        for (const p of [...patterns].sort()) {
            const re = compileGlob(p);
            if (re === null)
                return false;
            if (re.test(value))
                return true;
        }
        return false;
    };
    if (excludes && excludes.length > 0 && matchAny(excludes))
        return false;
    if (!includes || includes.length === 0 || includes.includes('*'))
        return true;
    return matchAny(includes);
}
/** What `pods`, `pod`, `po` (any case) resolve to through discovery: the core group's pods. */
const POD_NAMES = new Set(['pods', 'pod', 'po', 'pods.', 'pods.v1.', 'pods.core', '']);
/**
 * Whether a hook's resource filter lets pods through: names resolved as Velero's discovery helper
 * resolves them (pods/pod/po → "pods"; other known kinds → their own group resource), the rest
 * used as globs against "pods". An exclude of '*' is ignored (GetResourceIncludesExcludes).
 */
function resourceFiltersIncludePods(includes, excludes) {
    const resolve = (name) => (POD_NAMES.has(name.toLowerCase()) && name !== '' ? 'pods' : name.toLowerCase());
    const inc = (includes ?? []).map(resolve);
    const exc = (excludes ?? []).map(resolve).filter((e) => e !== '*');
    return includesExcludes(inc, exc, 'pods');
}

;// CONCATENATED MODULE: ./src/engine/repo-select.ts
/**
 * Which pods a Backup, Schedule or Restore takes, and which of them a spec hook entry selects, read
 * from the repository model as Velero selects (velero-plan-semantics.md §1.2, §1.3, §2.2, §2.3).
 * Shared by the hook plan and the cross-resource rules.
 *
 * Answers are three-valued: 'unknown' when the repository does not prove either way (a workload with
 * no namespace, templated labels, an invalid selector): rules only flag 'no' and 'yes'.
 */



/** `labelSelector` (or one item of `orLabelSelectors`) read from a map; undefined when absent or null. */
function readSelectorEntry(entry) {
    if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null))
        return undefined;
    return { entry, ...readSelector(entry.value) };
}
function readSelector(node) {
    if (node.kind !== 'map')
        return { selector: undefined, problem: undefined };
    const labelsNode = pget(node, 'matchLabels');
    const matchLabels = labelsNode === undefined || (labelsNode.kind === 'scalar' && labelsNode.value === null) ? {} : pstringMap(labelsNode);
    if (matchLabels === undefined)
        return { selector: undefined, problem: undefined };
    const matchExpressions = [];
    for (const item of pitems(pget(node, 'matchExpressions'))) {
        const key = pstring(pget(item, 'key'));
        const operator = pstring(pget(item, 'operator'));
        const valuesNode = pget(item, 'values');
        const values = valuesNode === undefined ? [] : pstrings(valuesNode);
        if (key === undefined || operator === undefined || values === undefined)
            return { selector: undefined, problem: undefined };
        matchExpressions.push({ key, operator, values });
    }
    const selector = { matchLabels, matchExpressions };
    return { selector, problem: labelSelectorProblem(selector) };
}
/** A selector against a workload's pod labels. */
function selectorMatches(reading, w, extraLabels) {
    if (!reading)
        return 'yes';
    if (!reading.selector || reading.problem || !w.podLabelsKnown)
        return 'unknown';
    const labels = extraLabels ? { ...w.podLabels, ...extraLabels } : w.podLabels;
    return matchesLabels(reading.selector, labels) ? 'yes' : 'no';
}
function readList(spec, key) {
    const entry = pentry(spec, key);
    if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null))
        return { entry: undefined, values: undefined, known: true };
    const values = pstrings(entry.value);
    return { entry, values, known: values !== undefined };
}
/** Whether the Backup's own filters let pods through at all (resource filters, §1.2). */
function backupIncludesPods(spec) {
    const inc = readList(spec, 'includedResources');
    const exc = readList(spec, 'excludedResources');
    const incScoped = readList(spec, 'includedNamespaceScopedResources');
    const excScoped = readList(spec, 'excludedNamespaceScopedResources');
    if (!inc.known || !exc.known || !incScoped.known || !excScoped.known)
        return 'unknown';
    const old = inc.values !== undefined || exc.values !== undefined;
    const ok = old ? resourceFiltersIncludePods(inc.values, exc.values) : resourceFiltersIncludePods(incScoped.values, excScoped.values);
    return ok ? 'yes' : 'no';
}
/** The Backup-level namespace filter, as the targeted version reads it (≤ v1.17: no globs but '*'). */
function backupNamespaceMatches(spec, namespace, version) {
    const inc = readList(spec, 'includedNamespaces');
    const exc = readList(spec, 'excludedNamespaces');
    if (!inc.known || !exc.known)
        return 'unknown';
    if (namespace === undefined)
        return 'unknown';
    if (backupNamespaceGlobsExpanded(version))
        return includesExcludes(inc.values, exc.values, namespace) ? 'yes' : 'no';
    // Literal names (§1.2): a pattern with glob characters names a namespace that cannot exist.
    if ((exc.values ?? []).some((p) => p === '*' || p === namespace))
        return 'no';
    const all = !inc.values || inc.values.length === 0 || inc.values.includes('*');
    return all || inc.values.includes(namespace) ? 'yes' : 'no';
}
/** The Backup's label selectors: `labelSelector`, or any of `orLabelSelectors` (§1.2). */
function backupSelectors(spec) {
    const single = readSelectorEntry(pentry(spec, 'labelSelector'));
    const orEntry = pentry(spec, 'orLabelSelectors');
    const or = [];
    if (orEntry?.value.kind === 'seq') {
        orEntry.value.items.forEach((item, i) => or.push({ entry: { key: String(i), keySpan: item.span, ...(item.file !== undefined ? { keyFile: item.file } : {}), value: item }, ...readSelector(item) }));
    }
    return { single, or };
}
/** Whether a Backup (or a Schedule's template) takes a workload's pods. */
function backupTakes(spec, w, version) {
    return backupFilter(spec, version)(w);
}
const TAKES = { yes: { takes: 'yes' }, unknown: { takes: 'unknown' }, no: { takes: 'no' } };
const MISSES = {
    namespace: { takes: 'no', reason: 'namespace' },
    resources: { takes: 'no', reason: 'resources' },
    labels: { takes: 'no', reason: 'labels' },
    'excluded-label': { takes: 'no', reason: 'excluded-label' },
};
/** A per-namespace memo of a namespace test (the same answer for every workload of a namespace). */
function byNamespace(test) {
    const memo = new Map();
    return (namespace) => {
        if (namespace === undefined)
            return test(namespace);
        let answer = memo.get(namespace);
        if (answer === undefined)
            memo.set(namespace, (answer = test(namespace)));
        return answer;
    };
}
/** The Backup or Restore label selectors against a workload: `labelSelector`, or any of `orLabelSelectors`. */
function selectorsMatch(single, or, w) {
    if (or.length === 0)
        return selectorMatches(single, w);
    let unknown = false;
    for (const r of or) {
        const answer = selectorMatches(r, w);
        if (answer === 'yes')
            return 'yes';
        if (answer === 'unknown')
            unknown = true;
    }
    return unknown ? 'unknown' : 'no';
}
/**
 * backupTakes with the spec read once: the test a plan applies to every workload (namespace answers
 * memoized), so a Backup costs one spec reading plus a label match per workload.
 */
function backupFilter(spec, version) {
    const resources = backupIncludesPods(spec);
    const namespace = byNamespace((ns) => backupNamespaceMatches(spec, ns, version));
    const { single, or } = backupSelectors(spec);
    return (w) => {
        if (resources === 'no')
            return MISSES.resources;
        const ns = namespace(w.namespace);
        if (ns === 'no')
            return MISSES.namespace;
        if (w.podLabels['velero.io/exclude-from-backup'] === 'true')
            return MISSES['excluded-label'];
        const labels = selectorsMatch(single, or, w);
        if (labels === 'no')
            return MISSES.labels;
        return TAKES[resources === 'unknown' || ns === 'unknown' || labels === 'unknown' ? 'unknown' : 'yes'];
    };
}
// ---------------------------------------------------------------------------------------------
// Spec hook entries (`hooks.resources[]`), backup and restore (§1.3, §2.3).
/** The `hooks.resources[]` mappings of a Backup spec (a Schedule's template) or a Restore spec. */
function hookResourceEntries(spec) {
    return pitems(pget(pget(spec, 'hooks'), 'resources')).filter((e) => e.kind === 'map');
}
/**
 * Whether a spec hook entry selects a workload's pods. Backup entries also filter by resource;
 * Restore entries ignore resources (hard-coded to pods) and match the target namespace.
 */
function hookEntrySelects(entry, w, kind, namespace = w.namespace, extraLabels) {
    return hookEntryFilter(entry, kind)(w, namespace, extraLabels);
}
/** hookEntrySelects with the entry read once (namespace answers memoized). */
function hookEntryFilter(entry, kind) {
    let resources = 'yes';
    if (kind === 'backup') {
        const inc = readList(entry, 'includedResources');
        const exc = readList(entry, 'excludedResources');
        resources = !inc.known || !exc.known ? 'unknown' : resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no';
    }
    const inc = readList(entry, 'includedNamespaces');
    const exc = readList(entry, 'excludedNamespaces');
    const all = inc.known && exc.known && (inc.values === undefined || inc.values.length === 0 || inc.values.includes('*')) && (exc.values ?? []).length === 0;
    const namespaceTest = byNamespace((ns) => {
        if (!inc.known || !exc.known)
            return 'unknown';
        if (all)
            return 'yes';
        return ns === undefined ? 'unknown' : includesExcludes(inc.values, exc.values, ns) ? 'yes' : 'no';
    });
    const selector = readSelectorEntry(pentry(entry, 'labelSelector'));
    return (w, namespace = w.namespace, extraLabels) => {
        if (resources !== 'yes')
            return resources;
        const ns = namespaceTest(namespace);
        if (ns === 'no')
            return 'no';
        const labels = selectorMatches(selector, w, extraLabels);
        if (labels === 'no')
            return 'no';
        return ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown';
    };
}
// ---------------------------------------------------------------------------------------------
// Restores (§2.2): which backed-up pods a Restore restores, and where.
/** A Restore's source: the Backup or Schedule of the repository it restores from, if any. */
function restoreSource(restore, objects) {
    const backupName = pstring(pget(restore.spec, 'backupName'));
    const scheduleName = pstring(pget(restore.spec, 'scheduleName'));
    const sameNs = (o) => o.namespace === undefined || restore.namespace === undefined || o.namespace === restore.namespace;
    if (backupName) {
        const backup = objects.find((o) => o.kind === 'Backup' && o.name === backupName && sameNs(o));
        if (backup)
            return backup;
        // Backups a Schedule makes are named <schedule>-<timestamp> (§1.9).
        return objects.find((o) => o.kind === 'Schedule' && o.name !== undefined && backupName.startsWith(`${o.name}-`) && /^\d{14}$/.test(backupName.slice(o.name.length + 1)) && sameNs(o));
    }
    if (scheduleName)
        return objects.find((o) => o.kind === 'Schedule' && o.name === scheduleName && sameNs(o));
    return undefined;
}
/** The Restore's namespaceMapping (source → target). */
function namespaceMapping(restore) {
    return pstringMap(pget(restore.spec, 'namespaceMapping')) ?? {};
}
/** The namespace a workload's pods are restored into. */
function targetNamespace(restore, w) {
    if (w.namespace === undefined)
        return undefined;
    return namespaceMapping(restore)[w.namespace] ?? w.namespace;
}
/** A Restore's resource filters against pods (`restoreItem`, §2.2; no namespace-scoped variants). */
function restoreResourcesIncludePods(spec) {
    const inc = readList(spec, 'includedResources');
    const exc = readList(spec, 'excludedResources');
    if (!inc.known || !exc.known)
        return 'unknown';
    return resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no';
}
/** Whether a Restore restores a (backed-up) workload's pods: resources, source namespace, labels. */
function repo_select_restoreTakes(restore, w) {
    return restoreFilter(restore)(w);
}
/** restoreTakes with the Restore read once (namespace answers memoized). */
function restoreFilter(restore) {
    const spec = restore.spec;
    const resources = restoreResourcesIncludePods(spec);
    const nsInc = readList(spec, 'includedNamespaces');
    const nsExc = readList(spec, 'excludedNamespaces');
    const namespace = byNamespace((ns) => {
        if (!nsInc.known || !nsExc.known || ns === undefined)
            return 'unknown';
        return includesExcludes(nsInc.values, nsExc.values, ns) ? 'yes' : 'no';
    });
    const { single, or } = backupSelectors(spec);
    return (w) => {
        if (resources === 'no')
            return MISSES.resources;
        const ns = namespace(w.namespace);
        if (ns === 'no')
            return MISSES.namespace;
        const labels = selectorsMatch(single, or, w);
        if (labels === 'no')
            return MISSES.labels;
        return TAKES[resources === 'yes' && ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown'];
    };
}
// ---------------------------------------------------------------------------------------------
// An index of workloads by namespace, so a selector is tested against the workloads of the
// namespaces it can reach, not the whole repository per hook.
class WorkloadIndex {
    all;
    byNamespace = new Map();
    /** Workloads without a namespace: any namespace-restricted selector answers 'unknown' for them. */
    unnamespaced = [];
    constructor(all) {
        this.all = all;
        for (const w of all) {
            if (w.namespace === undefined)
                this.unnamespaced.push(w);
            else {
                const list = this.byNamespace.get(w.namespace);
                if (list)
                    list.push(w);
                else
                    this.byNamespace.set(w.namespace, [w]);
            }
        }
    }
    namespaces() {
        return [...this.byNamespace.keys()].sort();
    }
    /** Workloads whose namespace may pass include/exclude lists (plus every unnamespaced one). */
    candidates(includes, excludes) {
        const out = [];
        for (const [ns, list] of this.byNamespace)
            if (includesExcludes(includes, excludes, ns))
                out.push(...list);
        out.push(...this.unnamespaced);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/engine/repo-hooks.ts
/**
 * Hooks across the repository, for the cross-resource rules: a workload's annotation hooks by family
 * and phase (as Velero picks them), the spec hook entries of every Backup, Schedule and Restore with
 * their places, and which workloads each entry reaches (velero-plan-semantics.md §1.2–§1.4, §2.2–§2.5).
 *
 * The selection is repo-select.ts's (backupTakes, restoreTakes, hookEntrySelects), with each object's
 * filters read once instead of once per workload, and a scope's workloads found through the
 * namespace index: every rule stays linear in the repository's size. RepoHooks.of memoizes the
 * whole analysis per repository model and Velero version, so the rules share it.
 */






/** The switch keys Velero reads, in order: `pre` falls back to the legacy key when the prefixed one is missing or empty. */
const SWITCH_KEYS = {
    pre: [key('pre-backup', 'command'), key('legacy-backup', 'command')],
    post: [key('post-backup', 'command')],
    init: [key('init', 'container-image')],
    exec: [key('post-restore', 'command')],
};
/** The annotation of a key (the last one when a key repeats, as decoders keep it). */
function annotationOf(w, k) {
    let found;
    for (const a of w.annotations)
        if (a.key === k)
            found = a;
    return found;
}
/**
 * The annotation hook Velero builds for a family on the workload's pods, undefined when none, or
 * 'unknown' when the switch holds no YAML string (kubectl rejects such an object; say nothing).
 */
function annotationHook(w, family) {
    let byFamily = annotationHooks.get(w);
    if (!byFamily)
        annotationHooks.set(w, (byFamily = new Map()));
    if (byFamily.has(family))
        return byFamily.get(family);
    const hook = readAnnotationHook(w, family);
    byFamily.set(family, hook);
    return hook;
}
/** Every rule asks for the same workloads' hooks: read them once. */
const annotationHooks = new WeakMap();
function readAnnotationHook(w, family) {
    for (const k of SWITCH_KEYS[family]) {
        const a = annotationOf(w, k);
        if (!a)
            continue;
        if (a.value === undefined)
            return 'unknown';
        if (a.value === '')
            continue;
        const prefix = k.slice(0, k.lastIndexOf('/') + 1);
        return { family, switch: a, field: (name) => annotationOf(w, prefix + name) };
    }
    return undefined;
}
const HOOK_FAMILIES = ['pre', 'post', 'init', 'exec'];
/** Whether the workload's pods carry any annotation hook (backup or restore). */
function hasAnnotationHook(w) {
    let v = hooked.get(w);
    if (v === undefined)
        hooked.set(w, (v = HOOK_FAMILIES.some((f) => typeof annotationHook(w, f) === 'object')));
    return v;
}
const hooked = new WeakMap();
/** Workloads whose pods are not proven to exist when Velero acts: a Job's pods finish, a CronJob's come and go (§3.2). */
function podsMayBeAbsent(w) {
    return w.kind === 'Job' || w.kind === 'CronJob';
}
/** A key of a Go-decoded struct (encoding/json matches field names case-insensitively). */
function getFold(node, name) {
    if (node?.kind !== 'map')
        return undefined;
    let found;
    for (const e of node.entries)
        if (e.key.toLowerCase() === name.toLowerCase())
            found = e.value;
    return found;
}
function repo_hooks_readEntry(object, node, index) {
    const restore = object.kind === 'Restore';
    const phaseKeys = new Map();
    for (const phase of restore ? ['postHooks'] : ['pre', 'post']) {
        const e = pentry(node, phase);
        if (e)
            phaseKeys.set(phase, e);
    }
    const initKeys = restore ? pitems(pget(node, 'postHooks')).map((item) => pentry(item, 'init')).filter((e) => e?.value.kind === 'map') : [];
    const execHooks = [];
    const initContainers = [];
    const entry = {
        object,
        index,
        node,
        name: pstring(pget(node, 'name')),
        selector: readSelectorEntry(pentry(node, 'labelSelector')),
        phaseKeys,
        execHooks,
        initKey: initKeys[0],
        initContainers,
    };
    execHooks.push(...execHooksOf(entry, restore));
    for (const init of initKeys) {
        for (const c of pitems(pget(init.value, 'initContainers')))
            if (c.kind === 'map')
                initContainers.push(initContainerOf(entry, c));
    }
    return entry;
}
function execHooksOf(entry, restore) {
    const out = [];
    const file = entry.object.file;
    for (const phase of restore ? ['exec'] : ['pre', 'post']) {
        for (const item of pitems(pget(entry.node, restore ? 'postHooks' : phase))) {
            const exec = pentry(item, 'exec');
            if (exec?.value.kind !== 'map')
                continue;
            const containerNode = pget(exec.value, 'container');
            const value = pstring(containerNode);
            const absent = containerNode === undefined || (containerNode.kind === 'scalar' && (containerNode.value === null || containerNode.value === ''));
            out.push({
                entry,
                phase,
                exec: exec,
                container: value ? { value, place: placeOf(file, containerNode) } : undefined,
                containerKnown: absent || value !== undefined,
            });
        }
    }
    return out;
}
function initContainerOf(entry, node) {
    const file = entry.object.file;
    const nameNode = getFold(node, 'name');
    const name = pstring(nameNode);
    const mounts = [];
    for (const m of pitems(getFold(node, 'volumeMounts'))) {
        const n = getFold(m, 'name');
        const s = pstring(n);
        if (s !== undefined)
            mounts.push({ name: s, place: placeOf(file, n) });
    }
    return { entry, node, name: name ? { value: name, place: placeOf(file, nameNode) } : undefined, mounts };
}
/** Whether Velero refuses a Restore init container (`ValidateContainer`: a name, an image and a non-empty command, decodable). */
function initContainerInvalid(node) {
    if (node.kind !== 'map')
        return true;
    const name = getFold(node, 'name');
    const image = getFold(node, 'image');
    const command = getFold(node, 'command');
    if (!pstring(name) || !pstring(image))
        return true;
    return command?.kind !== 'seq' || command.items.length === 0 || command.items.some((c) => c.kind !== 'scalar' || (!c.isString && c.value !== null));
}
// ---------------------------------------------------------------------------------------------
// Selection, each object's filters read once.
/** A hook entry's namespace, resource and label filters, read once (hookEntrySelects). */
class EntryMatcher {
    entry;
    inc;
    exc;
    allNamespaces;
    /** Whether a Backup entry's resource filters let pods through ('yes' for Restore entries, which ignore them). */
    resources;
    /** What the entry selects by, as a key: entries written alike select alike. */
    signature;
    nsMemo = new Map();
    labels;
    /** The label keys the selector reads. */
    keys;
    cachedLabels;
    constructor(entry, kind, cache) {
        this.entry = entry;
        this.inc = readList(entry.node, 'includedNamespaces');
        this.exc = readList(entry.node, 'excludedNamespaces');
        const incAll = this.inc.values === undefined || this.inc.values.length === 0 || this.inc.values.includes('*');
        this.allNamespaces = incAll && (this.exc.values ?? []).length === 0;
        this.labels = compileReading(entry.selector);
        const labels = this.labels;
        this.cachedLabels = cache.cached(JSON.stringify(readingSignature(entry.selector)), (w) => labels(w.podLabels, w.podLabelsKnown));
        const sel = entry.selector?.selector;
        this.keys = sel ? [...Object.keys(sel.matchLabels), ...sel.matchExpressions.map((e) => e.key)] : [];
        this.resources = 'yes';
        if (kind === 'backup') {
            const ri = readList(entry.node, 'includedResources');
            const re = readList(entry.node, 'excludedResources');
            this.resources = !ri.known || !re.known ? 'unknown' : resourceFiltersIncludePods(ri.values, re.values) ? 'yes' : 'no';
        }
        this.signature = JSON.stringify([this.resources, [this.inc.known, this.inc.values ?? null], [this.exc.known, this.exc.values ?? null], readingSignature(entry.selector)]);
    }
    /** Whether the entry selects the workload's pods in `namespace`, with extra labels (restore exec hooks). */
    selects(w, namespace, extraLabels) {
        if (this.resources !== 'yes')
            return this.resources;
        const ns = this.namespace(namespace);
        if (ns === 'no')
            return 'no';
        const labels = this.labelsOf(w, extraLabels);
        if (labels === 'no')
            return 'no';
        return ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown';
    }
    /** The entry's namespace filter alone. */
    namespace(namespace) {
        if (!this.inc.known || !this.exc.known)
            return 'unknown';
        return this.allNamespaces ? 'yes' : namespace === undefined ? 'unknown' : this.namespaceIncluded(namespace) ? 'yes' : 'no';
    }
    /** The entry's labelSelector alone. */
    /** Whether the selector reads any of these labels. */
    reads(labels) {
        return this.keys.some((k) => Object.hasOwn(labels, k));
    }
    labelsOf(w, extraLabels, id) {
        const merge = extraLabels && this.reads(extraLabels);
        return merge ? this.labels({ ...w.podLabels, ...extraLabels }, w.podLabelsKnown) : this.cachedLabels(w, id);
    }
    /**
     * The indices of a group's workloads the selector may select ('yes'), through the group's label
     * postings when it has matchLabels; undefined for all of them; [] when it selects none for sure
     * (the selector cannot be read: 'unknown' everywhere).
     */
    candidatesIn(g, extraLabels) {
        const reading = this.entry.selector;
        if (!reading)
            return undefined;
        if (!reading.selector || reading.problem)
            return [];
        let best;
        for (const [k, v] of Object.entries(reading.selector.matchLabels)) {
            if (extraLabels && Object.hasOwn(extraLabels, k)) {
                if (extraLabels[k] !== v)
                    return [];
                continue;
            }
            const list = g.withLabel(k, v);
            if (!best || list.length < best.length)
                best = list;
        }
        return best;
    }
    namespaceIncluded(ns) {
        let v = this.nsMemo.get(ns);
        if (v === undefined)
            this.nsMemo.set(ns, (v = includesExcludes(this.inc.values, this.exc.values, ns)));
        return v;
    }
}
function compileSelector(selector) {
    const pairs = Object.entries(selector.matchLabels);
    const exprs = selector.matchExpressions.map((r) => ({ key: r.key, operator: r.operator, values: new Set(r.values) }));
    return (labels) => {
        for (const [k, v] of pairs)
            if (labels[k] !== v)
                return false;
        for (const e of exprs) {
            const has = Object.hasOwn(labels, e.key);
            if (e.operator === 'In' ? !has || !e.values.has(labels[e.key]) : e.operator === 'NotIn' ? has && e.values.has(labels[e.key]) : e.operator === 'Exists' ? !has : e.operator === 'DoesNotExist' ? has : true)
                return false;
        }
        return true;
    };
}
function compileReading(reading) {
    if (!reading)
        return () => 'yes';
    if (!reading.selector || reading.problem)
        return () => 'unknown';
    const test = compileSelector(reading.selector);
    return (labels, known) => (!known ? 'unknown' : test(labels) ? 'yes' : 'no');
}
const TRI_CODE = { yes: 1, no: 2, unknown: 3 };
const TAKES_CODE = { yes: 1, unknown: 2, no: 3, resources: 4, namespace: 5, 'excluded-label': 6, labels: 7 };
const TAKES_BY_CODE = [
    { takes: 'unknown' },
    { takes: 'yes' },
    { takes: 'unknown' },
    { takes: 'no' },
    { takes: 'no', reason: 'resources' },
    { takes: 'no', reason: 'namespace' },
    { takes: 'no', reason: 'excluded-label' },
    { takes: 'no', reason: 'labels' },
];
const CODE_TRI = ['unknown', 'yes', 'no', 'unknown'];
/**
 * Selector answers per workload, shared by every selector written the same way (Backups and hook
 * entries often repeat one): an Int8Array per selector, indexed by the workload's position in the
 * namespace index.
 */
class LabelCache {
    size;
    /** Bytes of answers kept at most (a repository of thousands of distinct selectors tests them again instead). */
    static BUDGET = 64 * 1024 * 1024;
    bySignature = new Map();
    allocated = 0;
    constructor(size) {
        this.size = size;
    }
    /** The answers kept under a signature (0: not computed yet), allocated on first use; undefined past the budget. */
    answers(signature) {
        let answers = this.bySignature.get(signature);
        if (!answers) {
            if (this.allocated + this.size > LabelCache.BUDGET)
                return undefined;
            this.allocated += this.size;
            this.bySignature.set(signature, (answers = new Int8Array(this.size)));
        }
        return answers;
    }
    /** A selector's test with its answers kept by workload id (tests without an id, or past the budget, are not kept). */
    cached(signature, test) {
        let memo = null;
        return (w, id) => {
            if (id === undefined)
                return test(w);
            if (memo === null)
                memo = this.answers(signature);
            if (!memo)
                return test(w);
            const code = memo[id];
            if (code !== 0)
                return CODE_TRI[code];
            const t = test(w);
            memo[id] = TRI_CODE[t];
            return t;
        };
    }
}
/** What a selector reading says, as a cache key. */
function readingSignature(r) {
    return r ? { s: r.selector ?? '?', p: r.problem ?? '' } : 0;
}
/** Both selectors are set (FailedValidation, backup_controller.go:615 / restore_controller.go validateAndComplete). */
function bothSelectors(spec) {
    const single = readSelectorEntry(pentry(spec, 'labelSelector'));
    const or = pget(spec, 'orLabelSelectors');
    return single !== undefined && or?.kind === 'seq' && or.items.length > 0;
}
/** `labelSelector` or any `orLabelSelectors` item against a label set (as backupTakes and restoreTakes read them). */
function labelsMatch(spec) {
    const { single, or } = backupSelectors(spec);
    if (or.length === 0)
        return compileReading(single);
    const matchers = or.map(compileReading);
    return (labels, known) => {
        let unknown = false;
        for (const m of matchers) {
            const t = m(labels, known);
            if (t === 'yes')
                return 'yes';
            if (t === 'unknown')
                unknown = true;
        }
        return unknown ? 'unknown' : 'no';
    };
}
/** Something both objects share: the entries and their matchers. */
class Scope {
    object;
    entries;
    matchers;
    /** The Velero object's own selectors against pod labels, answers kept per workload id. */
    podLabels;
    labelSignature;
    constructor(object, kind, cache) {
        this.object = object;
        this.entries = hookResourceEntries(object.spec).map((node, i) => repo_hooks_readEntry(object, node, i));
        this.matchers = new Map(this.entries.map((e) => [e, new EntryMatcher(e, kind, cache)]));
        const { single, or } = backupSelectors(object.spec);
        const matcher = labelsMatch(object.spec);
        this.labelSignature = JSON.stringify({ s: readingSignature(single), o: or.map(readingSignature) });
        this.podLabels = cache.cached(this.labelSignature, (w) => matcher(w.podLabels, w.podLabelsKnown));
    }
    entriesFail() {
        return bothSelectors(this.object.spec) || this.entries.some((e) => e.selector?.problem !== undefined);
    }
}
/** A Backup, or a Schedule's template: which workloads it takes (backupTakes). */
class BackupScope extends Scope {
    version;
    index;
    resources;
    fails;
    /** The Backup's selectors against a label set (pod labels, or a workload's own). */
    labelsOf;
    nsMemo = new Map();
    takesMemo = null;
    cache;
    /** What the Backup takes by, as a key: Backups written alike take alike. */
    signature;
    groupList;
    candidateList;
    constructor(object, version, index) {
        super(object, 'backup', index.cache);
        this.version = version;
        this.index = index;
        this.resources = backupIncludesPods(object.spec);
        this.labelsOf = labelsMatch(object.spec);
        this.fails = this.entriesFail();
        // Backups that filter alike take alike: their answers are kept together.
        const spec = object.spec;
        const lists = ['includedNamespaces', 'excludedNamespaces'].map((k) => readList(spec, k));
        this.signature = JSON.stringify(['takes', versionSetting(version), this.resources, lists.map((l) => [l.known, l.values ?? null]), this.labelSignature]);
        this.cache = index.cache;
    }
    /** The Backup's selectors against the workload's pod labels (id: its position in the namespace index, to share answers). */
    labels(w, id) {
        return this.podLabels(w, id);
    }
    namespace(ns) {
        if (ns === undefined)
            return backupNamespaceMatches(this.object.spec, undefined, this.version);
        let v = this.nsMemo.get(ns);
        if (v === undefined)
            this.nsMemo.set(ns, (v = backupNamespaceMatches(this.object.spec, ns, this.version)));
        return v;
    }
    /** backupTakes, with the spec read once. */
    takes(w) {
        return this.takesIn(w, this.namespace(w.namespace));
    }
    /** takes, with the answer of the namespace filter for the workload's namespace (and the workload's id, to keep the answer). */
    takesIn(w, ns, id) {
        if (id !== undefined && this.takesMemo === null)
            this.takesMemo = this.cache.answers(this.signature);
        if (id === undefined || !this.takesMemo)
            return this.computeTakes(w, ns, id);
        const code = this.takesMemo[id];
        if (code !== 0)
            return TAKES_BY_CODE[code];
        const take = this.computeTakes(w, ns, id);
        this.takesMemo[id] = TAKES_CODE[take.reason ?? take.takes];
        return take;
    }
    computeTakes(w, ns, id) {
        if (this.resources === 'no')
            return { takes: 'no', reason: 'resources' };
        if (ns === 'no')
            return { takes: 'no', reason: 'namespace' };
        if (w.podLabels['velero.io/exclude-from-backup'] === 'true')
            return { takes: 'no', reason: 'excluded-label' };
        const labels = this.labels(w, id);
        if (labels === 'no')
            return { takes: 'no', reason: 'labels' };
        return { takes: this.resources === 'unknown' || ns === 'unknown' || labels === 'unknown' ? 'unknown' : 'yes' };
    }
    /** Workloads whose namespace may pass the Backup's namespace filter (a superset; takes decides), by namespace. */
    candidateGroups() {
        if (this.groupList)
            return this.groupList;
        const inc = readList(this.object.spec, 'includedNamespaces');
        const exc = readList(this.object.spec, 'excludedNamespaces');
        // ≤ v1.17 reads patterns literally: a glob exclude then excludes nothing, so keep those namespaces.
        const globs = backupNamespaceGlobsExpanded(this.version);
        this.groupList = inc.known && exc.known ? this.index.groups(inc.values, globs ? exc.values : undefined) : this.index.groups(undefined, undefined);
        return this.groupList;
    }
    candidates() {
        return (this.candidateList ??= this.candidateGroups().flatMap((g) => g.workloads));
    }
}
/** A Restore: which workloads it restores (restoreTakes, and its source Backup in the repository takes them). */
class RestoreScope extends Scope {
    source;
    index;
    fails;
    mapping;
    resources;
    nsInc;
    nsExc;
    /** The labels Velero adds before exec hooks select (§2.1 step 6); a value we cannot know is absent. */
    execLabels;
    groupList;
    candidateList;
    constructor(object, source, index) {
        super(object, 'restore', index.cache);
        this.source = source;
        this.index = index;
        const spec = object.spec;
        const inc = readList(spec, 'includedResources');
        const exc = readList(spec, 'excludedResources');
        this.resources = !inc.known || !exc.known ? 'unknown' : resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no';
        this.nsInc = readList(spec, 'includedNamespaces');
        this.nsExc = readList(spec, 'excludedNamespaces');
        this.mapping = namespaceMapping(object);
        const backupName = pstring(pget(spec, 'backupName'));
        this.execLabels = {
            ...(backupName ? { 'velero.io/backup-name': backupName } : {}),
            ...(object.name ? { 'velero.io/restore-name': object.name } : {}),
        };
        this.fails = this.entriesFail() || this.entries.some((e) => initContainersOfEntry(e).some(initContainerInvalid));
        const lists = [this.nsInc, this.nsExc].map((l) => [l.known, l.values ?? null]);
        this.signature = JSON.stringify(['restores', this.resources, lists, this.labelSignature, this.mapping, source?.signature ?? null]);
    }
    /** What the Restore restores by, as a key. */
    signature;
    /** restoreTakes, with the spec read once, and the source's takes: 'unknown' without a source in the repository. */
    restores(w) {
        return this.restoresIn(w, this.namespace(w.namespace));
    }
    /** The Restore's (source) namespace filter. */
    namespace(ns) {
        if (!this.nsInc.known || !this.nsExc.known || ns === undefined)
            return 'unknown';
        return includesExcludes(this.nsInc.values, this.nsExc.values, ns) ? 'yes' : 'no';
    }
    /** restores, with the answer of the namespace filter for the workload's namespace. */
    restoresIn(w, ns, id) {
        if (this.resources === 'no')
            return 'no';
        if (ns === 'no')
            return 'no';
        const labels = this.podLabels(w, id);
        if (labels === 'no')
            return 'no';
        const inBackup = this.source ? this.source.takesIn(w, this.source.namespace(w.namespace), id).takes : 'unknown';
        if (inBackup === 'no')
            return 'no';
        return this.resources === 'yes' && ns === 'yes' && labels === 'yes' && inBackup === 'yes' ? 'yes' : 'unknown';
    }
    targetNamespace(w) {
        return this.mapped(w.namespace);
    }
    /** A source namespace after namespaceMapping (own keys only: a namespace may be called "constructor"). */
    mapped(ns) {
        return ns !== undefined && Object.hasOwn(this.mapping, ns) ? this.mapping[ns] : ns;
    }
    /** Workloads whose (source) namespace may pass the Restore's namespace filter, by namespace. */
    candidateGroups() {
        return (this.groupList ??= this.nsInc.known && this.nsExc.known ? this.index.groups(this.nsInc.values, this.nsExc.values) : this.index.groups(undefined, undefined));
    }
    candidates() {
        return (this.candidateList ??= this.candidateGroups().flatMap((g) => g.workloads));
    }
}
/** Every item of a Restore entry's `postHooks[].init.initContainers[]`, maps or not. */
function initContainersOfEntry(entry) {
    return pitems(pget(entry.node, 'postHooks')).flatMap((item) => {
        const init = pget(item, 'init');
        return init?.kind === 'map' ? [...pitems(pget(init, 'initContainers'))] : [];
    });
}
/** The workloads of one namespace (undefined: those that state none). */
class NamespaceGroup {
    namespace;
    workloads;
    offset;
    /** The workloads' annotation hooks, by index. */
    hooks;
    postings;
    constructor(namespace, workloads, 
    /** The id of its first workload: workload i of the group has id offset + i. */
    offset) {
        this.namespace = namespace;
        this.workloads = workloads;
        this.offset = offset;
        this.hooks = workloads.map(hooksOf);
    }
    /** The indices of the workloads whose (known) pod labels hold key=value. */
    withLabel(key, value) {
        if (!this.postings) {
            this.postings = new Map();
            this.workloads.forEach((w, i) => {
                if (!w.podLabelsKnown)
                    return;
                for (const [k, v] of Object.entries(w.podLabels)) {
                    const id = `${k}\u0000${v}`;
                    const list = this.postings.get(id);
                    if (list)
                        list.push(i);
                    else
                        this.postings.set(id, [i]);
                }
            });
        }
        return this.postings.get(`${key}\u0000${value}`) ?? [];
    }
}
/** Workloads by namespace, so a scope visits the namespaces it may include, not the whole repository. */
class NamespaceIndex {
    /** Selector answers by workload id, shared by the scopes and entries of the index. */
    cache;
    claims = new Map();
    byNamespace;
    unnamespaced;
    constructor(all) {
        const map = new Map();
        const none = [];
        for (const w of all) {
            if (w.namespace === undefined)
                none.push(w);
            else {
                const list = map.get(w.namespace);
                if (list)
                    list.push(w);
                else
                    map.set(w.namespace, [w]);
            }
        }
        let offset = 0;
        this.byNamespace = [...map]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([namespace, workloads]) => {
            const g = new NamespaceGroup(namespace, workloads, offset);
            offset += workloads.length;
            return g;
        });
        this.unnamespaced = new NamespaceGroup(undefined, none, offset);
        this.cache = new LabelCache(all.length);
        for (const g of this.byNamespace) {
            g.workloads.forEach((w, i) => {
                for (const v of w.volumes) {
                    if (v.claimName === undefined)
                        continue;
                    const k = `${g.namespace}\u0000${v.claimName}`;
                    const list = this.claims.get(k);
                    if (list)
                        list.push({ workload: w, id: g.offset + i });
                    else
                        this.claims.set(k, [{ workload: w, id: g.offset + i }]);
                }
            });
        }
    }
    /** The workloads of a namespace that mount a PersistentVolumeClaim, with their ids. */
    sharing(namespace, claimName) {
        return this.claims.get(`${namespace}\u0000${claimName}`) ?? [];
    }
    /** The groups whose namespace passes include/exclude globs, and the unnamespaced workloads. */
    groups(includes, excludes) {
        const out = this.byNamespace.filter((g) => includesExcludes(includes, excludes, g.namespace));
        if (this.unnamespaced.workloads.length > 0)
            out.push(this.unnamespaced);
        return out;
    }
}
function hooksOf(w) {
    return { pre: annotationHook(w, 'pre'), post: annotationHook(w, 'post'), init: annotationHook(w, 'init'), exec: annotationHook(w, 'exec') };
}
/** The whole analysis of a repository for one Velero version, shared by the rules that need it. */
class RepoHooks {
    repo;
    version;
    static cache = new WeakMap();
    static of(repo, version) {
        let byVersion = RepoHooks.cache.get(repo);
        if (!byVersion)
            RepoHooks.cache.set(repo, (byVersion = new Map()));
        const k = versionSetting(version);
        let hooks = byVersion.get(k);
        if (!hooks)
            byVersion.set(k, (hooks = new RepoHooks(repo, version)));
        return hooks;
    }
    index;
    backups;
    restores;
    reachedMemo = new WeakMap();
    reachedBySignature = new Map();
    runsOnMemo = new WeakMap();
    constructor(repo, version) {
        this.repo = repo;
        this.version = version;
        this.index = new NamespaceIndex(repo.workloads);
        const backupLike = repo.velero.filter((o) => o.kind !== 'Restore');
        const scopes = new Map(backupLike.map((o) => [o, new BackupScope(o, version, this.index)]));
        this.backups = [...scopes.values()];
        this.restores = repo.velero.filter((o) => o.kind === 'Restore').map((o) => {
            const source = restoreSource(o, repo.velero);
            return new RestoreScope(o, source ? scopes.get(source) : undefined, this.index);
        });
    }
    /**
     * The workloads a Backup's entry selects (`pre`/`post`), or a Restore's entry selects for its
     * init hooks (backed-up labels) or exec hooks (with the labels Velero adds), in the target
     * namespace; those the object proves it does not take are left out.
     */
    reached(scope, entry, family) {
        let byFamily = this.reachedMemo.get(entry);
        if (!byFamily)
            this.reachedMemo.set(entry, (byFamily = new Map()));
        let list = byFamily.get(family);
        if (list)
            return list;
        const matcher = scope.matchers.get(entry);
        // Entries written alike, in objects that take alike, reach alike.
        const extra = family === 'exec' && scope instanceof RestoreScope && matcher.reads(scope.execLabels) ? JSON.stringify(scope.execLabels) : '';
        const key = `${scope.signature}\u0000${matcher.signature}\u0000${family}\u0000${extra}`;
        list = this.reachedBySignature.get(key);
        if (list) {
            byFamily.set(family, list);
            return list;
        }
        list = [];
        if (matcher.resources === 'yes') {
            if (scope instanceof BackupScope)
                reachBackup(scope, matcher, list);
            else
                reachRestore(scope, matcher, family === 'exec', list);
        }
        byFamily.set(family, list);
        this.reachedBySignature.set(key, list);
        return list;
    }
    /** execHookRunsOn, memoized per hook. */
    runsOn(scope, hook) {
        const reached = this.reached(scope, hook.entry, hook.phase === 'exec' ? 'exec' : 'backup');
        let byPhase = this.runsOnMemo.get(reached);
        if (!byPhase)
            this.runsOnMemo.set(reached, (byPhase = new Map()));
        let list = byPhase.get(hook.phase);
        if (list)
            return list;
        const out = [];
        for (const r of reached) {
            if (r.taken !== 'yes' || !r.workload.containersKnown || podsMayBeAbsent(r.workload) || r.hooks[hook.phase] !== undefined)
                continue;
            out.push(r.workload);
        }
        byPhase.set(hook.phase, (list = out));
        return list;
    }
}
/**
 * The workloads where a spec exec hook surely runs (or surely fails to): the object takes them ('yes'),
 * the entry selects them, no annotation of the same kind hides the hook (nor might: a non-string
 * switch), their containers are known, and their pods exist when Velero acts (not Jobs or CronJobs).
 */
function execHookRunsOn(hooks, scope, hook) {
    return hooks.runsOn(scope, hook);
}
function forEachCandidate(g, indices, fn) {
    if (indices)
        for (const i of indices)
            fn(g.workloads[i], i);
    else
        g.workloads.forEach(fn);
}
/** Per namespace: the entry's and the Backup's namespace filters once, then each workload's labels. */
function reachBackup(scope, matcher, out) {
    for (const g of scope.candidateGroups()) {
        const ns = scope.namespace(g.namespace);
        if (ns === 'no' || matcher.namespace(g.namespace) !== 'yes')
            continue;
        forEachCandidate(g, matcher.candidatesIn(g), (w, i) => {
            if (matcher.labelsOf(w, undefined, g.offset + i) !== 'yes')
                return;
            const taken = scope.takesIn(w, ns, g.offset + i).takes;
            if (taken !== 'no')
                out.push({ workload: w, taken, hooks: g.hooks[i] });
        });
    }
}
/** The same for a Restore: the entry selects in the target namespace, exec hooks with the labels Velero adds. */
function reachRestore(scope, matcher, exec, out) {
    const selector = matcher.entry.selector?.selector;
    // A selector on a label Velero adds whose value we cannot know (a scheduleName restore's backup name).
    if (exec && selector && mentionsUnknownVeleroLabel(selector, scope.execLabels))
        return;
    const extra = exec ? scope.execLabels : undefined;
    for (const g of scope.candidateGroups()) {
        const ns = scope.namespace(g.namespace);
        const target = scope.mapped(g.namespace);
        if (ns === 'no' || matcher.namespace(target) !== 'yes')
            continue;
        forEachCandidate(g, matcher.candidatesIn(g, extra), (w, i) => {
            if (matcher.labelsOf(w, extra, g.offset + i) !== 'yes')
                return;
            const taken = scope.restoresIn(w, ns, g.offset + i);
            if (taken !== 'no')
                out.push({ workload: w, taken, hooks: g.hooks[i] });
        });
    }
}
const VELERO_RESTORE_LABELS = ['velero.io/backup-name', 'velero.io/restore-name'];
function mentionsUnknownVeleroLabel(selector, known) {
    const keys = [...Object.keys(selector.matchLabels), ...selector.matchExpressions.map((e) => e.key)];
    return keys.some((k) => VELERO_RESTORE_LABELS.includes(k) && !Object.hasOwn(known, k));
}
/** A selector with a template placeholder in a key or value stands for labels we cannot know. */
function selectorTemplated(selector) {
    const texts = [...Object.entries(selector.matchLabels).flat(), ...selector.matchExpressions.flatMap((e) => [e.key, ...e.values])];
    return texts.some(isTemplated);
}
// ---------------------------------------------------------------------------------------------
// Words for messages.
/** Workloads (or anything described) named in a message at most. */
const LIST_MAX = 3;
/** "A, B and C" / "A, B, C and 4 more": a bounded list of workloads (or anything described). */
function listOf(items, describe = (x) => describeWorkload(x)) {
    return countedList(items.slice(0, LIST_MAX).map(describe), items.length);
}
/** The same from the first descriptions and the total count. */
function countedList(shown, total) {
    const rest = total - shown.length;
    if (rest > 0)
        return `${shown.join(', ')} and ${rest} more`;
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
/** "file:line" of a place. */
function at(place) {
    return `${place.file}:${place.span.line}`;
}
/** The place of an entry's key in a Velero object's file. */
function keyPlace(object, entry) {
    return keyPlaceOf(object.file, entry);
}
/** The description of an annotation family in messages. */
function familyWords(family) {
    const spec = FAMILY_BY_NAME.get(family === 'pre' ? 'pre-backup' : family === 'post' ? 'post-backup' : family === 'init' ? 'init' : 'post-restore');
    return spec.description;
}
/**
 * What follows, for a Restore, when Velero discards an exec hook whose container is not in
 * `spec.containers` (missingRestoreExecContainer): words that continue "Velero discards this exec hook".
 */
function restoreDiscardOutcome(version) {
    switch (missingRestoreExecContainer(version)) {
        case 'discarded':
            return '';
        case 'hangs':
            return ' and the Restore hangs in Finalizing forever (velero#9749)';
        default:
            return ' and the Restore waits in Finalizing until --resource-timeout (10m by default), then ends PartiallyFailed';
    }
}

;// CONCATENATED MODULE: ./src/rules/backup-hook-selector-disjoint.ts






/** The Backup's selectors when every one is plain data Velero accepts; undefined otherwise (unknown). */
function usable(readings) {
    const out = [];
    for (const r of readings) {
        if (!r.selector || r.problem || selectorTemplated(r.selector))
            return undefined;
        out.push(r.selector);
    }
    return out;
}
/* harmony default export */ const backup_hook_selector_disjoint = (defineRule({
    meta: {
        id: 'backup-hook-selector-disjoint',
        severity: 'warning',
        docs: {
            summary: "A Backup/Schedule hook's `labelSelector` can never match a pod the Backup's own `labelSelector`/`orLabelSelectors` selects.",
            description: "A hook selector only narrows the pods the Backup takes; it never adds any (velero-plan-semantics.md §1.1, §1.3). The Backup's " +
                '`labelSelector` (or each of its `orLabelSelectors`) picks pods by their own labels when Velero lists them ' +
                '(`listResourceByLabelsPerNamespace`, pkg/backup/item_collector.go), and `applicableTo` ' +
                '(internal/hook/item_hook_handler.go) then matches the hook selector on those pods. When no label set can satisfy both ' +
                '(`app: a` against `app: b`, `tier In [db]` against `tier: web`), the hook runs on no pod the Backup selects. Since v1.15 ' +
                'a running pod that shares a PersistentVolumeClaim with a selected pod joins its ItemBlock without matching the Backup selector ' +
                '(`PVCAction`, pkg/itemblock/actions/pvc_action.go; §1.2): only such pods can still get the hook.',
            fix: "Make the hook's `labelSelector` select pods the Backup selects (or drop it), or widen the Backup's selector to include the hooked pods.",
        },
        versions: {
            applies: 'all; the wording differs from v1.15 (pods sharing a PVC)',
            outcomes: [
                { versions: 'v1.12.0 … v1.14.x', outcome: 'The hook never runs.' },
                { versions: 'v1.15.0 … main', outcome: 'The hook runs only on pods that join the backup by sharing a PersistentVolumeClaim with a selected pod, while they run.' },
            ],
        },
        messages: {
            never: 'This hook selector and the labelSelector of {{object}} can never match the same pod, and Velero {{version}} runs hooks only on pods the Backup selects, so these hooks never run; select labels the backed-up pods carry, or widen the Backup selector.',
            sharedClaimOnly: 'This hook selector and the labelSelector of {{object}} can never match the same pod, so Velero {{version}} runs these hooks only on pods that join the backup by sharing a PersistentVolumeClaim with a selected pod; select labels the backed-up pods carry, or widen the Backup selector.',
        },
    },
    checkRepository(context) {
        const hooks = RepoHooks.of(context.repo, context.veleroVersion);
        for (const scope of hooks.backups) {
            if (scope.fails || scope.resources === 'no')
                continue;
            const { single, or } = backupSelectors(scope.object.spec);
            const backupSide = usable(or.length > 0 ? or : single ? [single] : []);
            if (!backupSide || backupSide.length === 0)
                continue;
            for (const entry of scope.entries) {
                const hook = entry.selector?.selector;
                if (!hook || selectorTemplated(hook) || entry.execHooks.length === 0 || scope.matchers.get(entry).resources === 'no')
                    continue;
                if (!backupSide.every((b) => selectorsDisjoint(b, hook)))
                    continue;
                context.report({
                    messageId: sharedPvcPullsPods(context.veleroVersion) ? 'sharedClaimOnly' : 'never',
                    data: { object: describeVeleroObject(scope.object), version: formatVersion(context.veleroVersion) },
                    place: keyPlace(scope.object, entry.selector.entry),
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/engine/repo-select-extra.ts
/**
 * More of Velero's selection over the repository model, for the cross-resource rules about resource
 * filters and namespaces (velero-plan-semantics.md §1.2, §2.2, §2.3, §3): where a Backup's or
 * Restore's own filters drop pods, which hooks a workload's annotations turn on, which source
 * namespaces a Restore restores as far as the repository proves them, and the workloads a Restore
 * hook entry can reach through `namespaceMapping`. Builds on repo-select.ts; answers stay
 * three-valued ('unknown' → the rules say nothing).
 */






/**
 * Where a Backup (Schedule template) or Restore leaves pods out by its resource filters, when the
 * repository proves it does; undefined when pods pass or it is unknown. A Backup uses the old
 * filters (`includedResources`/`excludedResources`) when either is set, else the namespace-scoped
 * ones (`collections.UseOldResourceFilters`); a Restore has only the old ones.
 */
function podFilterPlace(object) {
    const spec = object.spec;
    let incKey = 'includedResources';
    let excKey = 'excludedResources';
    if (object.kind === 'Restore') {
        if (restoreResourcesIncludePods(spec) !== 'no')
            return undefined;
    }
    else {
        if (backupIncludesPods(spec) !== 'no')
            return undefined;
        const old = readList(spec, incKey).entry !== undefined || readList(spec, excKey).entry !== undefined;
        if (!old)
            [incKey, excKey] = ['includedNamespaceScopedResources', 'excludedNamespaceScopedResources'];
    }
    const inc = readList(spec, incKey);
    const exc = readList(spec, excKey);
    if (inc.entry && !resourceFiltersIncludePods(inc.values, undefined))
        return { key: incKey, item: undefined, place: keyPlaceOf(object.file, inc.entry) };
    const items = exc.entry ? pitems(exc.entry.value) : [];
    for (const item of items) {
        const name = pstring(item);
        if (name !== undefined && !resourceFiltersIncludePods(undefined, [name]))
            return { key: excKey, item: name, place: placeOf(object.file, item) };
    }
    return undefined;
}
/** Resource-filter keys of a Backup or Restore spec. */
const RESOURCE_FILTER_KEYS = new Set([
    'includedResources',
    'excludedResources',
    'includedNamespaceScopedResources',
    'excludedNamespaceScopedResources',
    'includedClusterScopedResources',
    'excludedClusterScopedResources',
    'includeClusterResources',
]);
/** The spec as it would read without its resource filters: what the object would take if pods passed. */
function withoutResourceFilters(spec) {
    if (!spec)
        return undefined;
    return { ...spec, entries: spec.entries.filter((e) => !RESOURCE_FILTER_KEYS.has(e.key)) };
}
/** Whether a Restore would restore a workload's pods if its resource filters let pods through. */
function restoreTakesIgnoringResources(restore, w) {
    return restoreTakes({ ...restore, spec: withoutResourceFilters(restore.spec) }, w).takes;
}
/** The same, for many workloads. */
function restoreTakerIgnoringResources(restore) {
    return restoreTaker({ ...restore, spec: withoutResourceFilters(restore.spec) });
}
// ---------------------------------------------------------------------------------------------
// backupTakes, restoreTakes and hookEntrySelects as plain yes/no/unknown, for many workloads against
// one object: thin adapters over the filters of repo-select.ts (the spec read once, namespace
// answers memoized), so a rule that asks for every workload stays linear.
/** backupTakes(spec, w, version).takes for many workloads. */
function backupTaker(spec, version) {
    const filter = backupFilter(spec, version);
    return (w) => filter(w).takes;
}
/** restoreTakes(restore, w).takes for many workloads. */
function restoreTaker(restore) {
    const filter = restoreFilter(restore);
    return (w) => filter(w).takes;
}
/** hookEntrySelects(entry, w, 'restore', targetNamespace(restore, w)) for many workloads. */
function restoreHookSelector(restore, entry) {
    const filter = hookEntryFilter(entry, 'restore');
    const mapping = namespaceMapping(restore);
    return (w) => filter(w, w.namespace === undefined ? undefined : (mapping[w.namespace] ?? w.namespace));
}
// ---------------------------------------------------------------------------------------------
// Hooks a workload's annotations turn on.
const BACKUP_FAMILIES = ['pre-backup', 'legacy-backup', 'post-backup'];
const RESTORE_FAMILIES = ['init', 'post-restore'];
/** What messages call a hook family. */
const FAMILY_LABEL = {
    'pre-backup': 'pre-backup hook',
    'legacy-backup': 'pre-backup hook',
    'post-backup': 'post-backup hook',
    init: 'restore init hook',
    'post-restore': 'restore exec hook',
};
/** The value of an annotation of the workload's pods (the last one when a key repeats). */
function annotationValue(w, key) {
    return annotationOf(w, key)?.value;
}
/** The hook families (of those asked) whose hook Velero builds from the workload's pod annotations. */
function annotationHookFamilies(w, families) {
    return families.filter((f) => hookIsBuilt(f, (k) => annotationValue(w, k)));
}
// ---------------------------------------------------------------------------------------------
// Restores and namespaces (§2.2, §2.3).
/** A namespace list of literal names (no glob, no '*'), or undefined when it is not one. */
function literalNamespaces(spec, key) {
    const list = readList(spec, key);
    if (!list.known || !list.values || list.values.length === 0)
        return undefined;
    return list.values.some((v) => hasGlobChars(v) || v === '') ? undefined : [...list.values];
}
/**
 * The source namespaces a Restore restores, as far as the repository proves them: its own literal
 * `includedNamespaces`, or those of its source Backup/Schedule (when the repository holds it and
 * lists them literally), passed through both objects' include/exclude lists. undefined when unknown.
 */
function restoredSourceNamespaces(restore, source) {
    const own = readList(restore.spec, 'includedNamespaces');
    const ownExc = readList(restore.spec, 'excludedNamespaces');
    if (!own.known || !ownExc.known)
        return undefined;
    const fromSource = source ? literalNamespaces(source.spec, 'includedNamespaces') : undefined;
    const candidates = literalNamespaces(restore.spec, 'includedNamespaces') ?? fromSource;
    if (!candidates)
        return undefined;
    const srcExc = source ? readList(source.spec, 'excludedNamespaces') : undefined;
    if (srcExc && !srcExc.known)
        return undefined;
    return candidates.filter((ns) => includesExcludes(own.values, ownExc.values, ns) &&
        (!fromSource || fromSource.includes(ns)) &&
        (!srcExc?.values || !srcExc.values.some((p) => includesExcludes([p], undefined, ns))));
}
/** The target namespaces of source namespaces under the Restore's namespaceMapping. */
function targetNamespaces(restore, sources) {
    const mapping = namespaceMapping(restore);
    return [...new Set(sources.map((ns) => mapping[ns] ?? ns))];
}
/** Workloads grouped by namespace (unnamespaced ones apart), built once per rule run. */
class NamespaceGroups {
    byNamespace = new Map();
    unnamespaced = [];
    constructor(workloads) {
        for (const w of workloads) {
            if (w.namespace === undefined)
                this.unnamespaced.push(w);
            else {
                const list = this.byNamespace.get(w.namespace);
                if (list)
                    list.push(w);
                else
                    this.byNamespace.set(w.namespace, [w]);
            }
        }
    }
    /**
     * Workloads whose pods a Restore hook entry's namespace lists may reach after `namespaceMapping`
     * (the lists match the target namespace, §2.3), plus every unnamespaced workload (unknown).
     */
    *restoreHookCandidates(restore, entry) {
        const inc = readList(entry, 'includedNamespaces');
        const exc = readList(entry, 'excludedNamespaces');
        if (!inc.known || !exc.known) {
            yield* this.all();
            return;
        }
        const mapping = namespaceMapping(restore);
        for (const [ns, list] of this.byNamespace)
            if (includesExcludes(inc.values, exc.values, mapping[ns] ?? ns))
                yield* list;
        yield* this.unnamespaced;
    }
    *all() {
        for (const list of this.byNamespace.values())
            yield* list;
        yield* this.unnamespaced;
    }
}
// ---------------------------------------------------------------------------------------------
// Messages.
/** "a, b and c" / "a, b, c and 4 more": a bounded list for messages. */
function boundedList(items, shown = 3) {
    return countedList(items.slice(0, shown), items.length);
}
/** A spec hook entry as messages name it: `hook "freeze" (velero/backup.yaml:12)`. */
function describeHookEntry(file, entry) {
    const name = pstring(pentry(entry, 'name')?.value);
    return `${name !== undefined ? `hook "${name}"` : 'an unnamed hook'} (${file}:${entry.span.line})`;
}
/** The later of two entries in the file (the one a finding about "both are set" goes to). */
function laterEntry(a, b) {
    return a.keySpan.line > b.keySpan.line || (a.keySpan.line === b.keySpan.line && a.keySpan.column > b.keySpan.column) ? a : b;
}

;// CONCATENATED MODULE: ./src/rules/backup-namespace-glob-literal.ts






/** Characters `validateNamespaceName` refuses before v1.18.0 (only '*' is swapped for a letter there). */
const REJECTED = /[?[\]{},]/;
/** The namespaces the repository names (Namespace objects and workloads' namespaces), sorted. */
function repoNamespaces(repo) {
    const names = new Set();
    for (const n of repo.namespaces)
        names.add(n.name);
    for (const w of repo.workloads)
        if (w.namespace !== undefined)
            names.add(w.namespace);
    return [...names].sort();
}
/** " (a, b)": the namespaces of the repository the pattern was meant to match, if any. */
function matchesHint(pattern, namespaces) {
    const matched = namespaces.filter((ns) => includesExcludes([pattern], undefined, ns));
    return matched.length > 0 ? ` (${boundedList(matched)})` : '';
}
function subject(object) {
    return object.kind === 'Schedule' ? `every Backup of ${describeVeleroObject(object)}` : describeVeleroObject(object);
}
/* harmony default export */ const backup_namespace_glob_literal = (defineRule({
    meta: {
        id: 'backup-namespace-glob-literal',
        severity: 'error',
        docs: {
            summary: 'A Backup or Schedule namespace pattern (`app-*`, `?`, `[…]`) when the targeted Velero is older than v1.18.0.',
            description: 'Before v1.18.0 a Backup\'s `includedNamespaces` knows one wildcard only: a bare `*` (all namespaces). ' +
                '`getNamespacesToList` (pkg/backup/item_collector.go@v1.17.2) lists each other item as the literal name of a namespace, ' +
                'so `app-*` asks for a namespace called "app-*", which cannot exist: nothing is backed up from it and no hook runs in ' +
                'its pods (velero-plan-semantics.md §1.2, §4 row 15). `validateNamespaceName` ' +
                '(pkg/util/collections/includes_excludes.go@v1.17.2) replaces only `*` before checking the name, so `?`, `[`, `]`, ' +
                '`{`, `}` or `,` in `includedNamespaces` or `excludedNamespaces` make the Backup **`FailedValidation`**. v1.18.0 ' +
                'expands the patterns against the cluster\'s namespaces (`ExpandIncludesExcludes`, pkg/backup/backup.go; ' +
                '`wildcard.ValidateNamespaceName`), which the design doc `wildcard-namespace-support-design.md` introduced.\n\n' +
                'Hook selectors (`hooks.resources[].includedNamespaces`) and a Restore\'s namespace lists always matched globs; this ' +
                'rule is about the Backup-level lists only (a Schedule\'s `template` included). An exclude such as `kube-*` works in ' +
                'every version (it is matched as a glob), so it is not reported.',
            fix: 'List the namespaces by name, or target (and run) Velero v1.18.0 or later.',
        },
        versions: {
            applies: 'v1.12.0 … v1.17.2',
            outcomes: [
                {
                    versions: 'v1.12.0 … v1.17.2',
                    outcome: '`app-*` in `includedNamespaces` is one literal namespace name: nothing is backed up from it. `?`, `[…]`, `{…}` in either list: FailedValidation.',
                },
                { versions: 'v1.18.0 … main', outcome: 'Patterns are expanded against the cluster\'s namespaces: no finding.' },
            ],
        },
        messages: {
            literal: 'Velero {{version}} reads "{{pattern}}" as the name of one namespace (globs other than a bare "*" are expanded only from v1.18.0), and no namespace has that name: {{subject}} backs up nothing from it and runs no hook there; list the namespaces by name{{matches}}, or target Velero 1.18 or later.',
            rejected: 'Velero {{version}} rejects {{subject}}: "{{pattern}}" in {{key}} is no valid namespace name before v1.18.0 (only "*" may stand for any text), so the backup ends FailedValidation, backs up nothing and runs no hook; list the namespaces by name{{matches}}, or target Velero 1.18 or later.',
        },
    },
    checkRepository(context) {
        if (backupNamespaceGlobsExpanded(context.veleroVersion))
            return;
        let namespaces;
        const version = formatVersion(context.veleroVersion);
        for (const object of context.repo.velero) {
            if (object.kind === 'Restore')
                continue;
            for (const key of ['includedNamespaces', 'excludedNamespaces']) {
                const list = readList(object.spec, key);
                if (!list.entry || (key === 'includedNamespaces' && list.values?.includes('*')))
                    continue;
                for (const item of pitems(list.entry.value)) {
                    const pattern = pstring(item);
                    if (pattern === undefined)
                        continue;
                    const messageId = REJECTED.test(pattern) ? 'rejected' : key === 'includedNamespaces' && pattern.includes('*') ? 'literal' : undefined;
                    if (!messageId)
                        continue;
                    namespaces ??= repoNamespaces(context.repo);
                    context.report({ messageId, data: { version, pattern, key, subject: subject(object), matches: matchesHint(pattern, namespaces) }, place: placeOf(object.file, item) });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/backup-selector-misses-hooked-pods.ts







/** Whether the Backup's selectors match the workload's own metadata.labels (a Deployment's, not its pods'). */
function objectLabelsMatch(scope, w) {
    let usable = ownLabelsUsable.get(w);
    if (usable === undefined) {
        const entries = Object.entries(w.objectLabels);
        usable = w.kind !== 'Pod' && entries.length > 0 && !entries.some(([k, v]) => isTemplated(k) || isTemplated(v));
        ownLabelsUsable.set(w, usable);
    }
    return usable && scope.labelsOf(w.objectLabels, true) === 'yes';
}
/** Whether a workload's own labels are plain (not a Pod's, whose own labels are its pod labels). */
const ownLabelsUsable = new WeakMap();
/** The Backup's entries with exec hooks whose selector can meet the Backup's (backup-hook-selector-disjoint reports the others). */
function hookingEntries(scope) {
    const { single, or } = backupSelectors(scope.object.spec);
    const backupSide = (or.length > 0 ? or : single ? [single] : []).map((r) => r.selector);
    const out = [];
    for (const entry of scope.entries) {
        const hook = entry.selector?.selector;
        if (entry.execHooks.length === 0 || (hook && (selectorTemplated(hook) || backupSide.every((b) => b !== undefined && selectorsDisjoint(b, hook)))))
            continue;
        const matcher = scope.matchers.get(entry);
        out.push({ selects: (w) => matcher.selects(w, w.namespace) === 'yes', byLabels: hook !== undefined });
    }
    return out;
}
/**
 * Whether a spec hook entry selects the workload: by labels, or namespace-wide when the workload's own
 * labels show it was meant to be backed up (a namespace-wide entry hooks every pod, selected or not).
 */
function selectedBySpecHook(entries, w, objectMatch) {
    return entries.some((e) => (e.byLabels || objectMatch) && e.selects(w));
}
/** A claim of the workload that a workload the Backup takes also mounts (its pods join that pod's ItemBlock, v1.15+), with that workload. */
function sharedClaim(hooks, scope, w, ns) {
    if (w.namespace === undefined)
        return undefined;
    for (const v of w.volumes) {
        if (v.claimName === undefined)
            continue;
        const partner = hooks.index.sharing(w.namespace, v.claimName).find((p) => p.workload !== w && scope.takesIn(p.workload, ns, p.id).takes === 'yes');
        if (partner)
            return { claim: v.claimName, partner: partner.workload };
    }
    return undefined;
}
/** The selector entry findings go on: `orLabelSelectors` when set (Velero then ignores nothing else), else `labelSelector`. */
function selectorKey(scope) {
    const { single, or } = backupSelectors(scope.object.spec);
    return or.length > 0 ? pentry(scope.object.spec, 'orLabelSelectors') : single?.entry;
}
class Groups {
    byMessage = new Map();
    add(messageId, describe) {
        const g = this.byMessage.get(messageId) ?? { shown: [], count: 0 };
        if (g.shown.length < LIST_MAX)
            g.shown.push(describe());
        g.count++;
        this.byMessage.set(messageId, g);
    }
}
function missed(hooks, scope, sharedClaims) {
    const groups = new Groups();
    const entries = hookingEntries(scope);
    for (const group of scope.candidateGroups()) {
        if (scope.namespace(group.namespace) === 'yes')
            group.workloads.forEach((w, i) => classify(w, group.offset + i));
    }
    return groups;
    function classify(w, id) {
        const annotated = hasAnnotationHook(w);
        if ((!annotated && entries.length === 0) || w.podLabels['velero.io/exclude-from-backup'] === 'true' || scope.labels(w, id) !== 'no')
            return;
        const objectMatch = objectLabelsMatch(scope, w);
        if (!annotated && !selectedBySpecHook(entries, w, objectMatch))
            return;
        const own = objectMatch ? '; its metadata.labels match, its pod template labels do not' : '';
        const shared = sharedClaims ? sharedClaim(hooks, scope, w, 'yes') : undefined;
        if (shared) {
            groups.add('sharedClaim', () => `${describeWorkload(w).slice(0, -1)}${own}; claim "${shared.claim}" of ${describeWorkload(shared.partner)})`);
        }
        else
            groups.add(objectMatch ? 'objectLabels' : 'podLabels', () => describeWorkload(w));
    }
}
/* harmony default export */ const backup_selector_misses_hooked_pods = (defineRule({
    meta: {
        id: 'backup-selector-misses-hooked-pods',
        severity: 'warning',
        docs: {
            summary: "A Backup/Schedule's `labelSelector`/`orLabelSelectors` does not match the pod labels of hooked workloads in its namespaces, so their pods are not backed up and no hook runs.",
            description: "Velero applies a Backup's `labelSelector` (or each of its `orLabelSelectors`) when it lists each resource, pods included, on the " +
                "object's **own** labels (`listResourceByLabelsPerNamespace`, pkg/backup/item_collector.go; velero-plan-semantics.md §1.2). Pods " +
                "carry their template's labels (`spec.template.metadata.labels`), not their Deployment's or StatefulSet's `metadata.labels`, so a " +
                'selector written for the workload backs up the Deployment but none of its pods (velero#445, velero#4575, velero#6800). Hooks run ' +
                'only on pods in the backup: none of their backup hooks run, and with no pod in the backup there is nothing for restore hooks either.\n\n' +
                'Reported for workloads in the Backup\'s namespaces whose pods carry hook annotations, or that a spec hook entry of the Backup ' +
                'selects by labels (or selects namespace-wide while the workload\'s own labels match the Backup selector). Since v1.15 a running pod ' +
                'that shares a PersistentVolumeClaim with a selected pod joins the backup anyway (`PVCAction`, pkg/itemblock/actions/pvc_action.go; ' +
                'velero#9078); when the repository shows such a claim, the finding says so.',
            fix: "Put the labels the selector asks for on the pod template (`spec.template.metadata.labels`), or change the selector to labels the pods carry.",
        },
        versions: {
            applies: 'all; from v1.15 pods sharing a claim with a selected pod join the backup',
            outcomes: [
                { versions: 'v1.12.0 … v1.14.x', outcome: 'The pods are not backed up; no hook runs.' },
                { versions: 'v1.15.0 … main', outcome: 'The same, except for running pods that share a PersistentVolumeClaim with a selected pod.' },
            ],
        },
        messages: {
            objectLabels: 'This selector matches the metadata.labels of {{workloads}}, but Velero selects pods by their own labels and their pod template labels do not match: it backs up none of their pods, so none of their backup or restore hooks run; add the labels to spec.template.metadata.labels.',
            podLabels: 'This selector does not match the pod labels of {{workloads}}, which have hooks, so Velero backs up none of their pods and none of their backup or restore hooks run; label their pod templates to match, or widen the selector.',
            sharedClaim: 'This selector does not match the pod labels of {{workloads}}, which have hooks: Velero {{version}} backs up their pods (and runs their hooks) only while they run and share that claim with a selected pod; label their pod templates to match, or widen the selector.',
        },
    },
    checkRepository(context) {
        const version = context.veleroVersion;
        const hooks = RepoHooks.of(context.repo, version);
        // Backups written alike (filters and hook entries) miss alike: classify their workloads once.
        const memo = new Map();
        for (const scope of hooks.backups) {
            if (scope.fails || scope.resources !== 'yes')
                continue;
            const key = selectorKey(scope);
            if (!key)
                continue;
            const signature = JSON.stringify([scope.signature, scope.entries.map((e) => [e.execHooks.length > 0, scope.matchers.get(e).signature])]);
            let groups = memo.get(signature);
            if (!groups)
                memo.set(signature, (groups = missed(hooks, scope, sharedPvcPullsPods(version))));
            for (const [messageId, g] of groups.byMessage) {
                context.report({ messageId, data: { workloads: countedList(g.shown, g.count), version: formatVersion(version) }, place: keyPlace(scope.object, key) });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/backup-spec-hooks-skip-pods.ts


/** The string items of a resource entry's `key` list. */
function names(resource, key) {
    return (resource.get(key)?.items() ?? []).flatMap((e) => {
        const name = e.string();
        return name === undefined ? [] : [{ name, node: e.node }];
    });
}
/* harmony default export */ const backup_spec_hooks_skip_pods = (defineRule({
    meta: {
        id: 'backup-spec-hooks-skip-pods',
        severity: 'error',
        docs: {
            summary: "A Backup/Schedule hook's `includedResources` leaves out pods, or its `excludedResources` lists them.",
            description: 'Backup hooks only ever run in pods. Velero honours `includedResources`/`excludedResources` of a Backup hook (unlike a ' +
                "Restore's): a list such as `[deployments]` or `[deploymentconfigs.apps.openshift.io]`, or `excludedResources: [pods]`, " +
                'means the hook never matches anything and never runs, without any error: `HandleHooks` returns at once for anything ' +
                'but a pod, and the entry\'s resource filter (names resolved through discovery, `pods`/`pod`/`po` → `pods`, other names ' +
                'used as globs) never lets one through (internal/hook/item_hook_handler.go; velero-plan-semantics.md §1.3, §5 X02). ' +
                'The Backup\'s own resource filters are `resource-filter-excludes-hooked-pods`\'s.',
            fix: 'Remove `includedResources` (pods are the only resource hooks apply to), or include `pods`.',
        },
        messages: {
            notIncluded: 'includedResources does not include pods, so Velero never runs these backup hooks (they only run in pods); remove includedResources or add "pods".',
            excluded: 'excludedResources lists pods, so Velero never runs these backup hooks (they only run in pods); remove "{{name}}" from it.',
        },
    },
    create(context) {
        return {
            velero(target) {
                if (target.kind === 'Restore')
                    return;
                for (const resource of target.hooks.get('resources')?.items() ?? []) {
                    if (resource.kind !== 'map')
                        continue;
                    const included = names(resource, 'includedResources');
                    if (included.length > 0 && !resourceFiltersIncludePods(included.map((n) => n.name), undefined)) {
                        const entry = resource.entry('includedResources');
                        context.report({ messageId: 'notIncluded', node: entry?.keyNode, resource: target.resource, path: [...resource.path, 'includedResources'] });
                    }
                    const excluded = names(resource, 'excludedResources').find((n) => !resourceFiltersIncludePods(undefined, [n.name]));
                    if (excluded) {
                        context.report({ messageId: 'excluded', data: { name: excluded.name }, node: excluded.node, resource: target.resource, path: [...resource.path, 'excludedResources'] });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/file-unreadable.ts

/* harmony default export */ const file_unreadable = (defineRule({
    meta: {
        id: 'file-unreadable',
        severity: 'warning',
        docs: {
            summary: 'A matched file could not be read, or is over the size limit.',
            description: 'The file was not checked, so hook mistakes in it would go unnoticed.',
            fix: 'Make the file readable, raise the size limit, or exclude it with an ignore glob.',
        },
        messages: {
            // {{what}}, from src/engine/run-lint.ts: "could not be read (…)", "is … bytes, over the …-byte limit, and was not read".
            unreadable: 'This file {{what}}: its Velero hooks (if any) were not checked. Raise the limit or ignore the file.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/velero/fs-backup.ts
/**
 * The file-system backup (FSB) annotations, as Velero reads them (github.com/velero-io/velero; the Go
 * module path is still github.com/vmware-tanzu/velero).
 *
 * - The keys: `VolumesToBackupAnnotation` and `VolumesToExcludeAnnotation`
 *   (pkg/apis/velero/v1/labels_annotations.go, v1.12.0 … v1.18.2 and main).
 * - Velero reads them only from a Pod's `metadata.annotations`: `GetVolumesToBackup(&pod)` and
 *   `GetVolumesToExclude(&pod)` (pkg/util/podvolume/pod_volume.go), called per Pod by
 *   `shouldPerformFSBackupLegacy` (internal/volumehelper/volume_policy_helper.go, v1.14.0 … main) and by
 *   `GetVolumesByPod` (v1.12.0 … v1.13.x, from pkg/backup/item_backupper.go). Nothing copies a
 *   workload's own annotations to its Pods.
 * - The value is cut with `strings.Split(value, ",")`, never trimmed: `"data, logs"` names "data" and
 *   " logs", and " logs" is no volume's name. An empty value names nothing.
 * - backup-volumes is read only without `--default-volumes-to-fs-backup` (opt-in), excludes only with it
 *   (opt-out). The names are compared with `==` to each volume's name:
 *   - v1.14.0 … main: Velero walks `pod.Spec.Volumes` and asks whether each volume's name is in the
 *     list, so a name that is no volume's simply matches nothing, without a word in any log;
 *   - v1.12.0 … v1.13.x: the list itself goes to `BackupPodVolumes` (pkg/podvolume/backupper.go), which
 *     logs "No volume named %s found in pod %s/%s, skipping" and goes on.
 *   For excludes, a name that is no volume's excludes nothing.
 */
const VOLUMES_TO_BACKUP = 'backup.velero.io/backup-volumes';
const VOLUMES_TO_EXCLUDE = 'backup.velero.io/backup-volumes-excludes';
/** The two keys, opt-in first. */
const FS_BACKUP_KEYS = [VOLUMES_TO_BACKUP, VOLUMES_TO_EXCLUDE];
function isFsBackupKey(key) {
    return key === VOLUMES_TO_BACKUP || key === VOLUMES_TO_EXCLUDE;
}
/** The volume names Velero reads from a value: Go's `strings.Split(value, ",")`, untrimmed. */
function splitVolumeNames(value) {
    // For a non-empty separator, String.prototype.split and strings.Split agree ("" gives [""]).
    return value.split(',');
}

;// CONCATENATED MODULE: ./src/rules/fs-backup-annotation-on-controller.ts




/** What the key on the wrong object fails to do. */
const EFFECT = {
    [VOLUMES_TO_BACKUP]: 'the volumes it names are not backed up with file-system backup',
    'backup.velero.io/backup-volumes-excludes': 'with --default-volumes-to-fs-backup the volumes it names are backed up anyway',
};
/* harmony default export */ const fs_backup_annotation_on_controller = (defineRule({
    meta: {
        id: 'fs-backup-annotation-on-controller',
        severity: 'error',
        docs: {
            summary: "File-system backup annotations (`backup.velero.io/backup-volumes`, `…-excludes`) on the object's own metadata of anything but a Pod.",
            description: 'Velero reads `backup.velero.io/backup-volumes` (the volumes to back up with file-system backup, opt-in) and ' +
                '`backup.velero.io/backup-volumes-excludes` (the volumes to leave out with `--default-volumes-to-fs-backup`, opt-out) ' +
                "only from Pods: `GetVolumesToBackup(&pod)` and `GetVolumesToExclude(&pod)` in " +
                '[`pkg/util/podvolume/pod_volume.go`](https://github.com/velero-io/velero/blob/v1.18.2/pkg/util/podvolume/pod_volume.go), ' +
                'called per Pod by `shouldPerformFSBackupLegacy` ' +
                '([`internal/volumehelper/volume_policy_helper.go`](https://github.com/velero-io/velero/blob/v1.18.2/internal/volumehelper/volume_policy_helper.go), ' +
                'v1.14 and later; `GetVolumesByPod` from `pkg/backup/item_backupper.go` before). On a Deployment, StatefulSet, Job or any ' +
                'other object the key is never read, and the controller does not copy its own annotations to its Pods: the volumes are ' +
                'not backed up with file-system backup (or, for `…-excludes`, not left out). Only annotations in the pod template ' +
                '(`spec.template.metadata.annotations`) end up on the Pods Velero backs up.',
            fix: 'Move the annotation to the pod template: `spec.template.metadata.annotations` (for a CronJob, ' +
                '`spec.jobTemplate.spec.template.metadata.annotations`). A key that the pod template also carries with the same value is not ' +
                "reported: Velero reads that copy (kustomize's `commonAnnotations` writes both). When the pod template carries the key with " +
                'another value, that value is the one Velero reads: merge the two there and delete the own copy.',
        },
        messages: {
            move: 'Velero reads "{{key}}" only from Pods, so on this {{kind}}\'s own metadata it is never read and {{effect}}; move it to {{target}}.',
            conflict: 'Velero reads "{{key}}" only from Pods, so this {{kind}}\'s own value is never read; the pod template\'s own {{templateValue}} is what counts: merge the two in {{target}} and delete this one.',
            noPods: 'Velero reads "{{key}}" only from Pods, so on this {{kind}} it is never read and {{effect}}; put it on the Pods whose volumes it names.',
        },
    },
    create(context) {
        return {
            object(obj) {
                const entries = obj.annotations.entries.filter((e) => isFsBackupKey(e.key));
                if (entries.length === 0)
                    return;
                const target = podTemplateAnnotationsTarget(context.model, obj);
                for (const entry of entries) {
                    // kustomize's commonAnnotations write the key on the pod template too: Velero reads that copy.
                    if (copiedToTemplate(context.model, target, entry.key, entry.value))
                        continue;
                    const inTemplate = target ? templateAt(context.model, target)?.annotations.get(entry.key) : undefined;
                    const templateValue = inTemplate?.value !== undefined ? `value ${quote(inTemplate.value)}` : 'value (not a string)';
                    const kind = obj.resource.kind ?? 'object';
                    const effect = EFFECT[entry.key];
                    const data = target ? { key: entry.key, kind, effect, target: pathText(target), templateValue } : { key: entry.key, kind, effect };
                    const messageId = !target ? 'noPods' : inTemplate ? 'conflict' : 'move';
                    context.report({ messageId, data, node: entry.keyNode, resource: obj.resource, path: entry.path });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/fs-backup-volume-unknown.ts



/** Template parameters stand for text we cannot know. */
const fs_backup_volume_unknown_PLACEHOLDER = /\{\{|\$\{|\$\(/;
/** At most this many names in one message, each at most NAME_LENGTH characters. */
const MAX_NAMES = 10;
const NAME_LENGTH = 40;
/** `"a", "b" and 3 more`: names for a message, bounded in number and length. */
function nameList(names) {
    const shown = names.slice(0, MAX_NAMES).map((n) => quote(n, NAME_LENGTH));
    return names.length > MAX_NAMES ? `${shown.join(', ')} and ${names.length - MAX_NAMES} more` : shown.join(', ');
}
/** The names of one annotation value that match no volume, by why; each name once. */
function classify(value, volumes, claims) {
    const listed = splitVolumeNames(value);
    const exact = new Set(listed);
    const out = { unknown: new Set(), spaced: new Set(), claims: new Set() };
    for (const name of listed) {
        const trimmed = name.trim();
        // An empty entry (a stray comma) names nothing and matches nothing: it does no harm.
        if (trimmed === '' || volumes.has(name))
            continue;
        // " logs" next to "logs" does no harm either: the exact name matches.
        if (volumes.has(trimmed)) {
            if (!exact.has(trimmed))
                out.spaced.add(name);
        }
        else if (claims.has(trimmed)) {
            if (!exact.has(claims.get(trimmed)))
                out.claims.add(name);
        }
        else {
            out.unknown.add(name);
        }
    }
    return { unknown: [...out.unknown], spaced: [...out.spaced], claims: [...out.claims] };
}
/** The value as it was meant: parts trimmed, empty parts dropped, claim names replaced by their volume's name. */
function corrected(value, claims) {
    const parts = splitVolumeNames(value).map((n) => n.trim()).filter((n) => n !== '');
    return quote(parts.map((n) => claims.get(n) ?? n).join(','), 200);
}
/** What Velero does not do for the volumes a name was meant for. */
function fs_backup_volume_unknown_missed(backup, one) {
    const subject = one ? 'that volume is' : 'those volumes are';
    return backup ? `${subject} not backed up with file-system backup` : `${subject} not left out (with --default-volumes-to-fs-backup, ${one ? 'it is' : 'they are'} backed up)`;
}
/* harmony default export */ const fs_backup_volume_unknown = (defineRule({
    meta: {
        id: 'fs-backup-volume-unknown',
        severity: 'warning',
        docs: {
            summary: 'A name in `backup.velero.io/backup-volumes` or `…-excludes` that is not a volume of the pod.',
            description: 'Velero cuts `backup.velero.io/backup-volumes` and `backup.velero.io/backup-volumes-excludes` at commas with ' +
                '`strings.Split(value, ",")` and never trims the parts (`GetVolumesToBackup`, `GetVolumesToExclude` in ' +
                '[`pkg/util/podvolume/pod_volume.go`](https://github.com/velero-io/velero/blob/v1.18.2/pkg/util/podvolume/pod_volume.go)); ' +
                "then it compares each name with `==` to the names of the Pod's volumes (`shouldPerformFSBackupLegacy`, " +
                '[`internal/volumehelper/volume_policy_helper.go`](https://github.com/velero-io/velero/blob/v1.18.2/internal/volumehelper/volume_policy_helper.go)). ' +
                'A name that is no volume of the pod matches nothing: the volume that was meant is not backed up with file-system ' +
                'backup (opt-in), or not left out (opt-out, with `--default-volumes-to-fs-backup`), and no error or backup warning says so. ' +
                'Three ways it happens: a misspelt or made-up name; the PVC\'s `claimName` where the volume\'s `name` belongs; and a space ' +
                'after a comma (`data, logs` names "data" and " logs", and no volume is called " logs"). An empty part (`data,` or ' +
                '`data,,logs`) names nothing and does no harm, so it is not reported.\n\n' +
                "The pod's volumes are its `spec.volumes` and, in a StatefulSet, one per `volumeClaimTemplates` item (the controller adds " +
                'a volume of that name to every Pod). Pods whose volumes cannot be known are not checked: no `spec.volumes` list, a ' +
                'templated name, Helm `podAnnotations`. Volumes that an admission webhook adds (sidecar injectors) are not in the ' +
                'manifest: suppress the finding for those.',
            fix: 'Name volumes of the pod exactly as in `spec.volumes`, separated by commas without spaces: `backup.velero.io/backup-volumes: data,logs`.',
        },
        versions: {
            applies: 'all',
            outcomes: [
                {
                    versions: 'v1.12.0 … v1.13.2',
                    outcome: 'The list goes to `BackupPodVolumes` (`pkg/podvolume/backupper.go`), which logs "No volume named … found in pod …, skipping" for the name and goes on.',
                },
                {
                    versions: 'v1.14.0 … v1.18.2, main',
                    outcome: "Velero walks the pod's volumes and asks whether each one's name is in the list: a name that is no volume's matches nothing, and nothing is logged.",
                },
            ],
        },
        messages: {
            unknown: '"{{key}}" names {{names}}, but this pod has no volume of {{thatName}}, so {{effect}}; {{volumes}}.',
            spaced: 'Velero splits "{{key}}" at commas and does not trim spaces, so {{names}} {{isNot}} {{volumes}} and {{effect}}; write {{fixed}}.',
            claim: '"{{key}}" names {{names}}, the claim name of {{volumes}}, but Velero matches volume names, not claim names, so {{effect}}; write {{fixed}}.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                if (!pod.volumesKnown)
                    return;
                const volumeNames = pod.volumes.map((v) => v.name);
                const volumes = new Set(volumeNames);
                const claims = new Map();
                for (const v of pod.volumes)
                    if (v.claimName !== undefined && !claims.has(v.claimName))
                        claims.set(v.claimName, v.name);
                for (const key of FS_BACKUP_KEYS) {
                    const entry = pod.annotations.get(key);
                    const value = entry?.value;
                    if (!entry || value === undefined || fs_backup_volume_unknown_PLACEHOLDER.test(value))
                        continue;
                    const found = classify(value, volumes, claims);
                    const backup = key === VOLUMES_TO_BACKUP;
                    const at = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path };
                    if (found.unknown.length > 0) {
                        const one = found.unknown.length === 1;
                        const effect = backup ? `Velero backs up no volume for ${one ? 'it' : 'them'} with file-system backup` : `Velero leaves no volume out for ${one ? 'it' : 'them'}`;
                        const list = volumeNames.length > 0 ? `name volumes of this pod: ${nameList(volumeNames)}` : 'the pod has no volumes: remove the annotation';
                        context.report({ ...at, messageId: 'unknown', data: { key, names: nameList(found.unknown), thatName: one ? 'that name' : 'these names', effect, volumes: list } });
                    }
                    if (found.spaced.length > 0) {
                        const one = found.spaced.length === 1;
                        const meant = nameList(found.spaced.map((n) => n.trim()));
                        const data = { key, names: nameList(found.spaced), isNot: one ? 'is not the volume' : 'are not the volumes', volumes: meant, effect: fs_backup_volume_unknown_missed(backup, one), fixed: corrected(value, claims) };
                        context.report({ ...at, messageId: 'spaced', data });
                    }
                    if (found.claims.length > 0) {
                        const one = found.claims.length === 1;
                        const meant = `${one ? 'volume' : 'volumes'} ${nameList(found.claims.map((n) => claims.get(n.trim())))}`;
                        const data = { key, names: nameList(found.claims), volumes: meant, effect: fs_backup_volume_unknown_missed(backup, one), fixed: corrected(value, claims) };
                        context.report({ ...at, messageId: 'claim', data });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-annotation-not-string.ts


/** Plain scalars that YAML 1.1 (sigs.k8s.io/yaml, so kubectl) resolves to a bool. */
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/**
 * Plain scalars that YAML 1.1 resolves to a number and YAML 1.2 keeps as a string: sigs.k8s.io/yaml's
 * goyaml.v2 removes every '_' before strconv.ParseInt/ParseFloat (resolve.go), and reads 0b… as binary.
 */
const YAML11_NUMBER = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]*_[0-9a-fA-F_]*|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*\.[0-9_]*_[0-9_]*(?:[eE][-+]?[0-9]+)?)$/;
/* harmony default export */ const hook_annotation_not_string = (defineRule({
    meta: {
        id: 'hook-annotation-not-string',
        severity: 'error',
        docs: {
            summary: 'A hook annotation value is not a YAML string.',
            description: 'Annotation values must be strings. An unquoted flow sequence (`command: ["a","b"]`), number (`timeout: 30`), ' +
                'bool (`wait-for-ready: true`, or `yes`/`on` under YAML 1.1) is rejected by kubectl and the API server when they ' +
                'decode `ObjectMeta`, so the object, with its hooks, never reaches the cluster. A key with no value (a YAML null) is at best ' +
                'stored as an empty string, which Velero treats like a missing key.',
            fix: "Quote the value: `command: '[\"/bin/sh\", \"-c\", \"echo hi\"]'`, `timeout: \"30s\"`, `wait-for-ready: \"true\"`.",
        },
        messages: {
            notString: 'The value of "{{key}}" is a YAML {{type}}, not a string; kubectl and the API server reject the object, so no hook runs. Quote it: {{fixed}}.',
            notStringLarge: 'The value of "{{key}}" is a YAML {{type}}, not a string; kubectl and the API server reject the object, so no hook runs. Write the value as one quoted string (a command as a JSON array of strings).',
            nullValue: 'The value of "{{key}}" is empty (a YAML null), so Kubernetes rejects it or stores "" and Velero treats the setting as missing; give the value in quotes or remove the key.',
        },
    },
    create(context) {
        const check = (annotations, resource) => {
            for (const entry of annotations.entries) {
                if (!isHookDomainKey(entry.key))
                    continue;
                const value = entry.yamlValue;
                let type;
                // The value written as one string, when it can be (undefined: null, or too big or odd).
                let text;
                if (value.kind === 'null') {
                    type = 'null';
                }
                else if (value.kind === 'seq' || value.kind === 'map') {
                    type = value.kind === 'seq' ? 'sequence' : 'mapping';
                    // The value as one JSON string, unless it is too big or odd for that (aliases, collection keys).
                    text = value.json(200);
                }
                else {
                    const scalar = value.scalar;
                    if (typeof scalar !== 'string') {
                        type = typeof scalar === 'boolean' ? 'boolean' : typeof scalar === 'number' || typeof scalar === 'bigint' ? 'number' : typeof scalar;
                        text = value.text();
                    }
                    else if (value.isPlain && YAML11_BOOL.test(scalar)) {
                        type = 'boolean (YAML 1.1, as kubectl reads it)';
                        text = scalar;
                    }
                    else if (value.isPlain && YAML11_NUMBER.test(scalar)) {
                        type = 'number (YAML 1.1, as kubectl reads it)';
                        text = scalar;
                    }
                }
                if (!type)
                    continue;
                context.report({
                    messageId: type === 'null' ? 'nullValue' : text === undefined ? 'notStringLarge' : 'notString',
                    data: { key: entry.key, type, fixed: text === undefined ? '' : `'${text.replace(/'/g, "''")}'` },
                    // `key:` with nothing after it has an empty null node: point at the key instead.
                    node: value.hasText ? value.node : entry.keyNode,
                    resource,
                    path: entry.path,
                });
            }
        };
        return {
            podTemplate: (pod) => check(pod.annotations, pod.resource),
            object: (obj) => check(obj.annotations, obj.resource),
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-annotation-on-controller.ts




/* harmony default export */ const hook_annotation_on_controller = (defineRule({
    meta: {
        id: 'hook-annotation-on-controller',
        severity: 'error',
        docs: {
            summary: "Hook annotations on the object's own metadata of anything but a Pod.",
            description: 'Velero reads hook annotations only from Pods (`metadata.annotations` of the Pod object). On a Deployment, StatefulSet, ' +
                'Job or any other object they are never read; the controller does not copy them to its Pods either. Only ' +
                'annotations in the pod template (`spec.template.metadata.annotations`) end up on the Pods Velero backs up.',
            fix: 'Move the annotations to the pod template: `spec.template.metadata.annotations` (for a CronJob, `spec.jobTemplate.spec.template.metadata.annotations`). A key that the pod template also carries with the same value is not reported: Velero reads that copy (kustomize\'s `commonAnnotations` writes both).',
        },
        messages: {
            move: 'Velero reads hook annotations only from Pods, so "{{key}}" on this {{kind}}\'s own metadata is never read; move it to {{target}}.',
            noPods: 'Velero reads hook annotations only from Pods, so "{{key}}" on this {{kind}} is never read; put it on the Pods that should run the hook.',
        },
    },
    create(context) {
        return {
            object(obj) {
                const entries = hookEntries(obj.annotations);
                if (entries.length === 0)
                    return;
                const target = podTemplateAnnotationsTarget(context.model, obj);
                for (const entry of entries) {
                    // kustomize's commonAnnotations write the key on the pod template too: Velero reads that copy.
                    if (copiedToTemplate(context.model, target, entry.key, entry.value))
                        continue;
                    context.report({
                        messageId: target ? 'move' : 'noPods',
                        data: { key: entry.key, kind: obj.resource.kind ?? 'object', target: target ? pathText(target) : '' },
                        node: entry.keyNode,
                        resource: obj.resource,
                        path: entry.path,
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-annotation-unknown-key.ts



/* harmony default export */ const hook_annotation_unknown_key = (defineRule({
    meta: {
        id: 'hook-annotation-unknown-key',
        severity: 'error',
        docs: {
            summary: 'A key in a Velero hook domain that Velero never reads.',
            description: 'Velero reads a fixed set of hook annotation keys with exact, case-sensitive lookups. Anything else in a hook domain ' +
                '(a typo, `post.hook.restore.velero.io/timeout`, `pre.hook.restore.velero.io/*`, `…/test1.command`) is ignored without a log line, ' +
                'so the setting the author meant never takes effect. When the key it resembles is already set in the same map (a ' +
                '`timeout` next to `exec-timeout` on a restore exec hook), renaming would make a duplicate key: the message says to ' +
                'delete it, and names the value Velero uses.',
            fix: 'Rename the key to the one suggested, or remove it (always remove it when the suggested key is already set).',
        },
        messages: {
            unknownWithSuggestion: 'Velero never reads "{{key}}", so this setting is silently ignored; did you mean "{{suggestion}}"?',
            unknown: 'Velero never reads "{{key}}", so this setting is silently ignored; valid keys here are {{valid}}.',
            noPreRestore: 'Velero has no pre-restore hook: "{{key}}" is silently ignored; did you mean "{{suggestion}}"?',
            alreadySet: 'Velero never reads "{{key}}", so this setting is silently ignored; the key it resembles, "{{suggestion}}", is already set ({{existing}}), so delete this key.',
        },
    },
    create(context) {
        const check = (annotations, resource) => {
            const keys = annotations.entries.map((e) => e.key);
            for (const entry of annotations.entries) {
                if (!isUnknownHookKey(entry.key))
                    continue;
                const suggestion = suggestKey(entry.key, keys);
                const noPreRestore = /^pre\.[^/]*restore/i.test(entry.key);
                const existing = suggestion === undefined ? undefined : annotations.get(suggestion);
                context.report({
                    messageId: existing ? 'alreadySet' : suggestion ? (noPreRestore ? 'noPreRestore' : 'unknownWithSuggestion') : 'unknown',
                    data: {
                        key: entry.key,
                        suggestion: suggestion ?? '',
                        valid: validFieldsOf(entry.key, keys).map((k) => `"${k}"`).join(', ') || 'none',
                        existing: existing?.value === undefined ? 'with a value that is not a string' : `Velero uses its value ${quote(existing.value)}`,
                    },
                    node: entry.keyNode,
                    resource,
                    path: entry.path,
                });
            }
        };
        return {
            podTemplate: (pod) => check(pod.annotations, pod.resource),
            object: (obj) => check(obj.annotations, obj.resource),
        };
    },
}));

;// CONCATENATED MODULE: ./src/velero/command.ts
/**
 * A port of Velero's parseStringToCommand (internal/hook/item_hook_handler.go), velero-hooks.md §2.2.
 * Velero checks only the first byte: '[' means "decode as a JSON []string"; any decode error, or any
 * other first byte, makes the whole raw string a one-element command.
 */
function parseStringToCommand(value) {
    if (value.length === 0)
        return { kind: 'empty' };
    if (value[0] !== '[')
        return { kind: 'raw', argv: [value], reason: 'not-bracket' };
    let decoded;
    try {
        decoded = JSON.parse(value);
    }
    catch {
        return { kind: 'raw', argv: [value], reason: 'invalid-json' };
    }
    if (!Array.isArray(decoded) || !decoded.every((e) => typeof e === 'string' || e === null)) {
        return { kind: 'raw', argv: [value], reason: 'not-string-array' };
    }
    return { kind: 'json', argv: decoded.map((e) => (e === null ? '' : toGoString(e))) };
}
/** Go's decoder turns an escaped lone surrogate ("\ud800") into U+FFFD; JSON.parse keeps it. */
function toGoString(s) {
    return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
/** The argv Velero ends up with (what render writes), or undefined when Velero would panic. */
function veleroArgv(value) {
    const parsed = parseStringToCommand(value);
    return parsed.kind === 'empty' ? undefined : parsed.argv;
}
const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~=%{}]/;
/** A shell asked to run a script: `/bin/sh -c echo hi`, `bash -ec "…"`. */
const SHELL_C = /^(\S*\/)?(sh|bash|ash|dash|zsh|ksh)\s+(-[A-Za-z]*c)\s+([\s\S]+)$/;
/** The argv a command line written as one string most likely meant (no shell: exec form). */
function splitCommandLine(text) {
    const shell = SHELL_C.exec(text);
    if (shell) {
        const script = shell[4].trim();
        const unquoted = /^(["'])([\s\S]*)\1$/.exec(script)?.[2] ?? script;
        return [`${shell[1] ?? ''}${shell[2]}`, shell[3], unquoted];
    }
    if (SHELL_SYNTAX.test(text))
        return ['/bin/sh', '-c', text];
    return text.split(/\s+/);
}
/** A JSON form of a plain-string command that runs what the author most likely meant. */
function suggestJsonCommand(plain) {
    return JSON.stringify(splitCommandLine(plain.trim()));
}
/**
 * What is wrong with the program Velero execs (argv[0]) of a non-empty argv, if anything: Velero
 * (parseStringToCommand) and the container runtime never split it, so a name holding whitespace is
 * looked up as one file name, and "" (or blanks) names no program at all. An empty argv is hook-command-empty-array's.
 */
function programProblem(argv) {
    const program = argv[0];
    if (program === undefined)
        return undefined;
    if (/^[\s\u0085]*$/.test(program))
        return 'empty'; // "" or only blanks: no program at all
    return /[\s\u0085]/.test(program) ? 'whitespace' : undefined;
}
/** The argv most likely meant by one whose program is empty or holds whitespace, as JSON; undefined if nothing is left. */
function suggestSplitArgv(argv) {
    const start = argv.findIndex((a) => a.trim() !== '');
    if (start < 0)
        return undefined;
    const [program, ...args] = argv.slice(start);
    const split = args.length === 0 ? splitCommandLine(program.trim()) : [...program.trim().split(/\s+/), ...args];
    return JSON.stringify(split);
}
/** Why a '['-command failed JSON decoding, in words a user can act on. */
function explainInvalidJson(value) {
    if (/[\u2018\u2019\u201c\u201d\u201e\u201f\u2032\u2033]/.test(value))
        return 'it contains typographic (smart) quotes';
    if (/^\[\s*'/.test(value) || /,\s*'/.test(value))
        return 'it uses single quotes; JSON strings need double quotes';
    if (/,\s*\]\s*$/.test(value))
        return 'it has a trailing comma before ]';
    if (/"[^"\n]*\n/.test(value))
        return 'a string in it contains a raw line break (write \\n instead)';
    try {
        JSON.parse(value);
    }
    catch (e) {
        return `it is not valid JSON (${e.message.replace(/\s+in JSON at.*$/, '')})`;
    }
    return 'it is not valid JSON';
}
/** A best-effort repair of a '['-command (single/smart quotes, trailing comma), or undefined. */
function repairJsonCommand(value) {
    let s = value.trim().replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[\u2018\u2019\u2032]/g, "'");
    s = s.replace(/,\s*\]\s*$/, ']');
    const candidates = [s];
    if (s.includes("'"))
        candidates.push(s.replace(/'((?:[^'\\"]|\\.)*)'/g, (_m, inner) => JSON.stringify(inner)));
    for (const c of candidates) {
        try {
            const v = JSON.parse(c);
            if (Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'string'))
                return JSON.stringify(v);
        }
        catch {
            // try the next candidate
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/hook-command-empty-array.ts



/* harmony default export */ const hook_command_empty_array = (defineRule({
    meta: {
        id: 'hook-command-empty-array',
        severity: 'error',
        docs: {
            summary: 'A hook command of `[]` (warning for init hooks, error for exec and backup hooks).',
            description: 'An empty JSON array parses to an empty command. For an init hook the injected container then runs the image ' +
                'ENTRYPOINT, which is rarely what was meant (warning). For exec and backup hooks the non-empty annotation still turns ' +
                'the hook on, replacing any spec hooks for the pod, and then fails with "command is required" (error). ' +
                'Only the first failure is reported: nothing when Velero builds no hook, does not find its container (it checks the container before the command, `pod_command_executor.go` and `wait_exec_hook_handler.go` at v1.18.2), or (init) never starts the container.',
            fix: 'Give the command to run, e.g. `\'["/bin/sh", "-c", "…"]\'`, or remove the annotation.',
        },
        messages: {
            init: 'This init hook command is an empty array, so Velero injects a container that runs the image ENTRYPOINT; give the command to run or remove the annotation.',
            exec: 'This hook command is an empty array: Velero turns the hook on (skipping spec hooks for this pod) and then fails it with "command is required"; give the command to run.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const family of COMMAND_FAMILIES) {
                    const entry = usedEntry(pod, family, 'command');
                    // The first failure only: Velero checks the container before the command (pod_command_executor.go@v1.18.2).
                    if (!entry || entry.value === undefined || !commandRuns(pod, family))
                        continue;
                    const parsed = parseStringToCommand(entry.value);
                    if (parsed.kind !== 'json' || parsed.argv.length > 0)
                        continue;
                    context.report({
                        messageId: family === 'init' ? 'init' : 'exec',
                        severity: family === 'init' ? 'warning' : 'error',
                        node: entry.valueNode,
                        resource: pod.resource,
                        path: entry.path,
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-command-invalid-json.ts



/* harmony default export */ const hook_command_invalid_json = (defineRule({
    meta: {
        id: 'hook-command-invalid-json',
        severity: 'error',
        docs: {
            summary: 'A command meant as a JSON array that Velero will not parse as one.',
            description: "Velero's `parseStringToCommand` decodes a command as a JSON array of strings only when its first byte is `[`, and on any " +
                'decode error silently uses the whole string as one program name. Single quotes, smart quotes, a trailing comma, a raw ' +
                'line break inside a string, a number or bool element, whitespace before `[`, or a JSON array wrapped in an extra pair of ' +
                "quotes (`|` followed by `'[\"a\"]'`) all produce an exec of a binary literally " +
                'named `[\'/bin/sh\', …` that fails at backup or restore time (velero#4718). ' +
                'Only the first failure is reported: nothing when Velero builds no hook, does not find its container (it checks the container before the command, `pod_command_executor.go` and `wait_exec_hook_handler.go` at v1.18.2), or (init) never starts the container.',
            fix: 'Write valid JSON with double quotes and string elements, starting with `[`: `\'["/bin/sh", "-c", "fsfreeze -f /data"]\'`.',
        },
        messages: {
            invalidJson: 'Velero will not parse this command as a JSON array because {{why}}; it will exec one program named {{value}} and fail. {{fix}}.',
            notStrings: 'Velero will not parse this command as a JSON array because not every element is a string; it will exec one program named {{value}} and fail. Quote every element, e.g. {{suggestion}}.',
            wrapped: 'This command is wrapped in an extra pair of quotes, so it does not start with "[" and Velero execs one program named {{value}}; remove the outer quotes (the YAML quoting is enough).',
            leadingSpace: 'This command starts with whitespace before "[", so Velero does not parse it as JSON and execs one program named {{value}}; remove the leading whitespace.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const family of COMMAND_FAMILIES) {
                    const entry = usedEntry(pod, family, 'command');
                    const value = entry?.value;
                    // The first failure only: no hook, or a container Velero does not find, means no exec at all.
                    if (!entry || value === undefined || value === '' || !commandRuns(pod, family))
                        continue;
                    const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path };
                    if (value[0] !== '[' && value.trimStart().startsWith('[')) {
                        context.report({ ...base, messageId: 'leadingSpace', data: { value: quote(value) } });
                        continue;
                    }
                    if (QUOTED_JSON.test(value)) {
                        context.report({ ...base, messageId: 'wrapped', data: { value: quote(value) } });
                        continue;
                    }
                    const parsed = parseStringToCommand(value);
                    if (parsed.kind !== 'raw')
                        continue;
                    if (parsed.reason === 'invalid-json') {
                        const repaired = repairJsonCommand(value);
                        context.report({
                            ...base,
                            messageId: 'invalidJson',
                            data: {
                                why: explainInvalidJson(value),
                                value: quote(value),
                                fix: repaired ? `Write it as ${repaired}` : 'Write valid JSON: double-quoted strings, no trailing comma',
                            },
                        });
                    }
                    else if (parsed.reason === 'not-string-array') {
                        let suggestion = '["sleep", "10"]';
                        try {
                            const v = JSON.parse(value);
                            suggestion = JSON.stringify(v.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))));
                        }
                        catch {
                            // keep the generic example
                        }
                        context.report({ ...base, messageId: 'notStrings', data: { value: quote(value), suggestion } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-command-not-array.ts



/* harmony default export */ const hook_command_not_array = (defineRule({
    meta: {
        id: 'hook-command-not-array',
        severity: 'warning',
        docs: {
            summary: 'A plain-string command containing whitespace (including a trailing line break).',
            description: 'A command that does not start with `[` becomes a one-element argv: Velero does not split it on spaces and does not run it ' +
                'in a shell. `/usr/bin/fsfreeze -f /data` is an exec of a binary literally named "/usr/bin/fsfreeze -f /data", which does not exist. ' +
                'A YAML block scalar (`|`) adds a trailing line break that becomes part of the program name in the same way. A blank exec or ' +
                'backup command still turns the hook on (replacing spec hooks for the pod) and then fails. ' +
                'Only the first failure is reported: nothing when Velero builds no hook, does not find its container (it checks the container before the command, `pod_command_executor.go` and `wait_exec_hook_handler.go` at v1.18.2), or (init) never starts the container.',
            fix: 'Use the JSON-array form: `\'["/usr/bin/fsfreeze", "-f", "/data"]\'`, or `\'["/bin/sh", "-c", "…"]\'` for shell syntax.',
        },
        messages: {
            plain: 'Velero runs this command as one program named {{value}} (no word splitting, no shell), which fails; use the JSON-array form {{suggestion}}.',
            blank: 'This command is blank, yet it turns the hook on (replacing any spec hooks for this pod): Velero execs a program named by the blanks, which fails; give the command as a JSON array or remove the annotation.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const family of COMMAND_FAMILIES) {
                    const entry = usedEntry(pod, family, 'command');
                    const value = entry?.value;
                    // The first failure only: no hook, or a container Velero does not find, means no exec at all.
                    if (!entry || value === undefined || value === '' || !commandRuns(pod, family))
                        continue;
                    const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path };
                    if (value.trim() === '') {
                        // An init command of blanks is init-hook-missing-command's business.
                        if (family !== 'init')
                            context.report({ ...base, messageId: 'blank' });
                        continue;
                    }
                    // Meant as JSON: hook-command-invalid-json's business.
                    if (value.trimStart().startsWith('[') || QUOTED_JSON.test(value))
                        continue;
                    if (!/\s/.test(value))
                        continue;
                    context.report({
                        messageId: 'plain',
                        data: { value: quote(value), suggestion: `'${suggestJsonCommand(value)}'` },
                        ...base,
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-command-unsplit-array.ts



/* harmony default export */ const hook_command_unsplit_array = (defineRule({
    meta: {
        id: 'hook-command-unsplit-array',
        severity: 'warning',
        docs: {
            summary: 'A JSON-array command whose program (its first element) holds spaces, or is empty: `\'["redis-cli SAVE"]\'`.',
            description: "Velero's `parseStringToCommand` decodes the JSON array and uses its elements as the argv as they are (item_hook_handler.go " +
                'at v1.18.2): no element is split on spaces and no shell runs. `\'["redis-cli SAVE"]\'` or `\'["/bin/sh -c echo hi"]\'` execs one ' +
                'program whose name is the whole string, and `\'[""]\'` a program named "" — in every hook family (the exec of a backup or ' +
                'restore exec hook, the command of a restore init container). Velero does exactly what is written, which is almost surely ' +
                'not what was meant, so this is a warning: the exec fails ("executable file not found"), failing the hook or leaving the ' +
                'restored pod in Init:Error.\n\n' +
                'Only the first failure is reported: nothing when Velero builds no hook, does not find its container, or (init) never ' +
                'starts the container.',
            fix: 'Give each argument its own element: `\'["redis-cli", "SAVE"]\'`, `\'["/bin/sh", "-c", "echo hi"]\'`.',
        },
        messages: {
            spaces: 'The program of this command, {{program}}, holds whitespace: Velero splits no array element and runs no shell, so it execs one program with that whole name, which fails; write {{suggestion}}.',
            empty: 'The program of this command (its first element) is {{what}}, so Velero execs a program named {{program}}, which fails; {{fix}}.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const family of COMMAND_FAMILIES) {
                    const entry = usedEntry(pod, family, 'command');
                    if (!entry?.value || !commandRuns(pod, family))
                        continue;
                    const parsed = parseStringToCommand(entry.value);
                    if (parsed.kind !== 'json')
                        continue; // a plain or unparsable string: hook-command-not-array, hook-command-invalid-json
                    const problem = programProblem(parsed.argv);
                    if (!problem)
                        continue;
                    const suggestion = suggestSplitArgv(parsed.argv);
                    const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path };
                    if (problem === 'whitespace') {
                        context.report({ ...base, messageId: 'spaces', data: { program: quote(parsed.argv[0]), suggestion: `'${suggestion}'` } });
                    }
                    else {
                        const fix = suggestion ? `drop the empty elements: '${suggestion}'` : 'give the program to run as the first element';
                        const program = parsed.argv[0];
                        context.report({ ...base, messageId: 'empty', data: { what: program === '' ? 'empty' : 'blank', program: quote(program), fix } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-keys-not-checked.ts

/**
 * Made by the engine (no visitor): hook keys written as YAML mapping keys somewhere no reader ties
 * to a pod. Without it, a values map under another name than podAnnotations, a kustomization's
 * commonAnnotations or a custom resource's values would pass as "no problems" unchecked. When the
 * chart or kustomization that holds them is rendered, the rendered objects are checked instead and
 * these findings are dropped.
 */
/* harmony default export */ const hook_keys_not_checked = (defineRule({
    meta: {
        id: 'hook-keys-not-checked',
        severity: 'warning',
        docs: {
            summary: 'Velero hook keys where velero-hooks cannot tell which pod they reach, so they were not checked.',
            description: 'velero-hooks checks hook annotations where Velero reads them: the annotations of a Pod or of a pod template, and `podAnnotations` maps in Helm values files. ' +
                'Hook keys anywhere else — a values map under another name, a kustomization\'s `commonAnnotations`, the values of a HelmChart resource — reach a pod only through a renderer. ' +
                'When velero-hooks renders the chart or kustomization (with `helm` or `kustomize` available), it checks the rendered pods and reports at these lines instead; ' +
                'when it cannot, this warning says the keys were not checked, so a green run never hides them.',
            fix: 'Make `helm` and `kustomize` (or `kubectl`) available so the chart or overlay is rendered and checked, or move the keys to the pod template\'s annotations. If the keys are documentation, ignore the file in `.velero-hooks.yaml`.',
        },
        messages: {
            unchecked: 'velero-hooks cannot tell which pod "{{key}}" reaches from here (it reads hook keys in Pod and pod-template annotations and in podAnnotations of Helm values), so this hook{{more}} was not checked; render the chart or overlay that uses it (install helm or kustomize), or write it in the pod template\'s annotations.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-invalid-bool.ts




/* harmony default export */ const hook_invalid_bool = (defineRule({
    meta: {
        id: 'hook-invalid-bool',
        severity: 'warning',
        docs: {
            summary: "`wait-for-ready` is not a value Go's strconv.ParseBool accepts (a notice for true values other than `true`), or Velero is older than 1.13.",
            description: 'Velero parses `post.hook.restore.velero.io/wait-for-ready` with `strconv.ParseBool`, which accepts `1 t T TRUE true True` ' +
                'and `0 f F FALSE false False`. Anything else (`yes`, `enabled`, `" true"`) logs a warning and counts as false, so the ' +
                'hook runs as soon as the container is Running rather than Ready. Velero\'s docs say that any value except "true" is false, ' +
                'but `1`, `t`, `T`, `TRUE` and `True` are true too; a notice asks for `"true"` so that readers and Velero agree. ' +
                'Velero reads the key only since v1.13.0 (velero#6918): older versions ignore it, so a true value does nothing there. ' +
                'The key of a restore exec hook with no command is hook-orphan-setting business.',
            fix: 'Write `"true"` or `"false"`; for Velero 1.12, upgrade or wait in the hook command itself.',
        },
        versions: {
            applies: 'all; before v1.13.0 the key is not read at all',
            outcomes: [
                { versions: 'v1.12.0 … v1.12.4', outcome: 'The key is ignored: the hook runs once the container is Running, whatever it says.' },
                { versions: 'v1.13.0 … main', outcome: 'Parsed with `strconv.ParseBool`; a value it rejects counts as false.' },
            ],
        },
        messages: {
            invalid: 'Velero cannot parse {{value}} as a bool, so wait-for-ready is false and the hook runs before the container is Ready; write "true" or "false".',
            nonCanonical: 'Velero reads {{value}} as true (strconv.ParseBool), although its docs say only "true" is true; write "true" so that readers agree with Velero.',
            unread: 'Velero {{version}} does not read wait-for-ready (it was added in v1.13.0), so the hook runs as soon as the container is Running, whatever this says; upgrade Velero or remove the key.',
        },
    },
    create(context) {
        const reads = readsWaitForReady(context.veleroVersion);
        return {
            podTemplate(pod) {
                const view = familyView(pod, 'post-restore');
                // No command, no hook: its settings are hook-orphan-setting business.
                const entry = view.active ? view.entries.get('wait-for-ready') : undefined;
                const value = entry?.value;
                if (!entry || value === undefined || value === '')
                    return;
                const parsed = parseGoBool(value);
                const at = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path };
                if (!reads) {
                    // Only a true value changes what was meant; a false one is a harmless leftover.
                    context.report({ ...at, messageId: 'unread', severity: parsed === true ? 'warning' : 'notice', data: { version: formatVersion(context.veleroVersion) } });
                    return;
                }
                if (parsed === false || value === 'true')
                    return;
                context.report({ ...at, messageId: parsed === true ? 'nonCanonical' : 'invalid', severity: parsed === true ? 'notice' : undefined, data: { value: quote(value) } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-invalid-duration.ts




/** Each duration key, what Velero uses when it cannot parse it, and what a negative value does (§1.2, §1.3). */
const DURATION_KEYS = [
    { family: 'post-restore', field: 'exec-timeout', fallback: 'the 30s default', wait: false },
    { family: 'post-restore', field: 'wait-timeout', fallback: 'no limit (it waits for the container forever)', wait: true },
    { family: 'pre-backup', field: 'timeout', fallback: 'the 30s default', wait: false },
    { family: 'post-backup', field: 'timeout', fallback: 'the 30s default', wait: false },
    { family: 'legacy-backup', field: 'timeout', fallback: 'the 30s default', wait: false },
];
/** A Go duration a person most likely meant, for a message. */
function suggestDuration(value) {
    const v = value.trim();
    if (/^\d+$/.test(v))
        return `${v}s`;
    const days = /^(\d+)\s*d(ays?)?$/i.exec(v);
    if (days)
        return `${Number(days[1]) * 24}h`;
    const spaced = /^(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)$/i.exec(v);
    if (spaced) {
        const unit = spaced[2].toLowerCase();
        const u = unit.startsWith('h') ? 'h' : unit.startsWith('mi') || unit === 'm' ? 'm' : unit.startsWith('s') ? 's' : unit;
        return `${spaced[1]}${u}`;
    }
    const compact = v.replace(/\s+/g, '');
    if (compact !== v && parseGoDuration(compact).ok)
        return compact;
    return undefined;
}
/* harmony default export */ const hook_invalid_duration = (defineRule({
    meta: {
        id: 'hook-invalid-duration',
        severity: 'error',
        docs: {
            summary: "A hook timeout that Go's time.ParseDuration rejects, or one Velero replaces: zero, negative, or over 4h on main.",
            description: 'Velero parses timeouts with `time.ParseDuration`: a number with a unit (`ns`, `us`, `ms`, `s`, `m`, `h`), e.g. `90s`, `1m30s`, `2h`. ' +
                'A bare number other than 0, a `d` unit, or a space (`5 min`) fails to parse; Velero logs a warning and falls back to the ' +
                'default (30s for exec timeouts, no limit for wait-timeout). An exec timeout of zero (`0`, `0s`, `-0s`) does not mean "no ' +
                'timeout": `ExecutePodCommand` replaces it with its 30s default. A negative exec timeout means no timeout at all up to ' +
                "v1.18.2 and the 30s default on main, which also caps exec timeouts at 4h. A negative wait-timeout expires at once. Settings " +
                'of a hook whose command is missing are hook-orphan-setting business.',
            fix: 'Write a positive Go duration with a unit that the hook needs: `30s`, `5m`, `1h30m` (at most `4h` for Velero main).',
        },
        versions: {
            applies: 'all; negative exec timeouts differ on main, and only main caps them at 4h',
            outcomes: [
                {
                    versions: 'v1.12.0 … v1.18.2',
                    outcome: 'Exec timeout `0` → 30s; negative → no timeout (the timer is armed only above 0); no upper limit.',
                },
                { versions: 'main', outcome: 'Exec timeout ≤ 0 → 30s; over 4h → 4h (`maxHookTimeout`, velero#10125).' },
            ],
        },
        messages: {
            invalid: 'Velero cannot parse {{value}} as a duration ({{error}}), so it ignores it and uses {{fallback}}; {{hint}}.',
            zero: 'Velero reads {{value}} as zero and replaces it with its 30s default, so the hook is stopped after 30s rather than left without a timeout; write the time the hook needs, such as "5m".',
            negativeNone: 'Velero {{version}} reads {{value}} as a negative timeout and runs the hook with no timeout at all (Velero main uses 30s instead); write the time the hook needs, such as "5m".',
            negativeDefault: 'Velero main replaces the negative timeout {{value}} with its 30s default; write the time the hook needs, such as "5m".',
            overCap: 'Velero main caps hook timeouts at 4h, so {{value}} becomes 4h; write "4h" or less, or make the hook faster.',
            negativeWait: 'Velero parses {{value}} as a negative wait timeout, so the hook counts as expired at once and Velero records a hook error; use a positive duration such as "5m", or remove it to wait without limit.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const { family, field, fallback, wait } of DURATION_KEYS) {
                    // No command, no hook: its settings are hook-orphan-setting business.
                    const entry = familyView(pod, family).active ? readEntry(pod, family, field) : undefined;
                    if (entry?.value === undefined || entry.value === '')
                        continue;
                    checkDuration(context, pod, entry, entry.value, { fallback, wait });
                }
            },
        };
    },
}));
/** One duration annotation: unparsable, or a value Velero replaces (per the targeted version). */
function checkDuration(context, pod, entry, value, how) {
    const parsed = parseGoDuration(value);
    const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path };
    if (!parsed.ok) {
        const suggestion = suggestDuration(value);
        const hint = suggestion ? `write "${suggestion}"` : 'write a number with a unit, e.g. "30s", "5m" or "1h"';
        context.report({ ...base, messageId: 'invalid', data: { value: quote(value), error: parsed.error, fallback: how.fallback, hint } });
        return;
    }
    const data = { value: quote(value), version: formatVersion(context.veleroVersion) };
    const bounded = execTimeoutBoundedOnMain(context.veleroVersion);
    if (how.wait) {
        if (parsed.nanoseconds < 0)
            context.report({ ...base, messageId: 'negativeWait', data });
    }
    else if (parsed.nanoseconds === 0) {
        context.report({ ...base, messageId: 'zero', data });
    }
    else if (parsed.nanoseconds < 0) {
        context.report({ ...base, messageId: bounded ? 'negativeDefault' : 'negativeNone', data });
    }
    else if (bounded && parsed.exact > BigInt(MAX_HOOK_TIMEOUT_NS)) {
        context.report({ ...base, messageId: 'overCap', data });
    }
}

;// CONCATENATED MODULE: ./src/velero/on-error.ts
/**
 * What Velero does with an `on-error` annotation (internal/hook/item_hook_handler.go@v1.18.2,
 * getPodExecHookFromAnnotations and getPodExecRestoreHookFromAnnotations): anything but exactly
 * `Continue` or `Fail` becomes "", and "" behaves as Continue everywhere it matters — HandleHooks returns
 * the error of an annotation backup hook only when OnError == Fail (item_hook_handler.go@v1.18.2), and
 * the restore handler stops only when OnError == Fail (wait_exec_hook_handler.go@v1.18.2).
 * (ExecutePodCommand's "default to fail" applies to its own copy, used for its log line only:
 * pod_command_executor.go@v1.18.2.) So the spelling only matters when it meant Fail.
 */
/** Words people write for Fail (after lower-casing and dropping everything but letters). */
const FAIL_WORDS = new Set(['fail', 'fails', 'failed', 'failure', 'abort', 'stop', 'halt', 'error', 'exit', 'fatal', 'break', 'terminate', 'failfast']);
/** Words people write for Continue. */
const CONTINUE_WORDS = new Set(['continue', 'continues', 'ignore', 'proceed', 'skip', 'warn', 'warning', 'keepgoing']);
function readOnError(value) {
    if (value === '' || value === 'Continue' || value === 'Fail')
        return 'exact';
    const word = value.toLowerCase().replace(/[^a-z]/g, '');
    if (CONTINUE_WORDS.has(word))
        return 'continue';
    if (FAIL_WORDS.has(word))
        return 'fail';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/rules/hook-invalid-on-error.ts




const hook_invalid_on_error_FAMILIES = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup'];
/**
 * What changes when Velero reads a misspelt Fail as Continue (v1.18.2):
 * - pre-backup (and legacy): HandleHooks returns the error only for Fail, and backupItemBlock then skips
 *   the pod ("if pre hook fails, flag pod as backed-up and move on", pkg/backup/backup.go@v1.18.2);
 * - post-restore: the annotation hook is the pod's only exec hook, so Fail stops nothing after it, except
 *   that an expired wait-timeout skips the hook under Fail and runs it anyway otherwise
 *   (wait_exec_hook_handler.go@v1.18.2);
 * - post-backup: handleItemBlockPostHooks only logs the error (backup.go@v1.18.2; up to v1.14 a Fail
 *   post-hook error also dropped the pod from the backup).
 */
function failConsequence(pod, family) {
    if (family === 'pre-backup' || family === 'legacy-backup')
        return 'backup';
    if (family === 'post-backup')
        return 'same';
    const wait = usedEntry(pod, 'post-restore', 'wait-timeout')?.value;
    const parsed = wait === undefined || wait === '' ? undefined : parseGoDuration(wait);
    return parsed?.ok && parsed.nanoseconds !== 0 ? 'wait' : 'same';
}
const SAME_WHY = {
    'post-backup': 'Velero only logs a failed post-backup hook',
    'post-restore': "it is the pod's only restore exec hook, so there is nothing after it to stop",
};
/* harmony default export */ const hook_invalid_on_error = (defineRule({
    meta: {
        id: 'hook-invalid-on-error',
        severity: 'error',
        docs: {
            summary: '`on-error` is not exactly `Continue` or `Fail` (an error only when Velero then behaves differently).',
            description: 'Velero compares the value case-sensitively with `Continue` and `Fail` and silently turns anything else into "", which ' +
                'behaves like Continue (`item_hook_handler.go`, `wait_exec_hook_handler.go` at v1.18.2). The severity follows what that ' +
                'changes:\n\n' +
                '- a spelling of **Fail** on a pre-backup hook (`fail`, `FAIL`, `Abort`): when the hook fails Velero still backs the pod up, ' +
                'where `Fail` would skip it — an **error**; the same on a restore exec hook with a `wait-timeout`: when the wait expires ' +
                'Velero still runs the hook, where `Fail` would skip it;\n' +
                '- a spelling of Fail where Fail changes nothing (a post-backup hook, whose failure Velero only logs since v1.15; a restore ' +
                'exec hook without a wait timeout, the pod\'s only one) — a **notice**;\n' +
                '- a spelling of **Continue** (`continue`, `CONTINUE`, `" Continue"`): dropped to the default, which *is* Continue, so the ' +
                'hook behaves as written — a **notice**;\n' +
                '- any other word: the hook behaves as Continue, and what was meant is unclear — a **warning**.\n\n' +
                'An empty value is what Velero uses when the key is missing, so it is not reported. Nothing is reported for a hook Velero ' +
                'does not build (no command: hook-orphan-setting) or a restore exec hook whose container is missing (Velero discards it).',
            fix: 'Write exactly `Continue` or `Fail`.',
        },
        messages: {
            failBackup: 'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue: when it fails, Velero still backs up this pod, which "Fail" would skip; write "Fail".',
            failWait: 'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue: when its wait-timeout expires, Velero still runs the hook, which "Fail" would skip; write "Fail".',
            failSame: 'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue, which here does the same as "Fail" ({{why}}); write "Fail" so that readers agree with Velero.',
            continueSpelling: 'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped to the default, which is Continue: the hook behaves as written; write "Continue" so that readers agree with Velero.',
            unknown: 'Velero accepts only "Continue" or "Fail" here, so {{value}} is dropped and the hook behaves as Continue; write one of them.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const family of hook_invalid_on_error_FAMILIES) {
                    const entry = usedEntry(pod, family, 'on-error');
                    const value = entry?.value;
                    if (!entry || value === undefined)
                        continue;
                    // A restore exec hook whose container is missing is discarded before on-error could matter.
                    if (family === 'post-restore' && !execTargetFound(pod, family))
                        continue;
                    const reading = readOnError(value);
                    if (reading === 'exact')
                        continue;
                    const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path, data: { value: quote(value), why: '' } };
                    if (reading === 'continue')
                        context.report({ ...base, messageId: 'continueSpelling', severity: 'notice' });
                    else if (reading === 'unknown')
                        context.report({ ...base, messageId: 'unknown', severity: 'warning' });
                    else {
                        const consequence = failConsequence(pod, family);
                        if (consequence === 'backup')
                            context.report({ ...base, messageId: 'failBackup' });
                        else if (consequence === 'wait')
                            context.report({ ...base, messageId: 'failWait' });
                        else
                            context.report({ ...base, messageId: 'failSame', severity: 'notice', data: { ...base.data, why: SAME_WHY[family] } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-orphan-setting.ts


/* harmony default export */ const hook_orphan_setting = (defineRule({
    meta: {
        id: 'hook-orphan-setting',
        severity: 'warning',
        docs: {
            summary: 'Settings of an exec or backup hook whose command is missing.',
            description: 'For exec and backup hooks the `command` annotation is the switch: without a non-empty command Velero builds no hook and ' +
                "reads none of the family's other keys (container, on-error, timeouts), so they do nothing " +
                '(`getPodExecHookFromAnnotations`, `getPodExecRestoreHookFromAnnotations`, item_hook_handler.go at v1.18.2). This is the ' +
                'one finding for such a hook: the rules about values stay silent, since no hook exists to be affected. An empty setting ' +
                'does nothing either way and is not reported; a command that is not a YAML string is hook-annotation-not-string\'s ' +
                '(kubectl rejects the object).',
            fix: 'Add the `command` annotation of the same family, or remove the settings.',
        },
        messages: {
            orphan: 'Velero ignores "{{key}}" because "{{switchKey}}" is {{state}}, so no {{description}} runs; add the command or remove this setting.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const views = familyViews(pod);
                const preBackupActive = views.some((v) => v.spec.family === 'pre-backup' && v.active);
                for (const view of views) {
                    if (view.spec.family === 'init' || view.active)
                        continue;
                    if (view.spec.family === 'legacy-backup' && preBackupActive)
                        continue; // backup-hook-legacy-mixed says why
                    const switchEntry = view.entries.get(view.spec.switchField);
                    if (switchEntry && switchEntry.value === undefined)
                        continue; // not a string: kubectl rejects the object
                    for (const [field, entry] of view.entries) {
                        // "" (or a value that is not a string, which kubectl rejects) does nothing, hook or not.
                        if (field === view.spec.switchField || !entry.value)
                            continue;
                        context.report({
                            messageId: 'orphan',
                            data: {
                                key: entry.key,
                                switchKey: view.spec.prefix + view.spec.switchField,
                                state: switchEntry ? 'empty' : 'missing',
                                description: view.spec.description,
                            },
                            node: entry.keyNode,
                            resource: pod.resource,
                            path: entry.path,
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/hook-unknown-container.ts



const hook_unknown_container_FAMILIES = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup'];
const RESTORE_MESSAGE = {
    discarded: 'restoreDiscarded',
    hangs: 'restoreHangs',
    'hangs-until-resource-timeout': 'restoreWaits',
};
/** The names a hook of this family may name on this version, and the native sidecars among the pod's init containers. */
function targets(pod, restore, version) {
    const containerNames = pod.containers.map((c) => c.name).filter((n) => n !== undefined);
    const sidecars = pod.initContainers.filter((c) => c.restartPolicy === 'Always' && c.name).map((c) => c.name);
    const withSidecars = !restore && backupHookAcceptsSidecar(version);
    return { allowed: withSidecars ? [...containerNames, ...sidecars] : containerNames, sidecars };
}
/* harmony default export */ const hook_unknown_container = (defineRule({
    meta: {
        id: 'hook-unknown-container',
        severity: 'error',
        docs: {
            summary: "A hook's `container` is not a container that Velero runs that hook in.",
            description: 'Restore exec hooks look the container up in `spec.containers` only (`podHasContainer`, every version): a missing name, an init ' +
                'container or a native sidecar makes Velero discard the hooks ("does not have container … discarding post-restore exec hooks"). ' +
                'Since v1.14 the discarded hook stays in the restore\'s hook tracker, so the Restore waits in Finalizing forever ' +
                '(velero#9749); Velero main stops waiting after `--resource-timeout` (10m by default) and the Restore ends PartiallyFailed. ' +
                'Backup hooks fail with "no such container" for a name that is not in `spec.containers`; only Velero main also accepts native ' +
                'sidecars (init containers with `restartPolicy: Always`, velero#9403). A container name holding a template parameter ' +
                '(OpenShift `${NAME}`) may stand for any name, so it is not checked; settings of a hook with no command are hook-orphan-setting business.',
            fix: 'Name one of the containers of the pod, or remove the annotation to use the first container.',
        },
        versions: {
            applies: 'all; the restore consequence differs from v1.14 and on main, native sidecars are backup targets only on main',
            outcomes: [
                {
                    versions: 'v1.12.0 … v1.13.2',
                    outcome: 'Restore exec hook on a missing container: discarded, the restore goes on. Backup hook on a native sidecar: "no such container".',
                },
                {
                    versions: 'v1.14.0 … v1.18.2',
                    outcome: 'Restore exec hook on a missing container: discarded, and the Restore hangs in Finalizing forever. Backup hook on a native sidecar: "no such container".',
                },
                {
                    versions: 'main',
                    outcome: 'Restore: discarded, and the Restore waits until `--resource-timeout`, then ends PartiallyFailed. Backup hooks may target native sidecars.',
                },
            ],
        },
        messages: {
            restoreDiscarded: 'Container {{name}} is not in spec.containers ({{known}}), so Velero {{version}} discards this restore exec hook; name one of them.',
            restoreHangs: 'Container {{name}} is not in spec.containers ({{known}}), so Velero {{version}} discards this restore exec hook and the Restore hangs in Finalizing forever (velero#9749); name one of them.',
            restoreWaits: 'Container {{name}} is not in spec.containers ({{known}}), so Velero main discards this restore exec hook and the Restore waits in Finalizing until --resource-timeout (10m by default), then ends PartiallyFailed; name one of them.',
            backup: 'Container {{name}} is not {{what}} of this pod ({{known}}), so Velero {{version}} fails the backup hook with "no such container"; name one of them.',
            backupSidecar: 'Container {{name}} is a native sidecar, and Velero {{version}} runs backup hooks only in spec.containers ({{known}}), so the hook fails with "no such container" (only Velero main accepts sidecars); name one of them.',
        },
    },
    create(context) {
        const version = context.veleroVersion;
        return {
            podTemplate(pod) {
                if (!pod.containersKnown)
                    return;
                for (const family of hook_unknown_container_FAMILIES) {
                    // No command, no hook: its settings are hook-orphan-setting business.
                    const entry = familyView(pod, family).active ? readEntry(pod, family, 'container') : undefined;
                    const value = entry?.value;
                    if (!entry || value === undefined || value === '')
                        continue;
                    const restore = family === 'post-restore';
                    const { allowed, sidecars } = targets(pod, restore, version);
                    if (allowed.some((name) => containerNameMatches(name, value)))
                        continue;
                    const messageId = restore ? RESTORE_MESSAGE[missingRestoreExecContainer(version)] : sidecars.includes(value) ? 'backupSidecar' : 'backup';
                    const what = backupHookAcceptsSidecar(version) ? 'a container or native sidecar' : 'in spec.containers';
                    context.report({
                        messageId,
                        data: { name: quote(value), known: allowed.map((n) => `"${n}"`).join(', ') || 'none', version: formatVersion(version), what },
                        node: entry.valueNode,
                        resource: pod.resource,
                        path: entry.path,
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-invalid-image.ts




/* harmony default export */ const init_hook_invalid_image = (defineRule({
    meta: {
        id: 'init-hook-invalid-image',
        severity: 'error',
        docs: {
            summary: 'The init hook image is not a valid image reference (saying whether the API server or the kubelet refuses it).',
            description: 'Velero passes the image through unchecked (`getInitContainerFromAnnotation`, item_hook_handler.go at v1.18.2). Two gates ' +
                'follow, in order:\n\n' +
                "- **The API server** rejects the restored Pod when the image starts or ends with whitespace as Go's `strings.TrimSpace` " +
                'counts it: spaces, tabs, line breaks (a YAML `|` block adds one), U+0085 and the no-break space U+00A0. The pod is not ' +
                'restored and the Restore ends PartiallyFailed.\n' +
                '- **The kubelet** parses the image with distribution/reference (`ParseNormalizedNamed`): upper case in the repository, inner ' +
                'whitespace, a byte-order mark (U+FEFF, which the API server does not count as whitespace), a bad tag or digest, a bare ' +
                '64-character hex string (an image ID), or a repository path over 255 characters (the registry not counted; a Docker Hub ' +
                'name counts as `library/<name>`) make the image InvalidImageName, and the restored pod stays stuck in Init.\n\n' +
                'Only the first failure is reported: nothing when Velero never builds the container (no command: it panics first, ' +
                'init-hook-missing-command) or deletes it (a `restore-wait` name), and no kubelet problem when the API server rejects the ' +
                'pod anyway (an invalid or duplicate name).',
            fix: 'Use a valid reference: `[registry[:port]/]repository[:tag][@sha256:<64 hex>]`, repository in lower case, no whitespace.',
        },
        messages: {
            invalid: 'Image {{value}} is not a valid image reference ({{problem}}): the API server accepts the restored pod, but the kubelet cannot parse the image (InvalidImageName), so the pod stays stuck in Init; fix the reference.',
            padded: 'Image {{value}}: {{problem}}, which the API server counts as whitespace, so it rejects the restored pod ("must not have leading or trailing whitespace") and Velero does not restore it; remove the whitespace.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const entry = pod.annotations.get(key('init', 'container-image'));
                const value = entry?.value;
                if (!entry || !value)
                    return;
                const verdict = imageVerdict(value);
                if (!verdict)
                    return;
                const stage = initHookStage(pod);
                // The first failure only: the API server's (with the name rules), else the kubelet's.
                if (verdict.stage === 'api-server' ? stage !== 'rejected' : stage !== 'kubelet')
                    return;
                context.report({
                    messageId: verdict.stage === 'api-server' ? 'padded' : 'invalid',
                    data: { value: quote(value), problem: verdict.problem },
                    node: entry.valueNode,
                    resource: pod.resource,
                    path: entry.path,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-invalid-name.ts




/* harmony default export */ const init_hook_invalid_name = (defineRule({
    meta: {
        id: 'init-hook-invalid-name',
        severity: 'error',
        docs: {
            summary: '`container-name` is not a DNS-1123 label of at most 63 characters.',
            description: 'Velero passes the name through unchecked (`getInitContainerFromAnnotation`, item_hook_handler.go at v1.18.2). The API ' +
                'server then rejects the restored Pod, so the pod is not restored and the Restore ends PartiallyFailed. Nothing is reported ' +
                'when Velero builds no init container (no image) or panics before the create (no command, up to v1.18.2).',
            fix: "Use lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
        },
        messages: {
            invalid: 'Container name {{value}} is not a valid DNS-1123 label ({{problem}}), so the API server rejects the restored pod; use e.g. "{{suggestion}}".',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const entry = pod.annotations.get(key('init', 'container-name'));
                const value = entry?.value;
                if (!entry || value === undefined || value === '')
                    return;
                const problem = dns1123LabelProblem(value);
                // Only when the API server sees the pod: no image, no hook; no command, Velero panics first.
                if (!problem || initHookStage(pod) !== 'rejected')
                    return;
                const suggestion = value
                    .toLowerCase()
                    .replace(/[^a-z0-9-]+/g, '-')
                    .replace(/^-+|-+$/g, '')
                    .slice(0, 63)
                    .replace(/-+$/, '') || 'restore-init';
                context.report({
                    messageId: 'invalid',
                    data: { value: quote(value), problem, suggestion },
                    node: entry.valueNode,
                    resource: pod.resource,
                    path: entry.path,
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-missing-command.ts




/* harmony default export */ const init_hook_missing_command = (defineRule({
    meta: {
        id: 'init-hook-missing-command',
        severity: 'error',
        docs: {
            summary: 'An init hook image with a missing, empty or blank command.',
            description: "Velero's docs call the command optional, but every release up to v1.18.2 reads the first byte of the command in " +
                '`parseStringToCommand` without a length check: an image with no command (or `""`) panics the restore plugin, the Pod is ' +
                'not restored and the Restore ends PartiallyFailed. Velero main guards it (velero#10371): the init container is injected ' +
                "without a command, so the image's own entrypoint runs; that is reported as a notice, since any release restoring the same " +
                'backup still panics. A blank command ("  ") is executed as a program named by the blanks on every version.',
            fix: 'Add `init.hook.restore.velero.io/command` as a JSON array, e.g. `\'["/bin/sh", "-c", "…"]\'`.',
        },
        versions: {
            applies: 'all; a missing or empty command is an error up to v1.18.2 and a notice on main',
            outcomes: [
                {
                    versions: 'v1.12.0 … v1.18.2',
                    outcome: 'A missing or empty command panics `parseStringToCommand` (`internal/hook/item_hook_handler.go`): the Pod is not restored.',
                },
                {
                    versions: 'main',
                    outcome: "No panic (velero#10371): the init container has no command, so the image's entrypoint runs.",
                },
            ],
        },
        messages: {
            missing: 'This init hook sets an image but no "{{commandKey}}": Velero {{version}} panics on it and does not restore this pod; add the command as a JSON array.',
            empty: '"{{commandKey}}" is empty: Velero {{version}} panics on it and does not restore this pod; give the command as a JSON array.',
            entrypoint: "This init hook has no command, so Velero main injects the container without one and the image's own entrypoint runs; every release up to v1.18.2 panics on it instead, so give the command as a JSON array if a release may restore this backup.",
            blank: '"{{commandKey}}" is blank, so Velero execs a program named by the blanks and the init container fails, leaving the pod in Init:Error; give the command as a JSON array.',
        },
    },
    create(context) {
        const panics = emptyInitCommandPanics(context.veleroVersion);
        const version = formatVersion(context.veleroVersion);
        return {
            podTemplate(pod) {
                const view = familyView(pod, 'init');
                if (!view.active)
                    return;
                const command = view.entries.get('command');
                const commandKey = key('init', 'command');
                if (!command || command.value === '') {
                    // A missing key is reported at the first key of the family, an empty one at its value.
                    const at = command ? { node: command.valueNode, fallback: command.keyNode, path: command.path } : { node: view.first.keyNode, path: view.first.path };
                    if (!panics)
                        context.report({ messageId: 'entrypoint', severity: 'notice', resource: pod.resource, ...at });
                    else
                        context.report({ messageId: command ? 'empty' : 'missing', data: { commandKey, version }, resource: pod.resource, ...at });
                }
                else if (command.value !== undefined && command.value.trim() === '') {
                    context.report({ messageId: 'blank', data: { commandKey }, node: command.valueNode, resource: pod.resource, path: command.path });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-missing-image.ts



/* harmony default export */ const init_hook_missing_image = (defineRule({
    meta: {
        id: 'init-hook-missing-image',
        severity: 'error',
        docs: {
            summary: 'An init hook with a name or command but no `container-image`.',
            description: '`init.hook.restore.velero.io/container-image` is the switch of the restore init hook. When it is missing or empty, ' +
                'Velero ignores the name and command annotations without an error and injects nothing (it falls back to Restore-spec init hooks; ' +
                '`getInitContainerFromAnnotation`, item_hook_handler.go at v1.18.2). An empty name or command is not reported: it does ' +
                'nothing with or without an image.',
            fix: 'Add `init.hook.restore.velero.io/container-image` with the image to run.',
        },
        messages: {
            missing: 'This init hook has no "{{imageKey}}", so Velero ignores it and injects nothing at restore; add the image to run.',
            empty: '"{{imageKey}}" is empty, so Velero ignores this init hook and injects nothing at restore; give the image to run.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const view = familyView(pod, 'init');
                const image = view.entries.get('container-image');
                // An empty name or command does nothing, image or not (as if absent); a value that is not a string is
                // hook-annotation-not-string's (kubectl rejects the object).
                const others = ['container-name', 'command'].map((f) => view.entries.get(f)).filter((e) => e?.value);
                if (others.length === 0 || (image?.value !== undefined && image.value !== ''))
                    return;
                if (image && image.value === undefined)
                    return; // not a string: hook-annotation-not-string
                const imageKey = key('init', 'container-image');
                if (image) {
                    context.report({ messageId: 'empty', data: { imageKey }, node: image.valueNode, fallback: image.keyNode, resource: pod.resource, path: image.path });
                }
                else {
                    const first = pod.annotations.entries.find((e) => others.includes(e));
                    context.report({ messageId: 'missing', data: { imageKey }, node: first.keyNode, resource: pod.resource, path: first.path });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-name-conflict.ts



/* harmony default export */ const init_hook_name_conflict = (defineRule({
    meta: {
        id: 'init-hook-name-conflict',
        severity: 'error',
        docs: {
            summary: '`container-name` equals a container of the pod, or `restore-wait`/`restic-wait`.',
            description: 'Velero injects the hook container without checking names. A name already used by a container, init container or ' +
                'ephemeral container makes the API server reject the restored Pod ("Duplicate value", velero#5193); this includes a pod ' +
                "whose manifest already holds the rendered hook container, since Velero injects it again. `restore-wait` and `restic-wait` " +
                "are Velero's own file-system-restore containers: since v1.17 Velero deletes init containers with those names " +
                '(pod_volume_restore_action.go at v1.18.2). Nothing is reported when Velero builds no init container (no image) or panics ' +
                'before the create (no command, up to v1.18.2).',
            fix: 'Choose a name no container of the pod uses (e.g. `velero-restore-init`); do not commit the injected container into the pod spec.',
        },
        messages: {
            duplicate: 'Init hook name {{name}} is already used by {{where}} of this pod, so Velero injects a duplicate and the API server rejects the restored pod; choose another name.',
            reserved: 'Init hook name {{name}} is the name of Velero\'s own file-system restore container, so Velero (v1.17 and later) deletes the injected hook container and it never runs; choose another name.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const entry = pod.annotations.get(key('init', 'container-name'));
                const value = entry?.value;
                if (!entry || value === undefined || value === '')
                    return;
                const stage = initHookStage(pod);
                const base = { node: entry.valueNode, resource: pod.resource, path: entry.path, data: { name: quote(value), where: '' } };
                if (RESERVED_INIT_CONTAINER_NAMES.includes(value)) {
                    if (stage === 'removed')
                        context.report({ ...base, messageId: 'reserved' });
                    return;
                }
                // Only when the API server sees the pod: no image, no hook; no command, Velero panics first.
                const where = stage === 'rejected' ? initNameClash(pod, value) : undefined;
                if (where)
                    context.report({ ...base, messageId: 'duplicate', data: { ...base.data, where } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-no-volume-access.ts



const BEFORE_PATH = /[\s"'=:;(>|&<]/;
const AFTER_PATH = /[/\s"';)|&<>]/;
/**
 * Whether `path` occurs in `text` as a path of its own: at the start or after a shell separator,
 * and followed by the end, a '/' or a separator. A scan rather than a RegExp built from the
 * manifest: a path of some hundred kilobytes would not compile.
 */
function mentionsPath(text, path) {
    for (let i = text.indexOf(path); i >= 0; i = text.indexOf(path, i + 1)) {
        const before = i === 0 || BEFORE_PATH.test(text[i - 1]);
        const end = i + path.length;
        const after = end === text.length || AFTER_PATH.test(text[end]);
        if (before && after)
            return true;
    }
    return false;
}
/* harmony default export */ const init_hook_no_volume_access = (defineRule({
    meta: {
        id: 'init-hook-no-volume-access',
        severity: 'warning',
        docs: {
            summary: "The init hook command uses a path under an app container's mountPath, but annotation init hooks get no volume mounts.",
            description: 'The container Velero injects from annotations has only a name, an image and a command: no volumeMounts (up to v1.18). A ' +
                "command that reads or writes under an app container's `mountPath` sees the init container's own empty filesystem, so it " +
                'silently does nothing useful. Only Restore-spec init hooks can mount volumes.',
            fix: 'Use a Restore `spec.hooks.resources[].postHooks[].init.initContainers[]` entry with `volumeMounts`, or a restore exec hook (`post.hook.restore.velero.io/command`) that runs in the app container.',
        },
        messages: {
            noMount: 'This init hook command uses {{path}}, which container "{{container}}" mounts, but Velero gives annotation init containers no volume mounts, so the command cannot reach that volume; use a Restore-spec init hook with volumeMounts or a post-restore exec hook.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const view = familyView(pod, 'init');
                // Only a command that runs: not when the pod is never created or the image never starts.
                if (!view.active || initHookStage(pod) !== 'runs')
                    return;
                const command = view.entries.get('command');
                if (!command?.value)
                    return;
                const argv = veleroArgv(command.value);
                if (!argv)
                    return;
                const text = argv.join(' ');
                for (const container of pod.containers) {
                    for (const mount of container.volumeMounts) {
                        const mountPath = mount.mountPath.replace(/\/+$/, '');
                        if (mountPath === '' || mountPath === '/' || !mentionsPath(text, mountPath))
                            continue;
                        context.report({
                            messageId: 'noMount',
                            data: { path: mountPath, container: container.name ?? '?' },
                            node: command.valueNode,
                            resource: pod.resource,
                            path: command.path,
                        });
                        return;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/init-hook-on-job-pods.ts





const JOB_KINDS = new Set(['Job', 'CronJob']);
/** The `init` key of the first `postHooks[]` item with one: where a finding about an entry's init hooks goes. */
function firstInit(entry) {
    for (const hook of pitems(pentry(entry, 'postHooks')?.value)) {
        const init = pentry(hook, 'init');
        if (init)
            return init;
    }
    return undefined;
}
/** The repository's workloads by namespace, and those whose init annotation hides spec init hooks (read once a run). */
class InitCandidates {
    groups;
    annotated;
    constructor(workloads) {
        this.groups = new NamespaceGroups(workloads);
        this.annotated = new Set(workloads.filter((w) => annotationHookFamilies(w, ['init']).length > 0));
    }
}
/**
 * The Job/CronJob workloads a Restore hook entry's init containers reach, when those are all the
 * entry reaches in the repository (no other workload selected, none unsure); otherwise [].
 */
function jobsOnly(restore, source, entry, workloads, version) {
    const jobs = [];
    const restores = restoreTaker(restore);
    const backedUp = source ? backupTaker(source.spec, version) : () => 'yes';
    const selects = restoreHookSelector(restore, entry);
    for (const w of workloads.groups.restoreHookCandidates(restore, entry)) {
        // An init annotation hides the spec init hooks for that pod (§2.4).
        if (workloads.annotated.has(w))
            continue;
        const answer = selects(w);
        if (answer === 'no' || restores(w) === 'no' || backedUp(w) === 'no')
            continue;
        if (answer === 'unknown' || !JOB_KINDS.has(w.kind))
            return [];
        jobs.push(w);
    }
    return jobs;
}
/* harmony default export */ const init_hook_on_job_pods = (defineRule({
    meta: {
        id: 'init-hook-on-job-pods',
        severity: 'warning',
        docs: {
            summary: 'A restore init hook meant for the pods of a Job or CronJob, which Velero never injects into the pods those controllers run.',
            description: 'Velero injects restore init containers only into Pod objects from the backup that it creates itself; it never edits ' +
                'a workload\'s pod template (`InitRestoreHookPodAction` applies to pods only; velero-plan-semantics.md §3.1, §3.2, ' +
                '§5 X16). For a Deployment, StatefulSet or DaemonSet the restored pods are adopted by the controller, so the hook ' +
                'runs once in each. Not for these:\n\n' +
                '- **CronJob**: its future Jobs create pods from the template, and nothing injects the hook into them.\n' +
                '- **Job**: Velero\'s `velero.io/job` action removes `controller-uid` from the restored Job\'s selector, so the Job ' +
                'does not adopt the restored pods (they run the hook as orphan duplicates) and starts new pods without the init ' +
                'container; a finished Job\'s pods (`Succeeded`/`Failed`) are not restored at all.\n\n' +
                'Reported for the `init.hook.restore.velero.io/container-image` annotation in a Job or CronJob pod template, and for ' +
                'a Restore hook entry with `init` hooks whose selection reaches only Job/CronJob pods in the repository (no other ' +
                'workload, none unsure).',
            fix: 'Put the step in the pod template\'s own `initContainers` (it then runs in every pod the Job creates), or run it from a Deployment/StatefulSet hook; remove the init hook.',
        },
        messages: {
            job: 'Velero injects this init container only into pods it restores itself: the restored pods of Job {{name}} are orphans that the Job does not adopt, the Job starts new pods without it, and a finished Job\'s pods are not restored at all; put the step in the template\'s initContainers instead.',
            cronJob: 'Velero injects this init container only into pods it restores itself, never into the pods CronJob {{name}} creates from its template; put the step in the template\'s initContainers instead.',
            spec: 'In this repository {{hook}} reaches only Job and CronJob pods ({{workloads}}), but Velero injects init containers only into pods it restores itself: a CronJob\'s new pods never get them, and a Job starts new pods without them (the restored ones are orphans); put the step in the templates\' initContainers instead.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const kind = pod.resource.kind;
                if (pod.role !== 'template' || kind === undefined || !JOB_KINDS.has(kind))
                    return;
                const entry = pod.annotations.get(key('init', 'container-image'));
                if (!entry?.value)
                    return;
                const name = pod.resource.name ?? '(unnamed)';
                context.report({ messageId: kind === 'Job' ? 'job' : 'cronJob', data: { name }, node: entry.keyNode, resource: pod.resource, path: entry.path });
            },
        };
    },
    checkRepository(context) {
        let workloads;
        for (const restore of context.repo.velero) {
            if (restore.kind !== 'Restore')
                continue;
            const source = restoreSource(restore, context.repo.velero);
            for (const entry of hookResourceEntries(restore.spec)) {
                const init = firstInit(entry);
                if (!init)
                    continue;
                const jobs = jobsOnly(restore, source, entry, (workloads ??= new InitCandidates(context.repo.workloads)), context.veleroVersion);
                if (jobs.length === 0)
                    continue;
                context.report({ messageId: 'spec', data: { hook: describeHookEntry(restore.file, entry), workloads: boundedList(jobs.map(describeWorkload)) }, place: keyPlaceOf(restore.file, init) });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/engine/spec-walk.ts
/** The mappings among the items of `parent[key]` (a list); items of any other kind are skipped. */
function mapItems(parent, key) {
    return (parent.get(key)?.items() ?? []).filter((item) => item.kind === 'map');
}
/** The hook mappings of every resource entry: `postHooks` of a Restore, `pre` and `post` of a Backup or Schedule. */
function hookSpecs(target) {
    const phases = target.kind === 'Restore' ? ['postHooks'] : ['pre', 'post'];
    return mapItems(target.hooks, 'resources').flatMap((resource) => phases.flatMap((phase) => mapItems(resource, phase)));
}
function execHooks(target) {
    const kind = target.kind === 'Restore' ? 'restore' : 'backup';
    const out = [];
    for (const hook of hookSpecs(target)) {
        const exec = hook.get('exec');
        if (exec?.kind === 'map')
            out.push({ value: exec, kind });
    }
    return out;
}
/** The `init` mappings of a Restore's post hooks (none for a Backup or Schedule). */
function restoreInitHooks(target) {
    if (target.kind !== 'Restore')
        return [];
    return hookSpecs(target).flatMap((hook) => {
        const init = hook.get('init');
        return init?.kind === 'map' ? [init] : [];
    });
}
/** Every item of every Restore init hook's `initContainers` list, whatever its kind. */
function restoreInitContainers(target) {
    return restoreInitHooks(target).flatMap((init) => init.get('initContainers')?.items() ?? []);
}

;// CONCATENATED MODULE: ./src/rules/init-hook-timeout-ignored.ts



/* harmony default export */ const init_hook_timeout_ignored = (defineRule({
    meta: {
        id: 'init-hook-timeout-ignored',
        severity: 'warning',
        docs: {
            summary: '`init.hook.restore.velero.io/timeout` or a Restore\'s `init.timeout`: Velero never reads it.',
            description: 'The constant exists in Velero and the design document lists it, but no code reads the init hook timeout, neither from the ' +
                'annotation nor from a Restore spec. The init container runs as long as it runs.',
            fix: 'Remove it; bound the command itself (e.g. `timeout 300 …` inside the command).',
        },
        messages: {
            annotation: 'Velero never reads "{{key}}", so the init hook has no timeout; remove it and bound the command itself (e.g. timeout 300 …).',
            spec: 'Velero never reads init.timeout in a Restore, so the init containers have no timeout; remove it and bound the commands themselves.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const entry = pod.annotations.get(key('init', 'timeout'));
                if (!entry || entry.value === '')
                    return; // empty: nothing anyone could expect from it
                context.report({ messageId: 'annotation', data: { key: entry.key }, node: entry.keyNode, resource: pod.resource, path: entry.path });
            },
            velero(target) {
                for (const init of restoreInitHooks(target)) {
                    const timeout = init.entry('timeout');
                    if (!timeout)
                        continue;
                    context.report({ messageId: 'spec', node: timeout.keyNode, resource: target.resource, path: timeout.value.path });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/label-selector-invalid.ts






const label_selector_invalid_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Why k8s `validateLabelKey` (a qualified name) refuses a key, or undefined. */
function labelKeyProblem(key) {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
        return `label key "${key}" has an invalid prefix (a lowercase DNS subdomain)`;
    if (name.length === 0 || name.length > 63 || !label_selector_invalid_NAME.test(name))
        return `label key "${key}" is not a valid label name (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`;
    return undefined;
}
/** Why k8s `validateLabelValue` refuses a value, or undefined ("" is valid). */
function labelValueProblem(value) {
    if (value === '' || (value.length <= 63 && label_selector_invalid_NAME.test(value)))
        return undefined;
    return `label value "${value}" is not valid (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`;
}
const OPERATOR_FIX = {
    In: 'list at least one value, or use Exists',
    NotIn: 'list at least one value, or use DoesNotExist',
    Exists: 'remove "values" (or use In)',
    DoesNotExist: 'remove "values" (or use NotIn)',
};
/** The faults LabelSelectorAsSelector would refuse, each at the key or value to change. */
function selectorFaults(file, node) {
    if (!readSelector(node).selector)
        return []; // not plain data: unknown
    const out = [];
    const check = (text, problem, fix, place) => {
        if (problem && !isTemplated(text))
            out.push({ problem, fix, place });
    };
    const matchLabels = pget(node, 'matchLabels');
    for (const e of matchLabels?.kind === 'map' ? matchLabels.entries : []) {
        check(e.key, labelKeyProblem(e.key), 'use a valid label key', keyPlaceOf(file, e));
        const value = pstring(e.value) ?? '';
        check(value, labelValueProblem(value), 'use a valid label value', placeOf(file, e.value));
    }
    for (const item of pitems(pget(node, 'matchExpressions'))) {
        const keyNode = pget(item, 'key');
        const opNode = pget(item, 'operator');
        const valuesEntry = pentry(item, 'values');
        const key = pstring(keyNode);
        const operator = pstring(opNode);
        const values = pitems(valuesEntry?.value);
        const problem = labelSelectorProblem({ matchLabels: {}, matchExpressions: [{ key, operator, values: values.map((v) => pstring(v)) }] });
        if (problem) {
            const known = Object.hasOwn(OPERATOR_FIX, operator);
            const fix = known ? OPERATOR_FIX[operator] : 'use In, NotIn, Exists or DoesNotExist (case-sensitive)';
            check(operator, problem, fix, known && valuesEntry ? keyPlaceOf(file, valuesEntry) : placeOf(file, opNode));
            continue;
        }
        check(key, labelKeyProblem(key), 'use a valid label key', placeOf(file, keyNode));
        for (const v of values)
            check(pstring(v), labelValueProblem(pstring(v)), 'use a valid label value', placeOf(file, v));
    }
    return out;
}
/** Every selector of a Velero object: its own (labelSelector, orLabelSelectors[]) and its hook entries'. */
function selectorsOf(object) {
    const restore = object.kind === 'Restore';
    const out = [];
    const { single, or } = backupSelectors(object.spec);
    for (const s of [...(single ? [single] : []), ...or])
        out.push({ node: s.entry.value, where: restore ? 'restore' : 'backup' });
    for (const entry of hookResourceEntries(object.spec)) {
        const selector = pget(entry, 'labelSelector');
        if (selector)
            out.push({ node: selector, where: restore ? 'restoreHook' : 'backupHook', hook: describeHookEntry(object.file, entry) });
    }
    return out;
}
/* harmony default export */ const label_selector_invalid = (defineRule({
    meta: {
        id: 'label-selector-invalid',
        severity: 'error',
        docs: {
            summary: 'A label selector of a Backup, Schedule, Restore or of one of their hooks that Velero cannot parse (bad operator, `In` without values, invalid key or value).',
            description: 'Velero turns every selector into a `labels.Selector` with `metav1.LabelSelectorAsSelector`, which refuses an operator ' +
                'other than `In`, `NotIn`, `Exists`, `DoesNotExist` (case-sensitive), `In`/`NotIn` without values, `Exists`/' +
                '`DoesNotExist` with values, and label keys or values Kubernetes would not accept. The CRDs do not check any of it, so ' +
                'the object is created, and then (velero-plan-semantics.md §1.3, §2.3):\n\n' +
                '- a **Backup hook** selector: `getResourceHooks` fails and the Backup ends **`Failed`** before anything is backed up ' +
                '(pkg/backup/backup.go:246, `BackupWithResolvers`);\n' +
                '- a **Restore hook** selector: `GetRestoreHooksFromSpec` fails in `validateAndComplete` and the Restore ends ' +
                '**`FailedValidation`** (pkg/controller/restore_controller.go:350);\n' +
                '- the **Backup\'s own** `labelSelector`/`orLabelSelectors`: `FormatLabelSelector` gives `"<error>"`, every list call of ' +
                'the item collector fails (pkg/backup/item_collector.go `listResourceByLabelsPerNamespace`), so nothing is backed up and ' +
                'the Backup ends `PartiallyFailed`; a Schedule\'s Backups all do;\n' +
                '- the **Restore\'s own** selectors: `RestoreWithResolvers` returns the error before restoring anything ' +
                '(pkg/restore/restore.go:205-215) and the Restore ends `PartiallyFailed`.\n\n' +
                'In each case no hook runs. Selectors that are not plain data (templated) are left alone.',
            fix: 'Write the expression as Kubernetes expects: `operator` one of `In`, `NotIn`, `Exists`, `DoesNotExist`; `values` non-empty for `In`/`NotIn` and absent for `Exists`/`DoesNotExist`; label keys and values of at most 63 letters, digits, `-`, `_`, `.`.',
        },
        messages: {
            backup: 'Velero cannot use this selector of {{object}} ({{problem}}): every list call of the backup fails, so it backs up nothing, ends PartiallyFailed and runs no hook; {{fix}}.',
            restore: 'Velero cannot use this selector of {{object}} ({{problem}}): the Restore restores nothing, ends PartiallyFailed and runs no hook; {{fix}}.',
            backupHook: 'Velero cannot use the selector of {{hook}} in {{object}} ({{problem}}): the backup ends Failed before anything is backed up, and no hook runs; {{fix}}.',
            restoreHook: 'Velero cannot use the selector of {{hook}} in {{object}} ({{problem}}): the Restore ends FailedValidation, restores nothing and runs no hook; {{fix}}.',
        },
    },
    checkRepository(context) {
        for (const object of context.repo.velero) {
            for (const { node, where, hook } of selectorsOf(object)) {
                for (const fault of selectorFaults(object.file, node)) {
                    context.report({ messageId: where, data: { object: describeVeleroObject(object), hook: hook ?? '', problem: fault.problem, fix: fault.fix }, place: fault.place });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/label-selector-with-or-selectors.ts



/** A key that is set for Go: present and not null (`orLabelSelectors: []` is a non-nil slice). */
function setEntry(entry) {
    return entry && !(entry.value.kind === 'scalar' && entry.value.value === null) ? entry : undefined;
}
/* harmony default export */ const label_selector_with_or_selectors = (defineRule({
    meta: {
        id: 'label-selector-with-or-selectors',
        severity: 'error',
        docs: {
            summary: 'A Backup, Schedule or Restore sets both `labelSelector` and `orLabelSelectors`.',
            description: 'Velero accepts one of the two, never both: the Backup controller adds the validation error "encountered labelSelector ' +
                'as well as orLabelSelectors in backup spec, only one can be specified" (`prepareBackupRequest`, ' +
                'pkg/controller/backup_controller.go:615 on main, the same since v1.12), the Restore controller "… in restore spec …" ' +
                '(`validateAndComplete`, pkg/controller/restore_controller.go:339). The object ends `FailedValidation`: nothing is ' +
                'backed up or restored and no hook runs. A Schedule copies its `template` into every Backup it creates, so each of ' +
                'them fails (velero-plan-semantics.md §1.2, §1.9, §5 X24).\n\n' +
                'Go reads `orLabelSelectors: []` as a set (empty, non-nil) list, so an empty list next to `labelSelector` fails too; ' +
                '`null` does not. The finding is on the key written second.',
            fix: 'Keep one: move the `labelSelector` into `orLabelSelectors` as one more item (the lists are ORed), or remove `orLabelSelectors`.',
        },
        messages: {
            backup: 'Velero rejects {{object}}: it sets {{other}} (line {{line}}) and {{key}}, and "only one can be specified", so the Backup ends FailedValidation, backs up nothing and runs no hook; keep one of them (move labelSelector into orLabelSelectors as one more item).',
            schedule: 'Velero rejects every Backup that {{object}} creates: its template sets {{other}} (line {{line}}) and {{key}}, and "only one can be specified", so each Backup ends FailedValidation, backs up nothing and runs no hook; keep one of them (move labelSelector into orLabelSelectors as one more item).',
            restore: 'Velero rejects {{object}}: it sets {{other}} (line {{line}}) and {{key}}, and "only one can be specified", so the Restore ends FailedValidation, restores nothing and runs no hook; keep one of them (move labelSelector into orLabelSelectors as one more item).',
        },
    },
    checkRepository(context) {
        for (const object of context.repo.velero) {
            const single = setEntry(pentry(object.spec, 'labelSelector'));
            const or = setEntry(pentry(object.spec, 'orLabelSelectors'));
            if (!single || !or)
                continue;
            const second = laterEntry(single, or);
            const first = second === single ? or : single;
            const messageId = object.kind === 'Backup' ? 'backup' : object.kind === 'Schedule' ? 'schedule' : 'restore';
            context.report({
                messageId,
                data: { object: describeVeleroObject(object), key: second.key, other: first.key, line: first.keySpan.line },
                place: keyPlaceOf(object.file, second),
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/resource-filter-excludes-hooked-pods.ts





const ALL_FAMILIES = [...BACKUP_FAMILIES, ...RESTORE_FAMILIES];
/** The workloads whose annotations turn hooks on, indexed by namespace, with their hook families (read once a run). */
class HookedWorkloads {
    families = new Map();
    index;
    constructor(workloads) {
        for (const w of workloads) {
            const families = annotationHookFamilies(w, ALL_FAMILIES);
            if (families.length > 0)
                this.families.set(w, families);
        }
        this.index = new WorkloadIndex([...this.families.keys()]);
    }
}
/** "the pre-backup and restore init hooks of Deployment web in namespace shop (apps/web.yaml:3)". */
function describeHooks(w, families) {
    const labels = [...new Set(families.map((f) => FAMILY_LABEL[f].replace(/ hook$/, '')))];
    return `the ${boundedList(labels, labels.length)} hook${labels.length > 1 ? 's' : ''} of ${describeWorkload(w)}`;
}
/** A spec hook entry with hooks of a phase (a non-empty `pre`/`post`/`postHooks` list). */
function hasHooks(entry, phases) {
    return phases.some((p) => pitems(pget(entry, p)).length > 0);
}
/** The hooks a Backup or Schedule would run (or leave to Restores) in the pods it would take but for its resource filters. */
function backupHooks(object, hooked, version) {
    const out = [];
    for (const entry of hookResourceEntries(object.spec)) {
        const inc = readList(entry, 'includedResources');
        const exc = readList(entry, 'excludedResources');
        // An entry that leaves pods out itself is backup-spec-hooks-skip-pods's finding.
        if (inc.known && exc.known && resourceFiltersIncludePods(inc.values, exc.values) && hasHooks(entry, ['pre', 'post']))
            out.push(describeHookEntry(object.file, entry));
    }
    const spec = withoutResourceFilters(object.spec);
    const takes = backupTaker(spec, version);
    for (const w of hooked.index.candidates(readList(spec, 'includedNamespaces').values, readList(spec, 'excludedNamespaces').values)) {
        if (takes(w) === 'yes')
            out.push(describeHooks(w, hooked.families.get(w)));
    }
    return out;
}
/** The hooks a Restore would run in the pods it would restore but for its resource filters. */
function restoreHooks(object, hooked, objects, version) {
    const out = [];
    for (const entry of hookResourceEntries(object.spec))
        if (hasHooks(entry, ['postHooks']))
            out.push(describeHookEntry(object.file, entry));
    const source = restoreSource(object, objects);
    const restores = restoreTakerIgnoringResources(object);
    // Pods its source Backup does not hold are not this filter's doing.
    const backedUp = source ? backupTaker(source.spec, version) : () => 'yes';
    for (const w of hooked.index.candidates(readList(object.spec, 'includedNamespaces').values, readList(object.spec, 'excludedNamespaces').values)) {
        const families = hooked.families.get(w).filter((f) => RESTORE_FAMILIES.includes(f));
        if (families.length > 0 && restores(w) === 'yes' && backedUp(w) === 'yes')
            out.push(describeHooks(w, families));
    }
    return out;
}
/* harmony default export */ const resource_filter_excludes_hooked_pods = (defineRule({
    meta: {
        id: 'resource-filter-excludes-hooked-pods',
        severity: 'error',
        docs: {
            summary: "A Backup, Schedule or Restore whose own resource filters leave out pods, while hooks exist for the pods it would take.",
            description: 'Hooks run only in Pod objects: a backup hook in a pod the Backup backs up, a restore hook (init container or exec) ' +
                'in a pod the Restore itself creates (velero-plan-semantics.md §1.2, §2.2, §3.1). `excludedResources: [pods]`, or ' +
                '`includedResources` (or a Backup\'s `includedNamespaceScopedResources`) without pods, drops every pod: the item ' +
                'collector never lists them (`ShouldInclude("pods")` in `getResourceItems`, pkg/backup/item_collector.go, and ' +
                '`restoreItem`, pkg/restore/restore.go). Then none of the hooks written for those pods runs, and Velero says nothing ' +
                'about it. A Backup without pods also leaves its Restores no pods to run restore hooks in; a Restore of "deployments ' +
                'only" lets controllers create fresh pods that never get init containers or exec hooks (§5 X07, X17).\n\n' +
                'The rule reports the filter when the repository proves both sides: hook annotations on workloads the object would ' +
                'otherwise take (namespace and label filters, as Velero applies them for the targeted version), or hooks in its own ' +
                '`spec.hooks` (a Backup hook entry that itself leaves out pods is `backup-spec-hooks-skip-pods`\'s finding). It names ' +
                'the first few hooks and how many more there are.',
            fix: 'Let pods through: remove `pods` from `excludedResources`, or add `pods` to `includedResources` (or drop the list). If leaving pods out is intended, remove the hooks that can never run.',
        },
        messages: {
            backupExcluded: '{{object}} backs up no pods because {{key}} lists "{{item}}", and hooks run only in backed-up pods (restore hooks only in pods the backup holds): Velero never runs {{hooks}}; remove "{{item}}" from {{key}}.',
            backupNotIncluded: '{{object}} backs up no pods because {{key}} leaves them out, and hooks run only in backed-up pods (restore hooks only in pods the backup holds): Velero never runs {{hooks}}; add "pods" to {{key}} or remove the list.',
            restoreExcluded: '{{object}} restores no pods because {{key}} lists "{{item}}", and Velero injects init containers and runs exec hooks only in pods it restores itself (never in pods controllers create later): it never runs {{hooks}}; remove "{{item}}" from {{key}}.',
            restoreNotIncluded: '{{object}} restores no pods because {{key}} leaves them out, and Velero injects init containers and runs exec hooks only in pods it restores itself (never in pods controllers create later): it never runs {{hooks}}; add "pods" to {{key}} or remove the list.',
        },
    },
    checkRepository(context) {
        let workloads;
        const hooked = () => (workloads ??= new HookedWorkloads(context.repo.workloads));
        for (const object of context.repo.velero) {
            const filter = podFilterPlace(object);
            if (!filter)
                continue;
            const restore = object.kind === 'Restore';
            const hooks = restore ? restoreHooks(object, hooked(), context.repo.velero, context.veleroVersion) : backupHooks(object, hooked(), context.veleroVersion);
            if (hooks.length === 0)
                continue;
            const messageId = restore ? (filter.item !== undefined ? 'restoreExcluded' : 'restoreNotIncluded') : filter.item !== undefined ? 'backupExcluded' : 'backupNotIncluded';
            context.report({ messageId, data: { object: describeVeleroObject(object), key: filter.key, item: filter.item ?? '', hooks: boundedList(hooks) }, place: filter.place });
        }
    },
}));

;// CONCATENATED MODULE: ./src/velero/init-hook.ts
/**
 * Velero's own decision for a pod's restore init hook annotations: a port of
 * getInitContainerFromAnnotation (internal/hook/item_hook_handler.go, lines 413-443, the same at
 * v1.18.2 and on main at d2241adb). Whether a hook is injected, and what, is decided here and
 * nowhere else: never by which lint rules are enabled.
 *
 * What Velero reads (a Go map lookup, so a missing key reads as ""):
 *
 *   containerImage := annotations[podRestoreHookInitContainerImageAnnotationKey]
 *   containerName  := annotations[podRestoreHookInitContainerNameAnnotationKey]
 *   command        := annotations[podRestoreHookInitContainerCommandAnnotationKey]
 *   if containerImage == "" { return nil }                       // no hook: nothing is injected
 *   if containerName == "" { containerName = "velero-restore-init-" + 8 hex digits of a new UUID }
 *   initContainer := corev1api.Container{Image: containerImage, Name: containerName,
 *                                        Command: parseStringToCommand(command)}
 *
 * So Velero's container has exactly three fields: name, image and command (Command is
 * `json:"command,omitempty"`, so an empty argv, from `[]`, leaves it out). No imagePullPolicy, no
 * volumeMounts, no resources: the API server defaults the rest (imagePullPolicy Always for `:latest`
 * or no tag, IfNotPresent otherwise). HandleRestoreHooks puts it after a `restore-wait` container
 * at index 0, else first, before the pod's own init containers.
 *
 * parseStringToCommand reads `commandValue[0]` without a length check, so an image with a missing
 * or empty command panics (index out of range) at v1.18.2 and on main at d2241adb; velero#10371
 * (merged later) makes it the image's entrypoint.
 */


/**
 * Velero's decision for one pod. `annotation(key)` returns the annotation's string value, or ""
 * when it is absent (as Go's map lookup does; a YAML `key:` with no value also reaches Velero as "").
 */
function veleroInitDecision(annotation, options = {}) {
    const image = annotation(key('init', 'container-image'));
    if (image === '')
        return { kind: 'none' };
    const command = parseStringToCommand(annotation(key('init', 'command')));
    if (command.kind === 'empty' && (options.emptyCommand ?? 'panics') === 'panics')
        return { kind: 'panics' };
    const argv = command.kind === 'empty' ? [] : command.argv;
    const name = annotation(key('init', 'container-name'));
    const container = {
        name: name === '' ? DEFAULT_INIT_HOOK_NAME : name,
        image,
        ...(argv.length > 0 ? { command: argv } : {}),
    };
    return { kind: 'inject', container, generatedName: name === '' };
}

;// CONCATENATED MODULE: ./src/engine/hook-plan-validation.ts
/**
 * Why Velero refuses a Backup, Schedule template or Restore before any hook runs, for the hook
 * plan's `invalid`: the object then ends FailedValidation (or Failed), nothing is backed up or
 * restored and no hook runs; the plan still lists what it would do once fixed.
 *
 * - labelSelector and orLabelSelectors both set: backup_controller.go `prepareBackupRequest`
 *   ("encountered labelSelector as well as orLabelSelectors in backup spec, only one can be
 *   specified") and restore_controller.go `validateAndComplete` (same for restore spec), v1.18.2;
 * - a Restore with both or neither of backupName and scheduleName (`backupXorScheduleProvided`);
 * - a spec hook's labelSelector that LabelSelectorAsSelector refuses (backup: getResourceHooks fails
 *   the Backup; restore: GetRestoreHooksFromSpec adds a validation error), §1.3, §2.3;
 * - a Restore init container that ValidateContainer refuses (§2.4).
 */


const isSet = (spec, key) => {
    const entry = pentry(spec, key);
    return entry !== undefined && !(entry.value.kind === 'scalar' && entry.value.value === null);
};
function selectorsProblem(o) {
    if (!isSet(o.spec, 'labelSelector') || !isSet(o.spec, 'orLabelSelectors'))
        return undefined;
    return `${describeVeleroObject(o)} sets both labelSelector and orLabelSelectors, so Velero fails its validation`;
}
function hookSelectorProblem(o) {
    for (const entry of hookResourceEntries(o.spec)) {
        const problem = readSelectorEntry(pentry(entry, 'labelSelector'))?.problem;
        if (problem) {
            const name = pstring(pget(entry, 'name'));
            const at = placeOf(o.file, pget(entry, 'labelSelector'));
            return `${describeVeleroObject(o)} has a hook${name ? ` "${name}"` : ''} whose labelSelector Velero cannot use (${problem}, ${at.file}:${at.span.line}), so Velero fails it`;
        }
    }
    return undefined;
}
/** The first init container of a Restore that Velero's ValidateContainer refuses. */
function restoreInitContainerProblem(restore) {
    for (const entry of hookResourceEntries(restore.spec)) {
        for (const item of pitems(pget(entry, 'postHooks'))) {
            const init = pentry(item, 'init');
            if (init?.value.kind !== 'map')
                continue;
            for (const node of pitems(pget(init.value, 'initContainers'))) {
                const problem = validateContainerProblem(node);
                if (problem) {
                    const at = placeOf(restore.file, node);
                    return `${describeVeleroObject(restore)} fails validation, so Velero restores nothing with it: its init container at ${at.file}:${at.span.line} is refused (${problem})`;
                }
            }
        }
    }
    return undefined;
}
function backupValidationProblem(o) {
    return selectorsProblem(o) ?? hookSelectorProblem(o);
}
function restoreValidationProblem(restore) {
    const backupName = pstring(pget(restore.spec, 'backupName')) || undefined;
    const scheduleName = pstring(pget(restore.spec, 'scheduleName')) || undefined;
    if ((backupName === undefined) === (scheduleName === undefined)) {
        const which = backupName === undefined ? 'neither backupName nor scheduleName' : 'both backupName and scheduleName';
        return `${describeVeleroObject(restore)} names ${which}, so Velero fails its validation`;
    }
    return selectorsProblem(restore) ?? hookSelectorProblem(restore) ?? restoreInitContainerProblem(restore);
}
/** corev1.Container's JSON fields by the JSON type Go decodes them into (k8s.io/api core/v1 types.go). */
const CONTAINER_FIELDS = {
    name: 'string',
    image: 'string',
    command: 'strings',
    args: 'strings',
    workingDir: 'string',
    ports: 'maps',
    envFrom: 'maps',
    env: 'maps',
    resources: 'map',
    resizePolicy: 'maps',
    restartPolicy: 'string',
    restartPolicyRules: 'maps',
    volumeMounts: 'maps',
    volumeDevices: 'maps',
    livenessProbe: 'map',
    readinessProbe: 'map',
    startupProbe: 'map',
    lifecycle: 'map',
    terminationMessagePath: 'string',
    terminationMessagePolicy: 'string',
    imagePullPolicy: 'string',
    securityContext: 'map',
    stdin: 'bool',
    stdinOnce: 'bool',
    tty: 'bool',
};
/** The entry Go's encoding/json decodes a struct field from: the exact key, else one equal under case folding. */
function goJsonEntry(node, field) {
    if (node?.kind !== 'map')
        return undefined;
    const exact = pentry(node, field);
    if (exact)
        return exact;
    const folded = field.toLowerCase();
    return node.entries.find((e) => e.key.toLowerCase() === folded);
}
function hasGoType(node, type) {
    if (node.kind === 'scalar' && node.value === null)
        return true; // JSON null leaves the field empty
    switch (type) {
        case 'string':
            return node.kind === 'scalar' && node.isString;
        case 'bool':
            return node.kind === 'scalar' && typeof node.value === 'boolean';
        case 'strings':
            return pstrings(node) !== undefined;
        case 'map':
            return node.kind === 'map';
        case 'maps':
            return node.kind === 'seq' && node.items.every((i) => i.kind === 'map' || (i.kind === 'scalar' && i.value === null));
    }
}
/**
 * Why Velero's ValidateContainer refuses a spec init container (internal/hook/item_hook_handler.go):
 * json.Unmarshal into a corev1.Container fails (a field of the wrong JSON type; keys match
 * case-insensitively, unknown keys are ignored), or name, image or a non-empty command is missing.
 * The Restore then fails validation. Types are checked one level deep.
 */
function validateContainerProblem(node) {
    if (node.kind !== 'map')
        return 'it is not a mapping, so it does not decode as a container';
    for (const [field, type] of Object.entries(CONTAINER_FIELDS)) {
        const entry = goJsonEntry(node, field);
        if (entry && !hasGoType(entry.value, type))
            return `its ${field} is not ${GO_TYPE_WORDS[type]}, so it does not decode as a container`;
    }
    const text = (field) => pstring(goJsonEntry(node, field)?.value);
    if (!text('name') || !text('image') || (pstrings(goJsonEntry(node, 'command')?.value) ?? []).length === 0) {
        return "it doesn't have Command, Name or Image field";
    }
    return undefined;
}
const GO_TYPE_WORDS = { string: 'a string', strings: 'a list of strings', maps: 'a list of mappings', map: 'a mapping', bool: 'true or false' };

;// CONCATENATED MODULE: ./src/engine/hook-plan-values.ts
/**
 * Hook values as Velero applies them, for the hook plan: on-error modes, exec and wait timeouts,
 * wait-for-ready, default containers, and a pod's annotations read as Velero reads them (Go map
 * lookups, a missing key is ""). Sources: internal/hook/item_hook_handler.go (getPodExecHookFromAnnotations,
 * getPodExecRestoreHookFromAnnotations, GroupRestoreExecHooks), pkg/podexec/pod_command_executor.go
 * (ExecutePodCommand), internal/hook/wait_exec_hook_handler.go (maxHookWait), at v1.18.2 and main.
 */


/** A pod's annotations as Velero reads them: a missing key (or a value that is not a string) is "". */
class PodAnnotations {
    byKey = new Map();
    constructor(workload) {
        for (const a of workload.annotations)
            this.byKey.set(a.key, a);
    }
    value(key) {
        return this.byKey.get(key)?.value ?? '';
    }
    fact(key) {
        return this.byKey.get(key);
    }
}
/**
 * The mode Velero acts on: only exactly "Fail" stops (HandleHooks, wait_exec_hook_handler.go);
 * "" and anything else Velero drops to "" behave as Continue. Defaulted unless written as
 * "Continue" or "Fail" (the CRD enum refuses other spellings in a spec).
 */
function appliedOnError(written) {
    return { value: written === 'Fail' ? 'Fail' : 'Continue', defaulted: written !== 'Fail' && written !== 'Continue' };
}
/** A spec duration (metav1.Duration, decoded with time.ParseDuration) or annotation value, in nanoseconds; undefined when absent or unparsable. */
function durationOf(written) {
    if (written === undefined || written === '')
        return undefined;
    const parsed = parseGoDuration(written);
    return parsed.ok ? parsed.exact : undefined;
}
/**
 * The exec timeout ExecutePodCommand applies: 0 (absent, unparsable: Velero warns and uses 0) → 30s;
 * negative → no timeout up to v1.18.2, 30s on main; over 4h → 4h on main only.
 */
function appliedExecTimeout(written, version) {
    const ns = durationOf(written);
    const fallback = { value: formatGoDuration(BigInt(DEFAULT_EXEC_TIMEOUT_NS)), defaulted: true };
    if (ns === undefined || ns === 0n)
        return fallback;
    const bounded = execTimeoutBoundedOnMain(version);
    if (ns < 0n)
        return bounded ? fallback : { value: 'none', defaulted: false };
    if (bounded && ns > BigInt(MAX_HOOK_TIMEOUT_NS))
        return { value: formatGoDuration(BigInt(MAX_HOOK_TIMEOUT_NS)), defaulted: true };
    return { value: formatGoDuration(ns), defaulted: false };
}
/**
 * The restore wait timeout: 0 (absent, unparsable) waits without a limit ("none"); a negative one
 * makes the hook expire at once (the pod watch itself then has no limit: maxHookWait), shown as written.
 */
function appliedWaitTimeout(written) {
    const ns = durationOf(written);
    if (ns === undefined)
        return { value: 'none', defaulted: true };
    if (ns === 0n)
        return { value: 'none', defaulted: false };
    return { value: formatGoDuration(ns), defaulted: false };
}
/** wait-for-ready: read since v1.13 (readsWaitForReady); unset, unparsable or older → false. */
function appliedWaitForReady(written, version) {
    if (written === undefined || written === '')
        return { value: false, defaulted: true };
    if (!readsWaitForReady(version))
        return { value: false, defaulted: true };
    const value = typeof written === 'boolean' ? written : parseGoBool(written);
    return value === undefined ? { value: false, defaulted: true } : { value, defaulted: false };
}
/** The container a hook runs in: as written, or the pod's first container (undefined when unknown). */
function appliedContainer(written, w) {
    if (written !== undefined && written !== '')
        return { value: written, defaulted: false };
    return { value: w.containersKnown ? w.containers[0]?.name : undefined, defaulted: true };
}
/** A scalar's text for duration fields: strings as written; anything else (a number, a map) cannot decode. */
function scalarText(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return undefined;
    return node.isString ? node.value : '\u0000not-a-duration';
}
/** A positioned plain node as JSON data (the spec's init containers, copied as written). */
function toJson(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toJson);
    const out = {};
    // defineProperty: a key such as "__proto__" stays an own field, as JSON has it.
    for (const e of node.entries)
        Object.defineProperty(out, e.key, { value: toJson(e.value), enumerable: true, writable: true, configurable: true });
    return out;
}
/** Velero's order: namespaces sorted, then names (an API list is by name); unknown last. */
function veleroOrder(a, b) {
    return compareOptional(a.namespace, b.namespace) || compareOptional(a.name, b.name);
}
function compareOptional(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1;
    if (b === undefined)
        return -1;
    return a < b ? -1 : 1;
}
/** The names of the values Velero defaulted, in the order given. */
function defaultedOf(values) {
    return Object.keys(values).filter((k) => values[k].defaulted);
}
/**
 * What one plan build makes once and shares: a pod's annotations and annotation hooks (the same in
 * every Backup and Restore), and a spec hook as one pod sees it (the same for every pod with the same
 * first container). A 10,000-workload repository planned against 200 Backups then holds one hook
 * object per distinct hook, not one per pod and Backup.
 */
class PlanMemo {
    version;
    annotations = new WeakMap();
    values = new WeakMap();
    constructor(version) {
        this.version = version;
    }
    annotationsOf(w) {
        let a = this.annotations.get(w);
        if (!a)
            this.annotations.set(w, (a = new PodAnnotations(w)));
        return a;
    }
    /** The value for (owner, key), made by `make` the first time. */
    once(owner, key, make) {
        let map = this.values.get(owner);
        if (!map)
            this.values.set(owner, (map = new Map()));
        if (map.has(key))
            return map.get(key);
        const value = make();
        map.set(key, value);
        return value;
    }
}
/** The part of a pod a spec hook's applied values depend on (its default container), as a memo key. */
function defaultContainerKey(w) {
    return w.containersKnown ? `=${w.containers[0]?.name ?? ''}` : '?';
}
const NONE = Object.freeze([]);
/**
 * Lists joined without copying when only one is not empty (the usual case: one entry matches), so
 * pods share their memoized hook lists.
 */
class Concat {
    only;
    joined;
    add(list) {
        if (list.length === 0)
            return;
        if (this.joined)
            this.joined.push(...list);
        else if (this.only)
            this.joined = [...this.only, ...list];
        else
            this.only = list;
    }
    result() {
        return this.joined ?? this.only ?? NONE;
    }
}

;// CONCATENATED MODULE: ./src/engine/hook-plan-restore.ts
/**
 * The Restore half of the hook plan (velero-plan-semantics.md §2, §3, §7): which backed-up pods a
 * Restore restores and where, the init containers Velero injects into them (annotation, else every
 * matching spec init hook, §2.4) and the exec hooks it runs (annotation, else every matching spec
 * exec hook, grouped by container, §2.5).
 */








function planRestores(repo, context) {
    return repo.velero.filter((o) => o.kind === 'Restore').map((restore) => planRestore(restore, repo.velero, context));
}
/** What one Restore restores and runs. */
function planRestore(restore, objects, context) {
    const backupName = pstring(pget(restore.spec, 'backupName')) || undefined;
    const scheduleName = pstring(pget(restore.spec, 'scheduleName')) || undefined;
    const backup = backupName ?? scheduleName;
    const source = restoreSource(restore, objects);
    const reading = { restore, entries: hookResourceEntries(restore.spec), backupName, created: createdLabels(restore, backupName), memo: context.memo, mapping: namespaceMapping(restore) };
    const pods = restoredWorkloads(restore, source, backup, context).map(({ workload, certainty }) => planRestorePod(reading, workload, certainty));
    const invalid = restoreValidationProblem(restore);
    return { object: restore, backup, source, pods, ...(invalid ? { invalid } : {}) };
}
/** The entry's selection test, read once. */
function entryFilter(reading, entry) {
    return reading.memo.once(entry, 'filter', () => hookEntryFilter(entry, 'restore'));
}
/** The source's pods the Restore takes; without a source in the repository, every workload its filters may take. */
function restoredWorkloads(restore, source, backup, context) {
    let base;
    if (source)
        base = context.backups.get(source)?.pods ?? [];
    else if (backup === undefined)
        return [];
    else {
        const inc = readList(restore.spec, 'includedNamespaces');
        const exc = readList(restore.spec, 'excludedNamespaces');
        const candidates = inc.known && exc.known ? context.index.candidates(inc.values, exc.values) : [...context.index.all];
        base = candidates.sort(veleroOrder).map((workload) => ({ workload, certainty: 'unknown' }));
    }
    const out = [];
    const takes = restoreFilter(restore);
    for (const { workload, certainty } of base) {
        if (workload.kind === 'CronJob')
            continue; // its pods are never restored as such (§3.2)
        const take = takes(workload);
        if (take.takes === 'no')
            continue;
        out.push({ workload, certainty: certainty === 'yes' && take.takes === 'yes' ? 'yes' : 'unknown' });
    }
    return out;
}
function planRestorePod(reading, w, certainty) {
    const target = w.namespace === undefined ? undefined : (reading.mapping[w.namespace] ?? w.namespace);
    const annotations = reading.memo.annotationsOf(w);
    const notes = w.kind === 'Job' ? JOB_NOTES : NONE;
    const init = initContainersOf(reading, w, target, annotations);
    if (init.panics) {
        return { workload: w, certainty, targetNamespace: target, initContainers: NONE, exec: NONE, hidden: init.hidden, notes: [...notes, 'init-command-panics'] };
    }
    const exec = hook_plan_restore_execHooksOf(reading, w, target, annotations);
    const hidden = init.hidden.length === 0 ? exec.hidden : exec.hidden.length === 0 ? init.hidden : [...init.hidden, ...exec.hidden];
    return { workload: w, certainty, targetNamespace: target, initContainers: init.containers, exec: exec.hooks, hidden, notes };
}
const JOB_NOTES = Object.freeze(['job-template']);
// ---------------------------------------------------------------------------------------------
// Init containers (§2.4): the annotation's, else every matching entry's, in resources/postHooks/initContainers order.
function initContainersOf(reading, w, target, annotations) {
    const spec = specInitContainers(reading, w, target);
    const annotation = reading.memo.once(w, 'init', () => annotationInit(reading.memo.version, annotations));
    if (!annotation)
        return { containers: spec.containers, hidden: NONE, panics: false };
    const hidden = spec.hooks.length === 0 ? NONE : spec.hooks.map((h) => ({ family: 'init', ...h }));
    if (annotation === 'panics')
        return { containers: NONE, hidden, panics: true };
    return { containers: annotation, hidden, panics: false };
}
/** The annotation's init container (velero/init-hook.ts, as render injects it), 'panics', or undefined when none. */
function annotationInit(version, annotations) {
    const emptyCommand = emptyInitCommandPanics(version) ? 'panics' : 'entrypoint';
    const decision = veleroInitDecision((k) => annotations.value(k), { emptyCommand });
    if (decision.kind === 'none')
        return undefined;
    if (decision.kind === 'panics')
        return 'panics';
    const container = {
        source: 'annotation',
        name: decision.container.name,
        image: decision.container.image,
        command: decision.container.command ?? [],
        place: annotations.fact(key('init', 'container-image')).keyPlace,
        container: { ...decision.container },
        defaulted: decision.generatedName ? ['name'] : [],
        certainty: 'yes',
    };
    return [container];
}
function specInitContainers(reading, w, target) {
    const containers = new Concat();
    const hooks = new Concat();
    for (const entry of reading.entries) {
        // Init hooks match the target namespace and the backed-up labels (§2.3).
        const selects = entryFilter(reading, entry)(w, target);
        if (selects === 'no')
            continue;
        // The same for every pod the entry selects: spec init containers do not depend on the pod.
        const made = reading.memo.once(entry, `init${selects}`, () => entryInitContainers(reading.restore.file, entry, selects));
        hooks.add(made.hooks);
        containers.add(made.containers);
    }
    return { containers: containers.result(), hooks: hooks.result() };
}
function entryInitContainers(file, entry, selects) {
    const containers = [];
    const hooks = [];
    const hookName = pstring(pget(entry, 'name'));
    const named = hookName !== undefined ? { hookName } : {};
    for (const item of pitems(pget(entry, 'postHooks'))) {
        const initEntry = pentry(item, 'init');
        if (initEntry?.value.kind !== 'map')
            continue;
        hooks.push({ place: keyPlaceOf(file, initEntry), ...named });
        for (const node of pitems(pget(initEntry.value, 'initContainers')))
            containers.push(specInitContainer(file, node, named, selects));
    }
    return { containers, hooks };
}
function specInitContainer(file, node, named, certainty) {
    const json = toJson(node);
    const invalid = validateContainerProblem(node);
    return {
        source: 'spec',
        name: pstring(goJsonEntry(node, 'name')?.value) ?? '',
        image: pstring(goJsonEntry(node, 'image')?.value),
        command: pstrings(goJsonEntry(node, 'command')?.value) ?? [],
        place: placeOf(file, node),
        ...(json !== null && typeof json === 'object' && !Array.isArray(json) ? { container: json } : {}),
        defaulted: [],
        ...(invalid ? { invalid } : {}),
        ...named,
        certainty,
    };
}
// ---------------------------------------------------------------------------------------------
// Exec hooks (§2.5): the annotation's, else every matching entry's, grouped by container.
function hook_plan_restore_execHooksOf(reading, w, target, annotations) {
    // GroupRestoreExecHooks returns nothing for a pod without containers.
    if (w.containersKnown && w.containers.length === 0)
        return { hooks: NONE, hidden: NONE };
    const spec = specExecHooks(reading, w, target);
    const memo = reading.memo;
    const fromAnnotation = memo.once(w, 'exec', () => annotationExecHook(memo.version, w, annotations));
    if (!fromAnnotation)
        return { hooks: groupByContainer(spec), hidden: NONE };
    const hidden = spec.length === 0 ? NONE : spec.map((h) => ({ family: 'exec', place: h.place, ...(h.hookName !== undefined ? { hookName: h.hookName } : {}) }));
    return { hooks: memo.once(w, 'exec-run', () => [fromAnnotation]), hidden };
}
function annotationExecHook(version, w, annotations) {
    if (!hookIsBuilt('post-restore', (k) => annotations.fact(k)?.value))
        return undefined;
    const commandKey = key('post-restore', 'command');
    const parsed = parseStringToCommand(annotations.value(commandKey));
    const container = appliedContainer(annotations.value(key('post-restore', 'container')), w);
    const onError = appliedOnError(annotations.value(key('post-restore', 'on-error')));
    const execTimeout = appliedExecTimeout(annotations.value(key('post-restore', 'exec-timeout')), version);
    const waitTimeout = appliedWaitTimeout(annotations.value(key('post-restore', 'wait-timeout')));
    const waitForReady = appliedWaitForReady(annotations.value(key('post-restore', 'wait-for-ready')), version);
    return {
        source: 'annotation',
        container: container.value,
        command: parsed.kind === 'empty' ? [] : parsed.argv,
        onError: onError.value,
        execTimeout: execTimeout.value,
        waitTimeout: waitTimeout.value,
        waitForReady: waitForReady.value,
        defaulted: defaultedOf({ container, onError, execTimeout, waitTimeout, waitForReady }),
        place: annotations.fact(commandKey).keyPlace,
        certainty: 'yes',
    };
}
const BACKUP_NAME_LABEL = 'velero.io/backup-name';
const RESTORE_NAME_LABEL = 'velero.io/restore-name';
/**
 * Exec hooks match the created pod's labels: the backed-up ones plus velero.io/backup-name and
 * velero.io/restore-name (§2.3). A selector on one of those whose value the repository does not
 * know (a schedule's generated backup name, a name over 63 characters that Velero shortens) is 'unknown'.
 */
function createdLabels(restore, backupName) {
    const extra = {};
    const unknown = [];
    for (const [label, value] of [
        [BACKUP_NAME_LABEL, backupName],
        [RESTORE_NAME_LABEL, restore.name],
    ]) {
        if (value !== undefined && value.length <= 63)
            extra[label] = value;
        else
            unknown.push(label);
    }
    return { extra, unknown };
}
function execSelects(reading, entry, w, target) {
    const { extra, unknown } = reading.created;
    const selects = entryFilter(reading, entry)(w, target, extra);
    if (selects !== 'no' || unknown.length === 0)
        return selects;
    const selector = pget(entry, 'labelSelector');
    const text = selector ? JSON.stringify(toJson(selector)) : '';
    return unknown.some((label) => text.includes(JSON.stringify(label))) ? 'unknown' : 'no';
}
function specExecHooks(reading, w, target) {
    const out = new Concat();
    for (const entry of reading.entries) {
        const selects = execSelects(reading, entry, w, target);
        if (selects === 'no')
            continue;
        out.add(reading.memo.once(entry, `exec${selects}${defaultContainerKey(w)}`, () => entryExecHooks(reading, entry, w, selects)));
    }
    return out.result();
}
function entryExecHooks(reading, entry, w, certainty) {
    const out = [];
    const hookName = pstring(pget(entry, 'name'));
    pitems(pget(entry, 'postHooks')).forEach((item, postHookIndex) => {
        const execEntry = pentry(item, 'exec');
        if (execEntry?.value.kind !== 'map')
            return;
        const hook = specExecHook(reading, execEntry.value, w);
        out.push({ ...hook, place: keyPlaceOf(reading.restore.file, execEntry), ...(hookName !== undefined ? { hookName } : {}), postHookIndex, certainty });
    });
    return out;
}
function specExecHook(reading, exec, w) {
    const container = appliedContainer(pstring(pget(exec, 'container')), w);
    const onError = appliedOnError(pstring(pget(exec, 'onError')));
    const execTimeout = appliedExecTimeout(scalarText(pget(exec, 'execTimeout')), reading.memo.version);
    const waitTimeout = appliedWaitTimeout(scalarText(pget(exec, 'waitTimeout')));
    const ready = pget(exec, 'waitForReady');
    const written = ready?.kind === 'scalar' && ready.value !== null ? (typeof ready.value === 'boolean' ? ready.value : '\u0000not-a-bool') : undefined;
    const waitForReady = appliedWaitForReady(written, reading.memo.version);
    return {
        source: 'spec',
        container: container.value,
        command: pstrings(pget(exec, 'command')) ?? [],
        onError: onError.value,
        execTimeout: execTimeout.value,
        waitTimeout: waitTimeout.value,
        waitForReady: waitForReady.value,
        defaulted: defaultedOf({ container, onError, execTimeout, waitTimeout, waitForReady }),
    };
}
/**
 * GroupRestoreExecHooks: hooks grouped by container, each group in resources/postHooks order.
 * Velero runs the groups as their containers start (map order): the plan lists them by first appearance.
 */
function groupByContainer(hooks) {
    if (hooks.length < 2)
        return hooks;
    const groups = new Map();
    for (const hook of hooks) {
        const group = groups.get(hook.container);
        if (group)
            group.push(hook);
        else
            groups.set(hook.container, [hook]);
    }
    return [...groups.values()].flat();
}

;// CONCATENATED MODULE: ./src/engine/hook-plan.ts
/**
 * The hook plan (hook-plan-types.ts) from the repository model, for one Velero version: which pods
 * every Backup and Schedule takes and the pre/post hooks each gets, in Velero's order
 * (velero-plan-semantics.md §1.2–§1.9, §7); Restores are planned in hook-plan-restore.ts.
 *
 * Linear in the repository: each Backup tests only the workloads of the namespaces it can reach
 * (WorkloadIndex), and shared-PVC pulls go through a claim index, never pods × pods.
 */










const plans = new WeakMap();
/** The plan of a repository model for a version, built once and shared (rules and the plan command ask for the same). */
function hookPlanOf(repo, version) {
    let byVersion = plans.get(repo);
    if (!byVersion)
        plans.set(repo, (byVersion = new Map()));
    const key = formatVersion(version);
    let plan = byVersion.get(key);
    if (!plan)
        byVersion.set(key, (plan = buildHookPlan(repo, version)));
    return plan;
}
function buildHookPlan(repo, version) {
    const index = new WorkloadIndex(repo.workloads);
    const memo = new PlanMemo(version);
    const backups = new Map();
    for (const object of repo.velero)
        if (object.kind !== 'Restore')
            backups.set(object, planBackup(object, index, memo));
    const restores = planRestores(repo, { index, memo, backups });
    return { backups: [...backups.values()], restores };
}
/** One Backup, or a Schedule as the Backups its template makes (§1.9). */
function planBackup(object, index, memo) {
    const entries = hookResourceEntries(object.spec);
    const pods = takenPods(object.spec, index, memo.version).map((taken) => backupPodOf(taken, object.file, entries, memo));
    const invalid = backupValidationProblem(object);
    return { object, pods, ...(invalid ? { invalid } : {}) };
}
/** Workloads of the namespaces a Backup can reach (a superset: backupTakes decides). */
function backupCandidates(spec, index, version) {
    const inc = readList(spec, 'includedNamespaces');
    const exc = readList(spec, 'excludedNamespaces');
    if (!inc.known || !exc.known)
        return index.all;
    // Up to v1.17 names are literal: a glob exclude excludes nothing, so only includes narrow.
    return index.candidates(inc.values, backupNamespaceGlobsExpanded(version) ? exc.values : undefined);
}
function takenPods(spec, index, version) {
    const selected = new Map();
    const missedByLabels = [];
    const takes = backupFilter(spec, version);
    for (const workload of backupCandidates(spec, index, version)) {
        const take = takes(workload);
        if (take.takes !== 'no')
            selected.set(workload, { workload, certainty: take.takes, via: 'selector' });
        else if (take.reason === 'labels')
            missedByLabels.push(workload);
    }
    if (sharedPvcPullsPods(version) && missedByLabels.length > 0) {
        const claims = backupIncludesClaims(spec);
        if (claims !== 'no')
            pullSharedClaims(selected, missedByLabels, claims === 'yes' && backupIncludesPods(spec) === 'yes', spec, version);
    }
    return [...selected.values()].sort((a, b) => veleroOrder(a.workload, b.workload));
}
const CLAIM_NAMES = new Set(['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc']);
/** Whether the Backup's resource filters keep PVCs (without them no PVC ItemBlockAction runs). */
function backupIncludesClaims(spec) {
    const old = pentry(spec, 'includedResources') !== undefined || pentry(spec, 'excludedResources') !== undefined;
    const inc = readList(spec, old ? 'includedResources' : 'includedNamespaceScopedResources');
    const exc = readList(spec, old ? 'excludedResources' : 'excludedNamespaceScopedResources');
    if (!inc.known || !exc.known)
        return 'unknown';
    const resolve = (name) => (CLAIM_NAMES.has(name.toLowerCase()) ? 'persistentvolumeclaims' : name.toLowerCase());
    const excludes = exc.values?.map(resolve).filter((e) => e !== '*');
    return includesExcludes(inc.values?.map(resolve), excludes, 'persistentvolumeclaims') ? 'yes' : 'no';
}
function claimsOf(w) {
    if (w.namespace === undefined)
        return [];
    return [...new Set(w.volumes.map((v) => v.claimName).filter((c) => c !== undefined))];
}
/**
 * The ItemBlock side door (v1.15+, §1.2, X19): a pod the label selector misses but that mounts a
 * claim of a taken pod in the same namespace is backed up (and hooked) too; transitively, as the
 * pulled pod's claims are processed in the same block.
 */
function pullSharedClaims(selected, missed, filtersCertain, spec, version) {
    const byClaim = new Map();
    for (const w of missed) {
        for (const claim of claimsOf(w)) {
            const k = `${w.namespace}\u0000${claim}`;
            const list = byClaim.get(k);
            if (list)
                list.push(w);
            else
                byClaim.set(k, [w]);
        }
    }
    const queue = [...selected.values()];
    for (let i = 0; i < queue.length; i++) {
        const puller = queue[i];
        for (const claimName of claimsOf(puller.workload)) {
            const k = `${puller.workload.namespace}\u0000${claimName}`;
            const list = byClaim.get(k);
            if (!list)
                continue;
            byClaim.delete(k);
            for (const workload of list) {
                if (selected.has(workload))
                    continue;
                const sure = puller.certainty === 'yes' && filtersCertain && backupNamespaceMatches(spec, workload.namespace, version) === 'yes';
                const taken = { workload, certainty: sure ? 'yes' : 'unknown', via: 'shared-pvc', sharedWith: { claimName, workload: puller.workload } };
                selected.set(workload, taken);
                queue.push(taken);
            }
        }
    }
}
// ---------------------------------------------------------------------------------------------
// The hooks of one pod (§1.4, §1.5, §1.7).
function backupPodOf(taken, file, entries, memo) {
    const w = taken.workload;
    const pre = phaseHooks('pre', file, entries, w, memo);
    const post = phaseHooks('post', file, entries, w, memo);
    const hidden = pre.hidden.length === 0 && post.hidden.length === 0
        ? NONE
        : [...pre.hidden.map((hook) => ({ phase: 'pre', hook })), ...post.hidden.map((hook) => ({ phase: 'post', hook }))];
    const pod = { workload: w, certainty: taken.certainty, via: taken.via, pre: pre.run, post: post.run, hidden };
    return taken.sharedWith ? { ...pod, sharedWith: taken.sharedWith } : pod;
}
/** A phase's hooks: the annotation hook alone when there is one (it hides the spec hooks), else the spec hooks. */
function phaseHooks(phase, file, entries, w, memo) {
    const spec = specBackupHooks(phase, file, entries, w, memo);
    const fromAnnotation = memo.once(w, `backup-${phase}`, () => annotationBackupHook(phase, w, memo.version, memo.annotationsOf(w)));
    return fromAnnotation ? { run: memo.once(w, `backup-${phase}-run`, () => [fromAnnotation]), hidden: spec } : { run: spec, hidden: NONE };
}
/** pre: `pre.hook.backup.velero.io/…`, else the legacy `hook.backup.velero.io/…`; post: `post.hook.backup.velero.io/…` only. */
function annotationFamily(phase, annotations) {
    const valueOf = (k) => annotations.fact(k)?.value;
    if (phase === 'post')
        return hookIsBuilt('post-backup', valueOf) ? 'post-backup' : undefined;
    if (hookIsBuilt('pre-backup', valueOf))
        return 'pre-backup';
    return hookIsBuilt('legacy-backup', valueOf) ? 'legacy-backup' : undefined;
}
function annotationBackupHook(phase, w, version, annotations) {
    const family = annotationFamily(phase, annotations);
    if (!family)
        return undefined;
    const commandKey = key(family, 'command');
    const parsed = parseStringToCommand(annotations.value(commandKey));
    const container = appliedContainer(annotations.value(key(family, 'container')), w);
    const onError = appliedOnError(annotations.value(key(family, 'on-error')));
    const timeout = appliedExecTimeout(annotations.value(key(family, 'timeout')), version);
    return {
        source: 'annotation',
        container: container.value,
        command: parsed.kind === 'empty' ? [] : parsed.argv,
        onError: onError.value,
        timeout: timeout.value,
        defaulted: defaultedOf({ container, onError, timeout }),
        place: annotations.fact(commandKey).keyPlace,
        certainty: 'yes',
    };
}
/** Every matching entry's hooks of the phase, in spec order (§1.5); entries without `exec` do nothing. */
function specBackupHooks(phase, file, entries, w, memo) {
    const out = new Concat();
    for (const entry of entries) {
        const selects = memo.once(entry, 'filter', () => hookEntryFilter(entry, 'backup'))(w);
        if (selects === 'no')
            continue;
        // The entry's hooks as this pod sees them: the same for every pod with the same first container.
        out.add(memo.once(entry, `${phase}${selects}${defaultContainerKey(w)}`, () => entryBackupHooks(phase, file, entry, w, selects, memo.version)));
    }
    return out.result();
}
function entryBackupHooks(phase, file, entry, w, certainty, version) {
    const out = [];
    const hookName = pstring(pget(entry, 'name'));
    for (const item of pitems(pget(entry, phase))) {
        const execEntry = pentry(item, 'exec');
        if (execEntry?.value.kind !== 'map')
            continue;
        const exec = execEntry.value;
        const container = appliedContainer(pstring(pget(exec, 'container')), w);
        const onError = appliedOnError(pstring(pget(exec, 'onError')));
        const timeout = appliedExecTimeout(scalarText(pget(exec, 'timeout')), version);
        out.push({
            source: 'spec',
            container: container.value,
            command: pstrings(pget(exec, 'command')) ?? [],
            onError: onError.value,
            timeout: timeout.value,
            defaulted: defaultedOf({ container, onError, timeout }),
            place: keyPlaceOf(file, execEntry),
            ...(hookName !== undefined ? { hookName } : {}),
            certainty,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/restore-exec-hook-index-hang.ts





/**
 * Hooks whose index is wrong whatever pods they reach: in the first entry with exec hooks (no other
 * entry can add hooks for the container before them), an exec hook with an explicit container whose
 * postHooks index differs from its index among that entry's hooks for the container.
 */
function hangsInFirstEntry(restore, found) {
    const entries = hookResourceEntries(restore.spec);
    const first = entries.find((e) => pitems(pget(e, 'postHooks')).some((item) => pget(item, 'exec')?.kind === 'map'));
    if (!first)
        return;
    const seen = new Map();
    const items = pitems(pget(first, 'postHooks'));
    for (const [postHookIndex, item] of items.entries()) {
        const exec = pentry(item, 'exec');
        if (exec?.value.kind !== 'map')
            continue;
        const container = pstring(pget(exec.value, 'container'));
        // A defaulted container is the pod's first one, which another hook may name: unknown.
        if (container === undefined || container === '')
            return;
        const groupIndex = seen.get(container) ?? 0;
        seen.set(container, groupIndex + 1);
        if (groupIndex === postHookIndex)
            continue;
        const place = keyPlaceOf(restore.file, exec);
        found.set(restore_exec_hook_index_hang_key(place), { place, restore, postHookIndex, groupIndex, container, workloads: [] });
    }
}
function restore_exec_hook_index_hang_key(place) {
    return `${place.file}:${place.span.line}:${place.span.column}`;
}
/* harmony default export */ const restore_exec_hook_index_hang = (defineRule({
    meta: {
        id: 'restore-exec-hook-index-hang',
        severity: 'error',
        docs: {
            summary: 'A Restore spec exec hook whose `postHooks` index differs from its index among its container\'s hooks: the Restore hangs in Finalizing on Velero v1.16.2 … v1.17.2.',
            description: 'On v1.16.2 … v1.17.2, `GroupRestoreExecHooks` adds each spec exec hook to the hook tracker under its index in its entry\'s ' +
                '`postHooks[]` (init items count), while `HandleHooks` records it under its index among the exec hooks of its container ' +
                '(across all matching entries). When the two differ, the record fails ("hook not exist in hook tracker"), the tracker never ' +
                'completes, and the Restore stays in `Finalizing` forever, blocking the Restores queued after it. Shapes that hang: ' +
                '`postHooks: [{init}, {exec}]`; one entry with exec hooks for two containers; two entries with exec hooks for one container that ' +
                'both select a pod. v1.18.0 records the hook\'s own index (PR #9366, velero#9359). Annotation hooks (always index 0) are safe. ' +
                'See velero-plan-semantics.md §4 row 7.',
            fix: 'Give each exec hook of a container its own `resources[]` entry, as that entry\'s first `postHooks` item and the only exec hook ' +
                'for the container among entries that select the same pods (put init hooks in an entry of their own), or upgrade Velero to v1.18.',
        },
        versions: {
            applies: 'v1.16.2 … v1.17.2',
            outcomes: [
                { versions: 'v1.12.0 … v1.16.1', outcome: 'The hook runs; no hang.' },
                { versions: 'v1.16.2 … v1.17.2', outcome: 'The hook runs, but its record misses the tracker key: the Restore hangs in Finalizing.' },
                { versions: 'v1.18.0 … main', outcome: 'Fixed (PR #9366): no hang.' },
            ],
        },
        messages: {
            inEntry: 'On Velero {{version}} this exec hook is item {{postHookIndex}} of postHooks in {{restore}} but hook {{groupIndex}} of container "{{container}}", so Velero records it under the wrong key and the Restore hangs in Finalizing (velero#9359); move it to a resources entry of its own as its first postHooks item, or upgrade to v1.18.',
            acrossEntries: 'On Velero {{version}} this exec hook is item {{postHookIndex}} of postHooks in {{restore}} but hook {{groupIndex}} of container "{{container}}" on {{workloads}}, where an earlier entry also runs exec hooks in that container, so Velero records it under the wrong key and the Restore hangs in Finalizing (velero#9359); keep one entry with exec hooks per container and pod, or upgrade to v1.18.',
        },
    },
    checkRepository(context) {
        const version = context.veleroVersion;
        if (!postHooksIndexMismatchHangs(version))
            return;
        const restores = context.repo.velero.filter((v) => v.kind === 'Restore' && v.spec);
        if (restores.length === 0)
            return;
        const provable = new Map();
        for (const r of restores)
            hangsInFirstEntry(r, provable);
        const across = new Map();
        for (const planned of hookPlanOf(context.repo, version).restores) {
            for (const pod of planned.pods) {
                if (pod.certainty !== 'yes')
                    continue;
                const groups = new Map();
                for (const hook of pod.exec) {
                    if (hook.container === undefined)
                        continue;
                    const groupIndex = groups.get(hook.container) ?? 0;
                    groups.set(hook.container, groupIndex + 1);
                    if (hook.source !== 'spec' || hook.postHookIndex === undefined || hook.postHookIndex === groupIndex)
                        continue;
                    const k = restore_exec_hook_index_hang_key(hook.place);
                    if (provable.has(k))
                        continue;
                    const hang = across.get(k) ?? { place: hook.place, restore: planned.object, postHookIndex: hook.postHookIndex, groupIndex, container: hook.container, workloads: [] };
                    hang.workloads.push(describeWorkload(pod.workload));
                    across.set(k, hang);
                }
            }
        }
        const data = (h) => ({ version: formatVersion(version), restore: describeVeleroObject(h.restore), postHookIndex: h.postHookIndex, groupIndex: h.groupIndex, container: h.container });
        for (const h of provable.values())
            context.report({ messageId: 'inEntry', place: h.place, data: data(h) });
        for (const h of across.values()) {
            const shown = h.workloads.slice(0, 3).join(', ') + (h.workloads.length > 3 ? ` and ${h.workloads.length - 3} more` : '');
            context.report({ messageId: 'acrossEntries', place: h.place, data: { ...data(h), workloads: shown } });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/restore-exec-hook-no-wait-timeout.ts







const WAIT_TIMEOUT = key('post-restore', 'wait-timeout');
const BACKUP_VOLUMES = 'backup.velero.io/backup-volumes';
/** How a wait timeout is written: 'none' (no limit), 'zero' (written as 0: no limit), or 'set' (a limit, or a value other rules report). */
function waitSetting(value, present) {
    if (!present || value === '')
        return 'none';
    if (value === undefined)
        return 'set';
    const parsed = parseGoDuration(value);
    return parsed.ok && parsed.nanoseconds === 0 ? 'zero' : 'set';
}
function reasonOf(before, w) {
    const init = annotationHook(w, 'init');
    if (typeof init === 'object')
        return `init hook ${init.switch.key} at ${at(init.switch.keyPlace)}`;
    const spec = before.specInits.get(w);
    if (spec)
        return spec;
    const volumes = annotationOf(w, BACKUP_VOLUMES);
    if (volumes?.value)
        return `file-system restore, ${BACKUP_VOLUMES} at ${at(volumes.keyPlace)}`;
    if (!w.volumes.some((v) => v.claimName !== undefined))
        return undefined;
    const backup = before.fsBackups.find((b) => b.takes(w).takes === 'yes');
    return backup ? `file-system restore, defaultVolumesToFsBackup of ${describeVeleroObject(backup.object)}` : undefined;
}
function defaultsToFsBackup(b) {
    const v = pget(b.object.spec, 'defaultVolumesToFsBackup');
    return !b.fails && v?.kind === 'scalar' && v.value === true;
}
/** The workloads these Restores surely inject spec init containers into (no image annotation replaces them), with the first `init` key. */
function specInits(hooks, restores) {
    const out = new Map();
    for (const scope of restores) {
        if (scope.fails)
            continue;
        for (const entry of scope.entries) {
            if (!entry.initKey || entry.initContainers.length === 0)
                continue;
            for (const { workload, taken, hooks: own } of hooks.reached(scope, entry, 'init')) {
                if (taken !== 'yes' || own.init !== undefined || out.has(workload))
                    continue;
                out.set(workload, `init containers of ${describeVeleroObject(scope.object)} at ${at(keyPlace(scope.object, entry.initKey))}`);
            }
        }
    }
    return out;
}
/** Whether the hook's container is one Velero finds (a missing one is discarded: other rules' business). */
function containerFound(w, container) {
    return container === undefined || container === '' || w.containers.some((c) => c.name !== undefined && containerNameMatches(c.name, container));
}
const describeWith = (w, reason) => `${describeWorkload(w).slice(0, -1)}; ${reason})`;
function outcome(version) {
    return restoreExecHookWait(version) === 'finalizing'
        ? 'waits for it forever, and the Restore stays in Finalizing'
        : 'waits for it until --resource-timeout (10m by default), then ends the Restore PartiallyFailed';
}
function specFinding(hooks, scope, hook, before) {
    const waitNode = pget(hook.exec.value, 'waitTimeout');
    const present = waitNode !== undefined && !(waitNode.kind === 'scalar' && waitNode.value === null);
    const setting = waitSetting(waitNode?.kind === 'scalar' && waitNode.isString ? waitNode.value : undefined, present);
    if (setting === 'set')
        return undefined;
    const found = [];
    let count = 0;
    for (const w of execHookRunsOn(hooks, scope, hook)) {
        const reason = containerFound(w, hook.container?.value) ? reasonOf(before, w) : undefined;
        if (reason && count++ < LIST_MAX)
            found.push(describeWith(w, reason));
    }
    if (count === 0)
        return undefined;
    return {
        place: setting === 'zero' ? placeOf(scope.object.file, waitNode) : keyPlace(scope.object, hook.exec),
        setting: setting === 'zero' ? `waitTimeout "${pstring(waitNode)}" (no limit)` : 'no waitTimeout',
        workloads: countedList(found, count),
    };
}
function annotationFinding(w, before) {
    const hook = annotationHook(w, 'exec');
    if (typeof hook !== 'object' || podsMayBeAbsent(w) || (w.containersKnown && !containerFound(w, hook.field('container')?.value)))
        return undefined;
    const wait = hook.field('wait-timeout');
    const setting = waitSetting(wait?.value, wait !== undefined);
    const reason = setting === 'set' ? undefined : reasonOf(before, w);
    if (!reason)
        return undefined;
    return {
        place: setting === 'zero' ? wait.valuePlace : hook.switch.keyPlace,
        setting: setting === 'zero' ? `${WAIT_TIMEOUT} "${wait.value}" (no limit)` : `no ${WAIT_TIMEOUT}`,
        workloads: describeWith(w, reason),
    };
}
/* harmony default export */ const restore_exec_hook_no_wait_timeout = (defineRule({
    meta: {
        id: 'restore-exec-hook-no-wait-timeout',
        severity: 'warning',
        docs: {
            summary: 'A restore exec hook has no wait timeout, on pods whose app containers start only after init hooks or a file-system restore.',
            description: 'Velero runs a restore exec hook once its container is Running (or Ready), and waits for that without a limit unless every hook of ' +
                'the pod has a `waitTimeout` (`post.hook.restore.velero.io/wait-timeout`; `maxHookWait`, internal/hook/wait_exec_hook_handler.go; ' +
                'velero-plan-semantics.md §2.5). Since v1.14 the Restore waits for its hooks in Finalizing (`WaitRestoreExecHook`, ' +
                'pkg/controller/restore_finalizer_controller.go): when a pod\'s containers never start, because an injected init hook fails ' +
                '(`Init:Error`, `Init:CrashLoopBackOff`) or the file-system restore (`restore-wait`) never completes, the Restore never finishes ' +
                'up to v1.18.2, and the Restores queued after it wait too; Velero main gives up after `--resource-timeout` (10m by default) and ends ' +
                'it PartiallyFailed.\n\n' +
                'Reported for hooks on pods that get an init hook (annotation, or a Restore spec entry of the repository), a ' +
                '`backup.velero.io/backup-volumes` annotation, or a claim a Backup with `defaultVolumesToFsBackup: true` takes. Spec hooks are ' +
                'checked on the workloads the Restore and its source Backup (in the repository) surely take.',
            fix: 'Set `waitTimeout` (spec) or `post.hook.restore.velero.io/wait-timeout` (annotation) to a bound such as `10m`; it counts from pod creation, so allow for the file-system restore and the init hooks.',
        },
        versions: {
            applies: 'v1.14.0 … main',
            outcomes: [
                { versions: 'v1.12.0 … v1.13.2', outcome: 'Not reported (the Restore waits while InProgress).' },
                { versions: 'v1.14.0 … v1.18.2', outcome: 'The Restore stays in Finalizing forever.' },
                { versions: 'main', outcome: 'The Restore waits until `--resource-timeout` (10m by default), then ends PartiallyFailed.' },
            ],
        },
        messages: {
            spec: 'This restore exec hook has {{setting}}, and the app containers of {{workloads}} start only after that: if it fails or never ends, Velero {{version}} {{outcome}}; set waitTimeout (e.g. "10m").',
            annotation: 'This restore exec hook has {{setting}}, and the app containers of {{workloads}} start only after that: if it fails or never ends, Velero {{version}} {{outcome}}; set post.hook.restore.velero.io/wait-timeout (e.g. "10m").',
        },
    },
    checkRepository(context) {
        const version = context.veleroVersion;
        if (restoreExecHookWait(version) === 'in-progress')
            return;
        const hooks = RepoHooks.of(context.repo, version);
        const common = { version: formatVersion(version), outcome: outcome(version) };
        for (const scope of hooks.restores) {
            if (scope.fails || !scope.entries.some((e) => e.execHooks.length > 0))
                continue;
            // This Restore's own init containers, and restore-wait when its source Backup defaults to file-system backup.
            const before = { fsBackups: scope.source && defaultsToFsBackup(scope.source) ? [scope.source] : [], specInits: specInits(hooks, [scope]) };
            for (const hook of scope.entries.flatMap((e) => e.execHooks)) {
                const f = specFinding(hooks, scope, hook, before);
                if (f)
                    context.report({ messageId: 'spec', data: { ...common, setting: f.setting, workloads: f.workloads }, place: f.place });
            }
        }
        // Annotation hooks run on every restore of the pod: any Restore or Backup of the repository counts.
        const before = { fsBackups: hooks.backups.filter(defaultsToFsBackup), specInits: specInits(hooks, hooks.restores) };
        for (const w of context.repo.workloads) {
            const f = annotationFinding(w, before);
            if (f)
                context.report({ messageId: 'annotation', data: { ...common, setting: f.setting, workloads: f.workloads }, place: f.place });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/restore-hook-namespace-not-restored.ts





/* harmony default export */ const restore_hook_namespace_not_restored = (defineRule({
    meta: {
        id: 'restore-hook-namespace-not-restored',
        severity: 'warning',
        docs: {
            summary: "A Restore hook's `includedNamespaces` item that names no namespace the Restore restores into (often the source side of `namespaceMapping`).",
            description: 'A Restore hook selects pods by the namespace they are **restored into**: init hooks map the backed-up namespace ' +
                'through `namespaceMapping` before matching (`HandleRestoreHooks`, internal/hook/item_hook_handler.go, since v1.9.0, ' +
                'velero#4720 / PR #4779), exec hooks see the created pod, already in its new namespace. The Restore\'s own ' +
                '`includedNamespaces`, by contrast, names **source** namespaces (velero-plan-semantics.md §2.2, §2.3, §5 X04). So with ' +
                '`namespaceMapping: {shop: shop-copy}`, a hook with `includedNamespaces: [shop]` never runs.\n\n' +
                'The rule reports a hook namespace item that matches none of the target namespaces, computed as ' +
                '`namespaceMapping[ns] ?? ns` for every source namespace the Restore restores — only when the repository proves ' +
                'those: the Restore lists its `includedNamespaces` by name, or its source Backup or Schedule is in the repository ' +
                'and lists them by name. An item that is a mapped source namespace gets the target to write instead.',
            fix: 'Name the target namespace in the hook (the right-hand side of `namespaceMapping`), or remove the item.',
        },
        messages: {
            source: 'Velero matches Restore hook namespaces against the namespace a pod is restored into, and {{object}} restores "{{item}}" into "{{target}}" (namespaceMapping), so {{hook}} never runs for "{{item}}"; write "{{target}}".',
            never: 'Velero matches Restore hook namespaces against the namespace a pod is restored into, and {{object}} restores only into {{targets}}, so {{hook}} never runs for "{{item}}"; name one of those namespaces or remove the item.',
        },
    },
    checkRepository(context) {
        for (const restore of context.repo.velero) {
            if (restore.kind !== 'Restore')
                continue;
            const entries = hookResourceEntries(restore.spec);
            if (entries.length === 0)
                continue;
            const sources = restoredSourceNamespaces(restore, restoreSource(restore, context.repo.velero));
            if (!sources || sources.length === 0)
                continue;
            const targets = targetNamespaces(restore, sources);
            const mapping = namespaceMapping(restore);
            for (const entry of entries) {
                const list = readList(entry, 'includedNamespaces');
                if (!list.entry || !list.known || list.values.includes('*'))
                    continue;
                for (const node of pitems(list.entry.value)) {
                    const item = pstring(node);
                    if (targets.some((t) => includesExcludes([item], undefined, t)))
                        continue;
                    const target = Object.hasOwn(mapping, item) && mapping[item] !== item && targets.includes(mapping[item]) ? mapping[item] : undefined;
                    const data = { object: describeVeleroObject(restore), hook: describeHookEntry(restore.file, entry), item, target: target ?? '', targets: boundedList(targets.map((t) => `"${t}"`), 5) };
                    context.report({ messageId: target !== undefined ? 'source' : 'never', data, place: placeOf(restore.file, node) });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/restore-namespace-is-mapping-target.ts




/* harmony default export */ const restore_namespace_is_mapping_target = (defineRule({
    meta: {
        id: 'restore-namespace-is-mapping-target',
        severity: 'warning',
        docs: {
            summary: "A Restore's `includedNamespaces` names a target of its `namespaceMapping` instead of the source namespace.",
            description: 'A Restore\'s `includedNamespaces`/`excludedNamespaces` are matched against the namespace an item had **in the backup** ' +
                '(`restoreItem`, pkg/restore/restore.go: "the *original* namespace, not the remapped one"); `namespaceMapping` then ' +
                'moves what was selected (velero-plan-semantics.md §2.2, §5 X05). With `namespaceMapping: {shop: shop-copy}`, ' +
                '`includedNamespaces: [shop-copy]` selects the backup\'s "shop-copy" namespace, which usually does not exist: nothing ' +
                'of "shop" is restored, and no restore hook runs.\n\n' +
                'Reported for a literal item that is a mapping target, is not itself a mapping source, whose source namespace the ' +
                'Restore does not include as well, and that the source Backup (when it is in the repository and lists its ' +
                'namespaces by name) does not hold.',
            fix: 'Name the source namespace (the left-hand side of `namespaceMapping`); the mapping restores it into the target.',
        },
        messages: {
            target: 'Velero matches a Restore\'s includedNamespaces against the namespaces in the backup, and "{{item}}" is where namespaceMapping puts "{{source}}" (line {{line}}), so {{object}} restores nothing of "{{source}}" and runs no restore hook there; write "{{source}}".',
        },
    },
    checkRepository(context) {
        for (const restore of context.repo.velero) {
            if (restore.kind !== 'Restore')
                continue;
            const mapping = namespaceMapping(restore);
            const inc = readList(restore.spec, 'includedNamespaces');
            const exc = readList(restore.spec, 'excludedNamespaces');
            if (!inc.entry || !inc.known || !exc.known || Object.keys(mapping).length === 0)
                continue;
            const backup = readList(restoreSource(restore, context.repo.velero)?.spec, 'includedNamespaces').values;
            const mappingNode = pentry(restore.spec, 'namespaceMapping').value;
            for (const node of pitems(inc.entry.value)) {
                const item = pstring(node);
                if (hasGlobChars(item) || Object.hasOwn(mapping, item) || backup?.includes(item))
                    continue;
                const source = Object.keys(mapping).find((k) => mapping[k] === item);
                if (source === undefined || includesExcludes(inc.values, exc.values, source))
                    continue;
                const line = pentry(mappingNode, source).keySpan.line;
                context.report({ messageId: 'target', data: { item, source, line, object: describeVeleroObject(restore) }, place: placeOf(restore.file, node) });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/restore-spec-hook-resources-ignored.ts





/** " (in this repository: Deployment web … and 2 more)": the workloads the entry selects, if any. */
function selectedHint(restore, entry, groups) {
    const restores = restoreTaker(restore);
    const selects = restoreHookSelector(restore, entry);
    const selected = [...groups.restoreHookCandidates(restore, entry)].filter((w) => restores(w) !== 'no' && selects(w) === 'yes').map(describeWorkload);
    return selected.length > 0 ? ` (in this repository: ${boundedList(selected)})` : '';
}
/* harmony default export */ const restore_spec_hook_resources_ignored = (defineRule({
    meta: {
        id: 'restore-spec-hook-resources-ignored',
        severity: 'warning',
        docs: {
            summary: "A Restore hook's `includedResources` leaves out pods, or its `excludedResources` lists them: Velero ignores both.",
            description: 'Restore hooks apply only to pods, and Velero hard-codes that: `GetRestoreHooksFromSpec` ' +
                '(internal/hook/item_hook_handler.go, every version from v1.12.0 to main) builds the selector with resources `pods` ' +
                'and never reads the entry\'s `includedResources`/`excludedResources` ("these hooks ara applicable only to pods"). So ' +
                '`includedResources: [deployments]` does not narrow the hook to Deployments — it runs in every restored pod its ' +
                'namespaces and `labelSelector` match — and `excludedResources: [pods]` does not turn it off ' +
                '(velero-plan-semantics.md §2.3, §5 X03). A Backup hook honours both lists (see `backup-spec-hooks-skip-pods`), which ' +
                'is how such entries end up in Restores.\n\n' +
                'The message names the workloads of the repository the hook does select. Lists that include pods are not reported: ' +
                'they say what Velero does.',
            fix: 'Remove `includedResources`/`excludedResources` from the hook and select pods with `labelSelector` and `includedNamespaces` (the target namespaces, after `namespaceMapping`). Remove the hook if it should not run.',
        },
        messages: {
            included: 'Velero ignores includedResources in a Restore hook (restore hooks always apply to pods), so {{hook}} runs in every restored pod its namespaces and labelSelector match{{selected}}; remove includedResources and narrow the hook with labelSelector or includedNamespaces.',
            excluded: 'Velero ignores excludedResources in a Restore hook, so "{{item}}" does not turn {{hook}} off: it runs in every restored pod its namespaces and labelSelector match{{selected}}; remove the hook if it should not run, or remove excludedResources.',
        },
    },
    checkRepository(context) {
        let groups;
        for (const restore of context.repo.velero) {
            if (restore.kind !== 'Restore')
                continue;
            for (const entry of hookResourceEntries(restore.spec)) {
                const inc = readList(entry, 'includedResources');
                const exc = readList(entry, 'excludedResources');
                const hook = describeHookEntry(restore.file, entry);
                const hint = () => selectedHint(restore, entry, (groups ??= new NamespaceGroups(context.repo.workloads)));
                if (inc.entry && inc.values && !resourceFiltersIncludePods(inc.values, undefined)) {
                    context.report({ messageId: 'included', data: { hook, selected: hint() }, place: keyPlaceOf(restore.file, inc.entry) });
                }
                const podsItem = pitems(exc.entry?.value).find((item) => {
                    const name = pstring(item);
                    return name !== undefined && !resourceFiltersIncludePods(undefined, [name]);
                });
                if (podsItem)
                    context.report({ messageId: 'excluded', data: { item: pstring(podsItem), hook, selected: hint() }, place: placeOf(restore.file, podsItem) });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/restore-spec-init-container-conflict.ts






/** Findings keyed by message and place, so one name or mount is reported once with every workload it breaks. */
class Collector {
    pending = new Map();
    add(messageId, place, name, workload, first) {
        const k = `${messageId}\0${place.file}\0${place.span.line}\0${place.span.column}\0${first ?? ''}`;
        const p = this.pending.get(k) ?? { messageId, place, name, first, workloads: [], count: 0 };
        if (p.workloads.length < LIST_MAX)
            p.workloads.push(workload);
        p.count++;
        this.pending.set(k, p);
    }
}
/** The spec init containers Velero injects into each workload's pods, in Velero's order (§2.4). */
function injected(hooks, scope) {
    const byWorkload = new Map();
    for (const entry of scope.entries) {
        if (entry.initContainers.length === 0)
            continue;
        for (const { workload, taken, hooks: own } of hooks.reached(scope, entry, 'init')) {
            if (taken !== 'yes' || !workload.containersKnown || podsMayBeAbsent(workload))
                continue;
            // An image annotation replaces every spec init hook (spec-hook-hidden-by-annotation).
            if (own.init !== undefined)
                continue;
            const list = byWorkload.get(workload) ?? [];
            list.push(...entry.initContainers);
            byWorkload.set(workload, list);
        }
    }
    return byWorkload;
}
const brief = (w, detail) => `${describeWorkload(w).slice(0, -1)}; ${detail})`;
const quoted = (names) => names.map((n) => `"${n ?? '?'}"`).join(', ') || 'none';
function check(w, containers, out, deletesWait) {
    const seen = new Map();
    for (const c of containers) {
        if (!c.name)
            continue;
        const name = c.name.value;
        if (RESERVED_INIT_CONTAINER_NAMES.includes(name)) {
            out.add(deletesWait ? 'reserved' : 'reservedOld', c.name.place, name, describeWorkload(w));
            continue;
        }
        const first = seen.get(name);
        if (first)
            out.add('duplicate', c.name.place, name, describeWorkload(w), at(first.name.place));
        else
            seen.set(name, c);
        const own = w.containers.some((x) => x.name === name) ? 'container' : w.initContainers.some((x) => x.name === name) ? 'init container' : undefined;
        if (own)
            out.add('clash', c.name.place, name, brief(w, `its ${own}`));
        if (!w.volumesKnown)
            continue;
        for (const m of c.mounts) {
            if (!w.volumes.some((v) => v.name === m.name))
                out.add('mount', m.place, m.name, brief(w, `volumes ${quoted(w.volumes.map((v) => v.name))}`));
        }
    }
}
/* harmony default export */ const restore_spec_init_container_conflict = (defineRule({
    meta: {
        id: 'restore-spec-init-container-conflict',
        severity: 'error',
        docs: {
            summary: "A Restore-spec init container clashes with the pods it is injected into: a duplicate name, a mount of a volume they lack, or Velero's own `restore-wait` name.",
            description: 'Velero injects the init containers of every matching `postHooks[].init` into each restored pod, in `resources[]` order, without ' +
                'de-duplicating or checking them against the pod (`HandleRestoreHooks`, internal/hook/item_hook_handler.go; velero-plan-semantics.md ' +
                '§2.4; `velero-hooks.md` §3.1, §5.1). `ValidateContainer` only checks that each has a name, an image and a command. So:\n\n' +
                '- two injected containers with one name (from two entries that match the same pod, or one list), or a name that one of the ' +
                "pod's containers or init containers already has: the API server rejects the pod (`Duplicate value`) and it is not restored;\n" +
                "- a `volumeMounts[].name` that is not one of the pod's `volumes`: the API server rejects the pod (`Not found`);\n" +
                '- the name `restore-wait` or `restic-wait`: since v1.17 `PodVolumeRestoreAction` deletes every init container of those names ' +
                "(pkg/restore/actions/pod_volume_restore_action.go, PR #8880), so the hook never runs; before, Velero replaced it with its own " +
                'file-system restore container, or added a second one, in pods with file-system backups.\n\n' +
                'Only workloads the Restore and its source Backup (in the repository) surely take are checked, and only when no ' +
                '`init.hook.restore.velero.io/container-image` annotation replaces the spec init hooks on them.',
            fix: "Give every injected init container a name of its own (not `restore-wait`/`restic-wait`, not a name the pods use), mount only volumes the selected pods have, or narrow the entry's `labelSelector`.",
        },
        versions: {
            applies: 'all; the `restore-wait` name differs from v1.17',
            outcomes: [
                { versions: 'v1.12.0 … v1.16.2', outcome: 'A `restore-wait`/`restic-wait` hook container is replaced or duplicated in pods with file-system backups (warning).' },
                { versions: 'v1.17.0 … main', outcome: 'A `restore-wait`/`restic-wait` hook container is always deleted.' },
            ],
        },
        messages: {
            duplicate: 'Velero also injects an init container named {{name}} from {{first}} into the pods of {{workloads}}, so the API server rejects them (Duplicate value) and they are not restored; give each init container its own name.',
            clash: 'Init container name {{name}} is already used in {{workloads}}, so Velero injects a duplicate and the API server rejects those pods (Duplicate value): they are not restored; choose another name.',
            mount: 'Volume {{name}} is not a volume of {{workloads}}, so the API server rejects those pods with this init container (volumeMounts name Not found): they are not restored; mount one of their volumes, or narrow the labelSelector.',
            reserved: "Init container name {{name}} is Velero's own file-system restore container's, so Velero {{version}} deletes this container from the pods of {{workloads}} before it creates them and it never runs; choose another name.",
            reservedOld: "Init container name {{name}} is Velero's own file-system restore container's: Velero {{version}} replaces or duplicates it in the pods of {{workloads}} that have file-system backups, and v1.17 and later always delete it; choose another name.",
        },
    },
    checkRepository(context) {
        const version = context.veleroVersion;
        const hooks = RepoHooks.of(context.repo, version);
        const deletesWait = restoreDeletesWaitContainers(version);
        for (const scope of hooks.restores) {
            if (scope.fails)
                continue;
            const out = new Collector();
            for (const [w, containers] of injected(hooks, scope))
                check(w, containers, out, deletesWait);
            for (const p of out.pending.values()) {
                const severity = p.messageId === 'reservedOld' ? 'warning' : undefined;
                context.report({
                    messageId: p.messageId,
                    data: { name: quote(p.name), first: p.first ?? '', workloads: countedList(p.workloads, p.count), version: formatVersion(version) },
                    place: p.place,
                    ...(severity ? { severity } : {}),
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/restore-spec-invalid-init-container.ts



/** A list element or `args` Kubernetes cannot decode as a string (null decodes as ""). */
const notStringOrNull = (v) => !v.isString && v.kind !== 'null';
/* harmony default export */ const restore_spec_invalid_init_container = (defineRule({
    meta: {
        id: 'restore-spec-invalid-init-container',
        severity: 'error',
        docs: {
            summary: "A Restore's `postHooks[].init.initContainers[]` entry lacks a string name, image or non-empty command, or has an invalid name.",
            description: "Velero's `ValidateContainer` decodes each entry as a Kubernetes Container and requires a name, an image and a non-empty " +
                'command; a failure puts the whole Restore in FailedValidation before anything is restored. A type mismatch (`command: "echo hi"` ' +
                'instead of a list) fails the same way. An invalid DNS-1123 name passes Velero but makes the API server reject every pod it is injected into.',
            fix: 'Give every init container `name` (DNS-1123 label), `image` and `command` as a list of strings.',
        },
        messages: {
            notMap: 'This init container is not a mapping, so Velero fails the Restore validation (FailedValidation); write a container with name, image and command.',
            missing: 'This init container has no {{field}}, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; add {{field}}.',
            wrongType: '{{field}} must be {{expected}}; Velero cannot decode it and fails the whole Restore validation (FailedValidation).',
            emptyCommand: 'command is empty, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; give the command to run.',
            badName: 'Init container name "{{name}}" is not a valid DNS-1123 label ({{problem}}), so the API server rejects every pod Velero injects it into; rename it.',
        },
    },
    create(context) {
        return {
            velero(target) {
                for (const container of restoreInitContainers(target)) {
                    const base = { resource: target.resource, path: container.path };
                    if (container.kind !== 'map') {
                        context.report({ ...base, messageId: 'notMap', node: container.node });
                        continue;
                    }
                    const firstKey = container.firstKeyNode();
                    for (const field of ['name', 'image']) {
                        // Go's encoding/json matches struct fields case-insensitively; so does entryFold.
                        const entry = container.entryFold(field);
                        const value = entry?.value;
                        if (!entry || value?.kind === 'null' || value?.scalar === '') {
                            context.report({ ...base, messageId: 'missing', data: { field }, node: entry?.keyNode ?? firstKey, fallback: container.node });
                        }
                        else if (!value?.isString) {
                            context.report({ ...base, path: [...container.path, field], messageId: 'wrongType', data: { field, expected: 'a string' }, node: value?.node });
                        }
                        else if (field === 'name') {
                            const name = value.string();
                            const problem = dns1123LabelProblem(name);
                            if (problem)
                                context.report({ ...base, path: [...container.path, field], messageId: 'badName', data: { name, problem }, node: value.node });
                        }
                    }
                    const commandEntry = container.entryFold('command');
                    const command = commandEntry?.value;
                    if (!commandEntry || command?.kind === 'null') {
                        context.report({ ...base, messageId: 'missing', data: { field: 'command' }, node: commandEntry?.keyNode ?? firstKey, fallback: container.node });
                    }
                    else if (command?.kind !== 'seq') {
                        context.report({ ...base, path: [...container.path, 'command'], messageId: 'wrongType', data: { field: 'command', expected: 'a list of strings' }, node: command?.node });
                    }
                    else if (command.items().length === 0) {
                        context.report({ ...base, path: [...container.path, 'command'], messageId: 'emptyCommand', node: command.node });
                    }
                    else {
                        const bad = command.items().find(notStringOrNull);
                        if (bad)
                            context.report({ ...base, path: [...container.path, 'command'], messageId: 'wrongType', data: { field: 'every command element', expected: 'a string' }, node: bad.node });
                    }
                    // args is decoded by the same json.Unmarshal into a Container, so a type mismatch fails validation too.
                    const args = container.getFold('args');
                    if (args && args.kind !== 'null') {
                        const list = args.kind === 'seq';
                        const badArg = list ? args.items().find(notStringOrNull) : args;
                        if (badArg) {
                            context.report({
                                ...base,
                                path: [...container.path, 'args'],
                                messageId: 'wrongType',
                                data: { field: list ? 'every args element' : 'args', expected: list ? 'a string' : 'a list of strings' },
                                node: badArg.node,
                            });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/source-not-rendered.ts

/**
 * Made by the sources step (no visitor): a Helm chart or a kustomization that velero-hooks could
 * not render, so none of the hooks it produces were checked. Green means checked: this is a
 * warning by default, and `rules: { source-not-rendered: error }` makes it fail the run.
 */
/* harmony default export */ const source_not_rendered = (defineRule({
    meta: {
        id: 'source-not-rendered',
        severity: 'warning',
        docs: {
            summary: 'A Helm chart or kustomization could not be rendered, so the hooks it produces were not checked.',
            description: 'velero-hooks renders every chart (`helm template`, once per value set: `values.yaml`, each `ci/*-values.yaml`, and the sets configured in `.velero-hooks.yaml`) and every kustomization that no other one uses (`kustomize build`, or `kubectl kustomize`), then checks the rendered pods and reports each finding at the template, values, patch or kustomization line that produced it. ' +
                'When a render is not possible — the tool is missing, the chart needs `helm dependency build`, a template fails, the render times out, or a kustomization uses remote resources, which a pull-request check never fetches — this finding says so at the chart or kustomization, so a green run never hides hooks nobody checked.',
            fix: 'Make the render work: install `helm` / `kustomize` (GitHub-hosted runners have both) or name them in the configuration; vendor chart dependencies (commit `charts/`) or run `helm dependency build` before this step; fix the template error. To accept it, set `rules: { source-not-rendered: off }` or ignore the directory.',
        },
        messages: {
            notRendered: 'velero-hooks did not check the Velero hooks of {{what}}: {{why}}; {{fix}}.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/spec-hook-container-missing.ts





/**
 * Containers mutating webhooks add to pods (service meshes, secret agents): the manifest never
 * shows them, so a hook naming one may find it at run time.
 */
const INJECTED_CONTAINERS = new Set(['istio-proxy', 'linkerd-proxy', 'vault-agent', 'daprd', 'consul-dataplane']);
const has = (names, value) => names.some((n) => n !== undefined && containerNameMatches(n, value));
/** Workloads with no container (nor init container: spec-hook-targets-init-container) of the hook's name. */
function lacking(workloads, value) {
    return workloads.filter((w) => !has(w.containers.map((c) => c.name), value) && !has(w.initContainers.map((c) => c.name), value));
}
/** Hooks of Backups written alike share their workload lists: look each list up once per name. */
const lackingMemo = new WeakMap();
function lackingOnce(workloads, value) {
    let byValue = lackingMemo.get(workloads);
    if (!byValue)
        lackingMemo.set(workloads, (byValue = new Map()));
    let list = byValue.get(value);
    if (!list)
        byValue.set(value, (list = lacking(workloads, value)));
    return list;
}
/** "Deployment web in namespace shop (apps/web.yaml:3; containers "app", "nginx")" */
function withContainers(w) {
    const names = w.containers.map((c) => `"${c.name ?? '?'}"`).join(', ');
    return `${describeWorkload(w).slice(0, -1)}; containers ${names || 'none'})`;
}
function messageOf(hook) {
    if (hook.phase === 'exec')
        return 'restore';
    return hook.phase === 'pre' && pstring(pget(hook.exec.value, 'onError')) === 'Fail' ? 'backupFail' : 'backup';
}
/* harmony default export */ const spec_hook_container_missing = (defineRule({
    meta: {
        id: 'spec-hook-container-missing',
        severity: 'error',
        docs: {
            summary: "A Backup/Schedule/Restore spec exec hook's `container` is missing from some of the pods it selects.",
            description: 'A spec hook entry selects pods by namespace and labels, often several workloads at once, but names one `container`. ' +
                'On a pod without it (velero-plan-semantics.md §1.7, §2.5; velero#2847, velero#3622):\n\n' +
                '- Backup hooks fail with `no such container` (`ensureContainerExists`, pkg/podexec/pod_command_executor.go), which makes the Backup ' +
                'PartiallyFailed; with `onError: Fail` on a `pre` hook, Velero does not back up that pod (nor run its post hooks).\n' +
                '- Restore exec hooks are discarded ("does not have container … discarding", `podHasContainer`, internal/hook/wait_exec_hook_handler.go). ' +
                'Since v1.14 the discarded hook stays in the hook tracker, so the Restore hangs in Finalizing (velero#9749); on main it waits ' +
                'until `--resource-timeout` (10m by default) and ends PartiallyFailed.\n\n' +
                'Only workloads the Backup (or the Restore and its source Backup in the repository) surely takes are checked, and only when no ' +
                'hook annotation of the same kind replaces the spec hook on them (`spec-hook-hidden-by-annotation`); annotation hooks are ' +
                "`hook-unknown-container`'s. A container that is an init container or native sidecar is `spec-hook-targets-init-container`'s. " +
                'Names that service meshes and agents inject (`istio-proxy`, `linkerd-proxy`, `vault-agent`, `daprd`, `consul-dataplane`) are not checked.',
            fix: "Name a container every selected pod has (or leave `container` out for each pod's first container), or narrow the entry's `labelSelector` so it selects only pods with that container.",
        },
        versions: {
            applies: 'all; the restore consequence differs from v1.14 and on main',
            outcomes: [
                { versions: 'v1.12.0 … v1.13.2', outcome: 'Backup: the hook fails ("no such container"), PartiallyFailed. Restore: the hook is discarded.' },
                { versions: 'v1.14.0 … v1.18.2', outcome: 'Backup: as above. Restore: the hook is discarded and the Restore hangs in Finalizing forever.' },
                { versions: 'main', outcome: 'Backup: as above. Restore: discarded; the Restore waits until `--resource-timeout`, then ends PartiallyFailed.' },
            ],
        },
        messages: {
            backup: 'Container {{name}} is not in {{workloads}}, so Velero {{version}} fails this {{phase}} hook there with "no such container" and the Backup ends PartiallyFailed; name a container every selected pod has, or narrow the labelSelector.',
            backupFail: 'Container {{name}} is not in {{workloads}}, so Velero {{version}} fails this pre hook there with "no such container" and, as onError is Fail, does not back up those pods; name a container every selected pod has, or narrow the labelSelector.',
            restore: 'Container {{name}} is not in {{workloads}}, so Velero {{version}} discards this exec hook for those pods{{outcome}}; name a container every selected pod has, or narrow the labelSelector.',
        },
    },
    checkRepository(context) {
        const version = context.veleroVersion;
        const hooks = RepoHooks.of(context.repo, version);
        for (const scope of [...hooks.backups, ...hooks.restores]) {
            if (scope.fails)
                continue;
            for (const entry of scope.entries) {
                for (const hook of entry.execHooks) {
                    const value = hook.container?.value;
                    if (value === undefined || INJECTED_CONTAINERS.has(value))
                        continue;
                    const missing = lackingOnce(execHookRunsOn(hooks, scope, hook), value);
                    if (missing.length === 0)
                        continue;
                    context.report({
                        messageId: messageOf(hook),
                        data: { name: quote(value), workloads: listOf(missing, withContainers), version: formatVersion(version), phase: hook.phase, outcome: restoreDiscardOutcome(version) },
                        place: hook.container.place,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/spec-hook-hidden-by-annotation.ts



/** The reached workloads whose annotation hook of the family wins over the entry's hooks. */
function hiddenOn(reached, family) {
    const out = [];
    for (const { workload, hooks } of reached) {
        const hook = hooks[family];
        if (typeof hook === 'object')
            out.push({ workload, annotation: hook.switch });
    }
    return out;
}
/** "Deployment db in namespace shop (apps/db.yaml:3; pre.hook.backup.velero.io/command at apps/db.yaml:12)" */
const describeHidden = (h) => `${describeWorkload(h.workload).slice(0, -1)}; ${h.annotation.key} at ${at(h.annotation.keyPlace)})`;
function backupFindings(hooks, scope, entry) {
    const out = [];
    for (const phase of ['pre', 'post']) {
        const key = entry.phaseKeys.get(phase);
        if (!key || !entry.execHooks.some((h) => h.phase === phase))
            continue;
        const hidden = hiddenOn(hooks.reached(scope, entry, 'backup'), phase);
        if (hidden.length > 0)
            out.push({ messageId: 'backup', key, hidden, phase });
    }
    return out;
}
function restoreFindings(hooks, scope, entry) {
    const out = [];
    if (entry.initKey && entry.initContainers.length > 0) {
        const hidden = hiddenOn(hooks.reached(scope, entry, 'init'), 'init');
        if (hidden.length > 0)
            out.push({ messageId: 'init', key: entry.initKey, hidden });
    }
    const exec = entry.execHooks[0];
    if (exec) {
        const hidden = hiddenOn(hooks.reached(scope, entry, 'exec'), 'exec');
        if (hidden.length > 0)
            out.push({ messageId: 'exec', key: exec.exec, hidden });
    }
    return out;
}
/* harmony default export */ const spec_hook_hidden_by_annotation = (defineRule({
    meta: {
        id: 'spec-hook-hidden-by-annotation',
        severity: 'warning',
        docs: {
            summary: 'A Backup/Schedule/Restore spec hook selects pods whose hook annotation of the same kind wins over it, so it never runs there.',
            description: 'Velero runs a hook annotation instead of the spec hooks of the same kind, for each pod, without a word in the logs ' +
                '(velero-plan-semantics.md §1.4, §2.4, §2.5; `velero-hooks.md` §3.3):\n\n' +
                '- Backups, per phase (`HandleHooks`, internal/hook/item_hook_handler.go): a `pre.hook.backup.velero.io/command` (or, when it ' +
                'is missing or empty, the legacy `hook.backup.velero.io/command`) hides the spec `pre` hooks only; `post.hook.backup.velero.io/command` ' +
                'hides the spec `post` hooks only.\n' +
                '- Restores: `init.hook.restore.velero.io/container-image` hides every spec init container (`HandleRestoreHooks`); ' +
                '`post.hook.restore.velero.io/command` hides every spec exec hook (`GroupRestoreExecHooks`). Init and exec are independent.\n\n' +
                'The finding sits on the entry\'s `pre`/`post` list, or its first `init`/`exec`, and names the workloads (with the annotation\'s ' +
                'file and line) where the spec hooks are dropped. Workloads the Backup or Restore proves it does not take are left out.',
            fix: 'Keep one source per pod and kind: move the command into the spec entry and remove the annotation, or narrow the entry\'s `labelSelector` so it no longer selects the annotated pods.',
        },
        messages: {
            backup: '{{workloads}}: a {{phase}} hook annotation wins over spec {{phase}} hooks, so Velero never runs this entry\'s {{phase}} hooks on those pods; keep one of the two (move the command here and remove the annotation, or narrow the labelSelector).',
            init: '{{workloads}}: an init.hook.restore.velero.io/container-image annotation wins over spec init hooks, so Velero injects none of these init containers into those pods; keep one of the two (move the container here and remove the annotations, or narrow the labelSelector).',
            exec: '{{workloads}}: a post.hook.restore.velero.io/command annotation wins over spec exec hooks, so Velero runs none of this entry\'s exec hooks in those pods; keep one of the two (move the command here and remove the annotation, or narrow the labelSelector).',
        },
    },
    checkRepository(context) {
        const hooks = RepoHooks.of(context.repo, context.veleroVersion);
        const scopes = [...hooks.backups, ...hooks.restores];
        for (const scope of scopes) {
            if (scope.fails)
                continue;
            for (const entry of scope.entries) {
                const findings = scope.object.kind === 'Restore' ? restoreFindings(hooks, scope, entry) : backupFindings(hooks, scope, entry);
                for (const f of findings) {
                    context.report({
                        messageId: f.messageId,
                        data: { workloads: listOf(f.hidden, describeHidden), ...(f.phase ? { phase: f.phase } : {}) },
                        place: keyPlace(scope.object, f.key),
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/spec-hook-invalid-exec.ts



/* harmony default export */ const spec_hook_invalid_exec = (defineRule({
    meta: {
        id: 'spec-hook-invalid-exec',
        severity: 'error',
        docs: {
            summary: 'A Restore/Backup/Schedule exec hook with a missing or empty command, a bad `onError`, or a bad duration.',
            description: 'The Velero CRDs require `exec.command` (a list with at least one string) and restrict `onError` to `Continue` or `Fail`; ' +
                'the API server rejects the object otherwise, so no backup or restore happens on schedule. Durations (`timeout`, ' +
                '`execTimeout`, `waitTimeout`) are Go durations; Velero cannot decode anything else.',
            fix: 'Give `command` as a non-empty list of strings, `onError: Continue` or `Fail`, and durations such as `30s` or `5m`.',
        },
        messages: {
            missingCommand: 'This exec hook has no command, so the API server rejects the {{kind}} (command is required); add command as a list of strings.',
            commandNotList: 'command must be a list of strings; the API server rejects the {{kind}}. Write it as ["/bin/sh", "-c", "…"].',
            emptyCommand: 'command is an empty list, so the API server rejects the {{kind}} (at least one element is required); give the command to run.',
            commandElement: 'Every command element must be a string; the API server rejects the {{kind}}. Quote this element.',
            onError: 'onError "{{value}}" is not Continue or Fail, so the API server rejects the {{kind}}; write {{suggestion}}.',
            duration: '{{field}} "{{value}}" is not a Go duration ({{error}}), so Velero cannot decode this {{kind}}; write e.g. "30s" or "5m".',
            durationType: '{{field}} must be a duration string such as "30s", so the API server rejects the {{kind}}; quote it with a unit.',
            negative: '{{field}} "{{value}}" is negative, which disables the timeout (v1.18) or expires the wait at once; use a positive duration.',
            waitForReady: 'waitForReady must be true or false; the API server rejects the {{kind}} otherwise.',
        },
    },
    create(context) {
        return {
            velero(target) {
                const kind = target.kind;
                for (const { value: exec, kind: execKind } of execHooks(target)) {
                    const at = (field) => ({ resource: target.resource, path: [...exec.path, field] });
                    const commandEntry = exec.entry('command');
                    const command = commandEntry?.value;
                    if (!commandEntry || command?.kind === 'null') {
                        context.report({ ...at('command'), messageId: 'missingCommand', data: { kind }, node: commandEntry?.keyNode ?? exec.firstKeyNode(), fallback: exec.node });
                    }
                    else if (command?.kind !== 'seq') {
                        context.report({ ...at('command'), messageId: 'commandNotList', data: { kind }, node: command?.node });
                    }
                    else {
                        const elements = command.items();
                        if (elements.length === 0) {
                            context.report({ ...at('command'), messageId: 'emptyCommand', data: { kind }, node: command.node });
                        }
                        else {
                            const bad = elements.find((v) => !v.isString);
                            if (bad)
                                context.report({ ...at('command'), messageId: 'commandElement', data: { kind }, node: bad.node });
                        }
                    }
                    const onError = exec.get('onError');
                    if (onError?.kind === 'scalar' && onError.scalar !== 'Continue' && onError.scalar !== 'Fail') {
                        const value = String(onError.scalar);
                        const lower = value.toLowerCase();
                        const suggestion = lower === 'fail' ? '"Fail"' : lower === 'continue' ? '"Continue"' : '"Continue" or "Fail"';
                        context.report({ ...at('onError'), messageId: 'onError', data: { kind, value, suggestion }, node: onError.node });
                    }
                    const durationFields = execKind === 'restore' ? ['execTimeout', 'waitTimeout'] : ['timeout'];
                    for (const field of durationFields) {
                        const v = exec.get(field);
                        if (v?.kind !== 'scalar' || v.scalar === '')
                            continue;
                        const text = v.string();
                        if (text === undefined) {
                            context.report({ ...at(field), messageId: 'durationType', data: { kind, field }, node: v.node });
                            continue;
                        }
                        const parsed = parseGoDuration(text);
                        if (!parsed.ok)
                            context.report({ ...at(field), messageId: 'duration', data: { kind, field, value: text, error: parsed.error }, node: v.node });
                        else if (parsed.nanoseconds < 0)
                            context.report({ ...at(field), messageId: 'negative', data: { field, value: text }, node: v.node });
                    }
                    if (execKind === 'restore') {
                        const w = exec.get('waitForReady');
                        if (w?.kind === 'scalar' && w.boolean() === undefined) {
                            context.report({ ...at('waitForReady'), messageId: 'waitForReady', data: { kind }, node: w.node });
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/spec-hook-targets-init-container.ts





const matches = (c, value) => c.name !== undefined && containerNameMatches(c.name, value);
/** The init container the hook names on this workload, when it names no app container; undefined otherwise. */
function initTarget(w, value) {
    if (w.containers.some((c) => matches(c, value)))
        return undefined;
    return w.initContainers.find((c) => matches(c, value));
}
/** The workloads where the name is an init container and no app container, looked up once per list and name (Backups written alike share lists). */
function initTargets(workloads, value) {
    let byValue = targetsMemo.get(workloads);
    if (!byValue)
        targetsMemo.set(workloads, (byValue = new Map()));
    let list = byValue.get(value);
    if (!list) {
        list = [];
        for (const workload of workloads) {
            const target = initTarget(workload, value);
            if (target)
                list.push({ workload, target });
        }
        byValue.set(value, list);
    }
    return list;
}
const targetsMemo = new WeakMap();
/** Which message a hook on this init container gets, or undefined when Velero runs it there. */
function messageFor(hook, target, version) {
    if (hook.phase === 'exec')
        return 'restore';
    if (target.restartPolicy !== 'Always')
        return 'backupInit';
    return backupHookAcceptsSidecar(version) ? undefined : 'backupSidecar';
}
/** "Deployment web in namespace shop (apps/web.yaml:3; init container at apps/web.yaml:20)" */
function describeTarget(t) {
    const what = t.target.restartPolicy === 'Always' ? 'native sidecar' : 'init container';
    return `${describeWorkload(t.workload).slice(0, -1)}; ${what} at ${t.target.place.file}:${t.target.place.span.line})`;
}
/* harmony default export */ const spec_hook_targets_init_container = (defineRule({
    meta: {
        id: 'spec-hook-targets-init-container',
        severity: 'error',
        docs: {
            summary: "A Backup/Schedule/Restore spec exec hook's `container` is an init container or native sidecar of pods it selects.",
            description: 'Velero execs hooks in running app containers (velero-plan-semantics.md §1.7, §2.5, §4 rows 3–4):\n\n' +
                '- Restore exec hooks must name one of `spec.containers` (`podHasContainer`, internal/hook/wait_exec_hook_handler.go, every version, main ' +
                'included): a hook on an init container or a native sidecar (an init container with `restartPolicy: Always`) is discarded, and since ' +
                'v1.14 the Restore hangs in Finalizing (velero#9749); on main it waits until `--resource-timeout` (10m by default) and ends PartiallyFailed.\n' +
                '- Backup hooks fail with `no such container` on an init container in every version, and on a native sidecar up to v1.18.2 ' +
                '(`ensureContainerExists`, pkg/podexec/pod_command_executor.go; main accepts sidecars since PR #9403, velero#9393). A failed hook ' +
                'makes the Backup PartiallyFailed.\n\n' +
                'Only workloads the Backup (or the Restore and its source Backup in the repository) surely takes are checked, and only when no ' +
                'hook annotation of the same kind replaces the spec hook on them; annotation hooks are `hook-unknown-container`\'s.',
            fix: 'Name an app container (one of `spec.containers`) of the selected pods; to act on a sidecar at restore, run the command from an app container.',
        },
        versions: {
            applies: 'all; native sidecars are backup hook targets on main',
            outcomes: [
                { versions: 'v1.12.0 … v1.13.2', outcome: 'Backup: "no such container". Restore: the hook is discarded.' },
                { versions: 'v1.14.0 … v1.18.2', outcome: 'Backup: "no such container". Restore: discarded, and the Restore hangs in Finalizing forever.' },
                { versions: 'main', outcome: 'Backup: fine on a native sidecar, "no such container" on another init container. Restore: discarded; the Restore waits until `--resource-timeout`.' },
            ],
        },
        messages: {
            backupSidecar: 'Container {{name}} is a native sidecar of {{workloads}}, and Velero {{version}} runs backup hooks only in spec.containers, so this hook fails there with "no such container" (only Velero main accepts sidecars) and the Backup ends PartiallyFailed; name an app container.',
            backupInit: 'Container {{name}} is an init container of {{workloads}}, so Velero {{version}} fails this backup hook there with "no such container" and the Backup ends PartiallyFailed; name an app container.',
            restore: 'Container {{name}} is not an app container of {{workloads}}, and Velero {{version}} runs restore exec hooks only in spec.containers, so it discards this hook for those pods{{outcome}}; name an app container.',
        },
    },
    checkRepository(context) {
        const version = context.veleroVersion;
        const hooks = RepoHooks.of(context.repo, version);
        for (const scope of [...hooks.backups, ...hooks.restores]) {
            if (scope.fails)
                continue;
            for (const entry of scope.entries) {
                for (const hook of entry.execHooks) {
                    const value = hook.container?.value;
                    if (value === undefined)
                        continue;
                    const byMessage = new Map();
                    for (const { workload, target } of initTargets(execHookRunsOn(hooks, scope, hook), value)) {
                        const messageId = messageFor(hook, target, version);
                        if (!messageId)
                            continue;
                        const list = byMessage.get(messageId) ?? [];
                        list.push({ workload, target });
                        byMessage.set(messageId, list);
                    }
                    for (const [messageId, targets] of byMessage) {
                        context.report({
                            messageId,
                            data: { name: quote(value), workloads: listOf(targets, describeTarget), version: formatVersion(version), outcome: restoreDiscardOutcome(version) },
                            place: hook.container.place,
                        });
                    }
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/template-skipped.ts

/* harmony default export */ const template_skipped = (defineRule({
    meta: {
        id: 'template-skipped',
        severity: 'notice',
        docs: {
            summary: 'A document is a template (Helm/Go `{{ }}`, Jinja `{% %}`) and was not linted.',
            description: 'Template source is not the YAML that reaches the cluster, so positions and values in it cannot be checked faithfully. ' +
                'Decided per document: a mark in a key, a plain value, a flow collection or a comment, or in a document that does not parse, makes a template; ' +
                'a `{{` inside a quoted or block string of a document that parses is data (a Prometheus label template in a ConfigMap), and the document is linted.',
            fix: 'Render the template (`helm template`, `kustomize build`) into files and lint those, or ignore the template path.',
        },
        messages: {
            template: 'This document is a template ("{{mark}}" found here) and was not linted; render it (e.g. helm template) and lint the output to check its Velero hooks.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/unused-suppression.ts

/** Reported by the engine (src/engine/suppressions.ts) for suppression comments that do nothing. */
/* harmony default export */ const unused_suppression = (defineRule({
    meta: {
        id: 'unused-suppression',
        severity: 'notice',
        docs: {
            summary: 'A `# velero-hooks-ignore` comment that suppresses nothing.',
            description: 'A suppression comment stays in the manifest after the mistake it excused has been fixed, or it names a rule that reports ' +
                'nothing on its line (a typo in the rule id, or a comment on the wrong line). Left in place, it would silently hide a real ' +
                'mistake the next time one appears there. Like ESLint\'s unused disable directives, such comments are reported as notices.',
            fix: 'Remove the comment, or the rule id that no longer applies, or move the comment onto the line of the finding (or the line above it).',
        },
        messages: {
            unused: 'This suppression of "{{rule}}" matched no finding {{where}}, so it does nothing; remove it, or move it onto the line of the finding or the line above.',
            unknownRule: '"{{rule}}" is not a velero-hooks rule id, so this suppression does nothing{{hint}}; run "velero-hooks rules" to list the ids.',
            noRules: 'This {{directive}} comment names no rule, so it suppresses nothing; list the rule ids: # {{directive}} <rule>[,<rule>] -- reason.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/yaml-syntax.ts

/* harmony default export */ const yaml_syntax = (defineRule({
    meta: {
        id: 'yaml-syntax',
        severity: 'error',
        docs: {
            summary: 'A file with Velero content does not parse as YAML (including duplicate keys).',
            description: 'kubectl and the API server reject a manifest that is not valid YAML, so none of its hooks reach the cluster.\n\n' +
                'Duplicate keys are the quiet variant, and tools differ: `kubectl apply` and `kubectl create` decode manifests with ' +
                "sigs.k8s.io/yaml's non-strict `Unmarshal` (apimachinery's YAMLOrJSONDecoder), which keeps the **last** value without a " +
                'word, so an annotation map that lists a hook key twice silently loses the first value (annotations can express one hook ' +
                "per family per pod); kustomize (and Flux's kustomize-controller) decodes with yaml.v3 and **rejects** the file " +
                '("mapping key … already defined").',
            fix: 'Fix the syntax at the reported position. For duplicate hook keys, keep one hook per family, or move the extra hook to a Backup/Restore spec.',
        },
        messages: {
            syntax: 'YAML error ({{code}}): {{detail}}. kubectl rejects this document, so Velero never sees its hooks; fix the syntax here.',
            duplicateKey: 'YAML error (DUPLICATE_KEY): the key {{key}} is already set at line {{firstLine}} of this mapping. kubectl apply and kubectl create keep only the last value (sigs.k8s.io/yaml), so the value at line {{firstLine}} is silently lost, and kustomize rejects the file ("mapping key already defined"); keep one of them.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts
















































const RULES = [
    backup_hook_legacy_mixed,
    backup_hook_selector_disjoint,
    backup_namespace_glob_literal,
    backup_selector_misses_hooked_pods,
    backup_spec_hooks_skip_pods,
    file_unreadable,
    fs_backup_annotation_on_controller,
    fs_backup_volume_unknown,
    hook_annotation_not_string,
    hook_annotation_on_controller,
    hook_annotation_unknown_key,
    hook_command_empty_array,
    hook_command_invalid_json,
    hook_command_not_array,
    hook_command_unsplit_array,
    hook_invalid_bool,
    hook_invalid_duration,
    hook_invalid_on_error,
    hook_keys_not_checked,
    hook_orphan_setting,
    hook_unknown_container,
    init_hook_invalid_image,
    init_hook_invalid_name,
    init_hook_missing_command,
    init_hook_missing_image,
    init_hook_name_conflict,
    init_hook_no_volume_access,
    init_hook_on_job_pods,
    init_hook_timeout_ignored,
    label_selector_invalid,
    label_selector_with_or_selectors,
    resource_filter_excludes_hooked_pods,
    restore_exec_hook_index_hang,
    restore_exec_hook_no_wait_timeout,
    restore_hook_namespace_not_restored,
    restore_namespace_is_mapping_target,
    restore_spec_hook_resources_ignored,
    restore_spec_init_container_conflict,
    restore_spec_invalid_init_container,
    source_not_rendered,
    spec_hook_container_missing,
    spec_hook_hidden_by_annotation,
    spec_hook_invalid_exec,
    spec_hook_targets_init_container,
    template_skipped,
    unused_suppression,
    yaml_syntax,
];
const rules_RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
/** Every rule, with optional severity overrides, for the targeted Velero version (default: the latest release). */
function defaultRuleSet(severities, veleroVersion = LATEST_RELEASE) {
    return {
        rules: RULES.filter((r) => r.create || r.checkRepository),
        yamlSyntax: yaml_syntax,
        templateSkipped: template_skipped,
        fileUnreadable: file_unreadable,
        unusedSuppression: unused_suppression,
        hookKeysNotChecked: hook_keys_not_checked,
        sourceNotRendered: source_not_rendered,
        knownRuleIds: new Set(rules_RULES_BY_ID.keys()),
        severities,
        veleroVersion,
    };
}

;// CONCATENATED MODULE: ./src/worker-rules.ts

/**
 * The rule set as registry ids, or undefined when a rule is not the registry's (it cannot be sent).
 * The engine's own rules (syntax, templates, unreadable files, suppressions, unchecked keys) are
 * always the registry's: the worker takes them from defaultRuleSet.
 */
function workerRules(ruleSet) {
    const engineRules = [ruleSet.yamlSyntax, ruleSet.templateSkipped, ruleSet.fileUnreadable, ruleSet.unusedSuppression, ruleSet.hookKeysNotChecked, ruleSet.sourceNotRendered];
    const fromRegistry = (rule) => RULES_BY_ID.get(rule.meta.id) === rule;
    if (!ruleSet.rules.every(fromRegistry) || !engineRules.every(fromRegistry))
        return undefined;
    return { ruleIds: ruleSet.rules.map((r) => r.meta.id), severities: ruleSet.severities ? [...ruleSet.severities] : undefined, veleroVersion: ruleSet.veleroVersion };
}
/** The rule set workerRules described, in the worker. */
function ruleSetFromWorkerRules(data) {
    const sent = data;
    const get = (id) => {
        const rule = rules_RULES_BY_ID.get(id);
        if (!rule)
            throw new Error(`lint worker: no rule ${id} in the registry`);
        return rule;
    };
    const base = defaultRuleSet(sent.severities ? new Map(sent.severities) : undefined, sent.veleroVersion);
    return { ...base, rules: sent.ruleIds.map(get) };
}
/**
 * The lint workers of a bundle: the worker bundle at `relative` from the bundle's own URL (the
 * entry's import.meta.url). Running from source that file does not exist, and runLint uses one thread.
 */
function bundledLintWorkers(relative, base) {
    // A URL made from variables: a literal `new URL('./x', import.meta.url)` would make the bundler
    // try to resolve and copy the file at build time.
    return { file: new URL(relative, base), workerData: workerRules };
}

;// CONCATENATED MODULE: ./src/lint-worker.ts
// The lint worker's script, bundled by ncc as an entry of its own (dist/lint-worker/index.js):
// the pool in engine/lint-pool.ts starts it and sends it files to check.


serveLintJobs(ruleSetFromWorkerRules);

