/** Render's own settings (output directory, volume mounts), validated in one place for the CLI and the action. */
import { UsageError } from '../errors.js'
import { oneOf } from './settings.js'
import { VOLUME_MOUNTS_MODES, type VolumeMountsMode } from '../render/init-container.js'
import { DEFAULT_OUTPUT_DIR } from '../render/render-repo.js'

export interface RawRenderInputs {
  'output-dir'?: string
  'in-place'?: boolean
  'volume-mounts'?: string
}

export interface RenderSettings {
  /** Relative to the base directory; '.' means in place. */
  outputDir: string
  volumeMounts: VolumeMountsMode
}

export function parseRenderSettings(raw: RawRenderInputs): RenderSettings {
  const dir = raw['output-dir']?.trim()
  if (raw['in-place'] && dir) throw new UsageError('--output-dir and --in-place exclude each other; give one of them')
  if (dir !== undefined && raw['output-dir'] !== undefined && dir === '') throw new UsageError('--output-dir needs a directory')
  return {
    outputDir: raw['in-place'] ? '.' : dir || DEFAULT_OUTPUT_DIR,
    volumeMounts: oneOf('volume-mounts', raw['volume-mounts'], VOLUME_MOUNTS_MODES, 'app'),
  }
}
