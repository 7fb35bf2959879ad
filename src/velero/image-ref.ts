/**
 * Container image reference grammar, after github.com/distribution/reference (the grammar the
 * kubelet and container runtimes use). Kubernetes' own validation only rejects leading/trailing
 * whitespace; anything else surfaces later as ErrImagePull/InvalidImageName, i.e. during the restore.
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

/** What is wrong with an image reference, or undefined when it is valid. */
export function imageReferenceProblem(image: string): string | undefined {
  if (image.trim() === '') return 'it is blank'
  if (/\s/.test(image)) return 'it contains whitespace'
  if (image.length > 255 && !image.includes('@')) return 'it is longer than 255 characters'
  if (REFERENCE.test(image)) {
    const digest = /@([^:]+):(.*)$/.exec(image)
    if (digest && digest[1] === 'sha256' && digest[2]!.length !== 64) return 'its sha256 digest is not 64 hex digits'
    return undefined
  }
  const lastSlash = image.lastIndexOf('/')
  const repo = image.slice(lastSlash + 1).split(/[:@]/)[0] ?? ''
  const path = image.slice(0, image.length).split(/[:@]/)[0] ?? ''
  const firstSlash = path.indexOf('/')
  const looksLikeDomain = firstSlash > 0 && /[.:]|^localhost$/.test(path.slice(0, firstSlash))
  const repoPath = looksLikeDomain ? path.slice(firstSlash + 1) : path
  if (/[A-Z]/.test(repoPath) || /[A-Z]/.test(repo)) return 'the repository name must be lower-case'
  const tag = /:([^/@]*)(?:@|$)/.exec(image.slice(lastSlash + 1))?.[1]
  if (tag !== undefined && !new RegExp(`^${TAG}$`).test(tag)) return `the tag "${tag}" is not valid`
  if (image.includes('@')) return 'the digest is not valid (expected algorithm:hex, e.g. sha256:<64 hex digits>)'
  return 'it is not a valid image reference'
}
