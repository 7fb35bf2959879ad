/**
 * The only file that reads action inputs. It returns the raw strings; app/settings.ts applies the
 * defaults, so an input that is empty (or absent when the bundle is run by hand) gets the same
 * value action.yml declares.
 */
import * as core from '@actions/core'
import type { RawSettings } from '../app/settings.js'

export type InputReader = (name: string) => string

const read: InputReader = (name) => core.getInput(name)

export function readActionInputs(getInput: InputReader = read, env: NodeJS.ProcessEnv = process.env): RawSettings {
  return {
    files: [getInput('files')],
    ignore: [getInput('ignore')],
    mode: getInput('mode'),
    'output-dir': getInput('output-dir'),
    'volume-mounts': getInput('volume-mounts'),
    'fail-on': getInput('fail-on'),
    'sarif-file': getInput('sarif-file'),
    'check-run': getInput('check-run'),
    'only-changed': getInput('only-changed'),
    config: getInput('config'),
    fix: getInput('fix'),
    'allow-no-files': getInput('allow-no-files'),
    'charts-and-overlays': getInput('charts-and-overlays'),
    helm: getInput('helm'),
    kustomize: getInput('kustomize'),
    'velero-version': getInput('velero-version'),
    plan: getInput('plan'),
    'plan-file': getInput('plan-file'),
    // action.yml defaults this to ${{ github.token }}; outside a runner GITHUB_TOKEN stands in.
    'github-token': getInput('github-token') || env.GITHUB_TOKEN || '',
  }
}

/** GITHUB_WORKSPACE on a runner; the current directory when the bundle is run by hand. */
export function workspaceDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_WORKSPACE?.trim() || process.cwd()
}
