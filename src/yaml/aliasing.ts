/**
 * Alias bombs ("billion laughs"): a few kilobytes whose aliases expand to billions of nodes. The
 * Kubernetes YAML decoder (go-yaml, since CVE-2019-11253) refuses a document whose alias expansion
 * is excessive; this measures a document the same way, without expanding anything, so the engine
 * can refuse it too instead of walking it (the rules follow aliases, as kubectl's decoding does).
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml'

type Anchored = Exclude<Node, Alias>

const targetsByDocument = new WeakMap<Document, Map<Alias, Anchored | undefined>>()

/**
 * What `alias.resolve(doc)` returns (the last node with the alias's anchor before it, in document
 * order), from one walk per document: `resolve` walks the whole document on every call, which
 * makes a document with many aliases quadratic.
 */
export function resolveAlias(doc: Document, alias: Alias): Anchored | undefined {
  let targets = targetsByDocument.get(doc)
  if (!targets) {
    targets = aliasTargets(doc)
    targetsByDocument.set(doc, targets)
  }
  return targets.get(alias)
}

/** yaml's visit order (node, then items; a pair's key, then its value), without recursion. */
function aliasTargets(doc: Document): Map<Alias, Anchored | undefined> {
  const targets = new Map<Alias, Anchored | undefined>()
  const anchors = new Map<string, Anchored>()
  const stack: unknown[] = [doc.contents]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source))
    } else if (isScalar(node) || isCollection(node)) {
      if (node.anchor) anchors.set(node.anchor, node)
      if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i])
    } else if (isPair(node)) {
      stack.push(node.value, node.key)
    }
  }
  return targets
}

export interface AliasExpansion {
  /** Nodes a decoder visits, every alias replaced by its anchor's value (go-yaml's decodeCount). */
  decodeCount: number
  /** Of those, the ones reached through an alias (go-yaml's aliasCount). */
  aliasCount: number
  /** The first alias in the document, for the finding's position. */
  firstAlias: Node | undefined
}

/**
 * Whether text[start, end) has a '*' placed like an alias: after a space, a flow indicator or the
 * start, and before an anchor name. A cron schedule's "* * *" is not; a document without such a
 * '*' has no alias node and needs no measuring. Returns the first such offset, or -1.
 */
export function aliasLikeOffset(text: string, start: number, end: number): number {
  for (let i = text.indexOf('*', start); i >= 0 && i < end; i = text.indexOf('*', i + 1)) {
    const before = i === 0 ? ' ' : text[i - 1]!
    const after = text[i + 1]
    if ((before === ',' || before === '[' || before === '{' || /\s/.test(before)) && after !== undefined && !/[\s,[\]{}]/.test(after)) return i
  }
  return -1
}

/** go-yaml decode.go: 99% may come from aliases up to 400,000 nodes, falling to 10% at 4,000,000. */
export function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= 400_000) return 0.99
  if (decodeCount >= 4_000_000) return 0.1
  return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000)
}

/** go-yaml's test, on the totals: more than 100 aliased nodes, 1,000 nodes, and too high a share. */
export function isExcessiveAliasing(e: AliasExpansion): boolean {
  if (!Number.isFinite(e.decodeCount)) return true
  return e.aliasCount > 100 && e.decodeCount > 1000 && e.aliasCount / e.decodeCount > allowedAliasRatio(e.decodeCount)
}

function childrenOf(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((pair) => (isPair(pair) ? [pair.key, pair.value] : [pair]))
  if (isSeq(node)) return node.items
  return []
}

interface Frame {
  node: unknown
  kids: unknown[]
  next: number
  total: number
  viaAlias: boolean
}

/**
 * Counts without expanding: each collection's expanded size is computed once (iteratively, so deep
 * nesting cannot overflow the stack) and reused for every alias to it. An anchor that contains an
 * alias to itself expands without end: Infinity.
 */
export function measureAliasExpansion(doc: Document): AliasExpansion {
  const sizeOf = new Map<unknown, number>()
  const open = new Set<unknown>()
  let plain = 0
  let aliasDepth = 0
  let firstAlias: Node | undefined
  const frame = (node: unknown, viaAlias: boolean): Frame => {
    open.add(node)
    return { node, kids: childrenOf(node), next: 0, total: 1, viaAlias }
  }
  const root = doc.contents
  if (!root) return { decodeCount: 0, aliasCount: 0, firstAlias }
  const stack: Frame[] = [frame(root, false)]
  plain++
  let decodeCount = 0
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.next < top.kids.length) {
      const kid = top.kids[top.next++]
      if (aliasDepth === 0) plain++
      if (isAlias(kid)) {
        // The alias node, then its anchor's value in its place.
        firstAlias ??= kid
        top.total += 1
        const target = resolveAlias(doc, kid)
        if (target === undefined) continue
        const known = sizeOf.get(target)
        if (known !== undefined) top.total += known
        else if (open.has(target)) return { decodeCount: Infinity, aliasCount: Infinity, firstAlias }
        else if (isScalar(target)) top.total += 1
        else {
          aliasDepth++
          stack.push(frame(target, true))
        }
      } else if (isMap(kid) || isSeq(kid)) {
        stack.push(frame(kid, false)) // its count joins top.total when its frame closes
      } else {
        top.total += 1
      }
    } else {
      stack.pop()
      open.delete(top.node)
      sizeOf.set(top.node, top.total)
      if (top.viaAlias) aliasDepth--
      const parent = stack[stack.length - 1]
      if (parent) parent.total += top.total
      else decodeCount = top.total
    }
  }
  return { decodeCount, aliasCount: decodeCount - plain, firstAlias }
}
