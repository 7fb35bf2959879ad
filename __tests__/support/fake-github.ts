/**
 * A loopback stand-in for the GitHub REST API (GITHUB_API_URL points at it). It serves the
 * endpoints the action uses (check runs: create, update, list for a ref; pull request files),
 * keeps the check runs it created, records every request, and lets a test replace any response to
 * simulate 403s, 5xx and rate limits, before or after the request took effect, an API that never
 * answers or drips its body, and answers of the wrong shape.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query, e.g. /repos/o/r/pulls/7/files?per_page=100&page=2 */
  url: string
  authorization: string | undefined
  body: unknown
}

export interface FakeResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /**
   * Handle the request as usual first (create or update the check run), then send this response
   * instead of the usual one: a 5xx after GitHub did the work.
   */
  afterEffect?: boolean
  /** 'hang': never answer; 'drip': send the headers, then one byte of body every 50 ms, forever. */
  stall?: 'hang' | 'drip'
}

/** A check run as the fake keeps it: annotations accumulate over create and updates, as on GitHub. */
export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  external_id: string | null
  status: string
  conclusion: string | null
  annotations: unknown[]
}

export interface PullFile {
  filename: string
  status?: string
  patch?: string
}

export interface FakeGitHubOptions {
  /** Files of each pull request, served 100 per page (per_page is honoured). */
  pullFiles?: Record<number, PullFile[]>
  /** Return a response to override the default handling of a request; undefined = default. */
  override?: (request: RecordedRequest, index: number) => FakeResponse | undefined
}

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  /** Every check run created, in order. */
  checkRuns: FakeCheckRun[]
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = []
  const checkRuns: FakeCheckRun[] = []
  let nextCheckRunId = 1000
  let base = ''
  const server: Server = createServer((req, res) => {
    void (async () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: await readBody(req),
      }
      const index = requests.push(recorded) - 1
      const send = (r: FakeResponse): void => {
        if (r.stall === 'hang') return
        if (r.stall === 'drip') {
          res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...r.headers })
          res.write('[')
          const timer = setInterval(() => res.write(' '), 50)
          res.on('close', () => clearInterval(timer))
          return
        }
        res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...r.headers })
        res.end(r.body === undefined ? '' : JSON.stringify(r.body))
      }
      const custom = options.override?.(recorded, index)
      if (custom && !custom.afterEffect) return send(custom)
      const response = handle(recorded)
      send(custom ?? response)
    })()
  })

  function handle(recorded: RecordedRequest): FakeResponse {
    const url = new URL(recorded.url, 'http://fake')
    const checkCreate = /^\/repos\/[^/]+\/[^/]+\/check-runs$/.exec(url.pathname)
    const checkUpdate = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname)
    const checkList = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(url.pathname)
    const pullFiles = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname)
    const body = (recorded.body ?? {}) as Partial<FakeCheckRun> & { output?: { annotations?: unknown[] } }
    const view = (run: FakeCheckRun) => ({ ...run, annotations: undefined, html_url: `https://github.com/checks/${run.id}` })
    if (checkCreate && recorded.method === 'POST') {
      const run: FakeCheckRun = {
        id: nextCheckRunId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        external_id: body.external_id ?? null,
        status: body.status ?? 'queued',
        conclusion: body.conclusion ?? null,
        annotations: [...(body.output?.annotations ?? [])],
      }
      checkRuns.push(run)
      return { status: 201, body: view(run) }
    }
    if (checkUpdate && recorded.method === 'PATCH') {
      const run = checkRuns.find((r) => r.id === Number(checkUpdate[1]))
      if (!run) return { status: 404, body: { message: 'Not Found' } }
      if (body.status) run.status = body.status
      if (body.conclusion) run.conclusion = body.conclusion
      run.annotations.push(...(body.output?.annotations ?? []))
      return { status: 200, body: view(run) }
    }
    if (checkList && recorded.method === 'GET') {
      const name = url.searchParams.get('check_name')
      let runs = checkRuns.filter((r) => r.head_sha === decodeURIComponent(checkList[1]!) && (name === null || r.name === name))
      // latest (GitHub's default): the newest run of each name.
      if (url.searchParams.get('filter') !== 'all') runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id))
      runs = [...runs].reverse()
      return { status: 200, body: { total_count: runs.length, check_runs: runs.slice(0, Number(url.searchParams.get('per_page') ?? 30)).map(view) } }
    }
    if (pullFiles && recorded.method === 'GET') {
      const number = Number(pullFiles[1])
      const all = options.pullFiles?.[number] ?? []
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const items = all.slice((page - 1) * perPage, page * perPage).map((f) => ({ status: 'modified', ...f }))
      const link = (p: number): string => `${base}${url.pathname}?per_page=${perPage}&page=${p}`
      const links: string[] = []
      if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
      if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
      return { status: 200, headers: links.length ? { link: links.join(', ') } : {}, body: items }
    }
    return { status: 404, body: { message: 'Not Found' } }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    requests,
    checkRuns,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
