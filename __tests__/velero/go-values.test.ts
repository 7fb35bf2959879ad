/**
 * The Go standard-library parsers Velero feeds hook annotations to. The duration tables are Go's own
 * (src/time/time_test.go: parseDurationTests and parseDurationErrorTests), so the linter accepts exactly
 * what Velero's time.ParseDuration accepts.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dns1123LabelProblem, goQuote, goTimeQuote, goTrimSpace, isGoSpace, parseGoBool, parseGoDuration } from '../../src/velero/go-values.js'

const ns = 1n
const us = 1000n * ns
const ms = 1000n * us
const sec = 1000n * ms
const min = 60n * sec
const hour = 60n * min

const ACCEPTED: ReadonlyArray<[string, bigint]> = [
  // simple
  ['0', 0n],
  ['5s', 5n * sec],
  ['30s', 30n * sec],
  ['1478s', 1478n * sec],
  // sign
  ['-5s', -5n * sec],
  ['+5s', 5n * sec],
  ['-0', 0n],
  ['+0', 0n],
  // decimal
  ['5.0s', 5n * sec],
  ['5.6s', 5n * sec + 600n * ms],
  ['5.s', 5n * sec],
  ['.5s', 500n * ms],
  ['1.0s', 1n * sec],
  ['1.00s', 1n * sec],
  ['1.004s', 1n * sec + 4n * ms],
  ['1.0040s', 1n * sec + 4n * ms],
  ['100.00100s', 100n * sec + 1n * ms],
  // different units
  ['10ns', 10n * ns],
  ['11us', 11n * us],
  ['12µs', 12n * us], // U+00B5
  ['12μs', 12n * us], // U+03BC
  ['13ms', 13n * ms],
  ['14s', 14n * sec],
  ['15m', 15n * min],
  ['16h', 16n * hour],
  // composite durations
  ['3h30m', 3n * hour + 30n * min],
  ['10.5s4m', 4n * min + 10n * sec + 500n * ms],
  ['-2m3.4s', -(2n * min + 3n * sec + 400n * ms)],
  ['1h2m3s4ms5us6ns', 1n * hour + 2n * min + 3n * sec + 4n * ms + 5n * us + 6n * ns],
  ['39h9m14.425s', 39n * hour + 9n * min + 14n * sec + 425n * ms],
  // large value
  ['52763797000ns', 52763797000n],
  // more than 9 digits after the decimal point (golang.org/issue/6617)
  ['0.3333333333333333333h', 20n * min],
  // 1<<53+1 cannot be stored precisely in a float64
  ['9007199254740993ns', (1n << 53n) + 1n],
  // the int64 limits
  ['9223372036854775807ns', (1n << 63n) - 1n],
  ['9223372036854775.807us', (1n << 63n) - 1n],
  ['9223372036s854ms775us807ns', (1n << 63n) - 1n],
  ['-9223372036854775808ns', -(1n << 63n)],
  ['-9223372036854775.808us', -(1n << 63n)],
  ['-9223372036s854ms775us808ns', -(1n << 63n)],
  ['-2562047h47m16.854775808s', -(1n << 63n)],
  // huge string (golang.org/issue/15011)
  ['0.100000000000000000000h', 6n * min],
  // the first overflow check in leadingFraction
  ['0.830103483285477580700h', 49n * min + 48n * sec + 372539827n],
]

const REJECTED: ReadonlyArray<[string, RegExp]> = [
  ['', /invalid duration ""/],
  ['3', /missing unit in duration "3"/],
  ['-', /invalid duration "-"/],
  ['s', /invalid duration "s"/],
  ['.', /invalid duration "\."/],
  ['-.', /invalid duration "-\."/],
  ['.s', /invalid duration "\.s"/],
  ['+.s', /invalid duration "\+\.s"/],
  ['1d', /unknown unit "d" in duration "1d"/],
  ['\uFFFD', /invalid duration/],
  ['\uFFFD hello \uFFFD world', /invalid duration/],
  // overflow
  ['9223372036854775810ns', /invalid duration/],
  ['9223372036854775808ns', /invalid duration/],
  ['-9223372036854775809ns', /invalid duration/],
  ['9223372036854776us', /invalid duration/],
  ['3000000h', /invalid duration/],
  ['9223372036854775.808us', /invalid duration/],
  ['9223372036854ms775us808ns', /invalid duration/],
  // what people write in hook annotations
  ['30', /missing unit/],
  ['5 min', /unknown unit " min"/],
  ['30 s', /unknown unit " s"/],
  [' 30s', /invalid duration/],
  ['30s ', /unknown unit "s "/],
  ['1h 30m', /unknown unit "h "/],
  ['30S', /unknown unit "S"/],
  ['30sec', /unknown unit "sec"/],
  ['none', /invalid duration/],
  ['invalid', /invalid duration/],
  ['- 5s', /invalid duration/],
  ['--5s', /invalid duration/],
]

describe('parseGoDuration (Go time.ParseDuration)', () => {
  for (const [input, expected] of ACCEPTED) {
    it(`accepts ${JSON.stringify(input)}`, () => {
      const r = parseGoDuration(input)
      assert.ok(r.ok, `rejected: ${r.ok ? '' : r.error}`)
      assert.equal(r.exact, expected)
      assert.equal(r.nanoseconds, Number(expected))
    })
  }
  for (const [input, error] of REJECTED) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      const r = parseGoDuration(input)
      assert.equal(r.ok, false)
      assert.match(r.ok ? '' : r.error, error)
      assert.match(r.ok ? '' : r.error, /^time: /)
    })
  }
  it('Velero unit-test values: 5m3s, 45s and 1h parse; "invalid" and "none" do not', () => {
    assert.deepEqual(parseGoDuration('5m3s'), { ok: true, nanoseconds: 303e9, exact: 303n * sec })
    assert.deepEqual(parseGoDuration('45s'), { ok: true, nanoseconds: 45e9, exact: 45n * sec })
    assert.deepEqual(parseGoDuration('1h'), { ok: true, nanoseconds: 3600e9, exact: hour })
    assert.equal(parseGoDuration('invalid').ok, false)
    assert.equal(parseGoDuration('none').ok, false)
  })
})

describe('parseGoBool (Go strconv.ParseBool)', () => {
  for (const t of ['1', 't', 'T', 'TRUE', 'true', 'True']) it(`${t} is true`, () => assert.equal(parseGoBool(t), true))
  for (const f of ['0', 'f', 'F', 'FALSE', 'false', 'False']) it(`${f} is false`, () => assert.equal(parseGoBool(f), false))
  for (const bad of ['', 'yes', 'no', 'on', 'off', 'y', 'tRUE', 'fALSE', ' true', 'true ', '2', 'enabled']) {
    it(`${JSON.stringify(bad)} is rejected`, () => assert.equal(parseGoBool(bad), undefined))
  }
})

describe('dns1123LabelProblem (Kubernetes container names)', () => {
  for (const good of ['a', '0', 'restore-init', 'velero-restore-init-deadfeed', 'a1-b2', 'x'.repeat(63), '1abc', 'abc1']) {
    it(`accepts ${JSON.stringify(good.length > 20 ? `${good.slice(0, 10)}…(${good.length})` : good)}`, () => {
      assert.equal(dns1123LabelProblem(good), undefined)
    })
  }
  const bad: ReadonlyArray<[string, RegExp]> = [
    ['', /lower-case/],
    ['Restore-Init', /lower-case/],
    ['restore_init', /lower-case/],
    ['restore.init', /lower-case/],
    ['-init', /start and end/],
    ['init-', /start and end/],
    ['restore init', /lower-case/],
    ['x'.repeat(64), /64 characters long; the limit is 63/],
  ]
  for (const [name, problem] of bad) {
    it(`rejects ${JSON.stringify(name.length > 20 ? `${name.slice(0, 10)}…(${name.length})` : name)}`, () => {
      assert.match(dns1123LabelProblem(name) ?? '', problem)
    })
  }
})

describe('goTimeQuote (the time package\'s quote, used by time.ParseDuration errors)', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['5m', '"5m"'],
    ['\t5m', '"\\x095m"'], // Go prints "\x095m", strconv would print "\t5m"
    ['5 m\n', '"5 m\\x0a"'],
    ['12µs', '"12\\xc2\\xb5s"'], // non-ASCII as the \x escapes of its UTF-8 bytes
    ['say "hi"\\', '"say \\"hi\\"\\\\"'],
    ['\uFFFD', '"\\xef\\xbf\\xbd"'],
    ['\u007f', '"\u007f"'], // DEL is below runeSelf and not below ' ': printed as is
  ]
  for (const [input, quoted] of cases) it(`${JSON.stringify(input)} → ${quoted}`, () => assert.equal(goTimeQuote(input), quoted))
  it('ParseDuration errors quote the input the way Go prints it', () => {
    const r = parseGoDuration('\t5m')
    assert.equal(r.ok ? '' : r.error, 'time: invalid duration "\\x095m"')
    const u = parseGoDuration('5\u00a0m')
    assert.equal(u.ok ? '' : u.error, 'time: unknown unit "\\xc2\\xa0m" in duration "5\\xc2\\xa0m"')
  })
})

describe('goQuote (strconv.Quote, fmt %q)', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['redis', '"redis"'],
    ['\t5m', '"\\t5m"'],
    ['a\u0007b\u0000', '"a\\ab\\x00"'],
    ['\u007f', '"\\x7f"'],
    ['no\u00a0break', '"no\\u00a0break"'], // not printable to Go (Zs other than U+0020)
    ['zero\u200bwidth', '"zero\\u200bwidth"'],
    ['µ and ü', '"µ and ü"'],
    ['\u{1F600}', '"\u{1F600}"'],
    ['\u{E0001}', '"\\U000e0001"'],
    ['q"\\', '"q\\"\\\\"'],
  ]
  for (const [input, quoted] of cases) it(`${JSON.stringify(input)} → ${quoted}`, () => assert.equal(goQuote(input), quoted))
})

describe('goTrimSpace (strings.TrimSpace: unicode.IsSpace, not JavaScript\'s trim)', () => {
  it('NEL and NBSP are Go whitespace; the BOM and the zero-width space are not', () => {
    assert.equal(goTrimSpace('\u0085a\u00a0'), 'a')
    assert.equal(goTrimSpace('\uFEFFa'), '\uFEFFa')
    assert.equal(goTrimSpace('\u200ba'), '\u200ba')
    assert.equal(goTrimSpace(' \t\n\v\f\r\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000a '), 'a')
    assert.equal(goTrimSpace('  '), '')
    assert.ok(isGoSpace('\u0085') && !isGoSpace('\uFEFF') && !isGoSpace('x'))
  })
})
