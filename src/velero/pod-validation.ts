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
import { imageReferenceProblem } from './image-ref.js'

/** Go's unicode.IsSpace: what strings.TrimSpace removes (U+0085 and U+00A0 yes, U+FEFF no). */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'

function isGoSpace(c: string | undefined): boolean {
  return c !== undefined && GO_SPACE.includes(c)
}

/** strings.TrimSpace(s) != s: the API server rejects such an image in a Pod. */
export function hasGoSpaceAtEnds(s: string): boolean {
  return isGoSpace(s[0]) || isGoSpace(s[s.length - 1])
}

/** distribution/reference anchoredIdentifierRegexp: a bare 64-hex name is an image ID, not a reference. */
const IMAGE_ID = /^[a-f0-9]{64}$/

/** Why the kubelet cannot parse `image` as a reference (InvalidImageName), or undefined. */
export function kubeletImageProblem(image: string): string | undefined {
  if (IMAGE_ID.test(image)) return 'a bare 64-hex string is an image ID, not a repository name'
  if (image.trim() !== image && !hasGoSpaceAtEnds(image)) return 'it has a U+FEFF (zero-width no-break space) at an end, which the API server lets through'
  return imageReferenceProblem(image)
}

/**
 * The variables a `subPathExpr` refers to, as the kubelet's expansion reads them: `$(NAME)`;
 * `$$` is an escaped `$`; `$(` without a closing `)` is literal text.
 */
export function subPathExprVariables(expr: string): string[] {
  const names: string[] = []
  for (let i = 0; i < expr.length; i++) {
    if (expr[i] !== '$') continue
    if (expr[i + 1] === '$') {
      i++
    } else if (expr[i + 1] === '(') {
      const close = expr.indexOf(')', i + 2)
      if (close < 0) break
      names.push(expr.slice(i + 2, close))
      i = close
    }
  }
  return names
}
