/**
 * parseStringToCommand against velero-hooks.md §2.2 (every row) and the command rows of Velero's own
 * unit tests (§6.1 TestGetInitContainerFromAnnotations, §6.7 TestGetPodExecHookFromAnnotations and
 * TestGetPodExecRestoreHookFromAnnotations).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  explainInvalidJson,
  parseStringToCommand,
  programProblem,
  repairJsonCommand,
  suggestSplitArgv,
  suggestJsonCommand,
  veleroArgv,
  type ParsedCommand,
} from '../../src/velero/command.js'

interface Row {
  input: string
  expected: ParsedCommand
  source: string
}

const raw = (input: string, reason: 'not-bracket' | 'invalid-json' | 'not-string-array'): ParsedCommand => ({
  kind: 'raw',
  argv: [input],
  reason,
})

const TABLE_2_2: Row[] = [
  { source: '§2.2 missing or ""', input: '', expected: { kind: 'empty' } },
  {
    source: '§2.2 plain string with spaces (Velero test)',
    input: '/usr/bin/data-populator /user-data full',
    expected: raw('/usr/bin/data-populator /user-data full', 'not-bracket'),
  },
  { source: '§2.2 plain path (Velero test)', input: '/usr/bin/foo', expected: raw('/usr/bin/foo', 'not-bracket') },
  { source: '§2.2 JSON array, compact (Velero test)', input: '["a","b","c"]', expected: { kind: 'json', argv: ['a', 'b', 'c'] } },
  { source: '§2.2 JSON array, spaced (Velero test)', input: '["a", "b", "c"]', expected: { kind: 'json', argv: ['a', 'b', 'c'] } },
  { source: '§2.2 [foobarbaz (Velero test)', input: '[foobarbaz', expected: raw('[foobarbaz', 'invalid-json') },
  { source: '§2.2 [blarg (Velero test)', input: '[blarg', expected: raw('[blarg', 'invalid-json') },
  { source: '§2.2 leading space', input: ' ["a","b"]', expected: raw(' ["a","b"]', 'not-bracket') },
  { source: '§2.2 leading newline', input: '\n["a","b"]', expected: raw('\n["a","b"]', 'not-bracket') },
  { source: '§2.2 trailing newline (literal block scalar)', input: '["a","b"]\n', expected: { kind: 'json', argv: ['a', 'b'] } },
  { source: '§2.2 single quotes (velero#4718)', input: "['a','b']", expected: raw("['a','b']", 'invalid-json') },
  { source: '§2.2 smart quotes (kubermatic#15217)', input: '[“a”,“b”]', expected: raw('[“a”,“b”]', 'invalid-json') },
  { source: '§2.2 number element', input: '["sleep", 10]', expected: raw('["sleep", 10]', 'not-string-array') },
  { source: '§2.2 bool element', input: '[true]', expected: raw('[true]', 'not-string-array') },
  { source: '§2.2 nested array', input: '[["a"]]', expected: raw('[["a"]]', 'not-string-array') },
  { source: '§2.2 object element', input: '[{"a":1}]', expected: raw('[{"a":1}]', 'not-string-array') },
  { source: '§2.2 trailing comma', input: '["a",]', expected: raw('["a",]', 'invalid-json') },
  { source: '§2.2 empty array', input: '[]', expected: { kind: 'json', argv: [] } },
  { source: '§2.2 null element becomes ""', input: '["a", null]', expected: { kind: 'json', argv: ['a', ''] } },
  { source: '§2.2 null', input: 'null', expected: raw('null', 'not-bracket') },
  { source: '§2.2 JSON string', input: '"a"', expected: raw('"a"', 'not-bracket') },
  { source: '§2.2 JSON object', input: '{"a": 1}', expected: raw('{"a": 1}', 'not-bracket') },
]

// §6.1 TestGetInitContainerFromAnnotations and §6.7 exec/backup annotation parsing: the command column.
const VELERO_UNIT_TESTS: Row[] = [
  { source: '§6.1 #1-#2 /usr/bin/data-populator', input: '/usr/bin/data-populator', expected: raw('/usr/bin/data-populator', 'not-bracket') },
  {
    source: '§6.1 #3-#5 one-element command',
    input: '/usr/bin/data-populator /user-data full',
    expected: raw('/usr/bin/data-populator /user-data full', 'not-bracket'),
  },
  { source: '§6.1 #6 ["a","b","c"]', input: '["a","b","c"]', expected: { kind: 'json', argv: ['a', 'b', 'c'] } },
  { source: '§6.1 #7 [foobarbaz', input: '[foobarbaz', expected: raw('[foobarbaz', 'invalid-json') },
  { source: '§6.7 [blarg', input: '[blarg', expected: raw('[blarg', 'invalid-json') },
  { source: '§6.7 ["a","b","c"]', input: '["a","b","c"]', expected: { kind: 'json', argv: ['a', 'b', 'c'] } },
  { source: '§6.7 /usr/bin/foo', input: '/usr/bin/foo', expected: raw('/usr/bin/foo', 'not-bracket') },
  { source: '§6.7 command "" gives no hook', input: '', expected: { kind: 'empty' } },
]

// Go encoding/json details that JSON.parse would otherwise get wrong or that matter for hooks.
const GO_JSON_DETAILS: Row[] = [
  { source: 'whitespace inside the array', input: '[ "a" ,\t"b" ]', expected: { kind: 'json', argv: ['a', 'b'] } },
  { source: '[ ] is empty too', input: '[ ]', expected: { kind: 'json', argv: [] } },
  { source: 'trailing CRLF', input: '["a"]\r\n', expected: { kind: 'json', argv: ['a'] } },
  { source: 'escaped line break', input: '["sh","-c","a\\nb"]', expected: { kind: 'json', argv: ['sh', '-c', 'a\nb'] } },
  { source: 'raw line break inside a string', input: '["sh","-c","a\nb"]', expected: raw('["sh","-c","a\nb"]', 'invalid-json') },
  { source: 'lone surrogate escape becomes U+FFFD', input: '["\\ud800"]', expected: { kind: 'json', argv: ['\uFFFD'] } },
  { source: 'surrogate pair escape', input: '["\\ud83d\\ude00"]', expected: { kind: 'json', argv: ['😀'] } },
  { source: 'trailing garbage', input: '["a"] x', expected: raw('["a"] x', 'invalid-json') },
  { source: 'two arrays', input: '["a"]["b"]', expected: raw('["a"]["b"]', 'invalid-json') },
  { source: '[null] is one empty string', input: '[null]', expected: { kind: 'json', argv: [''] } },
  { source: 'tab before [', input: '\t["a"]', expected: raw('\t["a"]', 'not-bracket') },
  { source: 'one empty string passes', input: '[""]', expected: { kind: 'json', argv: [''] } },
]

describe('parseStringToCommand', () => {
  for (const row of [...TABLE_2_2, ...VELERO_UNIT_TESTS, ...GO_JSON_DETAILS]) {
    it(`${row.source}: ${JSON.stringify(row.input)}`, () => {
      assert.deepEqual(parseStringToCommand(row.input), row.expected)
    })
  }
})

describe('veleroArgv', () => {
  it('is undefined where Velero <= 1.18.2 panics (empty command)', () => assert.equal(veleroArgv(''), undefined))
  it('is the whole raw string for invalid JSON', () => assert.deepEqual(veleroArgv("['a']"), ["['a']"]))
  it('is the decoded array for valid JSON', () => assert.deepEqual(veleroArgv('["/bin/sh", "-c", "x"]'), ['/bin/sh', '-c', 'x']))
  it('is [] for []', () => assert.deepEqual(veleroArgv('[]'), []))
})

describe('suggestJsonCommand', () => {
  it('splits a plain command on whitespace', () => {
    assert.equal(suggestJsonCommand('/usr/bin/fsfreeze -f /data'), '["/usr/bin/fsfreeze","-f","/data"]')
  })
  it('wraps shell syntax in /bin/sh -c', () => {
    assert.equal(suggestJsonCommand('echo hi > /tmp/x && sync'), '["/bin/sh","-c","echo hi > /tmp/x && sync"]')
  })
  it('trims a trailing newline', () => assert.equal(suggestJsonCommand('/bin/true\n'), '["/bin/true"]'))
  it('keeps the script of a shell started with -c as one argument', () => {
    assert.equal(suggestJsonCommand('/bin/sh -c echo hi'), '["/bin/sh","-c","echo hi"]')
    assert.equal(suggestJsonCommand('bash -ec "pg_dump db > /x"'), '["bash","-ec","pg_dump db > /x"]')
  })
})

describe('programProblem (argv[0], which Velero and the runtime never split)', () => {
  const cases: ReadonlyArray<[string[], ReturnType<typeof programProblem>]> = [
    [['redis-cli', 'SAVE'], undefined],
    [['redis-cli SAVE'], 'whitespace'],
    [['/bin/sh -c', 'echo'], 'whitespace'],
    [[' /bin/true'], 'whitespace'],
    [['/bin/true\u0085'], 'whitespace'],
    [[''], 'empty'],
    [['', '/bin/true'], 'empty'],
    [['  ', 'x'], 'empty'],
    [[], undefined],
    [['/bin/true', 'a b'], undefined], // arguments may hold spaces
  ]
  for (const [argv, problem] of cases) it(`${JSON.stringify(argv)}: ${problem ?? 'fine'}`, () => assert.equal(programProblem(argv), problem))
})

describe('suggestSplitArgv', () => {
  it('splits a lone command line, keeping a shell script whole', () => {
    assert.equal(suggestSplitArgv(['redis-cli SAVE']), '["redis-cli","SAVE"]')
    assert.equal(suggestSplitArgv(['/bin/sh -c echo hi']), '["/bin/sh","-c","echo hi"]')
  })
  it('splits the program and keeps the other elements', () => assert.equal(suggestSplitArgv(['/bin/sh -c', 'echo hi']), '["/bin/sh","-c","echo hi"]'))
  it('drops leading empty elements, or has nothing to suggest', () => {
    assert.equal(suggestSplitArgv(['', '/bin/true']), '["/bin/true"]')
    assert.equal(suggestSplitArgv(['', ' ']), undefined)
  })
})

describe('explainInvalidJson', () => {
  const cases: ReadonlyArray<[string, RegExp]> = [
    ["['/sbin/fsfreeze', '--freeze', '/var/lib/mysql']", /single quotes/],
    ['[“/bin/sh”, “-c”]', /typographic/],
    ['["a", "b",]', /trailing comma/],
    ['["sh", "-c", "a\nb"]', /raw line break/],
    ['[foobarbaz', /not valid JSON/],
  ]
  for (const [input, why] of cases) it(JSON.stringify(input), () => assert.match(explainInvalidJson(input), why))
})

describe('repairJsonCommand', () => {
  const cases: ReadonlyArray<[string, string | undefined]> = [
    ["['/sbin/fsfreeze', '--freeze', '/var/lib/mysql']", '["/sbin/fsfreeze","--freeze","/var/lib/mysql"]'],
    ['[“/bin/sh”, “-c”, “echo hi”]', '["/bin/sh","-c","echo hi"]'],
    ['["a", "b",]', '["a","b"]'],
    ['[foobarbaz', undefined],
  ]
  for (const [input, repaired] of cases) {
    it(JSON.stringify(input), () => {
      assert.equal(repairJsonCommand(input), repaired)
      if (repaired) assert.equal(parseStringToCommand(repaired).kind, 'json')
    })
  }
})
