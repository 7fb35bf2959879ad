/** The check run as a Sink: every finding as a check-run annotation on the pull request's head commit. */
import type { Sink } from '../report/sink.js'
import type { GitHubApi } from './api.js'
import { publishCheckRun, type CheckRunTarget } from './check-run.js'

export function checkRunSink(connect: () => Promise<GitHubApi>, target: CheckRunTarget, warn: (message: string) => void): Sink {
  return {
    name: 'check-run',
    async publish(report, verdict) {
      if (!target.headSha) {
        return { warning: 'velero-hooks: check-run needs the commit SHA (GITHUB_SHA), which is not set; no check run was created.' }
      }
      const url = await publishCheckRun(connect, report, verdict, target, warn)
      return url ? { place: `the check run "${target.name}"`, checkRunUrl: url } : undefined
    },
  }
}
