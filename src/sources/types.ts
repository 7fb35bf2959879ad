/**
 * Charts and overlays: the shapes shared by discovery, the renderers (helm, kustomize) and the
 * step that lints their output and puts each finding back on the line the user edits.
 * Every path here is relative to the base directory with '/' separators, like Finding.file.
 */

export type SourceKind = 'chart' | 'kustomization'

/** A Helm chart or a kustomization that is rendered as a whole. */
export interface SourceRoot {
  kind: SourceKind
  /** Its directory ('.' for the base directory itself). */
  dir: string
  /** Chart.yaml or kustomization.yaml (…yml, Kustomization): where a finding goes that has no better line. */
  anchorFile: string
}

/** One render of a root: a chart with one value set, or a kustomization. */
export interface RenderJob {
  root: SourceRoot
  /** For charts: the value set's name, e.g. 'values.yaml', 'ci/prod-values.yaml', or a configured name. */
  valueSet?: string
  /** Where the value set comes from when it is configured (the .velero-hooks.yaml entry), for findings. */
  valueSetOrigin?: SourceSpot
  /** The files of the value set, lowest precedence first (helm -f order): searched last-first. */
  valuesFiles?: string[]
  /** --set pairs of a configured value set, each with where it is written. */
  setValues?: Array<{ key: string; value: string; at: SourceSpot }>
  release?: string
  namespace?: string
  kubeVersion?: string
}

/** A position in a source file (1-based). */
export interface SourceSpot {
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/** A file a rendered object may have taken text from, and what part it plays. */
export interface SourceFile {
  path: string
  /**
   * template: a Helm template (text with {{ }}: searched as text); helper: a template helper file;
   * values: a values file (YAML); set: a configured --set pair; patch: a kustomize patch file (YAML);
   * kustomization: a kustomization file (commonAnnotations, inline patches); resource: the file the
   * object came from (kustomize origin, or a plain manifest).
   */
  role: 'template' | 'helper' | 'values' | 'set' | 'patch' | 'kustomization' | 'resource'
}

/** One rendered object (one YAML document of the renderer's output) and where its text may come from. */
export interface RenderedDocument {
  /** 1-based first and last line of the document in RenderedOutput.text. */
  startLine: number
  endLine: number
  /** Candidate source files, most specific first (patches before bases; set values before chart values). */
  sources: SourceFile[]
  /**
   * The renderer's own name for where the document came from, for messages: helm's `# Source:` path
   * (e.g. 'myapp/charts/redis/templates/statefulset.yaml', chart names, not directories). Never a temporary path.
   */
  origin?: string
  /**
   * Where a finding on this document goes when no source line is found, when that is a better place
   * than the root's anchorFile: e.g. the Chart.yaml of the subchart whose template rendered it.
   */
  anchorFile?: string
}

export type RenderFailureKind = 'tool-missing' | 'failed' | 'timeout' | 'dependencies-missing' | 'refused'

export type RenderOutput =
  | { ok: true; job: RenderJob; text: string; documents: RenderedDocument[] }
  | { ok: false; job: RenderJob; kind: RenderFailureKind; reason: string }
