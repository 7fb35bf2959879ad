/**
 * Container image reference grammar, after github.com/distribution/reference and
 * github.com/opencontainers/go-digest (what the kubelet and container runtimes parse). Kubernetes' own
 * Pod validation only rejects leading/trailing whitespace; anything else surfaces later as
 * InvalidImageName, i.e. in the middle of the restore.
 */

const ALPHANUM = '[a-z0-9]+'
const SEPARATOR = '(?:[._]|__|[-]+)'
const PATH_COMPONENT = `${ALPHANUM}(?:${SEPARATOR}${ALPHANUM})*`
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]'
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}'
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`)
const TAG_ONLY = new RegExp(`^${TAG}$`)

/** distribution/reference NameTotalLengthMax. */
const NAME_MAX = 255
/** go-digest's registered algorithms and their hex lengths (lower-case hex only). */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }

function digestProblem(digest: string): string | undefined {
  const colon = digest.indexOf(':')
  const algorithm = digest.slice(0, colon)
  const hex = digest.slice(colon + 1)
  const length = DIGEST_HEX_LENGTH[algorithm]
  if (length === undefined) return `the digest algorithm "${algorithm}" is not supported (use sha256)`
  if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) return `its ${algorithm} digest is not ${length} lower-case hex digits`
  return undefined
}

/** What is wrong with an image reference, or undefined when it is valid. */
export function imageReferenceProblem(image: string): string | undefined {
  if (image.trim() === '') return 'it is blank'
  if (image.trim() !== image) return 'it has leading or trailing whitespace'
  if (/\s/.test(image)) return 'it contains whitespace'
  const match = REFERENCE.exec(image)
  if (match) {
    const [, domain, path, , digest] = match
    const name = domain ? `${domain}/${path}` : path!
    if (name.length > NAME_MAX) return `the repository name is longer than ${NAME_MAX} characters`
    return digest ? digestProblem(digest) : undefined
  }
  // Not a reference: find the part that is wrong, for the message.
  const at = image.indexOf('@')
  const nameAndTag = at < 0 ? image : image.slice(0, at)
  const digest = at < 0 ? undefined : image.slice(at + 1)
  const lastSlash = nameAndTag.lastIndexOf('/')
  const tagColon = nameAndTag.indexOf(':', lastSlash + 1)
  const name = tagColon < 0 ? nameAndTag : nameAndTag.slice(0, tagColon)
  const tag = tagColon < 0 ? undefined : nameAndTag.slice(tagColon + 1)
  const firstSlash = name.indexOf('/')
  const first = firstSlash < 0 ? '' : name.slice(0, firstSlash)
  // distribution/reference treats the first component as a registry when it has '.' or ':' or is localhost.
  const repository = firstSlash > 0 && (/[.:]/.test(first) || first === 'localhost') ? name.slice(firstSlash + 1) : name
  if (/[A-Z]/.test(repository)) return 'the repository name must be lower-case'
  if (tag !== undefined && !TAG_ONLY.test(tag)) return `the tag "${tag}" is not valid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`
  if (digest !== undefined && !new RegExp(`^${DIGEST}$`).test(digest)) {
    return 'the digest is not valid (expected algorithm:hex, e.g. sha256:<64 hex digits>)'
  }
  return 'it is not a valid image reference'
}
