import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 6752:
/***/ ((module) => {

// undici, bundled alone beside this file: read only when first required (scripts/bundle-output.mjs).
const undici = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./undici.cjs");
module.exports = undici;

/***/ }),
































































































/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 85:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2143);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/package-errors.js
/**
 * The workflow side of the plain packages' errors. `registry`, `digest`,
 * `junit` and `gate` run anywhere Node runs: they throw typed errors that say
 * what happened (`RegistryError` with a `code`, `DigestError`, `ReportError`,
 * `GateError`), and every such error is one the user can fix. What a GitHub
 * workflow should change to fix it is said here, once, for every action.
 *
 * Errors are recognised by their `name` and `code` fields, not by class, so
 * that action-kit does not load the packages (and each bundle may hold its
 * own copy of a package's classes).
 */
/** The `name` of each package's error type. */
const PACKAGE_ERROR_NAMES = new Set(['RegistryError', 'DigestError', 'ReportError', 'GateError', 'MetricsFileError']);
/** Said whenever the remote refuses a push for a reason other than a taken name. */
const PUSH_PERMISSION_HINT = "Give the job 'permissions: contents: write' and keep the checkout's credentials " +
    "(actions/checkout with the default 'persist-credentials: true'), or push with a token that may write tags.";
const CHECKOUT_HINT = 'The job must run actions/checkout before this step.';
/** What the workflow should do, by `RegistryError` code; codes whose message says it all have none. */
const REGISTRY_HINTS = {
    'version-not-greater': "Choose a greater version, or leave 'version' empty and use 'bump'.",
    'not-registered': 'Register it with the version-model action first.',
    'too-many-conflicts': 'Run the job again; if it keeps happening, have fewer runs write to the registry of this model at once.',
    'not-a-checkout': CHECKOUT_HINT,
    'remote-not-found': "Set 'remote' to a remote of the checkout (usually 'origin') or to a repository URL.",
    'remote-denied': "Keep the checkout's credentials (actions/checkout with 'persist-credentials: true') " +
        'or give a token that can read the repository.',
    'remote-unreadable': 'Check that the remote is reachable from the runner.',
    'remote-timeout': 'Check that the remote is reachable from the runner and answers (a host or proxy that accepts ' +
        'connections and never replies looks like this), then run the job again.',
    'push-refused': PUSH_PERMISSION_HINT,
    'local-tag-exists': "Delete that tag in the checkout ('git tag --delete <tag>') if it is a leftover, and run one 'push: false' step " +
        'at a time in a checkout.',
    'shallow-refused': "Check out with 'fetch-depth: 0' (actions/checkout), or keep the registry in the repository " +
        'the workflow runs in (the default remote, origin).',
};
/** An error a plain package threw for something the user can fix. */
function isPackageError(error) {
    return error instanceof Error && PACKAGE_ERROR_NAMES.has(error.name);
}
/**
 * What the workflow should do about a package's error, as a sentence to
 * follow its message; undefined when the message says it all or the error is
 * not a package's.
 */
function explainError(error) {
    if (!isPackageError(error))
        return undefined;
    if (error.name === 'RegistryError' && typeof error.code === 'string')
        return REGISTRY_HINTS[error.code];
    return undefined;
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/errors.js

/**
 * A mistake the workflow author can fix: bad input, a missing file, a refused
 * promotion. Reported as one `::error::` line with no stack trace; everything
 * else is reported as an internal error of the action.
 */
class errors_UserError extends Error {
    name = 'UserError';
    /**
     * The step's exit code: 1, or a command's own when the step fails because
     * of it (a test command's exit code of 2 or 5 says something to whoever
     * reads the step).
     */
    exitCode;
    constructor(message, options = {}) {
        super(message);
        const { exitCode = 1 } = options;
        // A process exit code is 1 to 255; anything else (0, a signal's negative code) fails as 1.
        this.exitCode = Number.isInteger(exitCode) && exitCode >= 1 && exitCode <= 255 ? exitCode : 1;
    }
}
/**
 * A mistake the workflow author can fix: a `UserError`, or an error a plain
 * package (registry, digest, junit, gate) threw for one (package-errors.ts).
 */
function isUserError(error) {
    return error instanceof errors_UserError || isPackageError(error);
}
/**
 * The message of anything thrown, for reporting. A package's error is
 * followed by what the workflow should do about it (`explainError`).
 */
function messageOf(error) {
    if (!(error instanceof Error))
        return String(error);
    const hint = explainError(error);
    return hint === undefined ? error.message : `${error.message} ${hint}`;
}

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat: io_util_stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield io_util_stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield io_util_stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield io_util_stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield io_util_stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/process-group.js


/** Output that processes which escaped a stopped group may still hold open is not waited for longer than this. */
const STREAM_WAIT_MS = 1_000;
const GROUP_POLL_MS = 100;
/** How long a group that got SIGKILL is watched until its processes are gone. */
const KILLED_WAIT_MS = 1_000;
/**
 * Runs a process as the leader of a new process group (`@actions/exec`
 * cannot), so that stopping it reaches the processes it started too: a
 * script's children, git's transport helper that holds the connection. A
 * stopped leader's leftovers in its group get the same grace, then SIGKILL.
 * The one place that starts a group: the deploy command and git share it.
 */
function runProcessGroup(file, args, options) {
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const { stdout, stderr } = child;
    stdout.on('data', options.onStdout);
    stderr.on('data', options.onStderr);
    if (child.stdin) {
        // A process may exit without reading its input: that is its answer, not an error here.
        child.stdin.on('error', () => undefined);
        child.stdin.end(Buffer.from(options.input ?? '', 'utf8'));
    }
    const group = child.pid;
    let stopped;
    let killTimer;
    let killAt = 0;
    const signalGroup = (signal) => {
        if (group === undefined)
            return;
        try {
            process.kill(-group, signal);
        }
        catch {
            // The group is gone already.
        }
    };
    const stop = (why, signal) => {
        if (stopped)
            return;
        stopped = why;
        signalGroup(signal);
        const grace = why === 'aborted' ? Math.min(options.graceMs, options.abortGraceMs ?? options.graceMs) : options.graceMs;
        killAt = Date.now() + grace;
        killTimer = setTimeout(() => signalGroup('SIGKILL'), grace);
    };
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => stop('timeout', 'SIGTERM'), options.timeoutMs);
    const onAbort = () => stop('aborted', signalNamed(options.signal?.reason) ?? 'SIGTERM');
    if (options.signal?.aborted)
        onAbort();
    else
        options.signal?.addEventListener('abort', onAbort, { once: true });
    return new Promise((resolve, reject) => {
        child.on('error', (error) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            reject(error);
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            const exitCode = code ?? 128 + (signal ? external_node_os_namespaceObject.constants.signals[signal] : 0);
            const finish = () => resolve(stopped ? { exitCode, stopped } : { exitCode });
            const drain = () => {
                if (stdout.readableEnded && stderr.readableEnded)
                    return finish();
                // The rest of the output, unless a process that left the group holds the pipes open.
                const wait = setTimeout(finish, stopped ? STREAM_WAIT_MS : STREAM_WAIT_MS * 10);
                child.on('close', () => {
                    clearTimeout(wait);
                    finish();
                });
            };
            if (!stopped || group === undefined) {
                clearTimeout(killTimer);
                return drain();
            }
            // The rest of a stopped group has the same grace (a child may be cleaning up), then SIGKILL.
            let over = false;
            const done = () => {
                if (over)
                    return;
                over = true;
                clearInterval(poll);
                clearTimeout(killTimer);
                drain();
            };
            const poll = setInterval(() => {
                if (!groupRuns(group))
                    done();
            }, GROUP_POLL_MS);
            clearTimeout(killTimer);
            killTimer = setTimeout(() => {
                signalGroup('SIGKILL');
                // SIGKILL is not instant on a busy machine: the poll sees the group go, within a bound (a zombie no one
                // reaps would otherwise hold the step).
                killTimer = setTimeout(done, KILLED_WAIT_MS);
            }, Math.max(0, killAt - Date.now()));
            if (!groupRuns(group))
                done();
        });
    });
}
/** Whether any process of the group is left (a zombie not yet reaped counts; the SIGKILL bounds the wait). */
function groupRuns(group) {
    try {
        process.kill(-group, 0);
        return true;
    }
    catch {
        return false;
    }
}
function signalNamed(reason) {
    return reason === 'SIGINT' || reason === 'SIGTERM' || reason === 'SIGHUP' ? reason : undefined;
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/commands.js


const TAIL_LINES = 20;
const TAIL_BYTES = 16 * 1024;
/** CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles) that tools print to terminals. */
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/** The runner used in production: `@actions/exec`, output streamed to the log. */
const actionsCommandRunner = {
    async script(script, options) {
        if (options.timeoutMs !== undefined || options.signal)
            return runStoppable(script, options);
        const tail = new OutputTail();
        const started = Date.now();
        const exitCode = await exec_exec('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
            cwd: options.cwd,
            env: environmentWith(options.env),
            ignoreReturnCode: true,
            listeners: { stdout: (data) => tail.push(data), stderr: (data) => tail.push(data) },
        });
        return { exitCode, tail: tail.text(), durationMs: Date.now() - started };
    },
    async tool(tool, args, options = {}) {
        const result = await getExecOutput(tool, args, {
            cwd: options.cwd,
            env: environmentWith(options.env),
            ignoreReturnCode: true,
            silent: !options.stream,
        });
        return result;
    },
};
const BASH_ARGS = ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c'];
const KILL_GRACE_MS = 10_000;
/**
 * An abort is a cancelled job: the runner sends SIGTERM 7.5 s after SIGINT and
 * kills the step 2.5 s later, so an aborted script gets less time, which
 * leaves the action time to say what state it left.
 */
const ABORT_GRACE_MS = 5_000;
/**
 * Runs a script as the leader of a process group of its own, so that
 * stopping it reaches the processes it started too; output streams to the
 * log as `@actions/exec` streams it.
 */
async function runStoppable(script, options) {
    const tail = new OutputTail();
    const started = Date.now();
    process.stdout.write(`[command]bash ${BASH_ARGS.join(' ')} ${script}\n`);
    const { exitCode, stopped } = await runProcessGroup('bash', [...BASH_ARGS, script], {
        cwd: options.cwd,
        env: environmentWith(options.env),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.signal ? { signal: options.signal } : {}),
        graceMs: options.killGraceMs ?? KILL_GRACE_MS,
        abortGraceMs: ABORT_GRACE_MS,
        onStdout: (data) => {
            tail.push(data);
            process.stdout.write(data);
        },
        onStderr: (data) => {
            tail.push(data);
            process.stderr.write(data);
        },
    });
    return { exitCode, tail: tail.text(), durationMs: Date.now() - started, ...(stopped ? { stopped } : {}) };
}
/** The process environment plus `extra`, with unset variables dropped. */
function environmentWith(extra = {}) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined)
            env[key] = value;
    }
    return Object.assign(env, extra);
}
/** Keeps the last bytes of a stream of output and gives its last lines. */
class OutputTail {
    chunks = [];
    size = 0;
    push(data) {
        this.chunks.push(data);
        this.size += data.length;
        while (this.size - this.chunks[0].length >= TAIL_BYTES) {
            this.size -= this.chunks.shift().length;
        }
    }
    /** The last lines, without terminal colour codes: they read as garbage in an annotation or a summary. */
    text(lines = TAIL_LINES) {
        const all = Buffer.concat(this.chunks).toString('utf8').replace(ANSI_ESCAPE, '').replace(/\s+$/, '');
        return all.split(/\r?\n/).slice(-lines).join('\n');
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/runner-context.js
/**
 * The page of this workflow run, attempt included (a re-run is its own
 * attempt, with its own logs), from the runner's `GITHUB_*` variables; empty
 * outside GitHub, where there is no run to link to.
 */
function workflowRunUrl(env = process.env) {
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    if (!repository || !runId)
        return '';
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
    return `${server}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
}
/**
 * A time limit in milliseconds: DESIGN's `fallbackMs`, unless `env[name]`
 * holds a positive number of milliseconds. The limits are fixed for users;
 * the variables exist so that tests of a hung remote or API take seconds.
 */
function timeLimitMs(name, fallbackMs, env = process.env) {
    const value = Number(env[name]);
    return env[name] && Number.isFinite(value) && value > 0 ? value : fallbackMs;
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/git.js



/** DESIGN.md: each git network call has 60 seconds. */
const GIT_TIMEOUT_MS = 60_000;
/** How long a git stopped with SIGTERM (which lets it remove its lock and temporary files) gets before SIGKILL. */
const git_KILL_GRACE_MS = 2_000;
/**
 * Git in `cwd`, silent. Prompts are disabled (a missing credential fails at
 * once instead of hanging the job), and messages are in English so that
 * failures can be recognised. Each call is bounded by `timeoutMs`.
 */
function createGit(cwd, options = {}) {
    const timeoutMs = options.timeoutMs ?? timeLimitMs('MLOPS_ACTIONS_GIT_TIMEOUT_MS', GIT_TIMEOUT_MS);
    return {
        run(args, runOptions = {}) {
            const env = environmentWith({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env, ...runOptions.env });
            return runGit(args, { cwd, env, input: runOptions.input, timeoutMs });
        },
    };
}
/**
 * Runs git once, in a process group of its own, so that stopping it also
 * stops its transport helper (`git-remote-http`, `ssh`), which holds the
 * connection and the output pipes.
 */
async function runGit(args, options) {
    const stdout = [];
    const stderr = [];
    const { exitCode, stopped } = await runProcessGroup('git', args, {
        cwd: options.cwd,
        env: options.env,
        // git reads stdin only when given input (a tag message); otherwise it gets none.
        ...(options.input === undefined ? {} : { input: options.input }),
        timeoutMs: options.timeoutMs,
        graceMs: git_KILL_GRACE_MS,
        onStdout: (chunk) => stdout.push(chunk),
        onStderr: (chunk) => stderr.push(chunk),
    });
    const result = {
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
    };
    if (stopped) {
        result.stderr += `\ngit was stopped: it did not finish within ${options.timeoutMs / 1000} s\n`;
        result.timedOutAfterMs = options.timeoutMs;
    }
    return result;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/inputs.js



/** Reads an input the way `@actions/core` does: `INPUT_<NAME>` with spaces as `_`. */
const runnerInputs = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/**
 * Typed access to the action's inputs. Every reader trims, applies the default
 * of the contract when the input is empty, and throws a `UserError` that names
 * the input and says what it accepts.
 */
class Inputs {
    source;
    constructor(source = runnerInputs) {
        this.source = source;
    }
    /** The trimmed value, or `fallback` when empty. */
    string(name, fallback = '') {
        const value = (this.source(name) ?? '').trim();
        return value === '' ? fallback : value;
    }
    required(name) {
        const value = this.string(name);
        if (value === '')
            throw new errors_UserError(`Input '${name}' is required: set it in the step's 'with:'.`);
        return value;
    }
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new errors_UserError(`Input '${name}' must be 'true' or 'false', not ${inputs_quote(value)}.`);
    }
    integer(name, fallback, range = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        if (!/^[+-]?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new errors_UserError(`Input '${name}' must be a whole number${describeRange(min, max)}, not ${inputs_quote(value)}.`);
        }
        return Number(value);
    }
    /** A positive number of seconds, fractions allowed (`0.5`). */
    seconds(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
            throw new errors_UserError(`Input '${name}' must be a positive number of seconds, such as '30', not ${inputs_quote(value)}.`);
        }
        return Number(value);
    }
    choice(name, choices, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (choices.includes(value))
            return value;
        throw new errors_UserError(`Input '${name}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}, not ${inputs_quote(value)}.`);
    }
    /** One item a line; blank lines and lines starting with `#` are ignored. */
    list(name) {
        return parseList(this.source(name) ?? '');
    }
    /**
     * A directory relative to the workspace (`working-directory`), as an
     * absolute path; it must exist.
     */
    directory(name, fallback = '.') {
        const relative = this.string(name, fallback);
        const absolute = (0,external_node_path_namespaceObject.resolve)(workspaceDirectory(), relative);
        let isDirectory = false;
        try {
            isDirectory = (0,external_node_fs_namespaceObject.statSync)(absolute).isDirectory();
        }
        catch {
            // Missing or unreadable: reported below.
        }
        if (!isDirectory) {
            throw new errors_UserError(`Input '${name}' is ${inputs_quote(relative)}, which is not a directory in the workspace. ` +
                'Check the path (it is relative to the repository root) and that an earlier step checked out the code.');
        }
        return absolute;
    }
    /**
     * A git remote: a remote name of the checkout or a repository URL, `origin`
     * when empty. It is passed to git as an argument, so one that git would read
     * as an option (`--upload-pack=…`) is refused.
     */
    gitRemote(name = 'remote') {
        const remote = this.string(name, 'origin');
        if (remote.startsWith('-')) {
            throw new errors_UserError(`Input '${name}' must be a remote name such as 'origin' or a repository URL, not ${inputs_quote(remote)}.`);
        }
        return remote;
    }
    /** A value that must match `pattern`; `what` says in words what is accepted. */
    matching(name, pattern, what, fallback = '') {
        const value = this.string(name, fallback);
        if (value !== '' && !pattern.test(value)) {
            throw new errors_UserError(`Input '${name}' must be ${what}, not ${inputs_quote(value)}.`);
        }
        return value;
    }
}
/** The checkout the step runs in: `GITHUB_WORKSPACE`, or the current folder outside GitHub. */
function workspaceDirectory() {
    return process.env['GITHUB_WORKSPACE'] || process.cwd();
}
/** Items of a multiline input: one a line, trimmed, blank and `#` lines dropped. */
function parseList(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Items separated by commas or newlines (`requires: staging, qa`). */
function parseCommaList(text) {
    return parseList(text.replace(/,/g, '\n'));
}
/**
 * Quotes a user's value for an error message, shortened and with control
 * characters shown as escapes, so the message stays one readable line.
 */
function inputs_quote(value, max = 80) {
    const shown = value.length > max ? `${value.slice(0, max)}…` : value;
    // Double quotes unless the value holds some and no single ones: '"status":"ok"' reads better than "\"status\"…".
    const mark = shown.includes('"') && !shown.includes("'") ? "'" : '"';
    const escaped = JSON.stringify(shown).slice(1, -1);
    return mark === '"' ? `"${escaped}"` : `'${escaped.replace(/\\"/g, '"')}'`;
}
function describeRange(min, max) {
    const hasMin = min !== Number.MIN_SAFE_INTEGER;
    const hasMax = max !== Number.MAX_SAFE_INTEGER;
    if (hasMin && hasMax)
        return ` from ${min} to ${max}`;
    if (hasMin)
        return ` of at least ${min}`;
    if (hasMax)
        return ` of at most ${max}`;
    return '';
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/summary.js
/** GitHub refuses a step summary larger than 1 MiB. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note that says what was cut. */
const NOTE_ROOM = 4 * 1024;
/**
 * Markdown for the job summary that never grows past GitHub's step-summary
 * limit: whatever does not fit is left out and counted, and the text ends with
 * a note of what was cut.
 */
class BoundedSummary {
    limit;
    cutNote;
    parts = [];
    bytes = 0;
    cuts = [];
    constructor(limit = STEP_SUMMARY_LIMIT - NOTE_ROOM, 
    /** What the closing note says was cut, and why: the text is not always a step summary. */
    cutNote = "The summary was cut to stay under GitHub's 1 MiB limit") {
        this.limit = limit;
        this.cutNote = cutNote;
    }
    /** Appends a block when it fits; otherwise records `what` as cut. */
    add(markdown, what = 'a section') {
        const block = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
        const size = Buffer.byteLength(block);
        if (this.bytes + size > this.limit) {
            this.cuts.push(what);
            return false;
        }
        this.parts.push(block);
        this.bytes += size;
        return true;
    }
    heading(text, level = 2) {
        this.add(`${'#'.repeat(level)} ${text}\n`, `the heading ${text}`);
    }
    /**
     * A Markdown table; cells are escaped, except those the action wrote as
     * Markdown (`LiveCell`). Rows are added while they fit, and the ones left
     * out are counted in the closing note.
     */
    table(headers, rows, what = 'rows') {
        const head = `| ${headers.map(cell).join(' | ')} |\n| ${headers.map(() => '---').join(' | ')} |\n`;
        let text = head;
        let size = Buffer.byteLength(head);
        let shown = 0;
        for (const row of rows) {
            const line = `| ${row.map((text) => (typeof text === 'string' ? cell(text) : text.markdown)).join(' | ')} |\n`;
            const lineSize = Buffer.byteLength(line);
            if (this.bytes + size + lineSize + 1 > this.limit)
                break;
            text += line;
            size += lineSize;
            shown++;
        }
        if (shown > 0 || rows.length === 0)
            this.add(`${text}\n`, what);
        if (shown < rows.length)
            this.cuts.push(`${rows.length - shown} of ${rows.length} ${what}`);
    }
    /** Bytes left before the limit. */
    get room() {
        return this.limit - this.bytes;
    }
    /** Records `what` as cut without trying to add it (a section that would not fit in `room`). */
    omit(what) {
        this.cuts.push(what);
    }
    /** What was cut so far, in words. */
    get omitted() {
        return this.cuts;
    }
    get size() {
        return this.bytes;
    }
    toString() {
        const text = this.parts.join('');
        if (this.cuts.length === 0)
            return text;
        return `${text}\n> [!NOTE]\n> ${this.cutNote}. Not shown: ${this.cuts.join('; ')}.\n`;
    }
}
/**
 * Untrusted text (a test name, a message, a file name, a field of a registry
 * record) as Markdown that shows it as itself, on one line, with nothing live
 * in it: no link, image, HTML, heading, list, quote, emphasis, table cell,
 * math, mention or issue reference. Code spans the text came with stay code
 * spans (nothing in one is live). Used by `cell` for every table cell, and
 * for untrusted text anywhere else in a summary or comment.
 *
 * - Line endings (LF, CR and CR LF, CommonMark's three) become spaces and the
 *   ends are trimmed, so only the text's first character can start a line.
 * - Backslash escapes (CommonMark allows one before any ASCII punctuation
 *   character, and makes it plain text) for the characters that mean
 *   something anywhere in a line: `\` `` ` `` `*` `_` `~` `[` `]` `<` `>`
 *   `&` `|` `$` (links, images, HTML, autolinks, entities, emphasis, code,
 *   cells, math); and, at the start, for the rest of what opens a block:
 *   `#`, `-`, `+`, `=`, and the `.` or `)` of `1. ` (headings, lists, setext
 *   underlines, rules). Other punctuation means nothing: left as it is, so
 *   the Markdown stays readable.
 * - GitHub also finds links and references in the text itself: literal URLs
 *   (`https://…`, `www.…`), e-mail addresses, `@user`, `#123`. An escape
 *   does not stop all of them (an escaped `@` still makes a `mailto:` link),
 *   so a zero-width space goes into each, as Dependabot does for mentions:
 *   between the slashes of `//`, after `www`, after the `@` of a mention or
 *   the `#` of a reference, on both sides of an address's `@` (a renderer
 *   that reads Unicode domains takes a space after it for a letter). It shows
 *   nothing; only a copied URL carries it (the log has the text as it is).
 */
function inertMarkdown(text) {
    return markdownRuns(text, (code) => code);
}
/**
 * A table cell: `inertMarkdown`, and a `|` inside a code span escaped too
 * (GFM splits a row at every unescaped `|`, code spans included, and shows
 * `\|` there as `|`).
 */
function cell(text) {
    return markdownRuns(text, (code) => code.replace(/\|/g, '\\|'));
}
/** A zero-width space: invisible, and the end of any URL, mention or reference that GitHub would find. */
const BREAK = '\u200b';
function markdownRuns(text, codeSpan) {
    return splitCodeSpans(text.replace(/\r\n?|\n/g, ' ').trim())
        .map(({ isCode, text: part }, index) => (isCode ? codeSpan(part) : plainRun(part, index === 0)))
        .join('');
}
/** Text outside code spans, made inert (see `inertMarkdown`); `first` when it starts the text. */
function plainRun(text, first) {
    const inline = text
        // What GitHub links in the text: URLs, e-mail domains, mentions, issue references.
        .replace(/\/(?=\/)/g, `/${BREAK}`)
        .replace(/(?<![A-Za-z0-9])www\./gi, (www) => `${www.slice(0, 3)}${BREAK}.`)
        .replace(/(?<=[\w.+-])@(?=[A-Za-z0-9][\w.-]*\.[\w-]*[A-Za-z])/g, `${BREAK}@${BREAK}`)
        .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${BREAK}`)
        .replace(/(?<![A-Za-z0-9_])#(?=\d)|(?<=\/[\w.-]+)#(?=\d)/g, `#${BREAK}`)
        // What Markdown reads anywhere in a line.
        .replace(/[\\`*_~[\]<>&|$]/g, '\\$&');
    if (!first)
        return inline;
    // What else Markdown reads at the start of a line: a heading's `#`, a list's `-`, `+` or `1.`, a setext `=`.
    if (/^[#+=-]/.test(inline))
        return `\\${inline}`;
    return inline.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
/** Text cut into plain runs and code spans (a run of backticks closed by a run of the same length). */
function splitCodeSpans(text) {
    const parts = [];
    let plainStart = 0;
    let i = 0;
    while (i < text.length) {
        if (text[i] !== '`') {
            i++;
            continue;
        }
        let j = i;
        while (text[j] === '`')
            j++;
        const fence = j - i;
        let close = -1;
        for (let k = j; k < text.length;) {
            if (text[k] !== '`') {
                k++;
                continue;
            }
            let end = k;
            while (text[end] === '`')
                end++;
            if (end - k === fence) {
                close = end;
                break;
            }
            k = end;
        }
        if (close < 0) {
            i = j;
            continue;
        }
        if (i > plainStart)
            parts.push({ isCode: false, text: text.slice(plainStart, i) });
        parts.push({ isCode: true, text: text.slice(i, close) });
        i = plainStart = close;
    }
    if (plainStart < text.length)
        parts.push({ isCode: false, text: text.slice(plainStart) });
    return parts;
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * Text shown as itself inside a quoted Mermaid label or string (`"…"`): a
 * line break would end the statement (and, past it, the fenced block), `"`
 * the label, `#` starts an entity code, `<`, `>` and `&` are HTML, a backtick
 * a Markdown string; each of these characters becomes Mermaid's numeric
 * entity code (`#34;`), which shows the character. At most `max` characters
 * of `text` are kept.
 */
function mermaidText(text, max = Infinity) {
    return text
        .slice(0, max)
        .replace(/[\r\n]+/g, ' ')
        .replace(/["#&<>`\\]/g, (character) => `#${character.codePointAt(0)};`);
}
/** Human size: `1.5 GiB`. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}
/** Human duration: `850 ms`, `2.5 s` (tenths below ten seconds), `12 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 9_950)
        return `${Number((ms / 1000).toFixed(1))} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./node_modules/undici/index.js
// Evaluated on first use, not at start-up (scripts/bundle-output.mjs).
var undici = new Proxy({}, { get: (_, key) => __nccwpck_require__(6752)[key] });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var lib_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return lib_awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => lib_awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return lib_awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => lib_awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return lib_awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return lib_awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return lib_awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return lib_awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return lib_awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return lib_awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return lib_awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => lib_awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/logger.js


/** The logger of a step on a runner: `@actions/core`'s workflow commands. */
const actionsLogger = {
    info: (text) => printInert(text),
    untrusted: (text) => printInert(text),
    debug: (text) => core_debug(text),
    notice: (text, place) => notice(text, place),
    warning: (text, place) => warning(text, place),
    error: (text, place) => error(text, place),
    group: (name, work) => group(name, work),
};
/**
 * Would the runner read a command in `text`? It splits a step's output at
 * LF, CR LF and a lone CR; a line is a command when it starts with `::`
 * (after blanks) or holds `##[` anywhere (the runner's first command form).
 */
function holdsWorkflowCommand(text) {
    return text.includes('##[') || text.split(/\r\n|\r|\n/).some((line) => line.trimStart().startsWith('::'));
}
/**
 * Prints `text` to the log so that the runner acts on none of it: as it is
 * when no line reads as a command, otherwise between `::stop-commands::` and
 * a closing token no one else can know.
 */
function printInert(text, write = info) {
    if (!holdsWorkflowCommand(text)) {
        write(text);
        return;
    }
    const token = `inert-${(0,external_node_crypto_.randomUUID)()}`;
    write(`::stop-commands::${token}`);
    write(text);
    write(`::${token}::`);
}
/** Masks a secret in every later log line; call it before anything could print the value. */
function maskSecret(secret) {
    if (secret !== '')
        core_setSecret(secret);
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/progress.js

/**
 * A progress callback for long byte-counting work (hashing a model): logs
 * `<label>: 1.2 GiB of 5.0 GiB (24%)` at most every `everyMs`, and once when done,
 * so a step is never silent for long.
 */
function byteProgress(logger, label, everyMs = 2000, now = Date.now) {
    let last = now();
    let finished = false;
    return (done, total) => {
        const complete = done >= total;
        if (finished || (!complete && now() - last < everyMs))
            return;
        last = now();
        finished = complete;
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        logger.info(`${label}: ${formatBytes(done)} of ${formatBytes(total)} (${percent}%)`);
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/paths/lib/src/inside.js
// Where a path really leads. Every file an action reads (a metrics file, a
// model, a lock file, a report) must lie inside the workspace once symbolic
// links are followed: a committed link to `~/.ssh/id_rsa` or to `/` is the
// repository's content, not the workflow's choice. One check for every
// package and action: gate's metrics files, digest's model root, action-kit's
// globs and the build's project files.


/**
 * Whether `path` is `folder` or lies below it, by their names alone (both
 * absolute, neither holding links to resolve). `..` counts only as a whole
 * segment: `..weights` is a name inside.
 */
function inside_isInside(path, folder) {
    const inside = (0,external_node_path_namespaceObject.relative)(folder, path);
    return inside === '' || (inside !== '..' && !inside.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(inside));
}
/**
 * The real path of `path` (every symbolic link followed, `..` resolved) when
 * it is `folder` or lies below it, `folder` resolved the same way; undefined
 * when it leads anywhere else. A path that does not exist, a broken link or a
 * loop of links throws `realpath`'s error (`ENOENT`, `ELOOP`), for the caller
 * to word. Nothing is read from the file itself.
 */
async function inside_realPathInside(path, folder) {
    const real = await (0,promises_namespaceObject.realpath)(path);
    const realFolder = await (0,promises_namespaceObject.realpath)(folder).catch(() => (0,external_node_path_namespaceObject.resolve)(folder));
    return inside_isInside(real, realFolder) ? real : undefined;
}
/**
 * Whether `path`, which may not exist yet, would be `folder` or below it once
 * the links of its existing part are followed (`folder` resolved the same
 * way): for a folder an action is about to write, or one a record names.
 */
async function leadsInside(path, folder) {
    const realFolder = await (0,promises_namespaceObject.realpath)(folder).catch(() => (0,external_node_path_namespaceObject.resolve)(folder));
    let existing = (0,external_node_path_namespaceObject.resolve)(path);
    const rest = [];
    for (;;) {
        try {
            return inside_isInside((0,external_node_path_namespaceObject.join)(await (0,promises_namespaceObject.realpath)(existing), ...rest.reverse()), realFolder);
        }
        catch (error) {
            const parent = (0,external_node_path_namespaceObject.dirname)(existing);
            // ENOTDIR: a file on the way; whoever writes there reports it.
            const code = error.code;
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing)
                throw error;
            rest.push((0,external_node_path_namespaceObject.basename)(existing));
            existing = parent;
        }
    }
}

;// CONCATENATED MODULE: ./packages/paths/lib/src/index.js


;// CONCATENATED MODULE: ./packages/action-kit/lib/src/files.js





/** True when something is at `path` (a link counts when what it points at exists). */
async function pathExists(path) {
    return (0,promises_namespaceObject.access)(path).then(() => true, () => false);
}
/**
 * The files matched by globs relative to `directory` (or absolute): `!`
 * excludes, a folder stands for every file below it, hidden files match.
 * Absolute paths, sorted in byte order. Symbolic links below the folder a
 * pattern starts from are not followed, so a walk stays inside the folder it
 * starts at; `within` keeps that folder (or the named file) inside the workspace.
 */
async function findFiles(directory, patterns, options = {}) {
    // Loaded on first use: most steps never match a glob.
    const { minimatch, escape } = await __nccwpck_require__.e(/* import() */ 581).then(__nccwpck_require__.bind(__nccwpck_require__, 3581));
    const prune = new Set(options.prune ?? []);
    const anchor = (pattern) => anchored(directory, pattern, (path) => escape(path, { magicalBraces: true }));
    const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p.slice(1)).glob);
    const isExcluded = (path) => excluded.some((pattern) => minimatch(path, pattern, { dot: true }));
    const found = new Set();
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const { glob, root, literal } = anchor(pattern);
        const rootStat = await stat(root).catch(() => undefined);
        if (!rootStat)
            continue;
        if (options.within !== undefined) {
            await checkInside(root, options.within, { directory, pattern, literal, input: options.input });
        }
        if (!rootStat.isDirectory()) {
            if (literal && !isExcluded(root))
                found.add(root);
            continue;
        }
        const wanted = literal ? `${glob.replace(/\/$/, '')}/**` : glob;
        for await (const file of filesBelow(root, prune, options.includeLinks ?? false)) {
            if (minimatch(file, wanted, { dot: true }) && !isExcluded(file))
                found.add(file);
        }
    }
    return [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/**
 * Refuses the folder a pattern's walk starts at (or the file a literal pattern
 * names) when it resolves outside `within`: the walk never follows a link, so
 * only where it starts can lead out.
 */
async function checkInside(root, within, origin) {
    try {
        if ((await realPathInside(root, within)) !== undefined)
            return;
    }
    catch {
        return; // Removed since it was found: the walk finds nothing there.
    }
    const { directory, pattern, literal, input } = origin;
    // Relative to the working directory below it; in full when it is that directory (itself a link out) or outside it.
    const shown = root !== directory && isInside(root, directory) ? relative(directory, root) : root;
    const subject = input === undefined ? `The pattern ${quote(pattern)}` : `Input '${input}' (${quote(pattern)})`;
    throw new UserError(`${subject} ${literal ? 'names' : 'starts at'} ${quote(shown)}, which resolves outside the workspace ` +
        '(symbolic links are followed); only files of the checkout are read. Match files inside the workspace.');
}
/**
 * A pattern made absolute. A relative one is joined to `directory` with the
 * directory's own characters escaped: a working directory named `model [v2]`
 * or `exp-{a,b}` is a folder, not a glob.
 */
function anchored(directory, pattern, escape) {
    if (isAbsolute(pattern)) {
        const glob = normalize(pattern);
        const root = literalPrefix(glob);
        return { glob, root, literal: root === glob };
    }
    // `../x` climbs out of the directory before any glob syntax can start.
    let base = directory;
    let rest = normalize(pattern);
    while (rest === '..' || rest.startsWith('../')) {
        base = dirname(base);
        rest = rest.slice(3);
    }
    if (rest === '.' || rest === './')
        rest = '';
    const segments = rest.split('/').filter((segment) => segment !== '');
    const magic = segments.findIndex((segment) => MAGIC.test(segment));
    const root = join(base, ...(magic === -1 ? segments : segments.slice(0, magic)));
    const glob = rest === '' ? escape(base) : `${escape(base).replace(/\/$/, '')}/${rest}`;
    return { glob, root, literal: magic === -1 };
}
/** Characters that make a path segment a glob (minimatch's, with extglob's `!+@`). */
const MAGIC = /[*?[\]{}()!+@]/;
/** The leading folders of an absolute pattern that hold no glob syntax: where its walk starts. */
function literalPrefix(pattern) {
    const segments = pattern.split('/');
    const magic = segments.findIndex((segment) => MAGIC.test(segment));
    if (magic === -1)
        return pattern;
    return segments.slice(0, magic).join('/') || '/';
}
async function* filesBelow(folder, prune, includeLinks) {
    let entries;
    try {
        entries = await opendir(folder);
    }
    catch {
        return; // A folder that cannot be listed has nothing we could read.
    }
    for await (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!prune.has(entry.name))
                yield* filesBelow(path, prune, includeLinks);
        }
        else if (entry.isFile() || (includeLinks && entry.isSymbolicLink())) {
            yield path;
        }
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/run.js


/**
 * Runs an action's main function and reports its end: the one place that
 * calls `core.setFailed`. A user's mistake is its message (and, for an error
 * of a plain package, the hint of package-errors.ts) alone, with its exit
 * code; anything else is named an internal error, with the stack in the
 * debug log.
 */
async function runAction(actionName, main) {
    try {
        await main();
    }
    catch (error) {
        if (isUserError(error)) {
            // What happened, then (for a package's error) what the workflow should do about it.
            setFailed(messageOf(error));
            if (error instanceof errors_UserError)
                process.exitCode = error.exitCode;
            return;
        }
        if (error instanceof Error && error.stack)
            core_debug(error.stack);
        setFailed(`${actionName} failed with an internal error: ${messageOf(error)}. ` +
            'This is a bug in the action; please report it with the step log (enable debug logging for the stack).');
    }
}
/**
 * The runner's output file could not be written (a full disk, a path that is
 * not a writable file). Neither the user's mistake nor a bug: reported as what
 * happened, which the action completes with what it did before.
 */
class OutputFileError extends errors_UserError {
    file;
    constructor(message, 
    /** The file `GITHUB_OUTPUT` names. */
    file) {
        super(message);
        this.file = file;
    }
}
/**
 * Sets every output, in order; values are written as strings. Put the output
 * that says how the step ended last: when a write fails, no later output is
 * written, so it is never read without the others. A failed write is an
 * `OutputFileError`.
 */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        try {
            setOutput(name, String(value));
        }
        catch (error) {
            const file = process.env['GITHUB_OUTPUT'] ?? '';
            throw new OutputFileError(`Could not write the step's outputs to ${file} (GITHUB_OUTPUT): ${messageOf(error)}.`, file);
        }
    }
}
/**
 * Writes the job summary when the runner provides a summary file. A summary
 * that cannot be written (a full disk) is a warning: it changes nothing the
 * step did, and later steps do not read it.
 */
async function writeSummary(summary) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file) {
        core_debug('GITHUB_STEP_SUMMARY is not set; the job summary is not written.');
        return;
    }
    try {
        await summary_summary.addRaw(summary.toString()).write();
    }
    catch (error) {
        warning(`Could not write the job summary to ${file} (GITHUB_STEP_SUMMARY): ${messageOf(error)}. ` +
            'What the step did is not affected; its log says it all.');
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/lib/src/index.js












;// CONCATENATED MODULE: ./packages/digest/lib/src/errors.js
/**
 * A problem with the files the user asked to digest, which they can fix. The
 * message names the file and says what to change; anything else the package
 * throws is a plain `Error`, a bug.
 */
class errors_DigestError extends Error {
    code;
    name = 'DigestError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/file-set.js





const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Every regular file below a directory, or a single file (its parent is then
 * the root). Skips `.git` at the root, as the coreutils recipe of DESIGN.md
 * (`! -path './.git/*'`) does; a `.git` deeper down is ordinary content there,
 * so it is here too. With `workspace`, the root must resolve inside it.
 */
async function file_set_listRoot(root, workspace) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(root);
    // The root itself may be a link (a checkout's `model -> ../shared/model`): the
    // user named it, so it is followed, as far as the workspace. Links inside it are refused.
    const stats = await statOrThrow(absolute, root);
    if (workspace !== undefined)
        await file_set_checkInside(absolute, root, workspace);
    if (stats.isFile()) {
        const name = (0,external_node_path_namespaceObject.basename)(absolute);
        checkName(name, root);
        return { root: (0,external_node_path_namespaceObject.dirname)(absolute), files: [{ path: name, absolute, size: stats.size, shown: root }] };
    }
    if (!stats.isDirectory()) {
        throw new errors_DigestError('not-a-regular-file', `'${root}' is neither a regular file nor a directory; give the model file or its folder.`);
    }
    const files = [];
    await walk(absolute, '', root, files);
    return { root: absolute, files: sortedByPath(files) };
}
/**
 * The named files (relative to `root`, e.g. glob matches); a directory among
 * them stands for every file below it. Duplicates count once; paths in the
 * root's `.git` are left out, as they are from a whole-root digest. With
 * `workspace`, the root must resolve inside it.
 */
async function file_set_listNamed(root, relativePaths, workspace) {
    const absoluteRoot = resolve(root);
    const rootStats = await statOrThrow(absoluteRoot, root);
    if (workspace !== undefined)
        await file_set_checkInside(absoluteRoot, root, workspace);
    if (!rootStats.isDirectory()) {
        throw new DigestError('not-a-directory', `'${root}' is not a directory; the files to hash are named relative to a directory.`);
    }
    const byPath = new Map();
    const linkFree = new LinkFreeDirectories(absoluteRoot);
    for (const given of relativePaths) {
        const absolute = resolve(absoluteRoot, given);
        const path = relative(absoluteRoot, absolute).split(sep).join('/');
        if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) {
            throw new DigestError('outside-root', `'${given}' is outside '${root}'; only files below it can be part of its digest.`);
        }
        if (path.startsWith('.git/'))
            continue;
        const shown = path === '' ? root : join(root, path);
        const stats = lstatOrThrow(absolute, shown);
        linkFree.check(dirname(path), shown);
        const found = [];
        if (stats.isDirectory()) {
            if (isRootGit(path))
                continue;
            await walk(absolute, path, root, found);
        }
        else {
            checkName(path, shown);
            found.push(regularFile(stats, path, absolute, shown));
        }
        for (const file of found)
            byPath.set(file.path, file);
    }
    return { root: absoluteRoot, files: sortedByPath([...byPath.values()]) };
}
/** Refuses a root that resolves (symbolic links followed) outside the workspace, before anything below it is read. */
async function file_set_checkInside(absolute, shown, workspace) {
    let real;
    try {
        real = await inside_realPathInside(absolute, workspace);
    }
    catch (error) {
        throw file_set_fileSystemError(error, shown);
    }
    if (real === undefined) {
        throw new errors_DigestError('outside-workspace', `'${shown}' resolves outside the workspace (symbolic links are followed); only files of the checkout are ` +
            'hashed. Give a path inside the workspace, or copy the files there first.');
    }
}
/**
 * Checks that no directory between the root and a named file is a symbolic
 * link, as a whole-root digest would refuse it (`lstat` only looks at the last
 * part of a path). Each directory is resolved once.
 */
class LinkFreeDirectories {
    root;
    real;
    checked = new Set(['.']);
    constructor(root) {
        this.root = root;
        this.real = realpathSync(root);
    }
    /** `directory` is relative to the root, `/` separated. */
    check(directory, shown) {
        if (this.checked.has(directory))
            return;
        if (realpathSync(join(this.root, directory)) !== join(this.real, directory)) {
            throw new DigestError('symbolic-link', `'${shown}' is reached through a symbolic link to a directory; links are refused because a digest ` +
                'covers file contents only. Replace the link with the directory it points to, or name the files there.');
        }
        this.checked.add(directory);
    }
}
async function walk(directory, prefix, root, into) {
    const shownDirectory = prefix === '' ? root : (0,external_node_path_namespaceObject.join)(root, prefix);
    let names;
    try {
        names = await (0,promises_namespaceObject.readdir)(directory, { encoding: 'buffer' });
    }
    catch (error) {
        throw file_set_fileSystemError(error, shownDirectory);
    }
    const subdirectories = [];
    for (const raw of names) {
        const name = decodeName(raw, shownDirectory);
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const shown = (0,external_node_path_namespaceObject.join)(root, path);
        checkName(name, shown);
        const stats = lstatOrThrow((0,external_node_path_namespaceObject.join)(directory, name), shown);
        if (!stats.isDirectory())
            into.push(regularFile(stats, path, (0,external_node_path_namespaceObject.join)(directory, name), shown));
        else if (!isRootGit(path))
            subdirectories.push(path);
    }
    for (const path of subdirectories)
        await walk((0,external_node_path_namespaceObject.join)(directory, (0,external_node_path_namespaceObject.basename)(path)), path, root, into);
}
function regularFile(stats, path, absolute, shown) {
    if (stats.isSymbolicLink()) {
        throw new errors_DigestError('symbolic-link', `'${shown}' is a symbolic link; links are refused because a digest covers file contents only. ` +
            'Replace the link with the file it points to, or remove it.');
    }
    if (!stats.isFile()) {
        throw new errors_DigestError('not-a-regular-file', `'${shown}' is not a regular file (a device, socket or pipe); remove it from the model.`);
    }
    return { path, absolute, size: stats.size, shown };
}
/** Whether a directory is the root's `.git` (the recipe skips only that one). */
function isRootGit(path) {
    return path === '.git';
}
function decodeName(raw, shownDirectory) {
    try {
        return strictUtf8.decode(raw);
    }
    catch {
        throw new errors_DigestError('unwritable-name', `A file name in '${shownDirectory}' is not valid UTF-8 (${JSON.stringify(raw.toString('latin1'))}); ` +
            'rename it so its digest line can be written.');
    }
}
/** A line break would split the file's digest line in two. */
function checkName(name, shown) {
    if (/[\n\r]/.test(name)) {
        throw new errors_DigestError('unwritable-name', `The file name ${JSON.stringify(shown)} contains a line break; rename the file.`);
    }
}
async function statOrThrow(absolute, shown) {
    try {
        return await (0,promises_namespaceObject.stat)(absolute);
    }
    catch (error) {
        throw file_set_fileSystemError(error, shown);
    }
}
/** Synchronous: a few microseconds a file, where a trip through libuv's thread pool costs tens. */
function lstatOrThrow(absolute, shown) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(absolute);
    }
    catch (error) {
        throw file_set_fileSystemError(error, shown);
    }
}
/** Turns the file system errors a user can fix into a `DigestError`; anything else stays ours. */
function file_set_fileSystemError(error, shown) {
    switch (error?.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new errors_DigestError('not-found', `'${shown}' does not exist; check the path (relative paths start at the working directory).`);
        case 'EACCES':
        case 'EPERM':
            return new errors_DigestError('unreadable', `'${shown}' cannot be read (permission denied); make it readable by the runner's user.`);
        case 'ELOOP':
            return new errors_DigestError('symbolic-link', `'${shown}' goes through a loop of symbolic links; links are refused, replace them.`);
        default:
            return error;
    }
}
/**
 * Sorted by path in byte order of UTF-8, the order of `LC_ALL=C sort`; not
 * JavaScript's string order (UTF-16 code units), which differs above U+FFFF.
 */
function sortedByPath(items) {
    const keyed = items.map((item) => ({ item, key: Buffer.from(item.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    return keyed.map(({ item }) => item);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./packages/digest/lib/src/hashing.js







/** Large reads into reused buffers: few system calls, bounded memory. */
const CHUNK_SIZE = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/**
 * Bytes that make another thread worth it: starting a worker costs some 30 ms
 * of this thread's time, about what hashing 40 MB takes.
 */
const BYTES_PER_THREAD = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Small files go to a thread in batches of about this many bytes, so messages cost little next to hashing. */
const BATCH_BYTES = (/* unused pure expression or super */ null && (CHUNK_SIZE));
const BATCH_FILES = 256;
/** A failure of one file of a batch. */
class BatchFailure extends Error {
    index;
    failure;
    constructor(index, failure) {
        super('A file of the batch could not be hashed.');
        this.index = index;
        this.failure = failure;
    }
}
/**
 * Hashes files, up to `parallelism` at once, calling `onBytes` as bytes are
 * hashed. Rejects with the error of the first file that fails (a `DigestError`
 * when the user can fix it, such as permissions).
 */
async function hashing_hashFiles(files, parallelism, onBytes) {
    const results = new Array(files.length);
    const batches = batchesOf(files);
    let next = 0;
    let failed = false;
    let noMoreWork;
    const allTaken = new Promise((resolve) => (noMoreWork = resolve));
    const total = files.reduce((sum, file) => sum + file.size, 0);
    // One batch needs no worker: sha256 cannot split a file across threads.
    const threads = Math.max(1, Math.min(parallelism, batches.length, Math.ceil(total / BYTES_PER_THREAD)));
    // This thread hashes too, starting at once; a worker takes its first batch
    // only once it has started, so no batch waits for a worker to start.
    const hashers = [new InlineHasher(onBytes)];
    for (let count = 1; count < threads; count++)
        hashers.push(new WorkerHasher(onBytes));
    function take() {
        const batch = failed ? undefined : batches[next++];
        if (batch === undefined)
            noMoreWork();
        return batch;
    }
    async function feed(hasher) {
        await Promise.race([hasher.ready, allTaken]);
        for (let batch = take(); batch !== undefined; batch = take()) {
            try {
                const hashed = await hasher.hash(batch.map((index) => ({ path: files[index].absolute, size: files[index].size })));
                for (const [position, index] of batch.entries())
                    results[index] = hashed[position];
            }
            catch (error) {
                failed = true;
                noMoreWork();
                if (error instanceof BatchFailure)
                    throw fileSystemError(error.failure, files[batch[error.index]].shown);
                throw error;
            }
        }
    }
    try {
        // One batch at a time per thread: handing a worker a second large file
        // early could leave it with two while another thread has none.
        await Promise.all(hashers.map(feed));
        return results;
    }
    finally {
        await Promise.all(hashers.map((hasher) => hasher.close()));
    }
}
/**
 * Indices of `files`, grouped: each large file alone, small files together.
 * Largest first, so that a big file is not left running alone at the end.
 */
function batchesOf(files) {
    const order = files.map((_, index) => index).sort((a, b) => files[b].size - files[a].size);
    const batches = [];
    let batch = [];
    let batchBytes = 0;
    for (const index of order) {
        batch.push(index);
        batchBytes += files[index].size;
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
            batches.push(batch);
            batch = [];
            batchBytes = 0;
        }
    }
    if (batch.length > 0)
        batches.push(batch);
    return batches;
}
/** Hashes on the calling thread, with the same loop as the worker threads (file-hasher.ts). */
class InlineHasher {
    ready = Promise.resolve();
    /** Set when another thread failed: a large file need not be finished for nothing. */
    stopped = false;
    hashBatch;
    constructor(onBytes) {
        this.hashBatch = createFileHasher({ createHash, openSync, readSync, closeSync, open }, CHUNK_SIZE, onBytes, () => this.stopped);
    }
    async hash(batch) {
        const outcome = await this.hashBatch(batch);
        if ('results' in outcome)
            return outcome.results;
        throw new BatchFailure(outcome.failedAt, outcome.error);
    }
    close() {
        this.stopped = true;
        return Promise.resolve();
    }
}
/** One worker thread, started when constructed and stopped by `close`. */
class WorkerHasher {
    ready;
    worker;
    pending = new Map();
    nextId = 0;
    closing = false;
    constructor(onBytes) {
        this.worker = new Worker(HASH_WORKER_SOURCE, {
            eval: true,
            workerData: { chunkSize: CHUNK_SIZE },
            // Not the parent's flags: `--input-type=module` would make this CommonJS source an ES module.
            execArgv: [],
        });
        this.ready = new Promise((resolve, reject) => {
            this.worker.once('online', resolve);
            // A worker that cannot start is our bug: fail loudly rather than hash on one thread.
            this.worker.once('error', reject);
            this.worker.once('exit', () => reject(new Error('A hashing worker thread stopped before it started.')));
        });
        // Nobody waits for a worker that was not needed: its end is no error.
        this.ready.catch(() => undefined);
        this.worker.on('message', (message) => {
            if (message.type === 'progress') {
                onBytes(message.bytes);
                return;
            }
            const waiting = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.type === 'done')
                waiting?.resolve(message.results);
            else {
                const failure = Object.assign(new Error(message.message), { code: message.code });
                waiting?.reject(new BatchFailure(message.index, failure));
            }
        });
        this.worker.on('error', (error) => this.failAll(error));
        this.worker.on('exit', (code) => {
            if (!this.closing)
                this.failAll(new Error(`A hashing worker thread stopped unexpectedly (exit code ${code}).`));
        });
    }
    hash(batch) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, files: batch });
        });
    }
    async close() {
        this.closing = true;
        this.failAll(new Error('The hashing worker thread was stopped.'));
        await this.worker.terminate();
    }
    failAll(error) {
        for (const waiting of this.pending.values())
            waiting.reject(error);
        this.pending.clear();
    }
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/digest.js





const PROGRESS_EVERY_MS = 250;
/**
 * The digest of a model: every regular file below `root` (skipping `.git`), or,
 * when `root` is a file, just that file with its parent as the root.
 * Symbolic links inside are refused.
 */
async function digestOf(root, options = {}) {
    return hashFileSet(await listRoot(root, options.workspace), options);
}
/**
 * The digest of named files relative to `root` (glob matches, for example).
 * A directory among them stands for every file below it; duplicates count once.
 */
async function digestOfFiles(root, relativePaths, options = {}) {
    return hashFileSet(await listNamed(root, relativePaths, options.workspace), options);
}
/**
 * The digest over already-hashed files, in any order: one line
 * `<sha256>  <size>  <path>\n` a file, sorted by path in byte order, hashed.
 */
function digestOfEntries(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of sortedByPath(files))
        hash.update(`${file.sha256}  ${file.size}  ${file.path}\n`, 'utf8');
    return `sha256:${hash.digest('hex')}`;
}
async function hashFileSet(set, options) {
    const total = set.files.reduce((sum, file) => sum + file.size, 0);
    const report = throttledProgress(total, options.onProgress);
    const results = await hashFiles(set.files, workerCount(options.workers), report.add);
    const files = set.files.map((file, index) => {
        const { sha256, size } = results[index];
        if (size !== file.size) {
            throw new DigestError('changed-while-hashing', `'${file.shown}' changed while it was being hashed (${file.size} bytes when listed, ${size} read); ` +
                'compute the digest after whatever writes the model has finished.');
        }
        return { path: file.path, size, sha256 };
    });
    report.finish();
    return { digest: digestOfEntries(files), size: total, files };
}
function workerCount(requested) {
    if (requested === undefined)
        return Math.min(2, availableParallelism());
    return Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
}
function throttledProgress(total, onProgress) {
    let hashed = 0;
    let last = Date.now();
    return {
        add: (bytes) => {
            hashed += bytes;
            if (onProgress && Date.now() - last >= PROGRESS_EVERY_MS) {
                last = Date.now();
                onProgress(hashed, total);
            }
        },
        finish: () => onProgress?.(total, total),
    };
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/index.js




// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./packages/model-store/lib/src/errors.js
/** A store that cannot be used as asked; registry failures are its `StoreHttpError`. */
class errors_ModelStoreError extends Error {
    code;
    name = 'ModelStoreError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Untrusted text (a path, a digest from a manifest) quoted as one inert JSON string, cut short. */
function errors_quoted(value, limit = 200) {
    const shown = value.length > limit ? `${value.slice(0, limit)}…` : value;
    return JSON.stringify(shown);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/blob.js



// OCI content as the store handles it: digests, tags, and bytes verified
// against their descriptor while they move.
/** Manifests, configs and index.json are read whole: bounded, as distribution registries bound manifests. */
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** distribution-spec: the tag grammar. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function blob_isOciTag(value) {
    return TAG.test(value);
}
/** The only digest algorithm the store writes or accepts (image-spec `descriptor.md`, registered algorithms). */
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** Whether `value` is `sha256:<64 lower-case hex>`: checked before a digest names a file or a URL path. */
function isSha256Digest(value) {
    return typeof value === 'string' && SHA256_DIGEST.test(value);
}
function blob_sha256DigestOf(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * Passes bytes through while hashing and counting them, and fails the stream
 * as soon as more bytes arrive than the descriptor's size, or at the end when
 * the sha256 or the size is not the descriptor's: a blob is verified while it
 * is written, never after, and a wrong blob never grows without bound.
 */
class VerifyingStream extends external_node_stream_.Transform {
    expected;
    shown;
    onBytes;
    hash = (0,external_node_crypto_.createHash)('sha256');
    received = 0;
    constructor(expected, 
    /** What the bytes are, for the message: `the blob sha256:…`, `'weights.bin'`. */
    shown, onBytes) {
        super();
        this.expected = expected;
        this.shown = shown;
        this.onBytes = onBytes;
    }
    _transform(chunk, _encoding, callback) {
        this.received += chunk.length;
        if (this.received > this.expected.size) {
            callback(this.mismatch(`more than the ${this.expected.size} bytes its descriptor names`));
            return;
        }
        this.hash.update(chunk);
        this.onBytes?.(this.received);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.received !== this.expected.size) {
            callback(this.mismatch(`${this.received} bytes where its descriptor names ${this.expected.size}`));
            return;
        }
        const digest = `sha256:${this.hash.digest('hex')}`;
        if (digest !== this.expected.digest) {
            callback(this.mismatch(`bytes whose digest is ${digest}, not ${this.expected.digest}`));
            return;
        }
        callback();
    }
    mismatch(what) {
        return new errors_ModelStoreError('digest-mismatch', `${this.shown} has ${what}.`);
    }
}
/** The bytes of a small document (a manifest, a config, index.json), refusing more than `limit`. */
async function readBounded(stream, limit, shown) {
    const bytes = await collectAtMost(stream, limit);
    if (bytes !== undefined)
        return bytes;
    stream.destroy();
    throw new errors_ModelStoreError('invalid-artifact', `${shown} is larger than ${limit} bytes; it is not a model document.`);
}
/**
 * The bytes of `chunks` when they come to at most `limit`; undefined as soon
 * as they pass it (the rest is not read), for the caller to refuse in its words.
 */
async function collectAtMost(chunks, limit) {
    const kept = [];
    let total = 0;
    for await (const chunk of chunks) {
        total += chunk.byteLength;
        if (total > limit)
            return undefined;
        kept.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(kept);
}
/** Names a digest read from an untrusted place without echoing more than a digest's worth of it. */
function blob_shownDigest(value) {
    return isSha256Digest(value) ? value : errors_quoted(value, 80);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/artifact.js
// The ModelPack v1 artifact (modelpack/model-spec `docs/spec.md`, `docs/config.md`,
// `docs/annotations.md`) of one model version, as DESIGN.md's "The model store
// (OCI)" lays it out: an OCI image manifest with the model `artifactType`, a
// model config, and one uncompressed raw layer per file in the file-set
// digest's path order, so a layer's digest is its file's sha256 and the
// file-set digest can be recomputed from the manifest alone.




const artifact_IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const MODEL_MANIFEST_ARTIFACT_TYPE = 'application/vnd.cncf.model.manifest.v1+json';
const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.model.config.v1+json';
/** The raw (unarchived, uncompressed) layer media types of ModelPack v1, by what the file is. */
const LAYER_MEDIA_TYPES = {
    weight: 'application/vnd.cncf.model.weight.v1.raw',
    weightConfig: 'application/vnd.cncf.model.weight.config.v1.raw',
    doc: 'application/vnd.cncf.model.doc.v1.raw',
    code: 'application/vnd.cncf.model.code.v1.raw',
    dataset: 'application/vnd.cncf.model.dataset.v1.raw',
};
const RAW_LAYER_MEDIA_TYPES = new Set(Object.values(LAYER_MEDIA_TYPES));
/** ModelPack's layer annotation: the file's path below the model folder. */
const FILEPATH_ANNOTATION = 'org.cncf.model.filepath';
/** ModelPack's flag for a media type chosen by a heuristic (ours: the file's name), not checked against the contents. */
const MEDIA_TYPE_UNTESTED_ANNOTATION = 'org.cncf.model.file.mediatype.untested';
/** Ours: the file-set digest (DESIGN.md, "Digest of a set of files") the version was registered with. */
const FILE_SET_DIGEST_ANNOTATION = 'io.mlops-actions.file-set.digest';
const VERSION_ANNOTATION = 'org.opencontainers.image.version';
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Semantic-version characters; `+` is allowed here and mapped for OCI tags (`versionTag`). */
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,127}$/;
/** RFC 3339, section 5.6 (`date-time`): what the config schema's `createdAt` asks for. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** Builds the ModelPack artifact of a version from its file-set digest. */
function artifact_buildModelArtifact(fileSet, info) {
    checkVersionInfo(info);
    if (fileSet.files.length === 0) {
        throw new ModelStoreError('empty-model', `Model ${quoted(info.name)} has no files; a model artifact needs at least one.`);
    }
    // The paths a pull would refuse are refused here already, so no version is registered that cannot be fetched.
    const paths = new ModelPaths();
    for (const file of fileSet.files)
        paths.add(file.path);
    const files = fileSet.files.map((file) => ({ ...file, mediaType: layerMediaType(file.path) }));
    const config = Buffer.from(JSON.stringify(modelConfig(files, info)), 'utf8');
    const configDescriptor = {
        mediaType: MODEL_CONFIG_MEDIA_TYPE,
        digest: sha256DigestOf(config),
        size: config.length,
    };
    const annotations = {
        [VERSION_ANNOTATION]: info.version,
        ...(info.revision === undefined ? {} : { [REVISION_ANNOTATION]: info.revision }),
        ...(info.sourceUrl === undefined ? {} : { [SOURCE_ANNOTATION]: info.sourceUrl }),
        [CREATED_ANNOTATION]: info.created,
        [FILE_SET_DIGEST_ANNOTATION]: fileSet.digest,
    };
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: artifact_IMAGE_MANIFEST_MEDIA_TYPE,
        artifactType: MODEL_MANIFEST_ARTIFACT_TYPE,
        config: configDescriptor,
        layers: files.map(layerDescriptor),
        annotations,
    }), 'utf8');
    return { manifest, manifestDigest: sha256DigestOf(manifest), config, configDescriptor, files };
}
function layerDescriptor(file) {
    return {
        mediaType: file.mediaType,
        digest: `sha256:${file.sha256}`,
        size: file.size,
        annotations: { [FILEPATH_ANNOTATION]: file.path, [MEDIA_TYPE_UNTESTED_ANNOTATION]: 'true' },
    };
}
/** The ModelPack config (`config-schema.json`): the descriptor, the layers' diffIds, and what metadata knows. */
function modelConfig(files, info) {
    const metadata = info.metadata ?? {};
    return {
        descriptor: {
            name: info.name,
            version: info.version,
            ...(info.revision === undefined ? {} : { revision: info.revision }),
            createdAt: info.created,
            ...(info.sourceUrl === undefined ? {} : { sourceURL: info.sourceUrl }),
            ...known(metadata, DESCRIPTOR_STRINGS, DESCRIPTOR_STRING_LISTS),
        },
        modelfs: { type: 'layers', diffIds: files.map((file) => `sha256:${file.sha256}`) },
        config: known(metadata, CONFIG_STRINGS, []),
    };
}
// ModelPack fields a user's metadata may carry under the spec's own names; a
// value of another type is left out rather than making the config invalid.
const DESCRIPTOR_STRINGS = (/* unused pure expression or super */ null && (['family', 'vendor', 'title', 'description', 'docURL']));
const DESCRIPTOR_STRING_LISTS = (/* unused pure expression or super */ null && (['authors', 'licenses', 'datasetsURL']));
const CONFIG_STRINGS = (/* unused pure expression or super */ null && (['architecture', 'format', 'paramSize', 'precision', 'quantization']));
function known(metadata, strings, lists) {
    const picked = {};
    for (const key of strings)
        if (typeof metadata[key] === 'string')
            picked[key] = metadata[key];
    for (const key of lists) {
        const value = metadata[key];
        if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
            picked[key] = value;
    }
    return picked;
}
const DOC_NAMES = /^(readme|license|licence|notice|copying|authors|changelog|model_card|modelcard)([._-].*)?$/i;
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.rst', '.adoc', '.pdf', '.html']);
const WEIGHT_CONFIG_NAMES = /^(tokenizer|vocab|merges|special_tokens|added_tokens|generation_config|config)([._-].*)?$/i;
const WEIGHT_CONFIG_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf']);
const CODE_NAMES = /^(dockerfile|makefile|requirements([._-].*)?\.txt|pyproject\.toml|package\.json)$/i;
const CODE_EXTENSIONS = new Set('.py .pyi .ipynb .js .mjs .cjs .ts .sh .bash .go .rs .c .cc .cpp .h .hpp .cu .java .kt .scala .rb .r .jl .lua .swift'.split(' '));
/**
 * The ModelPack media type of a file, from its name: documentation, code,
 * configuration of the weights (JSON, YAML, tokenizer files), else weights.
 */
function layerMediaType(path) {
    const name = posix.basename(path);
    const extension = posix.extname(name).toLowerCase();
    if (DOC_NAMES.test(name) || DOC_EXTENSIONS.has(extension))
        return LAYER_MEDIA_TYPES.doc;
    if (CODE_NAMES.test(name) || CODE_EXTENSIONS.has(extension))
        return LAYER_MEDIA_TYPES.code;
    if (WEIGHT_CONFIG_EXTENSIONS.has(extension) || WEIGHT_CONFIG_NAMES.test(name))
        return LAYER_MEDIA_TYPES.weightConfig;
    return LAYER_MEDIA_TYPES.weight;
}
function checkVersionInfo(info) {
    const refuse = (what) => {
        throw new ModelStoreError('invalid-version-info', what);
    };
    if (!MODEL_NAME.test(info.name)) {
        refuse(`The model name ${quoted(info.name)} is not a registry name (lower-case letters, digits, '.', '_', '-').`);
    }
    if (!VERSION.test(info.version)) {
        refuse(`The version ${quoted(info.version)} is not a semantic version such as 1.2.3.`);
    }
    if (!RFC3339.test(info.created) || Number.isNaN(Date.parse(info.created))) {
        refuse(`The creation time ${quoted(info.created)} is not an RFC 3339 time such as 2026-01-01T00:00:00Z.`);
    }
    if (info.revision !== undefined && !/^[0-9A-Za-z._/-]{1,256}$/.test(info.revision)) {
        refuse(`The revision ${quoted(info.revision)} is not a commit identifier.`);
    }
    if (info.sourceUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(info.sourceUrl)) {
        refuse(`The source URL ${quoted(info.sourceUrl)} is not an http(s) URL.`);
    }
}
// -- Reading a stored artifact (untrusted: anyone who can push to the store wrote it) --
/** Reads and validates a stored manifest: a ModelPack artifact of raw layers with safe, distinct file paths. */
function readModelManifest(bytes) {
    const manifest = parseJsonObject(bytes, 'The manifest');
    if (manifest.schemaVersion !== 2)
        invalid('The manifest is not an OCI image manifest (schemaVersion is not 2).');
    if (manifest.mediaType !== undefined && manifest.mediaType !== artifact_IMAGE_MANIFEST_MEDIA_TYPE) {
        invalid(`The manifest's mediaType is ${quotedValue(manifest.mediaType)}, not ${artifact_IMAGE_MANIFEST_MEDIA_TYPE}.`);
    }
    if (manifest.artifactType !== MODEL_MANIFEST_ARTIFACT_TYPE) {
        invalid(`The manifest's artifactType is ${quotedValue(manifest.artifactType)}, not ${MODEL_MANIFEST_ARTIFACT_TYPE}: ` +
            'it is not a ModelPack model artifact.');
    }
    const configDescriptor = descriptorOf(manifest.config, 'The manifest config');
    if (configDescriptor.mediaType !== MODEL_CONFIG_MEDIA_TYPE) {
        invalid(`The manifest config's mediaType is ${errors_quoted(configDescriptor.mediaType)}, not ${MODEL_CONFIG_MEDIA_TYPE}.`);
    }
    if (!Array.isArray(manifest.layers) || manifest.layers.length === 0) {
        invalid('The manifest has no layers; a model artifact has one a file.');
    }
    const paths = new ModelPaths();
    const files = manifest.layers.map((value, index) => {
        const layer = descriptorOf(value, `Layer ${index + 1}`);
        if (!RAW_LAYER_MEDIA_TYPES.has(layer.mediaType)) {
            invalid(`Layer ${index + 1} has mediaType ${errors_quoted(layer.mediaType)}; only ModelPack raw layers (one file each, ` +
                'uncompressed) can be pulled.');
        }
        const path = layer.annotations?.[FILEPATH_ANNOTATION];
        if (path === undefined)
            invalid(`Layer ${index + 1} has no ${FILEPATH_ANNOTATION} annotation naming its file.`);
        paths.add(path);
        return { path, size: layer.size, sha256: layer.digest.slice('sha256:'.length), mediaType: layer.mediaType };
    });
    const annotations = stringMap(manifest.annotations, 'The manifest annotations') ?? {};
    return { configDescriptor, files, fileSetDigest: digestOfEntries(files), annotations };
}
/** Reads a stored config and checks it describes the manifest's layers, in order. */
function readModelConfig(bytes, manifest) {
    const config = parseJsonObject(bytes, 'The model config');
    const modelfs = config.modelfs;
    if (typeof config.descriptor !== 'object' || config.descriptor === null || typeof config.config !== 'object') {
        invalid('The model config has no descriptor or config object; it is not a ModelPack config.');
    }
    if (typeof modelfs !== 'object' || modelfs === null || modelfs.type !== 'layers' || !Array.isArray(modelfs.diffIds)) {
        invalid('The model config has no modelfs of type layers; it is not a ModelPack config.');
    }
    const expected = manifest.files.map((file) => `sha256:${file.sha256}`);
    const diffIds = modelfs.diffIds;
    if (diffIds.length !== expected.length || diffIds.some((diffId, index) => diffId !== expected[index])) {
        invalid("The model config's modelfs.diffIds are not the manifest's layer digests in order.");
    }
    return config;
}
/**
 * The paths of a model's files as they will be written: relative, `/`
 * separated, no `.` or `..` part, not in a `.git` folder, no NUL or line
 * break (a digest line could not hold it), each once, and no file where
 * another file needs a folder. Checked before anything is written.
 */
class ModelPaths {
    files = new Set();
    folders = new Set();
    add(path) {
        const refuse = (why) => {
            throw new errors_ModelStoreError('unsafe-path', `The model file path ${errors_quoted(path)} ${why}; refused.`);
        };
        if (path === '' || path.length > 4096)
            refuse('is empty or too long');
        if (/\p{Surrogate}|[\0\n\r\\]/u.test(path))
            refuse('holds a NUL, a line break, a backslash or a lone surrogate');
        if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
            refuse('is absolute');
        const parts = path.split('/');
        if (parts.some((part) => part === '' || part === '.' || part === '..')) {
            refuse("has an empty, '.' or '..' part (it could write outside the model folder)");
        }
        if (parts.some((part) => Buffer.byteLength(part) > 255))
            refuse('has a part longer than a file name can be');
        // Any `.git` part, not only the root's: a pulled `sub/.git/hooks/…` would run the next time git runs there.
        if (parts.some((part) => part.toLowerCase() === '.git'))
            refuse("is inside a '.git' folder");
        if (this.files.has(path))
            refuse('is named twice');
        if (this.folders.has(path))
            refuse('is also a folder of another file');
        for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', end + 1)) {
            const folder = path.slice(0, end);
            if (this.files.has(folder))
                refuse(`needs the folder ${errors_quoted(folder)}, which is also a file`);
            this.folders.add(folder);
        }
        this.files.add(path);
    }
}
function descriptorOf(value, shown) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        invalid(`${shown} is not a descriptor.`);
    const { mediaType, digest, size, annotations } = value;
    if (typeof mediaType !== 'string')
        invalid(`${shown} has no mediaType.`);
    if (!isSha256Digest(digest)) {
        invalid(`${shown} has the digest ${typeof digest === 'string' ? blob_shownDigest(digest) : 'of a wrong type'}; sha256 expected.`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        invalid(`${shown} has no valid size.`);
    const map = stringMap(annotations, `${shown}'s annotations`);
    return { mediaType, digest, size, ...(map === undefined ? {} : { annotations: map }) };
}
function stringMap(value, shown) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        invalid(`${shown} are not a map.`);
    const entries = Object.entries(value);
    if (entries.some(([, item]) => typeof item !== 'string'))
        invalid(`${shown} hold a value that is not a string.`);
    return Object.fromEntries(entries);
}
function parseJsonObject(bytes, shown) {
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        invalid(`${shown} is not UTF-8 JSON.`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        invalid(`${shown} is not a JSON object.`);
    return value;
}
function quotedValue(value) {
    return typeof value === 'string' ? errors_quoted(value) : 'missing or not a string';
}
function invalid(message) {
    throw new errors_ModelStoreError('invalid-artifact', message);
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./packages/model-store/lib/src/layout.js
// An OCI image-layout folder (image-spec `image-layout.md`) as an OciTarget:
// `oci-layout`, `index.json`, `blobs/sha256/<hex>`. `skopeo copy oci:<dir>:<tag>`
// and other OCI tools read what it writes. Several runs on one machine (a
// self-hosted runner's shared disk) may write the same layout at once: blobs
// are content-addressed and appear by rename, and index.json changes under a
// lock file.










const LAYOUT_VERSION = '1.0.0';
const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/** image-spec `annotations.md`: the reference (tag) of an index.json entry, as `skopeo copy oci:<dir>:<tag>` reads it. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const DEFAULT_LOCK_WAIT_MS = 30_000;
class OciLayoutTarget {
    location;
    /** Absolute folder of the layout. */
    root;
    lockWaitMs;
    prepared;
    /** `path` is kept as given for `location` (a manifest's `uri` must not hold a machine's absolute path). */
    constructor(path, options = {}) {
        this.location = `oci-layout:${path}`;
        this.root = (0,external_node_path_namespaceObject.resolve)(options.base ?? '.', path);
        this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    }
    async hasBlob(digest) {
        try {
            return (await (0,promises_namespaceObject.lstat)(this.blobPath(digest))).isFile();
        }
        catch (error) {
            if (isMissing(error))
                return false;
            throw error;
        }
    }
    async pushBlob(descriptor, open, onProgress) {
        const path = this.blobPath(descriptor.digest);
        await this.prepare();
        // No second HEAD: the store asked hasBlob first, and a blob written twice (two runs at once) is the same bytes.
        await this.writeAtomically(path, (temporary) => (0,external_node_stream_promises_namespaceObject.pipeline)(open(0), new VerifyingStream(descriptor, `The blob ${descriptor.digest}`, onProgress), (0,external_node_fs_namespaceObject.createWriteStream)(temporary, { flags: 'wx' })));
    }
    async pullBlob(descriptor) {
        const path = this.blobPath(descriptor.digest);
        await this.checkRegularFile(path, `blob ${descriptor.digest}`);
        const stream = (0,external_node_fs_namespaceObject.createReadStream)(path);
        // Opening is asynchronous: wait for it, so a blob removed meanwhile is a
        // not-found here rather than an error event on a stream the caller holds.
        await new Promise((done, fail) => {
            const failed = (error) => fail(isMissing(error) ? this.notFound(`blob ${descriptor.digest}`) : error);
            stream.once('error', failed);
            stream.once('open', () => {
                stream.off('error', failed);
                done();
            });
        });
        return stream;
    }
    async putManifest(manifest, mediaType, tag) {
        if (tag !== undefined && !blob_isOciTag(tag)) {
            throw new errors_ModelStoreError('invalid-version-info', `${errors_quoted(tag)} is not an OCI tag.`);
        }
        const digest = blob_sha256DigestOf(manifest);
        await this.prepare();
        const path = this.blobPath(digest);
        if (!(await this.hasBlob(digest))) {
            await this.writeAtomically(path, (temporary) => (0,promises_namespaceObject.writeFile)(temporary, manifest, { flag: 'wx' }));
        }
        const entry = { mediaType, digest, size: manifest.length, ...artifactTypeOf(manifest) };
        await this.updateIndex((manifests) => withEntry(manifests, entry, tag));
        return digest;
    }
    async getManifest(reference) {
        const manifests = (await this.readIndex(true)).manifests;
        let entry;
        if (isSha256Digest(reference)) {
            entry = manifests.find((item) => item.digest === reference);
        }
        else {
            if (!blob_isOciTag(reference)) {
                throw new errors_ModelStoreError('not-found', `${errors_quoted(reference)} is neither a digest nor a tag.`);
            }
            const tagged = manifests.filter((item) => item.annotations?.[REF_NAME_ANNOTATION] === reference);
            if (tagged.length > 1) {
                throw new errors_ModelStoreError('invalid-layout', `The ${this.shown()} has ${tagged.length} index.json entries tagged ${reference}.`);
            }
            entry = tagged[0];
            if (entry === undefined)
                throw this.notFound(`a manifest tagged ${reference}`);
        }
        const digest = entry?.digest ?? reference;
        const path = this.blobPath(digest);
        const size = await this.checkRegularFile(path, `manifest ${digest}`);
        if (size > MAX_DOCUMENT_BYTES) {
            throw new errors_ModelStoreError('invalid-artifact', `The manifest ${digest} is ${size} bytes; not a model manifest.`);
        }
        const bytes = await (0,promises_namespaceObject.readFile)(path);
        if (blob_sha256DigestOf(bytes) !== digest) {
            throw new errors_ModelStoreError('digest-mismatch', `The manifest ${digest} in the ${this.shown()} has bytes of another digest.`);
        }
        const mediaType = entry?.mediaType ?? mediaTypeOf(bytes);
        return { mediaType, bytes, digest };
    }
    blobPath(digest) {
        if (!isSha256Digest(digest)) {
            throw new errors_ModelStoreError('invalid-artifact', `${blob_shownDigest(digest)} is not a sha256 digest; it names no blob.`);
        }
        return (0,external_node_path_namespaceObject.join)(this.root, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    shown() {
        return `OCI layout ${errors_quoted(this.location)}`;
    }
    notFound(what) {
        return new errors_ModelStoreError('not-found', `The ${this.shown()} has no ${what}.`);
    }
    /** The size of a regular file in the layout (a link or a pipe there is refused: it could point anywhere or block). */
    async checkRegularFile(path, what) {
        let stats;
        try {
            stats = await (0,promises_namespaceObject.lstat)(path);
        }
        catch (error) {
            if (isMissing(error))
                throw this.notFound(what);
            throw error;
        }
        if (!stats.isFile()) {
            throw new errors_ModelStoreError('invalid-layout', `The ${what} in the ${this.shown()} is not a regular file.`);
        }
        return stats.size;
    }
    /** Once per target: creates the layout on first write, or checks an existing one is of the version we write. */
    prepare() {
        this.prepared ??= this.prepareLayout().catch((error) => {
            this.prepared = undefined;
            throw error;
        });
        return this.prepared;
    }
    async prepareLayout() {
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(this.root, 'blobs', 'sha256'), { recursive: true });
        const marker = (0,external_node_path_namespaceObject.join)(this.root, 'oci-layout');
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(marker, 'utf8');
        }
        catch (error) {
            if (!isMissing(error))
                throw error;
            const document = Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }), 'utf8');
            await this.writeAtomically(marker, (temporary) => (0,promises_namespaceObject.writeFile)(temporary, document, { flag: 'wx' }));
            return;
        }
        let version;
        try {
            version = JSON.parse(text).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (version !== LAYOUT_VERSION) {
            throw new errors_ModelStoreError('invalid-layout', `The ${this.shown()} has an oci-layout file that does not say imageLayoutVersion ${LAYOUT_VERSION}; ` +
                'give a folder that is an OCI image layout, or an empty one.');
        }
    }
    /** Writes through a temporary file in the layout, then renames it into place: readers see all of it or none. */
    async writeAtomically(path, write) {
        const temporary = (0,external_node_path_namespaceObject.join)(this.root, `.partial-${(0,external_node_crypto_.randomUUID)()}`);
        try {
            await write(temporary);
            await (0,promises_namespaceObject.rename)(temporary, path);
        }
        catch (error) {
            await (0,promises_namespaceObject.rm)(temporary, { force: true });
            throw error;
        }
    }
    async readIndex(mustExist) {
        const path = (0,external_node_path_namespaceObject.join)(this.root, 'index.json');
        let bytes;
        try {
            await this.checkRegularFile(path, 'index.json');
            bytes = await readBounded((0,external_node_fs_namespaceObject.createReadStream)(path), MAX_DOCUMENT_BYTES, `The ${this.shown()}'s index.json`);
        }
        catch (error) {
            if (mustExist || !(error instanceof errors_ModelStoreError && error.code === 'not-found'))
                throw error;
            return { schemaVersion: 2, mediaType: INDEX_MEDIA_TYPE, manifests: [] };
        }
        let index;
        try {
            index = parseJsonObject(bytes, 'index.json');
        }
        catch {
            throw new errors_ModelStoreError('invalid-layout', `The ${this.shown()}'s index.json is not a JSON object.`);
        }
        const manifests = index.manifests;
        if (index.schemaVersion !== 2 || !Array.isArray(manifests) || !manifests.every(isIndexEntry)) {
            throw new errors_ModelStoreError('invalid-layout', `The ${this.shown()}'s index.json is not an OCI image index of manifests.`);
        }
        return index;
    }
    /**
     * Changes index.json under `index.json.lock`, so two writers on one machine
     * never lose each other's entries: each re-reads the index inside the lock,
     * and readers see the old or the new file, never part of one (rename).
     */
    async updateIndex(change) {
        const release = await this.lock();
        try {
            const index = await this.readIndex(false);
            const updated = Buffer.from(JSON.stringify({ ...index, manifests: change(index.manifests) }), 'utf8');
            await this.writeAtomically((0,external_node_path_namespaceObject.join)(this.root, 'index.json'), (temporary) => (0,promises_namespaceObject.writeFile)(temporary, updated, { flag: 'wx' }));
        }
        finally {
            await release();
        }
    }
    async lock() {
        const path = (0,external_node_path_namespaceObject.join)(this.root, 'index.json.lock');
        const owner = `${(0,external_node_os_namespaceObject.hostname)()} ${process.pid}\n`;
        const deadline = Date.now() + this.lockWaitMs;
        for (let pause = 5;; pause = Math.min(pause * 2, 100)) {
            try {
                const handle = await (0,promises_namespaceObject.open)(path, 'wx');
                try {
                    await handle.writeFile(owner);
                }
                catch (error) {
                    await (0,promises_namespaceObject.unlink)(path);
                    throw error;
                }
                finally {
                    await handle.close();
                }
                return () => (0,promises_namespaceObject.unlink)(path);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            if (Date.now() >= deadline) {
                // Not removed for the user: a lock only a crash can leave behind is
                // safer to clear by hand than to guess stale while its owner may live.
                const holder = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch(() => '');
                throw new errors_ModelStoreError('layout-busy', `The ${this.shown()}'s index.json has been locked by another writer for over ${Math.round(this.lockWaitMs / 1000)} s ` +
                    `(${errors_quoted(holder.trim(), 100)}); if no run is writing to it, remove its index.json.lock.`);
            }
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(pause);
        }
    }
}
/**
 * index.json entries after storing `entry`: an untagged manifest is listed
 * once (so it is reachable, not garbage); a tag names one manifest, and the
 * manifest it named before stays listed untagged (a git tag's `uri` may still
 * point at it).
 */
function withEntry(manifests, entry, tag) {
    const refName = (item) => item.annotations?.[REF_NAME_ANNOTATION];
    if (tag === undefined) {
        return manifests.some((item) => item.digest === entry.digest) ? [...manifests] : [...manifests, entry];
    }
    const kept = [];
    for (const item of manifests) {
        if (refName(item) === tag) {
            const stillListed = manifests.some((other) => other !== item && other.digest === item.digest);
            if (!stillListed && item.digest !== entry.digest) {
                const untagged = { ...item };
                delete untagged.annotations;
                const others = Object.entries(item.annotations ?? {}).filter(([key]) => key !== REF_NAME_ANNOTATION);
                kept.push(others.length === 0 ? untagged : { ...untagged, annotations: Object.fromEntries(others) });
            }
        }
        else if (!(item.digest === entry.digest && refName(item) === undefined)) {
            kept.push(item);
        }
    }
    return [...kept, { ...entry, annotations: { [REF_NAME_ANNOTATION]: tag } }];
}
function isIndexEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { mediaType, digest, size, annotations } = value;
    return (typeof mediaType === 'string' &&
        isSha256Digest(digest) &&
        typeof size === 'number' &&
        Number.isSafeInteger(size) &&
        size >= 0 &&
        (annotations === undefined ||
            (typeof annotations === 'object' &&
                annotations !== null &&
                Object.values(annotations).every((item) => typeof item === 'string'))));
}
function artifactTypeOf(manifest) {
    try {
        const { artifactType } = JSON.parse(manifest.toString('utf8'));
        return typeof artifactType === 'string' ? { artifactType } : {};
    }
    catch {
        return {};
    }
}
function mediaTypeOf(manifest) {
    try {
        const { mediaType } = JSON.parse(manifest.toString('utf8'));
        return typeof mediaType === 'string' ? mediaType : artifact_IMAGE_MANIFEST_MEDIA_TYPE;
    }
    catch {
        return artifact_IMAGE_MANIFEST_MEDIA_TYPE;
    }
}
function isMissing(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/store.js
// Pushing and pulling a model version, written once over OciTarget: the same
// code serves an OCI registry and an image-layout folder.










const DEFAULT_CONCURRENCY = 4;
const store_PROGRESS_EVERY_MS = 250;
/**
 * Pushes a version's artifact by digest, with no tag (DESIGN.md: the OCI tag
 * comes after the git tag wins, `tagVersion`). Only the blobs the target lacks
 * are uploaded, streamed from disk, several at once.
 */
async function pushVersion(target, files, info, options = {}) {
    const artifact = buildModelArtifact(files.fileSet, info);
    // Two files with the same bytes are one blob.
    const blobs = [...new Map(artifact.files.map((file) => [file.sha256, file])).values()];
    const progress = new TransferProgress(blobs.reduce((sum, file) => sum + file.size, 0), options.onProgress);
    let uploadedBytes = 0;
    await eachAtMost(options.concurrency ?? DEFAULT_CONCURRENCY, blobs, async (file) => {
        const descriptor = { digest: `sha256:${file.sha256}`, size: file.size };
        if (await target.hasBlob(descriptor.digest)) {
            progress.skip(file.size);
            return;
        }
        const absolute = join(files.root, ...file.path.split('/'));
        try {
            await target.pushBlob(descriptor, (offset) => createReadStream(absolute, { start: offset }), progress.blob());
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new ModelStoreError('file-changed', `${quoted(file.path)} was removed after its digest was computed.`);
            }
            if (error instanceof ModelStoreError && error.code === 'digest-mismatch') {
                throw new ModelStoreError('file-changed', `${quoted(file.path)} changed after its digest was computed (its bytes no longer hash to ` +
                    `${descriptor.digest}); push after whatever writes the model has finished.`);
            }
            throw error;
        }
        uploadedBytes += file.size;
    });
    if (!(await target.hasBlob(artifact.configDescriptor.digest))) {
        const config = artifact.config;
        await target.pushBlob(artifact.configDescriptor, (offset) => Readable.from([config.subarray(offset)]));
    }
    const manifestDigest = await target.putManifest(artifact.manifest, IMAGE_MANIFEST_MEDIA_TYPE);
    if (manifestDigest !== artifact.manifestDigest) {
        throw new Error(`The store answered the manifest digest ${shownDigest(manifestDigest)}, not ${artifact.manifestDigest}.`);
    }
    progress.finish();
    return { manifestDigest, uri: `${target.location}@${manifestDigest}`, uploadedBytes };
}
/** The OCI tag of a version: `v<version>`, with semver's `+` as `_` (a tag cannot hold `+`; Helm maps it the same way). */
function versionTag(version) {
    return `v${version.replaceAll('+', '_')}`;
}
/** Points `tag` at a manifest the target already holds (after the version's git tag was pushed). */
async function tagVersion(target, manifestDigest, tag) {
    if (!isOciTag(tag)) {
        throw new ModelStoreError('invalid-version-info', `${quoted(tag)} is not an OCI tag (letters, digits, '.', '_', '-').`);
    }
    const manifest = await verifiedManifest(target, manifestDigest);
    await target.putManifest(manifest.bytes, manifest.mediaType, tag);
}
/**
 * Writes a version's files into `directory` (empty or absent), verifying
 * each blob's sha256 and size while it is written, then the file-set digest
 * of the folder against `expectedFileSetDigest`. The files are written to a
 * folder beside `directory` and moved into place only when all is verified:
 * on any failure nothing is left, and `directory` is as it was.
 */
async function pullVersion(target, manifestDigest, directory, expectedFileSetDigest, options = {}) {
    if (!isSha256Digest(expectedFileSetDigest)) {
        throw new errors_ModelStoreError('invalid-artifact', `The file-set digest ${blob_shownDigest(expectedFileSetDigest)} is not sha256:<64 hex>.`);
    }
    const destination = (0,external_node_path_namespaceObject.resolve)(directory);
    await checkEmptyOrAbsent(destination, directory);
    const manifest = readModelManifest((await verifiedManifest(target, manifestDigest)).bytes);
    // Cheap, before any download: the layers must describe the registered files.
    if (manifest.fileSetDigest !== expectedFileSetDigest) {
        throw new errors_ModelStoreError('file-set-mismatch', `The artifact ${manifestDigest} holds files whose digest is ${manifest.fileSetDigest}, not the registered ` +
            `${expectedFileSetDigest}; nothing was written.`);
    }
    readModelConfig(await pullDocument(target, manifest.configDescriptor, 'The model config'), manifest);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(destination), { recursive: true });
    const staging = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(destination), `.${(0,external_node_path_namespaceObject.basename)(destination)}.partial-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_namespaceObject.mkdir)(staging);
    try {
        const folders = new Set(manifest.files.map((file) => (0,external_node_path_namespaceObject.dirname)(file.path)).filter((folder) => folder !== '.'));
        for (const folder of folders)
            await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(staging, ...folder.split('/')), { recursive: true });
        const progress = new TransferProgress(manifest.files.reduce((sum, file) => sum + file.size, 0), options.onProgress);
        await eachAtMost(options.concurrency ?? DEFAULT_CONCURRENCY, manifest.files, async (file) => {
            const descriptor = { digest: `sha256:${file.sha256}`, size: file.size };
            await (0,external_node_stream_promises_namespaceObject.pipeline)(await target.pullBlob(descriptor), new VerifyingStream(descriptor, `The file ${errors_quoted(file.path)} (blob ${descriptor.digest})`, progress.blob()), (0,external_node_fs_namespaceObject.createWriteStream)((0,external_node_path_namespaceObject.join)(staging, ...file.path.split('/')), { flags: 'wx' })).catch((error) => {
                // Paths are distinct, so only a file system that folds case (or Unicode forms) makes two of them one file.
                if (error.code !== 'EEXIST')
                    throw error;
                throw new errors_ModelStoreError('unsafe-path', `The artifact names ${errors_quoted(file.path)} and another file this file system takes for the same one; refused.`);
            });
        });
        // Every byte was hashed on its way to disk, against its layer, and the layers give the registered digest
        // (checked above): what is left is that the folder holds exactly those files. Reading the model back to hash
        // it again cost fetch-model a fifth of its time (bench/store.mjs).
        const difference = await differenceFrom(staging, manifest.files);
        if (difference !== undefined) {
            throw new errors_ModelStoreError('file-set-mismatch', `The files written are not the registered ones of ${expectedFileSetDigest}: ${difference}.`);
        }
        // rename(2) replaces an empty folder, so an empty `directory` given by the user works too.
        await (0,promises_namespaceObject.rename)(staging, destination).catch((error) => {
            if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST') {
                throw notEmpty(directory);
            }
            throw error;
        });
        progress.finish();
        const size = manifest.files.reduce((sum, file) => sum + file.size, 0);
        return { directory: destination, files: manifest.files, fileSetDigest: manifest.fileSetDigest, size };
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(staging, { recursive: true, force: true });
        throw error;
    }
}
/**
 * What keeps the folder a pull wrote from holding exactly the verified files, as `digestOf` lists a folder (the
 * root's `.git` left out; links and other non-regular files refused), or undefined when nothing does: each
 * file's bytes were hashed against its layer while written, so the folder's digest is then the layers'.
 */
async function differenceFrom(folder, verified) {
    const sizes = new Map(verified.map((file) => [file.path, file.size]));
    for (const { path, size } of (await file_set_listRoot(folder)).files) {
        const expected = sizes.get(path);
        if (expected === undefined)
            return `${errors_quoted(path)} is not one of them`;
        if (expected !== size)
            return `${errors_quoted(path)} has ${size} bytes, not ${expected}`;
        sizes.delete(path);
    }
    const [missing] = sizes.keys();
    return missing === undefined ? undefined : `${errors_quoted(missing)} is missing`;
}
/** A manifest by digest, its bytes checked against the digest (a target's answer is not trusted). */
async function verifiedManifest(target, manifestDigest) {
    if (!isSha256Digest(manifestDigest)) {
        throw new errors_ModelStoreError('invalid-artifact', `The manifest digest ${blob_shownDigest(manifestDigest)} is not sha256:<64 hex>.`);
    }
    const manifest = await target.getManifest(manifestDigest);
    if (manifest.bytes.length > MAX_DOCUMENT_BYTES || blob_sha256DigestOf(manifest.bytes) !== manifestDigest) {
        throw new errors_ModelStoreError('digest-mismatch', `The store ${errors_quoted(target.location)} answered other bytes for the manifest ${manifestDigest}.`);
    }
    return manifest;
}
/** A small blob (the config), read whole after checking its descriptor's size is small, and verified. */
async function pullDocument(target, descriptor, shown) {
    if (descriptor.size > MAX_DOCUMENT_BYTES) {
        throw new errors_ModelStoreError('invalid-artifact', `${shown} is ${descriptor.size} bytes; it is not a model document.`);
    }
    const bytes = await readBounded(await target.pullBlob(descriptor), MAX_DOCUMENT_BYTES, shown);
    if (bytes.length !== descriptor.size || blob_sha256DigestOf(bytes) !== descriptor.digest) {
        throw new errors_ModelStoreError('digest-mismatch', `${shown} (blob ${descriptor.digest}) has bytes of another digest or size.`);
    }
    return bytes;
}
async function checkEmptyOrAbsent(destination, shown) {
    let entries;
    try {
        entries = await (0,promises_namespaceObject.readdir)(destination);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return;
        if (code === 'ENOTDIR')
            throw notEmpty(shown);
        throw error;
    }
    if (entries.length > 0)
        throw notEmpty(shown);
}
function notEmpty(shown) {
    return new errors_ModelStoreError('destination-not-empty', `${errors_quoted(shown)} is not an empty folder; pull into an empty or absent folder so no other file mixes with the model.`);
}
/**
 * Runs `work` on every item, at most `limit` at once. After a failure no new
 * item starts; the first failure is thrown once the running ones settled (so
 * nothing keeps writing into a folder being removed).
 */
async function eachAtMost(limit, items, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
}
/** Bytes done over all blobs, from each blob's running count, reported at most every 250 ms. */
class TransferProgress {
    total;
    onProgress;
    done = 0;
    last = Date.now();
    constructor(total, onProgress) {
        this.total = total;
        this.onProgress = onProgress;
    }
    skip(bytes) {
        this.add(bytes);
    }
    /** A listener for one blob's bytes so far; a retry that starts over counts its bytes once. */
    blob() {
        let counted = 0;
        return (bytesSoFar) => {
            this.add(bytesSoFar - counted);
            counted = bytesSoFar;
        };
    }
    finish() {
        this.onProgress?.(this.total, this.total);
    }
    add(bytes) {
        this.done += bytes;
        if (this.onProgress && Date.now() - this.last >= store_PROGRESS_EVERY_MS) {
            this.last = Date.now();
            this.onProgress(Math.min(this.done, this.total), this.total);
        }
    }
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/store-uri.js
// Where a model store is, as written in version-model's `store` input (a place)
// and in a registry manifest's `uri` (a place and a manifest digest): DESIGN.md,
// "The model store (OCI)".


// Plain HTTP would send credentials and unverified bytes across a network; on loopback nothing leaves the machine.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Whether a host name (`127.0.0.1`, `[::1]`, as a URL's `hostname` gives it) is this machine: plain HTTP allowed. */
function isLoopbackHost(hostname) {
    return LOOPBACK_HOSTS.has(hostname);
}
const HOST_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
/** distribution-spec: the repository name grammar (path components joined by `/`). */
const REPOSITORY = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
const store_uri_MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const FORMS = 'write oci://<host>[:<port>]/<repository> or oci-layout:<path>';
/**
 * Reads `oci://host[:port]/repository[@sha256:…]` or `oci-layout:path[@sha256:…]`.
 * A repository is lower-cased; anything else wrong is refused, saying which form to write.
 */
function parseStoreUri(text) {
    const refuse = (why) => {
        throw new errors_ModelStoreError('invalid-store', `The store ${errors_quoted(text)} ${why}; ${FORMS}.`);
    };
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    if (/[\0-\x1f\x7f]/.test(text))
        refuse('holds a control character');
    const { place, digest } = splitDigest(text, refuse);
    if (place.startsWith('oci-layout:')) {
        const path = place.slice('oci-layout:'.length).replace(/(?<=.)\/+$/, '');
        if (path === '')
            refuse('names no folder');
        return { kind: 'layout', path, ...(digest === undefined ? {} : { digest }) };
    }
    if (!place.startsWith('oci://')) {
        if (/^(https?|docker):\/\//i.test(place))
            refuse('is a URL, not a store (registries are written oci://)');
        refuse('is in neither store form');
    }
    const rest = place.slice('oci://'.length);
    const slash = rest.indexOf('/');
    const authority = (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
    const repository = (slash === -1 ? '' : rest.slice(slash + 1)).replace(/\/+$/, '').toLowerCase();
    if (authority.includes('@'))
        refuse('holds credentials; give them as store-username and store-token instead');
    if (/[?#]/.test(rest))
        refuse('holds a query or a fragment');
    const { hostname, port } = splitPort(authority, refuse);
    if (!HOST_NAME.test(hostname) && !IPV6.test(hostname))
        refuse(`has ${errors_quoted(hostname)}, which is not a host name`);
    if (repository === '')
        refuse('names no repository after the host');
    if (/:/.test(repository))
        refuse('names a tag; a store names a repository, versions are tagged by the store');
    if (!REPOSITORY.test(repository)) {
        refuse(`has the repository ${errors_quoted(repository)}, which is not an OCI repository name (a-z, 0-9, '.', '_', '-' between '/')`);
    }
    return {
        kind: 'registry',
        host: port === undefined ? hostname : `${hostname}:${port}`,
        repository,
        plainHttpAllowed: isLoopbackHost(hostname),
        ...(digest === undefined ? {} : { digest }),
    };
}
/** The place of one model's artifacts in a store: `<repository>/<model>` in a registry, `<path>/<model>` for layouts. */
function modelLocation(store, modelName) {
    if (!store_uri_MODEL_NAME.test(modelName)) {
        throw new ModelStoreError('invalid-version-info', `The model name ${quoted(modelName)} is not a registry name.`);
    }
    if (store.digest !== undefined) {
        throw new ModelStoreError('invalid-store', `The store ${quoted(storeUri(store))} names a manifest; a store names a place only.`);
    }
    return store.kind === 'registry'
        ? { ...store, repository: `${store.repository}/${modelName}` }
        : { ...store, path: store.path === '/' ? `/${modelName}` : `${store.path}/${modelName}` };
}
/** The text of a location, as a manifest's `uri` records it (with the digest, when it has one). */
function storeUri(location) {
    const place = location.kind === 'registry' ? `oci://${location.host}/${location.repository}` : `oci-layout:${location.path}`;
    return location.digest === undefined ? place : `${place}@${location.digest}`;
}
function splitDigest(text, refuse) {
    const at = text.lastIndexOf('@sha256:');
    if (at === -1) {
        if (/@sha\d*:/i.test(text))
            refuse('names a digest that is not sha256:<64 hex>');
        return { place: text };
    }
    const digest = text.slice(at + 1);
    if (!isSha256Digest(digest))
        refuse('names a digest that is not sha256:<64 lower-case hex>');
    return { place: text.slice(0, at), digest };
}
function splitPort(authority, refuse) {
    const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
    if (match === null)
        return refuse(`has ${errors_quoted(authority)}, which is not host[:port]`);
    const [, hostname, portText] = match;
    if (portText === undefined)
        return { hostname };
    const port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535)
        refuse(`has the port ${errors_quoted(portText)}, not 1 to 65535`);
    return { hostname, port };
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/errors.js

/**
 * A registry that refused, failed or answered wrongly. The message says what
 * happened, on which host and repository, with at most a short sanitised
 * excerpt of what the registry said; it never holds a credential.
 */
class StoreHttpError extends errors_ModelStoreError {
    code;
    status;
    name = 'StoreHttpError';
    constructor(code, message, 
    /** The HTTP status that ended the request, when there was one. */
    status) {
        super(code, message);
        this.code = code;
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/untrusted.js

// Everything a registry answers is untrusted: bodies are read to a bound,
// and what is quoted back in an error is a short, printable excerpt.

/** The most of a registry's error body ever read. */
const ERROR_BODY_LIMIT = 4096;
/** The most of it ever quoted in a message. */
const EXCERPT_LENGTH = 160;
/** Reads a response body whole, refusing one longer than `limit` bytes (without reading past it). */
async function untrusted_readBounded(response, limit, what) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
        await response.body?.cancel();
        throw new StoreHttpError('protocol', `The registry sent ${what} of ${declared} bytes, more than the ${limit} allowed.`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const bytes = await collectAtMost(response.body, limit);
    if (bytes !== undefined)
        return bytes;
    await response.body.cancel().catch(() => undefined);
    throw new StoreHttpError('protocol', `The registry sent ${what} of more than the ${limit} bytes allowed.`);
}
/** Drops a body nobody reads, so that the connection can be reused. */
async function discard(response) {
    await response.body?.cancel().catch(() => undefined);
}
/** Printable, single-line, short: safe to put in a message and a log. */
function sanitise(text, length = EXCERPT_LENGTH) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e]+/g, ' ').trim();
    return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
/**
 * What the registry said about a failed request, for an error message: the
 * distribution spec's `{"errors":[{"code","message"}]}` when it sent that,
 * else the start of its body; empty when it said nothing.
 */
async function excerptOf(response) {
    let body;
    try {
        body = await readPrefix(response, ERROR_BODY_LIMIT);
    }
    catch {
        return '';
    }
    const text = body.toString('utf8');
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            const [first] = parsed.errors;
            const code = typeof first?.code === 'string' ? first.code : '';
            const message = typeof first?.message === 'string' ? first.message : '';
            return sanitise([code, message].filter(Boolean).join(': '));
        }
    }
    catch {
        // Not JSON: quote the text.
    }
    return sanitise(text);
}
async function readPrefix(response, limit) {
    if (!response.body)
        return Buffer.alloc(0);
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    try {
        while (length < limit) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(Buffer.from(value));
            length += value.byteLength;
        }
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return Buffer.concat(chunks).subarray(0, limit);
}
/** ` (HTTP 404: MANIFEST_UNKNOWN: …)`, for the end of a message. */
async function statusNote(response) {
    const excerpt = await excerptOf(response);
    return ` (HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''})`;
}
/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfterOf(response, now = Date.now()) {
    const value = response.headers.get('retry-after')?.trim();
    if (!value)
        return undefined;
    if (/^\d{1,9}$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/challenge.js
// The `WWW-Authenticate` challenge of a registry (distribution's token
// authentication spec): which scheme it wants, and for Bearer where to get a
// token. The header is untrusted: bounded and parsed strictly.
const HEADER_LIMIT = 4096;
const PARAMETER = /\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(?:,|$)/y;
/** The first Basic or Bearer challenge of the header, or undefined when there is none we can answer. */
function parseChallenge(header) {
    if (!header || header.length > HEADER_LIMIT)
        return undefined;
    const scheme = /^\s*([A-Za-z]+)(?:\s+|$)/.exec(header);
    if (!scheme)
        return undefined;
    const name = scheme[1].toLowerCase();
    if (name === 'basic')
        return { scheme: 'basic' };
    if (name !== 'bearer')
        return undefined;
    const parameters = new Map();
    PARAMETER.lastIndex = scheme[0].length;
    while (PARAMETER.lastIndex < header.length) {
        const match = PARAMETER.exec(header);
        if (!match)
            return undefined;
        parameters.set(match[1].toLowerCase(), match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]);
    }
    let realm;
    try {
        realm = new URL(parameters.get('realm') ?? '');
    }
    catch {
        return undefined;
    }
    const scope = parameters.get('scope');
    return {
        scheme: 'bearer',
        realm,
        ...(parameters.has('service') ? { service: parameters.get('service') } : {}),
        scopes: scope ? scope.split(' ').filter((item) => /^[a-z]+:[^\s:]+:[a-z*,]+$/.test(item)) : [],
    };
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/location.js


/**
 * The endpoint of `oci://<host>[:<port>]/<repository>`, read by the one
 * parser of store addresses (`parseStoreUri`); anything else is refused with
 * a message that shows the right form.
 */
function registryEndpoint(address) {
    const location = parseStoreUri(address);
    if (location.kind !== 'registry' || location.digest !== undefined) {
        throw new StoreHttpError('invalid-store', `The store ${JSON.stringify(address.slice(0, 200))} is not a registry repository: write it as ` +
            'oci://<host>[:<port>]/<repository>, e.g. oci://ghcr.io/owner/repo/models.');
    }
    const { host, repository, plainHttpAllowed } = location;
    if (host.length + 1 + repository.length > 255) {
        throw new StoreHttpError('invalid-store', `The store oci://${host}/${repository} is longer than the 255 characters a reference may have.`);
    }
    return { host, repository, origin: `${plainHttpAllowed ? 'http' : 'https'}://${host}` };
}
/** Whether plain HTTP may be used to reach `url` (loopback only). */
function isLoopback(url) {
    return isLoopbackHost(url.hostname);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/session.js
// One client's conversation with one registry repository: authentication
// (anonymous, Basic, or the Bearer token flow its challenge asks for),
// per-request idle timeouts, retries with back-off, and redirects that never
// carry the registry's credentials to another host.





/** A request failed in a way that may pass: a reset, a timeout, 5xx or 429. */
class TransientFailure extends Error {
    retryAfterMs;
    name = 'TransientFailure';
    constructor(message, 
    /** What the registry asked us to wait, in milliseconds. */
    retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
const TOKEN_RESPONSE_LIMIT = 64 * 1024;
// A token goes into a header: only the characters of a JWT or an opaque base64 token.
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,16384}$/;
const REDIRECT_LIMIT = 5;
const USER_AGENT = 'mlops-actions-model-store';
class RegistrySession {
    location;
    options;
    scheme = 'unknown';
    bearer;
    tokens = new Map();
    constructor(location, options) {
        this.location = location;
        this.options = options;
    }
    /** `<origin>/v2/<repository>/<path>` */
    url(path) {
        return new URL(`/v2/${this.location.repository}/${path}`, this.location.origin);
    }
    /**
     * Sends a request, answering the registry's authentication challenge and
     * following redirects of GET. A request with a body in memory is
     * retried on transient failures; a streamed one is not (the registry may
     * hold part of it: the caller asks where it stands), and its transient
     * failure is thrown as `TransientFailure`. 401 and 403 become
     * `StoreHttpError('access-denied')`; every other status is the caller's.
     */
    async send(request) {
        const replayable = !(request.body && !Buffer.isBuffer(request.body));
        for (let attempt = 0;; attempt++) {
            try {
                const response = await this.exchange(request);
                if (response.status >= 500 || response.status === 429) {
                    const note = await statusNote(response);
                    throw new TransientFailure(`${request.method} ${this.shown(request.url)}${note}`, retryAfterOf(response));
                }
                return response;
            }
            catch (error) {
                if (!(error instanceof TransientFailure) || !replayable)
                    throw error;
                await this.pause(attempt, error);
            }
        }
    }
    /**
     * Waits before retry `attempt` (0 for the first), exponentially longer each
     * time and as long as `Retry-After` asks within the cap; throws
     * `StoreHttpError('unavailable')` once the retries are spent.
     */
    async pause(attempt, failure) {
        const { retries, retryDelayMs, maxRetryDelayMs } = this.options;
        if (attempt >= retries) {
            throw new StoreHttpError('unavailable', `The registry ${this.location.host} kept failing after ${retries} retries: ${failure.message}`);
        }
        const backoff = retryDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        const delay = Math.min(maxRetryDelayMs, Math.max(backoff, failure.retryAfterMs ?? 0));
        this.options.onRetry?.(`The registry ${this.location.host} failed: ${failure.message}; trying again in ` +
            `${(delay / 1000).toFixed(1)} s (retry ${attempt + 1} of ${retries}).`);
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
    /** One request with its authentication round and redirects. */
    async exchange(request) {
        const sentAuthorization = await this.authorization(request);
        let response = await this.transmit(request, request.url, sentAuthorization);
        if (response.status === 401) {
            const challenge = parseChallenge(response.headers.get('www-authenticate'));
            if (!challenge || !(await this.answer(challenge, request, sentAuthorization !== undefined))) {
                throw await this.denied(request, response);
            }
            await discard(response);
            response = await this.transmit(request, request.url, await this.authorization(request));
            if (response.status === 401)
                throw await this.denied(request, response);
        }
        if (response.status === 403)
            throw await this.denied(request, response);
        return this.follow(request, response);
    }
    /** Follows the redirects of a GET, sending the registry's credentials only back to the registry. */
    async follow(request, first) {
        let response = first;
        let url = request.url;
        for (let hop = 0; [301, 302, 303, 307, 308].includes(response.status); hop++) {
            // Only GET: a storage URL is often signed for GET alone, and a redirected HEAD already says the blob exists.
            if (request.method !== 'GET')
                return response;
            const location = response.headers.get('location');
            await discard(response);
            if (!location || location.length > 8192 || hop >= REDIRECT_LIMIT) {
                throw new StoreHttpError('protocol', `The registry ${this.location.host} redirected ${request.method} ${this.shown(request.url)} ` +
                    (location ? `more than ${REDIRECT_LIMIT} times.` : 'without a Location.'), response.status);
            }
            const next = new URL(location, url);
            if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next))) {
                throw new StoreHttpError('protocol', `The registry ${this.location.host} redirected to ${sanitise(next.origin, 100)}, which is not HTTPS.`);
            }
            url = next;
            const sameOrigin = next.origin === this.location.origin;
            response = await this.transmit(request, next, sameOrigin ? await this.authorization(request) : undefined);
            if (!sameOrigin && response.status >= 400 && response.status < 500) {
                throw new StoreHttpError(response.status === 404 ? 'not-found' : 'refused', `The storage ${sanitise(next.host, 100)} that ${this.location.host} redirected to refused ` +
                    `${request.method}${await statusNote(response)}.`, response.status);
            }
        }
        return response;
    }
    /**
     * Takes in a 401 challenge: true when the request is worth sending again
     * (credentials not tried yet, or a new token), false when they were refused.
     */
    async answer(challenge, request, hadAuthorization) {
        if (challenge.scheme === 'basic') {
            if (!this.options.credentials || (hadAuthorization && this.scheme === 'basic'))
                return false;
            this.scheme = 'basic';
            return true;
        }
        this.scheme = 'bearer';
        this.bearer = challenge;
        // A token we sent was refused (expired, or narrower than the challenge asks): fetch one for both.
        const scopes = scopesOf(this.location.repository, request);
        this.tokens.delete(scopes.join(' '));
        await this.fetchToken(request, [...new Set([...scopes, ...challenge.scopes])]);
        return true;
    }
    /** The Authorization header for a request to the registry itself, fetching a token when the scheme is known to be Bearer. */
    async authorization(request) {
        const { credentials } = this.options;
        if (this.scheme === 'basic' && credentials) {
            return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        if (this.scheme !== 'bearer')
            return undefined;
        const key = scopesOf(this.location.repository, request);
        const cached = this.tokens.get(key.join(' '));
        if (cached && cached.expiresAt > Date.now())
            return `Bearer ${cached.token}`;
        return `Bearer ${await this.fetchToken(request, key)}`;
    }
    /** GET realm?service=…&scope=… (with Basic credentials when given), cached by the request's own scopes. */
    async fetchToken(request, scopes) {
        const challenge = this.bearer;
        const { realm } = challenge;
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm))) {
            throw new StoreHttpError('protocol', `The registry ${this.location.host} asks for a token from ${sanitise(realm.origin, 100)}, which is not HTTPS: ` +
                'no credentials are sent there.');
        }
        const url = new URL(realm);
        if (challenge.service !== undefined)
            url.searchParams.set('service', challenge.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const { credentials } = this.options;
        const authorization = credentials
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        const response = await this.transmit({ method: 'GET', url, access: request.access }, url, authorization);
        if (response.status === 401 || response.status === 403)
            throw await this.denied(request, response);
        if (response.status >= 500 || response.status === 429) {
            throw new TransientFailure(`token from ${sanitise(realm.host, 100)}${await statusNote(response)}`, retryAfterOf(response));
        }
        if (response.status !== 200) {
            throw new StoreHttpError('protocol', `The token service ${sanitise(realm.host, 100)} of ${this.location.host} answered${await statusNote(response)}.`, response.status);
        }
        const body = await untrusted_readBounded(response, TOKEN_RESPONSE_LIMIT, 'a token response');
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            parsed = {};
        }
        const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token;
        if (typeof token !== 'string' || !TOKEN.test(token)) {
            throw new StoreHttpError('protocol', `The token service ${sanitise(realm.host, 100)} of ${this.location.host} sent no usable token.`);
        }
        // The spec's default lifetime is 60 s; keep a margin so that a token does not expire in flight.
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        this.tokens.set(scopesOf(this.location.repository, request).join(' '), {
            token,
            expiresAt: Date.now() + Math.max(0, seconds - 10) * 1000,
        });
        return token;
    }
    /** One HTTP exchange, abandoned after `timeoutMs` without progress; network failures become `TransientFailure`. */
    async transmit(request, url, authorization) {
        const controller = new AbortController();
        let timer;
        let answered = false;
        // Re-armed by every chunk sent; a body still being read after the answer arms nothing.
        const idle = () => {
            clearTimeout(timer);
            if (!answered)
                timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
        };
        const headers = { 'user-agent': USER_AGENT, ...request.headers };
        if (authorization)
            headers.authorization = authorization;
        let body;
        if (Buffer.isBuffer(request.body)) {
            body = new Uint8Array(request.body);
            headers['content-length'] = String(request.body.length);
        }
        else if (request.body) {
            headers['content-length'] = String(request.body.length);
            let sent = 0;
            const counted = new external_node_stream_.Transform({
                transform(chunk, _encoding, done) {
                    idle();
                    sent += chunk.length;
                    request.onSent?.(sent);
                    done(null, chunk);
                },
            });
            // pipeline, not pipe: when fetch stops reading (an early answer, an abort) the source is closed too.
            (0,external_node_stream_.pipeline)(request.body.open(), counted, () => undefined);
            body = external_node_stream_.Readable.toWeb(counted);
        }
        const streamed = request.body !== undefined && !Buffer.isBuffer(request.body);
        idle();
        try {
            return await this.options.fetch(url, {
                method: request.method,
                headers,
                body,
                // fetch clones a request whose redirect mode is not 'error', and the clone tees a streamed body: the
                // branch never sent keeps every byte until the answer, a whole chunk in memory per upload. Only GET
                // follows redirects (follow()), so an upload loses nothing by refusing them.
                redirect: streamed ? 'error' : 'manual',
                signal: controller.signal,
                ...(streamed ? { duplex: 'half' } : {}),
            });
        }
        catch (error) {
            if (error instanceof StoreHttpError)
                throw error;
            if (streamed && error.cause?.message === 'unexpected redirect') {
                throw new StoreHttpError('protocol', `The registry ${this.location.host} redirected the upload ${request.method} ${this.shown(url)}; ` +
                    'blob bytes are sent to the registry only.');
            }
            const cause = controller.signal.aborted ? `no progress for ${this.options.timeoutMs} ms` : networkFailure(error);
            throw new TransientFailure(`${request.method} ${this.shown(url)}: ${cause}`);
        }
        finally {
            answered = true;
            clearTimeout(timer);
        }
    }
    /** A path for messages: the registry's own paths, never a query (upload states, signed storage URLs). */
    shown(url) {
        return sanitise(url.origin === this.location.origin ? url.pathname : `${url.host}${url.pathname}`, 200);
    }
    async denied(request, response) {
        const { host, repository } = this.location;
        const verb = request.access === 'pull' ? 'read' : 'write to';
        const change = this.options.credentials
            ? 'Check that the username and password or token given for it are right and may ' +
                (request.access === 'pull' ? 'read' : 'write') +
                ' the repository.'
            : 'It needs credentials: give a username and a password or token.';
        // GitHub's registry takes the workflow's GITHUB_TOKEN only with the job's packages permission.
        const github = host === 'ghcr.io'
            ? ' On GitHub the workflow needs `permissions: packages: write` to push (`packages: read` to pull).'
            : '';
        return new StoreHttpError('access-denied', `The registry ${host} refused to let us ${verb} ${repository}${await statusNote(response)}. ${change}${github}`, response.status);
    }
}
/** The token scopes a request needs, sorted: `repository:<name>:pull[,push]`. */
function scopesOf(repository, request) {
    const scopes = [`repository:${repository}:${request.access}`];
    if (request.alsoPulls)
        scopes.push(`repository:${request.alsoPulls}:pull`);
    return scopes.sort();
}
/** What fetch's "fetch failed" was underneath (ECONNRESET, ECONNREFUSED, "other side closed"), short. */
function networkFailure(error) {
    const { message, cause } = error;
    const detail = [cause?.code, cause?.message, message].find((part) => typeof part === 'string' && part !== '');
    return sanitise(typeof detail === 'string' ? detail : 'the connection failed', 120);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/blob-upload.js
// The distribution spec's blob push (spec.md, "Pushing blobs"): HEAD first,
// a cross-repository mount where one is offered, then one upload session
// that sends the bytes in chunks (PATCH) and closes with the final PUT
// `?digest=`. A blob no larger than one chunk goes in that PUT alone: the
// monolithic POST-then-PUT upload. A chunk that fails resumes from where the
// registry says it stands (GET on the session), and only when the registry
// no longer knows the session does it start over.




/** Pushes one blob; `onProgress` hears of the bytes sent (none when the registry had it or mounted it). */
async function uploadBlob(session, descriptor, open, options) {
    if (await blobExists(session, descriptor.digest, 'pull,push'))
        return;
    let upload = await startUpload(session, descriptor, options.mountFrom);
    if (upload === 'mounted')
        return;
    const transfer = new Transfer(session, descriptor, open, options, upload);
    for (let attempt = 0;; attempt++) {
        try {
            await transfer.send();
            return;
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            await session.pause(attempt, error);
            // The final PUT may have landed before the connection broke.
            if (await blobExists(session, descriptor.digest, 'pull,push'))
                return;
            // Asked at the newest URL the registry gave: older ones carry a state it has moved past.
            upload = (await uploadStatus(session, transfer.session.url)) ?? (await startUpload(session, descriptor));
            if (upload === 'mounted')
                return;
            transfer.session = upload;
        }
    }
}
/** HEAD on the blob: true when the repository holds it. */
async function blobExists(session, digest, access) {
    const response = await session.send({ method: 'HEAD', url: session.url(`blobs/${digest}`), access });
    await discard(response);
    // A redirect to blob storage means the registry has the blob.
    if (response.status === 200 || (response.status >= 301 && response.status <= 308 && response.status !== 304))
        return true;
    if (response.status === 404)
        return false;
    throw new StoreHttpError('refused', `The registry ${session.location.host} answered HEAD of blob ${digest} in ${session.location.repository} with HTTP ${response.status}.`, response.status);
}
/** POST …/blobs/uploads/, with `?mount=&from=` when a source repository is known. */
async function startUpload(session, descriptor, mountFrom) {
    const url = session.url('blobs/uploads/');
    const mount = mountFrom !== undefined && mountFrom !== session.location.repository;
    if (mount) {
        url.searchParams.set('mount', descriptor.digest);
        url.searchParams.set('from', mountFrom);
    }
    const response = await session.send({
        method: 'POST',
        url,
        access: 'pull,push',
        ...(mount ? { alsoPulls: mountFrom } : {}),
        body: Buffer.alloc(0),
    });
    if (response.status === 201 && mount) {
        await discard(response);
        return 'mounted';
    }
    if (response.status !== 202)
        throw await unexpected(session, 'POST blobs/uploads/', response);
    await discard(response);
    return { url: sessionUrl(session, response), offset: 0 };
}
/** GET on the session: where the registry stands, or undefined when it no longer knows the session. */
async function uploadStatus(session, url) {
    const response = await session.send({ method: 'GET', url, access: 'pull,push' });
    // Distribution answers 400 BLOB_UPLOAD_INVALID (and cancels the session) when the
    // state in the URL is behind the bytes it holds: a chunk landed whose answer was lost.
    if (response.status === 404 || response.status === 400) {
        await discard(response);
        return undefined;
    }
    if (response.status !== 204 && response.status !== 202 && response.status !== 200) {
        throw await unexpected(session, 'GET of the upload session', response);
    }
    await discard(response);
    return { url: sessionUrl(session, response, url), offset: receivedOf(response) ?? 0 };
}
/** Sends the bytes of one blob into a session, chunk by chunk, and closes it. */
class Transfer {
    registry;
    descriptor;
    open;
    options;
    session;
    constructor(registry, descriptor, open, options, 
    /** The upload session as the registry last described it. */
    session) {
        this.registry = registry;
        this.descriptor = descriptor;
        this.open = open;
        this.options = options;
        this.session = session;
    }
    /** Sends what the session lacks, from its offset. */
    async send() {
        const { size } = this.descriptor;
        while (size - this.session.offset > this.options.chunkSize) {
            this.session = await this.patch(this.session.url, this.session.offset, this.options.chunkSize);
        }
        await this.close(this.session.url, this.session.offset, size - this.session.offset);
    }
    /** PATCH one chunk; the registry's answer says the next URL and how much it holds. */
    async patch(url, offset, length) {
        const response = await this.registry.send({
            method: 'PATCH',
            url,
            access: 'pull,push',
            headers: {
                'content-type': 'application/octet-stream',
                'content-range': `${offset}-${offset + length - 1}`,
            },
            body: { length, open: () => take(this.open(offset), length) },
            onSent: (sent) => this.options.onProgress?.(offset + sent),
        });
        if (response.status === 416) {
            // The registry holds a different amount than we thought: ask it, then go on from there.
            throw new TransientFailure(`PATCH at ${offset}${await statusNote(response)}`);
        }
        if (response.status !== 202)
            throw await unexpected(this.registry, 'PATCH of a chunk', response);
        await discard(response);
        const received = receivedOf(response) ?? offset + length;
        if (received > offset + length) {
            throw new StoreHttpError('protocol', `The registry ${this.registry.location.host} says it holds ${received} bytes after a chunk that ended at ${offset + length}.`);
        }
        return { url: sessionUrl(this.registry, response, url), offset: received };
    }
    /** The final PUT `?digest=`, carrying the last `length` bytes (all of a small blob). */
    async close(url, offset, length) {
        const target = new URL(url);
        target.searchParams.set('digest', this.descriptor.digest);
        const response = await this.registry.send({
            method: 'PUT',
            url: target,
            access: 'pull,push',
            headers: { 'content-type': 'application/octet-stream' },
            body: length === 0 ? Buffer.alloc(0) : { length, open: () => take(this.open(offset), length) },
            onSent: (sent) => this.options.onProgress?.(offset + sent),
        });
        if (response.status === 201) {
            await discard(response);
            this.options.onProgress?.(this.descriptor.size);
            return;
        }
        if (response.status === 416)
            throw new TransientFailure(`PUT at ${offset}${await statusNote(response)}`);
        const excerpt = await excerptOf(response);
        if (response.status === 400 && /DIGEST_INVALID|SIZE_INVALID/.test(excerpt)) {
            throw new StoreHttpError('digest-mismatch', `The registry ${this.registry.location.host} refused blob ${this.descriptor.digest}: ` +
                `the bytes sent do not have that digest or size (${excerpt}). Did the file change while it was uploaded?`, response.status);
        }
        throw new StoreHttpError('refused', `The registry ${this.registry.location.host} refused the final PUT of blob ${this.descriptor.digest} ` +
            `(HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}).`, response.status);
    }
}
/** The first `length` bytes of `source`; the source is closed after them. */
function take(source, length) {
    async function* bytes() {
        let left = length;
        try {
            for await (const chunk of source) {
                const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
                left -= part.length;
                yield part;
                if (left === 0)
                    return;
            }
        }
        finally {
            source.destroy();
        }
        throw new Error(`the blob's bytes ended ${left} bytes short of its size`);
    }
    return external_node_stream_.Readable.from(bytes(), { objectMode: false });
}
/** The session URL a response names in `Location`, which must stay on the registry (it gets our credentials). */
function sessionUrl(session, response, previous) {
    const location = response.headers.get('location');
    if (!location) {
        if (previous)
            return previous;
        throw new StoreHttpError('protocol', `The registry ${session.location.host} opened an upload without a Location.`);
    }
    let url;
    try {
        url = location.length <= 8192 ? new URL(location, session.location.origin) : undefined;
    }
    catch {
        url = undefined;
    }
    if (!url || url.origin !== session.location.origin) {
        throw new StoreHttpError('protocol', `The registry ${session.location.host} sent an upload Location that is not on ${session.location.origin}.`);
    }
    return url;
}
/**
 * How many bytes the registry holds, from `Range: 0-<last>`. Distribution
 * writes `0-0` for an empty session too; a session holding exactly one byte
 * is not one this client makes (chunks are large), so `0-0` reads as empty.
 */
function receivedOf(response) {
    const match = /^(?:bytes=)?0-(\d{1,15})$/.exec(response.headers.get('range')?.trim() ?? '');
    if (!match)
        return undefined;
    const last = Number(match[1]);
    return last === 0 ? 0 : last + 1;
}
async function unexpected(session, what, response) {
    return new StoreHttpError('refused', `The registry ${session.location.host} answered ${what} in ${session.location.repository}${await statusNote(response)}.`, response.status);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/registry-target.js







/** The media types a manifest is asked for with: OCI first, Docker's for registries that still speak it. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
/** Distribution's own limit for a manifest. */
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const registry_target_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * One repository of an OCI registry (`oci://<host>[:<port>]/<repository>`),
 * spoken to by the distribution spec over HTTPS (plain HTTP on loopback).
 */
class RegistryTarget {
    location;
    session;
    chunkSize;
    mountFrom;
    constructor(address, options = {}) {
        const location = registryEndpoint(address);
        this.location = `oci://${location.host}/${location.repository}`;
        // Each chunk is a request the registry ends by saving its hash state: 64 MiB pushed 1 GiB to docker-registry
        // about a fifth faster than 16 MiB (bench/store.mjs), stays under the 100 MB request bodies proxies such as
        // Cloudflare's admit, and a chunk that fails is sent again at most once whole. Memory does not grow with it.
        this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
        if (!Number.isSafeInteger(this.chunkSize) || this.chunkSize < 1) {
            throw new RangeError(`chunkSize must be a positive integer, not ${this.chunkSize}`);
        }
        this.mountFrom = options.mountFrom?.toLowerCase();
        this.session = new RegistrySession(location, {
            ...(options.credentials ? { credentials: options.credentials } : {}),
            timeoutMs: options.timeoutMs ?? 60_000,
            retries: options.retries ?? 5,
            retryDelayMs: options.retryDelayMs ?? 1000,
            maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
            fetch: options.fetch ?? fetch,
            ...(options.onRetry ? { onRetry: options.onRetry } : {}),
        });
    }
    /** `host[:port]` */
    get host() {
        return this.session.location.host;
    }
    get repository() {
        return this.session.location.repository;
    }
    async hasBlob(digest) {
        return blobExists(this.session, checkedDigest(digest), 'pull');
    }
    async pushBlob(descriptor, open, onProgress) {
        checkedDigest(descriptor.digest);
        if (!Number.isSafeInteger(descriptor.size) || descriptor.size < 0) {
            throw new RangeError(`A blob size must be a non-negative integer, not ${descriptor.size}`);
        }
        await uploadBlob(this.session, descriptor, open, {
            chunkSize: this.chunkSize,
            ...(this.mountFrom !== undefined ? { mountFrom: this.mountFrom } : {}),
            ...(onProgress ? { onProgress } : {}),
        });
    }
    async pullBlob(descriptor) {
        const digest = checkedDigest(descriptor.digest);
        const response = await this.session.send({
            method: 'GET',
            url: this.session.url(`blobs/${digest}`),
            access: 'pull',
            // The bytes as stored: a transfer encoding would make them unverifiable against the digest.
            headers: { 'accept-encoding': 'identity' },
        });
        if (response.status !== 200)
            throw await this.failure(`blob ${digest}`, response);
        const declared = response.headers.get('content-length');
        if (declared !== null && Number(declared) !== descriptor.size) {
            await discard(response);
            throw new StoreHttpError('digest-mismatch', `The registry ${this.host} sent ${Number(declared)} bytes for blob ${digest} of ${descriptor.size} bytes.`);
        }
        return this.watched(external_node_stream_.Readable.fromWeb(response.body), digest);
    }
    async putManifest(manifest, mediaType, tag) {
        if (manifest.length > MANIFEST_LIMIT) {
            throw new StoreHttpError('refused', `A manifest of ${manifest.length} bytes is over the ${MANIFEST_LIMIT} registries take.`);
        }
        if (tag !== undefined && !registry_target_TAG.test(tag)) {
            throw new RangeError(`${JSON.stringify(tag)} is not an OCI tag (letters, digits, _ . -, at most 128)`);
        }
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}`;
        for (const reference of tag === undefined ? [digest] : [digest, tag]) {
            const response = await this.session.send({
                method: 'PUT',
                url: this.session.url(`manifests/${reference}`),
                access: 'pull,push',
                headers: { 'content-type': mediaType },
                body: manifest,
            });
            if (response.status !== 201)
                throw await this.failure(`manifest ${reference}`, response, 'refused');
            await discard(response);
            const stored = response.headers.get('docker-content-digest');
            if (stored !== null && stored !== digest) {
                throw new StoreHttpError('digest-mismatch', `The registry ${this.host} stored manifest ${reference} under another digest than its bytes have (${digest}).`);
            }
        }
        return digest;
    }
    async getManifest(reference) {
        const byDigest = DIGEST.test(reference);
        if (!byDigest && !registry_target_TAG.test(reference)) {
            throw new RangeError(`${JSON.stringify(reference)} is neither a digest nor an OCI tag`);
        }
        const response = await this.session.send({
            method: 'GET',
            url: this.session.url(`manifests/${reference}`),
            access: 'pull',
            headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        });
        if (response.status !== 200)
            throw await this.failure(`manifest ${reference}`, response);
        const bytes = await untrusted_readBounded(response, MANIFEST_LIMIT, 'a manifest');
        const expected = byDigest ? reference : response.headers.get('docker-content-digest');
        const algorithm = expected && DIGEST.test(expected) ? expected.split(':')[0] : 'sha256';
        const digest = `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
        if (expected !== null && expected !== digest) {
            throw new StoreHttpError('digest-mismatch', `The registry ${this.host} sent manifest ${reference} whose bytes have digest ${digest}, not ${expected.slice(0, 80)}.`);
        }
        const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
        let mediaType = MANIFEST_MEDIA_TYPES.includes(contentType) ? contentType : '';
        if (!mediaType) {
            try {
                const declared = JSON.parse(bytes.toString('utf8')).mediaType;
                if (typeof declared === 'string' && MANIFEST_MEDIA_TYPES.includes(declared))
                    mediaType = declared;
            }
            catch {
                // Not JSON: refused below.
            }
        }
        if (!mediaType) {
            throw new StoreHttpError('protocol', `The registry ${this.host} sent manifest ${reference} of no known media type.`);
        }
        return { mediaType, bytes, digest };
    }
    /** A blob download that fails, rather than hangs, when the registry stops sending. */
    watched(body, digest) {
        const { timeoutMs } = this.session.options;
        const out = new external_node_stream_.PassThrough();
        let timer;
        const idle = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                body.destroy(new StoreHttpError('unavailable', `The registry ${this.host} stopped sending blob ${digest} for ${timeoutMs} ms.`));
            }, timeoutMs);
        };
        body.on('data', idle);
        idle();
        (0,external_node_stream_.pipeline)(body, out, (error) => {
            clearTimeout(timer);
            if (error)
                out.destroy(error);
        });
        return out;
    }
    async failure(what, response, otherwise = 'protocol') {
        const note = await statusNote(response);
        if (response.status === 404) {
            return new StoreHttpError('not-found', `The registry ${this.host} has no ${what} in ${this.repository}${note}.`, 404);
        }
        return new StoreHttpError(otherwise, `The registry ${this.host} answered the request for ${what} in ${this.repository}${note}.`, response.status);
    }
}
function checkedDigest(digest) {
    if (!DIGEST.test(digest))
        throw new RangeError(`${JSON.stringify(digest.slice(0, 100))} is not a sha256 or sha512 digest`);
    return digest;
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/open.js


/** The target a location names: an image-layout folder, or a repository of a registry. */
function openTarget(location, access) {
    if (location.kind === 'layout')
        return new OciLayoutTarget(location.path, { base: access.base });
    // A registry takes any user name with a token (GitHub's does); an empty one would send no credentials at all.
    const credentials = access.token
        ? { credentials: { username: access.username || 'token', password: access.token } }
        : {};
    return new RegistryTarget(`oci://${location.host}/${location.repository}`, {
        ...credentials,
        ...(access.onRetry ? { onRetry: access.onRetry } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/index.js
// The model store: the files of each registered version, as one ModelPack
// artifact in an OCI registry or an OCI image-layout folder (DESIGN, "The
// model store (OCI)"). Plain package: no import of action-kit or @actions/*.











;// CONCATENATED MODULE: ./packages/registry/lib/src/errors.js
/**
 * A value for a message: JSON, so that quotes and line breaks are escaped and
 * it stays one inert line, with DEL, the C1 controls and the Unicode line
 * and paragraph separators (which JSON leaves raw) escaped too; a string is
 * shortened to 80 characters, other JSON to 80 characters of its text.
 */
function shownValue(value) {
    if (value === undefined)
        return 'missing';
    let json;
    if (typeof value === 'string')
        json = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
    else {
        // Only JSON values reach here (documents come from JSON.parse, names are strings).
        json = JSON.stringify(value);
        if (json.length > 80)
            json = `${json.slice(0, 80)}…`;
    }
    return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
class errors_RegistryError extends Error {
    code;
    name = 'RegistryError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/**
 * A tag in the registry's namespace that mlops-actions did not write (a
 * lightweight tag, a message that is not our JSON, or a document with a field
 * of the wrong shape). Readers that only look for a digest can treat it as
 * "not ours" rather than fail.
 */
class ForeignTagError extends errors_RegistryError {
    tag;
    field;
    constructor(code, message, 
    /** The tag, such as `tiny-lm@v0.3.0`. */
    tag, 
    /** The field of the document that is wrong, for `manifest-invalid`. */
    field) {
        super(code, message);
        this.tag = tag;
        this.field = field;
    }
}
/** A git call to the remote that was stopped because the remote did not answer in time (`remote-timeout`). */
class RemoteTimeoutError extends errors_RegistryError {
    command;
    constructor(message, 
    /** The git command stopped: after a `push`, the remote may or may not hold the tag. */
    command) {
        super('remote-timeout', message);
        this.command = command;
    }
}

;// CONCATENATED MODULE: ./packages/registry/lib/src/names.js

/**
 * What a model or environment name may be (DESIGN.md): lower case, digits and
 * `.`, `_`, `-`, starting with a letter or digit, at most 64 characters. It
 * keeps tag names valid git refs, and safe in a shell, a URL and a file name.
 */
const REGISTRY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** True for a registry name: the pattern, without the `..` that git refuses in a ref name. */
function isRegistryName(name) {
    return REGISTRY_NAME_PATTERN.test(name) && !name.includes('..');
}
/** Throws a `RegistryError` (`invalid-name`) that says what is allowed when `name` is not a registry name. */
function assertRegistryName(kind, name) {
    if (isRegistryName(name))
        return;
    const shown = name === '' ? 'an empty name' : shownValue(name);
    throw new errors_RegistryError('invalid-name', `The ${kind} name must be 1 to 64 characters of lower-case letters, digits, '.', '_' and '-', ` +
        `starting with a letter or digit (such as 'tiny-lm'), not ${shown}.`);
}
/** `tiny-lm@v0.3.0`: the tag of a model version (GTO's format). */
function names_versionTagName(model, version) {
    return `${model}@v${version}`;
}
/** `tiny-lm#production#4`: the tag of the n-th assignment of a model to an environment (GTO's format). */
function environmentTagName(model, environment, n) {
    return `${model}#${environment}#${n}`;
}
/** The assignment number of an environment tag: 1 to 999 999 999, no leading zero. */
const ASSIGNMENT_NUMBER = /^[1-9][0-9]{0,8}$/;
/**
 * The environment and number an environment tag name of `model` names, read
 * from a tag listed by the remote: undefined unless the name is exactly
 * `<model>#<registry name>#<n>`.
 */
function assignmentOfTag(model, tag) {
    const prefix = `${model}#`;
    if (!tag.startsWith(prefix))
        return undefined;
    const parts = tag.slice(prefix.length).split('#');
    if (parts.length !== 2)
        return undefined;
    const [environment, n] = parts;
    if (!isRegistryName(environment) || !ASSIGNMENT_NUMBER.test(n))
        return undefined;
    return { environment, n: Number(n) };
}

;// CONCATENATED MODULE: ./packages/registry/lib/src/conflicts.js


/**
 * The registry's one way to write under contention: a push is atomic (the
 * remote refuses a tag name that exists), so a run that loses re-reads the
 * remote and tries again, a bounded number of times, waiting a little longer
 * each time so that racing runs spread out. `tryOnce` reads the remote afresh
 * on each call. `exhausted` describes the failure after `maxTries` losses.
 */
async function conflicts_retryOnConflict(tryOnce, exhausted, options = {}) {
    const { maxTries = 8, wait = backoff, onConflict } = options;
    for (let attempt = 1; attempt <= maxTries; attempt++) {
        const result = await tryOnce(attempt);
        if ('done' in result)
            return result.done;
        onConflict?.(result.taken, attempt);
        if (attempt < maxTries)
            await wait(attempt);
    }
    throw new errors_RegistryError('too-many-conflicts', exhausted(maxTries));
}
/** Waits 100 ms to 3.2 s, growing with the attempt, with full jitter so that racing runs spread out. */
async function backoff(attempt) {
    const ceiling = Math.min(3200, 100 * 2 ** attempt);
    await (0,external_node_timers_promises_namespaceObject.setTimeout)(50 + Math.random() * ceiling);
}

// EXTERNAL MODULE: ./node_modules/semver/functions/compare.js
var functions_compare = __nccwpck_require__(8469);
// EXTERNAL MODULE: ./node_modules/semver/functions/inc.js
var functions_inc = __nccwpck_require__(2338);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(6353);
;// CONCATENATED MODULE: ./packages/registry/lib/src/semver.js
// The functions used, not the whole package: every action loads this at start-up.




const BUMPS = (/* unused pure expression or super */ null && (['major', 'minor', 'patch']));
/** What a registry version must be, for the errors about an explicit version. */
const VERSION_RULE = (/* unused pure expression or super */ null && ("a semantic version such as '1.2.0' or '1.2.0-rc.1' (no leading 'v', no '+build', " +
    "not ending in '.lock', which git refuses at the end of a tag name)"));
/**
 * The parsed version when `text` is a registry version, written exactly as
 * semver 2.0.0 spells it: no leading `v` or `=`, no surrounding spaces, and no
 * build metadata (`+build`), which semver ignores for precedence and so could
 * give two tags one version. A pre-release ending in `.lock`
 * (`1.0.0-rc.lock`) is valid semver but not a valid tag name, so it cannot be
 * a registry version either. Parse once and compare the parsed values: a
 * registry of 20 000 tags is sorted with some 300 000 comparisons.
 */
function parseRegistryVersion(text) {
    const parsed = parse(text);
    return parsed !== null && parsed.version === text && !text.endsWith('.lock') ? parsed : undefined;
}
/** True for a registry version (see `parseRegistryVersion`). */
function isRegistryVersion(text) {
    return parseRegistryVersion(text) !== undefined;
}
/** Ascending semver precedence. To sort many versions, compare the values `parseRegistryVersion` gives instead. */
function compareVersions(a, b) {
    return compare(a, b);
}
/** The version after `newest` (`0.0.0` when there is none) for `bump`. */
function semver_nextVersion(newest, bump) {
    const next = inc(newest ?? '0.0.0', bump);
    if (next === null)
        throw new Error(`cannot ${bump}-bump version ${String(newest)}`);
    return next;
}
/**
 * Checks an explicit version against the newest registered one and returns
 * it: it must be a registry version and greater than every registered version.
 */
function semver_assertExplicitVersion(version, newest, model) {
    const parsed = parseRegistryVersion(version);
    if (!parsed) {
        throw new RegistryError('invalid-version', `The version must be ${VERSION_RULE}, not ${JSON.stringify(version)}.`);
    }
    if (newest !== undefined && parsed.compare(mustParse(newest)) <= 0) {
        throw new RegistryError('version-not-greater', `The version ${version} is not greater than ${newest}, the newest registered version of ${model}.`);
    }
    return version;
}
function mustParse(version) {
    const parsed = parseRegistryVersion(version);
    if (!parsed)
        throw new Error(`not a registry version: ${JSON.stringify(version)}`);
    return parsed;
}

;// CONCATENATED MODULE: ./packages/registry/lib/src/records.js



const MANIFEST_SCHEMA = 'mlops-actions/model-manifest@1';
const DEPLOYMENT_SCHEMA = 'mlops-actions/deployment@1';
/**
 * A tag message: a one-line title, a blank line, then the JSON document
 * (indented, so that `git cat-file -p` reads well).
 */
function formatTagMessage(title, document) {
    return `${title}\n\n${JSON.stringify(document, null, 2)}\n`;
}
/**
 * The JSON document of a tag message, checked only for its `schema`. `raw`
 * is the whole tag object as `git cat-file tag` prints it (headers, blank
 * line, message, and a signature when the tag is signed). Use
 * `manifestFromTag` or `deploymentFromTag` to get a record whose fields are
 * checked.
 */
function parseTagDocument(raw, tag, schema) {
    const headerEnd = raw.indexOf('\n\n');
    let message = headerEnd < 0 ? '' : raw.slice(headerEnd + 2);
    const signature = message.search(/^-----BEGIN [A-Z ]*SIGNATURE-----$/m);
    if (signature >= 0)
        message = message.slice(0, signature);
    const titleEnd = message.indexOf('\n\n');
    const body = titleEnd < 0 ? '' : message.slice(titleEnd + 2).trim();
    let document;
    try {
        document = JSON.parse(body);
    }
    catch {
        throw new ForeignTagError('foreign-tag', `The tag ${tag} does not hold a JSON document after its title line; it was not written by mlops-actions.`, tag);
    }
    if (!isObject(document) || document['schema'] !== schema) {
        throw new ForeignTagError('foreign-tag', `The tag ${tag} does not hold a '${schema}' document; it was not written by mlops-actions.`, tag);
    }
    return document;
}
/**
 * The manifest of a version tag, every field checked: anyone who can push a
 * tag can write one, and what is read here reaches deploy commands, summaries
 * and the log. A field of the wrong shape is a `ForeignTagError`
 * (`manifest-invalid`) that names the tag and the field.
 */
function manifestFromTag(raw, tag) {
    const fields = new FieldReader(parseTagDocument(raw, tag, MANIFEST_SCHEMA), tag, 'manifest');
    // Checked in the order of the document, so that the first wrong field is the one named.
    const name = fields.name('name');
    const version = fields.version('version');
    const digest = fields.digest('digest');
    const size = fields.size('size');
    const files = fields.files('files');
    const source = fields.object('source');
    const sourceField = (field) => fields.lineIn(source, 'source', field);
    const repository = sourceField('repository');
    const commit = sourceField('commit');
    if (commit !== '' && !COMMIT.test(commit)) {
        throw fields.invalid('source.commit', commit, 'is not a commit id (40 or 64 lower-case hex digits)');
    }
    return {
        schema: MANIFEST_SCHEMA,
        name,
        version,
        digest,
        size,
        files,
        source: {
            repository,
            commit,
            ref: sourceField('ref'),
            run_id: sourceField('run_id'),
            run_url: sourceField('run_url'),
        },
        metrics: fields.object('metrics'),
        metadata: fields.metadata('metadata'),
        uri: fields.line('uri'),
        created_at: fields.line('created_at'),
    };
}
/** The record of an environment tag, every field checked (see `manifestFromTag`). */
function deploymentFromTag(raw, tag) {
    const document = parseTagDocument(raw, tag, DEPLOYMENT_SCHEMA);
    const fields = new FieldReader(document, tag, 'deployment record');
    return {
        schema: DEPLOYMENT_SCHEMA,
        name: fields.name('name'),
        version: fields.version('version'),
        environment: fields.name('environment'),
        digest: fields.digest('digest'),
        url: fields.line('url'),
        deployed_at: fields.line('deployed_at'),
        run_url: fields.line('run_url'),
        rollback: fields.boolean('rollback'),
    };
}
/** No field a registry writes is near this long: a longer one is not ours, and would flood a log or a summary. */
const MAX_STRING = 64 * 1024;
/** Longer than any path a file system takes. */
const MAX_PATH = 4096;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const records_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A SHA-1 or SHA-256 object id, as git prints it. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Control characters and Unicode's line and paragraph separators: a line
 * break (LF, CR) ends a log line and starts a new one the runner may read as
 * a command; none of them belongs in a URL, a ref, a time or a run id, the
 * one-line fields the registry writes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/**
 * True when `text` may be a one-line field of a record (a URL, a ref, a
 * time, a run id, a `uri`): no line break or other control character. The
 * registry ignores a tag whose one-line field holds one, so an action checks
 * its inputs with this before writing them.
 */
function isOneLine(text) {
    return !CONTROL.test(text);
}
/** Reads the fields of one tag's document, each checked, with errors that name the tag and the field. */
class FieldReader {
    document;
    tag;
    kind;
    constructor(document, tag, kind) {
        this.document = document;
        this.tag = tag;
        this.kind = kind;
    }
    string(field) {
        return this.stringIn(this.document, '', field);
    }
    /** A string field of a nested object (`prefix` names it, such as `source`). */
    stringIn(object, prefix, field) {
        const value = own(object, field);
        const path = prefix === '' ? field : `${prefix}.${field}`;
        if (typeof value !== 'string')
            throw this.invalid(path, value, 'is not a string');
        if (value.length > MAX_STRING)
            throw this.invalid(path, value, `is longer than ${MAX_STRING} characters`);
        return value;
    }
    /** A string of one line: no line break or other control character. */
    line(field) {
        return this.lineIn(this.document, '', field);
    }
    lineIn(object, prefix, field) {
        const value = this.stringIn(object, prefix, field);
        const path = prefix === '' ? field : `${prefix}.${field}`;
        if (!isOneLine(value))
            throw this.invalid(path, value, 'holds a line break or another control character');
        return value;
    }
    name(field) {
        const value = this.string(field);
        if (!isRegistryName(value))
            throw this.invalid(field, value, 'is not a registry name');
        return value;
    }
    version(field) {
        const value = own(this.document, field);
        if (typeof value !== 'string' || !isRegistryVersion(value)) {
            // The words the actions have always used for a forged version.
            throw this.failure(field, `names no registered version (${shownValue(value)})`);
        }
        return value;
    }
    digest(field) {
        const value = this.string(field);
        if (!records_DIGEST.test(value))
            throw this.invalid(field, value, "is not 'sha256:' and 64 lower-case hex digits");
        return value;
    }
    size(field) {
        return this.sizeIn(this.document, '', field);
    }
    /** A count of bytes: a whole number from 0 to 2^53 - 1. */
    sizeIn(object, prefix, field) {
        const value = own(object, field);
        const path = prefix === '' ? field : `${prefix}.${field}`;
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw this.invalid(path, value, 'is not a whole number of bytes');
        }
        return value;
    }
    boolean(field) {
        const value = own(this.document, field);
        if (typeof value !== 'boolean')
            throw this.invalid(field, value, 'is not true or false');
        return value;
    }
    /** A JSON object (not an array), kept as it is: metrics are read by dot path, with own keys only. */
    object(field) {
        const value = own(this.document, field);
        if (!isObject(value))
            throw this.invalid(field, value, 'is not an object');
        return value;
    }
    metadata(field) {
        const value = this.object(field);
        for (const key of Object.keys(value))
            this.stringIn(value, field, key);
        return value;
    }
    files(field) {
        const value = own(this.document, field);
        if (!Array.isArray(value))
            throw this.invalid(field, value, 'is not an array');
        return value.map((entry, index) => {
            const at = `${field}[${index}]`;
            if (!isObject(entry))
                throw this.invalid(at, entry, 'is not an object');
            const path = this.stringIn(entry, at, 'path');
            if (path === '' || path.length > MAX_PATH)
                throw this.invalid(`${at}.path`, path, 'is not a file path');
            const size = this.sizeIn(entry, at, 'size');
            const sha256 = this.stringIn(entry, at, 'sha256');
            if (!SHA256_HEX.test(sha256))
                throw this.invalid(`${at}.sha256`, sha256, 'is not 64 lower-case hex digits');
            return { path, size, sha256 };
        });
    }
    invalid(field, value, why) {
        return this.failure(field, `has a '${field}' that ${why} (${shownValue(value)})`);
    }
    failure(field, problem) {
        return new ForeignTagError('manifest-invalid', `The ${this.kind} in tag ${this.tag} ${problem}: it was not written by mlops-actions.`, this.tag, field);
    }
}
/** An own property only: `__proto__` or `constructor` must not be found on the prototype. */
function own(object, field) {
    return Object.hasOwn(object, field) ? object[field] : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/registry/lib/src/registry.js






/** The identity tags are made with when the checkout has none (as actions/checkout leaves it). */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** An object id as git prints it: SHA-1 or SHA-256. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Names of ignored tags given in one warning; the rest are counted. */
const NAMES_SHOWN = 5;
/** Warnings about ignored tags one registry gives; a flood of forged tags does not flood the log. */
const WARNINGS_GIVEN = 20;
/**
 * The git-tag model registry of one remote (DESIGN.md, "The registry
 * format"). Everything is read from the remote with `git ls-remote`, so a
 * shallow checkout with no tags fetched sees the whole registry; a tag's
 * message is fetched only when it is read. Writing makes an annotated tag
 * object and pushes it by its id to just that ref: the remote refuses a name
 * that exists, which makes the push the atomic step of every registration.
 *
 * Anyone who can push a tag can write one in a model's namespace, so every
 * name and record is checked where it is read. A tag that fails is foreign:
 * readers ignore it as if it were not there, and tell `options.log` once.
 * Only a version asked for by name (`readManifest`) is an error when its tag
 * is foreign, since there is nothing else to give.
 */
class Registry {
    remote;
    identity;
    git;
    log;
    /** Tag objects found foreign (`name object`): read once, told once. */
    foreign = new Set();
    /** Names in a namespace that are not registry tag names, told once. */
    misnamed = new Set();
    warnings = 0;
    constructor(git, remote = 'origin', options = {}) {
        this.remote = remote;
        // A remote is passed to git as an argument: one starting with '-' would be read as an option.
        if (remote === '' || remote.startsWith('-')) {
            throw new errors_RegistryError('invalid-remote', `The git remote must be a remote name such as 'origin' or a URL, not ${JSON.stringify(remote)}.`);
        }
        this.git = failingOnRemoteTimeout(git, remote);
        this.log = options.log;
    }
    /**
     * Registered versions of `model`, ascending by semver precedence. Other
     * models' tags are not listed; a `<model>@v…` tag whose rest is not a
     * registry version is ignored, with a warning.
     */
    async listVersions(model) {
        assertRegistryName('model', model);
        const prefix = `${model}@v`;
        // Each version is parsed once, and the parsed values compared.
        const parsed = [];
        const misnamed = [];
        for (const ref of await this.lsRemote(`refs/tags/${prefix}*`)) {
            if (!ref.name.startsWith(prefix))
                continue;
            const version = ref.name.slice(prefix.length);
            const semver = parseRegistryVersion(version);
            if (semver)
                parsed.push({ semver, version: toModelVersion(model, version, ref) });
            else
                misnamed.push(ref.name);
        }
        this.ignoreNames(misnamed, 'version', model, `${model}@v<semantic version>`);
        return parsed.sort((a, b) => a.semver.compare(b.semver)).map(({ version }) => version);
    }
    /** The newest registered version (highest precedence), if any. */
    async latestVersion(model) {
        return (await this.listVersions(model)).at(-1);
    }
    /** One version, or undefined when it is not registered. */
    async findVersion(model, version) {
        assertRegistryName('model', model);
        if (!isRegistryVersion(version))
            return undefined;
        const tag = names_versionTagName(model, version);
        const ref = (await this.lsRemote(`refs/tags/${tag}`)).find((r) => r.name === tag);
        return ref && toModelVersion(model, version, ref);
    }
    /** The manifest of a registered version; a `RegistryError` (`not-registered`) when it is not registered. */
    async readManifest(model, version) {
        const wanted = typeof version === 'string' ? version : version.version;
        const found = typeof version === 'string' ? await this.findVersion(model, version) : version;
        if (!found) {
            throw this.notRegistered(model, wanted);
        }
        const manifest = manifestFromTag(await this.readTag(found.tag, found.object, found.annotated), found.tag);
        if (manifest.name !== found.model || manifest.version !== found.version) {
            throw new ForeignTagError('manifest-invalid', `The manifest in tag ${found.tag} names another version; the tag was not written by mlops-actions.`, found.tag, manifest.name === found.model ? 'version' : 'name');
        }
        return manifest;
    }
    /**
     * The manifest of a listed version, or undefined when its tag was not
     * written by mlops-actions (a lightweight tag, a forged or malformed
     * manifest): that tag is ignored, with a warning.
     */
    async findManifest(version) {
        if (this.foreign.has(`${version.tag} ${version.object}`))
            return undefined;
        try {
            return await this.readManifest(version.model, version);
        }
        catch (error) {
            if (!(error instanceof ForeignTagError))
                throw error;
            this.ignoreForeign(version.tag, version.object, error);
            return undefined;
        }
    }
    /**
     * Makes a version's tag readable in the checkout (`git cat-file -p <tag>`),
     * as a deploy command may expect: a shallow checkout, as actions/checkout
     * leaves it, has neither the tag nor, for an older version, its objects.
     * The local tag is pointed at the registered tag object; a local tag of
     * that name that differs is a leftover, since the remote is the registry.
     */
    async fetchVersionTag(version) {
        await this.ensureObject(version.tag, version.object);
        const ref = `refs/tags/${version.tag}`;
        const updated = await this.git.run(['update-ref', ref, version.object]);
        if (updated.exitCode === 0)
            return;
        // Another run in this checkout may hold the ref's lock to point it at the same object.
        const now = await this.git.run(['rev-parse', '--quiet', '--verify', ref]);
        if (now.exitCode === 0 && now.stdout.trim() === version.object)
            return;
        throw new Error(`could not create the local tag ${version.tag}: git update-ref failed: ${lastLines(updated.stderr)}`);
    }
    /**
     * Creates the version tag `<name>@v<version>` on `commit` with the manifest
     * as its message and pushes it. `exists` means another run registered that
     * version first; nothing is left locally then, nor when this throws.
     */
    async pushVersion(manifest, commit, options = {}) {
        assertRegistryName('model', manifest.name);
        if (!isRegistryVersion(manifest.version))
            throw new Error(`not a registry version: ${manifest.version}`);
        const tag = names_versionTagName(manifest.name, manifest.version);
        const title = `Register ${manifest.name} version ${manifest.version}`;
        const message = formatTagMessage(title, manifest);
        readBack(tag, message, manifestFromTag);
        return (await this.createTag(tag, commit, message, options.push ?? true)).result;
    }
    /**
     * Assignments of `model` to `environment`, ascending by `n`; without an
     * environment, those of every environment (by environment, then `n`). A
     * tag in the namespace whose name is not `<model>#<environment>#<n>` is
     * ignored, with a warning.
     */
    async listAssignments(model, environment) {
        assertRegistryName('model', model);
        if (environment !== undefined)
            assertRegistryName('environment', environment);
        const prefix = environment === undefined ? `${model}#` : `${model}#${environment}#`;
        const tags = [];
        const misnamed = [];
        for (const ref of await this.lsRemote(`refs/tags/${prefix}*`)) {
            if (!ref.name.startsWith(prefix))
                continue;
            const assignment = assignmentOfTag(model, ref.name);
            if (!assignment)
                misnamed.push(ref.name);
            else if (environment === undefined || assignment.environment === environment) {
                tags.push({ model, ...assignment, tag: ref.name, commit: ref.commit, object: ref.object });
            }
        }
        this.ignoreNames(misnamed, 'environment', model, `${model}#<environment>#<n>`);
        return tags.sort((a, b) => (a.environment === b.environment ? a.n - b.n : a.environment < b.environment ? -1 : 1));
    }
    /**
     * The record held by an environment tag; a `ForeignTagError` when the tag
     * was not written by mlops-actions. Readers that look for what runs where
     * use `findDeployment`, which ignores such a tag.
     */
    async readDeployment(tag) {
        const record = deploymentFromTag(await this.readTag(tag.tag, tag.object, tag.object !== tag.commit), tag.tag);
        if (record.name !== tag.model || record.environment !== tag.environment) {
            throw new ForeignTagError('manifest-invalid', `The deployment record in tag ${tag.tag} names another model or environment; the tag was not written by mlops-actions.`, tag.tag, record.name === tag.model ? 'environment' : 'name');
        }
        return record;
    }
    /**
     * The record held by an environment tag, or undefined when the tag was not
     * written by mlops-actions (a lightweight tag, a forged or malformed
     * record): that tag is ignored, with a warning.
     */
    async findDeployment(tag) {
        if (this.foreign.has(`${tag.tag} ${tag.object}`))
            return undefined;
        try {
            return await this.readDeployment(tag);
        }
        catch (error) {
            if (!(error instanceof ForeignTagError))
                throw error;
            this.ignoreForeign(tag.tag, tag.object, error);
            return undefined;
        }
    }
    /**
     * What runs in `environment` now: its newest assignment whose record
     * mlops-actions wrote, or undefined when nothing was deployed there. Newer
     * tags that hold no record of ours are ignored, with a warning.
     */
    async currentDeployment(model, environment) {
        return this.newestDeployment(await this.listAssignments(model, environment));
    }
    /**
     * The newest of `tags` (one environment's, ascending by `n` as
     * `listAssignments` gives them) whose record mlops-actions wrote; newer
     * ones are ignored, with a warning.
     */
    async newestDeployment(tags) {
        for (const tag of [...tags].reverse()) {
            const record = await this.findDeployment(tag);
            if (record)
                return { tag, record };
        }
        return undefined;
    }
    /**
     * Records a deployment that succeeded: pushes `<model>#<env>#<n>` with
     * `n` one above the highest, on the commit of the version's tag. When
     * another run takes that `n` first, re-reads the remote and takes the next.
     */
    async recordDeployment(record, options = {}) {
        assertRegistryName('model', record.name);
        assertRegistryName('environment', record.environment);
        const verb = record.rollback ? 'Roll back' : 'Deploy';
        const title = `${verb} ${record.name} ${record.version} to ${record.environment}`;
        const message = formatTagMessage(title, record);
        readBack(environmentTagName(record.name, record.environment, 1), message, deploymentFromTag);
        const version = await this.findVersion(record.name, record.version);
        if (!version)
            throw this.notRegistered(record.name, record.version);
        // The environment tag points at the version's commit, which a shallow checkout may not have.
        await this.ensureObject(version.tag, version.object);
        return conflicts_retryOnConflict(async () => {
            const n = ((await this.listAssignments(record.name, record.environment)).at(-1)?.n ?? 0) + 1;
            const tag = environmentTagName(record.name, record.environment, n);
            const { result, object } = await this.createTag(tag, version.commit, message, options.push ?? true);
            if (result === 'exists')
                return { taken: tag };
            return {
                done: { model: record.name, environment: record.environment, n, tag, commit: version.commit, object },
            };
        }, (tries) => `Could not record the deployment of ${record.name} ${record.version} to ${record.environment}: ` +
            `other runs took each assignment number first, ${tries} times.`, options);
    }
    /**
     * Removes every record of `environment` (a preview environment keeps no
     * history): deletes each `<model>#<environment>#<n>` tag the remote lists,
     * each only while it still points at the tag object that was listed
     * (`--force-with-lease`), so a tag written again under a name meanwhile is
     * never deleted unseen. Then reads the remote again: a record that another
     * run pushed meanwhile (a deploy overlapping the removal) is removed in the
     * next round and told to `onConflict`, a bounded number of times. A record
     * pushed after the last round stays. Gives the tags removed.
     */
    async removeDeployments(model, environment, options = {}) {
        const removed = [];
        return conflicts_retryOnConflict(async () => {
            const listed = await this.listAssignments(model, environment);
            if (listed.length === 0)
                return { done: removed };
            const refused = await this.deleteTags(listed);
            const left = await this.listAssignments(model, environment);
            for (const tag of listed) {
                if (!left.some((l) => l.tag === tag.tag))
                    removed.push(tag);
            }
            const stuck = left.find((l) => refused.has(l.tag) && listed.some((t) => t.tag === l.tag && t.object === l.object));
            if (stuck) {
                throw new errors_RegistryError('push-refused', `The git remote '${this.remote}' refused to delete the tag ${stuck.tag}: ${refused.get(stuck.tag)}.`);
            }
            // Left over: records pushed while these were deleted.
            return left.length === 0 ? { done: removed } : { taken: left[0].tag };
        }, (tries) => `Could not remove the records of ${model} in ${environment}: other runs recorded new deployments there ` +
            `while they were removed, ${tries} times.`, options);
    }
    /** The commit checked out (`HEAD`); a `RegistryError` (`not-a-checkout`) when the workspace is not a git checkout. */
    async headCommit() {
        const result = await this.git.run(['rev-parse', '--verify', 'HEAD^{commit}']);
        if (result.exitCode !== 0) {
            throw new errors_RegistryError('not-a-checkout', `The workspace is not a git checkout with a commit (${lastLine(result.stderr)}).`);
        }
        return result.stdout.trim();
    }
    // --- reading ---
    /** Tags of the remote matching `pattern`, with the commit each points at. */
    async lsRemote(pattern) {
        // ls-remote matches the tail of a ref name: an exact name needs its `^{}` line asked for too.
        const patterns = pattern.endsWith('*') ? [pattern] : [pattern, `${pattern}^{}`];
        const result = await this.git.run(['ls-remote', '--tags', this.remote, ...patterns]);
        if (result.exitCode !== 0) {
            throw new errors_RegistryError(remoteFailure(result.stderr), `Could not read the registry from the git remote '${this.remote}': ${lastLines(result.stderr)}.`);
        }
        const objects = new Map();
        const peeled = new Map();
        for (const line of result.stdout.split('\n')) {
            const [oid, ref] = line.split('\t');
            if (!oid || !OBJECT_ID.test(oid) || !ref?.startsWith('refs/tags/'))
                continue;
            const name = ref.slice('refs/tags/'.length);
            if (name.endsWith('^{}'))
                peeled.set(name.slice(0, -3), oid);
            else
                objects.set(name, oid);
        }
        return [...objects].map(([name, object]) => ({ name, object, commit: peeled.get(name) ?? object }));
    }
    /** The tag object as `git cat-file tag` prints it. */
    async readTag(tag, object, annotated) {
        if (!annotated) {
            throw new ForeignTagError('foreign-tag', `The tag ${tag} is a lightweight tag and holds no record; registry tags are annotated tags made by mlops-actions.`, tag);
        }
        await this.ensureObject(tag, object);
        return this.must(['cat-file', 'tag', object], `read the tag ${tag}`);
    }
    /**
     * Fetches one tag's objects when they are not here, without creating a
     * local ref or touching FETCH_HEAD. In a shallow checkout it fetches the
     * tagged commit alone (`--depth=1`); in a full one, depth would make it shallow.
     */
    async ensureObject(tag, object) {
        if ((await this.git.run(['cat-file', '-e', object])).exitCode === 0)
            return;
        const inspected = await this.git.run(['rev-parse', '--is-shallow-repository']);
        if (inspected.exitCode !== 0) {
            // With a repository URL as the remote, ls-remote works without a checkout; fetching needs one.
            throw new errors_RegistryError('not-a-checkout', `The workspace is not a git checkout (${lastLine(inspected.stderr)}).`);
        }
        const shallow = inspected.stdout.trim() === 'true';
        const args = [
            'fetch',
            '--quiet',
            '--no-tags',
            '--no-write-fetch-head',
            ...(shallow ? ['--depth=1'] : []),
            this.remote,
            `refs/tags/${tag}`,
        ];
        let result = await this.git.run(args);
        // Runs sharing a checkout fetch into one repository: git refuses a fetch whose shallow file or
        // lock another fetch changed meanwhile. The other fetch may have brought the object; else try again.
        for (let attempt = 1; result.exitCode !== 0 && LOCAL_CONTENTION.test(result.stderr) && attempt <= 8; attempt++) {
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(50 + Math.random() * 100 * attempt);
            if ((await this.git.run(['cat-file', '-e', object])).exitCode === 0)
                return;
            result = await this.git.run(args);
        }
        if (result.exitCode !== 0) {
            throw new errors_RegistryError(remoteFailure(result.stderr), `Could not fetch the tag ${tag} from '${this.remote}': ${lastLines(result.stderr)}.`);
        }
    }
    // --- writing ---
    /**
     * Makes the annotated tag `tag` on `commit` and, when `push`, pushes it.
     * The tag object is made without a named ref and pushed by its id, so runs
     * that share a checkout never see, push or delete each other's tags; a lost
     * push leaves nothing behind. Without `push`, the local tag is created only
     * if the checkout has none of that name (atomically: another run may be
     * creating it at the same moment).
     */
    async createTag(tag, commit, message, push) {
        const object = await this.makeTagObject(tag, commit, message);
        if (!push) {
            await this.createLocalTag(tag, object);
            return { result: 'local', object };
        }
        // --no-verify: a checkout's pre-push hook (husky's, installed by a build step's `npm ci`) guards
        // developers' pushes; run here, its failure would be reported as a refused tag.
        const pushed = await this.git.run([
            'push',
            '--porcelain',
            '--no-verify',
            this.remote,
            `${object}:refs/tags/${tag}`,
        ]);
        // Porcelain lines are `<flag>\t<from>:<to>\t<summary>`. Only `*` (a new ref) means this run
        // created it: `=` (up to date) means another run pushed an identical tag object first, which is not ours.
        const line = (flag) => pushed.stdout
            .split('\n')
            .find((l) => l.startsWith(`${flag}\t`) && l.split('\t')[1]?.endsWith(`:refs/tags/${tag}`));
        if (pushed.exitCode === 0 && line('*')) {
            return { result: 'pushed', object };
        }
        // Decide by what the remote holds now, not by messages that vary between git hosts.
        const remote = (await this.lsRemote(`refs/tags/${tag}`)).find((r) => r.name === tag);
        if (remote)
            return { result: 'exists', object };
        // With --porcelain the remote's own reason ("[remote rejected] (shallow
        // update not allowed)") is on stdout; stderr only says the push failed.
        const rejection = line('!')?.split('\t')[2]?.trim();
        const reason = [rejection, lastLines(pushed.stderr)].filter(Boolean).join('; ');
        const refused = `The git remote '${this.remote}' refused the tag ${tag}: ${reason}.`;
        // A shallow checkout can push a tag only to a remote that already has the tagged commit's
        // history, as the repository's own origin does; a separate registry repository refuses it.
        if (/shallow update not allowed/.test(rejection ?? '')) {
            throw new errors_RegistryError('shallow-refused', `${refused} The checkout is shallow and the remote does not have the history of commit ${commit}.`);
        }
        throw new errors_RegistryError('push-refused', refused);
    }
    /**
     * Deletes `tags` from the remote in one push, each only while it still
     * points at its listed object. Gives the tags the remote refused to delete
     * for a reason other than a changed tag (a ruleset, permissions), with the
     * reason; the caller reads the remote to see what is gone.
     */
    async deleteTags(tags) {
        const pushed = await this.git.run([
            'push',
            '--porcelain',
            '--no-verify',
            ...tags.map((t) => `--force-with-lease=refs/tags/${t.tag}:${t.object}`),
            this.remote,
            ...tags.map((t) => `:refs/tags/${t.tag}`),
        ]);
        const refused = new Map();
        for (const line of pushed.stdout.split('\n')) {
            const [flag, refs, summary = ''] = line.split('\t');
            const tag = /:refs\/tags\/(.+)$/.exec(refs ?? '')?.[1];
            // `stale info`: the tag changed since it was listed, which the next round reads again.
            if (flag === '!' && tag !== undefined && !summary.includes('stale info')) {
                refused.set(tag, [summary.trim(), lastLines(pushed.stderr)].filter(Boolean).join('; '));
            }
        }
        // A push refused as a whole (credentials, a hook) names no ref.
        if (pushed.exitCode !== 0 && !/^[-!=]\t/m.test(pushed.stdout)) {
            for (const t of tags)
                refused.set(t.tag, lastLines(pushed.stderr));
        }
        return refused;
    }
    /**
     * Writes the tag object (as `git tag --annotate --cleanup=verbatim` would)
     * into the object store and returns its id; no ref names it yet.
     */
    async makeTagObject(tag, commit, message) {
        const ident = await this.git.run(['var', 'GIT_COMMITTER_IDENT'], { env: await this.identityEnv() });
        if (ident.exitCode !== 0)
            throw new Error(`could not tell the tagger of ${tag}: ${lastLines(ident.stderr)}`);
        const text = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${ident.stdout.trim()}\n\n${message}`;
        const made = await this.git.run(['mktag'], { input: text });
        if (made.exitCode !== 0)
            throw new Error(`git mktag ${tag} failed: ${lastLines(made.stderr)}`);
        return made.stdout.trim();
    }
    /**
     * Creates the local tag `tag` at `object`. The empty old value makes
     * `update-ref` refuse a tag that exists, so a run never replaces a tag that
     * another run in this checkout made.
     */
    async createLocalTag(tag, object) {
        const ref = `refs/tags/${tag}`;
        const created = await this.git.run(['update-ref', ref, object, '']);
        if (created.exitCode === 0)
            return;
        const existing = await this.git.run(['rev-parse', '--quiet', '--verify', ref]);
        if (existing.exitCode !== 0)
            throw new Error(`could not create the local tag ${tag}: ${lastLines(created.stderr)}`);
        throw new errors_RegistryError('local-tag-exists', `The checkout already has a tag ${tag} (${existing.stdout.trim().slice(0, 12)}), made by another run ` +
            'in this checkout or left by an earlier one; a tag made without pushing never replaces it.');
    }
    /** Tells the log, once per tag object, that a tag holding no record of ours is ignored. */
    ignoreForeign(tag, object, error) {
        const key = `${tag} ${object}`;
        if (this.foreign.has(key))
            return;
        this.foreign.add(key);
        // The tag's name passed the name checks; the message shows any value of the record as JSON.
        this.warn(`${error.message} It is ignored.`);
    }
    /** One warning about ignored tags, while fewer than `WARNINGS_GIVEN` were given; then one that says so. */
    warn(text) {
        this.warnings++;
        if (this.warnings <= WARNINGS_GIVEN)
            this.log?.warning(text);
        else if (this.warnings === WARNINGS_GIVEN + 1) {
            this.log?.warning(`More tags in '${this.remote}' that mlops-actions did not write are ignored, ` +
                `without a warning each after the first ${WARNINGS_GIVEN}.`);
        }
    }
    /**
     * Tells the log, in one warning, of the tags of one listing in `model`'s
     * namespace whose names are not `format`, each named once.
     */
    ignoreNames(names, kind, model, format) {
        const fresh = names.filter((name) => !this.misnamed.has(name));
        if (fresh.length === 0)
            return;
        for (const name of fresh)
            this.misnamed.add(name);
        // Git refuses line breaks and ':' in a ref name, but a name is still text from the remote: shown as JSON.
        const shown = fresh.slice(0, NAMES_SHOWN).map(shownValue).join(', ');
        const more = fresh.length > NAMES_SHOWN ? ` and ${fresh.length - NAMES_SHOWN} more` : '';
        const one = fresh.length === 1;
        this.warn(`${one ? 'The tag' : 'The tags'} ${shown}${more} in '${this.remote}' ` +
            `${one ? `is not ${kind === 'version' ? 'a' : 'an'} ${kind} tag` : `are not ${kind} tags`} of ${model} ` +
            `(${format}): ${one ? 'it is' : 'they are'} ignored.`);
    }
    notRegistered(model, version) {
        return new errors_RegistryError('not-registered', `${model} ${version} is not registered in '${this.remote}': there is no tag ${names_versionTagName(model, version)}.`);
    }
    /**
     * The committer identity a tag is made with: the checkout's own when it has
     * one, otherwise github-actions[bot], given through the environment so that
     * the user's git config is never changed.
     */
    identityEnv() {
        this.identity ??= this.git
            .run(['-c', 'user.useConfigOnly=true', 'var', 'GIT_COMMITTER_IDENT'])
            .then((result) => result.exitCode === 0 ? {} : { GIT_COMMITTER_NAME: BOT_IDENTITY.name, GIT_COMMITTER_EMAIL: BOT_IDENTITY.email });
        return this.identity;
    }
    /** Runs git and returns stdout; a failure here is an internal error, not the user's. */
    async must(args, what) {
        const result = await this.git.run(args);
        if (result.exitCode !== 0)
            throw new Error(`could not ${what}: git ${args[0]} failed: ${lastLines(result.stderr)}`);
        return result.stdout;
    }
}
/**
 * Checks that a tag message about to be written reads back as a record of
 * ours: the registry never writes a tag that its readers would ignore. A
 * failure is a bug of the caller (actions check their inputs first).
 */
function readBack(tag, message, read) {
    try {
        read(`tag ${tag}\n\n${message}`, tag);
    }
    catch (error) {
        if (!(error instanceof ForeignTagError))
            throw error;
        throw new Error(`refusing to write ${tag}, which the registry would ignore: ${error.message}`);
    }
}
function toModelVersion(model, version, ref) {
    return {
        model,
        version,
        tag: ref.name,
        commit: ref.commit,
        object: ref.object,
        annotated: ref.object !== ref.commit,
    };
}
/** git's messages when another git process in the same repository holds or changed what a fetch writes. */
const LOCAL_CONTENTION = /shallow file has changed since we read it|Unable to create '[^']*\.lock': File exists/;
/**
 * `git` whose calls to the remote throw a `RegistryError` (`remote-timeout`)
 * when git had to be stopped, so that no caller reads a stopped call as an
 * answer (an empty `ls-remote` would look like an empty registry).
 */
function failingOnRemoteTimeout(git, remote) {
    return {
        async run(args, options) {
            const result = await git.run(args, options);
            const [command] = args;
            if (result.timedOutAfterMs === undefined || !REMOTE_COMMANDS.has(command))
                return result;
            const tag = /refs\/tags\/(.+)$/.exec(args.at(-1) ?? '')?.[1];
            const during = command === 'ls-remote'
                ? 'while the registry was read (git ls-remote)'
                : `while the tag ${tag} was ${command === 'push' ? 'pushed' : 'fetched'} (git ${command})`;
            const left = command === 'push' ? `: the remote may or may not hold ${tag} now` : ' and nothing was written to the registry';
            throw new RemoteTimeoutError(`The git remote '${remote}' did not answer within ${result.timedOutAfterMs / 1000} s ${during}, ` +
                `so git was stopped${left}.`, command);
        },
    };
}
/** The git commands the registry sends to the remote: the ones a remote that stops answering can hang. */
const REMOTE_COMMANDS = new Set(['ls-remote', 'fetch', 'push']);
/** Why git could not read the remote, from its (English: `LC_ALL=C`) messages. */
function remoteFailure(stderr) {
    if (/not a git repository/i.test(stderr) && !/does not appear/i.test(stderr))
        return 'not-a-checkout';
    if (/does not appear to be a git repository|no such remote/i.test(stderr))
        return 'remote-not-found';
    if (/could not read Username|Authentication failed|403|401|denied/i.test(stderr))
        return 'remote-denied';
    return 'remote-unreadable';
}
/**
 * The last lines of git's stderr on one line, for an error message. The
 * `To <url>` line is dropped: it says nothing and could hold a token in a URL.
 */
function lastLines(stderr, count = 4) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('To '));
    return (lines
        .slice(-count)
        .join(' ')
        .replace(/[.\s]+$/, '') || 'no message from git');
}
function lastLine(stderr) {
    return lastLines(stderr, 1);
}

;// CONCATENATED MODULE: ./packages/registry/lib/src/register.js



/**
 * Registers a model version without losing or doubling one when runs race:
 * read the newest version; if it already has this digest, reuse it (re-runs
 * are idempotent); otherwise push the next version's tag. A run that loses
 * the push re-reads the remote and decides again (`retryOnConflict`).
 *
 * With an explicit `version`, only that same version with the same digest is
 * reused: asking for `1.0.0` with the bits of `1.0.0-rc.2` registers `1.0.0`.
 */
async function registerVersion(registry, request, options = {}) {
    const model = request.manifest.name;
    return retryOnConflict(async (attempt) => {
        const newest = await registry.latestVersion(model);
        const reusable = newest && (await manifestWithDigest(registry, newest, request.manifest.digest));
        if (reusable && (request.version === undefined || request.version === newest.version)) {
            const { version, tag } = newest;
            return { done: { version, tag, created: false, previous: version, manifest: reusable, attempts: attempt } };
        }
        const version = request.version === undefined
            ? nextVersion(newest?.version, request.bump)
            : assertExplicitVersion(request.version, newest?.version, model);
        // The key order of DESIGN.md: the version right after the name.
        const { schema, name, ...rest } = request.manifest;
        const manifest = { schema, name, version, ...rest };
        if (request.storeFiles)
            manifest.uri = await request.storeFiles(version);
        const tag = versionTagName(model, version);
        const result = await registry.pushVersion(manifest, request.commit, { push: request.push ?? true });
        if (result === 'exists')
            return { taken: tag };
        return { done: { version, tag, created: true, previous: newest?.version, manifest, attempts: attempt } };
    }, (tries) => `Could not register a version of ${model}: other runs registered the version this run chose first, ${tries} times.`, options);
}
/** The version's manifest when it has `digest`; undefined when it differs or the tag is not ours (ignored, with a warning). */
async function manifestWithDigest(registry, version, digest) {
    const manifest = await registry.findManifest(version);
    return manifest?.digest === digest ? manifest : undefined;
}

;// CONCATENATED MODULE: ./packages/registry/lib/src/index.js








;// CONCATENATED MODULE: ./actions/fetch-model/lib/src/inputs.js





const ENVIRONMENT_PREFIX = 'environment:';
/**
 * Reads the inputs. Throws a `UserError` naming the input for anything
 * invalid, before the action touches anything. `store-token` is handed to
 * `secret` (masking) first.
 */
function readSettings(inputs = new Inputs(), workspace = workspaceDirectory(), env = process.env, secret = () => undefined) {
    const storeToken = inputs.string('store-token');
    if (storeToken !== '')
        secret(storeToken);
    const modelName = inputs.required('model-name');
    assertRegistryName('model', modelName);
    const version = readVersion(inputs.string('version', 'latest'));
    const remote = inputs.gitRemote('remote');
    const runnerTemp = env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)();
    const settings = {
        workspace,
        runnerTemp,
        modelName,
        version,
        storeUsername: inputs.string('store-username'),
        storeToken,
        remote,
    };
    const path = inputs.string('path');
    if (path !== '')
        settings.path = { absolute: readPath(path, workspace, runnerTemp), input: path };
    return settings;
}
/** `latest`, a registry version (`0.3.0`, or `v0.3.0` as tags write it), or `environment:<name>`. */
function readVersion(value) {
    if (value === 'latest')
        return { kind: 'latest' };
    if (value.startsWith(ENVIRONMENT_PREFIX)) {
        const environment = value.slice(ENVIRONMENT_PREFIX.length).trim();
        if (environment === '') {
            throw new errors_UserError(`Input 'version' is ${inputs_quote(value)}: name the environment, as in 'environment:production'.`);
        }
        assertRegistryName('environment', environment);
        return { kind: 'environment', environment };
    }
    const version = /^v\d/.test(value) ? value.slice(1) : value;
    if (!isRegistryVersion(version)) {
        throw new errors_UserError(`Input 'version' must be a registered version such as '0.3.0', 'latest', or 'environment:<name>' ` +
            `(the version running there), not ${inputs_quote(value)}.`);
    }
    return { kind: 'version', version };
}
/**
 * The folder input `path` names, absolute. It is relative to the workspace
 * and must stay inside it or inside `RUNNER_TEMP`: the step writes there, and
 * a value built from an untrusted expression must not steer it elsewhere.
 */
function readPath(path, workspace, runnerTemp) {
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    if (/[\0-\x1f\x7f]/.test(path)) {
        throw new errors_UserError(`Input 'path' holds a control character (${inputs_quote(path)}); give a folder name.`);
    }
    const absolute = (0,external_node_path_namespaceObject.resolve)(workspace, path);
    if (!inside_isInside(absolute, (0,external_node_path_namespaceObject.resolve)(workspace)) && !inside_isInside(absolute, (0,external_node_path_namespaceObject.resolve)(runnerTemp))) {
        throw new errors_UserError(`Input 'path' is ${inputs_quote(path)}, which is outside the workspace and RUNNER_TEMP: give a folder inside ` +
            'the workspace (relative to it), or leave it empty for a folder under RUNNER_TEMP.');
    }
    if (absolute === (0,external_node_path_namespaceObject.resolve)(workspace) || absolute === (0,external_node_path_namespaceObject.resolve)(runnerTemp)) {
        throw new errors_UserError(`Input 'path' is ${inputs_quote(path)}, the whole ${absolute === (0,external_node_path_namespaceObject.resolve)(workspace) ? 'workspace' : 'RUNNER_TEMP'}: ` +
            'give a folder of its own for the model, such as models/tiny-lm.');
    }
    return absolute;
}
/** The default `path`: `$RUNNER_TEMP/mlops-models/<model>/<version>`. */
function defaultPath(settings, version) {
    return (0,external_node_path_namespaceObject.join)(settings.runnerTemp, 'mlops-models', settings.modelName, version);
}

;// CONCATENATED MODULE: ./actions/fetch-model/lib/src/fetch-model.js







/**
 * Resolves the version asked for in the registry, then pulls its files from
 * the store its manifest records, verified against the registered digest.
 * Any failure leaves no folder behind.
 */
async function fetchModel(settings, { registry, logger, now, openStore }) {
    const started = now();
    const { found, environmentTag, manifest } = await logger.group(`Resolve ${settings.modelName} ${shownWanted(settings.version)} in '${registry.remote}'`, async () => {
        const resolved = await resolveVersion(settings, registry);
        const registered = await registry.readManifest(settings.modelName, resolved.found);
        if (resolved.recordedDigest !== undefined && resolved.recordedDigest !== registered.digest) {
            // deploy-env records the digest of the version's manifest; a record that differs was not written by it.
            throw new errors_UserError(`The environment record ${resolved.environmentTag} says ${resolved.found.version} was deployed with the ` +
                `digest ${resolved.recordedDigest}, but ${resolved.found.tag} was registered with ${registered.digest}: ` +
                'the record was not written by deploy-env, so nothing was fetched. Fetch the version by number instead.');
        }
        const count = registered.files.length;
        logger.info(`${resolved.found.tag}: ${registered.digest}, ${formatBytes(registered.size)} in ${count} ` +
            `${count === 1 ? 'file' : 'files'}.`);
        return { ...resolved, manifest: registered };
    });
    const stored = await storedVersion(settings, found, manifest.uri);
    const path = settings.path?.absolute ?? defaultPath(settings, found.version);
    const shownPath = settings.path?.input ?? path;
    if (settings.path)
        await checkDestination(settings, settings.path.absolute, settings.path.input);
    const pulled = await logger.group(`Download ${found.tag} from ${manifest.uri}`, async () => {
        const missing = await firstMissing((0,external_node_path_namespaceObject.dirname)(path));
        try {
            return await pullVersion(openStore(stored.location), stored.manifestDigest, path, manifest.digest, {
                onProgress: byteProgress(logger, 'Downloading the model', undefined, now),
            });
        }
        catch (error) {
            // The pull makes the parents of `path` it needs: a failed fetch leaves none of them behind either.
            if (missing !== undefined)
                await removeEmptyFolders((0,external_node_path_namespaceObject.dirname)(path), missing);
            if (error instanceof errors_ModelStoreError) {
                throw storeFailure(error, found, manifest.uri, shownPath, settings.path !== undefined);
            }
            throw error;
        }
    });
    const elapsedMs = now() - started;
    logger.info(`Fetched ${found.tag} into ${pulled.directory}: ${formatBytes(pulled.size)}, ` +
        `verified as ${pulled.fileSetDigest}, in ${formatDuration(elapsedMs)}.`);
    const report = {
        modelName: settings.modelName,
        wanted: settings.version,
        version: found.version,
        tag: found.tag,
        digest: pulled.fileSetDigest,
        uri: manifest.uri,
        path: pulled.directory,
        files: pulled.files.map(({ path: file, size }) => ({ path: file, size })),
        size: pulled.size,
        elapsedMs,
    };
    if (environmentTag !== undefined)
        report.environmentTag = environmentTag;
    return report;
}
async function resolveVersion(settings, registry) {
    const { modelName, version: wanted } = settings;
    if (wanted.kind === 'latest') {
        const found = await registry.latestVersion(modelName);
        if (!found) {
            throw new errors_UserError(`No version of ${modelName} is registered in '${registry.remote}': register one with the version-model ` +
                "action (with 'store') first.");
        }
        return { found };
    }
    if (wanted.kind === 'version') {
        const found = await registry.findVersion(modelName, wanted.version);
        if (!found) {
            throw new errors_UserError(`${modelName} ${wanted.version} is not registered in '${registry.remote}' (there is no tag ` +
                `${names_versionTagName(modelName, wanted.version)}): fetch a registered version, or 'latest'.`);
        }
        return { found };
    }
    const { environment } = wanted;
    const deployment = await registry.currentDeployment(modelName, environment);
    if (!deployment) {
        throw new errors_UserError(`Nothing of ${modelName} was deployed to ${environment} yet (no tag ${modelName}#${environment}#<n> in ` +
            `'${registry.remote}'): ` +
            'deploy a version there with the deploy-env action first, or fetch a version by number.');
    }
    const { record, tag } = deployment;
    const found = await registry.findVersion(modelName, record.version);
    if (!found) {
        throw new errors_UserError(`${environment} runs ${modelName} ${record.version} (${tag.tag}), but its version tag ` +
            `${names_versionTagName(modelName, record.version)} is gone from '${registry.remote}': there is no manifest to ` +
            'fetch it by.');
    }
    return { found, environmentTag: tag.tag, recordedDigest: record.digest };
}
/**
 * The store and artifact a manifest's `uri` records. The uri is untrusted
 * (anyone who can push a tag can write one): it must be a store form with a
 * manifest digest, and a layout folder must be inside the workspace.
 */
async function storedVersion(settings, found, uri) {
    const registerWithStore = `Register the version with the version-model action's 'store' input (such as 'oci-layout:models' or ` +
        "'oci://ghcr.io/<owner>/<repository>/models'), which stores its files and records them by digest.";
    if (uri === '') {
        throw new errors_UserError(`${found.tag} was registered without a store: its manifest records no stored files (empty 'uri'), so there ` +
            `is nothing to fetch. ${registerWithStore}`);
    }
    const stored = artifactIn(uri);
    if (stored === undefined) {
        throw new errors_UserError(`${found.tag} was registered without a store: its manifest's uri ${inputs_quote(uri, 200)} is not a model store's ` +
            `artifact (oci://<host>/<repository>@sha256:… or oci-layout:<path>@sha256:…), so fetch-model cannot ` +
            `download it. ${registerWithStore}`);
    }
    const place = stored.location;
    if (place.kind === 'layout') {
        // Resolved as the layout target resolves it: an absolute path is not under the workspace.
        const folder = (0,external_node_path_namespaceObject.resolve)(settings.workspace, place.path);
        if (!(await leadsInside(folder, settings.workspace))) {
            throw new errors_UserError(`${found.tag} records its files in the layout ${inputs_quote(place.path)}, which is outside the workspace: ` +
                'fetch-model reads layout stores inside the workspace only (a forged or hand-written record?). ' +
                'Nothing was fetched.');
        }
    }
    return stored;
}
/** The artifact a uri names by digest; undefined when it is not in a store form or names no manifest. */
function artifactIn(uri) {
    let location;
    try {
        location = parseStoreUri(uri);
    }
    catch (error) {
        if (error instanceof errors_ModelStoreError)
            return undefined;
        throw error;
    }
    const { digest, ...place } = location;
    return digest === undefined ? undefined : { location: place, manifestDigest: digest };
}
/** Input `path`, followed through links, must still be inside the workspace or RUNNER_TEMP. */
async function checkDestination(settings, absolute, input) {
    if ((await leadsInside(absolute, settings.workspace)) || (await leadsInside(absolute, settings.runnerTemp))) {
        return;
    }
    throw new errors_UserError(`Input 'path' is ${inputs_quote(input)}, which leads outside the workspace and RUNNER_TEMP through a symbolic link: ` +
        'give a folder inside the workspace.');
}
/** The outermost folder of `path` (or `path` itself) that does not exist yet; undefined when it all exists. */
async function firstMissing(path) {
    let missing;
    for (let folder = path; !(await pathExists(folder)); folder = (0,external_node_path_namespaceObject.dirname)(folder)) {
        missing = folder;
        if ((0,external_node_path_namespaceObject.dirname)(folder) === folder)
            break;
    }
    return missing;
}
/** Removes `folder` and its parents up to `outermost` while they are empty (rmdir refuses one that is not). */
async function removeEmptyFolders(folder, outermost) {
    for (let current = folder;; current = (0,external_node_path_namespaceObject.dirname)(current)) {
        if (!(await (0,promises_namespaceObject.rmdir)(current).then(() => true, () => false)) ||
            current === outermost)
            return;
    }
}
/** A store's failure as the user's: what happened (the package's message), then what to do. */
function storeFailure(error, found, uri, path, pathGiven) {
    const what = `Could not fetch ${found.tag} from ${inputs_quote(uri, 200)}: ${error.message}`;
    switch (error.code) {
        case 'destination-not-empty':
            return new errors_UserError(pathGiven
                ? `${what} Give input 'path' an empty or absent folder.`
                : `${what} This job fetched ${found.tag} there before: use that step's 'path' output, or give input ` +
                    "'path' a folder of its own.");
        case 'not-found':
            return new errors_UserError(`${what} The store no longer holds the registered artifact (removed, or the record names another store); ` +
                'register the version again with the version-model action.');
        case 'digest-mismatch':
        case 'file-set-mismatch':
            return new errors_UserError(`${what} The stored bytes are not the registered ones (damaged or altered in the store); nothing was ` +
                `written to ${inputs_quote(path, 200)}. Restore the store's copy of this version, or register the files again ` +
                'as a new version once the damaged blob is removed from the store.');
        case 'access-denied':
            return new errors_UserError(`${what} Nothing was written to ${inputs_quote(path, 200)}. The credentials are inputs 'store-username' and ` +
                "'store-token'.");
        default:
            return new errors_UserError(`${what} Nothing was written to ${inputs_quote(path, 200)}.`);
    }
}
function shownWanted(wanted) {
    if (wanted.kind === 'latest')
        return 'latest';
    if (wanted.kind === 'version')
        return wanted.version;
    return `(the version running in ${wanted.environment})`;
}

;// CONCATENATED MODULE: ./actions/fetch-model/lib/src/summary.js

/** Files listed in the summary; the version's manifest lists them all. */
const FILES_SHOWN = 50;
/** The job summary: which version was fetched, from where, and what was written. */
function renderFetchSummary(report, summary) {
    summary.heading(`Fetched ${report.modelName} ${report.version}`);
    summary.add(`The files of ${code(report.tag)} are in ${code(report.path)}, verified against the registered digest.\n\n`);
    const rows = [
        ['Model', report.modelName],
        ['Version', report.version + askedFor(report)],
        ['Tag', code(report.tag)],
        ['Digest', code(report.digest)],
        ['Store', code(report.uri)],
        ['Files', String(report.files.length)],
        ['Bytes', `${formatBytes(report.size)} (${report.size} bytes)`],
        ['Time', formatDuration(report.elapsedMs)],
    ];
    summary.table(['', ''], rows, 'facts');
    summary.heading('Files', 3);
    summary.table(['file', 'size'], report.files.slice(0, FILES_SHOWN).map((file) => [code(file.path), formatBytes(file.size)]), 'files');
    if (report.files.length > FILES_SHOWN) {
        summary.add(`… and ${report.files.length - FILES_SHOWN} more files, all listed in the manifest of ${code(report.tag)}.\n\n`);
    }
    return summary;
}
function askedFor(report) {
    const { wanted } = report;
    if (wanted.kind === 'latest')
        return ' (latest)';
    if (wanted.kind === 'version')
        return '';
    return ` (running in ${wanted.environment}, ${code(report.environmentTag ?? '')})`;
}

;// CONCATENATED MODULE: ./actions/fetch-model/lib/src/main.js






/** Reads the inputs, fetches the version's files, and writes the outputs and the summary. */
async function run() {
    await runAction('fetch-model', async () => {
        const settings = readSettings(undefined, undefined, undefined, maskSecret);
        const report = await fetchModel(settings, {
            registry: new Registry(createGit(settings.workspace), settings.remote),
            logger: actionsLogger,
            now: Date.now,
            openStore: (location) => openTarget(location, {
                base: settings.workspace,
                username: settings.storeUsername,
                token: settings.storeToken,
                onRetry: (message) => actionsLogger.warning(message),
            }),
        });
        setOutputs({
            version: report.version,
            tag: report.tag,
            digest: report.digest,
            uri: report.uri,
            // Last: a later step that reads `path` reads it with the others.
            path: report.path,
        });
        await writeSummary(renderFetchSummary(report, new BoundedSummary()));
    });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(85);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
