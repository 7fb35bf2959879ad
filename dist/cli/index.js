import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2400:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
const fs = __nccwpck_require__(9896);
exports.FILE_SYSTEM_ADAPTER = {
    lstat: fs.lstat,
    stat: fs.stat,
    lstatSync: fs.lstatSync,
    statSync: fs.statSync,
    readdir: fs.readdir,
    readdirSync: fs.readdirSync
};
function createFileSystemAdapter(fsMethods) {
    if (fsMethods === undefined) {
        return exports.FILE_SYSTEM_ADAPTER;
    }
    return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
}
exports.createFileSystemAdapter = createFileSystemAdapter;


/***/ }),

/***/ 2479:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
const NODE_PROCESS_VERSION_PARTS = process.versions.node.split('.');
if (NODE_PROCESS_VERSION_PARTS[0] === undefined || NODE_PROCESS_VERSION_PARTS[1] === undefined) {
    throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
}
const MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
const MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
const SUPPORTED_MAJOR_VERSION = 10;
const SUPPORTED_MINOR_VERSION = 10;
const IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
const IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
/**
 * IS `true` for Node.js 10.10 and greater.
 */
exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Settings = exports.scandirSync = exports.scandir = void 0;
const async = __nccwpck_require__(7299);
const sync = __nccwpck_require__(7200);
const settings_1 = __nccwpck_require__(2501);
exports.Settings = settings_1.default;
function scandir(path, optionsOrSettingsOrCallback, callback) {
    if (typeof optionsOrSettingsOrCallback === 'function') {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
    }
    async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
}
exports.scandir = scandir;
function scandirSync(path, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    return sync.read(path, settings);
}
exports.scandirSync = scandirSync;
function getSettings(settingsOrOptions = {}) {
    if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
    }
    return new settings_1.default(settingsOrOptions);
}


/***/ }),

/***/ 7299:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
const fsStat = __nccwpck_require__(1470);
const rpl = __nccwpck_require__(2743);
const constants_1 = __nccwpck_require__(2479);
const utils = __nccwpck_require__(1144);
const common = __nccwpck_require__(770);
function read(directory, settings, callback) {
    if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
    }
    readdir(directory, settings, callback);
}
exports.read = read;
function readdirWithFileTypes(directory, settings, callback) {
    settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
            callFailureCallback(callback, readdirError);
            return;
        }
        const entries = dirents.map((dirent) => ({
            dirent,
            name: dirent.name,
            path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
            callSuccessCallback(callback, entries);
            return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
            if (rplError !== null) {
                callFailureCallback(callback, rplError);
                return;
            }
            callSuccessCallback(callback, rplEntries);
        });
    });
}
exports.readdirWithFileTypes = readdirWithFileTypes;
function makeRplTaskEntry(entry, settings) {
    return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
            done(null, entry);
            return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
            if (statError !== null) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                    done(statError);
                    return;
                }
                done(null, entry);
                return;
            }
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
            done(null, entry);
        });
    };
}
function readdir(directory, settings, callback) {
    settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
            callFailureCallback(callback, readdirError);
            return;
        }
        const tasks = names.map((name) => {
            const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
            return (done) => {
                fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
                    if (error !== null) {
                        done(error);
                        return;
                    }
                    const entry = {
                        name,
                        path,
                        dirent: utils.fs.createDirentFromStats(name, stats)
                    };
                    if (settings.stats) {
                        entry.stats = stats;
                    }
                    done(null, entry);
                });
            };
        });
        rpl(tasks, (rplError, entries) => {
            if (rplError !== null) {
                callFailureCallback(callback, rplError);
                return;
            }
            callSuccessCallback(callback, entries);
        });
    });
}
exports.readdir = readdir;
function callFailureCallback(callback, error) {
    callback(error);
}
function callSuccessCallback(callback, result) {
    callback(null, result);
}


/***/ }),

/***/ 770:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.joinPathSegments = void 0;
function joinPathSegments(a, b, separator) {
    /**
     * The correct handling of cases when the first segment is a root (`/`, `C:/`) or UNC path (`//?/C:/`).
     */
    if (a.endsWith(separator)) {
        return a + b;
    }
    return a + separator + b;
}
exports.joinPathSegments = joinPathSegments;


/***/ }),

/***/ 7200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
const fsStat = __nccwpck_require__(1470);
const constants_1 = __nccwpck_require__(2479);
const utils = __nccwpck_require__(1144);
const common = __nccwpck_require__(770);
function read(directory, settings) {
    if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
    }
    return readdir(directory, settings);
}
exports.read = read;
function readdirWithFileTypes(directory, settings) {
    const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
    return dirents.map((dirent) => {
        const entry = {
            dirent,
            name: dirent.name,
            path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
            try {
                const stats = settings.fs.statSync(entry.path);
                entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
            }
            catch (error) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                    throw error;
                }
            }
        }
        return entry;
    });
}
exports.readdirWithFileTypes = readdirWithFileTypes;
function readdir(directory, settings) {
    const names = settings.fs.readdirSync(directory);
    return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
            name,
            path: entryPath,
            dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
            entry.stats = stats;
        }
        return entry;
    });
}
exports.readdir = readdir;


/***/ }),

/***/ 2501:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const fsStat = __nccwpck_require__(1470);
const fs = __nccwpck_require__(2400);
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
            followSymbolicLink: this.followSymbolicLinks,
            fs: this.fs,
            throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
    }
    _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createDirentFromStats = void 0;
class DirentFromStats {
    constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
    }
}
function createDirentFromStats(name, stats) {
    return new DirentFromStats(name, stats);
}
exports.createDirentFromStats = createDirentFromStats;


/***/ }),

/***/ 1144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fs = void 0;
const fs = __nccwpck_require__(5497);
exports.fs = fs;


/***/ }),

/***/ 4368:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
const fs = __nccwpck_require__(9896);
exports.FILE_SYSTEM_ADAPTER = {
    lstat: fs.lstat,
    stat: fs.stat,
    lstatSync: fs.lstatSync,
    statSync: fs.statSync
};
function createFileSystemAdapter(fsMethods) {
    if (fsMethods === undefined) {
        return exports.FILE_SYSTEM_ADAPTER;
    }
    return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
}
exports.createFileSystemAdapter = createFileSystemAdapter;


/***/ }),

/***/ 1470:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statSync = exports.stat = exports.Settings = void 0;
const async = __nccwpck_require__(1539);
const sync = __nccwpck_require__(6544);
const settings_1 = __nccwpck_require__(4853);
exports.Settings = settings_1.default;
function stat(path, optionsOrSettingsOrCallback, callback) {
    if (typeof optionsOrSettingsOrCallback === 'function') {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
    }
    async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
}
exports.stat = stat;
function statSync(path, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    return sync.read(path, settings);
}
exports.statSync = statSync;
function getSettings(settingsOrOptions = {}) {
    if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
    }
    return new settings_1.default(settingsOrOptions);
}


/***/ }),

/***/ 1539:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.read = void 0;
function read(path, settings, callback) {
    settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
            callFailureCallback(callback, lstatError);
            return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
            callSuccessCallback(callback, lstat);
            return;
        }
        settings.fs.stat(path, (statError, stat) => {
            if (statError !== null) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                    callFailureCallback(callback, statError);
                    return;
                }
                callSuccessCallback(callback, lstat);
                return;
            }
            if (settings.markSymbolicLink) {
                stat.isSymbolicLink = () => true;
            }
            callSuccessCallback(callback, stat);
        });
    });
}
exports.read = read;
function callFailureCallback(callback, error) {
    callback(error);
}
function callSuccessCallback(callback, result) {
    callback(null, result);
}


/***/ }),

/***/ 6544:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.read = void 0;
function read(path, settings) {
    const lstat = settings.fs.lstatSync(path);
    if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
    }
    try {
        const stat = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
        }
        return stat;
    }
    catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
            return lstat;
        }
        throw error;
    }
}
exports.read = read;


/***/ }),

/***/ 4853:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs = __nccwpck_require__(4368);
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
    }
    _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
const async_1 = __nccwpck_require__(1936);
const stream_1 = __nccwpck_require__(8986);
const sync_1 = __nccwpck_require__(8769);
const settings_1 = __nccwpck_require__(244);
exports.Settings = settings_1.default;
function walk(directory, optionsOrSettingsOrCallback, callback) {
    if (typeof optionsOrSettingsOrCallback === 'function') {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
    }
    new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
}
exports.walk = walk;
function walkSync(directory, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    const provider = new sync_1.default(directory, settings);
    return provider.read();
}
exports.walkSync = walkSync;
function walkStream(directory, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    const provider = new stream_1.default(directory, settings);
    return provider.read();
}
exports.walkStream = walkStream;
function getSettings(settingsOrOptions = {}) {
    if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
    }
    return new settings_1.default(settingsOrOptions);
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const async_1 = __nccwpck_require__(1906);
class AsyncProvider {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
    }
    read(callback) {
        this._reader.onError((error) => {
            callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
            this._storage.push(entry);
        });
        this._reader.onEnd(() => {
            callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
    }
}
exports["default"] = AsyncProvider;
function callFailureCallback(callback, error) {
    callback(error);
}
function callSuccessCallback(callback, entries) {
    callback(null, entries);
}


/***/ }),

/***/ 8986:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const stream_1 = __nccwpck_require__(2203);
const async_1 = __nccwpck_require__(1906);
class StreamProvider {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
            objectMode: true,
            read: () => { },
            destroy: () => {
                if (!this._reader.isDestroyed) {
                    this._reader.destroy();
                }
            }
        });
    }
    read() {
        this._reader.onError((error) => {
            this._stream.emit('error', error);
        });
        this._reader.onEntry((entry) => {
            this._stream.push(entry);
        });
        this._reader.onEnd(() => {
            this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
    }
}
exports["default"] = StreamProvider;


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const sync_1 = __nccwpck_require__(3431);
class SyncProvider {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
    }
    read() {
        return this._reader.read();
    }
}
exports["default"] = SyncProvider;


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const events_1 = __nccwpck_require__(4434);
const fsScandir = __nccwpck_require__(7198);
const fastq = __nccwpck_require__(3281);
const common = __nccwpck_require__(4449);
const reader_1 = __nccwpck_require__(5903);
class AsyncReader extends reader_1.default {
    constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
            if (!this._isFatalError) {
                this._emitter.emit('end');
            }
        };
    }
    read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
            this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
    }
    get isDestroyed() {
        return this._isDestroyed;
    }
    destroy() {
        if (this._isDestroyed) {
            throw new Error('The reader is already destroyed');
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
    }
    onEntry(callback) {
        this._emitter.on('entry', callback);
    }
    onError(callback) {
        this._emitter.once('error', callback);
    }
    onEnd(callback) {
        this._emitter.once('end', callback);
    }
    _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
            if (error !== null) {
                this._handleError(error);
            }
        });
    }
    _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
            if (error !== null) {
                done(error, undefined);
                return;
            }
            for (const entry of entries) {
                this._handleEntry(entry, item.base);
            }
            done(null, undefined);
        });
    }
    _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
            return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit('error', error);
    }
    _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
            return;
        }
        const fullpath = entry.path;
        if (base !== undefined) {
            entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
            this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
            this._pushToQueue(fullpath, base === undefined ? undefined : entry.path);
        }
    }
    _emitEntry(entry) {
        this._emitter.emit('entry', entry);
    }
}
exports["default"] = AsyncReader;


/***/ }),

/***/ 4449:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
function isFatalError(settings, error) {
    if (settings.errorFilter === null) {
        return true;
    }
    return !settings.errorFilter(error);
}
exports.isFatalError = isFatalError;
function isAppliedFilter(filter, value) {
    return filter === null || filter(value);
}
exports.isAppliedFilter = isAppliedFilter;
function replacePathSegmentSeparator(filepath, separator) {
    return filepath.split(/[/\\]/).join(separator);
}
exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
function joinPathSegments(a, b, separator) {
    if (a === '') {
        return b;
    }
    /**
     * The correct handling of cases when the first segment is a root (`/`, `C:/`) or UNC path (`//?/C:/`).
     */
    if (a.endsWith(separator)) {
        return a + b;
    }
    return a + separator + b;
}
exports.joinPathSegments = joinPathSegments;


/***/ }),

/***/ 5903:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const common = __nccwpck_require__(4449);
class Reader {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
    }
}
exports["default"] = Reader;


/***/ }),

/***/ 3431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fsScandir = __nccwpck_require__(7198);
const common = __nccwpck_require__(4449);
const reader_1 = __nccwpck_require__(5903);
class SyncReader extends reader_1.default {
    constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = new Set();
    }
    read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
    }
    _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
    }
    _handleQueue() {
        for (const item of this._queue.values()) {
            this._handleDirectory(item.directory, item.base);
        }
    }
    _handleDirectory(directory, base) {
        try {
            const entries = this._scandir(directory, this._settings.fsScandirSettings);
            for (const entry of entries) {
                this._handleEntry(entry, base);
            }
        }
        catch (error) {
            this._handleError(error);
        }
    }
    _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
            return;
        }
        throw error;
    }
    _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== undefined) {
            entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
            this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
            this._pushToQueue(fullpath, base === undefined ? undefined : entry.path);
        }
    }
    _pushToStorage(entry) {
        this._storage.push(entry);
    }
}
exports["default"] = SyncReader;


/***/ }),

/***/ 244:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const fsScandir = __nccwpck_require__(7198);
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, undefined);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
            followSymbolicLinks: this._options.followSymbolicLinks,
            fs: this._options.fs,
            pathSegmentSeparator: this._options.pathSegmentSeparator,
            stats: this._options.stats,
            throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
    }
    _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 748:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const stringify = __nccwpck_require__(3317);
const compile = __nccwpck_require__(1113);
const expand = __nccwpck_require__(5290);
const parse = __nccwpck_require__(507);

/**
 * Expand the given pattern or create a regex-compatible string.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces('{a,b,c}', { compile: true })); //=> ['(a|b|c)']
 * console.log(braces('{a,b,c}')); //=> ['a', 'b', 'c']
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {String}
 * @api public
 */

const braces = (input, options = {}) => {
  let output = [];

  if (Array.isArray(input)) {
    for (const pattern of input) {
      const result = braces.create(pattern, options);
      if (Array.isArray(result)) {
        output.push(...result);
      } else {
        output.push(result);
      }
    }
  } else {
    output = [].concat(braces.create(input, options));
  }

  if (options && options.expand === true && options.nodupes === true) {
    output = [...new Set(output)];
  }
  return output;
};

/**
 * Parse the given `str` with the given `options`.
 *
 * ```js
 * // braces.parse(pattern, [, options]);
 * const ast = braces.parse('a/{b,c}/d');
 * console.log(ast);
 * ```
 * @param {String} pattern Brace pattern to parse
 * @param {Object} options
 * @return {Object} Returns an AST
 * @api public
 */

braces.parse = (input, options = {}) => parse(input, options);

/**
 * Creates a braces string from an AST, or an AST node.
 *
 * ```js
 * const braces = require('braces');
 * let ast = braces.parse('foo/{a,b}/bar');
 * console.log(stringify(ast.nodes[2])); //=> '{a,b}'
 * ```
 * @param {String} `input` Brace pattern or AST.
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.stringify = (input, options = {}) => {
  if (typeof input === 'string') {
    return stringify(braces.parse(input, options), options);
  }
  return stringify(input, options);
};

/**
 * Compiles a brace pattern into a regex-compatible, optimized string.
 * This method is called by the main [braces](#braces) function by default.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces.compile('a/{b,c}/d'));
 * //=> ['a/(b|c)/d']
 * ```
 * @param {String} `input` Brace pattern or AST.
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.compile = (input, options = {}) => {
  if (typeof input === 'string') {
    input = braces.parse(input, options);
  }
  return compile(input, options);
};

/**
 * Expands a brace pattern into an array. This method is called by the
 * main [braces](#braces) function when `options.expand` is true. Before
 * using this method it's recommended that you read the [performance notes](#performance))
 * and advantages of using [.compile](#compile) instead.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces.expand('a/{b,c}/d'));
 * //=> ['a/b/d', 'a/c/d'];
 * ```
 * @param {String} `pattern` Brace pattern
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.expand = (input, options = {}) => {
  if (typeof input === 'string') {
    input = braces.parse(input, options);
  }

  let result = expand(input, options);

  // filter out empty strings if specified
  if (options.noempty === true) {
    result = result.filter(Boolean);
  }

  // filter out duplicates if specified
  if (options.nodupes === true) {
    result = [...new Set(result)];
  }

  return result;
};

/**
 * Processes a brace pattern and returns either an expanded array
 * (if `options.expand` is true), a highly optimized regex-compatible string.
 * This method is called by the main [braces](#braces) function.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces.create('user-{200..300}/project-{a,b,c}-{1..10}'))
 * //=> 'user-(20[0-9]|2[1-9][0-9]|300)/project-(a|b|c)-([1-9]|10)'
 * ```
 * @param {String} `pattern` Brace pattern
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.create = (input, options = {}) => {
  if (input === '' || input.length < 3) {
    return [input];
  }

  return options.expand !== true
    ? braces.compile(input, options)
    : braces.expand(input, options);
};

/**
 * Expose "braces"
 */

module.exports = braces;


/***/ }),

/***/ 1113:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const fill = __nccwpck_require__(877);
const utils = __nccwpck_require__(2257);

const compile = (ast, options = {}) => {
  const walk = (node, parent = {}) => {
    const invalidBlock = utils.isInvalidBrace(parent);
    const invalidNode = node.invalid === true && options.escapeInvalid === true;
    const invalid = invalidBlock === true || invalidNode === true;
    const prefix = options.escapeInvalid === true ? '\\' : '';
    let output = '';

    if (node.isOpen === true) {
      return prefix + node.value;
    }

    if (node.isClose === true) {
      console.log('node.isClose', prefix, node.value);
      return prefix + node.value;
    }

    if (node.type === 'open') {
      return invalid ? prefix + node.value : '(';
    }

    if (node.type === 'close') {
      return invalid ? prefix + node.value : ')';
    }

    if (node.type === 'comma') {
      return node.prev.type === 'comma' ? '' : invalid ? node.value : '|';
    }

    if (node.value) {
      return node.value;
    }

    if (node.nodes && node.ranges > 0) {
      const args = utils.reduce(node.nodes);
      const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });

      if (range.length !== 0) {
        return args.length > 1 && range.length > 1 ? `(${range})` : range;
      }
    }

    if (node.nodes) {
      for (const child of node.nodes) {
        output += walk(child, node);
      }
    }

    return output;
  };

  return walk(ast);
};

module.exports = compile;


/***/ }),

/***/ 2477:
/***/ ((module) => {



module.exports = {
  MAX_LENGTH: 10000,

  // Digits
  CHAR_0: '0', /* 0 */
  CHAR_9: '9', /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 'A', /* A */
  CHAR_LOWERCASE_A: 'a', /* a */
  CHAR_UPPERCASE_Z: 'Z', /* Z */
  CHAR_LOWERCASE_Z: 'z', /* z */

  CHAR_LEFT_PARENTHESES: '(', /* ( */
  CHAR_RIGHT_PARENTHESES: ')', /* ) */

  CHAR_ASTERISK: '*', /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: '&', /* & */
  CHAR_AT: '@', /* @ */
  CHAR_BACKSLASH: '\\', /* \ */
  CHAR_BACKTICK: '`', /* ` */
  CHAR_CARRIAGE_RETURN: '\r', /* \r */
  CHAR_CIRCUMFLEX_ACCENT: '^', /* ^ */
  CHAR_COLON: ':', /* : */
  CHAR_COMMA: ',', /* , */
  CHAR_DOLLAR: '$', /* . */
  CHAR_DOT: '.', /* . */
  CHAR_DOUBLE_QUOTE: '"', /* " */
  CHAR_EQUAL: '=', /* = */
  CHAR_EXCLAMATION_MARK: '!', /* ! */
  CHAR_FORM_FEED: '\f', /* \f */
  CHAR_FORWARD_SLASH: '/', /* / */
  CHAR_HASH: '#', /* # */
  CHAR_HYPHEN_MINUS: '-', /* - */
  CHAR_LEFT_ANGLE_BRACKET: '<', /* < */
  CHAR_LEFT_CURLY_BRACE: '{', /* { */
  CHAR_LEFT_SQUARE_BRACKET: '[', /* [ */
  CHAR_LINE_FEED: '\n', /* \n */
  CHAR_NO_BREAK_SPACE: '\u00A0', /* \u00A0 */
  CHAR_PERCENT: '%', /* % */
  CHAR_PLUS: '+', /* + */
  CHAR_QUESTION_MARK: '?', /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: '>', /* > */
  CHAR_RIGHT_CURLY_BRACE: '}', /* } */
  CHAR_RIGHT_SQUARE_BRACKET: ']', /* ] */
  CHAR_SEMICOLON: ';', /* ; */
  CHAR_SINGLE_QUOTE: '\'', /* ' */
  CHAR_SPACE: ' ', /*   */
  CHAR_TAB: '\t', /* \t */
  CHAR_UNDERSCORE: '_', /* _ */
  CHAR_VERTICAL_LINE: '|', /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: '\uFEFF' /* \uFEFF */
};


/***/ }),

/***/ 5290:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const fill = __nccwpck_require__(877);
const stringify = __nccwpck_require__(3317);
const utils = __nccwpck_require__(2257);

const append = (queue = '', stash = '', enclose = false) => {
  const result = [];

  queue = [].concat(queue);
  stash = [].concat(stash);

  if (!stash.length) return queue;
  if (!queue.length) {
    return enclose ? utils.flatten(stash).map(ele => `{${ele}}`) : stash;
  }

  for (const item of queue) {
    if (Array.isArray(item)) {
      for (const value of item) {
        result.push(append(value, stash, enclose));
      }
    } else {
      for (let ele of stash) {
        if (enclose === true && typeof ele === 'string') ele = `{${ele}}`;
        result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
      }
    }
  }
  return utils.flatten(result);
};

const expand = (ast, options = {}) => {
  const rangeLimit = options.rangeLimit === undefined ? 1000 : options.rangeLimit;

  const walk = (node, parent = {}) => {
    node.queue = [];

    let p = parent;
    let q = parent.queue;

    while (p.type !== 'brace' && p.type !== 'root' && p.parent) {
      p = p.parent;
      q = p.queue;
    }

    if (node.invalid || node.dollar) {
      q.push(append(q.pop(), stringify(node, options)));
      return;
    }

    if (node.type === 'brace' && node.invalid !== true && node.nodes.length === 2) {
      q.push(append(q.pop(), ['{}']));
      return;
    }

    if (node.nodes && node.ranges > 0) {
      const args = utils.reduce(node.nodes);

      if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
        throw new RangeError('expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.');
      }

      let range = fill(...args, options);
      if (range.length === 0) {
        range = stringify(node, options);
      }

      q.push(append(q.pop(), range));
      node.nodes = [];
      return;
    }

    const enclose = utils.encloseBrace(node);
    let queue = node.queue;
    let block = node;

    while (block.type !== 'brace' && block.type !== 'root' && block.parent) {
      block = block.parent;
      queue = block.queue;
    }

    for (let i = 0; i < node.nodes.length; i++) {
      const child = node.nodes[i];

      if (child.type === 'comma' && node.type === 'brace') {
        if (i === 1) queue.push('');
        queue.push('');
        continue;
      }

      if (child.type === 'close') {
        q.push(append(q.pop(), queue, enclose));
        continue;
      }

      if (child.value && child.type !== 'open') {
        queue.push(append(queue.pop(), child.value));
        continue;
      }

      if (child.nodes) {
        walk(child, node);
      }
    }

    return queue;
  };

  return utils.flatten(walk(ast));
};

module.exports = expand;


/***/ }),

/***/ 507:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const stringify = __nccwpck_require__(3317);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  CHAR_BACKSLASH, /* \ */
  CHAR_BACKTICK, /* ` */
  CHAR_COMMA, /* , */
  CHAR_DOT, /* . */
  CHAR_LEFT_PARENTHESES, /* ( */
  CHAR_RIGHT_PARENTHESES, /* ) */
  CHAR_LEFT_CURLY_BRACE, /* { */
  CHAR_RIGHT_CURLY_BRACE, /* } */
  CHAR_LEFT_SQUARE_BRACKET, /* [ */
  CHAR_RIGHT_SQUARE_BRACKET, /* ] */
  CHAR_DOUBLE_QUOTE, /* " */
  CHAR_SINGLE_QUOTE, /* ' */
  CHAR_NO_BREAK_SPACE,
  CHAR_ZERO_WIDTH_NOBREAK_SPACE
} = __nccwpck_require__(2477);

/**
 * parse
 */

const parse = (input, options = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  const opts = options || {};
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  if (input.length > max) {
    throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
  }

  const ast = { type: 'root', input, nodes: [] };
  const stack = [ast];
  let block = ast;
  let prev = ast;
  let brackets = 0;
  const length = input.length;
  let index = 0;
  let depth = 0;
  let value;

  /**
   * Helpers
   */

  const advance = () => input[index++];
  const push = node => {
    if (node.type === 'text' && prev.type === 'dot') {
      prev.type = 'text';
    }

    if (prev && prev.type === 'text' && node.type === 'text') {
      prev.value += node.value;
      return;
    }

    block.nodes.push(node);
    node.parent = block;
    node.prev = prev;
    prev = node;
    return node;
  };

  push({ type: 'bos' });

  while (index < length) {
    block = stack[stack.length - 1];
    value = advance();

    /**
     * Invalid chars
     */

    if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
      continue;
    }

    /**
     * Escaped chars
     */

    if (value === CHAR_BACKSLASH) {
      push({ type: 'text', value: (options.keepEscaping ? value : '') + advance() });
      continue;
    }

    /**
     * Right square bracket (literal): ']'
     */

    if (value === CHAR_RIGHT_SQUARE_BRACKET) {
      push({ type: 'text', value: '\\' + value });
      continue;
    }

    /**
     * Left square bracket: '['
     */

    if (value === CHAR_LEFT_SQUARE_BRACKET) {
      brackets++;

      let next;

      while (index < length && (next = advance())) {
        value += next;

        if (next === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          continue;
        }

        if (next === CHAR_BACKSLASH) {
          value += advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          brackets--;

          if (brackets === 0) {
            break;
          }
        }
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Parentheses
     */

    if (value === CHAR_LEFT_PARENTHESES) {
      block = push({ type: 'paren', nodes: [] });
      stack.push(block);
      push({ type: 'text', value });
      continue;
    }

    if (value === CHAR_RIGHT_PARENTHESES) {
      if (block.type !== 'paren') {
        push({ type: 'text', value });
        continue;
      }
      block = stack.pop();
      push({ type: 'text', value });
      block = stack[stack.length - 1];
      continue;
    }

    /**
     * Quotes: '|"|`
     */

    if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
      const open = value;
      let next;

      if (options.keepQuotes !== true) {
        value = '';
      }

      while (index < length && (next = advance())) {
        if (next === CHAR_BACKSLASH) {
          value += next + advance();
          continue;
        }

        if (next === open) {
          if (options.keepQuotes === true) value += next;
          break;
        }

        value += next;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Left curly brace: '{'
     */

    if (value === CHAR_LEFT_CURLY_BRACE) {
      depth++;

      const dollar = prev.value && prev.value.slice(-1) === '$' || block.dollar === true;
      const brace = {
        type: 'brace',
        open: true,
        close: false,
        dollar,
        depth,
        commas: 0,
        ranges: 0,
        nodes: []
      };

      block = push(brace);
      stack.push(block);
      push({ type: 'open', value });
      continue;
    }

    /**
     * Right curly brace: '}'
     */

    if (value === CHAR_RIGHT_CURLY_BRACE) {
      if (block.type !== 'brace') {
        push({ type: 'text', value });
        continue;
      }

      const type = 'close';
      block = stack.pop();
      block.close = true;

      push({ type, value });
      depth--;

      block = stack[stack.length - 1];
      continue;
    }

    /**
     * Comma: ','
     */

    if (value === CHAR_COMMA && depth > 0) {
      if (block.ranges > 0) {
        block.ranges = 0;
        const open = block.nodes.shift();
        block.nodes = [open, { type: 'text', value: stringify(block) }];
      }

      push({ type: 'comma', value });
      block.commas++;
      continue;
    }

    /**
     * Dot: '.'
     */

    if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
      const siblings = block.nodes;

      if (depth === 0 || siblings.length === 0) {
        push({ type: 'text', value });
        continue;
      }

      if (prev.type === 'dot') {
        block.range = [];
        prev.value += value;
        prev.type = 'range';

        if (block.nodes.length !== 3 && block.nodes.length !== 5) {
          block.invalid = true;
          block.ranges = 0;
          prev.type = 'text';
          continue;
        }

        block.ranges++;
        block.args = [];
        continue;
      }

      if (prev.type === 'range') {
        siblings.pop();

        const before = siblings[siblings.length - 1];
        before.value += prev.value + value;
        prev = before;
        block.ranges--;
        continue;
      }

      push({ type: 'dot', value });
      continue;
    }

    /**
     * Text
     */

    push({ type: 'text', value });
  }

  // Mark imbalanced braces and brackets as invalid
  do {
    block = stack.pop();

    if (block.type !== 'root') {
      block.nodes.forEach(node => {
        if (!node.nodes) {
          if (node.type === 'open') node.isOpen = true;
          if (node.type === 'close') node.isClose = true;
          if (!node.nodes) node.type = 'text';
          node.invalid = true;
        }
      });

      // get the location of the block on parent.nodes (block's siblings)
      const parent = stack[stack.length - 1];
      const index = parent.nodes.indexOf(block);
      // replace the (invalid) block with it's nodes
      parent.nodes.splice(index, 1, ...block.nodes);
    }
  } while (stack.length > 0);

  push({ type: 'eos' });
  return ast;
};

module.exports = parse;


/***/ }),

/***/ 3317:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(2257);

module.exports = (ast, options = {}) => {
  const stringify = (node, parent = {}) => {
    const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
    const invalidNode = node.invalid === true && options.escapeInvalid === true;
    let output = '';

    if (node.value) {
      if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
        return '\\' + node.value;
      }
      return node.value;
    }

    if (node.value) {
      return node.value;
    }

    if (node.nodes) {
      for (const child of node.nodes) {
        output += stringify(child);
      }
    }
    return output;
  };

  return stringify(ast);
};



/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, exports) => {



exports.isInteger = num => {
  if (typeof num === 'number') {
    return Number.isInteger(num);
  }
  if (typeof num === 'string' && num.trim() !== '') {
    return Number.isInteger(Number(num));
  }
  return false;
};

/**
 * Find a node of the given type
 */

exports.find = (node, type) => node.nodes.find(node => node.type === type);

/**
 * Find a node of the given type
 */

exports.exceedsLimit = (min, max, step = 1, limit) => {
  if (limit === false) return false;
  if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
  return ((Number(max) - Number(min)) / Number(step)) >= limit;
};

/**
 * Escape the given node with '\\' before node.value
 */

exports.escapeNode = (block, n = 0, type) => {
  const node = block.nodes[n];
  if (!node) return;

  if ((type && node.type === type) || node.type === 'open' || node.type === 'close') {
    if (node.escaped !== true) {
      node.value = '\\' + node.value;
      node.escaped = true;
    }
  }
};

/**
 * Returns true if the given brace node should be enclosed in literal braces
 */

exports.encloseBrace = node => {
  if (node.type !== 'brace') return false;
  if ((node.commas >> 0 + node.ranges >> 0) === 0) {
    node.invalid = true;
    return true;
  }
  return false;
};

/**
 * Returns true if a brace node is invalid.
 */

exports.isInvalidBrace = block => {
  if (block.type !== 'brace') return false;
  if (block.invalid === true || block.dollar) return true;
  if ((block.commas >> 0 + block.ranges >> 0) === 0) {
    block.invalid = true;
    return true;
  }
  if (block.open !== true || block.close !== true) {
    block.invalid = true;
    return true;
  }
  return false;
};

/**
 * Returns true if a node is an open or close node
 */

exports.isOpenOrClose = node => {
  if (node.type === 'open' || node.type === 'close') {
    return true;
  }
  return node.open === true || node.close === true;
};

/**
 * Reduce an array of text nodes.
 */

exports.reduce = nodes => nodes.reduce((acc, node) => {
  if (node.type === 'text') acc.push(node.value);
  if (node.type === 'range') node.type = 'text';
  return acc;
}, []);

/**
 * Flatten an array
 */

exports.flatten = (...args) => {
  const result = [];

  const flat = arr => {
    for (let i = 0; i < arr.length; i++) {
      const ele = arr[i];

      if (Array.isArray(ele)) {
        flat(ele);
        continue;
      }

      if (ele !== undefined) {
        result.push(ele);
      }
    }
    return result;
  };

  flat(args);
  return result;
};


/***/ }),

/***/ 5648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const taskManager = __nccwpck_require__(6599);
const async_1 = __nccwpck_require__(645);
const stream_1 = __nccwpck_require__(1969);
const sync_1 = __nccwpck_require__(5894);
const settings_1 = __nccwpck_require__(879);
const utils = __nccwpck_require__(6002);
async function FastGlob(source, options) {
    assertPatternsInput(source);
    const works = getWorks(source, async_1.default, options);
    const result = await Promise.all(works);
    return utils.array.flatten(result);
}
// https://github.com/typescript-eslint/typescript-eslint/issues/60
// eslint-disable-next-line no-redeclare
(function (FastGlob) {
    FastGlob.glob = FastGlob;
    FastGlob.globSync = sync;
    FastGlob.globStream = stream;
    FastGlob.async = FastGlob;
    function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
    }
    FastGlob.sync = sync;
    function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        /**
         * The stream returned by the provider cannot work with an asynchronous iterator.
         * To support asynchronous iterators, regardless of the number of tasks, we always multiplex streams.
         * This affects performance (+25%). I don't see best solution right now.
         */
        return utils.stream.merge(works);
    }
    FastGlob.stream = stream;
    function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
    }
    FastGlob.generateTasks = generateTasks;
    function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
    }
    FastGlob.isDynamicPattern = isDynamicPattern;
    function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
    }
    FastGlob.escapePath = escapePath;
    function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
    }
    FastGlob.convertPathToPattern = convertPathToPattern;
    let posix;
    (function (posix) {
        function escapePath(source) {
            assertPatternsInput(source);
            return utils.path.escapePosixPath(source);
        }
        posix.escapePath = escapePath;
        function convertPathToPattern(source) {
            assertPatternsInput(source);
            return utils.path.convertPosixPathToPattern(source);
        }
        posix.convertPathToPattern = convertPathToPattern;
    })(posix = FastGlob.posix || (FastGlob.posix = {}));
    let win32;
    (function (win32) {
        function escapePath(source) {
            assertPatternsInput(source);
            return utils.path.escapeWindowsPath(source);
        }
        win32.escapePath = escapePath;
        function convertPathToPattern(source) {
            assertPatternsInput(source);
            return utils.path.convertWindowsPathToPattern(source);
        }
        win32.convertPathToPattern = convertPathToPattern;
    })(win32 = FastGlob.win32 || (FastGlob.win32 = {}));
})(FastGlob || (FastGlob = {}));
function getWorks(source, _Provider, options) {
    const patterns = [].concat(source);
    const settings = new settings_1.default(options);
    const tasks = taskManager.generate(patterns, settings);
    const provider = new _Provider(settings);
    return tasks.map(provider.read, provider);
}
function assertPatternsInput(input) {
    const source = [].concat(input);
    const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
    if (!isValidSource) {
        throw new TypeError('Patterns must be a string (non empty) or an array of strings');
    }
}
module.exports = FastGlob;


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
const utils = __nccwpck_require__(6002);
function generate(input, settings) {
    const patterns = processPatterns(input, settings);
    const ignore = processPatterns(settings.ignore, settings);
    const positivePatterns = getPositivePatterns(patterns);
    const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
    const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
    const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
    const staticTasks = convertPatternsToTasks(staticPatterns, negativePatterns, /* dynamic */ false);
    const dynamicTasks = convertPatternsToTasks(dynamicPatterns, negativePatterns, /* dynamic */ true);
    return staticTasks.concat(dynamicTasks);
}
exports.generate = generate;
function processPatterns(input, settings) {
    let patterns = input;
    /**
     * The original pattern like `{,*,**,a/*}` can lead to problems checking the depth when matching entry
     * and some problems with the micromatch package (see fast-glob issues: #365, #394).
     *
     * To solve this problem, we expand all patterns containing brace expansion. This can lead to a slight slowdown
     * in matching in the case of a large set of patterns after expansion.
     */
    if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
    }
    /**
     * If the `baseNameMatch` option is enabled, we must add globstar to patterns, so that they can be used
     * at any nesting level.
     *
     * We do this here, because otherwise we have to complicate the filtering logic. For example, we need to change
     * the pattern in the filter before creating a regular expression. There is no need to change the patterns
     * in the application. Only on the input.
     */
    if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes('/') ? pattern : `**/${pattern}`);
    }
    /**
     * This method also removes duplicate slashes that may have been in the pattern or formed as a result of expansion.
     */
    return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
}
/**
 * Returns tasks grouped by basic pattern directories.
 *
 * Patterns that can be found inside (`./`) and outside (`../`) the current directory are handled separately.
 * This is necessary because directory traversal starts at the base directory and goes deeper.
 */
function convertPatternsToTasks(positive, negative, dynamic) {
    const tasks = [];
    const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
    const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
    const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
    const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
    tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
    /*
     * For the sake of reducing future accesses to the file system, we merge all tasks within the current directory
     * into a global task, if at least one pattern refers to the root (`.`). In this case, the global task covers the rest.
     */
    if ('.' in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask('.', patternsInsideCurrentDirectory, negative, dynamic));
    }
    else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
    }
    return tasks;
}
exports.convertPatternsToTasks = convertPatternsToTasks;
function getPositivePatterns(patterns) {
    return utils.pattern.getPositivePatterns(patterns);
}
exports.getPositivePatterns = getPositivePatterns;
function getNegativePatternsAsPositive(patterns, ignore) {
    const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
    const positive = negative.map(utils.pattern.convertToPositivePattern);
    return positive;
}
exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
function groupPatternsByBaseDirectory(patterns) {
    const group = {};
    return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
            collection[base].push(pattern);
        }
        else {
            collection[base] = [pattern];
        }
        return collection;
    }, group);
}
exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
function convertPatternGroupsToTasks(positive, negative, dynamic) {
    return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
    });
}
exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
function convertPatternGroupToTask(base, positive, negative, dynamic) {
    return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
    };
}
exports.convertPatternGroupToTask = convertPatternGroupToTask;


/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const async_1 = __nccwpck_require__(2907);
const provider_1 = __nccwpck_require__(7792);
class ProviderAsync extends provider_1.default {
    constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
    }
    async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
    }
    api(root, task, options) {
        if (task.dynamic) {
            return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
    }
}
exports["default"] = ProviderAsync;


/***/ }),

/***/ 3591:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
const partial_1 = __nccwpck_require__(5740);
class DeepFilter {
    constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
    }
    getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
    }
    _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
    }
    _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
    }
    _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
            return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
            return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
            return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
    }
    _isSkippedByDeep(basePath, entryPath) {
        /**
         * Avoid unnecessary depth calculations when it doesn't matter.
         */
        if (this._settings.deep === Infinity) {
            return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
    }
    _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split('/').length;
        if (basePath === '') {
            return entryPathDepth;
        }
        const basePathDepth = basePath.split('/').length;
        return entryPathDepth - basePathDepth;
    }
    _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
    }
    _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
    }
    _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
    }
}
exports["default"] = DeepFilter;


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class EntryFilter {
    constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = new Map();
    }
    getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
            positive: {
                all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
            },
            negative: {
                absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
                relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
            }
        };
        return (entry) => this._filter(entry, patterns);
    }
    _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
            return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
            return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
            this._createIndexRecord(filepath);
        }
        return isMatched;
    }
    _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
    }
    _createIndexRecord(filepath) {
        this.index.set(filepath, undefined);
    }
    _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
    }
    _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
    }
    _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
            return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
            return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
            return false;
        }
        return true;
    }
    _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
            return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
    }
    _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
            return false;
        }
        // Trying to match files and directories by patterns.
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        // A pattern with a trailling slash can be used for directory matching.
        // To apply such pattern, we need to add a tralling slash to the path.
        if (!isMatched && isDirectory) {
            return utils.pattern.matchAny(filepath + '/', patternsRe);
        }
        return isMatched;
    }
}
exports["default"] = EntryFilter;


/***/ }),

/***/ 1587:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class ErrorFilter {
    constructor(_settings) {
        this._settings = _settings;
    }
    getFilter() {
        return (error) => this._isNonFatalError(error);
    }
    _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
    }
}
exports["default"] = ErrorFilter;


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class Matcher {
    constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
    }
    _fillStorage() {
        for (const pattern of this._patterns) {
            const segments = this._getPatternSegments(pattern);
            const sections = this._splitSegmentsIntoSections(segments);
            this._storage.push({
                complete: sections.length <= 1,
                pattern,
                segments,
                sections
            });
        }
    }
    _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
            const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
            if (!dynamic) {
                return {
                    dynamic: false,
                    pattern: part
                };
            }
            return {
                dynamic: true,
                pattern: part,
                patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
            };
        });
    }
    _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
    }
}
exports["default"] = Matcher;


/***/ }),

/***/ 5740:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const matcher_1 = __nccwpck_require__(7827);
class PartialMatcher extends matcher_1.default {
    match(filepath) {
        const parts = filepath.split('/');
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
            const section = pattern.sections[0];
            /**
             * In this case, the pattern has a globstar and we must read all directories unconditionally,
             * but only if the level has reached the end of the first group.
             *
             * fixtures/{a,b}/**
             *  ^ true/false  ^ always true
            */
            if (!pattern.complete && levels > section.length) {
                return true;
            }
            const match = parts.every((part, index) => {
                const segment = pattern.segments[index];
                if (segment.dynamic && segment.patternRe.test(part)) {
                    return true;
                }
                if (!segment.dynamic && segment.pattern === part) {
                    return true;
                }
                return false;
            });
            if (match) {
                return true;
            }
        }
        return false;
    }
}
exports["default"] = PartialMatcher;


/***/ }),

/***/ 7792:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const deep_1 = __nccwpck_require__(3591);
const entry_1 = __nccwpck_require__(4285);
const error_1 = __nccwpck_require__(1587);
const entry_2 = __nccwpck_require__(7094);
class Provider {
    constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
    }
    _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
    }
    _getReaderOptions(task) {
        const basePath = task.base === '.' ? '' : task.base;
        return {
            basePath,
            pathSegmentSeparator: '/',
            concurrency: this._settings.concurrency,
            deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
            entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
            errorFilter: this.errorFilter.getFilter(),
            followSymbolicLinks: this._settings.followSymbolicLinks,
            fs: this._settings.fs,
            stats: this._settings.stats,
            throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
            transform: this.entryTransformer.getTransformer()
        };
    }
    _getMicromatchOptions() {
        return {
            dot: this._settings.dot,
            matchBase: this._settings.baseNameMatch,
            nobrace: !this._settings.braceExpansion,
            nocase: !this._settings.caseSensitiveMatch,
            noext: !this._settings.extglob,
            noglobstar: !this._settings.globstar,
            posix: true,
            strictSlashes: false
        };
    }
}
exports["default"] = Provider;


/***/ }),

/***/ 1969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const stream_1 = __nccwpck_require__(2203);
const stream_2 = __nccwpck_require__(87);
const provider_1 = __nccwpck_require__(7792);
class ProviderStream extends provider_1.default {
    constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
    }
    read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => { } });
        source
            .once('error', (error) => destination.emit('error', error))
            .on('data', (entry) => destination.emit('data', options.transform(entry)))
            .once('end', () => destination.emit('end'));
        destination
            .once('close', () => source.destroy());
        return destination;
    }
    api(root, task, options) {
        if (task.dynamic) {
            return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
    }
}
exports["default"] = ProviderStream;


/***/ }),

/***/ 5894:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const sync_1 = __nccwpck_require__(264);
const provider_1 = __nccwpck_require__(7792);
class ProviderSync extends provider_1.default {
    constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
    }
    read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
    }
    api(root, task, options) {
        if (task.dynamic) {
            return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
    }
}
exports["default"] = ProviderSync;


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class EntryTransformer {
    constructor(_settings) {
        this._settings = _settings;
    }
    getTransformer() {
        return (entry) => this._transform(entry);
    }
    _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
            filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
            filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
            filepath += '/';
        }
        if (!this._settings.objectMode) {
            return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
    }
}
exports["default"] = EntryTransformer;


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fsWalk = __nccwpck_require__(9337);
const reader_1 = __nccwpck_require__(1824);
const stream_1 = __nccwpck_require__(87);
class ReaderAsync extends reader_1.default {
    constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
    }
    dynamic(root, options) {
        return new Promise((resolve, reject) => {
            this._walkAsync(root, options, (error, entries) => {
                if (error === null) {
                    resolve(entries);
                }
                else {
                    reject(error);
                }
            });
        });
    }
    async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        // After #235, replace it with an asynchronous iterator.
        return new Promise((resolve, reject) => {
            stream.once('error', reject);
            stream.on('data', (entry) => entries.push(entry));
            stream.once('end', () => resolve(entries));
        });
    }
}
exports["default"] = ReaderAsync;


/***/ }),

/***/ 1824:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const fsStat = __nccwpck_require__(1470);
const utils = __nccwpck_require__(6002);
class Reader {
    constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
            followSymbolicLink: this._settings.followSymbolicLinks,
            fs: this._settings.fs,
            throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
    }
    _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
    }
    _makeEntry(stats, pattern) {
        const entry = {
            name: pattern,
            path: pattern,
            dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
            entry.stats = stats;
        }
        return entry;
    }
    _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
    }
}
exports["default"] = Reader;


/***/ }),

/***/ 87:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const stream_1 = __nccwpck_require__(2203);
const fsStat = __nccwpck_require__(1470);
const fsWalk = __nccwpck_require__(9337);
const reader_1 = __nccwpck_require__(1824);
class ReaderStream extends reader_1.default {
    constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
    }
    dynamic(root, options) {
        return this._walkStream(root, options);
    }
    static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
            return this._getEntry(filepaths[index], patterns[index], options)
                .then((entry) => {
                if (entry !== null && options.entryFilter(entry)) {
                    stream.push(entry);
                }
                if (index === filepaths.length - 1) {
                    stream.end();
                }
                done();
            })
                .catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
            stream.write(i);
        }
        return stream;
    }
    _getEntry(filepath, pattern, options) {
        return this._getStat(filepath)
            .then((stats) => this._makeEntry(stats, pattern))
            .catch((error) => {
            if (options.errorFilter(error)) {
                return null;
            }
            throw error;
        });
    }
    _getStat(filepath) {
        return new Promise((resolve, reject) => {
            this._stat(filepath, this._fsStatSettings, (error, stats) => {
                return error === null ? resolve(stats) : reject(error);
            });
        });
    }
}
exports["default"] = ReaderStream;


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fsStat = __nccwpck_require__(1470);
const fsWalk = __nccwpck_require__(9337);
const reader_1 = __nccwpck_require__(1824);
class ReaderSync extends reader_1.default {
    constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
    }
    dynamic(root, options) {
        return this._walkSync(root, options);
    }
    static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
            const filepath = this._getFullEntryPath(pattern);
            const entry = this._getEntry(filepath, pattern, options);
            if (entry === null || !options.entryFilter(entry)) {
                continue;
            }
            entries.push(entry);
        }
        return entries;
    }
    _getEntry(filepath, pattern, options) {
        try {
            const stats = this._getStat(filepath);
            return this._makeEntry(stats, pattern);
        }
        catch (error) {
            if (options.errorFilter(error)) {
                return null;
            }
            throw error;
        }
    }
    _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
    }
}
exports["default"] = ReaderSync;


/***/ }),

/***/ 879:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
const fs = __nccwpck_require__(9896);
const os = __nccwpck_require__(857);
/**
 * The `os.cpus` method can return zero. We expect the number of cores to be greater than zero.
 * https://github.com/nodejs/node/blob/7faeddf23a98c53896f8b574a6e66589e8fb1eb8/lib/os.js#L106-L107
 */
const CPU_COUNT = Math.max(os.cpus().length, 1);
exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
    lstat: fs.lstat,
    lstatSync: fs.lstatSync,
    stat: fs.stat,
    statSync: fs.statSync,
    readdir: fs.readdir,
    readdirSync: fs.readdirSync
};
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
            this.onlyFiles = false;
        }
        if (this.stats) {
            this.objectMode = true;
        }
        // Remove the cast to the array in the next major (#404).
        this.ignore = [].concat(this.ignore);
    }
    _getValue(option, value) {
        return option === undefined ? value : option;
    }
    _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 5711:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitWhen = exports.flatten = void 0;
function flatten(items) {
    return items.reduce((collection, item) => [].concat(collection, item), []);
}
exports.flatten = flatten;
function splitWhen(items, predicate) {
    const result = [[]];
    let groupIndex = 0;
    for (const item of items) {
        if (predicate(item)) {
            groupIndex++;
            result[groupIndex] = [];
        }
        else {
            result[groupIndex].push(item);
        }
    }
    return result;
}
exports.splitWhen = splitWhen;


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isEnoentCodeError = void 0;
function isEnoentCodeError(error) {
    return error.code === 'ENOENT';
}
exports.isEnoentCodeError = isEnoentCodeError;


/***/ }),

/***/ 6979:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createDirentFromStats = void 0;
class DirentFromStats {
    constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
    }
}
function createDirentFromStats(name, stats) {
    return new DirentFromStats(name, stats);
}
exports.createDirentFromStats = createDirentFromStats;


/***/ }),

/***/ 6002:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
const array = __nccwpck_require__(5711);
exports.array = array;
const errno = __nccwpck_require__(9718);
exports.errno = errno;
const fs = __nccwpck_require__(6979);
exports.fs = fs;
const path = __nccwpck_require__(9283);
exports.path = path;
const pattern = __nccwpck_require__(1304);
exports.pattern = pattern;
const stream = __nccwpck_require__(536);
exports.stream = stream;
const string = __nccwpck_require__(7641);
exports.string = string;


/***/ }),

/***/ 9283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
const os = __nccwpck_require__(857);
const path = __nccwpck_require__(6928);
const IS_WINDOWS_PLATFORM = os.platform() === 'win32';
const LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2; // ./ or .\\
/**
 * All non-escaped special characters.
 * Posix: ()*?[]{|}, !+@ before (, ! at the beginning, \\ before non-special characters.
 * Windows: (){}[], !+@ before (, ! at the beginning.
 */
const POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
const WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
/**
 * The device path (\\.\ or \\?\).
 * https://learn.microsoft.com/en-us/dotnet/standard/io/file-path-formats#dos-device-paths
 */
const DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
/**
 * All backslashes except those escaping special characters.
 * Windows: !()+@{}
 * https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file#naming-conventions
 */
const WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
/**
 * Designed to work only with simple paths: `dir\\file`.
 */
function unixify(filepath) {
    return filepath.replace(/\\/g, '/');
}
exports.unixify = unixify;
function makeAbsolute(cwd, filepath) {
    return path.resolve(cwd, filepath);
}
exports.makeAbsolute = makeAbsolute;
function removeLeadingDotSegment(entry) {
    // We do not use `startsWith` because this is 10x slower than current implementation for some cases.
    // eslint-disable-next-line @typescript-eslint/prefer-string-starts-ends-with
    if (entry.charAt(0) === '.') {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === '/' || secondCharactery === '\\') {
            return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
    }
    return entry;
}
exports.removeLeadingDotSegment = removeLeadingDotSegment;
exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
function escapeWindowsPath(pattern) {
    return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, '\\$2');
}
exports.escapeWindowsPath = escapeWindowsPath;
function escapePosixPath(pattern) {
    return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, '\\$2');
}
exports.escapePosixPath = escapePosixPath;
exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
function convertWindowsPathToPattern(filepath) {
    return escapeWindowsPath(filepath)
        .replace(DOS_DEVICE_PATH_RE, '//$1')
        .replace(WINDOWS_BACKSLASHES_RE, '/');
}
exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
function convertPosixPathToPattern(filepath) {
    return escapePosixPath(filepath);
}
exports.convertPosixPathToPattern = convertPosixPathToPattern;


/***/ }),

/***/ 1304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
const path = __nccwpck_require__(6928);
const globParent = __nccwpck_require__(8505);
const micromatch = __nccwpck_require__(8785);
const GLOBSTAR = '**';
const ESCAPE_SYMBOL = '\\';
const COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
const REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
const REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
const GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
const BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
/**
 * Matches a sequence of two or more consecutive slashes, excluding the first two slashes at the beginning of the string.
 * The latter is due to the presence of the device path at the beginning of the UNC path.
 */
const DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
function isStaticPattern(pattern, options = {}) {
    return !isDynamicPattern(pattern, options);
}
exports.isStaticPattern = isStaticPattern;
function isDynamicPattern(pattern, options = {}) {
    /**
     * A special case with an empty string is necessary for matching patterns that start with a forward slash.
     * An empty string cannot be a dynamic pattern.
     * For example, the pattern `/lib/*` will be spread into parts: '', 'lib', '*'.
     */
    if (pattern === '') {
        return false;
    }
    /**
     * When the `caseSensitiveMatch` option is disabled, all patterns must be marked as dynamic, because we cannot check
     * filepath directly (without read directory).
     */
    if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
    }
    if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
    }
    if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
    }
    if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
    }
    return false;
}
exports.isDynamicPattern = isDynamicPattern;
function hasBraceExpansion(pattern) {
    const openingBraceIndex = pattern.indexOf('{');
    if (openingBraceIndex === -1) {
        return false;
    }
    const closingBraceIndex = pattern.indexOf('}', openingBraceIndex + 1);
    if (closingBraceIndex === -1) {
        return false;
    }
    const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
    return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
}
function convertToPositivePattern(pattern) {
    return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
}
exports.convertToPositivePattern = convertToPositivePattern;
function convertToNegativePattern(pattern) {
    return '!' + pattern;
}
exports.convertToNegativePattern = convertToNegativePattern;
function isNegativePattern(pattern) {
    return pattern.startsWith('!') && pattern[1] !== '(';
}
exports.isNegativePattern = isNegativePattern;
function isPositivePattern(pattern) {
    return !isNegativePattern(pattern);
}
exports.isPositivePattern = isPositivePattern;
function getNegativePatterns(patterns) {
    return patterns.filter(isNegativePattern);
}
exports.getNegativePatterns = getNegativePatterns;
function getPositivePatterns(patterns) {
    return patterns.filter(isPositivePattern);
}
exports.getPositivePatterns = getPositivePatterns;
/**
 * Returns patterns that can be applied inside the current directory.
 *
 * @example
 * // ['./*', '*', 'a/*']
 * getPatternsInsideCurrentDirectory(['./*', '*', 'a/*', '../*', './../*'])
 */
function getPatternsInsideCurrentDirectory(patterns) {
    return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
}
exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
/**
 * Returns patterns to be expanded relative to (outside) the current directory.
 *
 * @example
 * // ['../*', './../*']
 * getPatternsInsideCurrentDirectory(['./*', '*', 'a/*', '../*', './../*'])
 */
function getPatternsOutsideCurrentDirectory(patterns) {
    return patterns.filter(isPatternRelatedToParentDirectory);
}
exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
function isPatternRelatedToParentDirectory(pattern) {
    return pattern.startsWith('..') || pattern.startsWith('./..');
}
exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
function getBaseDirectory(pattern) {
    return globParent(pattern, { flipBackslashes: false });
}
exports.getBaseDirectory = getBaseDirectory;
function hasGlobStar(pattern) {
    return pattern.includes(GLOBSTAR);
}
exports.hasGlobStar = hasGlobStar;
function endsWithSlashGlobStar(pattern) {
    return pattern.endsWith('/' + GLOBSTAR);
}
exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
function isAffectDepthOfReadingPattern(pattern) {
    const basename = path.basename(pattern);
    return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
}
exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
function expandPatternsWithBraceExpansion(patterns) {
    return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
    }, []);
}
exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
function expandBraceExpansion(pattern) {
    const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
    /**
     * Sort the patterns by length so that the same depth patterns are processed side by side.
     * `a/{b,}/{c,}/*` – `['a///*', 'a/b//*', 'a//c/*', 'a/b/c/*']`
     */
    patterns.sort((a, b) => a.length - b.length);
    /**
     * Micromatch can return an empty string in the case of patterns like `{a,}`.
     */
    return patterns.filter((pattern) => pattern !== '');
}
exports.expandBraceExpansion = expandBraceExpansion;
function getPatternParts(pattern, options) {
    let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
    /**
     * The scan method returns an empty array in some cases.
     * See micromatch/picomatch#58 for more details.
     */
    if (parts.length === 0) {
        parts = [pattern];
    }
    /**
     * The scan method does not return an empty part for the pattern with a forward slash.
     * This is another part of micromatch/picomatch#58.
     */
    if (parts[0].startsWith('/')) {
        parts[0] = parts[0].slice(1);
        parts.unshift('');
    }
    return parts;
}
exports.getPatternParts = getPatternParts;
function makeRe(pattern, options) {
    return micromatch.makeRe(pattern, options);
}
exports.makeRe = makeRe;
function convertPatternsToRe(patterns, options) {
    return patterns.map((pattern) => makeRe(pattern, options));
}
exports.convertPatternsToRe = convertPatternsToRe;
function matchAny(entry, patternsRe) {
    return patternsRe.some((patternRe) => patternRe.test(entry));
}
exports.matchAny = matchAny;
/**
 * This package only works with forward slashes as a path separator.
 * Because of this, we cannot use the standard `path.normalize` method, because on Windows platform it will use of backslashes.
 */
function removeDuplicateSlashes(pattern) {
    return pattern.replace(DOUBLE_SLASH_RE, '/');
}
exports.removeDuplicateSlashes = removeDuplicateSlashes;
function partitionAbsoluteAndRelative(patterns) {
    const absolute = [];
    const relative = [];
    for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
            absolute.push(pattern);
        }
        else {
            relative.push(pattern);
        }
    }
    return [absolute, relative];
}
exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
function isAbsolute(pattern) {
    return path.isAbsolute(pattern);
}
exports.isAbsolute = isAbsolute;


/***/ }),

/***/ 536:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.merge = void 0;
const merge2 = __nccwpck_require__(754);
function merge(streams) {
    const mergedStream = merge2(streams);
    streams.forEach((stream) => {
        stream.once('error', (error) => mergedStream.emit('error', error));
    });
    mergedStream.once('close', () => propagateCloseEventToSources(streams));
    mergedStream.once('end', () => propagateCloseEventToSources(streams));
    return mergedStream;
}
exports.merge = merge;
function propagateCloseEventToSources(streams) {
    streams.forEach((stream) => stream.emit('close'));
}


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isEmpty = exports.isString = void 0;
function isString(input) {
    return typeof input === 'string';
}
exports.isString = isString;
function isEmpty(input) {
    return input === '';
}
exports.isEmpty = isEmpty;


/***/ }),

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

/***/ 877:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * fill-range <https://github.com/jonschlinkert/fill-range>
 *
 * Copyright (c) 2014-present, Jon Schlinkert.
 * Licensed under the MIT License.
 */



const util = __nccwpck_require__(9023);
const toRegexRange = __nccwpck_require__(7551);

const isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);

const transform = toNumber => {
  return value => toNumber === true ? Number(value) : String(value);
};

const isValidValue = value => {
  return typeof value === 'number' || (typeof value === 'string' && value !== '');
};

const isNumber = num => Number.isInteger(+num);

const zeros = input => {
  let value = `${input}`;
  let index = -1;
  if (value[0] === '-') value = value.slice(1);
  if (value === '0') return false;
  while (value[++index] === '0');
  return index > 0;
};

const stringify = (start, end, options) => {
  if (typeof start === 'string' || typeof end === 'string') {
    return true;
  }
  return options.stringify === true;
};

const pad = (input, maxLength, toNumber) => {
  if (maxLength > 0) {
    let dash = input[0] === '-' ? '-' : '';
    if (dash) input = input.slice(1);
    input = (dash + input.padStart(dash ? maxLength - 1 : maxLength, '0'));
  }
  if (toNumber === false) {
    return String(input);
  }
  return input;
};

const toMaxLen = (input, maxLength) => {
  let negative = input[0] === '-' ? '-' : '';
  if (negative) {
    input = input.slice(1);
    maxLength--;
  }
  while (input.length < maxLength) input = '0' + input;
  return negative ? ('-' + input) : input;
};

const toSequence = (parts, options, maxLen) => {
  parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);

  let prefix = options.capture ? '' : '?:';
  let positives = '';
  let negatives = '';
  let result;

  if (parts.positives.length) {
    positives = parts.positives.map(v => toMaxLen(String(v), maxLen)).join('|');
  }

  if (parts.negatives.length) {
    negatives = `-(${prefix}${parts.negatives.map(v => toMaxLen(String(v), maxLen)).join('|')})`;
  }

  if (positives && negatives) {
    result = `${positives}|${negatives}`;
  } else {
    result = positives || negatives;
  }

  if (options.wrap) {
    return `(${prefix}${result})`;
  }

  return result;
};

const toRange = (a, b, isNumbers, options) => {
  if (isNumbers) {
    return toRegexRange(a, b, { wrap: false, ...options });
  }

  let start = String.fromCharCode(a);
  if (a === b) return start;

  let stop = String.fromCharCode(b);
  return `[${start}-${stop}]`;
};

const toRegex = (start, end, options) => {
  if (Array.isArray(start)) {
    let wrap = options.wrap === true;
    let prefix = options.capture ? '' : '?:';
    return wrap ? `(${prefix}${start.join('|')})` : start.join('|');
  }
  return toRegexRange(start, end, options);
};

const rangeError = (...args) => {
  return new RangeError('Invalid range arguments: ' + util.inspect(...args));
};

const invalidRange = (start, end, options) => {
  if (options.strictRanges === true) throw rangeError([start, end]);
  return [];
};

const invalidStep = (step, options) => {
  if (options.strictRanges === true) {
    throw new TypeError(`Expected step "${step}" to be a number`);
  }
  return [];
};

const fillNumbers = (start, end, step = 1, options = {}) => {
  let a = Number(start);
  let b = Number(end);

  if (!Number.isInteger(a) || !Number.isInteger(b)) {
    if (options.strictRanges === true) throw rangeError([start, end]);
    return [];
  }

  // fix negative zero
  if (a === 0) a = 0;
  if (b === 0) b = 0;

  let descending = a > b;
  let startString = String(start);
  let endString = String(end);
  let stepString = String(step);
  step = Math.max(Math.abs(step), 1);

  let padded = zeros(startString) || zeros(endString) || zeros(stepString);
  let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
  let toNumber = padded === false && stringify(start, end, options) === false;
  let format = options.transform || transform(toNumber);

  if (options.toRegex && step === 1) {
    return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
  }

  let parts = { negatives: [], positives: [] };
  let push = num => parts[num < 0 ? 'negatives' : 'positives'].push(Math.abs(num));
  let range = [];
  let index = 0;

  while (descending ? a >= b : a <= b) {
    if (options.toRegex === true && step > 1) {
      push(a);
    } else {
      range.push(pad(format(a, index), maxLen, toNumber));
    }
    a = descending ? a - step : a + step;
    index++;
  }

  if (options.toRegex === true) {
    return step > 1
      ? toSequence(parts, options, maxLen)
      : toRegex(range, null, { wrap: false, ...options });
  }

  return range;
};

const fillLetters = (start, end, step = 1, options = {}) => {
  if ((!isNumber(start) && start.length > 1) || (!isNumber(end) && end.length > 1)) {
    return invalidRange(start, end, options);
  }

  let format = options.transform || (val => String.fromCharCode(val));
  let a = `${start}`.charCodeAt(0);
  let b = `${end}`.charCodeAt(0);

  let descending = a > b;
  let min = Math.min(a, b);
  let max = Math.max(a, b);

  if (options.toRegex && step === 1) {
    return toRange(min, max, false, options);
  }

  let range = [];
  let index = 0;

  while (descending ? a >= b : a <= b) {
    range.push(format(a, index));
    a = descending ? a - step : a + step;
    index++;
  }

  if (options.toRegex === true) {
    return toRegex(range, null, { wrap: false, options });
  }

  return range;
};

const fill = (start, end, step, options = {}) => {
  if (end == null && isValidValue(start)) {
    return [start];
  }

  if (!isValidValue(start) || !isValidValue(end)) {
    return invalidRange(start, end, options);
  }

  if (typeof step === 'function') {
    return fill(start, end, 1, { transform: step });
  }

  if (isObject(step)) {
    return fill(start, end, 0, step);
  }

  let opts = { ...options };
  if (opts.capture === true) opts.wrap = true;
  step = step || opts.step || 1;

  if (!isNumber(step)) {
    if (step != null && !isObject(step)) return invalidStep(step, opts);
    return fill(start, end, 1, step);
  }

  if (isNumber(start) && isNumber(end)) {
    return fillNumbers(start, end, step, opts);
  }

  return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
};

module.exports = fill;


/***/ }),

/***/ 8505:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var isGlob = __nccwpck_require__(1925);
var pathPosixDirname = (__nccwpck_require__(6928).posix).dirname;
var isWin32 = (__nccwpck_require__(857).platform)() === 'win32';

var slash = '/';
var backslash = /\\/g;
var enclosure = /[\{\[].*[\}\]]$/;
var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;

/**
 * @param {string} str
 * @param {Object} opts
 * @param {boolean} [opts.flipBackslashes=true]
 * @returns {string}
 */
module.exports = function globParent(str, opts) {
  var options = Object.assign({ flipBackslashes: true }, opts);

  // flip windows path separators
  if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
    str = str.replace(backslash, slash);
  }

  // special case for strings ending in enclosure containing path separator
  if (enclosure.test(str)) {
    str += slash;
  }

  // preserves full path in case of trailing path separator
  str += 'a';

  // remove path parts that are globby
  do {
    str = pathPosixDirname(str);
  } while (isGlob(str) || globby.test(str));

  // remove escape chars and return result
  return str.replace(escaped, '$1');
};


/***/ }),

/***/ 5540:
/***/ ((module) => {

/*!
 * is-extglob <https://github.com/jonschlinkert/is-extglob>
 *
 * Copyright (c) 2014-2016, Jon Schlinkert.
 * Licensed under the MIT License.
 */

module.exports = function isExtglob(str) {
  if (typeof str !== 'string' || str === '') {
    return false;
  }

  var match;
  while ((match = /(\\).|([@?!+*]\(.*\))/g.exec(str))) {
    if (match[2]) return true;
    str = str.slice(match.index + match[0].length);
  }

  return false;
};


/***/ }),

/***/ 1925:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * is-glob <https://github.com/jonschlinkert/is-glob>
 *
 * Copyright (c) 2014-2017, Jon Schlinkert.
 * Released under the MIT License.
 */

var isExtglob = __nccwpck_require__(5540);
var chars = { '{': '}', '(': ')', '[': ']'};
var strictCheck = function(str) {
  if (str[0] === '!') {
    return true;
  }
  var index = 0;
  var pipeIndex = -2;
  var closeSquareIndex = -2;
  var closeCurlyIndex = -2;
  var closeParenIndex = -2;
  var backSlashIndex = -2;
  while (index < str.length) {
    if (str[index] === '*') {
      return true;
    }

    if (str[index + 1] === '?' && /[\].+)]/.test(str[index])) {
      return true;
    }

    if (closeSquareIndex !== -1 && str[index] === '[' && str[index + 1] !== ']') {
      if (closeSquareIndex < index) {
        closeSquareIndex = str.indexOf(']', index);
      }
      if (closeSquareIndex > index) {
        if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
          return true;
        }
        backSlashIndex = str.indexOf('\\', index);
        if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
          return true;
        }
      }
    }

    if (closeCurlyIndex !== -1 && str[index] === '{' && str[index + 1] !== '}') {
      closeCurlyIndex = str.indexOf('}', index);
      if (closeCurlyIndex > index) {
        backSlashIndex = str.indexOf('\\', index);
        if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
          return true;
        }
      }
    }

    if (closeParenIndex !== -1 && str[index] === '(' && str[index + 1] === '?' && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ')') {
      closeParenIndex = str.indexOf(')', index);
      if (closeParenIndex > index) {
        backSlashIndex = str.indexOf('\\', index);
        if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
          return true;
        }
      }
    }

    if (pipeIndex !== -1 && str[index] === '(' && str[index + 1] !== '|') {
      if (pipeIndex < index) {
        pipeIndex = str.indexOf('|', index);
      }
      if (pipeIndex !== -1 && str[pipeIndex + 1] !== ')') {
        closeParenIndex = str.indexOf(')', pipeIndex);
        if (closeParenIndex > pipeIndex) {
          backSlashIndex = str.indexOf('\\', pipeIndex);
          if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
            return true;
          }
        }
      }
    }

    if (str[index] === '\\') {
      var open = str[index + 1];
      index += 2;
      var close = chars[open];

      if (close) {
        var n = str.indexOf(close, index);
        if (n !== -1) {
          index = n + 1;
        }
      }

      if (str[index] === '!') {
        return true;
      }
    } else {
      index++;
    }
  }
  return false;
};

var relaxedCheck = function(str) {
  if (str[0] === '!') {
    return true;
  }
  var index = 0;
  while (index < str.length) {
    if (/[*?{}()[\]]/.test(str[index])) {
      return true;
    }

    if (str[index] === '\\') {
      var open = str[index + 1];
      index += 2;
      var close = chars[open];

      if (close) {
        var n = str.indexOf(close, index);
        if (n !== -1) {
          index = n + 1;
        }
      }

      if (str[index] === '!') {
        return true;
      }
    } else {
      index++;
    }
  }
  return false;
};

module.exports = function isGlob(str, options) {
  if (typeof str !== 'string' || str === '') {
    return false;
  }

  if (isExtglob(str)) {
    return true;
  }

  var check = strictCheck;

  // optionally relax check
  if (options && options.strict === false) {
    check = relaxedCheck;
  }

  return check(str);
};


/***/ }),

/***/ 3102:
/***/ ((module) => {

/*!
 * is-number <https://github.com/jonschlinkert/is-number>
 *
 * Copyright (c) 2014-present, Jon Schlinkert.
 * Released under the MIT License.
 */



module.exports = function(num) {
  if (typeof num === 'number') {
    return num - num === 0;
  }
  if (typeof num === 'string' && num.trim() !== '') {
    return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
  }
  return false;
};


/***/ }),

/***/ 754:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/*
 * merge2
 * https://github.com/teambition/merge2
 *
 * Copyright (c) 2014-2020 Teambition
 * Licensed under the MIT license.
 */
const Stream = __nccwpck_require__(2203)
const PassThrough = Stream.PassThrough
const slice = Array.prototype.slice

module.exports = merge2

function merge2 () {
  const streamsQueue = []
  const args = slice.call(arguments)
  let merging = false
  let options = args[args.length - 1]

  if (options && !Array.isArray(options) && options.pipe == null) {
    args.pop()
  } else {
    options = {}
  }

  const doEnd = options.end !== false
  const doPipeError = options.pipeError === true
  if (options.objectMode == null) {
    options.objectMode = true
  }
  if (options.highWaterMark == null) {
    options.highWaterMark = 64 * 1024
  }
  const mergedStream = PassThrough(options)

  function addStream () {
    for (let i = 0, len = arguments.length; i < len; i++) {
      streamsQueue.push(pauseStreams(arguments[i], options))
    }
    mergeStream()
    return this
  }

  function mergeStream () {
    if (merging) {
      return
    }
    merging = true

    let streams = streamsQueue.shift()
    if (!streams) {
      process.nextTick(endStream)
      return
    }
    if (!Array.isArray(streams)) {
      streams = [streams]
    }

    let pipesCount = streams.length + 1

    function next () {
      if (--pipesCount > 0) {
        return
      }
      merging = false
      mergeStream()
    }

    function pipe (stream) {
      function onend () {
        stream.removeListener('merge2UnpipeEnd', onend)
        stream.removeListener('end', onend)
        if (doPipeError) {
          stream.removeListener('error', onerror)
        }
        next()
      }
      function onerror (err) {
        mergedStream.emit('error', err)
      }
      // skip ended stream
      if (stream._readableState.endEmitted) {
        return next()
      }

      stream.on('merge2UnpipeEnd', onend)
      stream.on('end', onend)

      if (doPipeError) {
        stream.on('error', onerror)
      }

      stream.pipe(mergedStream, { end: false })
      // compatible for old stream
      stream.resume()
    }

    for (let i = 0; i < streams.length; i++) {
      pipe(streams[i])
    }

    next()
  }

  function endStream () {
    merging = false
    // emit 'queueDrain' when all streams merged.
    mergedStream.emit('queueDrain')
    if (doEnd) {
      mergedStream.end()
    }
  }

  mergedStream.setMaxListeners(0)
  mergedStream.add = addStream
  mergedStream.on('unpipe', function (stream) {
    stream.emit('merge2UnpipeEnd')
  })

  if (args.length) {
    addStream.apply(null, args)
  }
  return mergedStream
}

// check and pause streams for pipe.
function pauseStreams (streams, options) {
  if (!Array.isArray(streams)) {
    // Backwards-compat with old-style streams
    if (!streams._readableState && streams.pipe) {
      streams = streams.pipe(PassThrough(options))
    }
    if (!streams._readableState || !streams.pause || !streams.pipe) {
      throw new Error('Only readable stream can be merged.')
    }
    streams.pause()
  } else {
    for (let i = 0, len = streams.length; i < len; i++) {
      streams[i] = pauseStreams(streams[i], options)
    }
  }
  return streams
}


/***/ }),

/***/ 8785:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const util = __nccwpck_require__(9023);
const braces = __nccwpck_require__(748);
const picomatch = __nccwpck_require__(4006);
const utils = __nccwpck_require__(4059);

const isEmptyString = v => v === '' || v === './';
const hasBraces = v => {
  const index = v.indexOf('{');
  return index > -1 && v.indexOf('}', index) > -1;
};

/**
 * Returns an array of strings that match one or more glob patterns.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm(list, patterns[, options]);
 *
 * console.log(mm(['a.js', 'a.txt'], ['*.js']));
 * //=> [ 'a.js' ]
 * ```
 * @param {String|Array<string>} `list` List of strings to match.
 * @param {String|Array<string>} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options)
 * @return {Array} Returns an array of matches
 * @summary false
 * @api public
 */

const micromatch = (list, patterns, options) => {
  patterns = [].concat(patterns);
  list = [].concat(list);

  let omit = new Set();
  let keep = new Set();
  let items = new Set();
  let negatives = 0;

  let onResult = state => {
    items.add(state.output);
    if (options && options.onResult) {
      options.onResult(state);
    }
  };

  for (let i = 0; i < patterns.length; i++) {
    let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
    let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
    if (negated) negatives++;

    for (let item of list) {
      let matched = isMatch(item, true);

      let match = negated ? !matched.isMatch : matched.isMatch;
      if (!match) continue;

      if (negated) {
        omit.add(matched.output);
      } else {
        omit.delete(matched.output);
        keep.add(matched.output);
      }
    }
  }

  let result = negatives === patterns.length ? [...items] : [...keep];
  let matches = result.filter(item => !omit.has(item));

  if (options && matches.length === 0) {
    if (options.failglob === true) {
      throw new Error(`No matches found for "${patterns.join(', ')}"`);
    }

    if (options.nonull === true || options.nullglob === true) {
      return options.unescape ? patterns.map(p => p.replace(/\\/g, '')) : patterns;
    }
  }

  return matches;
};

/**
 * Backwards compatibility
 */

micromatch.match = micromatch;

/**
 * Returns a matcher function from the given glob `pattern` and `options`.
 * The returned function takes a string to match as its only argument and returns
 * true if the string is a match.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.matcher(pattern[, options]);
 *
 * const isMatch = mm.matcher('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @param {String} `pattern` Glob pattern
 * @param {Object} `options`
 * @return {Function} Returns a matcher function.
 * @api public
 */

micromatch.matcher = (pattern, options) => picomatch(pattern, options);

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.isMatch(string, patterns[, options]);
 *
 * console.log(mm.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(mm.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String} `str` The string to test.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `[options]` See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Backwards compatibility
 */

micromatch.any = micromatch.isMatch;

/**
 * Returns a list of strings that _**do not match any**_ of the given `patterns`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.not(list, patterns[, options]);
 *
 * console.log(mm.not(['a.a', 'b.b', 'c.c'], '*.a'));
 * //=> ['b.b', 'c.c']
 * ```
 * @param {Array} `list` Array of strings to match.
 * @param {String|Array} `patterns` One or more glob pattern to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Array} Returns an array of strings that **do not match** the given patterns.
 * @api public
 */

micromatch.not = (list, patterns, options = {}) => {
  patterns = [].concat(patterns).map(String);
  let result = new Set();
  let items = [];

  let onResult = state => {
    if (options.onResult) options.onResult(state);
    items.push(state.output);
  };

  let matches = new Set(micromatch(list, patterns, { ...options, onResult }));

  for (let item of items) {
    if (!matches.has(item)) {
      result.add(item);
    }
  }
  return [...result];
};

/**
 * Returns true if the given `string` contains the given pattern. Similar
 * to [.isMatch](#isMatch) but the pattern can match any part of the string.
 *
 * ```js
 * var mm = require('micromatch');
 * // mm.contains(string, pattern[, options]);
 *
 * console.log(mm.contains('aa/bb/cc', '*b'));
 * //=> true
 * console.log(mm.contains('aa/bb/cc', '*d'));
 * //=> false
 * ```
 * @param {String} `str` The string to match.
 * @param {String|Array} `patterns` Glob pattern to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if any of the patterns matches any part of `str`.
 * @api public
 */

micromatch.contains = (str, pattern, options) => {
  if (typeof str !== 'string') {
    throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
  }

  if (Array.isArray(pattern)) {
    return pattern.some(p => micromatch.contains(str, p, options));
  }

  if (typeof pattern === 'string') {
    if (isEmptyString(str) || isEmptyString(pattern)) {
      return false;
    }

    if (str.includes(pattern) || (str.startsWith('./') && str.slice(2).includes(pattern))) {
      return true;
    }
  }

  return micromatch.isMatch(str, pattern, { ...options, contains: true });
};

/**
 * Filter the keys of the given object with the given `glob` pattern
 * and `options`. Does not attempt to match nested keys. If you need this feature,
 * use [glob-object][] instead.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.matchKeys(object, patterns[, options]);
 *
 * const obj = { aa: 'a', ab: 'b', ac: 'c' };
 * console.log(mm.matchKeys(obj, '*b'));
 * //=> { ab: 'b' }
 * ```
 * @param {Object} `object` The object with keys to filter.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Object} Returns an object with only keys that match the given patterns.
 * @api public
 */

micromatch.matchKeys = (obj, patterns, options) => {
  if (!utils.isObject(obj)) {
    throw new TypeError('Expected the first argument to be an object');
  }
  let keys = micromatch(Object.keys(obj), patterns, options);
  let res = {};
  for (let key of keys) res[key] = obj[key];
  return res;
};

/**
 * Returns true if some of the strings in the given `list` match any of the given glob `patterns`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.some(list, patterns[, options]);
 *
 * console.log(mm.some(['foo.js', 'bar.js'], ['*.js', '!foo.js']));
 * // true
 * console.log(mm.some(['foo.js'], ['*.js', '!foo.js']));
 * // false
 * ```
 * @param {String|Array} `list` The string or array of strings to test. Returns as soon as the first match is found.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if any `patterns` matches any of the strings in `list`
 * @api public
 */

micromatch.some = (list, patterns, options) => {
  let items = [].concat(list);

  for (let pattern of [].concat(patterns)) {
    let isMatch = picomatch(String(pattern), options);
    if (items.some(item => isMatch(item))) {
      return true;
    }
  }
  return false;
};

/**
 * Returns true if every string in the given `list` matches
 * any of the given glob `patterns`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.every(list, patterns[, options]);
 *
 * console.log(mm.every('foo.js', ['foo.js']));
 * // true
 * console.log(mm.every(['foo.js', 'bar.js'], ['*.js']));
 * // true
 * console.log(mm.every(['foo.js', 'bar.js'], ['*.js', '!foo.js']));
 * // false
 * console.log(mm.every(['foo.js'], ['*.js', '!foo.js']));
 * // false
 * ```
 * @param {String|Array} `list` The string or array of strings to test.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if all `patterns` matches all of the strings in `list`
 * @api public
 */

micromatch.every = (list, patterns, options) => {
  let items = [].concat(list);

  for (let pattern of [].concat(patterns)) {
    let isMatch = picomatch(String(pattern), options);
    if (!items.every(item => isMatch(item))) {
      return false;
    }
  }
  return true;
};

/**
 * Returns true if **all** of the given `patterns` match
 * the specified string.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.all(string, patterns[, options]);
 *
 * console.log(mm.all('foo.js', ['foo.js']));
 * // true
 *
 * console.log(mm.all('foo.js', ['*.js', '!foo.js']));
 * // false
 *
 * console.log(mm.all('foo.js', ['*.js', 'foo.js']));
 * // true
 *
 * console.log(mm.all('foo.js', ['*.js', 'f*', '*o*', '*o.js']));
 * // true
 * ```
 * @param {String|Array} `str` The string to test.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

micromatch.all = (str, patterns, options) => {
  if (typeof str !== 'string') {
    throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
  }

  return [].concat(patterns).every(p => picomatch(p, options)(str));
};

/**
 * Returns an array of matches captured by `pattern` in `string, or `null` if the pattern did not match.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.capture(pattern, string[, options]);
 *
 * console.log(mm.capture('test/*.js', 'test/foo.js'));
 * //=> ['foo']
 * console.log(mm.capture('test/*.js', 'foo/bar.css'));
 * //=> null
 * ```
 * @param {String} `glob` Glob pattern to use for matching.
 * @param {String} `input` String to match
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Array|null} Returns an array of captures if the input matches the glob pattern, otherwise `null`.
 * @api public
 */

micromatch.capture = (glob, input, options) => {
  let posix = utils.isWindows(options);
  let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
  let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);

  if (match) {
    return match.slice(1).map(v => v === void 0 ? '' : v);
  }
};

/**
 * Create a regular expression from the given glob `pattern`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.makeRe(pattern[, options]);
 *
 * console.log(mm.makeRe('*.js'));
 * //=> /^(?:(\.[\\\/])?(?!\.)(?=.)[^\/]*?\.js)$/
 * ```
 * @param {String} `pattern` A glob pattern to convert to regex.
 * @param {Object} `options`
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

micromatch.makeRe = (...args) => picomatch.makeRe(...args);

/**
 * Scan a glob pattern to separate the pattern into segments. Used
 * by the [split](#split) method.
 *
 * ```js
 * const mm = require('micromatch');
 * const state = mm.scan(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

micromatch.scan = (...args) => picomatch.scan(...args);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const mm = require('micromatch');
 * const state = mm.parse(pattern[, options]);
 * ```
 * @param {String} `glob`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as regex source string.
 * @api public
 */

micromatch.parse = (patterns, options) => {
  let res = [];
  for (let pattern of [].concat(patterns || [])) {
    for (let str of braces(String(pattern), options)) {
      res.push(picomatch.parse(str, options));
    }
  }
  return res;
};

/**
 * Process the given brace `pattern`.
 *
 * ```js
 * const { braces } = require('micromatch');
 * console.log(braces('foo/{a,b,c}/bar'));
 * //=> [ 'foo/(a|b|c)/bar' ]
 *
 * console.log(braces('foo/{a,b,c}/bar', { expand: true }));
 * //=> [ 'foo/a/bar', 'foo/b/bar', 'foo/c/bar' ]
 * ```
 * @param {String} `pattern` String with brace pattern to process.
 * @param {Object} `options` Any [options](#options) to change how expansion is performed. See the [braces][] library for all available options.
 * @return {Array}
 * @api public
 */

micromatch.braces = (pattern, options) => {
  if (typeof pattern !== 'string') throw new TypeError('Expected a string');
  if ((options && options.nobrace === true) || !hasBraces(pattern)) {
    return [pattern];
  }
  return braces(pattern, options);
};

/**
 * Expand braces
 */

micromatch.braceExpand = (pattern, options) => {
  if (typeof pattern !== 'string') throw new TypeError('Expected a string');
  return micromatch.braces(pattern, { ...options, expand: true });
};

/**
 * Expose micromatch
 */

// exposed for tests
micromatch.hasBraces = hasBraces;
module.exports = micromatch;


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



module.exports = __nccwpck_require__(8016);


/***/ }),

/***/ 5595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  SEP: path.sep,

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const getStarExtglobSequenceOutput = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  for (const branch of branches) {
    const safeOutput = getStarExtglobSequenceOutput(branch);
    if (safeOutput) {
      return { risky: true, safeOutput };
    }

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';
  const win32 = utils.isWindows(options);

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(win32);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.value += tok.value;
      prev.output = (prev.output || '') + tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if (next === '<' && !utils.supportsLookbehinds()) {
          throw new Error('Node.js v10 or higher is required for regex lookbehinds');
        }

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && eos()) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;
  const win32 = utils.isWindows(options);

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(win32);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = utils.isWindows(options);
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(path.basename(input));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              code = advance();
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES) {
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        while (eos() !== true && (code = advance())) {
          if (code === CHAR_LEFT_PARENTHESES) {
            backslashes = token.backslashes = true;
            code = advance();
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (idx !== 0 || value !== '') {
        parts.push(value);
      }
      prevIndex = i;
    }

    if (prevIndex && prevIndex + 1 < input.length) {
      const value = input.slice(prevIndex + 1);
      parts.push(value);

      if (opts.tokens) {
        tokens[tokens.length - 1].value = value;
        depth(tokens[tokens.length - 1]);
        state.maxDepth += tokens[tokens.length - 1].depth;
      }
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const win32 = process.platform === 'win32';
const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.supportsLookbehinds = () => {
  const segs = process.version.slice(1).split('.').map(Number);
  if (segs.length === 3 && segs[0] >= 9 || (segs[0] === 8 && segs[1] >= 10)) {
    return true;
  }
  return false;
};

exports.isWindows = options => {
  if (options && typeof options.windows === 'boolean') {
    return options.windows;
  }
  return win32 === true || path.sep === '\\';
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};


/***/ }),

/***/ 4351:
/***/ ((module) => {

/*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
let promise

module.exports = typeof queueMicrotask === 'function'
  ? queueMicrotask.bind(typeof window !== 'undefined' ? window : global)
  // reuse resolved promise, and allocate it lazily
  : cb => (promise || (promise = Promise.resolve()))
    .then(cb)
    .catch(err => setTimeout(() => { throw err }, 0))


/***/ }),

/***/ 844:
/***/ ((module) => {



function reusify (Constructor) {
  var head = new Constructor()
  var tail = head

  function get () {
    var current = head

    if (current.next) {
      head = current.next
    } else {
      head = new Constructor()
      tail = head
    }

    current.next = null

    return current
  }

  function release (obj) {
    tail.next = obj
    tail = obj
  }

  return {
    get: get,
    release: release
  }
}

module.exports = reusify


/***/ }),

/***/ 2743:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
module.exports = runParallel

const queueMicrotask = __nccwpck_require__(4351)

function runParallel (tasks, cb) {
  let results, pending, keys
  let isSync = true

  if (Array.isArray(tasks)) {
    results = []
    pending = tasks.length
  } else {
    keys = Object.keys(tasks)
    results = {}
    pending = keys.length
  }

  function done (err) {
    function end () {
      if (cb) cb(err, results)
      cb = null
    }
    if (isSync) queueMicrotask(end)
    else end()
  }

  function each (i, err, result) {
    results[i] = result
    if (--pending === 0 || err) {
      done(err)
    }
  }

  if (!pending) {
    // empty
    done(null)
  } else if (keys) {
    // object
    keys.forEach(function (key) {
      tasks[key](function (err, result) { each(key, err, result) })
    })
  } else {
    // array
    tasks.forEach(function (task, i) {
      task(function (err, result) { each(i, err, result) })
    })
  }

  isSync = false
}


/***/ }),

/***/ 7551:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * to-regex-range <https://github.com/micromatch/to-regex-range>
 *
 * Copyright (c) 2015-present, Jon Schlinkert.
 * Released under the MIT License.
 */



const isNumber = __nccwpck_require__(3102);

const toRegexRange = (min, max, options) => {
  if (isNumber(min) === false) {
    throw new TypeError('toRegexRange: expected the first argument to be a number');
  }

  if (max === void 0 || min === max) {
    return String(min);
  }

  if (isNumber(max) === false) {
    throw new TypeError('toRegexRange: expected the second argument to be a number.');
  }

  let opts = { relaxZeros: true, ...options };
  if (typeof opts.strictZeros === 'boolean') {
    opts.relaxZeros = opts.strictZeros === false;
  }

  let relax = String(opts.relaxZeros);
  let shorthand = String(opts.shorthand);
  let capture = String(opts.capture);
  let wrap = String(opts.wrap);
  let cacheKey = min + ':' + max + '=' + relax + shorthand + capture + wrap;

  if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
    return toRegexRange.cache[cacheKey].result;
  }

  let a = Math.min(min, max);
  let b = Math.max(min, max);

  if (Math.abs(a - b) === 1) {
    let result = min + '|' + max;
    if (opts.capture) {
      return `(${result})`;
    }
    if (opts.wrap === false) {
      return result;
    }
    return `(?:${result})`;
  }

  let isPadded = hasPadding(min) || hasPadding(max);
  let state = { min, max, a, b };
  let positives = [];
  let negatives = [];

  if (isPadded) {
    state.isPadded = isPadded;
    state.maxLen = String(state.max).length;
  }

  if (a < 0) {
    let newMin = b < 0 ? Math.abs(b) : 1;
    negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
    a = state.a = 0;
  }

  if (b >= 0) {
    positives = splitToPatterns(a, b, state, opts);
  }

  state.negatives = negatives;
  state.positives = positives;
  state.result = collatePatterns(negatives, positives, opts);

  if (opts.capture === true) {
    state.result = `(${state.result})`;
  } else if (opts.wrap !== false && (positives.length + negatives.length) > 1) {
    state.result = `(?:${state.result})`;
  }

  toRegexRange.cache[cacheKey] = state;
  return state.result;
};

function collatePatterns(neg, pos, options) {
  let onlyNegative = filterPatterns(neg, pos, '-', false, options) || [];
  let onlyPositive = filterPatterns(pos, neg, '', false, options) || [];
  let intersected = filterPatterns(neg, pos, '-?', true, options) || [];
  let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
  return subpatterns.join('|');
}

function splitToRanges(min, max) {
  let nines = 1;
  let zeros = 1;

  let stop = countNines(min, nines);
  let stops = new Set([max]);

  while (min <= stop && stop <= max) {
    stops.add(stop);
    nines += 1;
    stop = countNines(min, nines);
  }

  stop = countZeros(max + 1, zeros) - 1;

  while (min < stop && stop <= max) {
    stops.add(stop);
    zeros += 1;
    stop = countZeros(max + 1, zeros) - 1;
  }

  stops = [...stops];
  stops.sort(compare);
  return stops;
}

/**
 * Convert a range to a regex pattern
 * @param {Number} `start`
 * @param {Number} `stop`
 * @return {String}
 */

function rangeToPattern(start, stop, options) {
  if (start === stop) {
    return { pattern: start, count: [], digits: 0 };
  }

  let zipped = zip(start, stop);
  let digits = zipped.length;
  let pattern = '';
  let count = 0;

  for (let i = 0; i < digits; i++) {
    let [startDigit, stopDigit] = zipped[i];

    if (startDigit === stopDigit) {
      pattern += startDigit;

    } else if (startDigit !== '0' || stopDigit !== '9') {
      pattern += toCharacterClass(startDigit, stopDigit, options);

    } else {
      count++;
    }
  }

  if (count) {
    pattern += options.shorthand === true ? '\\d' : '[0-9]';
  }

  return { pattern, count: [count], digits };
}

function splitToPatterns(min, max, tok, options) {
  let ranges = splitToRanges(min, max);
  let tokens = [];
  let start = min;
  let prev;

  for (let i = 0; i < ranges.length; i++) {
    let max = ranges[i];
    let obj = rangeToPattern(String(start), String(max), options);
    let zeros = '';

    if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
      if (prev.count.length > 1) {
        prev.count.pop();
      }

      prev.count.push(obj.count[0]);
      prev.string = prev.pattern + toQuantifier(prev.count);
      start = max + 1;
      continue;
    }

    if (tok.isPadded) {
      zeros = padZeros(max, tok, options);
    }

    obj.string = zeros + obj.pattern + toQuantifier(obj.count);
    tokens.push(obj);
    start = max + 1;
    prev = obj;
  }

  return tokens;
}

function filterPatterns(arr, comparison, prefix, intersection, options) {
  let result = [];

  for (let ele of arr) {
    let { string } = ele;

    // only push if _both_ are negative...
    if (!intersection && !contains(comparison, 'string', string)) {
      result.push(prefix + string);
    }

    // or _both_ are positive
    if (intersection && contains(comparison, 'string', string)) {
      result.push(prefix + string);
    }
  }
  return result;
}

/**
 * Zip strings
 */

function zip(a, b) {
  let arr = [];
  for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
  return arr;
}

function compare(a, b) {
  return a > b ? 1 : b > a ? -1 : 0;
}

function contains(arr, key, val) {
  return arr.some(ele => ele[key] === val);
}

function countNines(min, len) {
  return Number(String(min).slice(0, -len) + '9'.repeat(len));
}

function countZeros(integer, zeros) {
  return integer - (integer % Math.pow(10, zeros));
}

function toQuantifier(digits) {
  let [start = 0, stop = ''] = digits;
  if (stop || start > 1) {
    return `{${start + (stop ? ',' + stop : '')}}`;
  }
  return '';
}

function toCharacterClass(a, b, options) {
  return `[${a}${(b - a === 1) ? '' : '-'}${b}]`;
}

function hasPadding(str) {
  return /^-?(0+)\d/.test(str);
}

function padZeros(value, tok, options) {
  if (!tok.isPadded) {
    return value;
  }

  let diff = Math.abs(tok.maxLen - String(value).length);
  let relax = options.relaxZeros !== false;

  switch (diff) {
    case 0:
      return '';
    case 1:
      return relax ? '0?' : '0';
    case 2:
      return relax ? '0{0,2}' : '00';
    default: {
      return relax ? `0{0,${diff}}` : `0{${diff}}`;
    }
  }
}

/**
 * Cache
 */

toRegexRange.cache = {};
toRegexRange.clearCache = () => (toRegexRange.cache = {});

/**
 * Expose `toRegexRange`
 */

module.exports = toRegexRange;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3281:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/* eslint-disable no-var */

var reusify = __nccwpck_require__(844)

function fastqueue (context, worker, _concurrency) {
  if (typeof context === 'function') {
    _concurrency = worker
    worker = context
    context = null
  }

  if (!(_concurrency >= 1)) {
    throw new Error('fastqueue concurrency must be equal to or greater than 1')
  }

  var cache = reusify(Task)
  var queueHead = null
  var queueTail = null
  var _running = 0
  var errorHandler = null

  var self = {
    push: push,
    drain: noop,
    saturated: noop,
    pause: pause,
    paused: false,

    get concurrency () {
      return _concurrency
    },
    set concurrency (value) {
      if (!(value >= 1)) {
        throw new Error('fastqueue concurrency must be equal to or greater than 1')
      }
      _concurrency = value

      if (self.paused) return
      for (; queueHead && _running < _concurrency;) {
        _running++
        release()
      }
    },

    running: running,
    resume: resume,
    idle: idle,
    length: length,
    getQueue: getQueue,
    unshift: unshift,
    empty: noop,
    kill: kill,
    killAndDrain: killAndDrain,
    error: error,
    abort: abort
  }

  return self

  function running () {
    return _running
  }

  function pause () {
    self.paused = true
  }

  function length () {
    var current = queueHead
    var counter = 0

    while (current) {
      current = current.next
      counter++
    }

    return counter
  }

  function getQueue () {
    var current = queueHead
    var tasks = []

    while (current) {
      tasks.push(current.value)
      current = current.next
    }

    return tasks
  }

  function resume () {
    if (!self.paused) return
    self.paused = false
    if (queueHead === null) {
      _running++
      release()
      return
    }
    for (; queueHead && _running < _concurrency;) {
      _running++
      release()
    }
  }

  function idle () {
    return _running === 0 && self.length() === 0
  }

  function push (value, done) {
    var current = cache.get()

    current.context = context
    current.release = release
    current.value = value
    current.callback = done || noop
    current.errorHandler = errorHandler

    if (_running >= _concurrency || self.paused) {
      if (queueTail) {
        queueTail.next = current
        queueTail = current
      } else {
        queueHead = current
        queueTail = current
        self.saturated()
      }
    } else {
      _running++
      worker.call(context, current.value, current.worked)
    }
  }

  function unshift (value, done) {
    var current = cache.get()

    current.context = context
    current.release = release
    current.value = value
    current.callback = done || noop
    current.errorHandler = errorHandler

    if (_running >= _concurrency || self.paused) {
      if (queueHead) {
        current.next = queueHead
        queueHead = current
      } else {
        queueHead = current
        queueTail = current
        self.saturated()
      }
    } else {
      _running++
      worker.call(context, current.value, current.worked)
    }
  }

  function release (holder) {
    if (holder) {
      cache.release(holder)
    }
    var next = queueHead
    if (next && _running <= _concurrency) {
      if (!self.paused) {
        if (queueTail === queueHead) {
          queueTail = null
        }
        queueHead = next.next
        next.next = null
        worker.call(context, next.value, next.worked)
        if (queueTail === null) {
          self.empty()
        }
      } else {
        _running--
      }
    } else if (--_running === 0) {
      self.drain()
    }
  }

  function kill () {
    queueHead = null
    queueTail = null
    self.drain = noop
  }

  function killAndDrain () {
    queueHead = null
    queueTail = null
    self.drain()
    self.drain = noop
  }

  function abort () {
    var current = queueHead
    queueHead = null
    queueTail = null

    while (current) {
      var next = current.next
      var callback = current.callback
      var errorHandler = current.errorHandler
      var val = current.value
      var context = current.context

      // Reset the task state
      current.value = null
      current.callback = noop
      current.errorHandler = null
      current.next = null

      // Call error handler if present
      if (errorHandler) {
        errorHandler(new Error('abort'), val)
      }

      // Call callback with error
      callback.call(context, new Error('abort'))

      // This task was queued, so return it to the pool without updating
      // the running worker count.
      cache.release(current)

      current = next
    }

    self.drain = noop
  }

  function error (handler) {
    errorHandler = handler
  }
}

function noop () {}

function Task () {
  this.value = null
  this.callback = noop
  this.next = null
  this.release = noop
  this.context = null
  this.errorHandler = null

  var self = this

  this.worked = function worked (err, result) {
    var callback = self.callback
    var errorHandler = self.errorHandler
    var val = self.value
    self.value = null
    self.callback = noop
    if (self.errorHandler) {
      errorHandler(err, val)
    }
    callback.call(self.context, err, result)
    self.release(self)
  }
}

function queueAsPromised (context, worker, _concurrency) {
  if (typeof context === 'function') {
    _concurrency = worker
    worker = context
    context = null
  }

  function asyncWrapper (arg, cb) {
    worker.call(this, arg)
      .then(function (res) {
        cb(null, res)
      }, cb)
  }

  var queue = fastqueue(context, asyncWrapper, _concurrency)

  var pushCb = queue.push
  var unshiftCb = queue.unshift

  queue.push = push
  queue.unshift = unshift
  queue.drained = drained

  return queue

  function push (value) {
    var p = new Promise(function (resolve, reject) {
      pushCb(value, function (err, result) {
        if (err) {
          reject(err)
          return
        }
        resolve(result)
      })
    })

    // Let's fork the promise chain to
    // make the error bubble up to the user but
    // not lead to a unhandledRejection
    p.catch(noop)

    return p
  }

  function unshift (value) {
    var p = new Promise(function (resolve, reject) {
      unshiftCb(value, function (err, result) {
        if (err) {
          reject(err)
          return
        }
        resolve(result)
      })
    })

    // Let's fork the promise chain to
    // make the error bubble up to the user but
    // not lead to a unhandledRejection
    p.catch(noop)

    return p
  }

  function drained () {
    var p = new Promise(function (resolve) {
      process.nextTick(function () {
        if (queue.idle()) {
          resolve()
        } else {
          var previousDrain = queue.drain
          queue.drain = function () {
            if (typeof previousDrain === 'function') previousDrain()
            resolve()
            queue.drain = previousDrain
          }
        }
      })
    })

    return p
  }
}

module.exports = fastqueue
module.exports.promise = queueAsPromised


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
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors every layer may throw. A UsageError is the user's mistake (a flag, a pattern, a setting,
 * a path): adapters print its message on one line and exit 2, never with a stack trace.
 */
class UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./src/cli/args.ts
/** argv → command + RawInputs, with node:util parseArgs (no dependency needed for this). */




const COMMANDS = ['lint', 'render', 'check', 'rules', 'help', 'version'];
const USAGE = `Usage: velero-hooks <command> [options] [PATTERN...]

Commands:
  lint [PATTERN...]   Check Velero hook annotations and hook specs (default command)
  render [PATTERN...] Lint, then write each manifest with the init containers Velero injects at
                      restore (into --output-dir, default "rendered", or --in-place)
  check [PATTERN...]  Lint, then exit 1 if the committed render is stale (missing, different or
                      orphaned files); writes nothing
  rules [RULE-ID]     List the rules (--format json for tools), or show one rule's documentation
  help                Show this help

PATTERN is a glob relative to --cwd (default: **/*.yaml and **/*.yml) or a file or directory; it is
never split on commas, so brace globs work ({base,overlays}/**/*.yaml). A pattern that matches no
file is an error. "-" lints the manifest on standard input (lint only):
  helm template my-chart | velero-hooks lint - --stdin-filename my-chart.yaml
lint skips the render output directory (rendered/) unless a pattern names it.
Helm charts (a directory with Chart.yaml) and Kustomize overlays (kustomization.yaml) among the
scanned directories are rendered with helm / kustomize (or kubectl) and their output checked; each
finding is reported at the template, values, patch or kustomization line that produced it.

Options:
  --cwd DIR                 Base directory (default: the current directory); reported paths stay
                            relative to the directory the command runs in
  --ignore GLOB             Skip matching files, relative to --cwd (repeatable); .git/ and
                            node_modules/ are always skipped
  --format FORMAT           text | json | sarif | github (default: text)
  --output FILE             Write the report to FILE instead of stdout (its directory must exist)
  --fail-on LEVEL           error | warning | notice | never (default: error)
  --quiet                   Report errors only: warnings and notices neither show nor fail the run
  --max-warnings N          Exit 1 when there are more than N warnings (counted even with --quiet)
  --max-file-bytes N        Skip (and report) files larger than N bytes (default: 16 MiB)
  --config FILE             Configuration file (default: .velero-hooks.yaml in the base directory)
  --fix                     Apply the safe fixes in place, then report what remains
  --velero-version VERSION  The Velero version findings are about: 1.12 … 1.18 (a minor means its
                            latest patch), a patch release such as 1.16.1, or main (default:
                            velero-version in the configuration, else the latest release, 1.18.2)
  --workers N|auto          Threads that parse files in parallel; 0 uses one thread (default: auto)
  --stdin-filename NAME     The name findings give standard input (default: <stdin>)
  --no-error-on-unmatched-pattern
                            A pattern that matches no file is not an error
  --color / --no-color      Force colours on or off in text output (NO_COLOR turns them off)

Charts and overlays:
  --helm PATH               The helm to render charts with (default: helm on PATH)
  --kustomize PATH          The kustomize or kubectl to render overlays with (default: kustomize,
                            else kubectl, on PATH)
  --no-charts-and-overlays  Check plain manifests only; render no chart or overlay

Render and check (a pod gets the init container Velero injects when its container-image annotation
is set, whatever the rule levels; one whose container Velero, the API server or the kubelet would
refuse is left unchanged, with a note saying why):
  --output-dir DIR          Mirror every scanned manifest under DIR, relative to --cwd (default: rendered)
  --in-place                Edit the manifests themselves instead
  --volume-mounts MODE      app (default): the design document's init container, Velero's plus
                            imagePullPolicy: IfNotPresent and the first app container's volumeMounts
                            (adapted so the API server accepts them); none: exactly Velero's
                            container (name, image, command), named velero-restore-init-0 where
                            Velero picks a random velero-restore-init-<hex>
  -h, --help                Show this help
  -v, --version             Show the version

Exit status: 0 nothing reached --fail-on (and, for check, the render is current); 1 something did
(or check found stale files, or warnings exceed --max-warnings); 2 usage or internal error (a
pattern that matches no file, an unknown command, an option or path that is wrong).
`;
const existsFromHere = (pattern, cwd) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(cwd ?? '.', pattern));
/**
 * A first word that can only be a mistyped command: no '/', '.' or glob characters, and no file
 * or directory of that name (`velero-hooks deploy` lints the directory deploy when it exists).
 */
function assertNotUnknownCommand(word, cwd, pathExists) {
    if (word === undefined || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(word) || pathExists(word, cwd))
        return;
    throw new UsageError(`unknown command "${word}"; expected one of ${COMMANDS.join(', ')}`);
}
function parseCliArgs(argv, pathExists = existsFromHere) {
    const { values, positionals } = parseFlags(argv);
    let command = 'lint';
    const rest = [...positionals];
    if (rest.length > 0 && COMMANDS.includes(rest[0]))
        command = rest.shift();
    else if (!values.help && !values.version)
        assertNotUnknownCommand(rest[0], values.cwd, pathExists);
    if (values.help)
        command = 'help';
    if (values.version)
        command = 'version';
    const renderOnly = ['output-dir', 'in-place', 'volume-mounts'].filter((k) => values[k] !== undefined);
    if (renderOnly.length > 0 && command !== 'render' && command !== 'check' && command !== 'help' && command !== 'version') {
        throw new UsageError(`--${renderOnly[0]} is an option of render and check, not of ${command}`);
    }
    return {
        command,
        color: values['no-color'] ? false : values.color,
        raw: {
            cwd: values.cwd,
            files: rest,
            ignore: values.ignore,
            format: values.format,
            output: values.output,
            'fail-on': values['fail-on'],
            'max-file-bytes': values['max-file-bytes'],
            config: values.config,
            fix: values.fix ? 'true' : undefined,
            workers: values.workers,
            'output-dir': values['output-dir'],
            'in-place': values['in-place'] ? 'true' : undefined,
            'volume-mounts': values['volume-mounts'],
            'allow-no-files': values['no-error-on-unmatched-pattern'] ? 'true' : undefined,
            'stdin-filename': values['stdin-filename'],
            'charts-and-overlays': values['no-charts-and-overlays'] ? 'false' : undefined,
            helm: values.helm,
            kustomize: values.kustomize,
            quiet: values.quiet ? 'true' : undefined,
            'max-warnings': values['max-warnings'],
            'velero-version': values['velero-version'],
        },
    };
}
function parseFlags(argv) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                cwd: { type: 'string' },
                ignore: { type: 'string', multiple: true },
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                'max-file-bytes': { type: 'string' },
                'output-dir': { type: 'string' },
                'in-place': { type: 'boolean' },
                'volume-mounts': { type: 'string' },
                config: { type: 'string', short: 'c' },
                fix: { type: 'boolean' },
                workers: { type: 'string' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
                'no-error-on-unmatched-pattern': { type: 'boolean' },
                'no-charts-and-overlays': { type: 'boolean' },
                helm: { type: 'string' },
                kustomize: { type: 'string' },
                'stdin-filename': { type: 'string' },
                quiet: { type: 'boolean' },
                'max-warnings': { type: 'string' },
                'velero-version': { type: 'string' },
            },
        });
    }
    catch (e) {
        throw new UsageError(e.message.split('\n')[0]);
    }
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * A one-line progress counter on stderr for long runs on a terminal: nothing for the first two
 * seconds, then "checked N files…" redrawn at most ten times a second, erased at the end. It draws
 * only when a file finishes (no timer keeps the process alive), and never when stderr is not a
 * terminal, in CI (the CI variable is set), or for machine-readable formats.
 */
const PROGRESS_DELAY_MS = 2000;
const REDRAW_MS = 100;
function shouldShowProgress(o) {
    const ci = o.env.CI;
    return o.stderrIsTty && (ci === undefined || ci === '' || ci === 'false' || ci === '0') && o.format === 'text';
}
function createProgress(label, options) {
    const now = options.now ?? Date.now;
    const start = now();
    let count = 0;
    let drawnAt = -Infinity;
    let drawn = false;
    return {
        tick() {
            count++;
            if (!options.enabled)
                return;
            const t = now();
            if (t - start < PROGRESS_DELAY_MS || t - drawnAt < REDRAW_MS)
                return;
            drawnAt = t;
            drawn = true;
            options.write(`\r\u001b[Kvelero-hooks: ${label} ${count} file${count === 1 ? '' : 's'}…`);
        },
        done() {
            if (drawn)
                options.write('\r\u001b[K');
            drawn = false;
        },
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

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
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
function podTarget(doc, resource, role, node, path) {
    const metadata = getMap(doc, node, 'metadata');
    const spec = getMap(doc, node, 'spec');
    const specPath = [...path, 'spec'];
    const containers = readContainers(doc, spec, specPath, 'containers');
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
            model.pods.push(podTarget(doc, resource, 'template', template, [...base, ...templatePath]));
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
const FAMILY_BY_NAME = new Map(FAMILIES.map((f) => [f.family, f]));
/** Every key Velero reads, sorted. */
const KNOWN_KEYS = FAMILIES.flatMap((f) => f.fields.map((x) => f.prefix + x)).sort();
const KNOWN_KEY_SET = new Set(KNOWN_KEYS);
const HOOK_DOMAINS = FAMILIES.map((f) => f.prefix.slice(0, -1));
/** Names Velero gives its own init containers; a hook of that name is removed or confused. */
const RESERVED_INIT_CONTAINER_NAMES = ['restore-wait', 'restic-wait'];
const RESTORE_WAIT = 'restore-wait';
const DEFAULT_INIT_HOOK_NAME = 'velero-restore-init-0';
const key = (family, field) => FAMILY_BY_NAME.get(family).prefix + field;
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
/** Offsets [start, end) of every scalar in the documents: a '#' inside one is text, not a comment. */
function scalarRanges(documents) {
    const ranges = [];
    for (const doc of documents) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (node.range)
                    ranges.push([node.range[0], node.range[1]]);
            },
        });
    }
    return ranges;
}
/** Every suppression comment in the text (BOM already stripped). */
function findDirectives(text, documents) {
    if (!text.includes(SUPPRESS_LINE))
        return [];
    const ranges = documents ? scalarRanges(documents) : [];
    const insideScalar = (offset) => ranges.some(([a, b]) => offset >= a && offset < b);
    const lines = text.split('\n');
    const starts = [];
    let offset = 0;
    for (const l of lines) {
        starts.push(offset);
        offset += l.length + 1;
    }
    /** Offset of the comment on line i (0-based), or -1. */
    const commentStart = (i) => {
        const l = lines[i];
        for (let c = l.indexOf('#'); c >= 0; c = l.indexOf('#', c + 1)) {
            if ((c === 0 || l[c - 1] === ' ' || l[c - 1] === '\t') && !insideScalar(starts[i] + c))
                return c;
        }
        return -1;
    };
    const isBlankOrComment = (i) => {
        const trimmed = lines[i].trim();
        return trimmed === '' || (trimmed.startsWith('#') && commentStart(i) === lines[i].indexOf('#'));
    };
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
            if (raw.slice(0, c).trim() !== '')
                target = i + 1;
            else {
                for (let j = i + 1; j < lines.length; j++) {
                    if (!isBlankOrComment(j)) {
                        target = j + 1;
                        break;
                    }
                }
            }
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
 * Drops the findings that a suppression comment covers and adds unused-suppression findings.
 * `raw` is the file text as read (a BOM is ignored); `parsed` is given when the text was parsed.
 */
function applySuppressions(file, raw, parsed, findings, ruleSet) {
    const text = parsed ? parsed.text : raw.replace(/^\uFEFF/, '');
    const directives = findDirectives(text, parsed?.documents);
    if (directives.length === 0)
        return findings;
    const unusedSuppression = ruleSet.unusedSuppression;
    const used = new Set(); // `${directiveIndex}:${rule}`
    const kept = findings.filter((f) => {
        if (f.ruleId === unusedSuppression.meta.id)
            return true;
        let suppressed = false;
        directives.forEach((d, i) => {
            if (d.scope === 'line' && d.target !== f.line)
                return;
            if (!d.rules.some((r) => r.id === f.ruleId))
                return;
            used.add(`${i}:${f.ruleId}`);
            suppressed = true;
        });
        return !suppressed;
    });
    const override = ruleSet.severities?.get(unusedSuppression.meta.id);
    if (override === 'off')
        return kept;
    const severity = override ?? unusedSuppression.meta.severity;
    const report = (d, messageId, data, column, endColumn) => {
        kept.push(createFinding(unusedSuppression, { messageId, data, severity, file, span: { line: d.line, column, endLine: d.line, endColumn } }));
    };
    const known = knownRules(ruleSet);
    directives.forEach((d, i) => {
        const directive = d.scope === 'file' ? SUPPRESS_FILE : SUPPRESS_LINE;
        if (d.rules.length === 0) {
            report(d, 'noRules', { directive }, d.column, d.endColumn);
            return;
        }
        for (const r of d.rules) {
            const end = r.column + r.id.length;
            if (!known.has(r.id)) {
                const near = (0,mod/* closest */.kp)(r.id, [...known]);
                const hint = (0,mod/* distance */.Io)(near, r.id) <= Math.max(3, Math.floor(r.id.length / 4)) ? ` (did you mean "${near}"?)` : '';
                report(d, 'unknownRule', { rule: r.id, hint }, r.column, end);
            }
            else if (ruleSet.severities?.get(r.id) !== 'off' && !used.has(`${i}:${r.id}`)) {
                const where = d.scope === 'file' ? 'in this file' : d.target === undefined ? '(no line follows the comment)' : `on line ${d.target}`;
                report(d, 'unused', { rule: r.id, where }, r.column, end);
            }
        }
    });
    return kept;
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
function hasHint(haystack, slice) {
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
    return hasHint(text, sliceText);
}
/** hasVeleroHint on a file's bytes, without decoding them. */
function bytesHaveVeleroHint(bytes) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return hasHint(buffer, sliceBytes);
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
function lint_text_lintText(file, raw, ruleSet) {
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
    return { findings: result.findings, ...counts };
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
    constructor(file, raw, ruleSet, keep) {
        this.file = file;
        this.raw = raw;
        this.ruleSet = ruleSet;
        this.keep = keep;
        this.result = { file, parsed: undefined, models: [], findings: [], brokenDocuments: new Set() };
    }
    run() {
        if (!hasVeleroHint(this.raw))
            return;
        const template = TEMPLATE_MARK.exec(this.raw);
        if (template)
            return this.skipTemplate(template);
        const stream = parseManifestStream(this.raw);
        this.lineCounter = stream.lineCounter;
        this.text = stream.text;
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
        this.result.findings = applySuppressions(this.file, this.raw, this.keep ? parsed : undefined, this.result.findings, this.ruleSet);
        this.result.findings.sort(compareFindings);
    }
    severityOf(rule, requested) {
        const override = this.ruleSet.severities?.get(rule.meta.id);
        if (override === 'off')
            return undefined;
        return override ?? requested ?? rule.meta.severity;
    }
    syntax(detail, code, span) {
        const severity = this.severityOf(this.ruleSet.yamlSyntax);
        if (severity)
            this.result.findings.push(createFinding(this.ruleSet.yamlSyntax, { messageId: 'syntax', data: { detail, code }, severity, file: this.file, span }));
    }
    at(node, fallback) {
        const n = node?.range ? node : fallback?.range ? fallback : undefined;
        const [start, end] = n?.range ? [n.range[0], n.range[1]] : [0, 0];
        return spanOf(this.lineCounter, start, end);
    }
    /** A Helm/Jinja template is not the YAML that reaches the cluster: one notice, when it has hooks. */
    skipTemplate(template) {
        const severity = HOOK_HINT.test(this.raw) ? this.severityOf(this.ruleSet.templateSkipped) : undefined;
        const before = this.raw.slice(0, template.index).replace(/^\uFEFF/, '');
        const line = before.split('\n').length;
        // Columns count from the last line break of the BOM-less text, on every line.
        const column = before.length - before.lastIndexOf('\n');
        if (severity) {
            const span = { line, column, endLine: line, endColumn: column + template[0].length };
            this.result.findings.push(createFinding(this.ruleSet.templateSkipped, { messageId: 'template', data: { mark: template[0] }, severity, file: this.file, span }));
        }
        this.result.findings = applySuppressions(this.file, this.raw, undefined, this.result.findings, this.ruleSet);
    }
    /** Every document in turn; undefined when the parser itself failed (the file is then not checked). */
    lintDocuments(stream) {
        const documents = [];
        // Found once per stretch of text rather than searched from every document to the end of a file of thousands.
        this.nextStar = aliasLikeOffset(this.text, 0, this.text.length);
        const pending = stream[Symbol.iterator]();
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
            const document = next.value;
            if (this.keep)
                documents.push(document);
            this.counts.documents++;
            const model = this.lintDocument(document, index);
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
        this.result.brokenDocuments.clear();
        Object.assign(this.counts, { documents: 0, resources: 0, hooks: 0 });
    }
    /** Checks one document; returns its model, or undefined when it is broken. */
    lintDocument(document, index) {
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
        this.reportUnreadHookKeys(document, model);
        if (model.pods.length === 0 && model.objects.length === 0 && model.velero.length === 0)
            return model;
        for (const rule of this.ruleSet.rules)
            this.runRule(rule, model);
        return model;
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
            if (more)
                detail = `${more} YAML errors from here on in this document (the first: ${detail})`;
            else if (error.code === 'DUPLICATE_KEY') {
                const duplicate = describeDuplicateKey(document, this.text, this.lineCounter, error.pos[0]);
                if (duplicate)
                    ({ span, detail } = duplicate);
            }
            this.syntax(detail, more ? 'TOO_MANY_ERRORS' : error.code, span);
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
 * A DUPLICATE_KEY error as the whole key (yaml points at its first character only) and which line
 * it repeats; undefined when no key starts at the error.
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
    const shown = keyText.length > 80 ? `${keyText.slice(0, 77)}...` : keyText;
    return { span, detail: `the key ${JSON.stringify(shown)} is already set at line ${firstLine} of this mapping (map keys must be unique; a decoder that accepts it keeps only the last value)` };
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
const VELERO_VERSION_VALUES = `1.${FIRST_MINOR} … 1.${LAST_MINOR} (a minor means its latest patch), a patch release such as 1.16.1 or 1.18.2, or main`;
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

;// CONCATENATED MODULE: ./src/rules/util.ts


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
/**
 * The annotation Velero reads for one field of one family, or undefined when it is absent or when
 * Velero never reads it: the legacy `hook.backup.velero.io/*` keys are read only when
 * `pre.hook.backup.velero.io/command` is missing or empty, and then all four fields come from them
 * (velero-hooks.md §1.3). backup-hook-legacy-mixed reports the set that is ignored.
 */
function readEntry(pod, family, field) {
    const switchedOn = (f) => {
        const v = pod.annotations.get(key(f, 'command'))?.value;
        return v !== undefined && v !== '';
    };
    if (family === 'legacy-backup' && switchedOn('pre-backup'))
        return undefined;
    if (family === 'pre-backup' && !switchedOn('pre-backup') && switchedOn('legacy-backup'))
        return undefined;
    return pod.annotations.get(key(family, field));
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
    // JSON.stringify escapes line breaks and tabs itself (as \n, \t), so the message stays on one line.
    return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
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

;// CONCATENATED MODULE: ./src/rules/backup-spec-hooks-skip-pods.ts

/** Names Velero's discovery resolves to the pods resource. */
const POD_NAMES = new Set(['*', 'pods', 'pod', 'po']);
const isPods = (name) => POD_NAMES.has(name.trim().toLowerCase());
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
        severity: 'warning',
        docs: {
            summary: "A Backup/Schedule hook's `includedResources` leaves out pods, or its `excludedResources` lists them.",
            description: 'Backup hooks only ever run in pods. Velero honours `includedResources`/`excludedResources` of a Backup hook (unlike a ' +
                "Restore's): a list such as `[deployments]` or `[deploymentconfigs.apps.openshift.io]`, or `excludedResources: [pods]`, " +
                'means the hook never matches anything and never runs, without any error.',
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
                    if (included.length > 0 && !included.some((n) => isPods(n.name))) {
                        const entry = resource.entry('includedResources');
                        context.report({ messageId: 'notIncluded', node: entry?.keyNode, resource: target.resource, path: [...resource.path, 'includedResources'] });
                    }
                    const excluded = names(resource, 'excludedResources').find((n) => isPods(n.name) && n.name !== '*');
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

;// CONCATENATED MODULE: ./src/rules/hook-annotation-not-string.ts


/** Plain scalars that YAML 1.1 (sigs.k8s.io/yaml, so kubectl) resolves to a bool. */
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
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
        /** The pod-template annotations path to suggest, only when this object really has (or needs) a pod template. */
        const targetOf = (obj) => {
            const suggested = obj.podTemplateAnnotationsPath;
            // A CRD's spec.template counts only when it is a pod template (a Schedule's spec.template is a Backup spec).
            if (suggested && context.model.pods.some((p) => p.role === 'template' && pathText([...p.path, 'metadata', 'annotations']) === pathText(suggested))) {
                return suggested;
            }
            const template = obj.resource.kind ? WORKLOAD_TEMPLATE[obj.resource.kind] : undefined;
            return template ? [...obj.path, ...template, 'metadata', 'annotations'] : undefined;
        };
        /**
         * The pod template's own copy of a key, same value: kustomize's commonAnnotations (and some
         * charts) write a key on the workload and on its pod template, and Velero reads the template's.
         */
        const copiedToTemplate = (target, key, value) => {
            if (!target || value === undefined)
                return false;
            const pod = context.model.pods.find((p) => p.role === 'template' && pathText([...p.path, 'metadata', 'annotations']) === pathText(target));
            return pod?.annotations.get(key)?.value === value;
        };
        return {
            object(obj) {
                const entries = hookEntries(obj.annotations);
                if (entries.length === 0)
                    return;
                const target = targetOf(obj);
                for (const entry of entries) {
                    if (copiedToTemplate(target, entry.key, entry.value))
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
                'so the setting the author meant never takes effect.',
            fix: 'Rename the key to the one suggested, or remove it.',
        },
        messages: {
            unknownWithSuggestion: 'Velero never reads "{{key}}", so this setting is silently ignored; did you mean "{{suggestion}}"?',
            unknown: 'Velero never reads "{{key}}", so this setting is silently ignored; valid keys here are {{valid}}.',
            noPreRestore: 'Velero has no pre-restore hook: "{{key}}" is silently ignored; did you mean "{{suggestion}}"?',
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
                context.report({
                    messageId: suggestion ? (noPreRestore ? 'noPreRestore' : 'unknownWithSuggestion') : 'unknown',
                    data: {
                        key: entry.key,
                        suggestion: suggestion ?? '',
                        valid: validFieldsOf(entry.key, keys).map((k) => `"${k}"`).join(', ') || 'none',
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
/** A JSON form of a plain-string command that runs what the author most likely meant. */
function suggestJsonCommand(plain) {
    const text = plain.trim();
    if (SHELL_SYNTAX.test(text))
        return JSON.stringify(['/bin/sh', '-c', text]);
    return JSON.stringify(text.split(/\s+/));
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
                'the hook on, replacing any spec hooks for the pod, and then fails with "command is required" (error).',
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
                    const entry = readEntry(pod, family, 'command');
                    if (!entry || entry.value === undefined)
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
                'named `[\'/bin/sh\', …` that fails at backup or restore time (velero#4718).',
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
                    const entry = readEntry(pod, family, 'command');
                    const value = entry?.value;
                    if (!entry || value === undefined || value === '')
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
                'backup command still turns the hook on (replacing spec hooks for the pod) and then fails.',
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
                    const entry = readEntry(pod, family, 'command');
                    const value = entry?.value;
                    if (!entry || value === undefined || value === '')
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

;// CONCATENATED MODULE: ./src/velero/go-values.ts
/**
 * Ports of the Go standard-library parsers Velero feeds hook annotations to, so the linter accepts
 * exactly what Velero accepts.
 */
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
    const invalid = { ok: false, error: `time: invalid duration ${JSON.stringify(input)}` };
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
        return { ok: false, error: `time: missing unit in duration ${JSON.stringify(input)}` };
    const unitName = s.slice(0, u);
    const unit = UNIT_NS[unitName];
    if (unit === undefined) {
        return { ok: false, error: `time: unknown unit ${JSON.stringify(unitName)} in duration ${JSON.stringify(input)}` };
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
 * float64 multiply exactly as in Go.
 */
function parseGoDuration(input) {
    const invalid = () => ({ ok: false, error: `time: invalid duration ${JSON.stringify(input)}` });
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

;// CONCATENATED MODULE: ./src/rules/hook-invalid-on-error.ts


const hook_invalid_on_error_FAMILIES = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup'];
/* harmony default export */ const hook_invalid_on_error = (defineRule({
    meta: {
        id: 'hook-invalid-on-error',
        severity: 'error',
        docs: {
            summary: '`on-error` is not exactly `Continue` or `Fail`.',
            description: 'Velero compares the value case-sensitively with `Continue` and `Fail` and silently turns anything else into "", which ' +
                'behaves like Continue. A `fail` or `Abort` meant to stop on a failed pre-backup hook therefore never stops anything. ' +
                'An empty value is what Velero uses when the key is missing, so it is not reported.',
            fix: 'Write exactly `Continue` or `Fail`.',
        },
        messages: {
            caseOnly: 'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue; write "{{fixed}}".',
            invalid: 'Velero accepts only "Continue" or "Fail" here, so {{value}} is dropped and the hook behaves as Continue; write one of them.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                for (const family of hook_invalid_on_error_FAMILIES) {
                    const entry = readEntry(pod, family, 'on-error');
                    const value = entry?.value;
                    // "" is what Velero uses when the key is missing; nothing to fix.
                    if (!entry || value === undefined || value === '' || value === 'Continue' || value === 'Fail')
                        continue;
                    const lower = value.trim().toLowerCase();
                    const fixed = lower === 'continue' ? 'Continue' : lower === 'fail' ? 'Fail' : undefined;
                    context.report({
                        messageId: fixed ? 'caseOnly' : 'invalid',
                        data: { value: quote(value), fixed: fixed ?? '' },
                        node: entry.valueNode,
                        fallback: entry.keyNode,
                        resource: pod.resource,
                        path: entry.path,
                    });
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
            description: 'For exec and backup hooks the `command` annotation is the switch: without a non-empty command Velero reads none of the ' +
                "family's other keys (container, on-error, timeouts), so they do nothing.",
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
                    for (const [field, entry] of view.entries) {
                        if (field === view.spec.switchField)
                            continue;
                        context.report({
                            messageId: 'orphan',
                            data: {
                                key: entry.key,
                                switchKey: view.spec.prefix + view.spec.switchField,
                                state: !switchEntry ? 'missing' : switchEntry.value === undefined ? 'not a string' : 'empty',
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
/** Template parameters (OpenShift `${NAME}`, `${{NAME}}`) stand for any text, so such a name may match. */
const hook_unknown_container_PLACEHOLDER = /\$\{\{?[A-Za-z_][A-Za-z0-9_]*\}?\}/;
function sameName(containerName, hookValue) {
    if (containerName === hookValue)
        return true;
    if (hook_unknown_container_PLACEHOLDER.test(hookValue))
        return true;
    if (!hook_unknown_container_PLACEHOLDER.test(containerName))
        return false;
    return matchesWildcards(containerName.split(new RegExp(hook_unknown_container_PLACEHOLDER.source, 'g')), hookValue);
}
/** What `.` matches in a RegExp: anything but a line terminator. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/**
 * Whether `value` is the literal parts in order with any one-line text between them (a RegExp
 * `^part.*part.*part$`, without one: with a dozen placeholders such a RegExp backtracks for
 * minutes on a value that does not match). Taking each middle part at its first occurrence is
 * enough: a later one only leaves less room for the parts after it.
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
                    if (allowed.some((name) => sameName(name, value)))
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

;// CONCATENATED MODULE: ./src/velero/image-ref.ts
/**
 * Container image reference grammar, after github.com/distribution/reference and
 * github.com/opencontainers/go-digest (what the kubelet and container runtimes parse). Kubernetes' own
 * Pod validation only rejects leading/trailing whitespace; anything else surfaces later as
 * InvalidImageName, i.e. in the middle of the restore.
 */
const ALPHANUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUM}(?:${SEPARATOR}${ALPHANUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const TAG_ONLY = new RegExp(`^${TAG}$`);
/** distribution/reference NameTotalLengthMax. */
const NAME_MAX = 255;
/** go-digest's registered algorithms and their hex lengths (lower-case hex only). */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
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
/** What is wrong with an image reference, or undefined when it is valid. */
function imageReferenceProblem(image) {
    if (image.trim() === '')
        return 'it is blank';
    if (image.trim() !== image)
        return 'it has leading or trailing whitespace';
    if (/\s/.test(image))
        return 'it contains whitespace';
    const match = REFERENCE.exec(image);
    if (match) {
        const [, domain, path, , digest] = match;
        const name = domain ? `${domain}/${path}` : path;
        if (name.length > NAME_MAX)
            return `the repository name is longer than ${NAME_MAX} characters`;
        return digest ? digestProblem(digest) : undefined;
    }
    // Not a reference: find the part that is wrong, for the message.
    const at = image.indexOf('@');
    const nameAndTag = at < 0 ? image : image.slice(0, at);
    const digest = at < 0 ? undefined : image.slice(at + 1);
    const lastSlash = nameAndTag.lastIndexOf('/');
    const tagColon = nameAndTag.indexOf(':', lastSlash + 1);
    const name = tagColon < 0 ? nameAndTag : nameAndTag.slice(0, tagColon);
    const tag = tagColon < 0 ? undefined : nameAndTag.slice(tagColon + 1);
    const firstSlash = name.indexOf('/');
    const first = firstSlash < 0 ? '' : name.slice(0, firstSlash);
    // distribution/reference treats the first component as a registry when it has '.' or ':' or is localhost.
    const repository = firstSlash > 0 && (/[.:]/.test(first) || first === 'localhost') ? name.slice(firstSlash + 1) : name;
    if (/[A-Z]/.test(repository))
        return 'the repository name must be lower-case';
    if (tag !== undefined && !TAG_ONLY.test(tag))
        return `the tag "${tag}" is not valid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`;
    if (digest !== undefined && !new RegExp(`^${DIGEST}$`).test(digest)) {
        return 'the digest is not valid (expected algorithm:hex, e.g. sha256:<64 hex digits>)';
    }
    return 'it is not a valid image reference';
}

;// CONCATENATED MODULE: ./src/rules/init-hook-invalid-image.ts




/* harmony default export */ const init_hook_invalid_image = (defineRule({
    meta: {
        id: 'init-hook-invalid-image',
        severity: 'error',
        docs: {
            summary: 'The init hook image is not a valid image reference.',
            description: 'Velero passes the image through unchecked. Leading or trailing whitespace makes the API server reject the restored Pod, ' +
                'so the pod is not restored. Any other invalid reference (inner whitespace, upper case in the repository, a bad tag or ' +
                'digest) passes the API server and fails in the kubelet (InvalidImageName), leaving the restored pod stuck in Init.',
            fix: 'Use a valid reference: `[registry[:port]/]repository[:tag][@sha256:<64 hex>]`, repository in lower case.',
        },
        messages: {
            invalid: 'Image {{value}} is not a valid image reference ({{problem}}), so the kubelet cannot pull it (InvalidImageName) and the restored pod stays stuck in Init; fix the reference.',
            padded: 'Image {{value}} has leading or trailing whitespace, so the API server rejects the restored pod and Velero does not restore it; remove the whitespace.',
        },
    },
    create(context) {
        return {
            podTemplate(pod) {
                const entry = pod.annotations.get(key('init', 'container-image'));
                const value = entry?.value;
                if (!entry || value === undefined || value === '')
                    return;
                const problem = imageReferenceProblem(value);
                if (!problem)
                    return;
                context.report({
                    messageId: value.trim() !== value && value.trim() !== '' ? 'padded' : 'invalid',
                    data: { value: quote(value), problem },
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
            description: 'Velero passes the name through unchecked. The API server then rejects the restored Pod, so the pod is not restored and the ' +
                'Restore ends PartiallyFailed.',
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
                if (!problem)
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
                'Velero ignores the name and command annotations without an error and injects nothing (it falls back to Restore-spec init hooks).',
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
                const others = ['container-name', 'command'].map((f) => view.entries.get(f)).filter((e) => e !== undefined);
                if (others.length === 0 || (image?.value !== undefined && image.value !== ''))
                    return;
                if (image && image.value === undefined)
                    return; // not a string: hook-annotation-not-string
                const imageKey = key('init', 'container-image');
                if (image) {
                    context.report({ messageId: 'empty', data: { imageKey }, node: image.valueNode, fallback: image.keyNode, resource: pod.resource, path: image.path });
                }
                else {
                    const first = view.first;
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
                "are Velero's own file-system-restore containers: since v1.17 Velero deletes init containers with those names.",
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
                const base = { node: entry.valueNode, resource: pod.resource, path: entry.path, data: { name: quote(value), where: '' } };
                if (RESERVED_INIT_CONTAINER_NAMES.includes(value)) {
                    context.report({ ...base, messageId: 'reserved' });
                    return;
                }
                const where = pod.containers.some((c) => c.name === value)
                    ? 'a container'
                    : pod.initContainers.some((c) => c.name === value)
                        ? 'an init container'
                        : pod.ephemeralContainers.some((c) => c.name === value)
                            ? 'an ephemeral container'
                            : undefined;
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
                if (!view.active)
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
                if (!entry)
                    return;
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

;// CONCATENATED MODULE: ./src/rules/template-skipped.ts

/* harmony default export */ const template_skipped = (defineRule({
    meta: {
        id: 'template-skipped',
        severity: 'notice',
        docs: {
            summary: 'The file is a template (Helm/Go `{{ }}`, Jinja `{% %}`) and was not linted.',
            description: 'Template source is not the YAML that reaches the cluster, so positions and values in it cannot be checked faithfully.',
            fix: 'Render the template (`helm template`, `kustomize build`) into files and lint those, or ignore the template path.',
        },
        messages: {
            template: 'This file is a template ("{{mark}}" found here) and was not linted; render it (e.g. helm template) and lint the output to check its Velero hooks.',
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
            description: 'kubectl and the API server reject a manifest that is not valid YAML, so none of its hooks reach the cluster. ' +
                'Duplicate keys are the quiet variant: most decoders keep the last value, so an annotation map that lists a hook key ' +
                'twice silently loses the first hook (annotations can express one hook per family per pod).',
            fix: 'Fix the syntax at the reported position. For duplicate hook keys, keep one hook per family, or move the extra hook to a Backup/Restore spec.',
        },
        messages: {
            syntax: 'YAML error ({{code}}): {{detail}}. kubectl rejects this document, so Velero never sees its hooks; fix the syntax here.',
        },
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts





























const RULES = [
    backup_hook_legacy_mixed,
    backup_spec_hooks_skip_pods,
    file_unreadable,
    hook_annotation_not_string,
    hook_annotation_on_controller,
    hook_annotation_unknown_key,
    hook_command_empty_array,
    hook_command_invalid_json,
    hook_command_not_array,
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
    init_hook_timeout_ignored,
    restore_spec_invalid_init_container,
    source_not_rendered,
    spec_hook_invalid_exec,
    template_skipped,
    unused_suppression,
    yaml_syntax,
];
const RULES_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));
/** Every rule, with optional severity overrides, for the targeted Velero version (default: the latest release). */
function rules_defaultRuleSet(severities, veleroVersion = LATEST_RELEASE) {
    return {
        rules: RULES.filter((r) => r.create),
        yamlSyntax: yaml_syntax,
        templateSkipped: template_skipped,
        fileUnreadable: file_unreadable,
        unusedSuppression: unused_suppression,
        hookKeysNotChecked: hook_keys_not_checked,
        sourceNotRendered: source_not_rendered,
        knownRuleIds: new Set(RULES_BY_ID.keys()),
        severities,
        veleroVersion,
    };
}

;// CONCATENATED MODULE: ./src/engine/lint-pool.ts
/**
 * Worker threads that lint files in parallel: the main thread discovers, reads and pre-filters;
 * workers parse, model and check, and send back only findings and counts (parsed documents never
 * cross threads).
 *
 * A worker runs the module that holds this code: this file when running from source, and the whole
 * bundle (dist/cli/index.js, dist/index.js) when bundled by ncc, where `import.meta.url` is the
 * bundle. A bundle entry must therefore not start its own work in a worker: it calls
 * `runningAsLintWorker()` and only starts its main when that is false. Until an entry has made that
 * call, workers are only started from an unbundled copy of this module, so an entry that forgets it
 * falls back to linting on one thread instead of running itself twice.
 */






const WORKER_TAG = 'velero-hooks/lint-worker@1';
/** More workers than this cost memory (one heap each) and gain little on CI runners. */
const MAX_WORKERS = 4;
/** Jobs sent to one worker before it answers: keeps it busy across the message round trip. */
const JOBS_PER_WORKER = 2;
/** How long an idle pool keeps its workers for the next run in the same process. */
const IDLE_MS = 2000;
let sharedPool;
/** The pool cannot serve (its workers failed to start): the caller lints the file itself. */
class PoolUnavailableError extends Error {
    name = 'PoolUnavailableError';
}
let entryChecked = false;
/**
 * True in a lint worker thread. A bundle entry calls this and starts its main only when false;
 * the call also tells the pool that this bundle may be started as a worker.
 */
function runningAsLintWorker() {
    entryChecked = true;
    return isLintWorkerThread();
}
function isLintWorkerThread() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.tag === WORKER_TAG;
}
/** Lint one file the way runLint does, returning only what crosses threads (documents are not kept). */
function lintForPool(file, text, ruleSet) {
    return lintTextCounts(file, text, ruleSet);
}
/** The worker id of every rule in the set, or undefined when a rule is not in the registry. */
function configFor(ruleSet) {
    const idOf = (rule) => (RULES_BY_ID.get(rule.meta.id) === rule ? rule.meta.id : undefined);
    const ruleIds = ruleSet.rules.map(idOf);
    const yamlSyntax = idOf(ruleSet.yamlSyntax);
    const templateSkipped = idOf(ruleSet.templateSkipped);
    const fileUnreadable = idOf(ruleSet.fileUnreadable);
    if (ruleIds.some((id) => id === undefined) || !yamlSyntax || !templateSkipped || !fileUnreadable)
        return undefined;
    return { tag: WORKER_TAG, ruleIds: ruleIds, yamlSyntax, templateSkipped, fileUnreadable, severities: ruleSet.severities ? [...ruleSet.severities] : undefined, veleroVersion: ruleSet.veleroVersion };
}
function ruleSetFrom(config) {
    const get = (id) => RULES_BY_ID.get(id);
    return {
        rules: config.ruleIds.map(get),
        yamlSyntax: get(config.yamlSyntax),
        templateSkipped: get(config.templateSkipped),
        fileUnreadable: get(config.fileUnreadable),
        unusedSuppression: get('unused-suppression'),
        hookKeysNotChecked: get('hook-keys-not-checked'),
        sourceNotRendered: get('source-not-rendered'),
        knownRuleIds: new Set(RULES_BY_ID.keys()),
        severities: config.severities ? new Map(config.severities) : undefined,
        veleroVersion: config.veleroVersion,
    };
}
function serveLintJobs() {
    const ruleSet = ruleSetFrom(external_node_worker_threads_namespaceObject.workerData);
    external_node_worker_threads_namespaceObject.parentPort.on('message', (job) => {
        let reply;
        try {
            reply = { id: job.id, result: lintForPool(job.file, job.text, ruleSet) };
        }
        catch (e) {
            reply = { id: job.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
        }
        external_node_worker_threads_namespaceObject.parentPort.postMessage(reply);
    });
    external_node_worker_threads_namespaceObject.parentPort.postMessage({ ready: true });
}
// The worker side: when this module (or the bundle holding it) is loaded as a lint worker, serve.
if (isLintWorkerThread())
    serveLintJobs();
/**
 * The number of workers `workers: 'auto'` means on this machine: one per core but the one this
 * thread runs on, since this thread lints too whenever every worker is busy (and it is warm
 * already: each worker's JIT starts cold).
 */
function defaultWorkerCount() {
    return Math.min(MAX_WORKERS, Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)() - 1));
}
/** Whether this copy of the engine can start workers at all (see the module comment). */
function canStartWorkers() {
    if (!external_node_worker_threads_namespaceObject.isMainThread)
        return false;
    const self = import.meta.url;
    return entryChecked || /\/lint-pool\.[cm]?[jt]s$/.test(self);
}
/**
 * What a worker runs: the module holding this code. Running from TypeScript source (tests, bench),
 * the worker first registers tsx, whose loader hooks Node 20 does not pass on to workers.
 */
function workerScript() {
    const self = import.meta.url;
    if (!self.endsWith('.ts'))
        return { script: new URL(self), evalScript: false };
    // The ESM build of tsx's API (the CommonJS one cannot be imported from an eval'd worker).
    const tsxApi = (0,external_node_url_namespaceObject.pathToFileURL)((0,external_node_module_namespaceObject.createRequire)(self).resolve(['tsx', 'esm', 'api'].join('/')).replace(/\.cjs$/, '.mjs')).href;
    const script = `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(self)}) })`;
    return { script, evalScript: true };
}
class LintPool {
    config;
    size;
    /** @internal read by LintPool.shared */
    workers = [];
    queue = [];
    nextId = 1;
    /** @internal read by LintPool.shared */
    closed = false;
    idleTimer;
    constructor(config, size) {
        this.config = config;
        this.size = size;
    }
    /** A pool for this rule set, or undefined when workers cannot be used (custom rules, no entry guard). */
    static create(ruleSet, size) {
        if (size < 1 || !canStartWorkers())
            return undefined;
        const config = configFor(ruleSet);
        return config ? new LintPool(config, size) : undefined;
    }
    /**
     * The pool a run should use: the previous run's when it has the same rules and size and is still
     * up (its workers loaded and warmed up already), else a new one. Each pool closes itself after
     * IDLE_MS without work, so a finished run leaves no threads behind for long.
     */
    static shared(ruleSet, size) {
        const config = size >= 1 && canStartWorkers() ? configFor(ruleSet) : undefined;
        if (!config)
            return undefined;
        const key = JSON.stringify([config, size]);
        if (sharedPool && sharedPool.key === key && !sharedPool.pool.closed && sharedPool.pool.workers.length > 0)
            return sharedPool.pool;
        void sharedPool?.pool.close();
        const pool = new LintPool(config, size);
        sharedPool = { key, pool };
        return pool;
    }
    /** Start the workers (they load the engine in the background). */
    start() {
        while (this.workers.length < this.size)
            this.spawn();
    }
    /** True once some worker can take a job; before that the caller lints on its own thread. */
    get ready() {
        return !this.closed && this.workers.some((w) => w.ready);
    }
    /** True when a ready worker could start a job now; otherwise the caller's thread is better used. */
    get hasCapacity() {
        return !this.closed && this.queue.length === 0 && this.workers.some((w) => w.ready && w.inFlight.size < JOBS_PER_WORKER);
    }
    lint(file, text) {
        if (this.closed)
            return Promise.reject(new PoolUnavailableError('lint pool is closed'));
        clearTimeout(this.idleTimer);
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, job: { id: this.nextId++, file, text } });
            this.dispatch();
        });
    }
    async close() {
        clearTimeout(this.idleTimer);
        this.closed = true;
        const workers = this.workers.splice(0);
        await Promise.all(workers.map((w) => w.worker.terminate()));
        for (const w of workers)
            for (const p of w.inFlight.values())
                p.reject(new Error('lint pool closed'));
        for (const p of this.queue.splice(0))
            p.reject(new Error('lint pool closed'));
    }
    spawn() {
        const { script, evalScript } = workerScript();
        const worker = new external_node_worker_threads_namespaceObject.Worker(script, { eval: evalScript, workerData: this.config });
        const pooled = { worker, ready: false, answered: false, inFlight: new Map() };
        this.workers.push(pooled);
        worker.on('message', (reply) => {
            if ('ready' in reply) {
                pooled.ready = true;
                this.dispatch();
                return;
            }
            const pending = pooled.inFlight.get(reply.id);
            if (!pending)
                return;
            pooled.answered = true;
            pooled.inFlight.delete(reply.id);
            if (pooled.inFlight.size === 0)
                worker.unref();
            if ('result' in reply)
                pending.resolve(reply.result);
            else
                pending.reject(new Error(reply.error));
            this.dispatch();
        });
        const fail = (error) => {
            const index = this.workers.indexOf(pooled);
            if (index < 0)
                return;
            this.workers.splice(index, 1);
            // A worker that never answered failed to start: its jobs go back to the caller to lint
            // itself. One that dies mid-way (out of memory on a hostile file) fails its jobs.
            const handBack = pooled.answered ? error : new PoolUnavailableError(error.message);
            for (const p of pooled.inFlight.values())
                p.reject(handBack);
            pooled.inFlight.clear();
            if (this.workers.length === 0)
                for (const p of this.queue.splice(0))
                    p.reject(new PoolUnavailableError(error.message));
            else
                this.dispatch();
        };
        worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
        worker.on('exit', (code) => {
            if (!this.closed)
                fail(new Error(`lint worker stopped (exit code ${code})`));
        });
        // An idle worker never keeps the process alive; one with jobs does, or the process could end
        // while awaiting them. After the listeners: adding a 'message' listener refs the worker again.
        worker.unref();
    }
    /** Once nothing is queued or running, close after IDLE_MS unless more work comes. */
    scheduleIdleClose() {
        if (this.queue.length > 0 || this.workers.some((w) => w.inFlight.size > 0))
            return;
        clearTimeout(this.idleTimer);
        this.idleTimer = setTimeout(() => void this.close(), IDLE_MS);
        this.idleTimer.unref();
    }
    dispatch() {
        this.scheduleIdleClose();
        while (this.queue.length > 0) {
            let target;
            for (const w of this.workers) {
                if (w.ready && w.inFlight.size < JOBS_PER_WORKER && (!target || w.inFlight.size < target.inFlight.size))
                    target = w;
            }
            if (!target)
                return;
            const pending = this.queue.shift();
            if (target.inFlight.size === 0)
                target.worker.ref();
            target.inFlight.set(pending.job.id, pending);
            target.worker.postMessage(pending.job);
        }
    }
}
/**
 * Close the pool kept for a next run, so a one-shot process (the CLI, the action) exits as soon as
 * its work is done instead of when the idle timer fires.
 */
async function closeSharedPool() {
    const pool = sharedPool?.pool;
    sharedPool = undefined;
    await pool?.close();
}

;// CONCATENATED MODULE: ./src/fix/fixer.ts

function defineFixer(fixer) {
    return fixer;
}
// ---------------------------------------------------------------------------------------------
// Helpers for fixers.
/** A node that fixes may rewrite in place: written here (not an alias), with no anchor or explicit tag. */
function isEditable(node) {
    if (node === null || node === undefined || (0,dist/* isAlias */.Vj)(node))
        return false;
    const n = node;
    if (n.anchor !== undefined || !n.range)
        return false;
    // Parsed scalars carry a tag only when the source has one (`!!str 7`); collections the same.
    return n.tag === undefined;
}
/** The plain-value object at a path (creating maps when `create`), or undefined. */
function plainAt(root, path, create = false) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        const obj = cur;
        if ((obj[seg] === undefined || obj[seg] === null) && create)
            obj[seg] = {};
        cur = obj[seg];
    }
    return cur !== null && typeof cur === 'object' ? cur : undefined;
}
function setPlain(root, path, value) {
    const parent = plainAt(root, path.slice(0, -1), true);
    if (parent)
        parent[path[path.length - 1]] = value;
}

;// CONCATENATED MODULE: ./src/yaml/text-edit.ts
/**
 * The one text-edit toolkit: exact splices over the source text, shared by the fixers and by
 * render. An edit replaces a byte range and nothing else, so every untouched byte (comments,
 * quoting, blank lines, CRLF) stays as it was. Offsets are into the parsed text (BOM stripped);
 * the BOM is put back by the caller.
 */
/** True when two edits touch the same bytes (two inserts at one offset count, their order is undefined). */
function editsOverlap(a, b) {
    if (a.start === a.end && b.start === b.end)
        return a.start === b.start;
    if (a.start === a.end)
        return a.start > b.start && a.start < b.end;
    if (b.start === b.end)
        return b.start > a.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}
function anyOverlap(a, b) {
    return a.some((x) => b.some((y) => editsOverlap(x, y)));
}
/** Applies non-overlapping edits; throws on overlap (a bug in a fixer, never user input). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
    let out = '';
    let at = 0;
    for (const e of sorted) {
        if (e.start < at || e.end < e.start || e.end > text.length)
            throw new Error(`overlapping or out-of-range edit at ${e.start}`);
        out += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + text.slice(at);
}
// ---------------------------------------------------------------------------------------------
// Lines, as offsets into the text.
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset just past the line holding `offset` (past its '\n'), or the end of the text. */
function nextLineStart(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length : nl + 1;
}
/**
 * Where lines go after content that ends at `offset`: offset itself when that content ended its
 * line (a '\n' just before it), else the start of the next line (or the end of the text).
 */
function lineStartAfter(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return offset;
    return nextLineStart(text, offset);
}
/** 0-based column of an offset. */
function columnOf(text, offset) {
    return offset - lineStart(text, offset);
}
/** True when only spaces precede the offset on its line. */
function startsLine(text, offset) {
    return /^ *$/.test(text.slice(lineStart(text, offset), offset));
}
/** The line ending the fixes write: '\r\n' when any line ends so. */
function eolOf(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** The line ending render writes: the first line's (a file with mixed endings follows its first line). */
function firstLineEol(text) {
    const i = text.indexOf('\n');
    return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}
/**
 * What lines inserted at `offset` must start with: a line break when they go at the very end of a
 * text whose last line has none (the lines would otherwise join it), else nothing.
 */
function breakBeforeLinesAt(text, offset, eol) {
    return offset === text.length && offset > 0 && text[offset - 1] !== '\n' ? eol : '';
}
// ---------------------------------------------------------------------------------------------
// YAML scalars written by fixes.
/** A YAML single-quoted scalar ('' escapes '); double-quoted when the text holds control characters. */
function singleQuoted(value) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value))
        return JSON.stringify(value);
    return `'${value.replace(/'/g, "''")}'`;
}
/** A YAML double-quoted scalar (JSON string escapes are valid YAML escapes). */
function doubleQuoted(value) {
    return JSON.stringify(value);
}
/** A JSON array of strings written the way people write commands: ["/bin/sh", "-c", "…"]. */
function jsonCommand(argv) {
    return `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`;
}

;// CONCATENATED MODULE: ./src/fix/fixers/move-to-pod-template.ts
/**
 * hook-annotation-on-controller: moves hook annotations from a workload's own metadata into its pod
 * template's annotations, where Velero reads them (on the Pods). The annotation lines move as they
 * are written (with the comment lines directly above them), re-indented; `annotations:` (and
 * `metadata:`) are created under the template when missing, at the file's indentation. A key the
 * template already has with another value is left alone: which one was meant is not certain.
 */






const RULE_ID = 'hook-annotation-on-controller';
const samePath = (a, b) => a.length === b.length && a.every((s, i) => s === b[i]);
/** The node at a path when it is reached without aliases (so editing it edits only this place). */
function nodeAt(doc, path) {
    return path.length === 0 ? doc.contents : doc.getIn(path, true);
}
/** Offset just past the last line of a pair (its value, and any comment after it on that line). */
function pairEnd(text, pair) {
    const value = pair.value;
    const key = pair.key;
    const end = Math.max(value?.range?.[1] ?? 0, key.range?.[1] ?? 0);
    return lineStartAfter(text, end);
}
/** Shift every line of a chunk from one indentation to another; undefined if a line is less indented. */
function reindent(chunk, from, to) {
    const lines = chunk.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (i === lines.length - 1 && line === '') {
            out.push('');
            continue;
        }
        const indent = /^ */.exec(line)[0].length;
        const blank = line.replace(/\r$/, '').trim() === '';
        if (indent >= from)
            out.push(' '.repeat(to) + line.slice(from));
        else if (blank)
            out.push(line);
        else
            return undefined;
    }
    return out.join('\n');
}
/** The lines an annotation occupies, with the comment lines at its indentation directly above it. */
function chunkOf(text, entry, indent) {
    const keyStart = entry.keyNode.range?.[0];
    if (keyStart === undefined || !startsLine(text, keyStart) || columnOf(text, keyStart) !== indent)
        return undefined;
    if (entry.valueNode !== null && (entry.pair.value !== entry.valueNode || !isEditable(entry.valueNode)))
        return undefined;
    let start = lineStart(text, keyStart);
    while (start > 0) {
        const prev = lineStart(text, start - 1);
        if (!new RegExp(`^ {${indent}}#`).test(text.slice(prev, start)))
            break;
        start = prev;
    }
    return { entry, start, end: pairEnd(text, entry.pair) };
}
function destinationOf(model, pod, text, eol, step) {
    const doc = model.document;
    const template = pod.node;
    if (nodeAt(doc, pod.path) !== template || !isEditable(template) || template.flow || template.items.length === 0)
        return undefined;
    const existing = new Map();
    const metaPair = getPair(template, 'metadata');
    const firstKey = template.items[0].key;
    if (!metaPair) {
        // No metadata: put it first in the template, at the template's indentation.
        const at = firstKey.range?.[0];
        if (at === undefined || !startsLine(text, at))
            return undefined;
        const ind = columnOf(text, at);
        return { offset: lineStart(text, at), indent: ind + 2 * step, header: `${' '.repeat(ind)}metadata:${eol}${' '.repeat(ind + step)}annotations:${eol}`, existing };
    }
    const meta = metaPair.value;
    if (!(0,dist/* isMap */.jh)(meta) || !isEditable(meta) || meta.flow || meta.items.length === 0)
        return undefined;
    const metaFirst = meta.items[0].key.range?.[0];
    if (metaFirst === undefined || !startsLine(text, metaFirst))
        return undefined;
    const metaIndent = columnOf(text, metaFirst);
    const annPair = getPair(meta, 'annotations');
    if (!annPair) {
        const offset = pairEnd(text, meta.items[meta.items.length - 1]);
        return { offset, indent: metaIndent + step, header: `${' '.repeat(metaIndent)}annotations:${eol}`, existing };
    }
    const ann = annPair.value;
    const keyEnd = annPair.key && annPair.key.range?.[1];
    if (ann === null || ((0,dist/* isScalar */.jn)(ann) && ann.value === null && ann.range && ann.range[0] === ann.range[1])) {
        // `annotations:` with nothing after it: the keys go on the lines below.
        if (keyEnd === undefined || !/^:[ \t]*\r?$/.test(text.slice(keyEnd, nextLineStart(text, keyEnd)).replace(/\n$/, '')))
            return undefined;
        return { offset: nextLineStart(text, keyEnd), indent: metaIndent + step, header: '', existing };
    }
    if (!(0,dist/* isMap */.jh)(ann) || !isEditable(ann) || ann.flow || ann.items.length === 0)
        return undefined;
    const annFirst = ann.items[0].key.range?.[0];
    if (annFirst === undefined || !startsLine(text, annFirst))
        return undefined;
    for (const item of ann.items) {
        if ((0,dist/* isScalar */.jn)(item.key))
            existing.set(String(item.key.value), boundedJson(item.value));
    }
    return { offset: pairEnd(text, ann.items[ann.items.length - 1]), indent: columnOf(text, annFirst), header: '', existing };
}
function moveFix(model, obj, context) {
    const { text, eol } = context;
    const targetPath = obj.podTemplateAnnotationsPath;
    const source = targetPath ? movableSource(model, obj, context, targetPath) : undefined;
    if (!targetPath || !source)
        return undefined;
    const dest = destinationOf(model, source.pod, text, eol, source.step);
    if (!dest)
        return undefined;
    const { chunks, dropOnly } = chunksToMove(text, source, dest);
    if (chunks.length === 0)
        return undefined;
    const removal = removalEdits(text, source, chunks);
    const insertion = insertionEdits(context, source, dest, chunks.filter((c) => !dropOnly.includes(c.entry)));
    if (!insertion)
        return undefined;
    const movedKeys = chunks.map((c) => c.entry.key);
    const sourcePath = obj.annotations.path;
    const removesAll = removal.removesAll;
    return {
        ruleId: RULE_ID,
        description: `moved ${movedKeys.map((k) => `"${k}"`).join(', ')} into the pod template's annotations`,
        documentIndex: model.index,
        edits: [...removal.edits, ...insertion],
        expect(doc) {
            const from = plainAt(doc, sourcePath);
            if (!from)
                return;
            const to = plainAt(doc, targetPath, true);
            for (const k of movedKeys) {
                if (to)
                    to[k] = from[k];
                delete from[k];
            }
            if (removesAll) {
                const metadata = plainAt(doc, sourcePath.slice(0, -1));
                if (metadata)
                    delete metadata.annotations;
            }
        },
    };
}
function movableSource(model, obj, context, targetPath) {
    const { text } = context;
    const pod = model.pods.find((p) => p.role === 'template' && samePath(p.path, targetPath.slice(0, -2)));
    const map = obj.annotations.map;
    const keyNode = obj.annotations.keyNode;
    if (!pod || !map || !keyNode?.range || map.flow || nodeAt(model.document, obj.annotations.path) !== map || !isEditable(map))
        return undefined;
    const moving = hookEntries(obj.annotations).filter((e) => context.isReported(RULE_ID, e.keyNode));
    if (moving.length === 0)
        return undefined;
    const firstKeyStart = map.items[0]?.key?.range?.[0];
    if (firstKeyStart === undefined)
        return undefined;
    const indent = columnOf(text, firstKeyStart);
    const step = Math.max(1, indent - columnOf(text, keyNode.range[0]));
    return { pod, map, keyNode: keyNode, moving, indent, step };
}
/**
 * The annotations that move, as chunks of lines, and those of them the template already has with
 * the same value (they are only dropped). A key the template has with another value stays put.
 */
function chunksToMove(text, source, dest) {
    const chunks = [];
    const dropOnly = [];
    for (const entry of source.moving) {
        const chunk = chunkOf(text, entry, source.indent);
        if (!chunk)
            continue;
        if (dest.existing.has(entry.key)) {
            // Values too large or odd to compare (undefined) are never taken as the same.
            const existingValue = dest.existing.get(entry.key);
            const same = existingValue !== undefined && existingValue === boundedJson(entry.valueNode);
            if (same)
                dropOnly.push(entry);
            else
                continue;
        }
        chunks.push(chunk);
    }
    return { chunks, dropOnly };
}
/**
 * Edits that take the chunks out. When every annotation moves, `annotations:` goes too, if nothing
 * else (a comment) sits in the block; removesAll says whether it does.
 */
function removalEdits(text, source, chunks) {
    if (chunks.length === source.map.items.length) {
        const keyStart = source.keyNode.range[0];
        const lineEnd = nextLineStart(text, keyStart);
        const keyLine = text.slice(lineStart(text, keyStart), lineEnd);
        let covered = startsLine(text, keyStart) && /^ *annotations[ \t]*:[ \t]*\r?\n?$/.test(keyLine);
        let at = lineEnd;
        for (const c of [...chunks].sort((a, b) => a.start - b.start)) {
            if (text.slice(at, c.start).trim() !== '')
                covered = false;
            at = c.end;
        }
        if (covered)
            return { edits: [{ start: lineStart(text, keyStart), end: at, text: '' }], removesAll: true };
    }
    return { edits: chunks.map((c) => ({ start: c.start, end: c.end, text: '' })), removesAll: false };
}
/** The edit that writes the chunks at the destination, re-indented; undefined when a chunk cannot be. */
function insertionEdits(context, source, dest, chunks) {
    const { text, eol } = context;
    const inserted = [];
    for (const c of chunks) {
        let body = text.slice(c.start, c.end);
        if (!body.endsWith('\n'))
            body += eol;
        const shifted = reindent(body, source.indent, dest.indent);
        if (shifted === undefined)
            return undefined;
        inserted.push(shifted);
    }
    if (inserted.length === 0)
        return [];
    return [{ start: dest.offset, end: dest.offset, text: breakBeforeLinesAt(text, dest.offset, eol) + dest.header + inserted.join('') }];
}
/* harmony default export */ const move_to_pod_template = (defineFixer({
    ruleId: RULE_ID,
    summary: "Moves the hook annotations (with the comment lines above them) from the workload's own metadata into its pod template's " +
        '`metadata.annotations`, creating `annotations:` or `metadata:` there when missing. A key the template already has with a different value is left for you.',
    fixes(model, context) {
        return model.objects.map((obj) => moveFix(model, obj, context)).filter((f) => f !== undefined);
    },
}));

;// CONCATENATED MODULE: ./src/fix/fixers/quote-annotation-value.ts
/**
 * hook-annotation-not-string: writes a number, bool or flow/block sequence annotation value as the
 * string Velero would have read had kubectl accepted it — only when that string means to Velero
 * what the YAML value meant (a bool on wait-for-ready, a duration that parses, a list of command
 * words); a bare `timeout: 30` (which unit?) or a null is left for a person.
 */






const quote_annotation_value_RULE_ID = 'hook-annotation-not-string';
const YAML11_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/;
const SMART_QUOTES = /[\u2018\u2019\u201c\u201d\u201e\u201f\u2032\u2033]/;
const DURATION_FIELDS = new Set(['timeout', 'exec-timeout', 'wait-timeout']);
const NAME_FIELDS = new Set(['container', 'container-name', 'container-image']);
/** The source text of a plain scalar (numbers and bools are always plain). */
function plainSource(text, node) {
    if (node.type !== 'PLAIN' || !node.range)
        return undefined;
    return text.slice(node.range[0], node.range[1]);
}
/** The string a scalar value stands for on this field, or undefined when that is not clear. */
function scalarString(text, node, field) {
    const source = plainSource(text, node);
    if (source === undefined || node.value === null)
        return undefined;
    if (field === 'wait-for-ready') {
        if (typeof node.value === 'boolean')
            return String(node.value);
        if (YAML11_TRUE.test(source))
            return 'true'; // kubectl (YAML 1.1) reads yes/on as true
        if (YAML11_FALSE.test(source))
            return 'false';
        return parseGoBool(source) !== undefined ? source : undefined; // 1 / 0
    }
    if (DURATION_FIELDS.has(field))
        return parseGoDuration(source).ok ? source : undefined; // "0"; never guess a unit
    if (NAME_FIELDS.has(field))
        return source;
    return undefined; // command, on-error: a number or bool there has no clear meaning
}
/** The JSON command a sequence of words stands for, or undefined. */
function sequenceCommand(text, seq) {
    const argv = [];
    for (const item of seq.items) {
        if (!(0,dist/* isScalar */.jn)(item) || !isEditable(item) || item.value === null)
            return undefined;
        if (typeof item.value === 'string') {
            // “/bin/sh” (a word typed with smart quotes) stands for /bin/sh; any other smart quote is not clear.
            const word = /^[\u201c\u201d\u201e]([^\u2018\u2019\u201c\u201d\u201e\u201f\u2032\u2033]*)[\u201c\u201d]$/.exec(item.value)?.[1] ?? item.value;
            if (SMART_QUOTES.test(word))
                return undefined;
            argv.push(word);
        }
        else {
            const source = plainSource(text, item);
            if (source === undefined)
                return undefined;
            argv.push(source); // `[sleep, 10]`: the word as written
        }
    }
    return argv.length > 0 ? jsonCommand(argv) : undefined;
}
/** Replace a block sequence (on the lines below its key) with a one-line scalar after the key. */
function blockSequenceEdit(context, entry, seq, replacement) {
    const keyEnd = entry.keyNode.range?.[1];
    const [start, end] = seq.range ?? [];
    if (keyEnd === undefined || start === undefined || end === undefined)
        return undefined;
    const between = context.text.slice(keyEnd, start);
    if (!/^[ \t]*:[ \t]*\r?\n[ \t]*$/.test(between))
        return undefined; // comments or props in between
    const body = context.text.slice(start, end);
    if (body.includes('#'))
        return undefined; // a comment among the items would be lost
    const trailing = /\r?\n$/.exec(body)?.[0] ?? '';
    return { start: keyEnd, end, text: `: ${replacement}${trailing}` };
}
function fixesFor(annotations, documentIndex, context) {
    const fixes = [];
    for (const entry of annotations.entries) {
        if (!isHookDomainKey(entry.key))
            continue;
        const known = classifyKey(entry.key);
        const node = entry.valueNode;
        if (!known || !node || entry.pair.value !== node || !isEditable(node))
            continue;
        if (!context.isReported(quote_annotation_value_RULE_ID, node))
            continue;
        let value;
        let edit;
        if ((0,dist/* isScalar */.jn)(node)) {
            value = scalarString(context.text, node, known.field);
            if (value !== undefined)
                edit = { start: node.range[0], end: node.range[1], text: doubleQuoted(value) };
        }
        else if ((0,dist/* isSeq */.oP)(node) && known.field === 'command') {
            value = sequenceCommand(context.text, node);
            if (value !== undefined) {
                const quoted = singleQuoted(value);
                edit = node.flow ? { start: node.range[0], end: node.range[1], text: quoted } : blockSequenceEdit(context, entry, node, quoted);
            }
        }
        if (value === undefined || edit === undefined)
            continue;
        const fixed = value;
        fixes.push({
            ruleId: quote_annotation_value_RULE_ID,
            description: `quoted the value of "${entry.key}" as ${edit.text.trim().replace(/^: /, '')}`,
            documentIndex,
            edits: [edit],
            expect: (doc) => setPlain(doc, entry.path, fixed),
        });
    }
    return fixes;
}
/* harmony default export */ const quote_annotation_value = (defineFixer({
    ruleId: quote_annotation_value_RULE_ID,
    summary: 'Writes the value as the equivalent string when its meaning is clear: a list of command words as a JSON array string, ' +
        '`true`/`false` (and YAML 1.1 `yes`/`no`/`on`/`off`) on wait-for-ready as "true"/"false", a number container name as a string. ' +
        'A bare number on a timeout (which unit?) and null values are left for you.',
    fixes(model, context) {
        return [
            ...model.pods.flatMap((p) => fixesFor(p.annotations, model.index, context)),
            ...model.objects.flatMap((o) => fixesFor(o.annotations, model.index, context)),
        ];
    },
}));

;// CONCATENATED MODULE: ./src/fix/fixers/rename-hook-key.ts
/**
 * hook-annotation-unknown-key: renames a misspelt hook key to the key it clearly meant — a wrong
 * case, a typo of one or two characters in the domain or the field, or a well-known synonym
 * (`image` for `container-image`) — and only when no other key is as close, the target key is not
 * already set, and no other key in the map would be renamed to it. `pre.hook.restore…` (Velero has
 * no pre-restore hook: pre-backup or init?) and named keys such as `…/test1.command` are left alone.
 */





const rename_hook_key_RULE_ID = 'hook-annotation-unknown-key';
/** Field names that stand for exactly one field of a family (`timeout` on post-restore could be two). */
const CLEAR_SYNONYMS = {
    image: { init: 'container-image' },
    name: { init: 'container-name' },
    commands: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
    cmd: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
    onerror: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
    on_error: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
    'exec-timeout': { 'pre-backup': 'timeout', 'post-backup': 'timeout', 'legacy-backup': 'timeout' },
};
const split = (k) => {
    const i = k.indexOf('/');
    return i < 0 ? [k, ''] : [k.slice(0, i), k.slice(i + 1)];
};
/** `candidate` is within `max` edits of `value` and every other option is at least two edits further. */
function clearlyNearest(value, candidate, options, max) {
    const d = (0,mod/* distance */.Io)(value, candidate);
    if (d > max)
        return false;
    return options.every((o) => o === candidate || (0,mod/* distance */.Io)(value, o) >= d + 2);
}
/** The key a misspelt hook key clearly meant, or undefined when it is not certain. */
function clearRename(keyText, siblings) {
    const suggestion = suggestKey(keyText, siblings);
    if (!suggestion)
        return undefined;
    const [domain, field] = split(keyText);
    const [sugDomain, sugField] = split(suggestion);
    const lowerDomain = domain.toLowerCase();
    if (/(^|\.)pre\b/.test(lowerDomain) && lowerDomain.includes('restore'))
        return undefined; // pre-backup or init?
    if (field.includes('.') || field === '')
        return undefined; // a named hook (`test1.command`): which field?
    if (lowerDomain !== sugDomain && !clearlyNearest(lowerDomain, sugDomain, HOOK_DOMAINS, 2))
        return undefined;
    const family = FAMILIES.find((f) => f.prefix === `${sugDomain}/`);
    if (!family)
        return undefined;
    const lowerField = field.toLowerCase();
    const synonym = CLEAR_SYNONYMS[lowerField]?.[family.family];
    if (lowerField !== sugField && synonym !== sugField && !clearlyNearest(lowerField, sugField, family.fields, 2))
        return undefined;
    return suggestion;
}
function keyText(style, key) {
    if (style === 'QUOTE_DOUBLE')
        return doubleQuoted(key);
    if (style === 'QUOTE_SINGLE')
        return singleQuoted(key);
    return key; // known keys are safe plain scalars
}
function rename_hook_key_fixesFor(annotations, documentIndex, context) {
    const keys = annotations.entries.map((e) => e.key);
    const planned = annotations.entries
        .filter((e) => isUnknownHookKey(e.key) && isEditable(e.keyNode) && context.isReported(rename_hook_key_RULE_ID, e.keyNode))
        .map((entry) => ({ entry, target: clearRename(entry.key, keys) }));
    const fixes = [];
    for (const { entry, target } of planned) {
        if (target === undefined || keys.includes(target))
            continue;
        if (planned.filter((p) => p.target === target).length > 1)
            continue; // two keys want one name
        const mapPath = entry.path.slice(0, -1);
        fixes.push({
            ruleId: rename_hook_key_RULE_ID,
            description: `renamed "${entry.key}" to "${target}"`,
            documentIndex,
            edits: [{ start: entry.keyNode.range[0], end: entry.keyNode.range[1], text: keyText(entry.keyNode.type, target) }],
            expect: (doc) => {
                const map = plainAt(doc, mapPath);
                if (!map)
                    return;
                const value = map[entry.key];
                delete map[entry.key];
                map[target] = value;
            },
        });
    }
    return fixes;
}
/* harmony default export */ const rename_hook_key = (defineFixer({
    ruleId: rename_hook_key_RULE_ID,
    summary: 'Renames the key when the intended key is certain: a wrong case, a typo of one or two characters with no other key as close, ' +
        'or a synonym that names one field (`image` → `container-image`). `pre.hook.restore.velero.io/*` and named keys are left for you.',
    fixes(model, context) {
        return [
            ...model.pods.flatMap((p) => rename_hook_key_fixesFor(p.annotations, model.index, context)),
            ...model.objects.flatMap((o) => rename_hook_key_fixesFor(o.annotations, model.index, context)),
        ];
    },
}));

;// CONCATENATED MODULE: ./src/fix/fixers/repair-json-command.ts
/**
 * hook-command-invalid-json: rewrites a command meant as a JSON array into one Velero decodes —
 * single or smart quotes to double quotes, a trailing comma dropped, whitespace before '[' removed,
 * number or bool words quoted — only when the words are unambiguous (no backslashes to reinterpret,
 * no quote characters inside single-quoted words).
 */






const repair_json_command_RULE_ID = 'hook-command-invalid-json';
const SMART_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;
/** Elements of a valid JSON array whose elements are strings, numbers, bools or null (Go: null → ""). */
function wordsOf(json) {
    let v;
    try {
        v = JSON.parse(json);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(v) || v.length === 0)
        return undefined;
    const words = [];
    for (const e of v) {
        if (typeof e === 'string')
            words.push(e);
        else if (typeof e === 'number' || typeof e === 'boolean')
            words.push(JSON.stringify(e));
        else
            return undefined; // null, nested arrays and objects: not clear
    }
    return words;
}
/** The argv the author meant, or undefined when that is not certain. */
function intendedCommand(value) {
    const trimmed = value.trim();
    if (!trimmed.startsWith('['))
        return undefined;
    const base = trimmed.replace(/,\s*\]$/, ']');
    // Words keep their own characters: smart quotes are only replaced where they delimit words.
    const direct = wordsOf(base) ?? wordsOf(base.replace(SMART_DOUBLE, '"'));
    if (direct)
        return direct;
    // Single-quoted words: safe only when no word could hold a quote or an escape of its own.
    if (value.includes('\\'))
        return undefined;
    const repaired = repairJsonCommand(trimmed);
    const words = repaired === undefined ? undefined : wordsOf(repaired);
    if (!words || words.some((w) => w.includes("'") || w.includes('"')))
        return undefined;
    return words;
}
/* harmony default export */ const repair_json_command = (defineFixer({
    ruleId: repair_json_command_RULE_ID,
    summary: 'Rewrites the command as valid JSON when the words are certain: single or smart quotes become double quotes, a trailing comma ' +
        'and whitespace before `[` go, and number words are quoted. Commands with backslashes or quotes inside single-quoted words are left for you.',
    fixes(model, context) {
        const fixes = [];
        for (const pod of model.pods) {
            for (const family of COMMAND_FAMILIES) {
                const entry = pod.annotations.get(key(family, 'command'));
                const node = entry?.valueNode;
                if (!entry || entry.value === undefined || !(0,dist/* isScalar */.jn)(node) || entry.pair.value !== node || !isEditable(node))
                    continue;
                if (node.type !== 'QUOTE_SINGLE' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'PLAIN')
                    continue;
                if (!context.isReported(repair_json_command_RULE_ID, node))
                    continue;
                const words = intendedCommand(entry.value);
                if (!words)
                    continue;
                const json = jsonCommand(words);
                const parsed = parseStringToCommand(json);
                if (parsed.kind !== 'json')
                    continue;
                fixes.push({
                    ruleId: repair_json_command_RULE_ID,
                    description: `rewrote "${entry.key}" as the JSON array ${json}`,
                    documentIndex: model.index,
                    edits: [{ start: node.range[0], end: node.range[1], text: singleQuoted(json) }],
                    expect: (doc) => setPlain(doc, entry.path, json),
                });
            }
        }
        return fixes;
    },
}));

;// CONCATENATED MODULE: ./src/fix/fixers/index.ts




const FIXERS = [
    quote_annotation_value, // hook-annotation-not-string
    move_to_pod_template, // hook-annotation-on-controller
    rename_hook_key, // hook-annotation-unknown-key
    repair_json_command, // hook-command-invalid-json
];
const FIXERS_BY_RULE = new Map(FIXERS.map((f) => [f.ruleId, f]));

;// CONCATENATED MODULE: ./src/fix/fix-text.ts
/**
 * Fixes one file's text: lint → fixes for the findings that remain (after suppressions and the
 * configuration) → splice → re-parse and check → repeat, at most MAX_PASSES times (a fix can make
 * another possible, e.g. a renamed key that then moves to the pod template).
 *
 * A batch of fixes is kept only if the new text parses without new errors and every document reads
 * exactly as the fixes said it would (doc.toJS() equal to the expected value); otherwise each fix is
 * tried alone and the ones that fail are dropped. Untouched bytes never change; a BOM is kept.
 */





const MAX_PASSES = 10;
function plainDocuments(parsed) {
    try {
        return parsed.documents.map((d) => (d.errors.length > 0 ? undefined : d.toJS()));
    }
    catch {
        return undefined; // e.g. too many aliases: leave the file alone
    }
}
/** The text with the fixes applied, if every document then reads exactly as expected. */
function tryFixes(parsed, before, fixes) {
    const text = applyEdits(parsed.text, fixes.flatMap((f) => f.edits));
    const next = parseManifestText(text);
    if (next.documents.length !== parsed.documents.length)
        return undefined;
    const expected = structuredClone(before);
    for (const f of fixes)
        f.expect(expected[f.documentIndex]);
    for (let i = 0; i < parsed.documents.length; i++) {
        if (parsed.documents[i].errors.length > 0)
            continue; // broken documents are never edited
        if (next.documents[i].errors.length > 0)
            return undefined;
        let actual;
        try {
            actual = next.documents[i].toJS();
        }
        catch {
            return undefined;
        }
        if (!(0,external_node_util_namespaceObject.isDeepStrictEqual)(actual, expected[i]))
            return undefined;
    }
    return text;
}
function fixText(file, raw, options) {
    const fixers = options.fixers ?? FIXERS;
    const hadBom = raw.charCodeAt(0) === 0xfeff;
    let text = hadBom ? raw.slice(1) : raw;
    const applied = [];
    const rejected = new Set();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        const lint = lint_text_lintText(file, text, options.ruleSet);
        const parsed = lint.parsed;
        if (!parsed)
            break;
        const reported = reportedFixable(lint, fixers, options.filter);
        if (reported.size === 0)
            break;
        const candidates = candidateFixes(lint, fixers, fixContext(parsed, reported), rejected);
        if (candidates.length === 0)
            break;
        const before = plainDocuments(parsed);
        if (!before)
            break;
        const batch = acceptFixes(parsed, before, candidates, rejected);
        if (!batch)
            continue; // every fix failed alone: the next pass tries without them
        for (const f of batch.accepted) {
            const first = Math.min(...f.edits.map((e) => e.start));
            applied.push({ ruleId: f.ruleId, description: f.description, line: spanOf(parsed.lineCounter, first, first).line });
        }
        if (batch.text === parsed.text)
            break;
        text = batch.text;
    }
    return { output: (hadBom ? '\uFEFF' : '') + text, fixes: applied };
}
/** The fixable findings kept after suppressions and the configuration's filter, as rule:line:column. */
function reportedFixable(lint, fixers, filter) {
    const fixableRules = new Set(fixers.map((f) => f.ruleId));
    const findings = filter ? lint.findings.map(filter).filter((f) => f !== undefined) : lint.findings;
    return new Set(findings.filter((f) => fixableRules.has(f.ruleId)).map((f) => `${f.ruleId}:${f.line}:${f.column}`));
}
function fixContext(parsed, reported) {
    return {
        text: parsed.text,
        eol: eolOf(parsed.text),
        isReported(ruleId, node) {
            if (!node?.range)
                return false;
            const { line, column } = spanOf(parsed.lineCounter, node.range[0], node.range[0]);
            return reported.has(`${ruleId}:${line}:${column}`);
        },
    };
}
/** Every fix the fixers offer that was not rejected before; of two that touch the same bytes, the first. */
function candidateFixes(lint, fixers, context, rejected) {
    const candidates = [];
    for (const model of lint.models) {
        for (const fixer of fixers) {
            for (const fix of fixer.fixes(model, context)) {
                if (!rejected.has(keyOf(fix)) && !candidates.some((c) => anyOverlap(c.edits, fix.edits)))
                    candidates.push(fix);
            }
        }
    }
    return candidates;
}
/**
 * The fixes to make in this pass and the text they give: all of them if they hold together, else
 * the ones that hold on their own (the others join `rejected`), else the first of those alone.
 * undefined when no fix holds on its own.
 */
function acceptFixes(parsed, before, candidates, rejected) {
    const all = tryFixes(parsed, before, candidates);
    if (all !== undefined)
        return { accepted: candidates, text: all };
    const accepted = candidates.filter((c) => {
        const ok = tryFixes(parsed, before, [c]) !== undefined;
        if (!ok)
            rejected.add(keyOf(c));
        return ok;
    });
    if (accepted.length === 0)
        return undefined;
    const together = tryFixes(parsed, before, accepted);
    if (together !== undefined)
        return { accepted, text: together };
    return { accepted: accepted.slice(0, 1), text: tryFixes(parsed, before, accepted.slice(0, 1)) };
}
function keyOf(fix) {
    return `${fix.ruleId}|${JSON.stringify(fix.edits)}`;
}

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var fast_glob_out = __nccwpck_require__(5648);
var out_default = /*#__PURE__*/__nccwpck_require__.n(fast_glob_out);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/engine/discover.ts
/**
 * Finds the manifests to lint. Globs are relative to the base directory and may not climb out of
 * it; symlinks whose target lies outside their root are skipped, so a repository cannot make the
 * action read files elsewhere on the runner.
 */





const DEFAULT_PATTERNS = ['**/*.yaml', '**/*.yml'];
const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];
const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
function isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function safeRealpath(p) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
function assertRelativeGlob(pattern) {
    const p = pattern.replace(/^!/, '');
    if (external_node_path_default().isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) {
        throw new UsageError(`pattern "${pattern}" is absolute; patterns are relative to the base directory`);
    }
    if (p.split(/[\\/]/).includes('..')) {
        throw new UsageError(`pattern "${pattern}" climbs out of the base directory with ".."`);
    }
}
/**
 * The ignore globs as a test of a path relative to the base directory: a glob matches the file or
 * any directory above it (`deploy/vendor` covers `deploy/vendor/a.yaml`), as fast-glob's own ignore does.
 */
function ignoredBelowBase(globs) {
    if (globs.length === 0)
        return () => false;
    const isMatch = picomatch_default()([...globs], { dot: true });
    return (file) => {
        if (isMatch(file))
            return true;
        for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1))
            if (isMatch(file.slice(0, i)))
                return true;
        return false;
    };
}
async function discoverFiles(opts) {
    const cwd = external_node_path_default().resolve(opts.cwd);
    const realCwd = safeRealpath(cwd);
    if (!realCwd || !(0,external_node_fs_namespaceObject.statSync)(realCwd).isDirectory())
        throw new UsageError(`base directory "${opts.cwd}" does not exist`);
    for (const pattern of opts.ignore)
        assertRelativeGlob(pattern);
    const scan = { cwd, realCwd, ignore: [...ALWAYS_IGNORED, ...opts.ignore], ignoredByUser: ignoredBelowBase(opts.ignore), found: new Map(), skipped: [] };
    for (const [root, globs] of searchRoots(cwd, opts))
        await scanRoot(scan, root, globs);
    const files = [...scan.found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
    return { files, skipped: scan.skipped };
}
/**
 * Each root is scanned with its own globs; a root is the base directory or an explicit directory
 * (an existing file becomes its directory with the file's name, escaped, as the glob).
 */
function searchRoots(cwd, opts) {
    const roots = new Map();
    const addToRoot = (root, globs) => {
        roots.set(root, [...(roots.get(root) ?? []), ...globs]);
    };
    const patterns = opts.patterns.length > 0 ? opts.patterns : DEFAULT_PATTERNS;
    for (const pattern of patterns) {
        const candidate = external_node_path_default().resolve(cwd, pattern);
        const explicitOutside = !isInside(candidate, cwd);
        let stat;
        try {
            stat = out_default().isDynamicPattern(pattern) ? undefined : (0,external_node_fs_namespaceObject.statSync)(candidate);
        }
        catch {
            stat = undefined;
        }
        if (stat && (!explicitOutside || opts.allowExplicitOutside)) {
            if (stat.isDirectory())
                addToRoot(candidate, DEFAULT_PATTERNS);
            else
                addToRoot(external_node_path_default().dirname(candidate), [out_default().escapePath(external_node_path_default().basename(candidate))]);
            continue;
        }
        assertRelativeGlob(pattern);
        addToRoot(cwd, [pattern]);
    }
    return roots;
}
async function scanRoot(scan, root, globs) {
    const { cwd, found, skipped } = scan;
    const realRoot = safeRealpath(root) ?? root;
    const rootIsInside = isInside(root, cwd);
    const entries = await out_default()(globs, {
        cwd: root,
        // fast-glob reads ignore globs relative to its cwd, and they are relative to the base directory:
        // under another root (an explicit directory or file) they are applied to each entry below.
        ignore: root === cwd ? scan.ignore : [...ALWAYS_IGNORED],
        // Not onlyFiles: symbolic links to files are entries too, checked below.
        onlyFiles: false,
        objectMode: true,
        dot: false,
        followSymbolicLinks: false, // never walk into linked directories (loops, escapes)
        suppressErrors: true, // unreadable directories are skipped, not fatal
        unique: true,
    });
    const boundary = rootIsInside ? scan.realCwd : realRoot;
    const candidates = entries.filter((e) => (e.dirent.isFile() || e.dirent.isSymbolicLink()) && (root === cwd || !scan.ignoredByUser(toPosix(external_node_path_default().relative(cwd, external_node_path_default().join(root, e.path))))));
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const realDirOf = realDirectories();
    for (const { path: entry, dirent } of candidates) {
        const absolute = external_node_path_default().join(root, entry);
        const relative = toPosix(external_node_path_default().relative(cwd, absolute));
        const refusal = refuse(absolute, dirent.isFile(), boundary, realDirOf);
        if (refusal === 'not a file')
            continue; // a link to a directory
        if (refusal) {
            if (!skipped.some((s) => s.path === relative))
                skipped.push({ path: relative, reason: refusal });
            continue;
        }
        if (!found.has(relative))
            found.set(relative, { relative, absolute });
    }
}
/**
 * The real path of each directory, asked once: the glob never walks into linked directories, but
 * its fixed leading part (`deploy/` in a glob `deploy/**` + `/*.yaml`) or an explicit root may be one, so a
 * regular file lies at realDir(its directory)/its name.
 */
function realDirectories() {
    const cache = new Map();
    return (dir) => {
        if (!cache.has(dir))
            cache.set(dir, safeRealpath(dir));
        return cache.get(dir);
    };
}
/** Whether a real path lies in a `.git` directory below the boundary (credentials live in .git/config). */
function inGitDirectory(real, boundary) {
    return external_node_path_default().relative(boundary, real).split((external_node_path_default()).sep).includes('.git');
}
/**
 * Why a found entry is not linted (undefined: it is): outside the boundary, inside a `.git`
 * directory, a broken link; 'not a file' for a link to a directory (left out silently).
 */
function refuse(absolute, isFile, boundary, realDirOf) {
    const realDir = isFile ? realDirOf(external_node_path_default().dirname(absolute)) : undefined;
    const real = isFile ? realDir && external_node_path_default().join(realDir, external_node_path_default().basename(absolute)) : safeRealpath(absolute);
    if (!real)
        return 'broken symbolic link or unreadable path';
    if (!isInside(real, boundary)) {
        return isFile ? 'reached through a symbolic link to a directory outside the base directory' : 'symbolic link to a file outside the base directory';
    }
    if (inGitDirectory(real, boundary))
        return isFile ? 'inside a .git directory' : 'symbolic link into a .git directory';
    if (!isFile && !(0,external_node_fs_namespaceObject.statSync)(real).isFile())
        return 'not a file';
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/event-loop-turns.ts
/**
 * Turns of the event loop handed out one at a time: each waiter goes on in its own turn, after the
 * loop has taken the messages that arrived meanwhile (a shared setImmediate would release every
 * waiter in the same turn).
 */
class EventLoopTurns {
    waiters = [];
    scheduled = false;
    next() {
        return new Promise((resolve) => {
            this.waiters.push(resolve);
            this.schedule();
        });
    }
    schedule() {
        if (this.scheduled)
            return;
        this.scheduled = true;
        setImmediate(() => {
            this.scheduled = false;
            this.waiters.shift()?.();
            if (this.waiters.length > 0)
                this.schedule();
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/run-lint.ts
/**
 * files × documents × rules → findings. Reads each file synchronously into one reused buffer,
 * keeps a bounded number of files in flight (waiting for a worker or an onFile callback), and
 * never holds more than a handful of parsed files at once (only findings are kept).
 */







const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Files in flight at once (reads are synchronous; files wait on workers or onFile): bounds memory. */
const DEFAULT_CONCURRENCY = 16;
/**
 * Bytes of Velero-bearing files after which workers start (≈ 0.15 s of parsing, about what a
 * worker costs to load and warm up): below it a repository is done before a worker would help.
 */
const PARALLEL_MIN_BYTES = 512 * 1024;
/**
 * Reads whole files into one reusable buffer: most files of a repository are read only to be
 * rejected by the pre-filter, and then cost no allocation (and no garbage to collect) at all.
 * Synchronous on purpose: the files of a checkout sit in the page cache, where a blocking read
 * costs a fraction of a thread-pool round trip (measured on ../shared/corpus, lint on one core:
 * 151 ms with this reader, 207 ms with stat + 16 asynchronous readFile calls in flight).
 */
class FileReader {
    maxBytes;
    scratch = Buffer.allocUnsafe(64 * 1024);
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    /**
     * The file's bytes (a view into the shared buffer, valid until the next read), or its size when
     * that is over the limit (nothing read). The size is checked on the open descriptor, and a file
     * that grows while it is read is caught too.
     */
    read(file) {
        // Non-blocking open: a FIFO put in a file's place after discovery would otherwise block this
        // thread for good. Anything but a regular file is refused once open.
        const fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        try {
            const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (!info.isFile())
                throw new Error(info.isDirectory() ? 'a directory' : 'not a regular file');
            const size = info.size;
            if (size > this.maxBytes)
                return { tooLarge: size };
            // One byte more than the size: a read that fills it means the file grew since the fstat.
            if (this.scratch.length < size + 1)
                this.scratch = Buffer.allocUnsafe(Math.min(Math.max(size + 1, this.scratch.length * 2), this.maxBytes + 1));
            let length = 0;
            for (;;) {
                if (length === this.scratch.length) {
                    if (length > this.maxBytes)
                        return { tooLarge: length };
                    const grown = Buffer.allocUnsafe(Math.min(this.scratch.length * 2, this.maxBytes + 1));
                    this.scratch.copy(grown, 0, 0, length);
                    this.scratch = grown;
                }
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, this.scratch, length, this.scratch.length - length, null);
                if (n === 0)
                    break;
                length += n;
            }
            return length > this.maxBytes ? { tooLarge: length } : this.scratch.subarray(0, length);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}
async function mapLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
async function runLint(options) {
    const ruleSet = options.ruleSet;
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const reader = new FileReader(maxBytes);
    const turns = new EventLoopTurns();
    const discovery = await discoverFiles(options);
    await options.onDiscovered?.(discovery);
    const perFile = new Array(discovery.files.length);
    let documents = 0;
    let resources = 0;
    let hooks = 0;
    const skipped = [...discovery.skipped];
    // Workers pay off once there is real parsing to share: they start when the files with Velero
    // content add up to PARALLEL_MIN_BYTES (each worker's JIT starts cold, which costs more than a
    // small repository's whole lint). This thread keeps linting whenever no worker has room.
    // render (onFile) needs the parsed documents on this thread, so it never uses workers.
    const workerCount = options.onFile ? 0 : (options.workers ?? defaultWorkerCount());
    let pool;
    let poolDecided = workerCount < 1;
    let veleroBytes = 0;
    async function lintOne(file, i) {
        const findings = [];
        perFile[i] = findings;
        let bytes;
        try {
            const read = reader.read(file.absolute);
            if (!Buffer.isBuffer(read)) {
                findings.push(fileProblem(ruleSet, file.relative, `is ${read.tooLarge} bytes, over the ${maxBytes}-byte limit, and was not read`));
                if (options.onUnread)
                    await options.onUnread(file);
                return;
            }
            bytes = read;
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT') {
                skipped.push({ path: file.relative, reason: 'deleted before it could be read' });
                return;
            }
            findings.push(fileProblem(ruleSet, file.relative, `could not be read (${code ?? e.message})`));
            if (options.onUnread)
                await options.onUnread(file);
            return;
        }
        // Most files of a repository have no Velero content: they are never decoded or parsed.
        // (bytes is the reader's shared buffer: used up here, before anything awaits.)
        if (!options.onFile && !bytesHaveVeleroHint(bytes))
            return;
        const raw = bytes.toString('utf8');
        const byteLength = bytes.length;
        let result;
        let lint;
        try {
            if (options.onFile) {
                lint = lint_text_lintText(file.relative, raw, ruleSet);
                result = { findings: lint.findings, documents: lint.parsed?.documents.length ?? 0, resources: countResources(lint.models), hooks: countHooks(lint.models) };
            }
            else {
                veleroBytes += byteLength;
                if (!poolDecided && veleroBytes >= PARALLEL_MIN_BYTES) {
                    poolDecided = true;
                    pool = LintPool.shared(ruleSet, workerCount);
                    pool?.start();
                }
                // A worker takes the file when one has room; otherwise this thread checks it itself, one
                // file per event-loop turn: reads are synchronous, so without the turns the files would
                // run one after another in microtasks and the workers' replies (and their next jobs)
                // would wait behind all of them.
                if (pool && !pool.hasCapacity)
                    await turns.next();
                result = pool?.hasCapacity ? await lintInPool(pool, file.relative, raw, ruleSet) : lintForPool(file.relative, raw, ruleSet);
            }
        }
        catch (e) {
            // A file the engine cannot check (a bug, or a worker that ran out of memory) is reported,
            // not fatal: the other files' findings still count.
            findings.push(fileProblem(ruleSet, file.relative, `could not be checked (${e?.message ?? String(e)})`));
            if (options.onUnread)
                await options.onUnread(file);
            return;
        }
        documents += result.documents;
        resources += result.resources;
        hooks += result.hooks;
        // A loop, not push(...): a file may have more findings than a call can take arguments.
        for (const f of result.findings)
            findings.push(f);
        if (lint && options.onFile)
            await options.onFile(lint, file, raw);
    }
    // A pool stays up for a moment after the run (LintPool.shared): a next run in this process
    // reuses its warmed-up workers; it closes itself when idle and never keeps the process alive.
    await mapLimit(discovery.files, options.concurrency ?? DEFAULT_CONCURRENCY, async (file, i) => {
        try {
            await lintOne(file, i);
        }
        finally {
            options.onProgress?.(file);
        }
    });
    const findings = perFile.flat().sort(compareFindings);
    return {
        summary: { files: discovery.files.length, documents, resources, hooks, ...countBySeverity(findings) },
        findings,
        skipped,
    };
}
async function lintInPool(pool, file, raw, ruleSet) {
    try {
        return await pool.lint(file, raw);
    }
    catch (e) {
        if (e instanceof PoolUnavailableError)
            return lintForPool(file, raw, ruleSet);
        throw e;
    }
}
function fileProblem(ruleSet, file, what) {
    const rule = ruleSet.fileUnreadable;
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return createFinding(rule, { messageId: 'unreadable', data: { what }, severity: rule.meta.severity, file, span });
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/io/atomic-write.ts




/** Names tried before giving up when a temporary name is taken (8 random hex digits: practically never). */
const TEMP_NAME_ATTEMPTS = 5;
/**
 * A short temporary name in the target's directory (same file system, so the rename is atomic).
 * Not derived from the target's name: `.vh-` + 8 hex digits + `.tmp` is 16 bytes whatever the
 * target is called, so a target whose name is already near NAME_MAX (255 bytes) still works.
 */
function tempPathIn(dir) {
    return external_node_path_default().join(dir, `.vh-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.tmp`);
}
const errorCode = (e) => e?.code;
/**
 * Creates a fresh temporary file with `create`, which must fail with EEXIST rather than overwrite
 * (an exclusive flag). A taken name is tried again with another; after any other failure the
 * (perhaps half-written) file is removed.
 */
async function createTemp(dir, create) {
    for (let attempt = 1;; attempt++) {
        const temp = tempPathIn(dir);
        try {
            await create(temp);
            return temp;
        }
        catch (e) {
            // EEXIST: the name belongs to someone else's file, which must not be removed.
            if (errorCode(e) === 'EEXIST' && attempt < TEMP_NAME_ATTEMPTS)
                continue;
            if (errorCode(e) !== 'EEXIST')
                await (0,promises_namespaceObject.rm)(temp, { force: true });
            throw e;
        }
    }
}
/** Flushes a file's content (and size) to the disk. */
async function syncFile(file) {
    const handle = await (0,promises_namespaceObject.open)(file, 'r+');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Flushes a directory's entries to the disk, so a completed rename survives a crash. Some platforms
 * and file systems refuse to open or fsync a directory (EISDIR on Windows, EINVAL on some network
 * and virtual file systems): there the rename is as durable as the platform makes it.
 */
async function syncDirectory(dir) {
    try {
        const handle = await (0,promises_namespaceObject.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        if (errorCode(e) !== 'EINVAL' && errorCode(e) !== 'EISDIR')
            throw e;
    }
}
/**
 * Create a temporary file in the target's directory with `create`, flush it, rename it over the
 * target and flush the directory; remove the temporary file on any failure.
 */
async function replaceAtomically(target, create, options) {
    const dir = external_node_path_default().dirname(target);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const temp = await createTemp(dir, create);
    try {
        if (options.mode !== undefined)
            await (0,promises_namespaceObject.chmod)(temp, options.mode & 0o7777);
        // Without this a crash soon after the rename can leave the target empty (the rename reaches
        // the disk before the data on file systems such as ext4 with delalloc, XFS, btrfs).
        await syncFile(temp);
        await (0,promises_namespaceObject.rename)(temp, target);
    }
    catch (e) {
        await (0,promises_namespaceObject.rm)(temp, { force: true });
        throw e;
    }
    await syncDirectory(dir);
}
/**
 * Write a file so that readers (and a crash) see either the old or the new content, never half:
 * write a temporary file in the same directory, flush it, then rename it over the target.
 */
async function writeFileAtomic(target, data, options = {}) {
    await replaceAtomically(target, (temp) => (0,promises_namespaceObject.writeFile)(temp, data, { flag: 'wx' }), options);
}
/** Copy source over target with the same guarantee (the OS copies the bytes; nothing is held in memory). */
async function copyFileAtomic(source, target, options = {}) {
    await replaceAtomically(target, (temp) => (0,promises_namespaceObject.copyFile)(source, temp, external_node_fs_namespaceObject.constants.COPYFILE_EXCL), options);
}

;// CONCATENATED MODULE: ./src/fix/run-fix.ts
/**
 * `velero-hooks lint --fix` / the action's `fix: true`: fixes every matched file in place. Only files
 * with a finding a fixer handles are rewritten, each atomically (never half-written), keeping its
 * mode. Discovery skips symbolic links; should one ever be handed over, its target is rewritten
 * rather than the link replaced by a copy.
 */






const FIXABLE = new Set(FIXERS.map((f) => f.ruleId));
async function runFix(options) {
    const ruleSet = options.ruleSet ?? rules_defaultRuleSet();
    const files = [];
    const userOnFile = options.onFile;
    await runLint({
        ...options,
        ruleSet,
        async onFile(lint, file, raw) {
            if (userOnFile)
                await userOnFile(lint, file, raw);
            const fixable = lint.findings.some((f) => FIXABLE.has(f.ruleId) && (!options.filter || options.filter(f)));
            if (!lint.parsed || !fixable)
                return;
            const result = fixText(file.relative, raw, { ruleSet, filter: options.filter });
            if (result.output === raw || result.fixes.length === 0)
                return;
            const target = await (0,promises_namespaceObject.realpath)(file.absolute);
            const { mode } = await (0,promises_namespaceObject.stat)(target);
            await writeFileAtomic(target, result.output, { mode });
            files.push({ file: file.relative, fixes: result.fixes });
        },
    });
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { files, count: files.reduce((n, f) => n + f.fixes.length, 0) };
}

;// CONCATENATED MODULE: ./src/fix/index.ts
/** The fix API shared by the CLI (`lint --fix`) and the action (`fix: true`). */




;// CONCATENATED MODULE: ./src/report/github-format.ts
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const LEVEL = { error: 'error', warning: 'warning', notice: 'notice' };
function workflowCommand(f) {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
    // GitHub drops columns on multi-line ranges.
    if (f.line === f.endLine)
        props.push(`col=${f.column}`, `endColumn=${Math.max(f.column, f.endColumn)}`);
    props.push(`title=${escapeProperty(`velero-hooks: ${f.ruleId}`)}`);
    return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}
function formatGithub(report) {
    return report.findings.map((f) => `${workflowCommand(f)}\n`).join('');
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** `{summary, findings}`: stable field names for scripts (jq) and other tools. */
function formatJson(report) {
    const findings = report.findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        resource: f.resource ?? null,
        path: f.path ?? null,
        helpUrl: f.helpUrl,
    }));
    return `${JSON.stringify({ summary: report.summary, findings }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts


const sarif_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** The rule's page: the helpUrl its findings carry (both from ruleDocUrl). */
function ruleDescriptor(rule) {
    const { id, docs, severity } = rule.meta;
    const text = `${docs.description}\n\nHow to fix: ${docs.fix}`;
    const helpUri = ruleDocUrl(id);
    return {
        id,
        name: id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
        shortDescription: { text: docs.summary },
        fullDescription: { text: docs.description },
        help: { text, markdown: `${docs.description}\n\n**How to fix:** ${docs.fix}\n\n[Rule documentation](${helpUri})` },
        helpUri,
        defaultConfiguration: { level: sarif_LEVEL[severity] },
        properties: { tags: ['velero', 'kubernetes'], precision: 'very-high', 'problem.severity': severity === 'notice' ? 'recommendation' : severity },
    };
}
function buildSarif(report, rules = RULES) {
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    const results = report.findings.map((f) => {
        const logical = f.resource?.kind
            ? [{ fullyQualifiedName: [f.resource.kind, f.resource.namespace, f.resource.name].filter(Boolean).join('/'), kind: 'resource' }]
            : [];
        return {
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
            level: sarif_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + (f.endLine === f.line ? 1 : 0)) },
                    },
                    ...(logical.length ? { logicalLocations: logical } : {}),
                },
            ],
            ...(f.path ? { properties: { yamlPath: f.path } } : {}),
        };
    });
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: PROJECT_URL, rules: rules.map(ruleDescriptor) } },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory the scan ran in (the repository root in the action).' } } },
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
function formatSarif(report) {
    return `${JSON.stringify(buildSarif(report), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/text.ts
const paint = (on, code, s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
/**
 * Manifest text reaches messages and file names. On one line, with control characters shown as
 * escapes: a raw ESC would drive the terminal, and a CR starts a new line for the Actions runner,
 * where a line beginning with "::" is a workflow command.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
function oneLine(s) {
    return s.replace(/\r?\n/g, ' ').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A file name as a header line: never one the runner would take for a command. */
function fileHeader(file) {
    const line = oneLine(file);
    return /^\s*(::|##\[)/.test(line) ? `./${line}` : line;
}
function formatText(report, options = { color: false }) {
    const { color } = options;
    const out = [];
    const byFile = new Map();
    for (const f of report.findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    for (const [file, findings] of byFile) {
        out.push(paint(color, '4', fileHeader(file)));
        const rows = findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId]);
        // A loop, not Math.max(...): a file can have more findings than a call can take arguments.
        let w0 = 0;
        let w1 = 0;
        for (const r of rows) {
            w0 = Math.max(w0, r[0].length);
            w1 = Math.max(w1, r[1].length);
        }
        for (const [pos, sev, msg, id] of rows) {
            const sevText = sev.padEnd(w1);
            const painted = sev === 'error' ? paint(color, '31', sevText) : sev === 'warning' ? paint(color, '33', sevText) : paint(color, '36', sevText);
            out.push(`  ${paint(color, '2', pos.padEnd(w0))}  ${painted}  ${oneLine(msg)}  ${paint(color, '2', id)}`);
        }
        out.push('');
    }
    const s = report.summary;
    const problems = s.errors + s.warnings + s.notices;
    const counts = `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.notices} notice${s.notices === 1 ? '' : 's'}`;
    const scope = `${s.files} file${s.files === 1 ? '' : 's'}, ${s.resources} resource${s.resources === 1 ? '' : 's'}, ${s.hooks} with hooks`;
    if (problems === 0)
        out.push(paint(color, '32', `✔ no problems (${scope})`));
    else
        out.push(paint(color, s.errors > 0 ? '31;1' : '33;1', `✖ ${problems} problem${problems === 1 ? '' : 's'} (${counts}) in ${byFile.size} file${byFile.size === 1 ? '' : 's'}; scanned ${scope}`));
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/formats.ts




function formatReport(format, report, options = {}) {
    switch (format) {
        case 'json':
            return formatJson(report);
        case 'sarif':
            return formatSarif(report);
        case 'github':
            return formatGithub(report);
        case 'text':
            return formatText(report, { color: options.color ?? false });
    }
}


;// CONCATENATED MODULE: ./src/io/printable.ts
/**
 * Text from a repository (file names, metadata.name, quoted values) as one printable line: a line
 * we print that holds a newline followed by `::error …` or `::add-mask::…` would be read by the
 * runner as a workflow command of its own. Line breaks and other control characters are escaped
 * (`\n`, `\u0007`) and so are the bidi controls that reorder what a reader sees (U+202A–U+202E,
 * U+2066–U+2069); everything else is kept.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function printable(text) {
    return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Whether text would be changed by printable(): a name that cannot stand on a line of its own as it is. */
function needsEscaping(text) {
    UNPRINTABLE.lastIndex = 0;
    const found = UNPRINTABLE.test(text);
    UNPRINTABLE.lastIndex = 0;
    return found;
}

;// CONCATENATED MODULE: ./src/io/safe-read.ts
/**
 * Reading files a repository controls: a FIFO, a device or a link to /dev/zero in a pull request
 * must neither hang a run nor fill its memory, and a link must not lead out of the tree it is in.
 */



/**
 * The bytes of a regular file of at most maxBytes, or why not: opened non-blocking (a FIFO is
 * refused at once, never waited on), checked on the open descriptor (regular file, size), and read
 * to at most maxBytes + 1 bytes, so a file that grows while it is read is refused too.
 */
async function readRegularFile(file, maxBytes) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK | (external_node_fs_namespaceObject.constants.O_NOCTTY ?? 0));
    }
    catch (e) {
        const code = e.code;
        return { ok: false, code, why: code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `could not be read (${code ?? e.message})` };
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            return { ok: false, code: 'EISDIR', why: 'is a directory' };
        if (!info.isFile())
            return { ok: false, why: 'is not a regular file' };
        if (info.size > maxBytes)
            return { ok: false, why: `is ${info.size} bytes, over the ${maxBytes}-byte limit` };
        const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            return { ok: false, why: `grew over the ${maxBytes}-byte limit while it was read` };
        return { ok: true, bytes: buffer.subarray(0, length) };
    }
    catch (e) {
        return { ok: false, code: e.code, why: `could not be read (${e.code ?? e.message})` };
    }
    finally {
        await handle.close();
    }
}
/** Whether child is parent or below it, as paths (no file system access). */
function isPathInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..' + (external_node_path_default()).sep) && rel !== '..' && !external_node_path_default().isAbsolute(rel));
}
/**
 * The real path of `target`, or of its nearest existing ancestor joined with the rest (for a file
 * about to be written): links are resolved wherever they are on the way. Undefined when a
 * broken link is on the way (writing would follow it somewhere unknown) or nothing resolves.
 */
function realPathOrNearest(target) {
    const rest = [];
    let current = external_node_path_default().resolve(target);
    for (;;) {
        try {
            return external_node_path_default().join((0,external_node_fs_namespaceObject.realpathSync)(current), ...rest.reverse());
        }
        catch {
            if (exists(current))
                return undefined; // a broken link, or a loop
            const parent = external_node_path_default().dirname(current);
            if (parent === current)
                return undefined;
            rest.push(external_node_path_default().basename(current));
            current = parent;
        }
    }
}
function exists(p) {
    try {
        (0,external_node_fs_namespaceObject.lstatSync)(p);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Why writing `target` would leave `base` through a symbolic link (undefined: it would not). A
 * target named outside `base` is the caller's choice and not checked; one named inside must stay
 * inside by real path: the nearest existing ancestor's (`reports -> ../outside` is refused).
 */
function escapeThroughLink(target, base) {
    const [absTarget, absBase] = [external_node_path_default().resolve(target), external_node_path_default().resolve(base)];
    if (!isPathInside(absTarget, absBase))
        return undefined;
    const realBase = realPathOrNearest(absBase);
    const real = realPathOrNearest(absTarget);
    if (!realBase || !real)
        return 'a broken symbolic link is on its path';
    if (!isPathInside(real, realBase))
        return `a symbolic link on its path leads outside ${base}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/render/describe.ts

/** Written files without an injected container are listed up to this many, then counted. */
const MAX_COPIES_LISTED = 20;
function describe_describeResource(r) {
    const kind = r.kind ?? 'object';
    return r.name ? `${kind} "${r.name}"` : kind;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** outputDir: relative to the base directory, '/' separators, '.' for in place. */
function describeRender(command, outputDir, result) {
    const out = [];
    const inPlace = outputDir === '.';
    const where = inPlace ? 'in place' : `under ${outputDir}/`;
    const changes = result.changes ?? [];
    for (const n of result.notes ?? []) {
        if (n.kind === 'already-rendered')
            continue;
        out.push(`${n.file}:${n.line}: ${describe_describeResource(n.resource)}: ${n.message}`);
    }
    if (command === 'render') {
        const injectedBySource = new Map();
        for (const c of changes) {
            injectedBySource.set(c.file, [...(injectedBySource.get(c.file) ?? []), `${describe_describeResource(c.resource)} + "${c.container.name}"`]);
        }
        let copies = 0;
        for (const file of result.written) {
            const source = inPlace ? file : file.slice(outputDir.length + 1);
            const injected = injectedBySource.get(source);
            if (injected)
                out.push(`wrote ${file}: ${injected.join(', ')}`);
            else if (++copies <= MAX_COPIES_LISTED)
                out.push(`wrote ${file} (copied unchanged)`);
        }
        if (copies > MAX_COPIES_LISTED)
            out.push(`… and ${copies - MAX_COPIES_LISTED} more copied unchanged`);
        for (const s of result.stale)
            out.push(`${s.path} has no source any more; delete it`);
        out.push(`${plural(changes.length, 'init container')} rendered ${where}; ${plural(result.written.length, 'file')} written, ${result.unchanged.length} already current.`);
    }
    else {
        const sourceOf = (p) => (inPlace ? p : p.slice(outputDir.length + 1));
        const why = (s) => s.reason === 'orphaned'
            ? 'has no source any more'
            : inPlace
                ? 'needs rendering'
                : `${s.reason === 'missing' ? 'missing' : 'differs from a fresh render'} of ${sourceOf(s.path)}`;
        for (const s of result.stale)
            out.push(`stale ${s.path}: ${why(s)}`);
        if (result.stale.length > 0) {
            out.push(`${plural(result.stale.length, 'stale file')} ${where}; run "velero-hooks render${inPlace ? ' --in-place' : ''}" and commit the result.`);
        }
        else {
            out.push(`The render ${where} is current (${plural(result.unchanged.length, 'file')}).`);
        }
    }
    // File names and metadata.name are the repository's: each line stays one line (no forged `::error`).
    return out.map((line) => `velero-hooks: ${printable(line)}\n`).join('');
}

;// CONCATENATED MODULE: ./src/config/config.ts
/** Tried in this order in the base directory when no file is named explicitly. */
const CONFIG_FILE_NAMES = ['.velero-hooks.yaml', '.velero-hooks.yml'];
const RULE_LEVELS = ['off', 'notice', 'warning', 'error'];
/** Fields of one `exclude` entry; each holds globs (a finding matches when every given field matches). */
const EXCLUDE_FIELDS = ['rule', 'path', 'kind', 'namespace', 'name'];
const EMPTY_CONFIG = { file: undefined, rules: new Map(), ignore: [], exclude: [], render: {}, charts: new Map() };
function formatConfigProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

;// CONCATENATED MODULE: ./src/config/read-helpers.ts
/** Reading the configuration: problems placed at their node, and the small readers every key shares. */




/** The longest problem message: quoted values are bounded, and so is the whole. */
const MAX_PROBLEM_CHARS = 400;
/** The most of a value from the configuration a problem quotes (a key, a rule id, a glob). */
const MAX_QUOTED_CHARS = 80;
/**
 * A value from the configuration as a problem quotes it: in double quotes, control and bidi
 * characters escaped, at most MAX_QUOTED_CHARS characters (then "..."), so a configuration that is
 * a link to a secret or to /dev/urandom cannot have its content echoed into logs.
 */
function read_helpers_quote(value) {
    return `"${bounded(value)}"`;
}
/** quote() without the quotes. */
function bounded(value) {
    const escaped = JSON.stringify(value.length > MAX_QUOTED_CHARS * 2 ? value.slice(0, MAX_QUOTED_CHARS * 2) : value)
        .slice(1, -1)
        .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return escaped.length > MAX_QUOTED_CHARS ? `${escaped.slice(0, MAX_QUOTED_CHARS - 3)}...` : escaped;
}
function didYouMean(value, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = (0,mod/* distance */.Io)(value.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    if (value.length > 200)
        return ''; // a typo is short; and the distance is quadratic in the length
    if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)))
        return `; did you mean "${best}"?`;
    const prefixed = value.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(value.toLowerCase())) : undefined;
    return prefixed ? `; did you mean "${prefixed}"?` : '';
}
/** The configuration's problems, each at the line and column of the node it is about. */
class ProblemList {
    file;
    lineCounter;
    list = [];
    constructor(file, lineCounter) {
        this.file = file;
        this.lineCounter = lineCounter;
    }
    at(node) {
        const span = spanOf(this.lineCounter, node?.range?.[0] ?? 0, node?.range?.[1] ?? 0);
        return { line: span.line, column: span.column };
    }
    /** A problem as a sentence: a full stop is added unless the message asks a question. */
    add(node, message) {
        // Values are quoted through quote(); this bounds whatever else a message carries (a version string).
        // eslint-disable-next-line no-control-regex
        let shown = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
        if (shown.length > MAX_PROBLEM_CHARS)
            shown = `${shown.slice(0, MAX_PROBLEM_CHARS - 3)}...`;
        this.list.push({ file: this.file, ...this.at(node), message: shown.endsWith('?') ? shown : `${shown.replace(/\.$/, '')}.` });
    }
    /** Where a node is, as a source spot for findings about what it configures. */
    spot(file, node) {
        return { file, ...this.at(node) };
    }
    addYamlErrors(errors) {
        for (const e of errors) {
            const span = spanOf(this.lineCounter, e.pos[0], e.pos[1]);
            this.list.push({ file: this.file, line: span.line, column: span.column, message: `YAML error: ${boundedDetail(e.message).replace(/\.?$/, '.')}` });
        }
    }
}
/** True for a key with no value yet (`rules:`), which reads as the default. */
function isEmptyValue(value) {
    return value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null);
}
/** A string, or a list of strings; anything else is a problem. */
function stringList(pair, what, problems) {
    const value = pair.value;
    if (isEmptyValue(value))
        return []; // `ignore:` with nothing yet
    const one = (n) => {
        if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' && n.value.trim() !== '')
            return { value: n.value.trim(), node: n };
        problems.add(n ?? pair.key, `each ${what} must be a non-empty string`);
        return undefined;
    };
    if ((0,dist/* isSeq */.oP)(value))
        return value.items.map(one).filter((x) => x !== undefined);
    const single = one(value);
    return single ? [single] : [];
}

;// CONCATENATED MODULE: ./src/config/parse-sources-config.ts
/**
 * The configuration of charts and overlays: `render:` (which helm / kustomize, how long a render
 * may take) and `charts:` (per chart directory: value sets, release, namespace, kube version).
 *
 *   render:
 *     helm: /opt/helm/bin/helm
 *     kustomize: kubectl
 *     timeout: 90s
 *   charts:
 *     charts/shop:
 *       release: shop
 *       namespace: prod
 *       valueSets:
 *         - name: prod
 *           values: [values-prod.yaml]      # relative to the chart directory
 *           set: { image.tag: "1.2.3" }
 */



const RENDER_KEYS = ['helm', 'kustomize', 'timeout'];
const CHART_KEYS = ['ciValues', 'release', 'namespace', 'kubeVersion', 'valueSets'];
const SET_KEYS = ['name', 'values', 'set', 'release', 'namespace', 'kubeVersion'];
/** Reads a mapping's pairs by their string keys; an unknown key is a problem naming the known ones. */
function pairsOf(node, where, known, problems) {
    const out = new Map();
    if (isEmptyValue(node))
        return out;
    if (!(0,dist/* isMap */.jh)(node)) {
        problems.add(node, `${where} must be a mapping with the keys ${known.join(', ')}`);
        return out;
    }
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '?';
        if (known.includes(key))
            out.set(key, pair);
        else
            problems.add(pair.key, `unknown key ${read_helpers_quote(key)} in ${where}; it has the keys ${known.join(', ')}${didYouMean(key, known)}`);
    }
    return out;
}
function parse_sources_config_text(pair, what, problems) {
    if (!pair)
        return undefined;
    const v = pair.value;
    if ((0,dist/* isScalar */.jn)(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim() !== '')
        return String(v.value).trim();
    problems.add(v ?? pair.key, `${what} must be a non-empty string`);
    return undefined;
}
/** A duration in seconds or minutes ("90s", "2m", "45"), at most an hour. */
function timeout(pair, problems) {
    const raw = parse_sources_config_text(pair, 'render.timeout', problems);
    if (raw === undefined)
        return undefined;
    const m = /^(\d+)(s|m)?$/.exec(raw);
    const ms = m ? Number(m[1]) * (m[2] === 'm' ? 60_000 : 1000) : NaN;
    if (!(ms > 0 && ms <= 3_600_000)) {
        problems.add(pair.value, `render.timeout must be a whole number of seconds or minutes between 1s and 60m ("90s", "2m"); got ${read_helpers_quote(raw)}`);
        return undefined;
    }
    return ms;
}
function readRender(pair, problems) {
    const pairs = pairsOf(pair.value, 'render', RENDER_KEYS, problems);
    const out = {};
    const helm = parse_sources_config_text(pairs.get('helm'), 'render.helm', problems);
    const kustomize = parse_sources_config_text(pairs.get('kustomize'), 'render.kustomize', problems);
    const ms = timeout(pairs.get('timeout'), problems);
    if (helm)
        out.helm = helm;
    if (kustomize)
        out.kustomize = kustomize;
    if (ms)
        out.timeoutMs = ms;
    return out;
}
/** A directory or file inside the base directory, '/'-separated; undefined (with a problem) otherwise. */
function insidePath(value, node, what, problems) {
    const normal = external_node_path_default().posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (external_node_path_default().posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../') || /^[A-Za-z]:/.test(normal)) {
        problems.add(node, `${what} ${read_helpers_quote(value)} must be relative to the base directory and stay inside it`);
        return undefined;
    }
    return normal === '' ? '.' : normal;
}
function readCharts(pair, problems, configFile) {
    const out = new Map();
    if (isEmptyValue(pair.value))
        return out;
    if (!(0,dist/* isMap */.jh)(pair.value)) {
        problems.add(pair.value, 'charts must be a mapping of chart directory to its settings');
        return out;
    }
    for (const item of pair.value.items) {
        const key = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
        const dir = insidePath(key, item.key, 'a chart directory', problems);
        if (dir)
            out.set(dir, readChart(item, dir, problems, configFile));
    }
    return out;
}
function readChart(item, dir, problems, configFile) {
    const where = `charts.${dir}`;
    const pairs = pairsOf(item.value, where, CHART_KEYS, problems);
    const chart = { ...releaseSettings(pairs, where, problems) };
    const ci = pairs.get('ciValues');
    if (ci) {
        if ((0,dist/* isScalar */.jn)(ci.value) && typeof ci.value.value === 'boolean')
            chart.ciValues = ci.value.value;
        else
            problems.add(ci.value, `${where}.ciValues must be true or false`);
    }
    const sets = pairs.get('valueSets');
    if (sets && !isEmptyValue(sets.value)) {
        if (!(0,dist/* isSeq */.oP)(sets.value))
            problems.add(sets.value, `${where}.valueSets must be a list`);
        else
            chart.valueSets = sets.value.items.flatMap((s) => readValueSet(s, dir, where, problems, configFile) ?? []);
    }
    return chart;
}
function releaseSettings(pairs, where, problems) {
    const out = {};
    for (const key of ['release', 'namespace', 'kubeVersion']) {
        const value = parse_sources_config_text(pairs.get(key), `${where}.${key}`, problems);
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
function readValueSet(node, dir, where, problems, configFile) {
    const pairs = pairsOf(node, `${where}.valueSets[]`, SET_KEYS, problems);
    const name = parse_sources_config_text(pairs.get('name'), `${where}.valueSets[].name`, problems);
    if (!name) {
        if (!pairs.has('name'))
            problems.add(node, `each entry of ${where}.valueSets needs a name`);
        return undefined;
    }
    const set = { name, at: problems.spot(configFile, node), ...releaseSettings(pairs, `${where}.valueSets.${name}`, problems) };
    const values = pairs.get('values');
    if (values) {
        const items = (0,dist/* isSeq */.oP)(values.value) ? values.value.items : [values.value];
        set.values = items.flatMap((v) => {
            const file = (0,dist/* isScalar */.jn)(v) && typeof v.value === 'string' ? insidePath(external_node_path_default().posix.join(dir, v.value), v, 'a values file', problems) : undefined;
            if (!((0,dist/* isScalar */.jn)(v) && typeof v.value === 'string'))
                problems.add(v, `${where}.valueSets.${name}.values must be file names`);
            return file ? [file] : [];
        });
    }
    const setPairs = pairs.get('set');
    if (setPairs && (0,dist/* isMap */.jh)(setPairs.value)) {
        set.set = setPairs.value.items.map((p) => ({ key: String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : ''), value: String((0,dist/* isScalar */.jn)(p.value) ? p.value.value : ''), at: problems.spot(configFile, p.value) }));
    }
    else if (setPairs && !isEmptyValue(setPairs.value))
        problems.add(setPairs.value, `${where}.valueSets.${name}.set must be a mapping of --set keys to values`);
    return set;
}

;// CONCATENATED MODULE: ./src/config/read-velero-version.ts
/** `velero-version:` in `.velero-hooks.yaml`: one of the versions src/velero/versions.ts knows. */



/**
 * The version, or undefined (the default) when the key has no value or a problem. The value is read
 * as written: YAML reads `1.10` as the number 1.1, so the source text is what counts.
 */
function readVeleroVersion(pair, problems, text) {
    const value = pair.value;
    if (isEmptyValue(value))
        return undefined;
    if (!(0,dist/* isScalar */.jn)(value) || (typeof value.value !== 'string' && typeof value.value !== 'number')) {
        problems.add(value ?? pair.key, 'velero-version must be a version such as "1.18.2" or "main"');
        return undefined;
    }
    const written = typeof value.value === 'number' && value.range ? text.slice(value.range[0], value.range[1]).trim() : String(value.value);
    const parsed = parseVeleroVersion(written);
    if (!parsed.ok) {
        problems.add(value, `velero-version ${parsed.error}`);
        return undefined;
    }
    return parsed.version;
}

;// CONCATENATED MODULE: ./src/config/parse-config.ts
/**
 * `.velero-hooks.yaml` text → VeleroHooksConfig, with every problem reported at its line and column
 * (unknown keys, unknown rule ids, bad levels, globs that climb out of the base directory).
 */








const TOP_LEVEL_KEYS = ['rules', 'ignore', 'exclude', 'render', 'charts', 'velero-version'];
/** Why a glob cannot be used relative to the base directory, or undefined. */
function relativeGlobProblem(glob) {
    const p = glob.replace(/^!/, '');
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        return `${read_helpers_quote(glob)} is absolute; globs are relative to the base directory`;
    if (p.split(/[\\/]/).includes('..'))
        return `${read_helpers_quote(glob)} climbs out of the base directory with ".."`;
    return undefined;
}
/**
 * @param spotFile how findings about configured things (a --set value) name this file: relative to
 * the base directory when the file is inside it.
 */
function parseConfigText(text, file, spotFile = file) {
    const rules = new Map();
    const ignore = [];
    const exclude = [];
    const config = { file, rules, ignore, exclude, render: {}, charts: new Map() };
    const parsed = parseManifestText(text);
    const problems = new ProblemList(file, parsed.lineCounter);
    const root = configRoot(parsed, problems);
    if (!root)
        return { config, problems: problems.list }; // the defaults, with any problem that says why
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        switch (key) {
            case 'rules':
                readRules(pair, problems, rules);
                break;
            case 'ignore':
                readIgnore(pair, problems, ignore);
                break;
            case 'exclude':
                readExclude(pair, problems, exclude);
                break;
            case 'render':
                config.render = readRender(pair, problems);
                break;
            case 'charts':
                config.charts = readCharts(pair, problems, spotFile);
                break;
            case 'velero-version': {
                const version = readVeleroVersion(pair, problems, text);
                if (version)
                    config.veleroVersion = version;
                break;
            }
            default:
                problems.add(pair.key, `unknown key ${read_helpers_quote(key ?? '?')}; the configuration has the keys ${TOP_LEVEL_KEYS.join(', ')}${didYouMean(key ?? '', TOP_LEVEL_KEYS)}`);
        }
    }
    problems.list.sort((a, b) => a.line - b.line || a.column - b.column);
    return { config, problems: problems.list };
}
/**
 * The one document's top-level mapping, or undefined when there is nothing to read: an empty file
 * (or comments only) means the defaults; more documents, YAML errors or a non-mapping are problems.
 */
function configRoot(parsed, problems) {
    const documents = parsed.documents.filter((d) => d.contents !== null || d.errors.length > 0);
    if (documents.length === 0)
        return undefined;
    if (documents.length > 1) {
        problems.add(documents[1].contents, 'the configuration must be one YAML document; this file has more');
        return undefined;
    }
    const document = documents[0];
    if (document.errors.length > 0) {
        problems.addYamlErrors(document.errors);
        return undefined;
    }
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        problems.add(root, `the configuration must be a mapping with the keys ${TOP_LEVEL_KEYS.join(', ')}`);
        return undefined;
    }
    return root;
}
function readIgnore(pair, problems, ignore) {
    for (const { value, node } of stringList(pair, 'ignore glob', problems)) {
        const why = relativeGlobProblem(value);
        if (why)
            problems.add(node, `ignore: ${why}`);
        else
            ignore.push(value);
    }
}
function readRules(pair, problems, rules) {
    const map = pair.value;
    if (isEmptyValue(map))
        return;
    if (!(0,dist/* isMap */.jh)(map)) {
        problems.add(map ?? pair.key, 'rules must be a mapping of rule id to off, notice, warning or error');
        return;
    }
    for (const item of map.items) {
        const id = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
        if (!RULES_BY_ID.has(id)) {
            problems.add(item.key, `unknown rule id ${read_helpers_quote(id)} (run "velero-hooks rules" to list them)${didYouMean(id, [...RULES_BY_ID.keys()])}`);
            continue;
        }
        const v = item.value;
        const level = (0,dist/* isScalar */.jn)(v) && typeof v.value === 'string' ? v.value : undefined;
        if (level === undefined || !RULE_LEVELS.includes(level)) {
            const shown = (0,dist/* isScalar */.jn)(v) ? String(v.value) : v ? 'a collection' : 'nothing';
            // `off` is a string in YAML 1.2, but people also write false (or no) for it.
            const hint = (0,dist/* isScalar */.jn)(v) && v.value === false ? '; did you mean "off"?' : didYouMean(shown, RULE_LEVELS);
            problems.add(v ?? item.key, `rule ${read_helpers_quote(id)} must be set to one of ${RULE_LEVELS.join(', ')}; got ${bounded(shown)}${hint}`);
            continue;
        }
        rules.set(id, level);
    }
}
function readExclude(pair, problems, exclude) {
    const seq = pair.value;
    if (isEmptyValue(seq))
        return;
    if (!(0,dist/* isSeq */.oP)(seq)) {
        problems.add(seq ?? pair.key, 'exclude must be a list of entries such as {rule: hook-unknown-container, path: "vendor/**"}');
        return;
    }
    for (const item of seq.items) {
        if (!(0,dist/* isMap */.jh)(item)) {
            problems.add(item, 'each exclude entry must be a mapping with some of the keys rule, path, kind, namespace, name');
            continue;
        }
        const entry = excludeEntry(item, problems);
        if (entry)
            exclude.push(entry);
    }
}
/** One exclude entry, or undefined when any of its fields has a problem (all of them are reported). */
function excludeEntry(item, problems) {
    const entry = { line: problems.at(item).line };
    let ok = true;
    for (const field of item.items) {
        if (!readExcludeField(field, problems, entry))
            ok = false;
    }
    if (ok && EXCLUDE_FIELDS.every((f) => entry[f] === undefined)) {
        problems.add(item, 'this exclude entry names no field, so it would drop every finding; give rule, path, kind, namespace or name (or use ignore)');
        ok = false;
    }
    return ok ? entry : undefined;
}
/** Sets one field of an exclude entry from its globs; false when the field has a problem. */
function readExcludeField(field, problems, entry) {
    const name = (0,dist/* isScalar */.jn)(field.key) ? String(field.key.value) : '';
    if (!EXCLUDE_FIELDS.includes(name)) {
        problems.add(field.key, `unknown exclude key ${read_helpers_quote(name)}; an entry has the keys ${EXCLUDE_FIELDS.join(', ')}${didYouMean(name, EXCLUDE_FIELDS)}`);
        return false;
    }
    const globs = stringList(field, `exclude ${name}`, problems);
    if (globs.length === 0)
        return false;
    let ok = true;
    for (const { value, node } of globs) {
        if (name === 'path') {
            const why = relativeGlobProblem(value);
            if (why) {
                problems.add(node, `exclude path: ${why}`);
                ok = false;
            }
        }
        const isMatch = picomatch_default()(value);
        if (name === 'rule' && ![...RULES_BY_ID.keys()].some((id) => isMatch(id))) {
            problems.add(node, `exclude rule ${read_helpers_quote(value)} matches no rule id (run "velero-hooks rules" to list them)${didYouMean(value, [...RULES_BY_ID.keys()])}`);
            ok = false;
        }
    }
    entry[name] = globs.map((g) => g.value);
    return ok;
}

;// CONCATENATED MODULE: ./src/config/load-config.ts
/**
 * Finds and reads the configuration: an explicit file (`--config` / the `config` input) must exist;
 * otherwise `.velero-hooks.yaml` (or `.yml`) in the base directory is used when present.
 */






/** The configuration file has problems; the message lists each at its line, one per line. */
class ConfigError extends UsageError {
    problems;
    name = 'ConfigError';
    constructor(problems) {
        super(problems.length === 1
            ? `invalid configuration: ${formatConfigProblem(problems[0])}`
            : `invalid configuration (${problems.length} problems):\n${problems.map((p) => `  ${formatConfigProblem(p)}`).join('\n')}`);
        this.problems = problems;
    }
}
const load_config_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * Reads the configuration for a run whose base directory is `cwd`. `explicitPath` (relative to
 * `cwd`, or absolute) names the file; without it, the first of CONFIG_FILE_NAMES that exists in
 * `cwd` is used, and no file means the defaults. Problems name the file relative to `cwd`.
 * A missing explicit file or an unreadable file is a problem too, never an exception.
 */
async function loadConfig(cwd, explicitPath) {
    const base = external_node_path_default().resolve(cwd);
    let file;
    if (explicitPath !== undefined && explicitPath.trim() !== '') {
        file = external_node_path_default().resolve(base, explicitPath.trim());
    }
    else {
        const present = CONFIG_FILE_NAMES.map((n) => external_node_path_default().join(base, n)).filter((p) => (0,external_node_fs_namespaceObject.existsSync)(p) || isLink(p));
        if (present.length > 1) {
            const shown = present.map((p) => external_node_path_default().basename(p));
            return {
                config: EMPTY_CONFIG,
                problems: [{ file: shown[0], line: 1, column: 1, message: `both ${shown.join(' and ')} exist; keep one of them.` }],
            };
        }
        file = present[0];
    }
    if (file === undefined)
        return { config: EMPTY_CONFIG, problems: [] };
    const shown = load_config_toPosix(external_node_path_default().relative(base, file)) || external_node_path_default().basename(file);
    const read = await readConfigFile(base, file);
    if (typeof read !== 'string')
        return { config: EMPTY_CONFIG, problems: [{ file: shown, line: 1, column: 1, message: `the configuration file ${read.why}.` }] };
    const { config, problems } = parseConfigText(read, shown);
    return { config: { ...config, file }, problems };
}
/** The largest configuration file read: a real one is a few kilobytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const isLink = (p) => {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(p).isSymbolicLink();
    }
    catch {
        return false;
    }
};
/**
 * The configuration's text, with the rules manifests obey: a file inside the base directory (by
 * real path, so a link cannot lead to a file elsewhere; a path the user wrote outside it is theirs
 * to name), a regular file (a FIFO is refused, not waited on), at most MAX_CONFIG_BYTES.
 */
async function readConfigFile(base, file) {
    if (isPathInside(file, base)) {
        const realBase = realPathOrNearest(base);
        const real = realPathOrNearest(file);
        if (!realBase || !real)
            return { why: 'is a broken symbolic link' };
        if (!isPathInside(real, realBase))
            return { why: 'is a symbolic link to a file outside the base directory, and was not read' };
    }
    const read = await readRegularFile(file, MAX_CONFIG_BYTES);
    return read.ok ? read.bytes.toString('utf8') : { why: read.why };
}
/** loadConfig, throwing a ConfigError (a UsageError: exit code 2, one line per problem) on any problem. */
async function loadConfigOrThrow(cwd, explicitPath) {
    const { config, problems } = await loadConfig(cwd, explicitPath);
    if (problems.length > 0)
        throw new ConfigError(problems);
    return config;
}

;// CONCATENATED MODULE: ./src/config/apply-config.ts
/**
 * Applies a configuration to a run: rule levels go into the RuleSet (so 'off' rules do not run),
 * ignore globs go to discovery, and findings are filtered afterwards by ignore and exclude globs
 * (so explicitly named files and findings from the file reader obey them too).
 */




/** A path glob matches the file itself or any directory above it (`vendor` covers `vendor/a/b.yaml`). */
function pathMatcher(globs) {
    const isMatch = picomatch_default()([...globs], { dot: true });
    return (file) => {
        if (isMatch(file))
            return true;
        for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1))
            if (isMatch(file.slice(0, i)))
                return true;
        return false;
    };
}
function compileEntry(entry) {
    const tests = [];
    const field = (name, valueOf) => {
        const globs = entry[name];
        if (!globs)
            return;
        const isMatch = name === 'path' ? pathMatcher(globs) : picomatch_default()([...globs], { dot: true });
        tests.push((f) => {
            const v = valueOf(f);
            return v !== undefined && isMatch(v);
        });
    };
    field('rule', (f) => f.ruleId);
    field('path', (f) => f.file);
    field('kind', (f) => f.resource?.kind);
    field('namespace', (f) => f.resource?.namespace);
    field('name', (f) => f.resource?.name);
    return (f) => tests.every((t) => t(f));
}
/**
 * The per-finding part of a configuration: undefined drops the finding (ignored file, excluded, or
 * rule off), otherwise the finding with its configured severity.
 */
function findingFilter(config) {
    const ignored = config.ignore.length > 0 ? pathMatcher(config.ignore) : () => false;
    const excluded = config.exclude.map(compileEntry);
    return (f) => {
        const level = config.rules.get(f.ruleId);
        if (level === 'off')
            return undefined;
        if (ignored(f.file))
            return undefined;
        if (excluded.some((x) => x(f)))
            return undefined;
        return level && level !== f.severity ? { ...f, severity: level } : f;
    };
}
/**
 * The rule set a configuration asks for: every rule, with its configured level ('off' rules do not
 * run), for the Velero version given (--velero-version, the action input), else the configuration's
 * velero-version, else the latest release.
 */
function ruleSetForConfig(config, veleroVersion) {
    return rules_defaultRuleSet(config.rules.size > 0 ? config.rules : undefined, veleroVersion ?? config.veleroVersion ?? LATEST_RELEASE);
}
/** Lint options with the configuration's rule levels, Velero version and ignore globs added. */
function lintOptionsWithConfig(options, config, veleroVersion) {
    return { ...options, ruleSet: options.ruleSet ?? ruleSetForConfig(config, veleroVersion), ignore: [...options.ignore, ...config.ignore] };
}
/** A run's result with the configuration's ignore and exclude globs and levels applied, counts redone. */
function applyConfig(result, config) {
    const filter = findingFilter(config);
    const findings = result.findings.map(filter).filter((f) => f !== undefined);
    return { ...result, findings, summary: { ...result.summary, ...countBySeverity(findings) } };
}

;// CONCATENATED MODULE: ./src/config/index.ts
/** The configuration API shared by the CLI, the action and render. */





;// CONCATENATED MODULE: ./src/velero/pod-validation.ts
/**
 * What the Kubernetes API server and the kubelet refuse in the pod Velero restores, for the fields
 * of the init container Velero injects and of the volume mounts render copies into it. Each check
 * names where Kubernetes makes it (k8s.io/kubernetes v1.34):
 *
 * - pkg/apis/core/validation/validation.go: validateContainersOnlyForPod (image whitespace, with
 *   Go's strings.TrimSpace), validateContainerCommon (names: DNS-1123 labels, unique across
 *   containers, initContainers and ephemeralContainers), ValidateVolumeMounts (a mount names a
 *   volume of the pod; validateMountPropagation: Bidirectional only in a privileged container).
 * - pkg/kubelet/container/helpers.go ExpandContainerVolumeMounts: a `subPathExpr` variable the
 *   container's environment does not define fails the container ("missing value for …").
 * - github.com/distribution/reference ParseNormalizedNamed, which the kubelet applies to every image
 *   (InvalidImageName): see image-ref.ts, plus the 64-hex rule below.
 */

/** Go's unicode.IsSpace: what strings.TrimSpace removes (U+0085 and U+00A0 yes, U+FEFF no). */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
function isGoSpace(c) {
    return c !== undefined && GO_SPACE.includes(c);
}
/** strings.TrimSpace(s) != s: the API server rejects such an image in a Pod. */
function hasGoSpaceAtEnds(s) {
    return isGoSpace(s[0]) || isGoSpace(s[s.length - 1]);
}
/** distribution/reference anchoredIdentifierRegexp: a bare 64-hex name is an image ID, not a reference. */
const IMAGE_ID = /^[a-f0-9]{64}$/;
/** Why the kubelet cannot parse `image` as a reference (InvalidImageName), or undefined. */
function kubeletImageProblem(image) {
    if (IMAGE_ID.test(image))
        return 'a bare 64-hex string is an image ID, not a repository name';
    if (image.trim() !== image && !hasGoSpaceAtEnds(image))
        return 'it has a U+FEFF (zero-width no-break space) at an end, which the API server lets through';
    return imageReferenceProblem(image);
}
/**
 * The variables a `subPathExpr` refers to, as the kubelet's expansion reads them: `$(NAME)`;
 * `$$` is an escaped `$`; `$(` without a closing `)` is literal text.
 */
function subPathExprVariables(expr) {
    const names = [];
    for (let i = 0; i < expr.length; i++) {
        if (expr[i] !== '$')
            continue;
        if (expr[i + 1] === '$') {
            i++;
        }
        else if (expr[i + 1] === '(') {
            const close = expr.indexOf(')', i + 2);
            if (close < 0)
                break;
            names.push(expr.slice(i + 2, close));
            i = close;
        }
    }
    return names;
}

;// CONCATENATED MODULE: ./src/render/admission.ts



/** A value in quotes, with invisible and space-like characters escaped (\u00a0, \ufeff…) so a note shows them. */
const q = (s) => JSON.stringify(s).replace(/[\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * Why the pod Velero restores with `container` does not run it, as the end of a sentence, or
 * undefined when it does. In the order Velero and Kubernetes meet the problems: Velero's own
 * removal of `restore-wait`/`restic-wait` (pkg/restore/actions/pod_volume_restore_action.go,
 * v1.17.0 and later; restore item actions run sorted by name, so velero.io/pod-volume-restore runs
 * after velero.io/init-restore-hook and removes its container), the API server's validation (name,
 * then image whitespace), then the kubelet's image reference parser.
 */
function rejectionOf(container) {
    const { name, image } = container;
    if (RESERVED_INIT_CONTAINER_NAMES.includes(name)) {
        return `Velero would inject an init container named ${q(name)}, the name of its own file-system restore container, and (v1.17 and later) removes it again, so the hook never runs`;
    }
    const nameProblem = dns1123LabelProblem(name);
    if (nameProblem)
        return `Velero would inject an init container named ${q(name)}, which is not a DNS-1123 label (${nameProblem}), so the API server rejects the restored pod`;
    if (hasGoSpaceAtEnds(image))
        return `Velero would inject image ${q(image)}, with whitespace at an end, so the API server rejects the restored pod`;
    const imageProblem = kubeletImageProblem(image);
    if (imageProblem) {
        return `Velero would inject image ${q(image)}, which is not a valid image reference (${imageProblem}), so the kubelet cannot pull it (InvalidImageName) and the restored pod stays in Init`;
    }
    return undefined;
}
/** Why the hook's name cannot go into this pod, or undefined when no container of the pod has it. */
function nameTakenOf(pod, container, generatedName) {
    const taken = [...pod.containers, ...pod.initContainers, ...pod.ephemeralContainers].some((c) => c.name === container.name);
    if (!taken)
        return undefined;
    if (generatedName) {
        // Velero would pick a random name; ours is fixed, so a stale render or a container of that name is in the way.
        return `the pod already has a container named ${q(container.name)} that differs from the hook container; remove it (or set ${key('init', 'container-name')}) and render again`;
    }
    return `Velero would inject a second container named ${q(container.name)}, so the API server rejects the restored pod (Duplicate value); choose another ${key('init', 'container-name')}`;
}

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

;// CONCATENATED MODULE: ./src/render/app-mounts.ts
/**
 * Mode `app`: the first app container's volumeMounts, copied into the init container as the design
 * document shows (velero-hooks.md §2.1) and adapted so the result is a pod the API server and the
 * kubelet accept (velero/pod-validation.ts). Every adaptation is said in a sentence, which render
 * prints as a note:
 *
 * - a mount of a volume the pod does not have (in `volumes`, or a StatefulSet's `volumeClaimTemplates`)
 *   is not copied (the API server rejects it);
 * - `mountPropagation: Bidirectional` is dropped (only privileged containers may use it; the init
 *   container is not privileged), so the volume is mounted without propagation;
 * - a mount whose `subPathExpr` uses variables is not copied (the init container defines no
 *   environment, so the kubelet would fail it with "missing value for …").
 */



/** The string at `key` of each mapping in `seq` (at `inner` first, when given). */
function namesIn(doc, seq, inner) {
    const list = deref(doc, seq);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    return list.items.flatMap((item) => {
        let map = deref(doc, item);
        if (inner !== undefined && (0,dist/* isMap */.jh)(map))
            map = deref(doc, getPair(map, inner)?.value);
        const name = (0,dist/* isMap */.jh)(map) ? deref(doc, getPair(map, 'name')?.value) : undefined;
        const value = name?.value;
        return typeof value === 'string' ? [value] : [];
    });
}
/**
 * The volumes the pods get: `spec.volumes`, plus a StatefulSet's `volumeClaimTemplates` (its
 * controller adds a volume of each claim's name to every pod; apps validation leaves the template's
 * mounts unchecked for that reason).
 */
function volumeNames(doc, pod) {
    const names = new Set(namesIn(doc, getPair(pod.spec, 'volumes')?.value));
    if (pod.path[pod.path.length - 1] === 'template') {
        const owner = deref(doc, doc.getIn(pod.path.slice(0, -1), true));
        if ((0,dist/* isMap */.jh)(owner))
            for (const n of namesIn(doc, getPair(owner, 'volumeClaimTemplates')?.value, 'metadata'))
                names.add(n);
    }
    return names;
}
/** The first app container's volumeMounts as written (plain data), or []. */
function firstAppMounts(doc, pod) {
    const containers = deref(doc, getPair(pod.spec, 'containers')?.value);
    if (!(0,dist/* isSeq */.oP)(containers))
        return [];
    const first = deref(doc, containers.items[0]);
    if (!(0,dist/* isMap */.jh)(first))
        return [];
    const mounts = deref(doc, getPair(first, 'volumeMounts')?.value);
    return (0,dist/* isSeq */.oP)(mounts) ? mounts.toJS(doc) : [];
}
const show = (v) => JSON.stringify(v) ?? String(v);
/** One mount: the mount to copy (possibly changed) or undefined, and what was done to it. */
function adapt(mount, volumes) {
    if (mount === null || typeof mount !== 'object' || Array.isArray(mount))
        return { mount };
    const m = mount;
    const what = `volume mount ${show(m.name)} at ${show(m.mountPath)}`;
    if (typeof m.name !== 'string' || !volumes.has(m.name)) {
        return { adaptation: `${what} is not copied: the pod has no volume ${show(m.name)}, so the API server would reject the init container` };
    }
    const variables = typeof m.subPathExpr === 'string' ? subPathExprVariables(m.subPathExpr) : [];
    if (variables.length > 0) {
        const names = variables.map((v) => `$(${v})`).join(', ');
        return {
            adaptation: `${what} is not copied: its subPathExpr uses ${names}, which the init container does not define (it has no env), so the kubelet would not start it`,
        };
    }
    if (m.mountPropagation === 'Bidirectional') {
        const { mountPropagation: _dropped, ...rest } = m;
        return {
            mount: rest,
            adaptation: `${what} is copied without "mountPropagation: Bidirectional": only privileged containers may use it, and the init container is not privileged`,
        };
    }
    return { mount };
}
function appVolumeMounts(doc, pod) {
    const source = firstAppMounts(doc, pod);
    const out = { mounts: [], adaptations: [] };
    if (source.length === 0)
        return out;
    const volumes = volumeNames(doc, pod);
    for (const mount of source) {
        const { mount: kept, adaptation } = adapt(mount, volumes);
        if (kept !== undefined)
            out.mounts.push(kept);
        if (adaptation)
            out.adaptations.push(adaptation);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/render/init-container.ts



const VOLUME_MOUNTS_MODES = ['app', 'none'];
const IMAGE_KEY = key('init', 'container-image');
const COMMAND_KEY = key('init', 'command');
/**
 * An annotation whose value is not a string (nor `key:` with no value, which reaches Kubernetes as
 * ""): annotations are a map of strings, so kubectl and the API server reject the whole object.
 */
function notStringAnnotation(pod) {
    return pod.annotations.entries.find((e) => e.value === undefined && e.yamlValue.kind !== 'null')?.key;
}
/** The object is rejected before Velero sees it: an annotation that is not a string. */
function objectRejected(pod) {
    const invalidKey = notStringAnnotation(pod);
    if (invalidKey === undefined)
        return undefined;
    return { kind: 'invalid', reason: `its annotation "${invalidKey}" is not a string, so kubectl and the API server reject the object and Velero never restores it` };
}
/** A hook given for a pod (render's test seam), still left out of an object Kubernetes rejects. */
function givenHook(hook, pod) {
    return hook.kind === 'container' ? (objectRejected(pod) ?? hook) : hook;
}
function initHookOf(doc, pod, mode, emptyCommand = 'panics') {
    const decision = veleroInitDecision((k) => pod.annotations.get(k)?.value ?? '', { emptyCommand });
    const image = pod.annotations.get(IMAGE_KEY);
    const imageNotString = image !== undefined && image.value === undefined && image.yamlValue.kind !== 'null';
    if (decision.kind === 'none' && !imageNotString)
        return { kind: 'none' };
    const rejected = objectRejected(pod);
    if (rejected)
        return rejected;
    if (decision.kind === 'none')
        return { kind: 'none' };
    if (decision.kind === 'panics') {
        const state = pod.annotations.get(COMMAND_KEY) ? 'an empty' : 'no';
        return {
            kind: 'invalid',
            reason: `its init hook has an image but ${state} "${COMMAND_KEY}": Velero up to v1.18.2 panics on it (parseStringToCommand reads the ` +
                'first byte of the empty command) and does not restore this pod; after velero#10371 the image\'s entrypoint runs',
        };
    }
    const container = { ...decision.container };
    if (mode === 'none')
        return { kind: 'container', container, generatedName: decision.generatedName };
    container.imagePullPolicy = 'IfNotPresent';
    const { mounts, adaptations } = appVolumeMounts(doc, pod);
    if (mounts.length > 0)
        container.volumeMounts = mounts;
    return { kind: 'container', container, generatedName: decision.generatedName, adaptations };
}

;// CONCATENATED MODULE: ./src/render/emit.ts
/** Words YAML 1.1 or 1.2 resolve to a bool or null when plain. */
const SPECIAL_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
/** Plain in block context: starts with a letter, '_' or '/', no spaces, no indicator that could end or comment it. */
const PLAIN_BLOCK = /^[A-Za-z_/][A-Za-z0-9_./:@+=-]*$/;
/**
 * Plain in flow context: as above without ':' (libyaml-derived parsers, such as go-yaml v2 behind
 * kubectl, have rejected "a:b" inside flow collections).
 */
const PLAIN_FLOW = /^[A-Za-z_/][A-Za-z0-9_./@+=-]*$/;
/** Characters YAML does not allow unescaped in a double-quoted scalar (JSON.stringify leaves them). */
const NOT_PRINTABLE = /[\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g;
function emit_doubleQuoted(s) {
    return JSON.stringify(s).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function scalarText(value, context) {
    if (typeof value === 'string') {
        if (context === 'json')
            return emit_doubleQuoted(value);
        const plain = context === 'block' ? PLAIN_BLOCK : PLAIN_FLOW;
        return plain.test(value) && !value.endsWith(':') && !SPECIAL_WORDS.test(value) ? value : emit_doubleQuoted(value);
    }
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return Number.isFinite(value) ? JSON.stringify(value) : emit_doubleQuoted(String(value));
    if (typeof value === 'bigint')
        return value.toString();
    if (value === null || value === undefined)
        return 'null';
    return flowValue(value, context === 'json' ? 'json' : 'flow');
}
/** Any JSON-like value as a single-line flow node. */
function flowValue(value, style) {
    if (Array.isArray(value))
        return `[${value.map((v) => flowValue(v, style)).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        return `{${entries.map(([k, v]) => `${scalarText(k, style)}: ${flowValue(v, style)}`).join(', ')}}`;
    }
    return scalarText(value, style);
}
/** The container's fields in the order the design document shows them (Velero's three first). */
function fields(c) {
    const out = [
        ['name', c.name],
        ['image', c.image],
    ];
    if (c.command)
        out.push(['command', c.command]);
    if (c.imagePullPolicy)
        out.push(['imagePullPolicy', c.imagePullPolicy]);
    if (c.volumeMounts)
        out.push(['volumeMounts', c.volumeMounts]);
    return out;
}
/** The command as a flow sequence of double-quoted strings: the JSON the annotation holds, and clear. */
function commandText(argv) {
    return `[${argv.map(emit_doubleQuoted).join(', ')}]`;
}
/** `{name: …, image: …}` for a flow sequence (JSON when the document is written as JSON). */
function flowContainer(c, style) {
    return `{${fields(c)
        .map(([k, v]) => `${scalarText(k, style)}: ${k === 'command' ? commandText(v) : flowValue(v, style)}`)
        .join(', ')}}`;
}
const sp = (n) => ' '.repeat(Math.max(0, n));
/** A block map as a sequence item, one line per entry, at the given layout. */
function blockItem(entries, layout, top = false) {
    if (entries.length === 0)
        return [`${sp(layout.dash)}- {}`];
    const lines = [];
    const keyCol = layout.dash + layout.item;
    entries.forEach(([k, v], i) => {
        const lead = i === 0 ? `${sp(layout.dash)}-${sp(layout.item - 1)}` : sp(keyCol);
        const key = scalarText(k, 'block');
        if (top && k === 'command' && Array.isArray(v)) {
            lines.push(`${lead}${key}: ${commandText(v)}`);
        }
        else if (Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) {
            // A list of maps (volumeMounts): a nested block sequence in the file's own sequence style.
            lines.push(`${lead}${key}:`);
            const nested = { dash: keyCol + layout.seq, item: layout.item, seq: layout.seq };
            for (const m of v)
                lines.push(...blockItem(Object.entries(m), nested));
        }
        else if (typeof v === 'string' || v === null || typeof v !== 'object') {
            lines.push(`${lead}${key}: ${scalarText(v, 'block')}`);
        }
        else {
            lines.push(`${lead}${key}: ${flowValue(v, 'flow')}`);
        }
    });
    return lines;
}
/** The container as block-sequence item lines (no line endings). */
function blockContainerLines(c, layout) {
    return blockItem(fields(c), layout, true);
}

;// CONCATENATED MODULE: ./src/render/insert.ts
/**
 * Where and how the init container goes into the source text: a splice at exact offsets taken from
 * the yaml nodes' ranges, so every byte outside it stays as it was. The new container follows the
 * style of its neighbours: a block item with their indentation, or a flow item (plain or JSON).
 */





// ---------------------------------------------------------------------------------------------
// Text positions (the offsets themselves come from yaml/text-edit.ts).
/**
 * Skip the comment lines (and blank lines between them) indented deeper than `indent`: they belong
 * to the node above. Blank lines after the last such comment stay below the insertion.
 */
function skipOwnedComments(text, offset, indent) {
    let at = offset;
    let after = offset;
    while (at < text.length) {
        const nl = text.indexOf('\n', at);
        const next = nl < 0 ? text.length : nl + 1;
        const line = text.slice(at, nl < 0 ? text.length : nl);
        if (/^[ \t]*\r?$/.test(line)) {
            at = next;
            continue;
        }
        const m = /^( *)#/.exec(line);
        if (!m || m[1].length <= indent)
            break;
        at = next;
        after = next;
    }
    return after;
}
/**
 * Where a node's content ends: the end of its last scalar or flow collection. A block collection's
 * own range runs on to the next token, over trailing comments and the next key's indentation.
 */
function contentEnd(node) {
    if ((0,dist/* isPair */.tO)(node))
        return contentEnd(node.value ?? node.key);
    if (((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && !node.flow && node.items.length > 0)
        return contentEnd(node.items[node.items.length - 1]);
    return (0,dist/* isNode */.Ll)(node) && node.range ? node.range[1] : undefined;
}
/**
 * Lines to insert at a line start. At the very end of a file without a final newline they start a
 * line of their own, and the file still ends without one.
 */
function linesAt(src, offset, lines) {
    const body = lines.join(src.eol);
    const lineBreak = breakBeforeLinesAt(src.text, offset, src.eol);
    return { start: offset, end: offset, text: lineBreak === '' ? body + src.eol : lineBreak + body };
}
function rangeOf(node) {
    const r = node.range;
    if (!r)
        throw new Error('node without a source range');
    return [r[0], r[1], r[2]];
}
// ---------------------------------------------------------------------------------------------
// Styles of the surroundings.
/** Keys written as JSON ("key": …) mean the document is JSON: keep it JSON. */
function flowStyleOf(map) {
    const first = map.items[0]?.key;
    return (0,dist/* isScalar */.jn)(first) && first.type === 'QUOTE_DOUBLE' ? 'json' : 'flow';
}
function quoteKeyLike(name, like) {
    if ((0,dist/* isScalar */.jn)(like) && like.type === 'QUOTE_DOUBLE')
        return `"${name}"`;
    if ((0,dist/* isScalar */.jn)(like) && like.type === 'QUOTE_SINGLE')
        return `'${name}'`;
    return name;
}
/** Layout of a block sequence that is the value of `keyNode`. */
function layoutOfSeq(text, keyNode, seq) {
    const dashOffset = rangeOf(seq)[0];
    const dash = columnOf(text, dashOffset);
    const keyCol = columnOf(text, rangeOf(keyNode)[0]);
    let item = 2;
    const first = seq.items[0];
    if (first && ((0,dist/* isMap */.jh)(first) || (0,dist/* isScalar */.jn)(first) || (0,dist/* isSeq */.oP)(first)) && first.range) {
        const start = first.range[0];
        // Only a first key on the dash's own line fixes the compact indentation ("-   name: x").
        if (lineStart(text, start) === lineStart(text, dashOffset) && start - dashOffset >= 2)
            item = start - dashOffset;
    }
    return { dash, item, seq: Math.max(0, dash - keyCol) };
}
// ---------------------------------------------------------------------------------------------
/** True when some alias in the document resolves to a node whose source contains offset. */
function insideAliasedNode(doc, offset) {
    let hit = false;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, alias) {
            const target = alias.resolve(doc);
            // The end counts: a key added right after an anchored map's last line joins that map.
            if (target?.range && target.range[0] <= offset && offset <= target.range[2]) {
                hit = true;
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return hit;
}
function isRestoreWait(doc, node) {
    const item = (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
    if (!(0,dist/* isMap */.jh)(item))
        return false;
    const name = getPair(item, 'name')?.value;
    return (0,dist/* isScalar */.jn)(name) && name.value === RESTORE_WAIT;
}
/** Index Velero gives the hook: 0, or 1 after a `restore-wait` at index 0 (velero-hooks.md §3.1). */
function hookIndex(doc, seq) {
    return seq && seq.items.length > 0 && isRestoreWait(doc, seq.items[0]) ? 1 : 0;
}
function planInsertion(input) {
    const plan = planRaw(input);
    if (plan.kind !== 'insert')
        return plan;
    for (const edit of plan.edits) {
        if (insideAliasedNode(input.doc, edit.start)) {
            return { kind: 'unsupported', reason: 'its pod spec is shared through a YAML alias, so an edit would change other objects too' };
        }
    }
    return plan;
}
function planRaw({ src, doc, pod, container, isPresent }) {
    const specPair = getPair(pod.node, 'spec');
    if (!specPair)
        return { kind: 'unsupported', reason: 'it has no spec' };
    if ((0,dist/* isAlias */.Vj)(specPair.value))
        return { kind: 'unsupported', reason: 'its spec is a YAML alias' };
    const spec = specPair.value;
    if (!(0,dist/* isMap */.jh)(spec) || !spec.range)
        return { kind: 'unsupported', reason: 'its spec is not a mapping' };
    if (spec.items.some((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === '<<')) {
        return { kind: 'unsupported', reason: 'its spec uses a YAML merge key (<<)' };
    }
    const initPair = getPair(spec, 'initContainers');
    if (initPair) {
        const value = initPair.value;
        if ((0,dist/* isAlias */.Vj)(value))
            return { kind: 'unsupported', reason: 'its initContainers is a YAML alias' };
        if ((0,dist/* isSeq */.oP)(value)) {
            const index = hookIndex(doc, value);
            if (index < value.items.length && isPresent(value.items[index]))
                return { kind: 'present', index };
            if (value.items.some((item) => !item?.range)) {
                return { kind: 'unsupported', reason: 'its initContainers has items without a source position' };
            }
            const edits = value.flow ? flowSeqInsert(src, value, index, container, flowStyleOf(spec)) : blockSeqInsert(src, initPair, value, index, container);
            return edits ? { kind: 'insert', edits, index } : { kind: 'unsupported', reason: 'its initContainers has a layout this renderer does not edit' };
        }
        if (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null)) {
            const edits = nullValueInsert(src, spec, initPair, container);
            return edits ? { kind: 'insert', edits, index: 0 } : { kind: 'unsupported', reason: 'its initContainers has a layout this renderer does not edit' };
        }
        return { kind: 'unsupported', reason: 'its initContainers is not a list' };
    }
    const edits = newKeyInsert(src, spec, container);
    return edits ? { kind: 'insert', edits, index: 0 } : { kind: 'unsupported', reason: 'its spec has a layout this renderer does not edit' };
}
/** Layout for a new block `initContainers` at key column keyCol, following `containers`. */
function layoutLikeContainers(src, spec, keyCol) {
    const pair = getPair(spec, 'containers');
    if (pair && (0,dist/* isSeq */.oP)(pair.value) && !pair.value.flow && pair.value.range && (0,dist/* isScalar */.jn)(pair.key)) {
        const like = layoutOfSeq(src.text, pair.key, pair.value);
        return { dash: keyCol + like.seq, item: like.item, seq: like.seq };
    }
    return { dash: keyCol + 2, item: 2, seq: 2 };
}
function blockSeqInsert(src, pair, seq, index, container) {
    const { text } = src;
    if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range || !seq.range)
        return undefined;
    const layout = layoutOfSeq(text, pair.key, seq);
    const lines = blockContainerLines(container, layout);
    let at;
    if (index === 0) {
        // Right under the `initContainers:` line: comments above the first item stay with that item.
        at = lineStartAfter(text, rangeOf(pair.key)[1]);
        if (at > rangeOf(seq)[0])
            return undefined;
    }
    else {
        const end = contentEnd(seq.items[index - 1]);
        if (end === undefined)
            return undefined;
        at = skipOwnedComments(text, lineStartAfter(text, end), layout.dash);
    }
    return [linesAt(src, at, lines)];
}
function flowSeqInsert(src, seq, index, container, style) {
    const { text } = src;
    const open = rangeOf(seq)[0];
    if (text[open] !== '[')
        return undefined;
    const item = flowContainer(container, style);
    if (index > 0) {
        const prev = seq.items[index - 1];
        return [{ start: rangeOf(prev)[1], end: rangeOf(prev)[1], text: `, ${item}` }];
    }
    // Find where the first item (with its anchor or tag, if any) begins: past blanks and comments.
    let at = open + 1;
    let sawNewline = false;
    for (;;) {
        const ch = text[at];
        if (ch === ' ' || ch === '\t' || ch === '\r')
            at++;
        else if (ch === '\n') {
            sawNewline = true;
            at++;
        }
        else if (ch === '#') {
            const nl = text.indexOf('\n', at);
            if (nl < 0)
                return undefined;
            at = nl;
        }
        else
            break;
    }
    if (seq.items.length === 0)
        return [{ start: open + 1, end: open + 1, text: item }];
    if (text[at] === ']')
        return undefined;
    const indent = text.slice(lineStart(text, at), at);
    const sep = sawNewline && /^[ \t]*$/.test(indent) ? `,${src.eol}${indent}` : ', ';
    return [{ start: at, end: at, text: `${item}${sep}` }];
}
/** `initContainers:` / `initContainers: null` / `initContainers: ~`: give it the list. */
function nullValueInsert(src, spec, pair, container) {
    const { text } = src;
    const keyEnd = rangeOf(pair.key)[1];
    const colon = text.indexOf(':', keyEnd);
    if (colon < 0)
        return undefined;
    const value = pair.value;
    // An empty value has a zero-width range, and not necessarily on the key's line.
    const token = value?.range && value.range[1] > value.range[0] ? { start: value.range[0], end: value.range[1] } : undefined;
    if (spec.flow) {
        const list = `[${flowContainer(container, flowStyleOf(spec))}]`;
        return [token ? { start: token.start, end: token.end, text: list } : { start: colon + 1, end: colon + 1, text: ` ${list}` }];
    }
    const keyCol = columnOf(text, rangeOf(pair.key)[0]);
    const layout = layoutLikeContainers(src, spec, keyCol);
    const lines = blockContainerLines(container, layout);
    if (!token)
        return [linesAt(src, lineStartAfter(text, colon + 1), lines)];
    // Drop the null so the key takes the block list on the next lines (with the blanks before it when
    // it sits on the key's line, so no trailing space is left).
    const start = /^[ \t]*$/.test(text.slice(colon + 1, token.start)) ? colon + 1 : token.start;
    return [{ start, end: token.end, text: '' }, linesAt(src, lineStartAfter(text, token.end), lines)];
}
/** No `initContainers` yet: add the key right after `containers` (or at the end of spec). */
function newKeyInsert(src, spec, container) {
    const { text } = src;
    const containers = getPair(spec, 'containers');
    const after = (containers ?? spec.items[spec.items.length - 1]);
    if (spec.flow) {
        const style = flowStyleOf(spec);
        const keyText = style === 'json' ? '"initContainers"' : 'initContainers';
        const entry = `${keyText}: [${flowContainer(container, style)}]`;
        if (!after) {
            const open = rangeOf(spec)[0];
            return text[open] === '{' ? [{ start: open + 1, end: open + 1, text: entry }] : undefined;
        }
        const end = after.value?.range ? after.value.range[1] : after.key?.range ? after.key.range[1] : undefined;
        return end === undefined ? undefined : [{ start: end, end, text: `, ${entry}` }];
    }
    if (!after || !(0,dist/* isScalar */.jn)(after.key) || !after.key.range)
        return undefined;
    const keyStart = after.key.range[0];
    const keyCol = columnOf(text, keyStart);
    // A block map key must start its line (a map that opens a sequence item, "- spec: …", cannot be
    // a pod spec, but be safe).
    if (!startsLine(text, keyStart))
        return undefined;
    const valueEnd = contentEnd(after);
    if (valueEnd === undefined)
        return undefined;
    const at = skipOwnedComments(text, lineStartAfter(text, valueEnd), keyCol);
    const key = quoteKeyLike('initContainers', after.key);
    const containersValue = containers?.value;
    if ((0,dist/* isSeq */.oP)(containersValue) && containersValue.flow) {
        return [linesAt(src, at, [`${' '.repeat(keyCol)}${key}: [${flowContainer(container, 'flow')}]`])];
    }
    const layout = layoutLikeContainers(src, spec, keyCol);
    return [linesAt(src, at, [`${' '.repeat(keyCol)}${key}:`, ...blockContainerLines(container, layout)])];
}

;// CONCATENATED MODULE: ./src/render/render-text.ts
/**
 * Render one file: for every pod spec whose annotations make Velero inject a restore init container
 * (Velero's own decision, velero/init-hook.ts; never the lint rules'), splice that container into
 * the source text, leaving every other byte alone; then re-parse the result and check that each
 * changed document equals its input plus exactly the injected containers. A pod where what Velero
 * injects would not run (Velero panics, removes it, or the API server or kubelet rejects it) is left
 * unchanged with a note saying so. Pure: no I/O.
 */











function renderText(file, raw, options = {}) {
    const ruleSet = options.ruleSet ?? defaultRuleSet();
    return renderLinted(lintText(file, raw, ruleSet), { ...options, veleroVersion: options.veleroVersion ?? ruleSet.veleroVersion });
}
/** Render from a file's lint (as runLint's onFile hands it over), without parsing again. */
function renderLinted(lint, options = {}) {
    const result = { file: lint.file, output: undefined, changes: [], notes: [], findings: lint.findings };
    const parsed = lint.parsed;
    if (!parsed)
        return result;
    const context = {
        src: { text: parsed.text, eol: firstLineEol(parsed.text) },
        parsed,
        mode: options.volumeMounts ?? 'app',
        hookOf: options.hookOf,
        emptyCommand: emptyInitCommandPanics(options.veleroVersion ?? LATEST_RELEASE) ? 'panics' : 'entrypoint',
    };
    for (const model of lint.models) {
        for (const pod of model.pods) {
            const outcome = renderPod(context, model, pod);
            if (outcome?.change)
                result.changes.push(outcome.change);
            result.notes.push(...(outcome?.notes ?? []));
        }
    }
    if (result.changes.length === 0)
        return result;
    return applyVerified(result, parsed);
}
/** undefined: the pod has no init hook (or is not a pod spec), so there is nothing to say. */
function renderPod(context, model, pod) {
    if (pod.role === 'values')
        return undefined; // Helm-values podAnnotations: there is no pod spec to render into
    const doc = model.document;
    const hook = context.hookOf ? givenHook(context.hookOf(doc, pod), pod) : initHookOf(doc, pod, context.mode, context.emptyCommand);
    if (hook.kind === 'none')
        return undefined;
    const where = {
        document: model.index,
        resource: pod.resource,
        path: pathText(pod.path),
        line: context.parsed.lineCounter.linePos(pod.node.range?.[0] ?? 0).line,
    };
    const note = (kind, message) => ({ notes: [{ ...where, kind, message }] });
    if (hook.kind !== 'container')
        return note(hook.kind === 'invalid' ? 'invalid-hook' : 'unsupported', `left unchanged: ${hook.reason}.`);
    const container = hook.container;
    const rejection = rejectionOf(container);
    if (rejection)
        return note('invalid-hook', `left unchanged: ${rejection}.`);
    const isPresent = (item) => {
        const node = deref(doc, item);
        return (0,dist/* isMap */.jh)(node) && getString(doc, node, 'name') === container.name && (0,external_node_util_namespaceObject.isDeepStrictEqual)(toPlain(doc, node), container);
    };
    if (hookContainerInPlace(doc, pod, isPresent))
        return note('already-rendered', `init container "${container.name}" is already in place.`);
    const taken = nameTakenOf(pod, container, hook.generatedName ?? false);
    if (taken)
        return note('name-taken', `left unchanged: ${taken}.`);
    const plan = planInsertion({ src: context.src, doc, pod, container, isPresent });
    if (plan.kind === 'present')
        return note('already-rendered', `init container "${container.name}" is already in place.`);
    if (plan.kind === 'unsupported')
        return note('unsupported', `left unchanged: ${plan.reason}.`);
    const adapted = (hook.adaptations ?? []).map((a) => ({ ...where, kind: 'adapted', message: `init container "${container.name}": ${a}.` }));
    return { change: { ...where, podPath: pod.path, container, index: plan.index, edits: plan.edits }, notes: adapted };
}
/**
 * A rendered file holds the hook container at its place: that is the hook itself, not a conflict
 * (init-hook-name-conflict still tells users Velero would inject it once more).
 */
function hookContainerInPlace(doc, pod, isPresent) {
    const initSeq = deref(doc, getPair(pod.spec, 'initContainers')?.value);
    if (!(0,dist/* isSeq */.oP)(initSeq))
        return false;
    const index = hookIndex(doc, initSeq);
    return index < initSeq.items.length && isPresent(initSeq.items[index]);
}
/** Apply, verify, and drop the changes of any document that does not verify (then try the rest again). */
function applyVerified(result, parsed) {
    for (let attempt = 0; attempt < 3 && result.changes.length > 0; attempt++) {
        const overlapping = overlappingChanges(result.changes);
        const applied = applyEdits(parsed.text, result.changes.filter((c) => !overlapping.has(c)).flatMap((c) => c.edits));
        const failed = overlapping.size > 0 ? new Set([...overlapping].map((c) => c.document)) : verifyRender(parsed, applied, result.changes);
        if (failed.size === 0) {
            result.output = (parsed.hadBom ? '\uFEFF' : '') + applied;
            return result;
        }
        for (const change of result.changes.filter((c) => failed.has(c.document))) {
            result.notes.push({
                document: change.document,
                resource: change.resource,
                path: change.path,
                line: change.line,
                kind: 'not-verified',
                message: 'left unchanged: the edited document did not read back as the input plus the init container (please report this).',
            });
        }
        result.changes = result.changes.filter((c) => !failed.has(c.document));
        result.notes = result.notes.filter((n) => n.kind !== 'adapted' || !failed.has(n.document));
    }
    result.output = undefined;
    result.changes = [];
    result.notes = result.notes.filter((n) => n.kind !== 'adapted');
    return result;
}
function toPlain(doc, node) {
    try {
        return node.toJS(doc);
    }
    catch {
        return undefined;
    }
}
function allEdits(changes) {
    return changes.flatMap((change) => change.edits.map((edit) => ({ edit, change }))).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
}
/** Changes whose edits touch the same text as an earlier change's (never seen; guarded anyway). */
function overlappingChanges(changes) {
    const out = new Set();
    let last;
    for (const { edit, change } of allEdits(changes)) {
        if (last && last.change !== change && edit.start <= last.end)
            out.add(change);
        if (!last || edit.end >= last.end)
            last = { end: edit.end, change };
    }
    return out;
}
function getAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/**
 * Documents (indices) of the output that are not exactly what we meant: a changed document must
 * equal its input plus the injected containers; any other document must be the same text.
 */
function verifyRender(input, output, changes) {
    const changedDocs = new Set(changes.map((c) => c.document));
    const out = parseManifestText(output);
    if (out.documents.length !== input.documents.length)
        return changedDocs;
    const failed = new Set();
    input.documents.forEach((before, i) => {
        const after = out.documents[i];
        if (!changedDocs.has(i)) {
            const a = before.range;
            const b = after.range;
            if (input.text.slice(a[0], a[2]) !== output.slice(b[0], b[2])) {
                // Unchanged text that moved into another document means an edit went astray: blame them all.
                for (const d of changedDocs)
                    failed.add(d);
            }
            return;
        }
        try {
            if (after.errors.length > 0)
                throw new Error('syntax');
            const expected = structuredClone(before.toJS());
            for (const change of changes.filter((c) => c.document === i)) {
                const target = getAt(expected, change.podPath);
                const spec = target?.spec;
                if (!spec || typeof spec !== 'object')
                    throw new Error('no spec');
                const list = Array.isArray(spec.initContainers) ? spec.initContainers : (spec.initContainers = []);
                if (change.index > list.length)
                    throw new Error('index');
                list.splice(change.index, 0, structuredClone(change.container));
            }
            if (!(0,external_node_util_namespaceObject.isDeepStrictEqual)(after.toJS(), expected))
                throw new Error('differs');
        }
        catch {
            failed.add(i);
        }
    });
    return failed;
}

;// CONCATENATED MODULE: ./src/render/render-repo.ts
/**
 * Render a repository: lint every manifest once (runLint), render each file from that same parse,
 * and either write the results (in place, or the whole scanned tree mirrored under an output
 * directory) or, in check mode, compare them with what is on disk and list the stale files.
 */










const DEFAULT_OUTPUT_DIR = 'rendered';
const render_repo_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
function render_repo_isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
async function render_repo_exists(p) {
    try {
        await (0,promises_namespaceObject.stat)(p);
        return true;
    }
    catch {
        return false;
    }
}
/** Real path of p, or of its nearest existing ancestor joined with the rest (for paths not yet made). */
async function realpathOfNearest(p) {
    const rest = [];
    let cur = p;
    for (;;) {
        try {
            return external_node_path_default().join(await (0,promises_namespaceObject.realpath)(cur), ...rest.reverse());
        }
        catch {
            const parent = external_node_path_default().dirname(cur);
            if (parent === cur)
                return p;
            rest.push(external_node_path_default().basename(cur));
            cur = parent;
        }
    }
}
/** Stands for an existing output that cannot be the expected one (compared by reference, never equal to content). */
const DIFFERENT = Buffer.from('\u0000velero-hooks: not a regular file inside the output directory');
async function readIfExists(p) {
    try {
        return await readFile(p);
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
            return undefined;
        throw e;
    }
}
/** Byte-compare two files in chunks (for files too large to read whole). undefined: b is missing. */
async function sameFileBytes(a, b) {
    if (!(await render_repo_exists(b)))
        return undefined;
    const [sa, sb] = await Promise.all([(0,promises_namespaceObject.stat)(a), (0,promises_namespaceObject.stat)(b)]);
    // Only a regular file is opened: a FIFO or device in the output (a pull request's) is never waited on or read.
    if (!sb.isFile() || sa.size !== sb.size)
        return false;
    const [fa, fb] = await Promise.all([(0,promises_namespaceObject.open)(a, 'r'), (0,promises_namespaceObject.open)(b, 'r')]);
    try {
        const size = 1 << 16;
        const ba = Buffer.alloc(size);
        const bb = Buffer.alloc(size);
        for (let pos = 0; pos < sa.size; pos += size) {
            const [ra, rb] = await Promise.all([fa.read(ba, 0, size, pos), fb.read(bb, 0, size, pos)]);
            if (ra.bytesRead !== rb.bytesRead || !ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead)))
                return false;
        }
        return true;
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
/**
 * Patterns naming existing directories become globs relative to the base directory, so that every
 * search root is the base directory and the output directory's ignore glob applies to all of them.
 * A pattern naming a path inside the output directory is refused.
 */
function normalizePatterns(base, outAbs, patterns) {
    const out = [];
    for (const pattern of patterns) {
        if (out_default().isDynamicPattern(pattern)) {
            out.push(pattern);
            continue;
        }
        const abs = external_node_path_default().resolve(base, pattern);
        if (outAbs && render_repo_isInside(abs, outAbs)) {
            throw new UsageError(`"${pattern}" is inside the output directory; render reads sources, not its own output`);
        }
        let isDir = false;
        try {
            isDir = (0,external_node_fs_namespaceObject.statSync)(abs).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (isDir && render_repo_isInside(abs, base)) {
            const rel = render_repo_toPosix(external_node_path_default().relative(base, abs));
            const prefix = rel === '' ? '' : `${out_default().escapePath(rel)}/`;
            out.push(`${prefix}**/*.yaml`, `${prefix}**/*.yml`);
        }
        else {
            out.push(pattern);
        }
    }
    return out;
}
async function renderRepository(options) {
    const place = await outputPlace(options);
    const patterns = normalizePatterns(place.base, place.inPlace ? undefined : place.outAbs, options.patterns);
    const ignore = place.inPlace ? [...options.ignore] : [...options.ignore, `${out_default().escapePath(place.outRel)}/**`];
    const run = new RepositoryRender(options, place);
    const lint = await runLint({
        cwd: place.base,
        patterns,
        ignore,
        maxFileBytes: options.maxFileBytes,
        ruleSet: options.ruleSet,
        allowExplicitOutside: false,
        onDiscovered: options.onDiscovered,
        onFile: (fileLint, file, raw) => run.renderFile(fileLint, file, raw),
        onUnread: (file) => run.mirrorUnread(file),
    });
    if (!place.inPlace && (await render_repo_exists(place.outAbs)))
        await run.findOrphans(patterns, options.ignore);
    return run.result(lint);
}
async function outputPlace(options) {
    const base = external_node_path_default().resolve(options.cwd);
    let realBase;
    try {
        realBase = await (0,promises_namespaceObject.realpath)(base);
    }
    catch {
        throw new UsageError(`base directory "${options.cwd}" does not exist`);
    }
    const outAbs = external_node_path_default().resolve(base, options.outputDir);
    if (!render_repo_isInside(outAbs, base))
        throw new UsageError(`output directory "${options.outputDir}" is outside the base directory "${options.cwd}"`);
    const realOut = await realpathOfNearest(outAbs);
    if (!render_repo_isInside(realOut, realBase)) {
        throw new UsageError(`output directory "${options.outputDir}" leads outside the base directory through a symbolic link`);
    }
    const inPlace = outAbs === base;
    if (!inPlace && (await render_repo_exists(outAbs)) && !(await (0,promises_namespaceObject.stat)(outAbs)).isDirectory()) {
        throw new UsageError(`output directory "${options.outputDir}" exists and is not a directory`);
    }
    return { base, outAbs, realOut, inPlace, outRel: render_repo_toPosix(external_node_path_default().relative(base, outAbs)) };
}
/** The source's bytes, read at most once: again from disk only when decoding may have replaced some (U+FFFD). */
function sourceBytesOf(file, raw) {
    let bytes;
    return async () => (bytes ??= raw.includes('\uFFFD') ? await (0,promises_namespaceObject.readFile)(file.absolute) : Buffer.from(raw, 'utf8'));
}
const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** One render of a repository: what each file's render wrote, found current or stale, in order. */
class RepositoryRender {
    options;
    place;
    written = [];
    unchanged = [];
    stale = [];
    notes = [];
    changes = [];
    /** Sources seen, relative to the base: their outputs are not orphans. */
    produced = new Set();
    check;
    constructor(options, place) {
        this.options = options;
        this.place = place;
        this.check = options.mode === 'check';
    }
    async renderFile(fileLint, file, raw) {
        const { inPlace, outAbs } = this.place;
        if (!inPlace && render_repo_isInside(file.absolute, outAbs))
            return;
        this.produced.add(file.relative);
        const rendered = renderLinted(fileLint, { volumeMounts: this.options.volumeMounts, veleroVersion: this.options.ruleSet.veleroVersion });
        for (const n of rendered.notes)
            this.notes.push({ file: file.relative, ...n });
        const sourceBytes = sourceBytesOf(file, raw);
        let output = rendered.output;
        // Text decoding turns invalid UTF-8 into U+FFFD; only text that round-trips may be rewritten.
        if (output !== undefined && raw.includes('\uFFFD') && !(await sourceBytes()).equals(Buffer.from(raw, 'utf8'))) {
            for (const c of rendered.changes) {
                this.notes.push({ file: file.relative, ...c, kind: 'unsupported', message: 'left unchanged: the file is not valid UTF-8.' });
            }
            output = undefined;
        }
        else {
            for (const c of rendered.changes)
                this.changes.push({ file: file.relative, ...c });
        }
        if (inPlace)
            await this.writeInPlace(file, output);
        else
            await this.writeMirrored(file, output === undefined ? await sourceBytes() : Buffer.from(output, 'utf8'));
    }
    async writeInPlace(file, output) {
        if (output === undefined) {
            this.unchanged.push(file.relative);
        }
        else if (this.check) {
            this.stale.push({ path: file.relative, reason: 'different' });
        }
        else {
            const real = await (0,promises_namespaceObject.realpath)(file.absolute);
            await writeFileAtomic(real, output, { mode: (await (0,promises_namespaceObject.stat)(real)).mode });
            this.written.push(file.relative);
        }
    }
    async writeMirrored(file, content) {
        const target = this.outputPath(file);
        const current = await this.readCurrent(target, content.length);
        if (current !== DIFFERENT && current?.equals(content)) {
            this.unchanged.push(this.relToBase(target));
        }
        else if (this.check) {
            this.stale.push({ path: this.relToBase(target), reason: current ? 'different' : 'missing' });
        }
        else {
            await this.assertSafeTarget(target);
            await writeFileAtomic(target, content);
            this.written.push(this.relToBase(target));
        }
    }
    /** Too large (or unreadable) to render: mirror it byte for byte so the output tree stays complete. */
    async mirrorUnread(file) {
        if (this.place.inPlace || render_repo_isInside(file.absolute, this.place.outAbs))
            return;
        this.produced.add(file.relative);
        const target = this.outputPath(file);
        let same;
        try {
            same = await sameFileBytes(file.absolute, target);
        }
        catch {
            return; // the source cannot be read: its file-unreadable finding says so
        }
        if (same)
            this.unchanged.push(this.relToBase(target));
        else if (this.check)
            this.stale.push({ path: this.relToBase(target), reason: same === undefined ? 'missing' : 'different' });
        else {
            await this.assertSafeTarget(target);
            await copyFileAtomic(file.absolute, target);
            this.written.push(this.relToBase(target));
        }
    }
    /** Files under the output directory that the same patterns match but no source produced. */
    async findOrphans(patterns, ignore) {
        const mirror = await discoverFiles({ cwd: this.place.outAbs, patterns, ignore });
        for (const f of mirror.files) {
            if (!this.produced.has(f.relative))
                this.stale.push({ path: this.relToBase(f.absolute), reason: 'orphaned' });
        }
    }
    result(lint) {
        const { written, unchanged, stale, notes, changes } = this;
        written.sort(byPath);
        unchanged.sort(byPath);
        stale.sort((a, b) => byPath(a.path, b.path));
        notes.sort((a, b) => byPath(a.file, b.file) || a.line - b.line);
        changes.sort((a, b) => byPath(a.file, b.file) || a.line - b.line);
        return { lint, written, unchanged, stale, notes, changes };
    }
    outputPath(file) {
        return external_node_path_default().join(this.place.outAbs, file.relative);
    }
    relToBase(abs) {
        return render_repo_toPosix(external_node_path_default().relative(this.place.base, abs));
    }
    /** Refuse to write through a symbolic link that leaves the output directory. */
    /**
     * The output file as it is now, read with the guards sources have (a pull request controls it):
     * never through a link out of the output directory, only a regular file (opened non-blocking: a
     * FIFO is not waited on), and never more than `expected` bytes (`web.yaml -> /dev/zero` would
     * otherwise be read for ever). undefined: missing; DIFFERENT: there, but not a file that can match.
     */
    async readCurrent(target, expected) {
        const real = realPathOrNearest(target);
        if (!real || !isPathInside(real, this.place.realOut))
            return DIFFERENT;
        const read = await readRegularFile(target, expected);
        if (read.ok)
            return read.bytes;
        return read.code === 'ENOENT' || read.code === 'ENOTDIR' ? undefined : DIFFERENT;
    }
    async assertSafeTarget(target) {
        const real = await realpathOfNearest(external_node_path_default().dirname(target));
        if (!render_repo_isInside(real, this.place.realOut))
            throw new UsageError(`refusing to write ${this.relToBase(target)}: a symbolic link leads outside the output directory`);
    }
}

;// CONCATENATED MODULE: ./src/report/format.ts
const FORMATS = ['text', 'json', 'sarif', 'github'];

;// CONCATENATED MODULE: ./src/report/run-report.ts
const MODES = ['lint', 'render', 'check'];
function run_report_plural(n, word, many = `${word}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

;// CONCATENATED MODULE: ./src/app/settings.ts
/**
 * The one typed settings object of a run, for the CLI and the action alike. Each adapter turns its
 * own input (argv, action inputs) into RawSettings — strings keyed by the action input / CLI flag
 * name — and parseSettings validates them here, once, with one set of defaults.
 */









/** The pattern that reads the manifest from standard input. */
const STDIN_PATTERN = '-';
const DEFAULT_STDIN_FILENAME = '<stdin>';
const DEFAULTS = {
    mode: 'lint',
    patterns: DEFAULT_PATTERNS,
    format: 'text',
    failOn: 'error',
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    outputDir: DEFAULT_OUTPUT_DIR,
    volumeMounts: 'app',
    checkRun: false,
    onlyChanged: false,
    fix: false,
    chartsAndOverlays: true,
};
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
function oneOf(name, value, allowed, fallback) {
    if (value === undefined || value.trim() === '')
        return fallback;
    const v = value.trim();
    if (!allowed.includes(v))
        throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
    return v;
}
/**
 * Split newline- or comma-separated lists (action inputs) and drop blanks and comments. Command-line
 * values are never split (a brace glob such as {a,b}/*.yaml holds a comma): only blanks are dropped.
 */
function listOf(values, origin) {
    return origin.source === 'action' ? splitList(values) : (values ?? []).filter((v) => v.trim() !== '');
}
/** Split newline- or comma-separated lists (action inputs) and drop blanks and comments. */
function splitList(values) {
    return (values ?? [])
        .flatMap((v) => v.split(/[\n,]/))
        .map((v) => v.trim())
        .filter((v) => v !== '' && !v.startsWith('#'));
}
/** A boolean as the Actions toolkit spells it (true/True/TRUE, false/False/FALSE); empty = default. */
function parseBool(name, value, fallback) {
    const v = value?.trim();
    if (v === undefined || v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new UsageError(`${name} must be true or false; got "${value}"`);
}
/** A directory the run writes into: relative to the base directory and inside it. */
function parseOutputDir(raw, origin) {
    const [name, base] = origin.source === 'cli' ? ['--output-dir', 'the base directory'] : ['output-dir', 'the workspace'];
    const inPlace = parseBool('in-place', raw['in-place'], false);
    const given = raw['output-dir'];
    if (inPlace && given?.trim())
        throw new UsageError(`${name} and --in-place exclude each other; give one of them`);
    if (inPlace)
        return '.';
    if (origin.source === 'cli' && given !== undefined && given.trim() === '')
        throw new UsageError(`${name} needs a directory`);
    const v = given?.trim() || DEFAULTS.outputDir;
    if (external_node_path_default().isAbsolute(v) || /^[A-Za-z]:[\\/]/.test(v))
        throw new UsageError(`${name} must be relative to ${base}; got "${v}"`);
    const normal = external_node_path_default().posix.normalize(v.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../'))
        throw new UsageError(`${name} must stay inside ${base}; got "${v}"`);
    return normal === '' ? '.' : normal;
}
function parseWhole(name, raw, fallback, allowAuto) {
    const v = raw?.trim();
    if (!v || (allowAuto && v === 'auto'))
        return fallback;
    const n = Number(v);
    const ok = Number.isSafeInteger(n) && (allowAuto ? n >= 0 : n > 0);
    if (!ok)
        throw new UsageError(allowAuto ? `${name} must be "auto" or a whole number (0 lints on one thread); got "${v}"` : `${name} must be a positive whole number; got "${v}"`);
    return n;
}
const optionalPath = (from, value) => (value?.trim() ? external_node_path_default().resolve(from, value.trim()) : undefined);
/** The patterns, what an unmatched one is, and standard input ('-', command line only). */
function parsePatterns(raw, origin, mode) {
    const given = listOf(raw.files, origin);
    const allow = parseBool('allow-no-files', raw['allow-no-files'], false);
    const stdin = origin.source === 'cli' && given.includes(STDIN_PATTERN);
    const named = raw['stdin-filename'];
    if (named !== undefined && !stdin)
        throw new UsageError(`--stdin-filename names standard input: give "${STDIN_PATTERN}" as the pattern`);
    if (stdin) {
        if (given.length > 1)
            throw new UsageError(`"${STDIN_PATTERN}" (standard input) cannot be combined with other patterns`);
        if (mode !== 'lint')
            throw new UsageError(`${mode} reads and writes files; it cannot read a manifest from standard input ("${STDIN_PATTERN}"); use lint`);
        if (parseBool('fix', raw.fix, false))
            throw new UsageError(`--fix rewrites files; it cannot fix standard input ("${STDIN_PATTERN}")`);
        if (named !== undefined && named.trim() === '')
            throw new UsageError('--stdin-filename needs a name');
        return { patterns: [], onUnmatched: 'allow', stdinFilename: named?.trim() || DEFAULT_STDIN_FILENAME };
    }
    const onUnmatched = allow ? 'allow' : origin.source === 'cli' && given.length > 0 ? 'each' : 'all';
    return { patterns: given.length > 0 ? given : [...DEFAULTS.patterns], onUnmatched, stdinFilename: undefined };
}
function parseSettings(raw, origin) {
    const cwd = external_node_path_default().resolve(origin.dir, raw.cwd?.trim() || '.');
    const mode = oneOf('mode', raw.mode, MODES, DEFAULTS.mode);
    return {
        mode,
        cwd,
        ...parsePatterns(raw, origin, mode),
        ignore: listOf(raw.ignore, origin),
        format: oneOf('format', raw.format, FORMATS, DEFAULTS.format),
        output: optionalPath(origin.dir, raw.output),
        failOn: oneOf('fail-on', raw['fail-on'], FAIL_ON, DEFAULTS.failOn),
        maxFileBytes: parseWhole('max-file-bytes', raw['max-file-bytes'], DEFAULTS.maxFileBytes, false),
        configPath: optionalPath(origin.dir, raw.config),
        fix: parseBool('fix', raw.fix, DEFAULTS.fix),
        workers: parseWhole('workers', raw.workers, undefined, true),
        outputDir: parseOutputDir(raw, origin),
        volumeMounts: oneOf('volume-mounts', raw['volume-mounts'], VOLUME_MOUNTS_MODES, DEFAULTS.volumeMounts),
        sarifFile: optionalPath(cwd, raw['sarif-file']),
        checkRun: parseBool('check-run', raw['check-run'], DEFAULTS.checkRun),
        onlyChanged: parseBool('only-changed', raw['only-changed'], DEFAULTS.onlyChanged),
        token: raw['github-token']?.trim() || undefined,
        chartsAndOverlays: parseBool('charts-and-overlays', raw['charts-and-overlays'], DEFAULTS.chartsAndOverlays),
        helm: raw.helm?.trim() || undefined,
        kustomize: raw.kustomize?.trim() || undefined,
        reportDir: external_node_path_default().resolve(origin.dir),
        quiet: parseBool('quiet', raw.quiet, false),
        maxWarnings: parseCount('max-warnings', raw['max-warnings']),
        veleroVersion: parseVersionSetting(raw['velero-version'], origin),
    };
}
/** --velero-version / the velero-version input: undefined when not given (the configuration decides). */
function parseVersionSetting(raw, origin) {
    const name = origin.source === 'cli' ? '--velero-version' : 'velero-version';
    if (raw === undefined || (origin.source === 'action' && raw.trim() === ''))
        return undefined;
    const parsed = parseVeleroVersion(raw);
    if (!parsed.ok)
        throw new UsageError(`${name} ${parsed.error}`);
    return parsed.version;
}
/** A whole number of zero or more, or undefined when not given. */
function parseCount(name, raw) {
    const v = raw?.trim();
    if (v === undefined || v === '')
        return undefined;
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n))
        throw new UsageError(`${name} must be a whole number (0 or more); got "${raw}"`);
    return n;
}

;// CONCATENATED MODULE: ./src/sources/helm-chart.ts
/**
 * Helm charts on disk: which scanned directories are charts to render (a subchart is rendered by
 * its parent, never alone), which files each one explains, and the tree of a chart and its
 * subcharts as helm names them in `# Source:` comments. Paths are relative to the base directory,
 * '/'-separated, like everything in types.ts.
 */



const CHART_FILE = 'Chart.yaml';
/** `dir`/`rest` for base-relative paths ('.' is the base itself). */
function joinRel(dir, rest) {
    if (rest === '' || rest === '.')
        return dir;
    return dir === '.' || dir === '' ? rest : `${dir}/${rest}`;
}
function toRel(base, dir) {
    const rel = external_node_path_default().isAbsolute(dir) ? external_node_path_default().relative(base, dir) : external_node_path_default().normalize(dir);
    const posix = rel.split((external_node_path_default()).sep).join('/').replace(/\/+$/, '');
    return posix === '' ? '.' : posix;
}
function isFile(file) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function isChartDir(base, dir) {
    return isFile(external_node_path_default().join(base, dir, CHART_FILE));
}
/** The chart `dir` is a subchart of (the chart whose charts/ directory holds it), if any. */
function parentChart(base, dir) {
    const parts = dir.split('/');
    if (parts.length < 2 || parts[parts.length - 2] !== 'charts')
        return undefined;
    const parent = parts.length === 2 ? '.' : parts.slice(0, -2).join('/');
    return isChartDir(base, parent) ? parent : undefined;
}
/** The directory a subchart is rendered from: its topmost parent chart inside base (itself when it is no subchart). */
function topChart(base, dir) {
    let top = dir;
    for (let parent = parentChart(base, top); parent !== undefined; parent = parentChart(base, top))
        top = parent;
    return top;
}
/**
 * The charts to render among `dirs` (directories relative to base or absolute; the lead passes every
 * directory holding a scanned file and their ancestors up to base). A subchart (a chart directory
 * directly under another chart's `charts/`) is not returned: its topmost parent chart is, even when
 * only the subchart's directory was passed. A library chart (`type: library`) is not returned either:
 * helm refuses to render one alone; its helpers are rendered by the charts that vendor it.
 */
function findCharts(base, dirs) {
    const tops = new Set();
    for (const d of dirs) {
        const rel = toRel(base, d);
        if (rel === '..' || rel.startsWith('../') || !isChartDir(base, rel))
            continue;
        tops.add(topChart(base, rel));
    }
    return [...tops]
        .sort()
        .map((dir) => ({ dir, meta: readMeta(base, dir) }))
        .filter(({ meta }) => !meta.library)
        .map(({ dir, meta }) => chartRoot(base, dir, meta));
}
function chartRoot(base, dir, meta) {
    const valuesFile = joinRel(dir, 'values.yaml');
    return {
        kind: 'chart',
        dir,
        anchorFile: joinRel(dir, CHART_FILE),
        name: meta.name ?? external_node_path_default().basename(external_node_path_default().resolve(base, dir)),
        explains: chartFiles(base, dir).sort(),
        ...(isFile(external_node_path_default().join(base, valuesFile)) ? { valuesFile } : {}),
        ciValuesFiles: listDir(base, joinRel(dir, 'ci'))
            .filter((e) => e.isFile() && e.name.endsWith('-values.yaml'))
            .map((e) => joinRel(dir, `ci/${e.name}`))
            .sort(),
    };
}
function listDir(base, dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(base, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/**
 * The regular files under a chart directory, its subcharts' included; a nested directory holding a
 * Chart.yaml elsewhere than directly in `charts/` is a chart of its own and is skipped. Symbolic
 * links and .git are not followed.
 */
function chartFiles(base, dir) {
    const files = [];
    for (const entry of listDir(base, dir)) {
        const rel = joinRel(dir, entry.name);
        if (entry.isFile())
            files.push(rel);
        else if (entry.isDirectory() && entry.name !== '.git')
            files.push(...chartSubdirFiles(base, rel));
    }
    return files;
}
function chartSubdirFiles(base, dir) {
    if (isChartDir(base, dir) && parentChart(base, dir) === undefined)
        return [];
    return chartFiles(base, dir);
}
function readYaml(file) {
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function readMeta(base, dir) {
    const chart = readYaml(external_node_path_default().join(base, dir, CHART_FILE));
    const record = chart && typeof chart === 'object' ? chart : {};
    const name = typeof record.name === 'string' && record.name !== '' ? record.name : undefined;
    let deps = record.dependencies;
    // apiVersion v1 charts list them in requirements.yaml.
    if (!Array.isArray(deps))
        deps = readYaml(external_node_path_default().join(base, dir, 'requirements.yaml'))?.dependencies;
    const dependencies = [];
    for (const d of Array.isArray(deps) ? deps : []) {
        if (!d || typeof d !== 'object')
            continue;
        const { name: depName, alias } = d;
        if (typeof depName === 'string')
            dependencies.push({ name: depName, ...(typeof alias === 'string' && alias !== '' ? { alias } : {}) });
    }
    return { ...(name ? { name } : {}), library: record.type === 'library', dependencies };
}
/** A chart and its unpacked subcharts, read for mapping helm's `# Source:` paths back to files. */
function readChartTree(base, dir, parent) {
    const meta = readMeta(base, dir);
    const valuesFile = joinRel(dir, 'values.yaml');
    const templates = templateFiles(base, joinRel(dir, 'templates'));
    const node = {
        dir,
        name: meta.name ?? external_node_path_default().basename(external_node_path_default().resolve(base, dir)),
        chartFile: joinRel(dir, CHART_FILE),
        ...(isFile(external_node_path_default().join(base, valuesFile)) ? { valuesFile } : {}),
        helpers: templates.filter((f) => external_node_path_default().posix.basename(f).startsWith('_')),
        templates: templates.filter((f) => !external_node_path_default().posix.basename(f).startsWith('_')),
        children: new Map(),
        ...(parent ? { parent } : {}),
    };
    for (const entry of listDir(base, joinRel(dir, 'charts'))) {
        const sub = joinRel(dir, `charts/${entry.name}`);
        if (!entry.isDirectory() || !isChartDir(base, sub))
            continue;
        const child = readChartTree(base, sub, node);
        node.children.set(child.name, child);
        // helm renders an aliased dependency under its alias (a copy per alias).
        for (const dep of meta.dependencies)
            if (dep.alias && dep.name === child.name)
                node.children.set(dep.alias, child);
    }
    return node;
}
function templateFiles(base, dir) {
    const files = [];
    for (const entry of listDir(base, dir)) {
        const rel = joinRel(dir, entry.name);
        if (entry.isFile())
            files.push(rel);
        else if (entry.isDirectory())
            files.push(...templateFiles(base, rel));
    }
    return files.sort();
}
/** Whether `file` (relative to base) exists as a regular file. */
function existsRel(base, file) {
    return isFile(external_node_path_default().join(base, file));
}

;// CONCATENATED MODULE: ./src/sources/helm-output.ts
/**
 * `helm template` output into documents, each with the files its text may come from. Helm (v3 and
 * v4) writes `---` and `# Source: <chart>/templates/x.yaml` before every document; a subchart's
 * templates are named `<chart>/charts/<subchart>/templates/x.yaml` after the subchart's name (or
 * its alias), not its directory.
 */

const helm_output_SEPARATOR = /^---\s*$/;
const SOURCE = /^# Source: (.+?)\s*$/;
/** The non-empty documents of a multi-document YAML text (only comments and blank lines: dropped). */
function splitDocuments(text) {
    const lines = text.split('\n');
    const docs = [];
    let start = 1;
    const close = (end) => {
        let last = end;
        while (last >= start && lines[last - 1].trim() === '')
            last--;
        const content = lines.slice(start - 1, last);
        if (!content.some((l) => l.trim() !== '' && !l.trimStart().startsWith('#')))
            return;
        const origin = SOURCE.exec(content[0] ?? '')?.[1];
        docs.push({ startLine: start, endLine: last, ...(origin ? { origin } : {}) });
    };
    lines.forEach((line, i) => {
        if (!helm_output_SEPARATOR.test(line))
            return;
        close(i);
        start = i + 2;
    });
    close(lines.length);
    return docs;
}
/** Where a `# Source:` path points: the deepest unpacked (sub)chart, and the template file when it is there. */
function resolveOrigin(tree, origin) {
    const parts = origin.split('/');
    let node = tree;
    let i = 1; // parts[0] is the top chart's name
    while (parts[i] === 'charts' && parts[i + 1] !== undefined) {
        const child = node.children.get(parts[i + 1]);
        if (!child)
            return { node }; // a packaged (.tgz) subchart: no file to point at
        node = child;
        i += 2;
    }
    const template = joinRel(node.dir, parts.slice(i).join('/'));
    const known = node.templates.includes(template) || node.helpers.includes(template);
    return known ? { node, template } : { node };
}
/** The chart nodes of a tree, a node's own line (itself, its parents up to the top) first, then the rest. */
function nodesNearest(tree, node) {
    const line = [];
    for (let n = node; n; n = n.parent)
        line.push(n);
    const all = [];
    const walk = (n) => {
        if (!all.includes(n))
            all.push(n);
        for (const c of n.children.values())
            walk(c);
    };
    walk(tree);
    return [...line, ...all.filter((n) => !line.includes(n))];
}
/**
 * Sources of a document rendered from `node` (most specific first): the template; the node's
 * helpers and other templates, then the helpers of the other charts of the render (defines are
 * shared); the configured --set pairs' files; the value set's files, last -f first; then the
 * values.yaml of the subcharts between the top chart and `node`, the nearest to the top first.
 */
function documentSources(job, tree, node, template) {
    const sources = [];
    const add = (p, role) => {
        if (!sources.some((s) => s.path === p))
            sources.push({ path: p, role });
    };
    if (template) {
        add(template, 'template');
        for (const n of nodesNearest(tree, node)) {
            for (const h of n.helpers)
                add(h, 'helper');
            if (n === node)
                for (const t of n.templates)
                    add(t, 'helper');
        }
    }
    for (const s of job.setValues ?? [])
        add(s.at.file, 'set');
    for (const f of [...(job.valuesFiles ?? [])].reverse())
        add(f, 'values');
    const subchartValues = [];
    for (let n = node; n && n !== tree; n = n.parent)
        if (n.valuesFile)
            subchartValues.unshift(n.valuesFile);
    for (const f of subchartValues)
        add(f, 'values');
    return sources;
}
/** The documents of `helm template` output with their sources; `tree` is the rendered chart's. */
function helmDocuments(job, tree, text) {
    const cache = new Map();
    return splitDocuments(text).map((doc) => {
        const key = doc.origin ?? '';
        let mapped = cache.get(key);
        if (!mapped) {
            const { node, template } = doc.origin ? resolveOrigin(tree, doc.origin) : { node: tree };
            mapped = { sources: documentSources(job, tree, node, template), anchorFile: node.chartFile };
            cache.set(key, mapped);
        }
        return { startLine: doc.startLine, endLine: doc.endLine, sources: mapped.sources.map((s) => ({ ...s })), anchorFile: mapped.anchorFile, ...(doc.origin ? { origin: doc.origin } : {}) };
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/sources/tools.ts
/**
 * Finding and running the real renderers (helm, kustomize or kubectl). They run with a deadline,
 * bounded output, no shell, and an environment that reaches no cluster and no user configuration:
 * a chart or overlay proposed in a pull request must not be able to hang the check, fill memory or
 * talk to anything through the runner's credentials.
 */



const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/**
 * The variables a renderer sees: PATH (to find its own helpers) and locale only. No KUBECONFIG, no
 * cloud credentials, no GITHUB_TOKEN, no proxy settings; HOME points at an empty directory.
 */
function sandboxEnv(home, extra = {}) {
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        LANG: 'C.UTF-8',
        KUBECONFIG: external_node_path_default().join(home, 'no-kubeconfig'),
        ...extra,
    };
}
/** An executable file named `name` on PATH (or the given path itself), else undefined. */
function findExecutable(name, envPath = process.env.PATH) {
    if (name.includes('/') || name.includes((external_node_path_default()).sep))
        return isExecutable(name) ? external_node_path_default().resolve(name) : undefined;
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutable(file) {
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(file).isFile())
            return false;
        (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function runTool(run, home) {
    const limit = run.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(run.command, [...run.args], {
            cwd: run.cwd,
            env: sandboxEnv(home, run.env),
            stdio: ['ignore', 'pipe', 'pipe'],
            // Its own process group, so a timeout kills whatever the tool started too.
            detached: process.platform !== 'win32',
        });
        const out = [];
        const err = [];
        let bytes = 0;
        let timedOut = false;
        let overflow = false;
        const kill = () => {
            try {
                if (child.pid !== undefined && process.platform !== 'win32')
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, run.timeoutMs);
        const collect = (into) => (chunk) => {
            bytes += chunk.length;
            if (bytes > limit) {
                if (!overflow)
                    kill();
                overflow = true;
                return;
            }
            into.push(chunk);
        };
        child.stdout.on('data', collect(out));
        child.stderr.on('data', collect(err));
        child.on('error', (e) => {
            clearTimeout(timer);
            resolve({ code: null, stdout: '', stderr: '', timedOut: false, overflow: false, spawnError: e.message });
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, overflow });
        });
    });
}
/** Runs tasks with at most `limit` at once, keeping their order in the result. */
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await task(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** The first lines of a tool's error output, for a finding's message (bounded: it is quoted). */
function firstLines(text, lines = 3, chars = 400) {
    const kept = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .slice(0, lines)
        .join(' ');
    return kept.length > chars ? `${kept.slice(0, chars)}…` : kept;
}

;// CONCATENATED MODULE: ./src/sources/helm-render.ts
/**
 * Rendering a chart with the real `helm template`: no network (never --dependency-update, never
 * --validate, no values from URLs), no user configuration (helm's cache, config, data and plugin
 * homes in a fresh directory under tempDir, removed after the run), a deadline, and failures that
 * say why the chart was not checked.
 */





const DEFAULT_RELEASE = 'release-name';
const fail = (job, kind, reason) => ({ ok: false, job, kind, reason });
/** The values files passed with -f: the job's, without the chart's own values.yaml that helm reads anyway. */
function extraValuesFiles(job) {
    const own = joinRel(job.root.dir, 'values.yaml');
    return (job.valuesFiles ?? []).filter((f, i) => !(i === 0 && f === own));
}
/** A values file helm must not read: a URL (network), or a path outside base; or one that is not there. */
function checkValuesFiles(job, base) {
    for (const file of extraValuesFiles(job)) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file))
            return fail(job, 'refused', `values file "${file}" is a URL; values are not fetched (no network): vendor the file`);
        const normal = external_node_path_default().posix.normalize(file);
        if (external_node_path_default().isAbsolute(file) || normal === '..' || normal.startsWith('../')) {
            return fail(job, 'refused', `values file "${file}" is outside the checked directory; only values files inside it are read`);
        }
        if (!existsRel(base, normal))
            return fail(job, 'failed', `values file "${file}" does not exist`);
    }
    return undefined;
}
/** `helm template` arguments: flags in their `--flag=value` form, then `--`, so no value can pass for a flag. */
function helmTemplateArgs(job) {
    const args = ['template'];
    for (const file of extraValuesFiles(job))
        args.push(`--values=${external_node_path_default().posix.normalize(file)}`);
    for (const { key, value } of job.setValues ?? [])
        args.push(`--set=${key}=${value}`);
    if (job.namespace)
        args.push(`--namespace=${job.namespace}`);
    if (job.kubeVersion)
        args.push(`--kube-version=${job.kubeVersion}`);
    const chart = job.root.dir === '.' ? '.' : `./${job.root.dir}`;
    args.push('--', job.release ?? DEFAULT_RELEASE, chart);
    return args;
}
/** helm's homes inside `dir`: no repositories, registry logins or plugins of the runner's user. */
function helmEnv(dir) {
    return {
        HELM_CACHE_HOME: external_node_path_default().join(dir, 'cache'),
        HELM_CONFIG_HOME: external_node_path_default().join(dir, 'config'),
        HELM_DATA_HOME: external_node_path_default().join(dir, 'data'),
        HELM_PLUGINS: external_node_path_default().join(dir, 'plugins'),
        HELM_REPOSITORY_CACHE: external_node_path_default().join(dir, 'cache', 'repository'),
        HELM_REPOSITORY_CONFIG: external_node_path_default().join(dir, 'config', 'repositories.yaml'),
        HELM_REGISTRY_CONFIG: external_node_path_default().join(dir, 'config', 'registry', 'config.json'),
        HELM_NO_PLUGINS: '1',
        XDG_CACHE_HOME: external_node_path_default().join(dir, 'cache'),
        XDG_CONFIG_HOME: external_node_path_default().join(dir, 'config'),
        XDG_DATA_HOME: external_node_path_default().join(dir, 'data'),
    };
}
/**
 * Renders one value set of a chart. `helmPath` is the helm executable (findExecutable('helm') or the
 * configured one); undefined means there is none: failure 'tool-missing'.
 */
async function renderChart(job, helmPath, options) {
    if (!helmPath)
        return fail(job, 'tool-missing', 'helm was not found on PATH');
    const refused = checkValuesFiles(job, options.base);
    if (refused)
        return refused;
    (0,external_node_fs_namespaceObject.mkdirSync)(options.tempDir, { recursive: true });
    const runDir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(options.tempDir, 'helm-'));
    let result;
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().join(runDir, 'home'));
        const run = { command: helmPath, args: helmTemplateArgs(job), cwd: options.base, timeoutMs: options.timeoutMs, env: helmEnv(runDir) };
        result = await runTool(options.maxOutputBytes === undefined ? run : { ...run, maxOutputBytes: options.maxOutputBytes }, external_node_path_default().join(runDir, 'home'));
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(runDir, { recursive: true, force: true });
    }
    const failure = failureOf(job, result, options, runDir);
    if (failure)
        return failure;
    return { ok: true, job, text: result.stdout, documents: helmDocuments(job, readChartTree(options.base, job.root.dir), result.stdout) };
}
function failureOf(job, result, options, runDir) {
    if (result.spawnError !== undefined)
        return fail(job, 'tool-missing', `helm could not be started: ${result.spawnError}`);
    if (result.timedOut)
        return fail(job, 'timeout', `helm template did not finish within ${formatSeconds(options.timeoutMs)}`);
    if (result.overflow)
        return fail(job, 'failed', 'helm template wrote more output than allowed');
    if (result.code === 0)
        return undefined;
    const stderr = withoutPaths(result.stderr, [runDir, options.tempDir], options.base);
    const missing = /missing in charts\/ directory:\s*([^\n]+)/.exec(stderr)?.[1]?.trim();
    if (missing) {
        const dir = job.root.dir;
        return fail(job, 'dependencies-missing', `its dependencies ${missing} are declared but not in ${joinRel(dir, 'charts/')}; \`helm dependency build ${dir}\` must run first (vendor them into the repository or add that step before this check)`);
    }
    const message = firstLines(stderr
        .split('\n')
        .filter((l) => !/^level=/.test(l) && !/^Use --debug flag/.test(l))
        .map((l) => l.replace(/^Error: /, ''))
        .join('\n'));
    return fail(job, 'failed', message || `helm template exited with code ${result.code ?? 'none'}`);
}
function formatSeconds(ms) {
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
/** The error output without temporary paths ('<temp>') and with paths under base made relative. */
function withoutPaths(text, temps, base) {
    let out = text;
    const real = (p) => {
        try {
            return [p, (0,external_node_fs_namespaceObject.realpathSync)(p)];
        }
        catch {
            return [p];
        }
    };
    const escape = (p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const t of [...new Set(temps.flatMap(real))].sort((a, b) => b.length - a.length))
        out = out.replace(new RegExp(`${escape(t)}[^\\s:'"]*`, 'g'), '<temp>');
    for (const b of [...new Set(real(external_node_path_default().resolve(base)))])
        out = out.split(`${b}${(external_node_path_default()).sep}`).join('');
    return out;
}

;// CONCATENATED MODULE: ./src/sources/helm.ts



function common(...layers) {
    const out = {};
    for (const layer of layers) {
        if (layer?.release !== undefined)
            out.release = layer.release;
        if (layer?.namespace !== undefined)
            out.namespace = layer.namespace;
        if (layer?.kubeVersion !== undefined)
            out.kubeVersion = layer.kubeVersion;
    }
    return out;
}
/**
 * The renders of a chart, one job per value set: 'values.yaml' (the chart's defaults, always),
 * each ci/*-values.yaml (on top of values.yaml), then the configured sets in order.
 * valuesFiles lists each set's files lowest precedence first, the chart's values.yaml first.
 */
function valueSets(root, config) {
    const own = root.valuesFile ? [root.valuesFile] : [];
    const defaults = common(config);
    const jobs = [{ root, valueSet: 'values.yaml', valuesFiles: [...own], ...defaults }];
    if (config?.ciValues !== false) {
        for (const file of root.ciValuesFiles) {
            const name = root.dir === '.' ? file : file.slice(root.dir.length + 1);
            jobs.push({ root, valueSet: name, valuesFiles: [...own, file], ...defaults });
        }
    }
    for (const set of config?.valueSets ?? []) {
        const files = set.values ?? [];
        const job = {
            root,
            valueSet: set.name,
            valuesFiles: files.some((f) => f === root.valuesFile) ? [...files] : [...own, ...files],
            ...common(config, set),
        };
        if (set.at)
            job.valueSetOrigin = set.at;
        if (set.set?.length)
            job.setValues = set.set.map((s) => ({ key: s.key, value: s.value, at: s.at }));
        jobs.push(job);
    }
    return jobs;
}

;// CONCATENATED MODULE: ./src/sources/kustomize-files.ts
/**
 * Reading kustomization files: what each one refers to (resources, bases, components, patches),
 * what it sets that the lead maps by text (commonAnnotations, namespace), and whether it refers to
 * anything remote. Never a re-implementation of kustomize: only enough to choose what to render,
 * to refuse what must not be rendered, and to name the files a rendered object may come from.
 */



/** The file names kustomize looks for in a directory, in its order. */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const kustomize_files_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/** `rel` relative to base, '/'-separated, '.' for base itself. */
function baseRelative(base, absolute) {
    return kustomize_files_toPosix(external_node_path_default().relative(base, absolute)) || '.';
}
/** The kustomization file name in `absDir`, if it has one. */
function kustomizationFileIn(absDir) {
    return KUSTOMIZATION_FILE_NAMES.find((name) => kustomize_files_isFile(external_node_path_default().join(absDir, name)));
}
function kustomize_files_isFile(file) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function kustomize_files_exists(file) {
    try {
        (0,external_node_fs_namespaceObject.statSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * A reference kustomize would fetch over the network (HTTP or git) rather than read from disk.
 * Conservative: kustomize tries some forms as git repositories before it looks on disk, and reads
 * http(s) URLs as files, so those count as remote even when a local path of that name exists.
 */
function isRemoteReference(ref, absDir) {
    const r = ref.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(r) || /^(git@|git::|gh:)/i.test(r))
        return true;
    if (/^(github\.com|gitlab\.com|bitbucket\.org)[/:]/i.test(r))
        return true;
    if (/[?&](ref|version|submodules|timeout)=/.test(r))
        return true;
    if (kustomize_files_exists(external_node_path_default().resolve(absDir, r)))
        return false;
    // Not on disk: a host-like first segment, a go-getter `//` subdirectory, or a `.git` repository.
    return /^[^./][^/]*\.[^/]*\//.test(r) || /[^:/]\/\/[^/]/.test(r) || /\.git(\/|$)/.test(r);
}
/** Reads the kustomization in `absDir` (whose file is `fileName`). Never throws. */
function readKustomization(base, absDir, fileName) {
    const info = {
        dir: baseRelative(base, absDir),
        file: baseRelative(base, external_node_path_default().join(absDir, fileName)),
        component: false,
        resources: [],
        bases: [],
        components: [],
        uses: [],
        resourceFiles: [],
        patches: [],
        commonAnnotations: {},
        remote: [],
        buildMetadata: [],
    };
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(absDir, fileName), 'utf8');
    }
    catch (e) {
        info.error = `cannot read ${info.file}: ${e.message}`;
        return info;
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
    if (doc.errors.length > 0) {
        info.error = `${info.file}: ${firstLine(doc.errors[0].message)}`;
        return info;
    }
    const root = doc.contents;
    if (root !== null && !(0,dist/* isMap */.jh)(root)) {
        info.error = `${info.file}: a kustomization must be a YAML mapping`;
        return info;
    }
    try {
        fillInfo(info, (doc.toJS({ maxAliasCount: 100 }) ?? {}), base, absDir);
    }
    catch (e) {
        // An alias bomb, or a value no kustomization can hold.
        info.error = `${info.file}: ${firstLine(e.message)}`;
    }
    return info;
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function fillInfo(info, k, base, absDir) {
    info.component = k.kind === 'Component';
    info.resources = strings(k.resources);
    info.bases = strings(k.bases);
    info.components = strings(k.components);
    if (typeof k.namespace === 'string')
        info.namespace = k.namespace;
    info.commonAnnotations = stringMap(k.commonAnnotations);
    info.sortOptions = k.sortOptions;
    info.buildMetadata = strings(k.buildMetadata);
    const plugins = [...strings(k.generators), ...strings(k.transformers), ...strings(k.validators)].filter((r) => !r.includes('\n'));
    for (const ref of [...info.resources, ...info.bases, ...info.components, ...plugins])
        classifyReference(info, ref, base, absDir);
    info.patches = readPatches(k, base, absDir);
    for (const ref of fileReferences(k))
        if (isRemoteReference(ref, absDir) && !info.remote.includes(ref))
            info.remote.push(ref);
}
function stringMap(value) {
    const out = {};
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return out;
    for (const [key, v] of Object.entries(value))
        out[key] = typeof v === 'string' ? v : String(v);
    return out;
}
function classifyReference(info, ref, base, absDir) {
    if (isRemoteReference(ref, absDir)) {
        if (!info.remote.includes(ref))
            info.remote.push(ref);
        return;
    }
    const target = external_node_path_default().resolve(absDir, ref);
    if (kustomizationFileIn(target) !== undefined)
        info.uses.push(baseRelative(base, target));
    else if (kustomize_files_isFile(target))
        info.resourceFiles.push(baseRelative(base, target));
}
function readPatches(k, base, absDir) {
    const file = (p) => typeof p === 'string' && p.trim() !== '' && !p.includes('\n') && !isRemoteReference(p, absDir) ? baseRelative(base, external_node_path_default().resolve(absDir, p)) : undefined;
    const out = [];
    for (const entry of strings(k.patchesStrategicMerge)) {
        // An entry is a file path, or the patch itself written inline (a YAML string).
        const inline = entry.includes('\n') || /^\s*(apiVersion|kind|metadata)\s*:/.test(entry) || entry.trim().startsWith('{');
        out.push(inline ? { field: 'patchesStrategicMerge' } : { field: 'patchesStrategicMerge', file: file(entry) });
    }
    for (const [field, list] of [['patches', k.patches], ['patchesJson6902', k.patchesJson6902]]) {
        if (!Array.isArray(list))
            continue;
        for (const entry of list) {
            if (entry === null || typeof entry !== 'object')
                continue;
            const e = entry;
            const ref = { field, file: file(e.path) };
            const target = patchTarget(e.target);
            if (target)
                ref.target = target;
            out.push(ref);
        }
    }
    return out;
}
function patchTarget(value) {
    if (value === null || typeof value !== 'object')
        return undefined;
    const t = value;
    const target = {};
    if (typeof t.kind === 'string')
        target.kind = t.kind;
    if (typeof t.name === 'string')
        target.name = t.name;
    return target;
}
/** Every string kustomize may load as a file or fetch: the fields it reads through its loader. */
function fileReferences(k) {
    const refs = [
        ...strings(k.crds),
        ...strings(k.configurations),
        ...strings(k.patchesStrategicMerge).filter((p) => !p.includes('\n')),
    ];
    for (const list of [k.patches, k.patchesJson6902, k.replacements]) {
        if (Array.isArray(list))
            for (const e of list)
                if (e && typeof e === 'object' && typeof e.path === 'string')
                    refs.push(e.path);
    }
    for (const list of [k.configMapGenerator, k.secretGenerator]) {
        if (!Array.isArray(list))
            continue;
        for (const g of list) {
            if (!g || typeof g !== 'object')
                continue;
            const gen = g;
            refs.push(...strings(gen.files).map((f) => f.slice(f.indexOf('=') + 1)), ...strings(gen.envs));
            if (typeof gen.env === 'string')
                refs.push(gen.env);
        }
    }
    const openapi = k.openapi;
    if (openapi && typeof openapi.path === 'string')
        refs.push(openapi.path);
    return refs;
}

;// CONCATENATED MODULE: ./src/sources/kustomize-discover.ts
/**
 * Which kustomizations to render, and the graph of kustomizations one root uses (followed on disk
 * beyond the scanned directories), which tells what must be refused before kustomize runs and which
 * kustomization files stand between a root and the file an object came from.
 */


const kustomize_discover_byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The kustomizations among `dirs` (absolute or relative to `base`; each directory itself, not its
 * subdirectories) and the roots to render.
 */
function findKustomizations(base, dirs) {
    const found = new Map();
    for (const d of dirs) {
        const abs = external_node_path_default().resolve(base, d);
        const rel = baseRelative(base, abs);
        if (found.has(rel))
            continue;
        const name = kustomizationFileIn(abs);
        if (name !== undefined)
            found.set(rel, readKustomization(base, abs, name));
    }
    const kustomizations = [...found.values()].sort((a, b) => kustomize_discover_byPath(a.dir, b.dir));
    const roots = chooseRoots(kustomizations, found);
    return { kustomizations, roots: roots.map((k) => ({ kind: 'kustomization', dir: k.dir, anchorFile: k.file })) };
}
function chooseRoots(kustomizations, found) {
    const used = new Set();
    for (const k of kustomizations)
        for (const u of k.uses)
            if (u !== k.dir)
                used.add(u);
    const roots = kustomizations.filter((k) => !k.component && !used.has(k.dir));
    const reached = new Set();
    const reach = (from) => {
        const stack = [from];
        while (stack.length > 0) {
            const k = stack.pop();
            if (reached.has(k.dir))
                continue;
            reached.add(k.dir);
            for (const u of k.uses) {
                const next = found.get(u);
                if (next)
                    stack.push(next);
            }
        }
    };
    roots.forEach(reach);
    for (const k of kustomizations) {
        if (k.component || reached.has(k.dir))
            continue;
        roots.push(k);
        reach(k);
    }
    return roots.sort((a, b) => kustomize_discover_byPath(a.dir, b.dir));
}
/** Past this many kustomizations under one root, the graph is not followed further (hostile input). */
const MAX_GRAPH_NODES = 2000;
/** Reads the root in `rootDir` (relative to base) and everything it uses; undefined when it has no kustomization file. */
function readKustomizationGraph(base, rootDir) {
    const absRoot = external_node_path_default().resolve(base, rootDir);
    const name = kustomizationFileIn(absRoot);
    if (name === undefined)
        return undefined;
    const root = readKustomization(base, absRoot, name);
    const nodes = new Map([[root.dir, root]]);
    const queue = [root];
    while (queue.length > 0 && nodes.size < MAX_GRAPH_NODES) {
        const k = queue.shift();
        for (const u of k.uses) {
            if (nodes.has(u))
                continue;
            const abs = external_node_path_default().resolve(base, u);
            const file = kustomizationFileIn(abs);
            if (file === undefined)
                continue;
            const next = readKustomization(base, abs, file);
            nodes.set(next.dir, next);
            queue.push(next);
        }
    }
    return { base, root, nodes };
}
/** Why the graph must not be rendered: a remote reference (refused) or a broken kustomization file (failed). */
function graphProblem(graph) {
    for (const k of graph.nodes.values()) {
        if (k.remote.length > 0) {
            const refs = k.remote.map((r) => `'${r}'`).join(', ');
            return { kind: 'refused', reason: `${k.file} uses the remote resource ${refs}: remote resources are not fetched by a pull-request check` };
        }
        if (k.error !== undefined)
            return { kind: 'failed', reason: k.error };
    }
    return undefined;
}
/** The kustomizations (in the graph) whose `resources` list `file`. */
function ownersOfResource(graph, file) {
    return [...graph.nodes.values()].filter((k) => k.resourceFiles.includes(file));
}
/** The kustomization with this file (relative to base) in the graph. */
function nodeByFile(graph, file) {
    for (const k of graph.nodes.values())
        if (k.file === file)
            return k;
    return undefined;
}
/** Every kustomization on a way from the root to one of `targets` (root first, breadth-first order), targets included. */
function chainTo(graph, targets) {
    if (targets.length === 0)
        return [];
    const leadsTo = new Set(targets.map((t) => t.dir));
    let grew = true;
    while (grew) {
        grew = false;
        for (const k of graph.nodes.values()) {
            if (leadsTo.has(k.dir))
                continue;
            if (k.uses.some((u) => leadsTo.has(u))) {
                leadsTo.add(k.dir);
                grew = true;
            }
        }
    }
    return [...graph.nodes.values()].filter((k) => leadsTo.has(k.dir));
}

;// CONCATENATED MODULE: ./src/sources/kustomize-output.ts
/**
 * kustomize's output with buildMetadata: [originAnnotations, transformerAnnotations] holds, on each
 * object, where it came from and which kustomizations changed it. Read those two annotations and
 * take them out again (and the `annotations:` they leave empty), so the text is what `kustomize
 * build <root>` prints. Line-based: kustomize prints every object the same way (top-level keys at
 * column 0, two-space indentation, documents separated by `---`).
 */

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';
const ANNOTATION_ENTRY = /^ {4}(["']?)(config\.kubernetes\.io\/origin|alpha\.config\.kubernetes\.io\/transformations)\1:/;
function cleanKustomizeOutput(text, options) {
    if (text === '')
        return { text, documents: [] };
    const trailingNewline = text.endsWith('\n');
    const lines = (trailingNewline ? text.slice(0, -1) : text).split('\n');
    const out = [];
    const documents = [];
    let start = 0;
    for (let i = 0; i <= lines.length; i++) {
        if (i < lines.length && lines[i] !== '---')
            continue;
        const docLines = lines.slice(start, i);
        if (docLines.some((l) => l.trim() !== '')) {
            const { kept, document } = cleanDocument(docLines, options);
            documents.push({ ...document, startLine: out.length + 1, endLine: out.length + kept.length });
            out.push(...kept);
        }
        else {
            out.push(...docLines);
        }
        if (i < lines.length)
            out.push('---');
        start = i + 1;
    }
    return { text: out.join('\n') + (trailingNewline ? '\n' : ''), documents };
}
const indentOf = (line) => (line.trim() === '' ? Number.POSITIVE_INFINITY : line.length - line.trimStart().length);
/** [start, end) of the block under the line `header` at `indent` within [from, to), or undefined. */
function block(lines, header, indent, from = 0, to = lines.length) {
    const at = lines.findIndex((l, i) => i >= from && i < to && l === ' '.repeat(indent) + header);
    if (at < 0)
        return undefined;
    let end = at + 1;
    while (end < to && indentOf(lines[end]) > indent)
        end++;
    return [at, end];
}
function cleanDocument(lines, options) {
    const document = { transformations: [] };
    const kindLine = lines.find((l) => l.startsWith('kind:'));
    if (kindLine !== undefined)
        document.kind = scalar(kindLine);
    const metadata = block(lines, 'metadata:', 0);
    if (!metadata)
        return { kept: [...lines], document };
    const nameLine = lines.slice(metadata[0] + 1, metadata[1]).find((l) => l.startsWith('  name:'));
    if (nameLine !== undefined)
        document.name = scalar(nameLine.slice(2));
    const annotations = block(lines, 'annotations:', 2, metadata[0] + 1, metadata[1]);
    if (!annotations)
        return { kept: [...lines], document };
    const replaced = new Map();
    const entries = entryStarts(lines, annotations);
    entries.forEach((entryStart, n) => {
        const match = ANNOTATION_ENTRY.exec(lines[entryStart]);
        if (!match)
            return;
        const entryEnd = entries[n + 1] ?? annotations[1];
        readAnnotation(document, lines.slice(entryStart, entryEnd));
        const keep = match[2] === TRANSFORMATIONS_ANNOTATION ? options.keepTransformations : options.keepOrigin;
        for (let i = entryStart; i < entryEnd; i++)
            replaced.set(i, keep ? rebaseLine(lines[i], options.rebase) : null);
    });
    const emptied = entries.length > 0 && entries.every((i) => replaced.get(i) === null);
    if (emptied)
        replaced.set(annotations[0], null);
    const kept = [];
    lines.forEach((line, i) => {
        const r = replaced.has(i) ? replaced.get(i) : line;
        if (r !== null)
            kept.push(r);
    });
    return { kept, document };
}
function entryStarts(lines, [header, end]) {
    const starts = [];
    for (let i = header + 1; i < end; i++)
        if (indentOf(lines[i]) === 4)
            starts.push(i);
    return starts;
}
/** The value of a `key: value` line (quoted or plain). */
function scalar(line) {
    try {
        const value = Object.values(((0,dist/* parse */.qg)(line) ?? {}))[0];
        return value === undefined || value === null ? undefined : String(value);
    }
    catch {
        return undefined;
    }
}
function readAnnotation(document, entry) {
    let parsed;
    try {
        parsed = ((0,dist/* parse */.qg)(entry.map((l) => l.slice(4)).join('\n')) ?? {});
    }
    catch {
        return;
    }
    const origin = parseInner(parsed[ORIGIN_ANNOTATION]);
    if (origin && typeof origin === 'object' && !Array.isArray(origin)) {
        const o = origin;
        document.origin = {};
        if (typeof o.path === 'string')
            document.origin.path = o.path;
        if (typeof o.configuredIn === 'string')
            document.origin.configuredIn = o.configuredIn;
    }
    const transformations = parseInner(parsed[TRANSFORMATIONS_ANNOTATION]);
    if (Array.isArray(transformations)) {
        for (const t of transformations) {
            const x = t;
            if (x && typeof x.configuredIn === 'string')
                document.transformations.push({ configuredIn: x.configuredIn, transformer: typeof x.configuredBy?.kind === 'string' ? x.configuredBy.kind : '' });
        }
    }
}
function parseInner(value) {
    if (typeof value !== 'string')
        return undefined;
    try {
        return (0,dist/* parse */.qg)(value);
    }
    catch {
        return undefined;
    }
}
function rebaseLine(line, rebase) {
    const m = /^(\s*(?:- )?)(path|configuredIn): (\S.*)$/.exec(line);
    return m ? `${m[1]}${m[2]}: ${rebase(m[3])}` : line;
}

;// CONCATENATED MODULE: ./src/sources/kustomize-sources.ts
/**
 * The files a rendered object may take its text from, most specific first: the patches applied to
 * it (the last applied first), the kustomization files that changed it or lead from the root to it
 * (they hold commonAnnotations and inline patches), then the file it was read from.
 */




/** The transformer kustomize names in the transformations annotation, for each patch field. */
const PATCH_FIELD = {
    PatchTransformer: 'patches',
    PatchStrategicMergeTransformer: 'patchesStrategicMerge',
    PatchJson6902Transformer: 'patchesJson6902',
};
function kustomize_sources_documentSources(doc, ctx, patchTargets) {
    const sources = [];
    const add = (p, role) => {
        if (p !== undefined && !sources.some((s) => s.path === p))
            sources.push({ path: p, role });
    };
    const applied = doc.transformations
        .map((t) => ({ transformer: t.transformer, node: nodeOf(ctx, t.configuredIn) }))
        .reverse();
    for (const { transformer, node } of applied) {
        const field = PATCH_FIELD[transformer];
        if (!node || !field)
            continue;
        for (const patch of [...node.patches].reverse()) {
            if (patch.field === field && patch.file !== undefined && patchApplies(patch, doc, patchTargets))
                add(patch.file, 'patch');
        }
    }
    for (const { node } of applied)
        add(node?.file, 'kustomization');
    const resource = doc.origin?.path !== undefined ? ctx.toBase(doc.origin.path) : undefined;
    const generator = doc.origin?.configuredIn !== undefined ? nodeOf(ctx, doc.origin.configuredIn) : undefined;
    const owners = resource !== undefined ? ownersOfResource(ctx.graph, resource) : generator ? [generator] : [];
    for (const k of chainTo(ctx.graph, owners))
        add(k.file, 'kustomization');
    add(resource, 'resource');
    return sources;
}
function nodeOf(ctx, printed) {
    const file = ctx.toBase(printed);
    return file === undefined ? undefined : nodeByFile(ctx.graph, file);
}
function patchApplies(patch, doc, patchTargets) {
    const targets = patch.target ? [patch.target] : patch.field === 'patchesJson6902' ? [] : patchTargets(patch.file);
    return targets.length === 0 || targets.some((t) => targetMatches(t, doc));
}
/** Conservative: a target that is a regular expression, or an object without a kind or name, matches. */
function targetMatches(target, doc) {
    const literal = (s) => !/[\\^$*+?()[\]{}|]/.test(s);
    if (target.kind !== undefined && literal(target.kind) && doc.kind !== undefined && target.kind !== doc.kind)
        return false;
    // Names only grow (namePrefix, nameSuffix, a generator's hash): the patch's name is inside the object's.
    if (target.name !== undefined && literal(target.name) && doc.name !== undefined && !doc.name.includes(target.name))
        return false;
    return true;
}
/** Reads the kind and name of each object in a strategic-merge patch file (cached per call site). */
function patchTargetReader(base) {
    const cache = new Map();
    return (file) => {
        let targets = cache.get(file);
        if (targets === undefined) {
            targets = readPatchTargets(external_node_path_default().resolve(base, file));
            cache.set(file, targets);
        }
        return targets;
    };
}
function readPatchTargets(absFile) {
    try {
        const targets = [];
        for (const doc of (0,dist/* parseAllDocuments */.hR)((0,external_node_fs_namespaceObject.readFileSync)(absFile, 'utf8'))) {
            if (!('errors' in doc) || doc.errors.length > 0)
                return [];
            const object = doc.toJS({ maxAliasCount: 100 });
            if (!object || typeof object !== 'object' || Array.isArray(object))
                continue;
            const target = {};
            if (typeof object.kind === 'string')
                target.kind = object.kind;
            if (typeof object.metadata?.name === 'string')
                target.name = object.metadata.name;
            targets.push(target);
        }
        return targets;
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/sources/kustomize.ts
/**
 * Kustomize overlays: find them, render each root with the real tool (`kustomize build` or
 * `kubectl kustomize`), and tell for each rendered object which files it may take its text from.
 *
 * To learn where objects and changes come from, the root is built through a wrapper kustomization
 * in a temporary directory: `resources: [<relative path to the root>]` with `buildMetadata:
 * [originAnnotations, transformerAnnotations]` (kustomize refuses absolute resource paths). The two
 * annotations are read and taken out again, so the text is what `kustomize build <root>` prints.
 *
 * Hostile input: a pull request chooses the kustomizations. Nothing remote is fetched (a root that
 * uses a URL or git repository is refused before the tool runs, and the tool runs with a proxy that
 * goes nowhere and git forbidden every protocol); no --enable-helm, --enable-alpha-plugins,
 * --enable-exec or --load-restrictor none; a deadline; the sandboxed environment of runTool.
 */









/**
 * The tool to render with: `configured` (a path or name; its flavour from its name: kubectl… is
 * kubectl, anything else kustomize), else `kustomize` on PATH, else `kubectl` on PATH.
 */
function findKustomizeTool(configured, envPath = process.env.PATH) {
    if (configured !== undefined && configured !== '') {
        const command = findExecutable(configured, envPath);
        if (command === undefined)
            return undefined;
        return { command, flavour: /^kubectl/i.test(external_node_path_default().basename(configured)) ? 'kubectl' : 'kustomize' };
    }
    const kustomize = findExecutable('kustomize', envPath);
    if (kustomize !== undefined)
        return { command: kustomize, flavour: 'kustomize' };
    const kubectl = findExecutable('kubectl', envPath);
    return kubectl !== undefined ? { command: kubectl, flavour: 'kubectl' } : undefined;
}
/** The tool's environment on top of runTool's sandbox: no route to any network through HTTP(S) or git. */
const NO_NETWORK_ENV = {
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    http_proxy: 'http://127.0.0.1:9',
    https_proxy: 'http://127.0.0.1:9',
    ALL_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '',
    no_proxy: '',
    GIT_ALLOW_PROTOCOL: 'velero-hooks-none',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
};
const WRAPPER_METADATA = ['originAnnotations', 'transformerAnnotations'];
/** Renders one kustomization root. Never throws for a problem of the input or the tool: that is a failed RenderOutput. */
async function renderKustomization(job, tool, options) {
    const graph = readKustomizationGraph(options.base, job.root.dir);
    if (!graph)
        return { ok: false, job, kind: 'failed', reason: `${job.root.dir} has no kustomization.yaml, kustomization.yml or Kustomization` };
    const problem = graphProblem(graph);
    if (problem)
        return { ok: false, job, ...problem };
    (0,external_node_fs_namespaceObject.mkdirSync)(options.tempDir, { recursive: true });
    const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(options.tempDir, 'kustomize-'));
    try {
        const wrapper = writeWrapper(scratch, graph);
        const result = await runTool({
            command: tool.command,
            args: tool.flavour === 'kubectl' ? ['kustomize', '.'] : ['build', '.'],
            cwd: wrapper.dir,
            timeoutMs: options.timeoutMs,
            maxOutputBytes: options.maxOutputBytes,
            env: NO_NETWORK_ENV,
        }, wrapper.home);
        return interpret(job, tool, options, result, { graph, wrapper });
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
    }
}
function writeWrapper(scratch, graph) {
    const home = external_node_path_default().join(scratch, 'home');
    (0,external_node_fs_namespaceObject.mkdirSync)(home);
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().join(scratch, 'wrapper'));
    const dir = (0,external_node_fs_namespaceObject.realpathSync)(external_node_path_default().join(scratch, 'wrapper'));
    const realBase = (0,external_node_fs_namespaceObject.realpathSync)(graph.base);
    const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(external_node_path_default().resolve(graph.base, graph.root.dir));
    const entry = external_node_path_default().relative(dir, realRoot).split((external_node_path_default()).sep).join('/');
    // sortOptions and buildMetadata are honoured in the top-level kustomization only: repeat the root's.
    const wrapper = {
        resources: [entry],
        buildMetadata: [...new Set([...graph.root.buildMetadata, ...WRAPPER_METADATA])],
    };
    if (graph.root.sortOptions !== undefined)
        wrapper.sortOptions = graph.root.sortOptions;
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(dir, 'kustomization.yaml'), (0,dist/* stringify */.As)(wrapper));
    return { dir, scratch: (0,external_node_fs_namespaceObject.realpathSync)(scratch), home, realRoot, realBase, entry };
}
function interpret(job, tool, options, result, ctx) {
    const name = tool.flavour === 'kubectl' ? 'kubectl kustomize' : 'kustomize build';
    if (result.spawnError !== undefined) {
        const missing = /ENOENT|EACCES/.test(result.spawnError);
        return { ok: false, job, kind: missing ? 'tool-missing' : 'failed', reason: `${name} could not be started: ${redact(result.spawnError, ctx, options)}` };
    }
    if (result.timedOut)
        return { ok: false, job, kind: 'timeout', reason: `${name} did not finish within ${Math.round(options.timeoutMs / 1000)} s` };
    if (result.overflow)
        return { ok: false, job, kind: 'failed', reason: `${name} printed more than ${options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES} bytes` };
    if (result.code !== 0) {
        const errors = result.stderr.split('\n').filter((l) => !/^#?\s*Warning:/i.test(l.trim())).join('\n');
        const message = firstLines(redact(errors, ctx, options)) || `exit code ${result.code}`;
        return { ok: false, job, kind: 'failed', reason: `${name} failed: ${message}` };
    }
    return renderedOutput(job, result.stdout, ctx);
}
function renderedOutput(job, stdout, { graph, wrapper }) {
    const fromWrapper = (printed) => external_node_path_default().resolve(wrapper.dir, printed);
    const keep = new Set(graph.root.buildMetadata);
    const cleaned = cleanKustomizeOutput(stdout, {
        keepOrigin: keep.has('originAnnotations'),
        keepTransformations: keep.has('transformerAnnotations'),
        rebase: (printed) => external_node_path_default().relative(wrapper.realRoot, fromWrapper(printed)).split((external_node_path_default()).sep).join('/'),
    });
    const toBase = (printed) => {
        const rel = external_node_path_default().relative(wrapper.realBase, fromWrapper(printed));
        return rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? undefined : rel.split((external_node_path_default()).sep).join('/');
    };
    const patchTargets = patchTargetReader(graph.base);
    const documents = cleaned.documents.map((doc) => ({
        startLine: doc.startLine,
        endLine: doc.endLine,
        sources: kustomize_sources_documentSources(doc, { graph, toBase }, patchTargets),
    }));
    return { ok: true, job, text: cleaned.text, documents };
}
/** A tool's message with every temporary path replaced by the root directory and absolute paths under base made relative. */
function redact(message, { graph, wrapper }, options) {
    const root = graph.root.dir;
    const pairs = [
        [external_node_path_default().join(wrapper.dir, 'kustomization.yaml'), graph.root.file],
        [wrapper.dir, root],
        [wrapper.home, root],
        [wrapper.scratch, root],
        [external_node_path_default().resolve(options.tempDir), root],
        [`'${wrapper.entry}'`, `'${root}'`],
        [wrapper.realBase + (external_node_path_default()).sep, ''],
        [external_node_path_default().resolve(options.base) + (external_node_path_default()).sep, ''],
    ];
    let out = message;
    for (const [from, to] of pairs.sort((a, b) => b[0].length - a[0].length))
        out = out.split(from).join(to);
    const relBase = external_node_path_default().relative(wrapper.dir, wrapper.realBase).split((external_node_path_default()).sep).join('/');
    if (relBase !== '')
        out = out.split(`${relBase}/`).join('');
    // The wrapper's own layer of kustomize's error chain: what `kustomize build <root>` would not say.
    const r = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const layer = new RegExp(`accumulating resources: accumulation err='accumulating resources from '${r}': '${r}' must resolve to a file': (?:recursed accumulation of path|couldn't make target for path) '${r}': `);
    return out.replace(layer, '');
}

;// CONCATENATED MODULE: ./src/sources/locate.ts
/**
 * Puts a finding about a rendered object back on the line the user edits. The renderers say which
 * files an object may have taken its text from (RenderedDocument.sources, most specific first);
 * this module finds, in the first file that has it, the key the finding is about and — for a
 * finding about a value — the value itself:
 *
 * - YAML files (values, patches, kustomizations, resources): a mapping pair with the same key and,
 *   for a value finding, the same value (so an overridden value is not blamed on the file that
 *   lost); then, for text inside block scalars (inline and JSON 6902 patches), the key as text.
 * - Helm templates (text with {{ }}): the key as text on a line; a value written there literally is
 *   found on that line, a value that comes from `.Values.a.b` is followed into the values files.
 *
 * Nothing is guessed: when no file has the key, the caller reports at the chart or kustomization.
 */

/** The pair of the rendered document at `offset` (the start of a finding), innermost first. */
function targetAt(document, offset) {
    let found;
    const visitNode = (node) => {
        if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items)
                visitPair(pair);
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                visitNode(item);
    };
    const visitPair = (pair) => {
        const key = pair.key;
        const value = pair.value;
        const keyRange = key?.range ?? undefined;
        const valueRange = value?.range ?? undefined;
        const inKey = keyRange !== undefined && offset >= keyRange[0] && offset < Math.max(keyRange[1], keyRange[0] + 1);
        const inValue = valueRange !== undefined && offset >= valueRange[0] && offset < Math.max(valueRange[1], valueRange[0] + 1);
        if ((inKey || inValue) && (0,dist/* isScalar */.jn)(key)) {
            found = { key: String(key.value), value: (0,dist/* isScalar */.jn)(value) && value.value !== null ? String(value.value) : undefined, onKey: inKey };
        }
        if (inValue)
            visitNode(value);
    };
    visitNode(document.contents);
    return found;
}
/** Finds the source spot of a rendered target; undefined when no candidate holds its key. */
class SourceLocator {
    read;
    yamlCache = new Map();
    constructor(read) {
        this.read = read;
    }
    locate(target, sources, job) {
        for (const source of sources) {
            const spot = source.role === 'template' || source.role === 'helper'
                ? this.inTemplate(source.path, target, job, source.role === 'template')
                : source.role === 'set'
                    ? inSetValues(target, job)
                    : this.inYaml(source.path, target);
            if (spot)
                return spot;
        }
        return undefined;
    }
    /** A pair with the target's key (and value, for a value finding) anywhere in a YAML file. */
    inYaml(file, target) {
        const parsed = this.parsedYaml(file);
        if (!parsed)
            return undefined;
        let keyOnly;
        let sawKey = false;
        for (const document of parsed.documents) {
            for (const pair of pairsWithKey(document.contents, target.key)) {
                sawKey = true;
                const value = pair.value;
                const sameValue = (0,dist/* isScalar */.jn)(value) && value.value !== null && String(value.value) === target.value;
                if (sameValue)
                    return spotOf(file, parsed.lineCounter, target.onKey ? pair.key : value);
                // A key whose value differs was overridden elsewhere: only a key finding may land here.
                if (target.onKey && target.value === undefined)
                    keyOnly ??= spotOf(file, parsed.lineCounter, pair.key);
            }
        }
        // The key as a real mapping key with another value: this file lost to a later one.
        if (sawKey)
            return keyOnly;
        return textSpot(file, parsed.text, target);
    }
    /**
     * The key as text on a template line; the value on that line, or in the values it names. In the
     * document's own template the key alone is enough; in other templates and helpers the same key
     * may be written for another object, so the line must also hold the value (or name it).
     */
    inTemplate(file, target, job, own) {
        const text = this.read(file);
        if (text === undefined)
            return undefined;
        const lines = text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const column = keyColumn(lines[i], target.key);
            if (column === undefined)
                continue;
            const keyEnd = column + target.key.length;
            const keySpot = { file, line: i + 1, column: column + 1, endLine: i + 1, endColumn: keyEnd + 1 };
            const rest = lines[i].slice(keyEnd);
            const valueColumn = target.value === undefined ? -1 : rest.indexOf(target.value);
            if (valueColumn >= 0) {
                if (target.onKey)
                    return keySpot;
                return { file, line: i + 1, column: keyEnd + valueColumn + 1, endLine: i + 1, endColumn: keyEnd + valueColumn + target.value.length + 1 };
            }
            const fromValues = this.viaValuesReference(rest, target, job);
            if (fromValues)
                return target.onKey ? keySpot : fromValues;
            if (own)
                return keySpot;
        }
        return undefined;
    }
    /** `{{ .Values.a.b }}` on the template line: the value at a.b in the value set's files. */
    viaValuesReference(rest, target, job) {
        const reference = /\.Values((?:\.[A-Za-z_][\w-]*)+)/.exec(rest);
        if (!reference)
            return undefined;
        const pathKeys = reference[1].slice(1).split('.');
        for (const file of [...(job.valuesFiles ?? [])].reverse()) {
            const parsed = this.parsedYaml(file);
            const node = parsed?.documents[0] ? nodeAtPath(parsed.documents[0].contents, pathKeys) : undefined;
            // The first file (last -f) that sets the path is the one whose value won; it must be this value.
            if (node && parsed)
                return (0,dist/* isScalar */.jn)(node) && String(node.value) === target.value ? spotOf(file, parsed.lineCounter, node) : undefined;
        }
        return inSetValues(target, job);
    }
    parsedYaml(file) {
        const cached = this.yamlCache.get(file);
        if (cached !== undefined)
            return cached ?? undefined;
        const text = this.read(file);
        let parsed = null;
        if (text !== undefined) {
            const lineCounter = new dist/* LineCounter */.HN();
            const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, uniqueKeys: false, logLevel: 'silent' });
            parsed = Array.isArray(documents) ? { text, lineCounter, documents: documents.filter((d) => d.errors.length === 0) } : null;
        }
        this.yamlCache.set(file, parsed);
        return parsed ?? undefined;
    }
}
function inSetValues(target, job) {
    if (target.value === undefined)
        return undefined;
    return job.setValues?.find((s) => s.value === target.value)?.at;
}
/** Every pair, at any depth, whose key is the scalar `key`. */
function* pairsWithKey(node, key) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key)
                yield pair;
            yield* pairsWithKey(pair.value, key);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            yield* pairsWithKey(item, key);
    }
    else if ((0,dist/* isPair */.tO)(node)) {
        yield* pairsWithKey(node.value, key);
    }
}
function nodeAtPath(node, keys) {
    let current = node;
    for (const key of keys) {
        if (!(0,dist/* isMap */.jh)(current))
            return undefined;
        current = current.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key)?.value;
    }
    return current ?? undefined;
}
/** Where `key` starts on a line as a mapping key (bare or quoted, followed by ':'). */
function keyColumn(line, key) {
    let from = 0;
    for (;;) {
        const at = line.indexOf(key, from);
        if (at < 0)
            return undefined;
        const after = line.slice(at + key.length).replace(/^["']/, '');
        const before = line.slice(0, at).replace(/["']$/, '');
        if (/^\s*:/.test(after) && (before.trim() === '' || /[\s{,-]$/.test(before)))
            return at;
        from = at + 1;
    }
}
/** The key as text (block scalars: inline patches; '/' written '~1' in JSON 6902 paths). */
function textSpot(file, text, target) {
    for (const form of [target.key, target.key.replace(/~/g, '~0').replace(/\//g, '~1')]) {
        const at = text.indexOf(form);
        if (at < 0)
            continue;
        const lines = text.slice(0, at).split('\n');
        const line = lines.length;
        const column = lines.at(-1).length + 1;
        if (!target.onKey && target.value !== undefined) {
            const valueAt = text.indexOf(target.value, at + form.length);
            const lineEnd = text.indexOf('\n', text.indexOf('\n', at + form.length) + 1);
            if (valueAt >= 0 && (lineEnd < 0 || valueAt < lineEnd)) {
                const valueLines = text.slice(0, valueAt).split('\n');
                return { file, line: valueLines.length, column: valueLines.at(-1).length + 1, endLine: valueLines.length, endColumn: valueLines.at(-1).length + 1 + target.value.length };
            }
        }
        return { file, line, column, endLine: line, endColumn: column + form.length };
    }
    return undefined;
}
function spotOf(file, lineCounter, node) {
    const [start, end] = node.range ?? [0, 0];
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

;// CONCATENATED MODULE: ./src/sources/lint-rendered.ts


/** "chart charts/web (values ci/prod-values.yaml)" or "kustomization overlays/prod". */
function describeJob(job) {
    const what = job.root.kind === 'chart' ? 'chart' : 'kustomization';
    return `${what} ${job.root.dir}${job.valueSet ? ` (values ${job.valueSet})` : ''}`;
}
function lintRendered(output, ruleSet, locator) {
    const label = `rendered ${describeJob(output.job)}`;
    const lint = lint_text_lintText(label, output.text, ruleSet);
    const findings = lint.findings.map((f) => moveToSource(f, output, lint.parsed, locator));
    return { findings, documents: lint.models.length, resources: countResources(lint.models), hooks: countHooks(lint.models) };
}
function moveToSource(finding, output, parsed, locator) {
    const document = output.documents.find((d) => finding.line >= d.startLine && finding.line <= d.endLine);
    const spot = document && parsed ? spotFor(finding, document, output.job, parsed, locator) : undefined;
    const where = spot ?? { file: output.job.root.anchorFile, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const object = finding.resource?.kind ? `${finding.resource.kind}${finding.resource.name ? ` ${finding.resource.name}` : ''}` : 'an object';
    const placed = spot ? '' : ' (velero-hooks could not tell which source line produced it)';
    return {
        ...finding,
        file: where.file,
        line: where.line,
        column: where.column,
        endLine: where.endLine ?? where.line,
        endColumn: where.endColumn ?? where.column,
        message: `${finding.message} [${object} rendered from ${describeJob(output.job)}${placed}]`,
    };
}
function spotFor(finding, document, job, parsed, locator) {
    const offset = (parsed.lineCounter.lineStarts[finding.line - 1] ?? 0) + finding.column - 1;
    const yamlDocument = parsed.documents.find((d) => d.range[0] <= offset && offset <= d.range[2]);
    const target = yamlDocument ? targetAt(yamlDocument, offset) : undefined;
    return target ? locator.locate(target, document.sources, job) : undefined;
}

;// CONCATENATED MODULE: ./src/sources/check-sources.ts
/**
 * Charts and overlays end to end: find them among the scanned directories, render each with the
 * real tool (in parallel, each with a deadline), lint the rendered objects with the same rules as
 * any manifest, and report every finding at the source line the user edits. A chart or overlay
 * that cannot be rendered gets a finding at its Chart.yaml / kustomization.yaml: never silent.
 */










/** Every directory in `dirs` and its ancestors up to the base ('.'). */
function withAncestors(dirs) {
    const out = new Set(['.']);
    for (const dir of dirs) {
        for (let d = dir; d !== '.' && d !== '' && d !== '/'; d = external_node_path_default().posix.dirname(d)) {
            if (out.has(d))
                break;
            out.add(d);
        }
    }
    return [...out].sort();
}
async function checkSources(options) {
    const dirs = withAncestors(options.dirs);
    const charts = findCharts(options.base, dirs);
    const kustomize = findKustomizations(options.base, dirs);
    const jobs = [...charts.flatMap((c) => valueSets(c, options.charts?.get(c.dir))), ...kustomize.roots.map((root) => ({ root }))];
    const result = { findings: [], explained: new Set(), replaced: new Set(), roots: charts.length + kustomize.roots.length, renders: 0, documents: 0, resources: 0, hooks: 0 };
    if (jobs.length === 0)
        return result;
    const tempDir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'velero-hooks-render-'));
    try {
        const render = renderer(options, tempDir);
        const outputs = await mapLimited(jobs, options.concurrency, render);
        collect(outputs, charts, options, result);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(tempDir, { recursive: true, force: true });
    }
    return result;
}
function renderer(options, tempDir) {
    const helm = findExecutable(options.helm ?? 'helm');
    const kustomize = findKustomizeTool(options.kustomize);
    const common = { base: options.base, timeoutMs: options.timeoutMs, tempDir };
    return async (job) => {
        if (job.root.kind === 'chart') {
            if (!helm)
                return { ok: false, job, kind: 'tool-missing', reason: toolMissing('helm', options.helm) };
            return renderChart(job, helm, common);
        }
        if (!kustomize)
            return { ok: false, job, kind: 'tool-missing', reason: toolMissing('kustomize or kubectl', options.kustomize) };
        return renderKustomization(job, kustomize, common);
    };
}
function toolMissing(tool, configured) {
    return configured ? `${tool} "${configured}" was not found or is not executable` : `${tool} was not found on PATH`;
}
/** Lints every successful render, reports every failed one, and merges findings shared by several renders. */
function collect(outputs, charts, options, result) {
    const locator = new SourceLocator(sourceReader(options.base));
    const merged = new MergedFindings();
    const reportedFailures = new Set();
    for (const output of outputs) {
        if (!output.ok) {
            if (options.ruleSet.severities?.get(options.ruleSet.sourceNotRendered.meta.id) === 'off')
                continue;
            const key = `${output.job.root.anchorFile}\n${output.kind === 'tool-missing' ? '' : (output.job.valueSet ?? '')}`;
            if (!reportedFailures.has(key))
                result.findings.push(notRendered(output, options.ruleSet));
            reportedFailures.add(key);
            continue;
        }
        result.renders++;
        const lint = lintRendered(output, options.ruleSet, locator);
        result.documents += lint.documents;
        result.resources += lint.resources;
        result.hooks += lint.hooks;
        for (const f of lint.findings)
            merged.add(f, describeJob(output.job));
        for (const document of output.documents) {
            for (const source of document.sources) {
                result.explained.add(source.path);
                if (source.role === 'patch' || source.role === 'kustomization')
                    result.replaced.add(source.path);
            }
        }
        result.explained.add(output.job.root.anchorFile);
        if (output.job.root.kind === 'chart' && output.job.valueSet === 'values.yaml') {
            const chart = charts.find((c) => c.dir === output.job.root.dir);
            for (const file of chart?.explains ?? [])
                result.replaced.add(file);
        }
    }
    result.findings.push(...merged.findings());
    result.findings.sort(compareFindings);
}
function notRendered(output, ruleSet) {
    const { job } = output;
    const what = output.kind === 'tool-missing' ? `${job.root.kind === 'chart' ? 'chart' : 'kustomization'} ${job.root.dir}` : describeJob(job);
    const fix = {
        'tool-missing': `install it (GitHub-hosted runners have helm and kubectl) or name it: ${job.root.kind === 'chart' ? 'helm' : 'kustomize'} in .velero-hooks.yaml, --${job.root.kind === 'chart' ? 'helm' : 'kustomize'} or the action input`,
        'dependencies-missing': 'vendor the dependencies (commit charts/) or run helm dependency build before velero-hooks',
        timeout: 'make the render faster, or raise render.timeout in .velero-hooks.yaml',
        refused: 'velero-hooks renders only what is in the repository',
        failed: `fix the ${job.root.kind === 'chart' ? 'chart' : 'kustomization'} so that it renders`,
    };
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const level = ruleSet.severities?.get(ruleSet.sourceNotRendered.meta.id);
    return createFinding(ruleSet.sourceNotRendered, {
        messageId: 'notRendered',
        data: { what, why: output.reason.replace(/\.$/, ''), fix: fix[output.kind] },
        severity: level === undefined || level === 'off' ? ruleSet.sourceNotRendered.meta.severity : level,
        file: job.root.anchorFile,
        span,
    });
}
/** Source files as the locator reads them: regular files inside the base, at most 4 MiB. */
function sourceReader(base) {
    const cache = new Map();
    return (file) => {
        if (cache.has(file))
            return cache.get(file);
        let text;
        const abs = external_node_path_default().resolve(base, file);
        const inside = !external_node_path_default().relative(base, abs).startsWith('..');
        try {
            if (inside && (0,external_node_fs_namespaceObject.statSync)(abs).isFile() && (0,external_node_fs_namespaceObject.statSync)(abs).size <= 4 * 1024 * 1024)
                text = (0,external_node_fs_namespaceObject.readFileSync)(abs, 'utf8');
        }
        catch {
            text = undefined;
        }
        cache.set(file, text);
        return text;
    };
}
/**
 * One finding per source position and rule, however many renders reach it (a base shared by two
 * overlays, a template rendered with three value sets): the message names every render.
 */
class MergedFindings {
    byPlace = new Map();
    add(finding, render) {
        const key = `${finding.ruleId}\n${finding.file}\n${finding.line}\n${finding.column}`;
        const seen = this.byPlace.get(key);
        if (!seen)
            this.byPlace.set(key, { finding, renders: [render] });
        else if (!seen.renders.includes(render))
            seen.renders.push(render);
    }
    findings() {
        return [...this.byPlace.values()].map(({ finding, renders }) => renders.length === 1 ? finding : { ...finding, message: finding.message.replace(/\]$/, `; also in ${renders.slice(1).join(', ')}]`) });
    }
}

;// CONCATENATED MODULE: ./src/app/sources-step.ts
/**
 * The charts-and-overlays step of a run, beside the plain lint: renders what the scanned
 * directories hold, then merges its findings into the plain lint's result. A render explains some
 * files: their "not checked" findings go, a rendered chart's files are checked through the render
 * only, and a source line reported by both keeps one finding.
 */





/** A render that takes longer than this is stopped and reported (source-not-rendered). */
const DEFAULT_RENDER_TIMEOUT_MS = 60_000;
async function runSourcesStep(settings, options, config = {}) {
    if (!settings.chartsAndOverlays)
        return undefined;
    const discovered = await discoverFiles({ cwd: options.cwd, patterns: options.patterns, ignore: options.ignore, allowExplicitOutside: options.allowExplicitOutside ?? false });
    const dirs = [...new Set(discovered.files.filter((f) => !f.relative.startsWith('../')).map((f) => external_node_path_default().posix.dirname(f.relative)))];
    return checkSources({
        base: external_node_path_default().resolve(options.cwd),
        dirs,
        ruleSet: options.ruleSet,
        helm: settings.helm ?? config.helm,
        kustomize: settings.kustomize ?? config.kustomize,
        timeoutMs: config.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS,
        concurrency: Math.max(1, external_node_os_default().availableParallelism()),
        charts: config.charts,
    });
}
const place = (f) => `${f.ruleId}\n${f.file}\n${f.line}\n${f.column}`;
function mergeSources(lint, sources, notCheckedRules) {
    if (!sources)
        return lint;
    const replaced = (f) => sources.replaced.has(f.file) || (sources.explained.has(f.file) && notCheckedRules.includes(f.ruleId));
    const plain = lint.findings.filter((f) => !replaced(f));
    const seen = new Set(plain.map(place));
    const findings = [...plain, ...sources.findings.filter((f) => !seen.has(place(f)))].sort(compareFindings);
    const summary = {
        ...lint.summary,
        documents: lint.summary.documents + sources.documents,
        resources: lint.summary.resources + sources.resources,
        hooks: lint.summary.hooks + sources.hooks,
        ...countBySeverity(findings),
    };
    return { ...lint, findings, summary };
}

;// CONCATENATED MODULE: ./src/engine/unmatched.ts
/**
 * Which of the patterns a user gave matched no file: the command line never passes silently
 * because of a typo in a path or glob. Decided from what discovery found, per pattern.
 */




const unmatched_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
function unmatched_isInside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** A test of absolute paths: the file named, a file under the directory named, or a glob match. */
function patternMatcher(cwd, pattern) {
    if (!out_default().isDynamicPattern(pattern)) {
        const named = external_node_path_default().resolve(cwd, pattern);
        let isDirectory;
        try {
            isDirectory = (0,external_node_fs_namespaceObject.statSync)(named).isDirectory();
        }
        catch {
            isDirectory = undefined;
        }
        if (isDirectory === true)
            return (file) => unmatched_isInside(file, named);
        if (isDirectory === false)
            return (file) => file === named;
    }
    const isMatch = picomatch_default()(unmatched_toPosix(pattern).replace(/^(\.\/)+/, ''));
    return (file) => isMatch(unmatched_toPosix(external_node_path_default().relative(cwd, file)));
}
/**
 * The patterns that matched none of the discovered files (nor a path discovery skipped and
 * reported), in the order given. cwd: the base directory the patterns are relative to.
 */
function unmatchedPatterns(cwd, patterns, discovery) {
    const base = external_node_path_default().resolve(cwd);
    const paths = [...discovery.files.map((f) => f.absolute), ...discovery.skipped.map((s) => external_node_path_default().resolve(base, s.path))];
    return patterns.filter((pattern) => {
        // A negated glob (fast-glob's "!x") excludes files: it has nothing to match.
        if (pattern.startsWith('!'))
            return false;
        const matches = patternMatcher(base, pattern);
        return !paths.some(matches);
    });
}

;// CONCATENATED MODULE: ./src/app/unmatched.ts
/**
 * A pattern that matches no file is a usage error (as in ESLint): `velero-hooks lint deploi/` must
 * not print "no problems". Checked once discovery has run, before any file is read or written.
 */



/** Patterns that matched no file; the message has one line per pattern (or one for the patterns together). */
class UnmatchedPatternError extends UsageError {
    patterns;
    name = 'UnmatchedPatternError';
    constructor(message, patterns) {
        super(message);
        this.patterns = patterns;
    }
}
const quoted = (patterns) => patterns.map((p) => `"${p}"`).join(', ');
/** One line, with the reason when ignore globs (--ignore, the configuration, rendered/) hid every file. */
function unmatchedLine(group, allIgnored) {
    const [what, they] = group.length === 1 ? [`the pattern ${quoted(group)}`, 'it matches'] : [`the patterns ${quoted(group)}`, 'they match'];
    return `No files matching ${what} were found${allIgnored ? ` (every file ${they} is ignored)` : ''}.`;
}
/**
 * The check runLint (or render) calls with what discovery found, or undefined when unmatched
 * patterns are allowed. Under 'each' every pattern must match a file; under 'all' (the default
 * patterns, the action's files) one of them must.
 */
function unmatchedCheck(settings, allowExplicitOutside) {
    if (settings.onUnmatched === 'allow')
        return undefined;
    const { cwd } = settings;
    // Negated globs ("!vendor/**") only take files away: they are no pattern to match.
    const patterns = settings.patterns.filter((p) => !p.startsWith('!'));
    return async (discovery) => {
        const unmatched = unmatchedPatterns(cwd, patterns, discovery);
        const everyOne = unmatched.length === patterns.length && patterns.length > 0;
        const groups = settings.onUnmatched === 'each' ? unmatched.map((p) => [p]) : everyOne ? [patterns] : [];
        if (groups.length === 0)
            return;
        const lines = [];
        for (const group of groups) {
            // Only on the way to an error: is it the ignore globs that left nothing?
            const unfiltered = await discoverFiles({ cwd, patterns: group, ignore: [], allowExplicitOutside });
            lines.push(unmatchedLine(group, unfiltered.files.length > 0));
        }
        throw new UnmatchedPatternError(lines.join('\n'), groups.flat());
    };
}

;// CONCATENATED MODULE: ./src/app/run.ts
/**
 * What a run does once its settings are known, for the CLI and the action alike: load the
 * configuration, apply the safe fixes if asked, then lint, or lint and render / check.
 */












const EMPTY_LINT = { summary: { files: 0, documents: 0, resources: 0, hooks: 0, errors: 0, warnings: 0, notices: 0 }, findings: [], skipped: [] };
async function runRequested(settings, scope = {}) {
    const config = await loadConfigOrThrow(settings.cwd, settings.configPath);
    const checked = settings.stdinFilename !== undefined ? lintStdin(settings, scope.stdin ?? '', config) : await checkFiles(settings, scope, config);
    const lint = applyConfig(checked.lint, config);
    const warnings = lint.summary.warnings;
    return rebase(settings, { ...checked, lint: settings.quiet ? errorsOnly(lint) : lint, warnings });
}
async function checkFiles(settings, scope, config) {
    const patterns = scope.patterns ?? settings.patterns;
    if (settings.mode === 'lint' && patterns.length === 0)
        return { lint: EMPTY_LINT, render: undefined, fixed: undefined };
    const allowExplicitOutside = scope.allowExplicitOutside ?? false;
    const options = lintOptionsWithConfig({
        cwd: settings.cwd,
        patterns,
        ignore: lintIgnore(settings),
        maxFileBytes: settings.maxFileBytes,
        workers: settings.workers,
        allowExplicitOutside,
        // Narrowed patterns (only-changed) are the action's own, not the user's: nothing to check.
        onDiscovered: scope.patterns === undefined ? unmatchedCheck(settings, allowExplicitOutside) : undefined,
    }, config, settings.veleroVersion);
    // Fixes first, so the findings reported are the ones left for a person to fix.
    const fixed = settings.fix ? await runFix({ ...options, filter: findingFilter(config), onFile: scope.onFixFile }) : undefined;
    // Charts and overlays render while the plain manifests are linted.
    const sources = runSourcesStep(settings, options, { ...config.render, charts: config.charts });
    // Awaited below; this only keeps a failure from being an unhandled rejection while lint runs.
    sources.catch(() => undefined);
    const notChecked = [options.ruleSet.templateSkipped.meta.id, options.ruleSet.hookKeysNotChecked.meta.id];
    if (settings.mode === 'lint') {
        const lint = await runLint({ ...options, onProgress: scope.onFile });
        return { lint: mergeSources(lint, await sources, notChecked), render: undefined, fixed };
    }
    const render = scope.renderRepository ?? renderRepository;
    const result = await render({
        cwd: settings.cwd,
        patterns: [...options.patterns],
        ignore: [...options.ignore],
        ruleSet: options.ruleSet,
        outputDir: settings.outputDir,
        volumeMounts: settings.volumeMounts,
        maxFileBytes: settings.maxFileBytes,
        mode: settings.mode === 'render' ? 'write' : 'check',
        ...(options.onDiscovered ? { onDiscovered: options.onDiscovered } : {}),
    });
    const { outputDir } = settings;
    return { lint: mergeSources(result.lint, await sources, notChecked), render: { outputDir, written: result.written, unchanged: result.unchanged, stale: result.stale, result }, fixed };
}
/**
 * lint skips what render writes (rendered/ by default): its manifests are the sources again, with
 * init containers added, so they would repeat every finding and conflict with the sources' hooks.
 * Not when a pattern names the output directory (or a path inside it) itself.
 */
function lintIgnore(settings) {
    const out = settings.outputDir;
    if (settings.mode !== 'lint' || out === '.')
        return settings.ignore;
    const outAbs = external_node_path_default().resolve(settings.cwd, out);
    const named = settings.patterns.some((p) => {
        const base = out_default().isDynamicPattern(p) ? picomatch_default().scan(p).base : p;
        const rel = external_node_path_default().relative(outAbs, external_node_path_default().resolve(settings.cwd, base));
        return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
    });
    return named ? settings.ignore : [...settings.ignore, `${out_default().escapePath(out)}/**`];
}
/** `velero-hooks lint -`: the manifest on standard input, checked like a file of that name. */
function lintStdin(settings, text, config) {
    const given = settings.stdinFilename ?? DEFAULT_STDIN_FILENAME;
    // Relative to the base directory while the configuration's path globs apply; rebase() turns it back.
    const name = given === DEFAULT_STDIN_FILENAME ? given : run_toPosix(external_node_path_default().relative(settings.cwd, external_node_path_default().resolve(settings.reportDir, given)));
    const { findings, documents, resources, hooks } = lintTextCounts(name, text, ruleSetForConfig(config, settings.veleroVersion));
    const summary = { files: 1, documents, resources, hooks, ...countBySeverity(findings) };
    return { lint: { summary, findings, skipped: [] }, render: undefined, fixed: undefined };
}
function errorsOnly(lint) {
    const findings = lint.findings.filter((f) => f.severity === 'error');
    return { ...lint, findings, summary: { ...lint.summary, ...countBySeverity(findings) } };
}
const run_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * Paths relative to the directory the command runs in (the workspace in the action), whatever
 * --cwd is, so every format (text, JSON, SARIF, workflow commands) names files that exist from there.
 */
function rebase(settings, outcome) {
    const { cwd, reportDir } = settings;
    if (external_node_path_default().resolve(cwd) === external_node_path_default().resolve(reportDir) || settings.stdinFilename === DEFAULT_STDIN_FILENAME)
        return outcome;
    const move = (p) => run_toPosix(external_node_path_default().relative(reportDir, external_node_path_default().resolve(cwd, p)));
    const findings = outcome.lint.findings.map((f) => ({ ...f, file: move(f.file) })).sort(compareFindings);
    const skipped = outcome.lint.skipped.map((s) => ({ ...s, path: move(s.path) }));
    const fixed = outcome.fixed && { ...outcome.fixed, files: outcome.fixed.files.map((f) => ({ ...f, file: move(f.file) })) };
    return { ...outcome, lint: { ...outcome.lint, findings, skipped }, fixed };
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
/**
 * The `velero-hooks` command: argv → settings → engine → formatter → exit code.
 * Exit 0: nothing reached --fail-on; 1: something did; 2: usage or internal error (one line, no stack).
 */


















async function runCli(argv, io) {
    try {
        const args = parseCliArgs(argv, (p, cwd) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(io.cwd, cwd ?? '.', p)));
        switch (args.command) {
            case 'help':
                io.stdout(USAGE);
                return 0;
            case 'version':
                io.stdout(`${VERSION}\n`);
                return 0;
            case 'rules':
                return listRules(args, io);
            case 'lint':
            case 'render':
            case 'check':
                return await runCommand(args, io);
            default: {
                const never = args.command;
                throw new UsageError(`unknown command ${String(never)}; expected one of ${COMMANDS.join(', ')}`);
            }
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            const lines = e.message.split('\n').map((line) => `velero-hooks: ${printable(line)}\n`);
            io.stderr(`${lines.join('')}Run "velero-hooks --help" for usage.\n`);
        }
        else {
            io.stderr(`velero-hooks: internal error: ${printable(e?.message ?? String(e))}\n`);
        }
        return 2;
    }
}
/** lint, render and check: settings → runRequested → report → exit code. */
async function runCommand(args, io) {
    const settings = parseSettings({ ...args.raw, mode: args.command }, { dir: io.cwd, source: 'cli' });
    const shownOutput = args.raw.output?.trim() ?? '';
    if (settings.output)
        await assertReportTarget(settings.output, shownOutput, [io.cwd, settings.cwd]);
    const stdin = settings.stdinFilename !== undefined ? await readInput(io.stdin ?? process.stdin, settings.maxFileBytes) : undefined;
    const showProgress = shouldShowProgress({ stderrIsTty: io.stderrIsTty ?? false, env: io.env ?? {}, format: settings.format });
    const fixProgress = createProgress('fixing: checked', { write: io.stderr, enabled: showProgress && settings.fix });
    const progress = createProgress('checked', { write: io.stderr, enabled: showProgress && settings.mode === 'lint' });
    const outcome = await runRequested(settings, {
        allowExplicitOutside: settings.mode === 'lint',
        onFile: () => progress.tick(),
        onFixFile: () => fixProgress.tick(),
        stdin,
    });
    fixProgress.done();
    progress.done();
    for (const f of outcome.fixed?.files ?? []) {
        io.stderr(`velero-hooks: fixed ${printable(f.file)}:\n${f.fixes.map((x) => `  ${printable(x.description)} (${x.ruleId})\n`).join('')}`);
    }
    // NO_COLOR (https://no-color.org): any non-empty value turns colours off; --color still forces them.
    const color = args.color ?? (io.isTty && !settings.output && !io.env?.NO_COLOR);
    const text = formatReport(settings.format, outcome.lint, { color });
    if (settings.output)
        await writeReport(settings.output, shownOutput, text);
    else
        io.stdout(text);
    for (const s of outcome.lint.skipped)
        io.stderr(`velero-hooks: ${printable(`skipped ${s.path}: ${s.reason}`)}\n`);
    return exitCode(settings, outcome, io);
}
/** 1 when findings reach --fail-on, warnings exceed --max-warnings, or check found a stale render. */
function exitCode(settings, outcome, io) {
    const lintFails = outcome.lint.findings.some((f) => reaches(f.severity, settings.failOn));
    const stale = settings.mode === 'check' && (outcome.render?.stale.length ?? 0) > 0;
    if (outcome.render && settings.mode !== 'lint')
        io.stderr(describeRender(settings.mode, outcome.render.outputDir, outcome.render.result));
    const tooManyWarnings = settings.maxWarnings !== undefined && outcome.warnings > settings.maxWarnings;
    if (tooManyWarnings)
        io.stderr(`velero-hooks found too many warnings (maximum: ${settings.maxWarnings}).\n`);
    return lintFails || stale || tooManyWarnings ? 1 : 0;
}
/** The manifest on standard input (the pattern '-'), within the same size limit as files. */
async function readInput(stream, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        size += bytes.length;
        if (size > maxBytes)
            throw new UsageError(`standard input is over the ${maxBytes}-byte limit (--max-file-bytes)`);
        chunks.push(bytes);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Plain words for the I/O errors a report path can meet. */
const IO_REASONS = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOENT: 'its directory does not exist',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
};
const reasonOf = (e) => {
    const code = e?.code;
    return (code && IO_REASONS[code]) ?? (code || e?.message || String(e));
};
/** --output must name a file in a directory that exists: checked before the run, not after it. */
async function assertReportTarget(file, shown, bases) {
    const target = await (0,promises_namespaceObject.stat)(file).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw new UsageError(`--output "${shown}": ${reasonOf(e)}`);
    });
    if (target?.isDirectory())
        throw new UsageError(`--output "${shown}" is a directory; name a file to write the report to`);
    for (const base of bases) {
        const escape = escapeThroughLink(file, base);
        if (escape)
            throw new UsageError(`--output "${shown}": ${escape}; write the report to a real directory`);
    }
    const dir = await (0,promises_namespaceObject.stat)(external_node_path_default().dirname(file)).catch(() => undefined);
    if (!dir)
        throw new UsageError(`--output "${shown}": the directory "${external_node_path_default().dirname(shown)}" does not exist`);
    if (!dir.isDirectory())
        throw new UsageError(`--output "${shown}": "${external_node_path_default().dirname(shown)}" is not a directory`);
}
async function writeReport(file, shown, text) {
    try {
        await writeFileAtomic(file, text);
    }
    catch (e) {
        throw new UsageError(`could not write the report to "${shown}": ${reasonOf(e)}`);
    }
}
/** `velero-hooks rules [ID] [--format text|json]`. */
function listRules(args, io) {
    const format = oneOf('format', args.raw.format, ['text', 'json'], 'text');
    const ids = args.raw.files ?? [];
    for (const id of ids)
        if (!RULES_BY_ID.has(id))
            throw new UsageError(`unknown rule id "${id}"; run "velero-hooks rules" to list them`);
    const rules = ids.length > 0 ? ids.map((id) => RULES_BY_ID.get(id)) : RULES;
    if (format === 'json') {
        const out = rules.map((r) => ({
            id: r.meta.id,
            severity: r.meta.severity,
            fixable: FIXERS_BY_RULE.has(r.meta.id),
            summary: r.meta.docs.summary,
            description: r.meta.docs.description,
            fix: r.meta.docs.fix,
            ...(r.meta.versions ? { versions: r.meta.versions } : {}),
            docs: ruleDocUrl(r.meta.id),
        }));
        io.stdout(`${JSON.stringify(out, null, 2)}\n`);
        return 0;
    }
    if (ids.length > 0) {
        io.stdout(rules
            .map((r) => {
            const fixer = FIXERS_BY_RULE.get(r.meta.id);
            return [
                `${r.meta.id} (${r.meta.severity}${fixer ? ', fixable with --fix' : ''})`,
                '',
                r.meta.docs.summary,
                '',
                r.meta.docs.description,
                '',
                `How to fix: ${r.meta.docs.fix}`,
                ...versionLines(r.meta.versions),
                ...(fixer ? ['', `--fix: ${fixer.summary}`] : []),
                '',
                `Suppress: # velero-hooks-ignore ${r.meta.id} -- reason   (or "rules: {${r.meta.id}: off}" in .velero-hooks.yaml)`,
                `Docs: ${ruleDocUrl(r.meta.id)}`,
            ].join('\n');
        })
            .join('\n\n') + '\n');
        return 0;
    }
    const w = Math.max(...rules.map((r) => r.meta.id.length));
    const row = (r) => `${r.meta.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${FIXERS_BY_RULE.has(r.meta.id) ? 'fix' : '   '}  ${r.meta.docs.summary}`;
    // A rule whose verdict depends on the Velero version says which versions, under its row.
    const versions = (r) => (r.meta.versions ? [`${' '.repeat(w + 16)}Velero versions: ${r.meta.versions.applies}`] : []);
    io.stdout(rules.flatMap((r) => [row(r), ...versions(r)]).join('\n') + '\n');
    return 0;
}
/** A rule's "Velero versions" paragraph for `velero-hooks rules ID`: what Velero does, per version. */
function versionLines(versions) {
    if (!versions)
        return [];
    return ['', `Velero versions (--velero-version): ${versions.applies}`, ...versions.outcomes.map((o) => `  ${o.versions}: ${o.outcome}`)];
}
async function main() {
    const code = await runCli(process.argv.slice(2), {
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        cwd: process.cwd(),
        isTty: Boolean(process.stdout.isTTY),
        stderrIsTty: Boolean(process.stderr.isTTY),
        env: process.env,
    });
    await closeSharedPool();
    process.exitCode = code;
}

;// CONCATENATED MODULE: ./src/cli-main.ts


// The bundle is also the lint worker's script (see src/engine/lint-pool.ts): only the main thread runs the CLI.
if (!runningAsLintWorker())
    void main();

