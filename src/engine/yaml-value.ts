/**
 * Typed, read-only access to the YAML the rules check: a value's kind, its keys, items and scalar,
 * with aliases resolved (as kubectl's decoding follows them) and each value's path kept. Rules read
 * manifests through these accessors and never handle the `yaml` library's nodes: a value's `node`
 * is an opaque handle they pass to `context.report` to place a finding.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml'
import { resolveAlias } from '../yaml/aliasing.js'
import { boundedJson } from '../yaml/parse.js'

export type PathSegment = string | number
export type YamlPath = PathSegment[]

/**
 * Where a finding goes: hand it to `context.report({ node })` as it is. Rules do not look inside
 * (it is the parser's node, kept so the engine can turn it into a line and column).
 */
export type NodeHandle = Node

/** 'null' is a null scalar (`key:`, `~`, `null`) or no value at all (`{key}`, `? key`). */
export type YamlKind = 'map' | 'seq' | 'scalar' | 'null'

/** One `key: value` of a mapping whose key is a scalar. */
export interface YamlEntry {
  readonly key: string
  /** The key, for findings about the key or about a missing or empty value. */
  readonly keyNode: NodeHandle
  readonly value: YamlValue
}

export class YamlValue {
  /** What the value is, after resolving an alias. */
  readonly kind: YamlKind
  /** The node to report at: the value itself (an alias's target), or null when there is none. */
  readonly node: NodeHandle | null
  readonly path: YamlPath
  readonly #doc: Document

  private constructor(doc: Document, node: Node | null, path: YamlPath) {
    this.#doc = doc
    this.node = node
    this.path = path
    this.kind = isMap(node) ? 'map' : isSeq(node) ? 'seq' : isScalar(node) && node.value !== null ? 'scalar' : 'null'
  }

  /** The value of a parsed node (or of a pair's missing value), aliases resolved. */
  static of(doc: Document, node: unknown, path: YamlPath): YamlValue {
    // resolveAlias answers as node.resolve(doc) does, without re-walking the document per alias.
    const resolved = isAlias(node) ? (resolveAlias(doc, node) ?? node) : node
    return new YamlValue(doc, (resolved ?? null) as Node | null, path)
  }

  // -- mappings -------------------------------------------------------------------------------

  /** The entries of a mapping with scalar keys, in order (none for anything else). */
  entries(): YamlEntry[] {
    if (!isMap(this.node)) return []
    const out: YamlEntry[] = []
    for (const pair of this.node.items) {
      if (!isScalar(pair.key)) continue
      const key = String(pair.key.value)
      out.push({ key, keyNode: pair.key, value: YamlValue.of(this.#doc, pair.value, [...this.path, key]) })
    }
    return out
  }

  /** The first entry whose key is exactly `key` (a scalar key whose value is that string). */
  entry(key: string): YamlEntry | undefined {
    if (!isMap(this.node)) return undefined
    for (const pair of this.node.items) {
      if (isScalar(pair.key) && pair.key.value === key) return { key, keyNode: pair.key, value: YamlValue.of(this.#doc, pair.value, [...this.path, key]) }
    }
    return undefined
  }

  /** As entry(), falling back to a case-insensitive match, as Go's encoding/json matches struct fields. */
  entryFold(key: string): YamlEntry | undefined {
    const exact = this.entry(key)
    if (exact || !isMap(this.node)) return exact
    const lower = key.toLowerCase()
    for (const pair of this.node.items) {
      if (isScalar(pair.key) && String(pair.key.value).toLowerCase() === lower) {
        return { key, keyNode: pair.key, value: YamlValue.of(this.#doc, pair.value, [...this.path, key]) }
      }
    }
    return undefined
  }

  /** The value of entry(key), or undefined when the mapping has no such key (or this is no mapping). */
  get(key: string): YamlValue | undefined {
    return this.entry(key)?.value
  }

  /** The value of entryFold(key). */
  getFold(key: string): YamlValue | undefined {
    return this.entryFold(key)?.value
  }

  /** The first key of a mapping, whatever its kind: where a finding about a missing field goes. */
  firstKeyNode(): NodeHandle | undefined {
    return isMap(this.node) ? ((this.node.items[0]?.key ?? undefined) as Node | undefined) : undefined
  }

  // -- sequences ------------------------------------------------------------------------------

  /** The items of a sequence, aliases resolved (none for anything else). */
  items(): YamlValue[] {
    if (!isSeq(this.node)) return []
    return this.node.items.map((item, i) => YamlValue.of(this.#doc, item, [...this.path, i]))
  }

  // -- scalars --------------------------------------------------------------------------------

  /** The scalar's value as the YAML 1.2 core schema reads it (a string, number, bigint, boolean…), or null. */
  get scalar(): unknown {
    return isScalar(this.node) ? this.node.value : undefined
  }

  get isString(): boolean {
    return typeof this.scalar === 'string'
  }

  string(): string | undefined {
    const v = this.scalar
    return typeof v === 'string' ? v : undefined
  }

  number(): number | undefined {
    const v = this.scalar
    return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined
  }

  boolean(): boolean | undefined {
    const v = this.scalar
    return typeof v === 'boolean' ? v : undefined
  }

  /** The scalar as written, when the parser kept its source (else its value as a string). */
  text(): string | undefined {
    return isScalar(this.node) ? ((this.node as Scalar).source ?? String(this.node.value)) : undefined
  }

  /** A plain (unquoted, not block) scalar, which YAML 1.1 decoders may read as a bool or number. */
  get isPlain(): boolean {
    return isScalar(this.node) && this.node.type === 'PLAIN'
  }

  // -- any value ------------------------------------------------------------------------------

  /** True when the value covers some text (`key:` with nothing after it has an empty null node). */
  get hasText(): boolean {
    const range = this.node?.range
    return range !== undefined && range !== null && range[0] < range[1]
  }

  /** The value as one JSON text, or undefined when it is bigger than maxChars or not JSON-shaped. */
  json(maxChars?: number): string | undefined {
    return boundedJson(this.node, maxChars)
  }
}
