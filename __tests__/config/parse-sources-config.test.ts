/** `.velero-hooks.yaml` render: and charts: — the settings of charts and overlays, with problems at their lines. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseConfigText } from '../../src/config/parse-config.js'

const FILE = '.velero-hooks.yaml'

describe('render: and charts: in the configuration', () => {
  it('reads the tools, the timeout and per-chart value sets (values relative to the chart)', () => {
    const { config, problems } = parseConfigText(
      [
        'render:',
        '  helm: /opt/helm/bin/helm',
        '  kustomize: kubectl',
        '  timeout: 2m',
        'charts:',
        '  charts/shop:',
        '    ciValues: false',
        '    release: shop',
        '    namespace: prod',
        '    kubeVersion: "1.30.0"',
        '    valueSets:',
        '      - name: eu',
        '        values: [values-eu.yaml, ../shared/common.yaml]',
        '        set: { image.tag: "1.2.3" }',
        '        namespace: eu',
        '',
      ].join('\n'),
      FILE,
    )
    assert.deepEqual(problems, [])
    assert.deepEqual(config.render, { helm: '/opt/helm/bin/helm', kustomize: 'kubectl', timeoutMs: 120_000 })
    assert.deepEqual(config.charts.get('charts/shop'), {
      ciValues: false,
      release: 'shop',
      namespace: 'prod',
      kubeVersion: '1.30.0',
      valueSets: [
        {
          name: 'eu',
          at: { file: FILE, line: 12, column: 9 },
          namespace: 'eu',
          values: ['charts/shop/values-eu.yaml', 'charts/shared/common.yaml'],
          set: [{ key: 'image.tag', value: '1.2.3', at: { file: FILE, line: 14, column: 27 } }],
        },
      ],
    })
  })

  it('reports unknown keys, bad timeouts, nameless sets and paths outside the base at their lines', () => {
    const { problems } = parseConfigText(
      ['render:', '  tmeout: 3', '  timeout: 3h', 'charts:', '  ../vendor/chart: {}', '  charts/web:', '    valueSets:', '      - values: x.yaml', '    civalues: true', ''].join('\n'),
      FILE,
    )
    assert.deepEqual(
      problems.map((p) => `${p.line}:${p.column} ${p.message}`),
      [
        '2:3 unknown key "tmeout" in render; it has the keys helm, kustomize, timeout; did you mean "timeout"?',
        '3:12 render.timeout must be a whole number of seconds or minutes between 1s and 60m ("90s", "2m"); got "3h".',
        '5:3 a chart directory "../vendor/chart" must be relative to the base directory and stay inside it.',
        '8:9 each entry of charts.charts/web.valueSets needs a name.',
        '9:5 unknown key "civalues" in charts.charts/web; it has the keys ciValues, release, namespace, kubeVersion, valueSets; did you mean "ciValues"?',
      ],
    )
  })
})
