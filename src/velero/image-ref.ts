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
import { goTrimSpace, isGoSpace } from './go-values.js'

const ALPHANUM = '[a-z0-9]+'
const SEPARATOR = '(?:[._]|__|[-]+)'
const PATH_COMPONENT = `${ALPHANUM}(?:${SEPARATOR}${ALPHANUM})*`
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]'
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}'
/** referencePat: name, then `:tag`, then `@digest`. */
const REFERENCE = new RegExp(`^((?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`)
/** anchoredNameRegexp: the domain and the path of a name. */
const NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`)
/** anchoredIdentifierRegexp: a bare image ID. */
const IDENTIFIER = /^[a-f0-9]{64}$/
const TAG_ONLY = new RegExp(`^${TAG}$`)

/** RepositoryNameTotalLengthMax: since v0.6.0 the path only, without the registry (aaca75e). */
const PATH_MAX = 255
/** go-digest's algorithms the kubelet registers (crypto/sha256, crypto/sha512), and their hex lengths. */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }

export type ImageVerdict =
  /** The API server rejects the restored Pod: Velero reports the create error and the pod is not restored. */
  | { stage: 'api-server'; problem: string }
  /** The Pod is created, and the kubelet cannot parse the image: the pod stays in Init (InvalidImageName). */
  | { stage: 'kubelet'; problem: string }

const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\v': 'a vertical tab',
  '\f': 'a form feed',
  '\u0085': 'a next-line character (U+0085)',
  '\u00a0': 'a no-break space (U+00A0)',
}

function characterName(ch: string): string {
  return CHARACTER_NAMES[ch] ?? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** Which Go whitespace the image starts or ends with, in words. */
function paddingProblem(image: string): string {
  const chars = [...image]
  if (chars.every(isGoSpace)) return 'it is only whitespace'
  const first = chars[0]!
  const last = chars[chars.length - 1]!
  if (isGoSpace(first) && isGoSpace(last)) return `it starts with ${characterName(first)} and ends with ${characterName(last)}`
  return isGoSpace(first) ? `it starts with ${characterName(first)}` : `it ends with ${characterName(last)}`
}

/** splitDockerDomain (normalize.go@v0.6.0): the registry and the rest, Docker Hub's `library/` added. */
function splitDockerDomain(name: string): { domain: string; remainder: string; official: boolean } {
  const slash = name.indexOf('/')
  if (slash < 0) return { domain: 'docker.io', remainder: `library/${name}`, official: true }
  const maybeDomain = name.slice(0, slash)
  let domain = maybeDomain
  let remainder = name.slice(slash + 1)
  if (maybeDomain === 'index.docker.io') domain = 'docker.io'
  else if (maybeDomain !== 'localhost' && !/[.:]/.test(maybeDomain) && maybeDomain.toLowerCase() === maybeDomain) {
    domain = 'docker.io'
    remainder = name
  }
  const official = domain === 'docker.io' && !remainder.includes('/')
  return { domain, remainder: official ? `library/${remainder}` : remainder, official }
}

/** digest.Parse (go-digest v1.0.0, Digest.Validate) for the algorithms the kubelet registers. */
function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':')
  const algorithm = digest.slice(0, colon)
  const hex = digest.slice(colon + 1)
  const length = DIGEST_HEX_LENGTH[algorithm]
  if (length === undefined) return `the digest algorithm "${algorithm}" is not supported (use sha256)`
  if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) return `its ${algorithm} digest is not ${length} lower-case hex digits`
  return undefined
}

/** Why reference.Parse's pattern does not match, in words (the part that is wrong). */
function formatProblem(reference: string): string {
  if (reference.includes('\uFEFF')) return 'it contains U+FEFF (a byte-order mark), which is not whitespace to the API server'
  if (/\s/.test(reference) || [...reference].some(isGoSpace)) return 'it contains whitespace'
  const at = reference.indexOf('@')
  const nameAndTag = at < 0 ? reference : reference.slice(0, at)
  const lastSlash = nameAndTag.lastIndexOf('/')
  const tagColon = nameAndTag.indexOf(':', lastSlash + 1)
  const tag = tagColon < 0 ? undefined : nameAndTag.slice(tagColon + 1)
  if (tag !== undefined && !TAG_ONLY.test(tag)) return `the tag "${tag}" is not valid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`
  if (at >= 0 && !new RegExp(`^${DIGEST}$`).test(reference.slice(at + 1))) {
    return 'the digest is not valid (expected algorithm:hex, e.g. sha256:<64 hex digits>)'
  }
  return 'it is not a valid image reference'
}

/** ParseNormalizedNamed (normalize.go@v0.6.0), as the kubelet calls it: why it fails, or undefined. */
function kubeletProblem(image: string): string | undefined {
  if (IDENTIFIER.test(image)) return 'it is a bare 64-character hex string, which the kubelet refuses as a repository name (an image ID, not a name)'
  const { domain, remainder, official } = splitDockerDomain(image)
  const tagSep = remainder.indexOf(':')
  const remote = tagSep < 0 ? remainder : remainder.slice(0, tagSep)
  if (remote.toLowerCase() !== remote) return 'the repository name must be lower-case'
  const reference = `${domain}/${remainder}`
  const match = REFERENCE.exec(reference)
  if (!match) return formatProblem(image)
  const path = NAME.exec(match[1]!)?.[2] ?? match[1]!
  if (path.length > PATH_MAX) {
    const counted = official ? ' (Docker Hub names count as "library/<name>")' : ''
    return `the repository path is ${path.length} characters long${counted}; the limit is ${PATH_MAX}`
  }
  return match[3] ? digestProblem(match[3]) : undefined
}

/** Where the image of an injected init container fails first, or undefined when it is valid. */
export function imageVerdict(image: string): ImageVerdict | undefined {
  if (goTrimSpace(image) !== image) return { stage: 'api-server', problem: paddingProblem(image) }
  const problem = kubeletProblem(image)
  return problem === undefined ? undefined : { stage: 'kubelet', problem }
}

/** What is wrong with an image reference, or undefined when it is valid. */
export function imageReferenceProblem(image: string): string | undefined {
  return imageVerdict(image)?.problem
}
