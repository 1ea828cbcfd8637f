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

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


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
exports.debug = debug; // for test


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

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

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

/***/ 1911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ah: () => (/* binding */ refAllowed),
/* harmony export */   u5: () => (/* binding */ parseAllowedRefs)
/* harmony export */ });
/* unused harmony export DEFAULT_ALLOWED_REFS */
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(172);

/** Where a version may have been registered from, unless `allowed-refs` says otherwise: branches and tags. */
const DEFAULT_ALLOWED_REFS = ['refs/heads/*', 'refs/tags/*'];
/**
 * The globs of `allowed-refs`, one a line. Each is `*` (any ref) or starts
 * with `refs/`, so a typo such as `main` fails here instead of refusing every
 * deploy later.
 */
function parseAllowedRefs(text) {
    const globs = (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(text);
    if (globs.length === 0)
        return [...DEFAULT_ALLOWED_REFS];
    for (const glob of globs) {
        if (glob !== '*' && !glob.startsWith('refs/')) {
            throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'allowed-refs' takes full ref globs such as 'refs/heads/*' or 'refs/tags/v*' (or '*' for any ref), ` +
                `one a line, not ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(glob)}.`);
        }
    }
    return globs;
}
/**
 * Whether `ref` matches one of `globs`. Only `*` is special, and it matches
 * any characters, `/` included, so `refs/heads/*` allows `refs/heads/feature/x`.
 * Not minimatch: a ref is a name, not a path; its `*` stops at `/`, and its
 * `?`, `[...]`, `{a,b}` and `!` would give meaning to characters that are
 * plain text in a ref glob.
 */
function refAllowed(ref, globs) {
    return globs.some((glob) => globPattern(glob).test(ref));
}
function globPattern(glob) {
    const body = glob
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`, 's');
}


/***/ }),

/***/ 3993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gg: () => (/* binding */ deploy),
/* harmony export */   lM: () => (/* binding */ planned),
/* harmony export */   lc: () => (/* binding */ refusedReport)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1013);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4363);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6181);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7843);




/**
 * Deploys one model version to one environment: the checks that may refuse
 * it (nothing happens then), then the rollout: the GitHub deployment, the
 * command, the health check, the record, and on failure the rollback to the
 * version before.
 */
async function deploy(settings, dependencies) {
    const steps = new _steps_js__WEBPACK_IMPORTED_MODULE_3__/* .Steps */ .g(dependencies.logger);
    const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planDeploy */ .b)(settings, dependencies, steps);
    if (plan.refused)
        return refusedReport('deploy', settings, plan, steps);
    const recording = new _record_js__WEBPACK_IMPORTED_MODULE_1__/* .Recording */ .K(settings, dependencies, steps);
    const outcome = await (0,_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .rollOut */ .Of)(settings, plan, dependencies, recording, steps);
    return {
        ...planned('deploy', settings, plan, steps),
        ...outcome,
    };
}
/** What a report says of a plan that passed its checks, before anything is deployed. */
function planned(step, settings, plan, steps) {
    return {
        step,
        model: settings.modelName,
        environment: settings.environment,
        url: settings.url,
        requires: plan.requires,
        steps: steps.reports,
        version: plan.candidate.version,
        previousVersion: plan.previousVersion,
        modelDir: plan.modelDir,
        digest: plan.candidate.digest,
        tag: plan.candidate.tag,
        rollbackVersion: '',
        refused: false,
    };
}
/** A step that a check refused: nothing was run, recorded or created; the environment keeps what it runs. */
function refusedReport(step, settings, plan, steps) {
    return {
        step,
        model: settings.modelName,
        environment: settings.environment,
        url: settings.url,
        requires: plan.requires,
        steps: steps.reports,
        status: 'failed',
        version: plan.version,
        previousVersion: plan.current ?? plan.previousVersion,
        recordedVersion: plan.current ?? '',
        recordedTag: '',
        deploymentId: '',
        digest: '',
        tag: '',
        rollbackVersion: '',
        modelDir: '',
        failure: plan.reason,
        refused: true,
        live: false,
        recorded: false,
        rolledBack: false,
        mayBeDown: false,
        cancelled: false,
    };
}


/***/ }),

/***/ 9637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ GitHubMirror),
/* harmony export */   V: () => (/* binding */ MIRROR_BUDGET_MS)
/* harmony export */ });
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(172);
/* harmony import */ var _mlops_actions_github__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8292);


/** DESIGN.md: the GitHub mirror of one deploy takes at most 2 minutes in all. */
const MIRROR_BUDGET_MS = 120_000;
/**
 * Mirrors deployments to GitHub's Deployments API. The registry is the record
 * of what runs where; GitHub's Environments page is a view of it, so a failed
 * API call is a warning and never stops or fails a deploy.
 *
 * The mirror of one deploy has a time budget in all (`budgetMs`): each call
 * gets what is left of it, and once it is spent later calls are skipped, so a
 * GitHub that stops answering delays a deploy by the budget at most.
 */
class GitHubMirror {
    connect;
    log;
    logUrl;
    budgetMs;
    now;
    api;
    spentMs = 0;
    /** Statuses GitHub did not get because the budget ran out, not yet warned about. */
    unsent = [];
    constructor(connect, log, 
    /** The workflow run's page, the deployment's log; empty outside GitHub. */
    logUrl, budgetMs = MIRROR_BUDGET_MS, now = Date.now) {
        this.connect = connect;
        this.log = log;
        this.logUrl = logUrl;
        this.budgetMs = budgetMs;
        this.now = now;
    }
    /** Creates the deployment and sets it `in_progress`; its id, or undefined when GitHub refused. */
    async start(deployment, description) {
        const notShown = `GitHub's Environments page will not show this deployment to ${deployment.environment}.`;
        if (this.budgetSpent) {
            this.log.warning(`${this.budgetNote()} The deploy goes on and the registry records it, but ${notShown}`);
            return undefined;
        }
        let id;
        try {
            ({ id } = await this.timed((api, deadline) => api.createDeployment(deployment, { deadline })));
        }
        catch (error) {
            const spent = this.budgetSpent ? ` ${this.budgetNote()}` : '';
            this.log.warning(`${describe(error)}${spent} The deploy goes on and the registry records it, but ${notShown}`);
            return undefined;
        }
        this.log.info(`GitHub deployment ${id} created for ${deployment.environment} at ${deployment.ref}.`);
        await this.status(id, { state: 'in_progress', description });
        return id;
    }
    /**
     * Sets a status; false (with a warning) when GitHub refused it or the
     * budget ran out. An `in_progress` lost to the budget is told with the
     * final status that follows it, in one warning.
     */
    async status(id, status) {
        if (id === undefined)
            return false;
        const final = status.state !== 'in_progress';
        if (this.budgetSpent) {
            this.unsent.push(status.state);
            if (final)
                this.warnUnsent(id, status.description);
            else
                this.log.info(`GitHub deployment ${id} not set to ${status.state}: ${this.budgetNote()}`);
            return false;
        }
        try {
            await this.timed((api, deadline) => api.createStatus(id, { ...status, ...(this.logUrl ? { logUrl: this.logUrl } : {}) }, { deadline }));
            this.log.info(`GitHub deployment ${id} is now ${status.state}.`);
            return true;
        }
        catch (error) {
            if (this.budgetSpent) {
                this.log.info(`${describe(error)} GitHub deployment ${id} was not set to ${status.state}.`);
                this.unsent.push(status.state);
                if (final)
                    this.warnUnsent(id, status.description);
                return false;
            }
            this.log.warning(`${describe(error)} GitHub deployment ${id} was not set to ${status.state}; ` +
                "the registry is not affected, only GitHub's Environments page is behind.");
            return false;
        }
    }
    /**
     * Every GitHub deployment of `environment`; undefined (with a warning that
     * says `then`) when GitHub could not list them or the budget ran out.
     */
    async deployments(environment, then) {
        if (this.budgetSpent) {
            this.log.warning(`${this.budgetNote()} ${then}`);
            return undefined;
        }
        try {
            return await this.timed((api, deadline) => api.listDeployments(environment, { deadline }));
        }
        catch (error) {
            this.log.warning(`${describe(error)} ${then}`);
            return undefined;
        }
    }
    get budgetSpent() {
        return this.spentMs >= this.budgetMs;
    }
    budgetNote() {
        return (`The ${spoken(this.budgetMs)} a deploy may spend on GitHub's Deployments API are used up ` +
            '(GitHub answered too slowly or not at all), so later updates are skipped.');
    }
    /** One warning for the statuses the budget cost: what GitHub does not show. */
    warnUnsent(id, description) {
        const states = this.unsent.splice(0).join(' nor ');
        this.log.warning(`${this.budgetNote()} GitHub deployment ${id} was not set to ${states}` +
            (description ? `: GitHub's Environments page does not show "${description}"` : '') +
            '. The deploy and its registry record stand; only GitHub is behind.');
    }
    /** Runs one API call with what is left of the budget; its time counts against the budget. */
    async timed(call) {
        const started = this.now();
        const deadline = started + this.budgetMs - this.spentMs;
        try {
            return await call(await this.connection(), deadline);
        }
        catch (error) {
            // A call cut by its deadline spent the budget, even when it stopped a moment early (a retry not made).
            if (error instanceof _mlops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS && error.outOfTime)
                this.spentMs = this.budgetMs;
            throw error;
        }
        finally {
            this.spentMs = Math.min(this.budgetMs, Math.max(this.spentMs, this.spentMs + this.now() - started));
        }
    }
    connection() {
        this.api ??= this.connect();
        return this.api;
    }
}
/** A budget as people say it: `2 minutes`, `1.5 s` ("are used up" follows). */
function spoken(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000} minutes`;
    return `${ms / 1000} s`;
}
const PERMISSION_HINT = "Give the job 'permissions: deployments: write' (or a token that may create deployments).";
function describe(error) {
    if (!(error instanceof _mlops_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS))
        return `Could not use the GitHub API: ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}.`;
    const message = error.message.endsWith('.') ? error.message : `${error.message}.`;
    return error.refusedAccess ? `${message} ${PERMISSION_HINT}` : message;
}


/***/ }),

/***/ 1456:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5724);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   zA: () => (/* binding */ shownUrl)
/* harmony export */ });
/* unused harmony exports DEPLOY_STEPS, DEPLOY_OUTCOMES, GITHUB_DEPLOYMENT_CHOICES */
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(172);
/* harmony import */ var _mlops_actions_github__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8292);
/* harmony import */ var _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8808);
/* harmony import */ var _allowed_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1911);




/** What one run of deploy-env does (DESIGN: "Composing a deployment with other actions"). */
const DEPLOY_STEPS = ['deploy', 'start', 'finish', 'deactivate'];
/** How the user's own deploy steps ended, as `steps.<id>.outcome` or `job.status` says it. */
const DEPLOY_OUTCOMES = ['success', 'failure', 'cancelled'];
const GITHUB_DEPLOYMENT_CHOICES = ['auto', 'true', 'false'];
/**
 * Reads the inputs. `token` is read first and handed to `secret` (masking)
 * before anything else can fail and print a message.
 */
function readSettings(inputs, context, secret) {
    const token = inputs.string('token');
    if (token !== '')
        secret(token);
    const storeToken = inputs.string('store-token');
    if (storeToken !== '')
        secret(storeToken);
    const step = inputs.choice('step', DEPLOY_STEPS, 'deploy');
    const environment = inputs.required('environment');
    (0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .assertRegistryName */ .Jt)('environment', environment);
    const modelName = inputs.required('model-name');
    (0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .assertRegistryName */ .Jt)('model', modelName);
    const version = readStepVersion(inputs, step);
    const command = readCommand(inputs, step);
    const { deploymentId, deployOutcome, isRollback } = readFinishInputs(inputs, step);
    const transient = readTransient(inputs, step, environment);
    const commandTimeoutMs = inputs.seconds('command-timeout', 1800) * 1000;
    const path = inputs.string('path');
    const requires = (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseCommaList */ .Xw)(inputs.string('requires'));
    for (const required of requires) {
        (0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .assertRegistryName */ .Jt)('environment', required);
        if (required === environment) {
            throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'requires' lists '${environment}', the environment being deployed to: ` +
                'list the environments a version must pass before it may come here (such as staging before production).');
        }
    }
    const allowedRefs = (0,_allowed_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowedRefs */ .u5)(inputs.string('allowed-refs'));
    const url = readUrl(inputs, 'url');
    if (url !== '' && hasCredentials(url)) {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'url' must not contain a user name or password: it is recorded in the registry and shown on GitHub.");
    }
    const healthUrl = readUrl(inputs, 'health-url');
    if (healthUrl !== '' && hasCredentials(healthUrl)) {
        // Basic auth in the URL is how some health endpoints are protected: usable, never shown.
        const { username, password } = new URL(healthUrl);
        for (const part of [username, password]) {
            if (part !== '') {
                secret(part);
                secret(decodedOrSame(part));
            }
        }
    }
    const expect = inputs.string('health-expect');
    const timeoutSeconds = inputs.seconds('health-timeout', 120);
    const intervalSeconds = inputs.seconds('health-interval', 5);
    if (healthUrl === '' && expect !== '') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'health-expect' is set but 'health-url' is empty: set the URL to check, or remove 'health-expect'.");
    }
    const health = healthUrl === ''
        ? undefined
        : { url: healthUrl, expect, timeoutMs: timeoutSeconds * 1000, intervalMs: intervalSeconds * 1000 };
    const rollback = inputs.boolean('rollback', true);
    const mode = inputs.choice('github-deployment', GITHUB_DEPLOYMENT_CHOICES, 'auto');
    if (mode === 'true' && token === '') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'github-deployment' is 'true' but 'token' is empty: pass a token with 'deployments: write' " +
            "(the default '${{ github.token }}' does, given 'permissions: deployments: write').");
    }
    const githubDeployment = mode === 'true' || (mode === 'auto' && context.onGitHub && token !== '');
    const remote = inputs.string('remote', 'origin');
    return {
        step,
        environment,
        modelName,
        version,
        command,
        deploymentId,
        deployOutcome,
        isRollback,
        transient,
        commandTimeoutMs,
        path,
        requires,
        allowedRefs,
        url,
        health,
        rollback,
        githubDeployment,
        token,
        storeUsername: inputs.string('store-username'),
        storeToken,
        remote,
    };
}
/**
 * `version` for one step. `finish` must name the version its `start` resolved
 * (not `latest`, which may have moved since). `deactivate` removes every
 * record of the environment, whatever version it names: the version is not
 * used, and may be empty (a value given is still checked).
 */
function readStepVersion(inputs, step) {
    if (step === 'deactivate') {
        const given = inputs.string('version');
        if (given !== '')
            readVersion(given);
        return '';
    }
    const version = readVersion(inputs.required('version'));
    if (step === 'finish' && version === 'latest') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'version' of step 'finish' must be the version its start resolved, not 'latest': " +
            "pass the 'version' output of the start step (`${{ steps.<start id>.outputs.version }}`).");
    }
    return version;
}
/**
 * The command: required for `deploy`, an optional teardown for `deactivate`.
 * `start` and `finish` run none (the workflow's own steps deploy between
 * them), so a command given to them would silently not run: refused.
 */
function readCommand(inputs, step) {
    const command = inputs.string('command');
    if (step === 'deploy' && command === '') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'command' is required for step 'deploy': set the deploy command in the step's 'with:', " +
            "or deploy with your own steps between a 'start' and a 'finish' step.");
    }
    if ((step === 'start' || step === 'finish') && command !== '') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'command' is not run by step '${step}': deploy with your own steps between 'start' and 'finish' ` +
            "(remove 'command'), or use step 'deploy' to run the command in one step.");
    }
    return command;
}
/** `deployment-id`, `deploy-outcome` and `is-rollback`: inputs of `finish` only, refused elsewhere. */
function readFinishInputs(inputs, step) {
    if (step !== 'finish') {
        // The runner passes every default (`is-rollback: 'false'`): only a value that would change something is refused.
        const given = ['deployment-id', 'deploy-outcome'].filter((name) => inputs.string(name) !== '');
        if (inputs.boolean('is-rollback', false))
            given.push('is-rollback');
        if (given.length > 0) {
            throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${given[0]}' is for step 'finish', not '${step}': remove it from this step.`);
        }
        return { deploymentId: '', deployOutcome: undefined, isRollback: false };
    }
    const deploymentId = inputs.string('deployment-id');
    if (deploymentId !== '' && !/^[1-9][0-9]{0,15}$/.test(deploymentId)) {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'deployment-id' must be the 'deployment-id' output of the start step (a number), not ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(deploymentId)}.`);
    }
    if (inputs.string('deploy-outcome') === '') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("Input 'deploy-outcome' is required for step 'finish': pass the outcome of your deploy step " +
            '(`${{ steps.<deploy id>.outcome }}`) or `${{ job.status }}`.');
    }
    const deployOutcome = inputs.choice('deploy-outcome', DEPLOY_OUTCOMES, 'success');
    return { deploymentId, deployOutcome, isRollback: inputs.boolean('is-rollback', false) };
}
/**
 * `transient`: a preview environment, which `deactivate` may remove. Never a
 * production environment. `deactivate` removes records and ends deployments,
 * so it must be told the environment is a preview (`transient: true`), and it
 * refuses production names whatever it is told.
 */
function readTransient(inputs, step, environment) {
    const transient = inputs.boolean('transient', false);
    if ((0,_mlops_actions_github__WEBPACK_IMPORTED_MODULE_3__/* .isProductionEnvironment */ .Fj)(environment) && (transient || step === 'deactivate')) {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${environment}' is a production environment: it cannot be ${step === 'deactivate' ? 'deactivated' : 'transient'}. ` +
            'Preview environments have names of their own, such as `pr-42`.');
    }
    if (step === 'deactivate' && !transient) {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Step 'deactivate' removes every record of ${environment} and ends its GitHub deployments: ` +
            "set 'transient: true' to confirm that it is a preview environment.");
    }
    return transient;
}
function readVersion(value) {
    if (value === 'latest')
        return value;
    // `v0.3.0` is how people write it in tags; the registry version is `0.3.0`.
    const version = /^v\d/.test(value) ? value.slice(1) : value;
    if (!(0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .isRegistryVersion */ .QI)(version)) {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input 'version' must be a registered version such as '0.3.0' or 'latest', not ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)}.`);
    }
    return version;
}
function decodedOrSame(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function hasCredentials(url) {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
}
/** A URL as it may be shown: without a user name or password. */
function shownUrl(url) {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '')
        return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
}
/** An http(s) URL, or empty. Other schemes (file:, javascript:…) are refused. */
function readUrl(inputs, name) {
    const value = inputs.string(name);
    if (value === '')
        return '';
    // The URL parser drops tabs and line breaks, but `url` is recorded as it is written: a record the registry reads back.
    if (!(0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .isOneLine */ .Pf)(value)) {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${name}' must be one URL on one line, without control characters, not ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)}.`);
    }
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${name}' must be an http or https URL such as 'https://models.example.com/health', not ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)}.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${name}' must be an http or https URL such as 'https://models.example.com/health', not a ${parsed.protocol} URL.`);
    }
    return value;
}


/***/ }),

/***/ 5724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/lib/src/index.js + 32 modules
var src = __nccwpck_require__(172);
// EXTERNAL MODULE: ./packages/github/lib/src/deployments.js
var deployments = __nccwpck_require__(8292);
;// CONCATENATED MODULE: ./packages/github/lib/src/index.js

/**
 * The GitHub Deployments API over Octokit, with retries on server errors and
 * waits on rate limits. Octokit loads here, on first use, so an action that
 * never talks to GitHub does not pay for it at start-up.
 */
async function connectDeployments(connection) {
    const { octokitDeployments } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(328)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6328));
    return octokitDeployments(connection);
}



/** The issue comments API over Octokit (see `connectDeployments`: Octokit loads on first use). */
async function connectIssueComments(connection) {
    const { octokitIssueComments } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2281));
    return octokitIssueComments(connection);
}
/** The check runs API over Octokit (see `connectDeployments`: Octokit loads on first use). */
async function connectCheckRuns(connection) {
    const { octokitCheckRuns } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(141)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9141));
    return octokitCheckRuns(connection);
}

// EXTERNAL MODULE: ./packages/registry/lib/src/index.js + 7 modules
var lib_src = __nccwpck_require__(8808);
// EXTERNAL MODULE: ./actions/deploy-env/lib/src/github-mirror.js
var github_mirror = __nccwpck_require__(9637);
;// CONCATENATED MODULE: ./actions/deploy-env/lib/src/cancellation.js


/** What the runner sends a step of a cancelled (or timed-out) job: SIGINT, then SIGTERM about 7.5 s later. */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * GitHub gets this long to take a cancelled deployment's final status: the
 * runner kills the step 10 s after it cancels it, and the last line must
 * still say what may be running.
 */
const CLOSE_TIMEOUT_MS = 3_000;
/**
 * Handles the runner's cancel signals instead of dying at the first: the
 * deploy command's process group gets the signal too (through `signal`),
 * and the step has the runner's grace to close what it opened and say what
 * may be running. Handlers in the main step, not a `post:` step: only the
 * main step knows the command's process group and how far the rollout got,
 * and it is still running when the signal comes.
 */
function watchCancellation(log, target = process) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        // A second signal (the runner's SIGTERM) changes nothing: the stop is under way and bounded.
        if (controller.signal.aborted)
            return;
        log.info(`The runner sent ${signal} (the job was cancelled or timed out): stopping the deploy.`);
        controller.abort(signal);
    };
    for (const name of CANCEL_SIGNALS)
        target.on(name, onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const name of CANCEL_SIGNALS)
                target.off(name, onSignal);
        },
    };
}
/**
 * Gives a cancelled GitHub deployment its final state (`error`), so that the
 * Environments page does not show it in progress forever; bounded in time.
 */
function gitHubCanceller(connect, log, runUrl, timeoutMs = CLOSE_TIMEOUT_MS) {
    const mirror = new github_mirror/* GitHubMirror */.H(connect, log, runUrl);
    return async (id, description) => {
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve('late'), timeoutMs);
        });
        const done = await Promise.race([mirror.status(id, { state: 'error', description }), late]);
        clearTimeout(timer);
        if (done === 'late') {
            log.warning(`GitHub did not answer within ${(0,src/* formatDuration */.a3)(timeoutMs)}: deployment ${id} may still show in progress.`);
        }
    };
}

// EXTERNAL MODULE: ./actions/deploy-env/lib/src/deploy.js
var deploy = __nccwpck_require__(3993);
// EXTERNAL MODULE: ./actions/deploy-env/lib/src/inputs.js
var inputs = __nccwpck_require__(5631);
;// CONCATENATED MODULE: ./actions/deploy-env/lib/src/summary.js

const RESULT_ICONS = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    warning: '⚠️ warning',
};
/**
 * The job summary of a deploy: the outcome, the environment before and after,
 * a diagram of the promotion path with the version in each environment, and
 * every step with its result.
 */
function renderDeploySummary(report) {
    const summary = new src/* BoundedSummary */.ci();
    summary.heading(`${HEADINGS[report.step]} ${report.model} to ${report.environment}`);
    summary.add(report.step === 'start' ? started(report) : outcome(report), 'the outcome');
    summary.table(['Environment', 'Before', 'After (recorded)', 'Record'], [
        [
            report.environment,
            report.previousVersion || '—',
            report.recordedVersion || '—',
            report.recordedTag ? (0,src/* code */.aY)(report.recordedTag) : 'unchanged',
        ],
    ], 'environments');
    summary.add(promotionDiagram(report), 'the promotion diagram');
    stepsTable(summary, report.steps);
    return summary;
}
const HEADINGS = {
    deploy: 'Deploy',
    start: 'Start deploying',
    finish: 'Finish deploying',
};
/** What a start verified and opened, for the deploy steps that follow it. */
function started(report) {
    if (report.status !== 'success')
        return `❌ **Not started.**\n\n> [!IMPORTANT]\n> ${(0,src/* inertMarkdown */.Ic)(report.failure)}\n\n`;
    const runs = report.previousVersion ? ` (it runs ${(0,src/* inertMarkdown */.Ic)(report.previousVersion)} now)` : '';
    const files = report.modelDir
        ? `its files verified against ${(0,src/* code */.aY)(report.digest)} in ${(0,src/* code */.aY)(report.modelDir)}`
        : `registered as ${(0,src/* code */.aY)(report.digest)} (no stored files and no \`path\`: nothing downloaded)`;
    const deployment = report.deploymentId
        ? `GitHub deployment ${report.deploymentId} is in progress`
        : 'no GitHub deployment was opened';
    return (`▶️ **${(0,src/* inertMarkdown */.Ic)(report.version)} is ready to deploy to ${report.environment}**${runs}: ` +
        `${files}; ${deployment}. Nothing is recorded until a finish step sees it healthy.\n\n`);
}
/**
 * The outcome in words. Versions come from registry records, and the failure
 * can quote a response body: text from outside the workflow, shown inert.
 */
function outcome(report) {
    const { environment } = report;
    const version = (0,src/* inertMarkdown */.Ic)(report.version);
    const previousVersion = (0,src/* inertMarkdown */.Ic)(report.previousVersion);
    const failure = (0,src/* inertMarkdown */.Ic)(report.failure);
    const recorded = report.recordedTag ? `, recorded as ${(0,src/* code */.aY)(report.recordedTag)}` : '';
    switch (report.status) {
        case 'success': {
            const was = previousVersion ? ` (was ${previousVersion})` : '';
            return `✅ **${version} is live in ${environment}**${was}${recorded}.\n\n`;
        }
        case 'rolled-back':
            return (`↩️ **Rolled back.** ${version} failed in ${environment}; ${previousVersion} runs there again${recorded}.\n\n` +
                `> [!WARNING]\n> ${failure}\n\n`);
        case 'failed':
            if (report.cancelled)
                return `> [!CAUTION]\n> **Cancelled.** ${failure}\n\n`;
            if (report.mayBeDown)
                return `> [!CAUTION]\n> **${environment} may be down.** ${failure}\n\n`;
            // The version runs; only its record is missing, which a re-run can write.
            if (report.live && !report.recorded) {
                return `⚠️ **${version} is live in ${environment}, but not recorded.**\n\n> [!WARNING]\n> ${failure}\n\n`;
            }
            if (report.rollbackVersion) {
                return (`❌ **Not deployed.** Roll back to ${(0,src/* inertMarkdown */.Ic)(report.rollbackVersion)} ('rollback-version').\n\n` +
                    `> [!IMPORTANT]\n> ${failure}\n\n`);
            }
            return `❌ **Not deployed.**\n\n> [!IMPORTANT]\n> ${failure}\n\n`;
    }
}
/**
 * A Mermaid flowchart of the promotion: each required environment with the
 * version it runs, leading to this environment with its change. Environment
 * names and versions were checked where they were read (registry names and
 * semver); each label is still written through `mermaidText`.
 */
function promotionDiagram(report) {
    const lines = ['```mermaid', 'flowchart LR'];
    const label = (environment, text) => `["${(0,src/* mermaidText */.Hg)(environment)}<br/>${(0,src/* mermaidText */.Hg)(text)}"]`;
    report.requires.forEach((required, index) => {
        lines.push(`  e${index}${label(required.environment, required.current || 'nothing deployed')}`);
    });
    const target = `e${report.requires.length}`;
    lines.push(`  ${target}${label(report.environment, targetLabel(report))}`);
    report.requires.forEach((_, index) => lines.push(`  e${index} --> ${target}`));
    lines.push('  classDef ok fill:#dafbe1,stroke:#1a7f37');
    lines.push('  classDef warn fill:#fff8c5,stroke:#9a6700');
    lines.push('  classDef bad fill:#ffebe9,stroke:#cf222e');
    // A start that passed deployed nothing yet: under way, not done.
    const underWay = report.step === 'start' && report.status === 'success';
    const style = underWay
        ? 'warn'
        : report.status === 'success'
            ? 'ok'
            : report.status === 'rolled-back'
                ? 'warn'
                : 'bad';
    lines.push(`  class ${target} ${style}`);
    lines.push('```');
    return `${lines.join('\n')}\n`;
}
function targetLabel(report) {
    const before = report.previousVersion || 'nothing';
    const version = report.version || 'unresolved version';
    switch (report.status) {
        case 'success':
            return report.step === 'start' ? `${before} → ${version} (deploying)` : `${before} → ${version}`;
        case 'rolled-back':
            return `${before} → ${version} ✗ → ${report.previousVersion}`;
        case 'failed':
            if (report.cancelled)
                return `${before} → ${version} (cancelled)`;
            if (report.mayBeDown)
                return `${before} → ${version} ✗, rollback ✗`;
            if (report.live && !report.recorded)
                return `${before} → ${version} (not recorded)`;
            if (report.refused)
                return `${before} (${version} refused)`;
            return `${before} → ${version} ✗`;
    }
}
/** The job summary of a deactivation: what was torn down, which records were removed, which deployments ended. */
function renderDeactivateSummary(report) {
    const summary = new src/* BoundedSummary */.ci();
    summary.heading(`Deactivate ${report.model} in ${report.environment}`);
    const failure = (0,src/* inertMarkdown */.Ic)(report.failure);
    summary.add(report.status === 'success'
        ? `✅ **${report.environment} is deactivated**: ${report.removedTags.length} ` +
            `${report.removedTags.length === 1 ? 'record' : 'records'} removed, ` +
            `${report.inactive.length} GitHub ${report.inactive.length === 1 ? 'deployment' : 'deployments'} set inactive.\n\n`
        : report.refused
            ? `❌ **Not deactivated.** Nothing was changed.\n\n> [!IMPORTANT]\n> ${failure}\n\n`
            : `❌ **Not fully deactivated.**\n\n> [!WARNING]\n> ${failure}\n\n`, 'the outcome');
    summary.table(['Removed record', 'GitHub deployment'], [
        ...report.removedTags.map((tag) => [(0,src/* code */.aY)(tag), '']),
        ...report.inactive.map((id) => ['', `${id}: inactive`]),
        ...report.notInactive.map((id) => ['', `${id}: not updated (see the warning)`]),
    ], 'removed');
    stepsTable(summary, report.steps);
    return summary;
}
/** The steps of a run, each with its result, details and time. */
function stepsTable(summary, steps) {
    summary.heading('Steps', 3);
    summary.table(['Step', 'Result', 'Details', 'Time'], steps.map((step) => [
        step.name,
        RESULT_ICONS[step.result],
        step.detail,
        step.result === 'skipped' ? '' : (0,src/* formatDuration */.a3)(step.durationMs),
    ]), 'steps');
}

;// CONCATENATED MODULE: ./actions/deploy-env/lib/src/main.js










async function run() {
    const cancellation = watchCancellation(src/* actionsLogger */.MV);
    try {
        await (0,src/* runAction */.Cs)('deploy-env', () => main(cancellation.signal));
    }
    finally {
        cancellation.dispose();
    }
}
async function main(cancel) {
    const env = process.env;
    const workspace = (0,src/* workspaceDirectory */.xq)();
    let settings;
    let connectGitHub;
    let registry;
    try {
        settings = (0,inputs/* readSettings */.sb)(new src/* Inputs */.G0(), { onGitHub: env['GITHUB_ACTIONS'] === 'true' }, src/* maskSecret */.$l);
        connectGitHub = settings.githubDeployment ? gitHubConnector(settings.token, env) : undefined;
        // Refuses a remote that git would read as an option. Tags it ignores (not written by mlops-actions) are warned of.
        registry = new lib_src/* Registry */.OR((0,src/* createGit */.lD)(workspace), settings.remote, { log: src/* actionsLogger */.MV });
    }
    catch (error) {
        try {
            (0,src/* setOutputs */.n0)({ status: 'failed' });
        }
        catch (unwritten) {
            // The settings' error is the one to fix; an output file that cannot be written is only told.
            if (!(unwritten instanceof src/* OutputFileError */.kZ))
                throw unwritten;
            src/* actionsLogger */.MV.warning(unwritten.message);
        }
        throw error;
    }
    const runUrl = (0,src/* workflowRunUrl */.CX)(env);
    const runnerTemp = env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)();
    const modelsDirectory = (0,external_node_path_.join)(runnerTemp, 'mlops-models');
    const dependencies = {
        registry,
        runner: src/* actionsCommandRunner */.DI,
        connectGitHub,
        cancel,
        ...(connectGitHub ? { closeCancelled: gitHubCanceller(connectGitHub, src/* actionsLogger */.MV, runUrl) } : {}),
        // The digest package (worker threads) loads only when a path is checked; only files of the checkout are read.
        digestOf: async (root) => (await __nccwpck_require__.e(/* import() */ 417).then(__nccwpck_require__.bind(__nccwpck_require__, 417))).digestOf(root, {
            workspace,
            onProgress: (0,src/* byteProgress */.EB)(src/* actionsLogger */.MV, 'Hashing'),
        }),
        // The action's own download folder, under RUNNER_TEMP: hashed as a root of its own.
        digestOfDownload: async (root) => (await __nccwpck_require__.e(/* import() */ 417).then(__nccwpck_require__.bind(__nccwpck_require__, 417))).digestOf(root, {
            workspace: modelsDirectory,
            onProgress: (0,src/* byteProgress */.EB)(src/* actionsLogger */.MV, 'Hashing'),
        }),
        workspace,
        modelsDirectory,
        // The model store loads only when a deploy downloads stored files.
        openStore: async (location) => (await Promise.all(/* import() */[__nccwpck_require__.e(417), __nccwpck_require__.e(694)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7694))).openTarget(location, {
            base: workspace,
            username: settings.storeUsername,
            token: settings.storeToken,
            onRetry: (message) => src/* actionsLogger */.MV.warning(message),
        }),
        runUrl,
        // DESIGN's bounds; the variables let tests of a hung API take seconds.
        mirrorBudgetMs: (0,src/* timeLimitMs */.PI)('MLOPS_ACTIONS_GITHUB_MIRROR_BUDGET_MS', github_mirror/* MIRROR_BUDGET_MS */.V, env),
        logger: src/* actionsLogger */.MV,
    };
    // The two-phase and deactivate steps load only when asked for: a plain deploy starts as fast as before.
    if (settings.step === 'deactivate') {
        const { deactivate } = await __nccwpck_require__.e(/* import() */ 984).then(__nccwpck_require__.bind(__nccwpck_require__, 984));
        const report = await deactivate(settings, dependencies);
        await writeStepResult({ 'previous-version': report.previousVersion, status: report.status }, renderDeactivateSummary(report), report.failure, () => whatWasRemoved(report));
        return;
    }
    /** `start` or `finish`, with what a start leaves for the finish of the same job. */
    const halfOfDeploy = async (half) => {
        const { Handovers } = await __nccwpck_require__.e(/* import() */ 433).then(__nccwpck_require__.bind(__nccwpck_require__, 8433));
        const handovers = new Handovers((0,external_node_path_.join)(runnerTemp, 'mlops-deploys'));
        if (half.step === 'start')
            return (await __nccwpck_require__.e(/* import() */ 52).then(__nccwpck_require__.bind(__nccwpck_require__, 6052))).startDeploy(half, { ...dependencies, handovers });
        return (await __nccwpck_require__.e(/* import() */ 253).then(__nccwpck_require__.bind(__nccwpck_require__, 5253))).finishDeploy(half, { ...dependencies, handovers });
    };
    const report = settings.step === 'deploy' ? await (0,deploy/* deploy */.gg)(settings, dependencies) : await halfOfDeploy(settings);
    const composed = settings.step === 'deploy'
        ? {}
        : { digest: report.digest, tag: report.tag, 'rollback-version': report.rollbackVersion };
    await writeStepResult({
        version: report.version,
        'previous-version': report.previousVersion,
        'deployment-id': report.deploymentId,
        url: report.url,
        'model-dir': report.modelDir,
        ...composed,
        // Last: written only when every other output was.
        status: report.status,
    }, renderDeploySummary(report), report.failure, () => whatStands(report));
}
/**
 * Writes the outputs, then the summary; fails the step with `failure`, or
 * when the outputs could not be written, with what the step did (`stands`).
 */
async function writeStepResult(outputs, summary, failure, stands) {
    let unwritten;
    try {
        (0,src/* setOutputs */.n0)(outputs);
    }
    catch (error) {
        if (!(error instanceof src/* OutputFileError */.kZ))
            throw error;
        unwritten = error;
    }
    await (0,src/* writeSummary */.Sy)(summary);
    if (unwritten)
        throw new src/* UserError */.yo(`${unwritten.message} ${stands()}`);
    if (failure)
        throw new src/* UserError */.yo(failure);
}
/** What a deactivation did, for a step whose outputs could not be written. */
function whatWasRemoved(report) {
    const removed = report.removedTags.length > 0 ? `Removed ${report.removedTags.join(', ')}.` : 'No record was removed.';
    return `${removed}${report.failure ? ` ${report.failure}` : ''} Later steps cannot read this step's outputs.`;
}
/** What the deploy did, for a step whose outputs could not be written: later steps cannot read it. */
function whatStands(report) {
    const { model, environment } = report;
    const stands = report.status === 'success' ? 'The deploy stands: ' : '';
    const done = report.recorded
        ? `${stands}${model} ${report.recordedVersion} runs in ${environment} and is recorded as ${report.recordedTag}.`
        : 'Nothing was recorded in the registry.';
    return `${done}${report.failure ? ` ${report.failure}` : ''} Later steps cannot read this step's outputs.`;
}
/** Connects on first use, so Octokit loads only when a deployment is mirrored. */
function gitHubConnector(token, env) {
    const repository = (0,deployments/* parseRepository */.SU)(env['GITHUB_REPOSITORY'] ?? '');
    if (!repository) {
        throw new src/* UserError */.yo("Mirroring the deployment to GitHub needs GITHUB_REPOSITORY ('owner/repo'), which the runner sets: " +
            "outside GitHub Actions set 'github-deployment' to 'false'.");
    }
    // One connection, shared by the deploy's records and a cancellation's last status.
    let connection;
    return () => (connection ??= connectDeployments({
        token,
        repository,
        apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
        logger: src/* actionsLogger */.MV,
        limits: {
            requestTimeoutMs: (0,src/* timeLimitMs */.PI)('MLOPS_ACTIONS_GITHUB_REQUEST_TIMEOUT_MS', deployments/* DEFAULT_API_LIMITS */.sC.requestTimeoutMs, env),
        },
    }));
}


/***/ }),

/***/ 7871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ downloadModel),
/* harmony export */   m: () => (/* binding */ isStored)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _mlops_actions_paths__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9225);
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(172);




/** True when the version's manifest records a stored artifact (`oci://…@sha256:…`, `oci-layout:…@sha256:…`). */
function isStored(version) {
    return /^(oci:\/\/|oci-layout:)/.test(version.uri);
}
/**
 * The version's files in `$RUNNER_TEMP/mlops-models/<model>/<version>/`,
 * downloaded and verified (each blob, then the file-set digest). A folder an
 * earlier step of the job downloaded is used again when its digest is still
 * the registered one. Any failure leaves no folder and is a `UserError` that
 * says what to change, so nothing is deployed.
 */
async function downloadModel(model, version, { modelsDirectory, openStore, digestOfDownload, logger, workspace }, now = Date.now) {
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(modelsDirectory, model, version.version);
    if (await (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s0)(directory)) {
        if ((await digestOfDownload(directory)).digest === version.digest) {
            logger.info(`${version.tag} is already in ${directory} from an earlier step (digest verified).`);
            return { directory, downloadedBytes: 0 };
        }
        // Ours, under RUNNER_TEMP: a folder that no longer matches is fetched again rather than trusted.
        logger.info(`${directory} no longer holds the files of ${version.tag}; downloading them again.`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
    }
    const started = now();
    const { ModelStoreError, parseStoreUri, pullVersion } = await Promise.all(/* import() */[__nccwpck_require__.e(417), __nccwpck_require__.e(694)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7694));
    try {
        const location = parseStoreUri(version.uri);
        if (location.digest === undefined) {
            throw new ModelStoreError('invalid-store', `The manifest of ${version.tag} records the store ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(version.uri)} without an artifact digest.`);
        }
        // A record is untrusted: a layout it names is read only inside the checkout, as every other file is.
        if (location.kind === 'layout' && !(await (0,_mlops_actions_paths__WEBPACK_IMPORTED_MODULE_2__/* .leadsInside */ .uI)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, location.path), workspace))) {
            throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${version.tag} records its files in the layout ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(location.path)}, which is outside the workspace: ` +
                'layout stores named by a record are read inside the workspace only (a forged or hand-written record?). ' +
                'Nothing was deployed.');
        }
        const target = await openStore(location);
        logger.info(`Downloading ${version.tag} from ${version.uri}.`);
        const pulled = await pullVersion(target, location.digest, directory, version.digest, {
            onProgress: (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .byteProgress */ .EB)(logger, `Downloading ${version.tag}`, undefined, now),
        });
        logger.info(`${version.tag}: ${pulled.files.length} ${pulled.files.length === 1 ? 'file' : 'files'}, ` +
            `${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(pulled.size)} verified against ${version.digest} in ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(now() - started)}.`);
        return { directory, downloadedBytes: pulled.size };
    }
    catch (error) {
        if (!(error instanceof ModelStoreError))
            throw error;
        const credentials = error.code === 'access-denied' ? " The credentials are inputs 'store-username' and 'store-token'." : '';
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The files of ${version.tag} could not be downloaded from its store: ${error.message} Nothing was deployed.` +
            credentials);
    }
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ candidateOf),
/* harmony export */   b: () => (/* binding */ planDeploy)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(172);
/* harmony import */ var _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8808);
/* harmony import */ var _allowed_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1911);
/* harmony import */ var _model_files_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7871);





/** The version to deploy: its tag in the registry and what its manifest records. */
function candidateOf(found, manifest) {
    return {
        version: found.version,
        tag: found.tag,
        digest: manifest.digest,
        uri: manifest.uri,
        commit: found.commit,
        registered: found,
    };
}
/**
 * The checks that may refuse a deploy, in order: resolve the version, check
 * the ref it was registered from, check the files' digest, check the
 * promotion, read what runs now. Reads only; a
 * refusal (a `UserError`) comes back as a `RefusedPlan`, anything else throws.
 */
async function planDeploy(settings, dependencies, steps) {
    return new Planning(settings, dependencies, steps).plan();
}
class Planning {
    settings;
    deps;
    steps;
    version = '';
    previousVersion = '';
    requires;
    constructor(settings, deps, steps) {
        this.settings = settings;
        this.deps = deps;
        this.steps = steps;
        this.requires = settings.requires.map((environment) => ({ environment, current: '' }));
    }
    async plan() {
        try {
            const { candidate, sourceRef } = await this.resolveVersion();
            await this.checkSourceRef(candidate, sourceRef);
            await this.checkDigest(candidate);
            await this.checkPromotion(candidate);
            const rollbackTarget = await this.readCurrent();
            const modelDir = await this.modelFiles(candidate);
            return {
                refused: false,
                candidate,
                previousVersion: this.previousVersion,
                rollbackTarget,
                requires: this.requires,
                modelDir,
            };
        }
        catch (error) {
            if (!(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error))
                throw error;
            // A remote that stopped answering is not asked again (another timeout) for the summary.
            const timedOut = error instanceof _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl && error.code === 'remote-timeout';
            return {
                refused: true,
                reason: timedOut
                    ? `${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)} Nothing was deployed to ${this.settings.environment}.`
                    : (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error),
                version: this.version,
                current: timedOut ? undefined : await this.currentVersion(),
                previousVersion: this.previousVersion,
                requires: this.requires,
            };
        }
    }
    async resolveVersion() {
        return this.steps.run('Resolve version', async () => {
            const { registry } = this.deps;
            const { modelName, version: wanted } = this.settings;
            const versions = await registry.listVersions(modelName);
            const { found, manifest } = wanted === 'latest' ? await this.newestOurs(versions) : await this.named(versions, wanted);
            const candidate = candidateOf(found, manifest);
            const latest = wanted === 'latest' ? ' (latest)' : '';
            return {
                value: { candidate, sourceRef: manifest.source.ref },
                detail: `${found.tag}${latest}, ${manifest.digest}`,
            };
        });
    }
    /**
     * The version asked for by name and its manifest. A version tag that
     * mlops-actions did not write is refused by name: it is not to be deployed.
     */
    async named(versions, wanted) {
        const { registry } = this.deps;
        const found = versions.find((v) => v.version === wanted);
        if (!found)
            throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(notRegistered(this.settings.modelName, wanted, versions, registry.remote));
        this.version = found.version;
        return { found, manifest: await registry.readManifest(this.settings.modelName, found) };
    }
    /** The newest version whose tag mlops-actions wrote: newer tags that are not ours are ignored, with a warning. */
    async newestOurs(versions) {
        const { registry } = this.deps;
        for (const found of [...versions].reverse()) {
            const manifest = await registry.findManifest(found);
            if (manifest) {
                this.version = found.version;
                return { found, manifest };
            }
        }
        const { modelName } = this.settings;
        throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(versions.length === 0
            ? notRegistered(modelName, 'latest', versions, registry.remote)
            : `No version tag of ${modelName} in '${registry.remote}' holds a manifest written by mlops-actions ` +
                `(${versions.length} ignored, see the warnings): register a version with the version-model action first.`);
    }
    /** A version registered from a ref that `allowed-refs` does not list (a pull request's, by default) is not deployed. */
    async checkSourceRef(candidate, sourceRef) {
        await this.steps.run('Check source ref', () => Promise.resolve().then(() => this.sourceRefAllowed(candidate, sourceRef)));
    }
    sourceRefAllowed(candidate, sourceRef) {
        const { allowedRefs, modelName } = this.settings;
        // A version registered outside a workflow records no ref: there is nothing to hold it to.
        if (sourceRef === '')
            return { value: undefined, detail: `${candidate.tag} records no source ref` };
        if (!(0,_allowed_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .refAllowed */ .ah)(sourceRef, allowedRefs)) {
            throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${modelName} ${candidate.version} was registered from ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(sourceRef)}, which 'allowed-refs' ` +
                `(${allowedRefs.join(', ')}) does not allow: register the version from a branch or a tag, ` +
                `or add a glob that matches this ref to 'allowed-refs'.`);
        }
        return { value: undefined, detail: `registered from ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(sourceRef)}` };
    }
    async checkDigest(candidate) {
        const { path } = this.settings;
        if (path === '') {
            this.steps.skip('Check digest', "no 'path' given");
            return;
        }
        await this.steps.run('Check digest', async () => {
            const { digest } = await this.deps.digestOf((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(this.deps.workspace, path));
            if (digest !== candidate.digest) {
                throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The files at '${path}' have the digest ${digest}, but ${candidate.tag} was registered with ${candidate.digest}: ` +
                    `deploy the files that were registered, or register these with the version-model action.`);
            }
            return { value: undefined, detail: `'${path}' matches ${digest}` };
        });
    }
    /**
     * The candidate's files for the command: `path` when given (its digest was
     * checked), else the stored files, downloaded and verified before anything
     * runs; empty when the version has no stored files.
     */
    async modelFiles(candidate) {
        const { path, modelName } = this.settings;
        if (path !== '')
            return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(this.deps.workspace, path);
        if (!(0,_model_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isStored */ .m)(candidate)) {
            this.steps.skip('Download model', `${candidate.tag} was registered without a store, and no 'path' is given`);
            return '';
        }
        return this.steps.run('Download model', async () => {
            const files = await (0,_model_files_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadModel */ .e)(modelName, candidate, this.deps);
            const how = files.downloadedBytes > 0 ? 'downloaded and verified' : 'verified, downloaded earlier in the job';
            return { value: files.directory, detail: `${candidate.tag} ${how}` };
        });
    }
    async checkPromotion(candidate) {
        if (this.settings.requires.length === 0) {
            this.steps.skip('Check promotion', "no 'requires' given");
            return;
        }
        await this.steps.run('Check promotion', async () => {
            const missing = [];
            for (const required of this.requires) {
                const { passed, current } = await this.hasRun(candidate, required.environment);
                required.current = current;
                if (!passed) {
                    missing.push(current === ''
                        ? `${required.environment} (nothing was deployed there yet)`
                        : `${required.environment} (it runs ${current})`);
                }
            }
            const { modelName, environment } = this.settings;
            if (missing.length > 0) {
                throw new _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${modelName} ${candidate.version} may not be deployed to ${environment}: it has not been deployed ` +
                    `successfully to ${missing.join(' and ')}. Deploy it there first (${environment} requires ` +
                    `${this.settings.requires.join(', ')}).`);
            }
            return { value: undefined, detail: `${candidate.version} passed ${this.settings.requires.join(', ')}` };
        });
    }
    /**
     * Whether `candidate` was ever recorded in `environment`, and the version
     * that runs there now. Tags that hold no record of ours count for neither.
     */
    async hasRun(candidate, environment) {
        const { registry } = this.deps;
        const assignments = await registry.listAssignments(this.settings.modelName, environment);
        const newest = await registry.newestDeployment(assignments);
        const current = newest?.record.version ?? '';
        if (current === candidate.version)
            return { passed: true, current };
        // An environment tag points at its version's commit, so only those tags can name this version;
        // versions registered on one commit share it, so the record decides. Tags newer than the
        // newest record of ours were ignored already.
        const older = (tag) => newest === undefined || tag.n < newest.tag.n;
        const onCommit = assignments.filter((tag) => tag.commit === candidate.commit && older(tag));
        for (const tag of onCommit.reverse()) {
            if ((await registry.findDeployment(tag))?.version === candidate.version)
                return { passed: true, current };
        }
        return { passed: false, current };
    }
    async readCurrent() {
        return this.steps.run('Read current version', async () => {
            const { registry, logger: log } = this.deps;
            const { modelName, environment } = this.settings;
            const current = await registry.currentDeployment(modelName, environment);
            if (!current)
                return { value: undefined, detail: `nothing was deployed to ${environment} yet` };
            const { record, tag } = current;
            this.previousVersion = record.version;
            const version = await registry.findVersion(modelName, record.version);
            if (!version) {
                log.warning(`${environment} runs ${record.version} (${tag.tag}), whose version tag ${(0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .versionTagName */ .ap)(modelName, record.version)} ` +
                    'is gone from the registry: a failed deploy cannot be rolled back to it.');
                return {
                    value: undefined,
                    detail: `${environment} runs ${record.version} (${tag.tag}); its version tag is gone`,
                };
            }
            // Its stored files, for a rollback, are where its own manifest says (a forged one names none).
            const uri = (await registry.findManifest(version))?.uri ?? '';
            const previous = {
                version: record.version,
                tag: version.tag,
                digest: record.digest,
                uri,
                commit: version.commit,
                registered: version,
            };
            return { value: previous, detail: `${environment} runs ${record.version} (${tag.tag})` };
        });
    }
    /** After a refusal, what still runs in the environment, for the summary; undefined when it cannot be read. */
    async currentVersion() {
        try {
            const current = await this.deps.registry.currentDeployment(this.settings.modelName, this.settings.environment);
            return current?.record.version ?? '';
        }
        catch {
            // The refusal is what matters; the summary then shows no versions.
            return undefined;
        }
    }
}
function notRegistered(model, wanted, versions, remote) {
    if (versions.length === 0) {
        return `No version of ${model} is registered in '${remote}': register one with the version-model action first.`;
    }
    const shown = versions.slice(-5).map((v) => v.version);
    const more = versions.length > shown.length ? `${versions.length - shown.length} older and ` : '';
    return (`${model} ${wanted} is not registered in '${remote}' (there is no tag ${(0,_mlops_actions_registry__WEBPACK_IMPORTED_MODULE_2__/* .versionTagName */ .ap)(model, wanted)}). ` +
        `Registered: ${more}${shown.join(', ')}. Deploy one of those, or register this version with the version-model action first.`);
}


/***/ }),

/***/ 4363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ Recording)
/* harmony export */ });
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(172);
/* harmony import */ var _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8808);
/* harmony import */ var _github_mirror_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9637);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7843);




/**
 * Where a deploy leaves its trace: the environment tag in the registry, the
 * record of what runs where, and the GitHub deployment that mirrors it.
 */
class Recording {
    settings;
    deps;
    steps;
    mirror;
    now;
    overlapWarned = false;
    constructor(settings, deps, steps) {
        this.settings = settings;
        this.deps = deps;
        this.steps = steps;
        this.now = deps.now ?? (() => new Date());
        this.mirror = deps.connectGitHub
            ? new _github_mirror_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubMirror */ .H(deps.connectGitHub, deps.logger, deps.runUrl, deps.mirrorBudgetMs)
            : undefined;
    }
    /** Creates the GitHub deployment of `candidate`, in progress; its id, or undefined when there is none. */
    async startGitHubDeployment(candidate, rollback) {
        const name = (0,_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutStep */ .A)('GitHub deployment', rollback);
        const mirror = this.mirror;
        if (!mirror) {
            this.steps.skip(name, "'github-deployment' is off");
            return undefined;
        }
        const { modelName, environment } = this.settings;
        return this.steps.run(name, async () => {
            const description = rollback
                ? `Roll back ${modelName} to ${candidate.version} in ${environment}`
                : `Deploy ${modelName} ${candidate.version} to ${environment}`;
            const id = await mirror.start({
                ref: candidate.commit,
                environment,
                description,
                payload: {
                    model: modelName,
                    version: candidate.version,
                    digest: candidate.digest,
                    ...(rollback ? { rollback: true } : {}),
                },
                ...(this.settings.transient ? { transient: true } : {}),
            }, rollback ? `Rolling back to ${modelName} ${candidate.version}` : `Deploying ${modelName} ${candidate.version}`);
            return id === undefined
                ? { value: undefined, detail: 'not created (see the warning)', result: 'warning' }
                : { value: id, detail: `deployment ${id}, in progress` };
        });
    }
    /** Tells GitHub that the deployment failed. */
    async failed(rollback, deploymentId, description) {
        await this.setGitHubStatus(rollback, deploymentId, { state: 'failure', description });
    }
    /**
     * Writes the environment tag of a version that went live, then tells
     * GitHub the deployment is live. `before` is the version the registry
     * names for the environment until then.
     */
    async live(candidate, rollback, deploymentId, before) {
        const { modelName, environment, url } = this.settings;
        const record = {
            schema: _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOYMENT_SCHEMA */ .s$,
            name: modelName,
            version: candidate.version,
            environment,
            digest: candidate.digest,
            url,
            deployed_at: this.now().toISOString(),
            run_url: this.deps.runUrl,
            rollback,
        };
        let recorded;
        let recordError;
        try {
            recorded = await this.steps.run((0,_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutStep */ .A)('Record', rollback), async () => {
                const tag = await this.deps.registry.recordDeployment(record, {
                    onConflict: (taken) => this.warnOverlap(taken),
                });
                return { value: tag, detail: `${tag.tag} pushed to '${this.deps.registry.remote}'` };
            });
        }
        catch (error) {
            recordError = error;
        }
        // GitHub shows what runs in the environment, recorded or not.
        await this.setGitHubStatus(rollback, deploymentId, {
            state: 'success',
            ...(url ? { environmentUrl: url } : {}),
            description: `${modelName} ${candidate.version} is live${rollback ? ' again (rolled back)' : ''}`,
        });
        if (recorded)
            return { recorded: true, tag: recorded.tag };
        if (!(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(recordError))
            throw recordError;
        // A push stopped without an answer may have reached the remote.
        const unknown = recordError instanceof _mlops_actions_registry__WEBPACK_IMPORTED_MODULE_1__/* .RemoteTimeoutError */ .aC && recordError.command === 'push';
        const names = unknown ? 'may still name' : 'still names';
        return {
            recorded: false,
            reason: `${modelName} ${candidate.version} is live in ${environment}, but the deployment could not be recorded: ` +
                `${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(recordError)} The registry ${names} ${before || 'no version'} for ${environment}; ` +
                'fix the cause and run the job again.',
        };
    }
    warnOverlap(taken) {
        if (this.overlapWarned)
            return;
        this.overlapWarned = true;
        this.deps.logger.warning(`Another run recorded ${taken} first: deploys to ${this.settings.environment} overlapped, so this record takes ` +
            `the next number. Give deploy jobs a 'concurrency:' group per environment so that they run one at a time.`);
    }
    async setGitHubStatus(rollback, id, status) {
        const name = (0,_steps_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutStep */ .A)('GitHub status', rollback);
        const mirror = this.mirror;
        if (!mirror || id === undefined) {
            this.steps.skip(name, mirror ? 'no GitHub deployment' : "'github-deployment' is off");
            return;
        }
        await this.steps.run(name, async () => {
            const done = await mirror.status(id, status);
            return done
                ? { value: undefined, detail: `deployment ${id}: ${status.state}` }
                : { value: undefined, detail: `deployment ${id} not updated (see the warning)`, result: 'warning' };
        });
    }
}


/***/ }),

/***/ 6181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZJ: () => (/* binding */ Attempts),
  dv: () => (/* binding */ fetchVersionTag),
  Hh: () => (/* binding */ goLive),
  Us: () => (/* binding */ nothingChanged),
  Of: () => (/* binding */ rollOut),
  w0: () => (/* binding */ runUserCommand)
});

// EXTERNAL MODULE: ./packages/action-kit/lib/src/index.js + 32 modules
var src = __nccwpck_require__(172);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
;// CONCATENATED MODULE: ./actions/deploy-env/lib/src/health-check.js


const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,promises_.setTimeout)(ms, undefined, { signal }).catch(() => undefined),
};
/**
 * One request may take at most this long (less when the check's time is
 * nearly up, but never under a second), so one hung connection cannot use up
 * the whole timeout.
 */
const REQUEST_TIMEOUT_MS = 10_000;
const SHORTEST_REQUEST_MS = 1_000;
/** Enough of a body to find the expected text in a health response; the rest is not read. */
const BODY_LIMIT = 64 * 1024;
/** How much of the last body the error shows. */
const BODY_SHOWN = 200;
/**
 * The text a health response must contain for `version`: `{version}` stands
 * for it. During a rollback (`version` is not the candidate) the candidate's
 * version written literally is read as "the version under check" too, since
 * a restored service can never answer with the candidate's version. Only a
 * whole version is replaced: `0.1.0` inside `10.1.0`, `0.1.0.1` or
 * `0.1.0-rc.1` is not; `v0.1.0` is.
 */
function expectedText(expect, version, candidate) {
    let text = expect.replaceAll('{version}', version);
    let replacedCandidate = false;
    if (version !== candidate && candidate !== '') {
        const literal = new RegExp(`(?<![0-9]\\.?|[0-9A-Za-z][-+])${escapeRegExp(candidate)}(?!\\.?[0-9]|[-+][0-9A-Za-z])`, 'g');
        text = text.replace(literal, () => {
            replacedCandidate = true;
            return version;
        });
    }
    return { text, replacedCandidate };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Polls `check.url` with GET until it answers 2xx with the expected text,
 * every `intervalMs`, for at most `timeoutMs`; the first request goes out at once.
 */
async function waitUntilHealthy(check, options) {
    const clock = options.clock ?? systemClock;
    const fetch = options.fetch ?? globalThis.fetch;
    const started = clock.now();
    const deadline = started + check.timeoutMs;
    // The attempt made when the time is up still gets a fair chance to answer.
    const shortest = Math.min(SHORTEST_REQUEST_MS, check.timeoutMs);
    const { signal } = options;
    for (let attempt = 1;; attempt++) {
        const requestTimeout = Math.min(REQUEST_TIMEOUT_MS, Math.max(deadline - clock.now(), shortest));
        const answer = await ask(check.url, requestTimeout, fetch, signal);
        if (signal?.aborted) {
            return { healthy: false, cancelled: true, attempts: attempt, elapsedMs: clock.now() - started, last: answer };
        }
        const healthy = isHealthy(answer, check.expect);
        const left = deadline - clock.now();
        options.progress(`Health check ${attempt}: ${describeAnswer(answer, check.expect)}` +
            (healthy ? '.' : left > 0 ? `; ${(0,src/* formatDuration */.a3)(left)} left.` : '; no time left.'));
        if (healthy || left <= 0) {
            return { healthy, cancelled: false, attempts: attempt, elapsedMs: clock.now() - started, last: answer };
        }
        await clock.sleep(Math.min(check.intervalMs, left), signal);
        if (signal?.aborted) {
            return { healthy: false, cancelled: true, attempts: attempt, elapsedMs: clock.now() - started, last: answer };
        }
    }
}
/**
 * Why a check failed, one line without a closing period, for the step's
 * error: the last status and the start of the last body (quoted, so nothing
 * in it reads as a command).
 */
function describeFailure(check, outcome, shownUrl) {
    const { last } = outcome;
    const answer = last.status === undefined
        ? `the last request got no response (${last.error ?? 'unknown error'})`
        : `the last answer was HTTP ${last.status}` +
            (last.body === '' ? ' with an empty body' : ` with a body starting ${(0,src/* quote */.hD)(last.body, BODY_SHOWN)}`);
    const wanted = check.expect === '' ? 'a 2xx response' : `a 2xx response containing ${(0,src/* quote */.hD)(check.expect)}`;
    return (`the health check of ${shownUrl} did not get ${wanted} within ${(0,src/* formatDuration */.a3)(check.timeoutMs)} ` +
        `(${outcome.attempts} ${outcome.attempts === 1 ? 'attempt' : 'attempts'}): ${answer}`);
}
/** The start of the last body, for the log (printed as untrusted text). */
function bodyStart(answer) {
    return answer.body.length > BODY_SHOWN ? `${answer.body.slice(0, BODY_SHOWN)}…` : answer.body;
}
function isHealthy(answer, expect) {
    if (answer.status === undefined || answer.status < 200 || answer.status > 299)
        return false;
    return expect === '' || answer.body.includes(expect);
}
function describeAnswer(answer, expect) {
    if (answer.status === undefined)
        return `no response (${answer.error ?? 'unknown error'})`;
    const ok = answer.status >= 200 && answer.status <= 299;
    if (ok && expect !== '' && !answer.body.includes(expect))
        return `HTTP ${answer.status}, expected text not in the body`;
    return `HTTP ${answer.status}`;
}
async function ask(url, timeoutMs, fetch, cancel) {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
    try {
        const request = healthRequest(url);
        const response = await fetch(request.url, {
            signal,
            headers: { accept: '*/*', 'user-agent': 'mlops-actions/deploy-env health check', ...request.headers },
        });
        return { status: response.status, body: await readStart(response), error: undefined };
    }
    catch (error) {
        if (cancel?.aborted)
            return { status: undefined, body: '', error: 'cancelled' };
        if (timeout.aborted)
            return { status: undefined, body: '', error: `no answer within ${(0,src/* formatDuration */.a3)(timeoutMs)}` };
        return { status: undefined, body: '', error: networkReason(error) };
    }
}
/**
 * The URL to fetch and its extra headers. fetch refuses a URL that holds a
 * user name or password, so `https://user:pass@host/health` (which the
 * `health-url` input allows) is sent as Basic authentication instead.
 */
function healthRequest(url) {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '')
        return { url, headers: {} };
    const credentials = `${percentDecoded(parsed.username)}:${percentDecoded(parsed.password)}`;
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.href, headers: { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } };
}
/** A URL's user name or password as typed: `%40` is `@`; a stray `%` stays itself. */
function percentDecoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Reads at most BODY_LIMIT bytes of the body and drops the rest. */
async function readStart(response) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    try {
        while (size < BODY_LIMIT) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value);
            size += value.length;
        }
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString('utf8');
}
/** `fetch failed` says nothing; its cause says what happened (`ECONNREFUSED`, `ENOTFOUND`…). */
function networkReason(error) {
    const cause = error?.cause;
    if (typeof cause?.code === 'string')
        return cause.code;
    if (typeof cause?.message === 'string')
        return cause.message;
    return (0,src/* messageOf */.bD)(error);
}

// EXTERNAL MODULE: ./actions/deploy-env/lib/src/inputs.js
var inputs = __nccwpck_require__(5631);
// EXTERNAL MODULE: ./actions/deploy-env/lib/src/model-files.js
var model_files = __nccwpck_require__(7871);
// EXTERNAL MODULE: ./actions/deploy-env/lib/src/steps.js
var steps = __nccwpck_require__(7843);
;// CONCATENATED MODULE: ./actions/deploy-env/lib/src/rollout.js





/**
 * Runs the workflow author's command as a `run:` step would, with what it
 * deploys in its environment (never interpolated into the script), stopped
 * past its timeout or when the job is cancelled; what became of it, in words.
 */
async function runUserCommand(command, timeoutMs, deps, model) {
    const result = await deps.runner.script(command, {
        cwd: deps.workspace,
        env: {
            MODEL_NAME: model.name,
            MODEL_VERSION: model.version,
            MODEL_TAG: model.tag,
            MODEL_DIGEST: model.digest,
            MODEL_DIR: model.dir,
            DEPLOY_ENVIRONMENT: model.environment,
            DEPLOY_PREVIOUS_VERSION: model.previous,
            DEPLOY_ROLLBACK: String(model.rollback),
            // The command gets no token it did not ask for, as in a `run:` step.
            INPUT_TOKEN: '',
        },
        timeoutMs,
        ...(deps.cancel ? { signal: deps.cancel } : {}),
        ...(deps.killGraceMs === undefined ? {} : { killGraceMs: deps.killGraceMs }),
    });
    const detail = result.stopped === 'timeout'
        ? `stopped after ${(0,src/* formatDuration */.a3)(timeoutMs)} ('command-timeout')`
        : result.stopped === 'aborted'
            ? 'stopped: the job was cancelled'
            : `exit code ${result.exitCode}`;
    return { result, detail, passed: result.exitCode === 0 && !result.stopped };
}
const LIVE = { ok: true, reason: '', short: '' };
/**
 * Puts the planned version into the environment: the GitHub deployment, the
 * command, the health check and the record; on failure the same again for
 * the version that ran before.
 */
async function rollOut(settings, plan, dependencies, recording, steps) {
    const { environment, modelName } = settings;
    const { candidate, rollbackTarget: previous } = plan;
    // What ran before, even when its version tag is gone and it cannot be rolled back to.
    const replaced = plan.previousVersion;
    const attempts = new Attempts(settings, dependencies, steps);
    const { cancel } = dependencies;
    const deploying = `Deploying ${modelName} ${candidate.version} to ${environment}`;
    const newest = `its newest record still names ${replaced || 'no version'}`;
    if (cancel?.aborted) {
        return {
            ...nothingChanged(replaced, ''),
            cancelled: true,
            failure: `${deploying} was cancelled before the deploy command ran: ` +
                (replaced ? `${environment} still runs ${replaced}.` : `nothing was deployed to ${environment}.`),
        };
    }
    const deploymentId = await recording.startGitHubDeployment(candidate, false);
    const unchanged = nothingChanged(replaced, deploymentId === undefined ? '' : String(deploymentId));
    const attempt = await attempts.run(candidate, replaced, false, plan.modelDir);
    if (attempt.ok)
        return { ...unchanged, ...(await goLive(recording, candidate, false, deploymentId, replaced)) };
    if (attempt.cancelled) {
        await closeCancelled(dependencies, deploymentId, attempt.short);
        const running = replaced ? `${candidate.version} or still ${replaced}` : candidate.version;
        return {
            ...unchanged,
            cancelled: true,
            failure: `${deploying} was cancelled ${attempt.reason}; nothing was recorded and ${newest}. ` +
                `${environment} may be running ${running}: check it, then deploy again.`,
        };
    }
    await recording.failed(false, deploymentId, attempt.short);
    const failed = `${deploying} failed: ${attempt.reason}.`;
    if (!settings.rollback || previous === undefined || cancel?.aborted) {
        const why = cancel?.aborted
            ? 'Nothing was rolled back: the job was cancelled'
            : !settings.rollback
                ? "Nothing was rolled back ('rollback' is false)"
                : replaced
                    ? `Nothing was rolled back: the version tag of ${replaced}, which ran in ${environment} before, is gone from the registry`
                    : `Nothing was rolled back: ${environment} had no earlier version`;
        const after = replaced
            ? `; ${environment} may now run a broken ${candidate.version}, while its newest record still names ${replaced}`
            : '';
        return { ...unchanged, cancelled: cancel?.aborted === true, failure: `${failed} ${why}${after}.` };
    }
    dependencies.logger.warning(`${attempt.short}: rolling ${environment} back to ${previous.version}.`);
    const rollbackId = await recording.startGitHubDeployment(previous, true);
    const rollback = await attempts.run(previous, candidate.version, true, await attempts.rollbackFiles(previous));
    if (rollback.ok) {
        const recorded = await recording.live(previous, true, rollbackId, replaced);
        const health = settings.health ? ', which passed its health check' : '';
        return {
            ...unchanged,
            status: 'rolled-back',
            rolledBack: true,
            ...(recorded.recorded ? { recorded: true, recordedTag: recorded.tag, recordedVersion: previous.version } : {}),
            failure: `${failed} Rolled back to ${previous.version}${health}` +
                (recorded.recorded ? ` and is recorded as ${recorded.tag}.` : `. ${recorded.reason}`),
        };
    }
    if (rollback.cancelled) {
        await closeCancelled(dependencies, rollbackId, rollback.short);
        return {
            ...unchanged,
            cancelled: true,
            failure: `${failed} The rollback to ${previous.version} was cancelled ${rollback.reason}; nothing was recorded and ` +
                `${newest}. ${environment} may be running ${previous.version} or ${candidate.version}: check it, then deploy ` +
                'a version that works.',
        };
    }
    await recording.failed(true, rollbackId, rollback.short);
    return {
        ...unchanged,
        mayBeDown: true,
        recordedVersion: previous.version,
        failure: `${failed} The rollback to ${previous.version} failed too: ${rollback.reason}. ` +
            `${environment.toUpperCase()} MAY BE DOWN: check it now and deploy a version that works.`,
    };
}
/** The outcome while this run has recorded nothing: the newest record still names what ran before. */
/**
 * A version that passed its health check goes live: recorded (and its GitHub
 * deployment closed as a success), or live without a record, and why.
 */
async function goLive(recording, candidate, rollback, deploymentId, before) {
    const recorded = await recording.live(candidate, rollback, deploymentId, before);
    if (!recorded.recorded)
        return { live: true, failure: recorded.reason };
    return {
        status: 'success',
        live: true,
        recorded: true,
        recordedTag: recorded.tag,
        recordedVersion: candidate.version,
    };
}
/** The outcome of a step that changed nothing in the environment: `replaced` still runs there. */
function nothingChanged(replaced, deploymentId) {
    return {
        status: 'failed',
        failure: '',
        deploymentId,
        recordedVersion: replaced,
        recordedTag: '',
        live: false,
        recorded: false,
        rolledBack: false,
        mayBeDown: false,
        cancelled: false,
    };
}
/** Gives a cancelled GitHub deployment its final state, when there is one to close. */
async function closeCancelled(deps, id, short) {
    if (id !== undefined && deps.closeCancelled)
        await deps.closeCancelled(id, short);
}
/** Runs the command for a version, then its health check; `finish` runs the health check alone. */
class Attempts {
    settings;
    deps;
    steps;
    constructor(settings, deps, steps) {
        this.settings = settings;
        this.deps = deps;
        this.steps = steps;
    }
    /**
     * The stored files of the version a rollback restores, downloaded and
     * verified as the candidate's were; empty when it has none. A download that
     * fails is the rollback's failure: its command does not run.
     */
    async rollbackFiles(previous) {
        const step = (0,steps/* rolloutStep */.A)('Download model', true);
        if (!(0,model_files/* isStored */.m)(previous)) {
            this.steps.skip(step, `${previous.tag} was registered without a store`);
            return '';
        }
        try {
            return await this.steps.run(step, async () => {
                const files = await (0,model_files/* downloadModel */.e)(this.settings.modelName, previous, this.deps);
                return { value: files.directory, detail: `${previous.tag} verified in ${files.directory}` };
            });
        }
        catch (error) {
            if (!(0,src/* isUserError */.iU)(error))
                throw error;
            this.steps.skip((0,steps/* rolloutStep */.A)('Deploy command', true), 'its files could not be downloaded');
            return { ok: false, reason: (0,src/* messageOf */.bD)(error), short: `Files of ${previous.version} not downloaded` };
        }
    }
    /** Runs the command for `candidate` with its files in `MODEL_DIR`, then the health check; whether it is live. */
    async run(candidate, replaced, rollback, files) {
        if (typeof files !== 'string')
            return files;
        const { modelName, environment, command, commandTimeoutMs } = this.settings;
        const ran = await this.steps.run((0,steps/* rolloutStep */.A)('Deploy command', rollback), async () => {
            this.deps.logger.info(`${rollback ? 'Rolling back' : 'Deploying'} ${modelName} ${candidate.version} to ${environment}` +
                (replaced ? ` (replacing ${replaced}).` : '.'));
            await this.fetchVersionTag(candidate);
            const ran = await runUserCommand(command, commandTimeoutMs, this.deps, {
                name: modelName,
                version: candidate.version,
                tag: candidate.tag,
                digest: candidate.digest,
                dir: files,
                environment,
                previous: replaced,
                rollback,
            });
            return { value: ran.result, detail: ran.detail, result: ran.passed ? 'passed' : 'failed' };
        });
        const healthStep = (0,steps/* rolloutStep */.A)('Health check', rollback);
        if (ran.stopped === 'aborted') {
            this.steps.skip(healthStep, 'the job was cancelled');
            return { ok: false, cancelled: true, reason: 'during the deploy command', short: 'Cancelled' };
        }
        if (ran.stopped === 'timeout') {
            this.steps.skip(healthStep, 'the deploy command was stopped');
            const after = (0,src/* formatDuration */.a3)(commandTimeoutMs);
            return {
                ok: false,
                reason: `the deploy command was stopped after ${after} ('command-timeout'), with every process it started`,
                short: `Deploy command stopped after ${after}`,
            };
        }
        if (ran.exitCode !== 0) {
            this.steps.skip(healthStep, 'the deploy command failed');
            return {
                ok: false,
                reason: `the deploy command exited with code ${ran.exitCode}`,
                short: `Deploy command exited with code ${ran.exitCode}`,
            };
        }
        return this.checkHealth(candidate.version, replaced, rollback);
    }
    /** The health check of `version` once it was deployed; live without one when no `health-url` is given. */
    async checkHealth(version, replaced, rollback) {
        const health = this.settings.health;
        if (!health) {
            this.steps.skip((0,steps/* rolloutStep */.A)('Health check', rollback), "no 'health-url' given");
            return LIVE;
        }
        return this.healthCheck(version, replaced, rollback, health);
    }
    async fetchVersionTag(candidate) {
        await fetchVersionTag(candidate, this.deps, 'the deploy command runs, but git in it cannot read MODEL_TAG');
    }
    /**
     * Checks `version`; during a rollback `replaced` is the candidate that
     * failed, whose version in `health-expect` stands for the one restored.
     */
    async healthCheck(version, replaced, rollback, configured) {
        const { logger: log, clock, cancel } = this.deps;
        const url = (0,inputs/* shownUrl */.zA)(configured.url);
        const expected = expectedText(configured.expect, version, rollback ? replaced : version);
        const health = { ...configured, expect: expected.text };
        if (expected.replacedCandidate) {
            log.notice(`'health-expect' names ${replaced}, the version being replaced: the rollback's health check expects ` +
                `${version} in its place. Write '{version}' in 'health-expect' for the version under check.`);
        }
        return this.steps.run((0,steps/* rolloutStep */.A)('Health check', rollback), async () => {
            log.info(`Checking ${url} every ${health.intervalMs / 1000} s for up to ${health.timeoutMs / 1000} s` +
                (health.expect ? `, until a 2xx response contains the expected text.` : ', until a 2xx response.'));
            const outcome = await waitUntilHealthy(health, {
                ...(clock ? { clock } : {}),
                ...(cancel ? { signal: cancel } : {}),
                progress: (line) => log.info(line),
            });
            if (outcome.cancelled) {
                const cancelled = {
                    ok: false,
                    cancelled: true,
                    reason: 'during the health check',
                    short: 'Cancelled',
                };
                return { value: cancelled, detail: 'stopped: the job was cancelled', result: 'failed' };
            }
            if (outcome.healthy) {
                const detail = `HTTP ${outcome.last.status} after ${outcome.attempts} ${outcome.attempts === 1 ? 'attempt' : 'attempts'}`;
                return { value: LIVE, detail };
            }
            if (outcome.last.body !== '') {
                log.info('The start of the last response body:');
                log.untrusted(bodyStart(outcome.last));
            }
            const last = outcome.last.status === undefined ? 'no response' : `HTTP ${outcome.last.status}`;
            const attempt = {
                ok: false,
                reason: describeFailure(health, outcome, url),
                short: `Health check failed: ${last}`,
            };
            return { value: attempt, detail: `${last} after ${outcome.attempts} attempts`, result: 'failed' };
        });
    }
}
/**
 * Makes MODEL_TAG readable with git in the workspace, which a shallow
 * checkout without tags cannot do otherwise. A deploy that never reads it
 * still works without it, so a failure here is a warning (`then` says what follows).
 */
async function fetchVersionTag(candidate, deps, then) {
    try {
        await deps.registry.fetchVersionTag(candidate.registered);
    }
    catch (error) {
        deps.logger.warning(`Could not fetch ${candidate.tag} into the workspace (${(0,src/* messageOf */.bD)(error)}): ${then}.`);
    }
}


/***/ }),

/***/ 7843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ rolloutStep),
/* harmony export */   g: () => (/* binding */ Steps)
/* harmony export */ });
/* harmony import */ var _mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(172);

/** The name of a rollout phase, for the candidate or for the rollback. */
function rolloutStep(name, rollback) {
    return rollback ? `Rollback: ${name}` : name;
}
/**
 * The steps of one deploy: each runs in a log group and is kept, in order,
 * for the summary.
 */
class Steps {
    log;
    reports = [];
    constructor(log) {
        this.log = log;
    }
    /** Runs one step. A thrown error marks it failed and propagates. */
    async run(name, work) {
        const started = Date.now();
        const entry = { name, result: 'failed', detail: '', durationMs: 0 };
        this.reports.push(entry);
        try {
            const { value, detail, result } = await this.log.group(name, async () => {
                const done = await work();
                this.log.info(`${name}: ${done.detail}.`);
                return done;
            });
            entry.result = result ?? 'passed';
            entry.detail = detail;
            return value;
        }
        catch (error) {
            entry.detail = (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(error) ? (0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error) : `internal error: ${(0,_mlops_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}`;
            throw error;
        }
        finally {
            entry.durationMs = Date.now() - started;
        }
    }
    skip(name, why) {
        this.log.info(`${name}: skipped (${why}).`);
        this.reports.push({ name, result: 'skipped', detail: why, durationMs: 0 });
    }
}


/***/ }),

/***/ 172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ci: () => (/* reexport */ BoundedSummary),
  G0: () => (/* reexport */ Inputs),
  kZ: () => (/* reexport */ OutputFileError),
  yo: () => (/* reexport */ errors_UserError),
  DI: () => (/* reexport */ actionsCommandRunner),
  MV: () => (/* reexport */ actionsLogger),
  EB: () => (/* reexport */ byteProgress),
  aY: () => (/* reexport */ code),
  lD: () => (/* reexport */ createGit),
  z3: () => (/* reexport */ formatBytes),
  a3: () => (/* reexport */ formatDuration),
  Ic: () => (/* reexport */ inertMarkdown),
  iU: () => (/* reexport */ isUserError),
  $l: () => (/* reexport */ maskSecret),
  Hg: () => (/* reexport */ mermaidText),
  bD: () => (/* reexport */ messageOf),
  Xw: () => (/* reexport */ parseCommaList),
  E1: () => (/* reexport */ parseList),
  s0: () => (/* reexport */ pathExists),
  hD: () => (/* reexport */ inputs_quote),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs),
  PI: () => (/* reexport */ timeLimitMs),
  CX: () => (/* reexport */ workflowRunUrl),
  xq: () => (/* reexport */ workspaceDirectory),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: GIT_TIMEOUT_MS, OutputTail, PUSH_PERMISSION_HINT, STEP_SUMMARY_LIMIT, cell, environmentWith, explainError, findFiles, holdsWorkflowCommand, isPackageError, printInert, runnerInputs

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
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
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


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat: io_util_stat, symlink, unlink } = external_fs_.promises;
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
const READONLY = external_fs_.constants.O_RDONLY;
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
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
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
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
            const exitCode = code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 0);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
        const absolute = (0,external_node_path_.resolve)(workspaceDirectory(), relative);
        let isDirectory = false;
        try {
            isDirectory = (0,external_node_fs_.statSync)(absolute).isDirectory();
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
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


const { access, appendFile, writeFile } = external_fs_.promises;
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
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
        return this.addRaw(external_os_.EOL);
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
const platform = external_os_.platform();
const arch = external_os_.arch();
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
    process.stdout.write(external_os_.EOL);
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
    process.stdout.write(message + external_os_.EOL);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./packages/paths/lib/src/index.js + 1 modules
var src = __nccwpck_require__(9225);
;// CONCATENATED MODULE: ./packages/action-kit/lib/src/files.js





/** True when something is at `path` (a link counts when what it points at exists). */
async function pathExists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
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













/***/ }),

/***/ 8292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ statusDescription),
/* harmony export */   Fj: () => (/* binding */ isProductionEnvironment),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   sC: () => (/* binding */ DEFAULT_API_LIMITS)
/* harmony export */ });
/* unused harmony export STATUS_DESCRIPTION_LIMIT */
/**
 * Environments people treat as production. GitHub marks a deployment as
 * production only when told (its default covers the exact name `production`),
 * and the Environments page and deployment protection rely on the flag.
 */
function isProductionEnvironment(environment) {
    const name = environment.toLowerCase();
    return name === 'prod' || name === 'prd' || name.startsWith('production');
}
/** Parses `GITHUB_REPOSITORY`; `undefined` when it is not `owner/repo`. */
function parseRepository(text) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** GitHub's limit for a status description. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** A description GitHub will accept: one line, at most 140 characters. */
function statusDescription(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > STATUS_DESCRIPTION_LIMIT ? `${line.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…` : line;
}
const DEFAULT_API_LIMITS = {
    requestTimeoutMs: 30_000,
    serverErrorRetries: 3,
    rateLimitRetries: 2,
    maxRateLimitWaitSeconds: 60,
    writeIntervalMs: 1_000,
    notifyingWriteIntervalMs: 3_000,
};
/** A GitHub API call that failed after its retries; `status` is 0 when no response came. */
class GitHubApiError extends Error {
    status;
    outOfTime;
    alreadyExists;
    name = 'GitHubApiError';
    constructor(message, status, 
    /** The call's deadline came before an answer (`CallOptions.deadline`). */
    outOfTime = false, 
    /** GitHub's 422 `already_exists`: what the call would create is there (a release of the tag, an asset of the name). */
    alreadyExists = false) {
        super(message);
        this.status = status;
        this.outOfTime = outOfTime;
        this.alreadyExists = alreadyExists;
    }
    /**
     * GitHub refused the token: a 403 that is not a rate limit, or a 404 for a
     * repository the token cannot see. The job lacks a permission.
     */
    get refusedAccess() {
        return (this.status === 403 && !/rate limit/i.test(this.message)) || this.status === 404;
    }
}


/***/ }),

/***/ 9225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uI: () => (/* reexport */ leadsInside),
  oG: () => (/* reexport */ realPathInside)
});

// UNUSED EXPORTS: isInside

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
function isInside(path, folder) {
    const inside = (0,external_node_path_.relative)(folder, path);
    return inside === '' || (inside !== '..' && !inside.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(inside));
}
/**
 * The real path of `path` (every symbolic link followed, `..` resolved) when
 * it is `folder` or lies below it, `folder` resolved the same way; undefined
 * when it leads anywhere else. A path that does not exist, a broken link or a
 * loop of links throws `realpath`'s error (`ENOENT`, `ELOOP`), for the caller
 * to word. Nothing is read from the file itself.
 */
async function realPathInside(path, folder) {
    const real = await (0,promises_.realpath)(path);
    const realFolder = await (0,promises_.realpath)(folder).catch(() => (0,external_node_path_.resolve)(folder));
    return isInside(real, realFolder) ? real : undefined;
}
/**
 * Whether `path`, which may not exist yet, would be `folder` or below it once
 * the links of its existing part are followed (`folder` resolved the same
 * way): for a folder an action is about to write, or one a record names.
 */
async function leadsInside(path, folder) {
    const realFolder = await (0,promises_.realpath)(folder).catch(() => (0,external_node_path_.resolve)(folder));
    let existing = (0,external_node_path_.resolve)(path);
    const rest = [];
    for (;;) {
        try {
            return isInside((0,external_node_path_.join)(await (0,promises_.realpath)(existing), ...rest.reverse()), realFolder);
        }
        catch (error) {
            const parent = (0,external_node_path_.dirname)(existing);
            // ENOTDIR: a file on the way; whoever writes there reports it.
            const code = error.code;
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing)
                throw error;
            rest.push((0,external_node_path_.basename)(existing));
            existing = parent;
        }
    }
}

;// CONCATENATED MODULE: ./packages/paths/lib/src/index.js



/***/ }),

/***/ 8808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s$: () => (/* reexport */ DEPLOYMENT_SCHEMA),
  OR: () => (/* reexport */ Registry),
  gl: () => (/* reexport */ errors_RegistryError),
  aC: () => (/* reexport */ RemoteTimeoutError),
  Jt: () => (/* reexport */ assertRegistryName),
  Pf: () => (/* reexport */ isOneLine),
  QI: () => (/* reexport */ isRegistryVersion),
  ap: () => (/* reexport */ names_versionTagName)
});

// UNUSED EXPORTS: BOT_IDENTITY, BUMPS, ForeignTagError, MANIFEST_SCHEMA, REGISTRY_NAME_PATTERN, VERSION_RULE, assertExplicitVersion, assignmentOfTag, backoff, compareVersions, deploymentFromTag, environmentTagName, formatTagMessage, isRegistryName, manifestFromTag, nextVersion, parseRegistryVersion, parseTagDocument, registerVersion, retryOnConflict

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

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(8500);
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
    await (0,promises_.setTimeout)(50 + Math.random() * ceiling);
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
const DIGEST = /^sha256:[0-9a-f]{64}$/;
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
        if (!DIGEST.test(value))
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
            await (0,promises_.setTimeout)(50 + Math.random() * 100 * attempt);
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ var __webpack_exports__ = __nccwpck_require__(1456);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
