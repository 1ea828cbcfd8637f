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

/***/ 6365:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3566);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3566:
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
class UserError extends Error {
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
    return error instanceof UserError || isPackageError(error);
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


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
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
            yield stat(fsPath);
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
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
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
            stats = yield stat(filePath);
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
                stats = yield stat(filePath);
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
            throw new UserError(`Input '${name}' is required: set it in the step's 'with:'.`);
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
        throw new UserError(`Input '${name}' must be 'true' or 'false', not ${quote(value)}.`);
    }
    integer(name, fallback, range = {}) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
        if (!/^[+-]?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
            throw new UserError(`Input '${name}' must be a whole number${describeRange(min, max)}, not ${quote(value)}.`);
        }
        return Number(value);
    }
    /** A positive number of seconds, fractions allowed (`0.5`). */
    seconds(name, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
            throw new UserError(`Input '${name}' must be a positive number of seconds, such as '30', not ${quote(value)}.`);
        }
        return Number(value);
    }
    choice(name, choices, fallback) {
        const value = this.string(name);
        if (value === '')
            return fallback;
        if (choices.includes(value))
            return value;
        throw new UserError(`Input '${name}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}, not ${quote(value)}.`);
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
            throw new UserError(`Input '${name}' is ${quote(relative)}, which is not a directory in the workspace. ` +
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
            throw new UserError(`Input '${name}' must be a remote name such as 'origin' or a repository URL, not ${quote(remote)}.`);
        }
        return remote;
    }
    /** A value that must match `pattern`; `what` says in words what is accepted. */
    matching(name, pattern, what, fallback = '') {
        const value = this.string(name, fallback);
        if (value !== '' && !pattern.test(value)) {
            throw new UserError(`Input '${name}' must be ${what}, not ${quote(value)}.`);
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
function quote(value, max = 80) {
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


const { access: summary_access, appendFile, writeFile } = external_fs_.promises;
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
                yield summary_access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
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
function isInside(path, folder) {
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
async function realPathInside(path, folder) {
    const real = await (0,promises_namespaceObject.realpath)(path);
    const realFolder = await (0,promises_namespaceObject.realpath)(folder).catch(() => (0,external_node_path_namespaceObject.resolve)(folder));
    return isInside(real, realFolder) ? real : undefined;
}
/**
 * Whether `path`, which may not exist yet, would be `folder` or below it once
 * the links of its existing part are followed (`folder` resolved the same
 * way): for a folder an action is about to write, or one a record names.
 */
async function leadsInside(path, folder) {
    const realFolder = await realpath(folder).catch(() => resolve(folder));
    let existing = resolve(path);
    const rest = [];
    for (;;) {
        try {
            return isInside(join(await realpath(existing), ...rest.reverse()), realFolder);
        }
        catch (error) {
            const parent = dirname(existing);
            // ENOTDIR: a file on the way; whoever writes there reports it.
            const code = error.code;
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing)
                throw error;
            rest.push(basename(existing));
            existing = parent;
        }
    }
}

;// CONCATENATED MODULE: ./packages/paths/lib/src/index.js


;// CONCATENATED MODULE: ./packages/action-kit/lib/src/files.js





/** True when something is at `path` (a link counts when what it points at exists). */
async function pathExists(path) {
    return access(path).then(() => true, () => false);
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
        const rootStat = await (0,promises_namespaceObject.stat)(root).catch(() => undefined);
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
    const shown = root !== directory && isInside(root, directory) ? (0,external_node_path_namespaceObject.relative)(directory, root) : root;
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
    if ((0,external_node_path_namespaceObject.isAbsolute)(pattern)) {
        const glob = (0,external_node_path_namespaceObject.normalize)(pattern);
        const root = literalPrefix(glob);
        return { glob, root, literal: root === glob };
    }
    // `../x` climbs out of the directory before any glob syntax can start.
    let base = directory;
    let rest = (0,external_node_path_namespaceObject.normalize)(pattern);
    while (rest === '..' || rest.startsWith('../')) {
        base = (0,external_node_path_namespaceObject.dirname)(base);
        rest = rest.slice(3);
    }
    if (rest === '.' || rest === './')
        rest = '';
    const segments = rest.split('/').filter((segment) => segment !== '');
    const magic = segments.findIndex((segment) => MAGIC.test(segment));
    const root = (0,external_node_path_namespaceObject.join)(base, ...(magic === -1 ? segments : segments.slice(0, magic)));
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
        entries = await (0,promises_namespaceObject.opendir)(folder);
    }
    catch {
        return; // A folder that cannot be listed has nothing we could read.
    }
    for await (const entry of entries) {
        const path = (0,external_node_path_namespaceObject.join)(folder, entry.name);
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
            if (error instanceof UserError)
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
class OutputFileError extends UserError {
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
    const { octokitIssueComments } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(910)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7910));
    return octokitIssueComments(connection);
}
/** The check runs API over Octokit (see `connectDeployments`: Octokit loads on first use). */
async function connectCheckRuns(connection) {
    const { octokitCheckRuns } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(447)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1447));
    return octokitCheckRuns(connection);
}

;// CONCATENATED MODULE: ./packages/gate/lib/src/errors.js
/**
 * A threshold rule or a metrics document the user must fix; the message
 * quotes what was wrong. Anything else the package throws is a plain `Error`.
 */
class GateError extends Error {
    code;
    name = 'GateError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./packages/gate/lib/src/rules.js

const COMPARISONS = (/* unused pure expression or super */ null && (['>=', '<=', '>', '<', '==']));
const NUMBER = String.raw `[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const RULE = /^(?<metric>[^\s<>=!]+)\s*(?<comparison>>=|<=|==|>|<)\s*(?<target>.*)$/;
const FIXED = new RegExp(`^${NUMBER}$`);
const FROM_BASELINE = new RegExp(`^baseline(?:\\s*(?<operator>[-+*])\\s*(?<amount>${NUMBER}))?$`);
const RULE_GRAMMAR = "'<metric> <op> <number>' or '<metric> <op> baseline [+|-|*] <number>', with <op> one of >= <= > < ==" +
    " (for example 'eval.accuracy >= 0.85' or 'eval.perplexity <= baseline * 1.05')";
/** Parses one rule; a line that does not parse is a `GateError` that quotes it. */
function parseRule(line) {
    const text = line.trim();
    const match = RULE.exec(text);
    if (!match?.groups) {
        throw new GateError('invalid-rule', `The threshold rule ${JSON.stringify(text)} does not parse: write it as ${RULE_GRAMMAR}.`);
    }
    const { metric, comparison, target } = match.groups;
    const rhs = target.trim();
    if (FIXED.test(rhs)) {
        const value = finiteNumber(rhs, text);
        return { metric, comparison: comparison, target: { kind: 'number', value } };
    }
    const baseline = FROM_BASELINE.exec(rhs);
    if (baseline?.groups) {
        const { operator, amount } = baseline.groups;
        const rule = { metric, comparison: comparison, target: { kind: 'baseline' } };
        if (operator !== undefined) {
            rule.target = {
                kind: 'baseline',
                adjustment: { operator: operator, amount: finiteNumber(amount, text) },
            };
        }
        return rule;
    }
    throw new GateError('invalid-rule', `The threshold rule ${JSON.stringify(text)} does not parse: ${JSON.stringify(rhs)} after '${comparison}' ` +
        `is neither a number nor 'baseline [+|-|*] <number>'. Write the rule as ${RULE_GRAMMAR}.`);
}
/** `1e400` reads as Infinity, which every value is below: a rule that could never fail (or never pass). */
function finiteNumber(written, rule) {
    const value = Number(written);
    if (!Number.isFinite(value)) {
        throw new GateError('invalid-rule', `The threshold rule ${JSON.stringify(rule)} does not parse: ${written} is too large to compare with; ` +
            'write a number within the range of a double (about 1.8e308).');
    }
    return value;
}
/** Parses every rule, in order. */
function parseRules(lines) {
    return lines.map(parseRule);
}
/** The rule written the canonical way, as the summary shows it. */
function formatRule(rule) {
    return `${rule.metric} ${rule.comparison} ${formatTarget(rule.target)}`;
}
/** The right-hand side of a rule, written canonically. */
function formatTarget(target) {
    if (target.kind === 'number')
        return String(target.value);
    if (!target.adjustment)
        return 'baseline';
    return `baseline ${target.adjustment.operator} ${target.adjustment.amount}`;
}

;// CONCATENATED MODULE: ./packages/gate/lib/src/metrics.js

/**
 * The value at a dot path (`eval.accuracy`). A key that itself contains dots
 * is found too (`{"eval.accuracy": 0.9}`), since flat metric names with dots
 * are common. A path that reads two values in the document (that flat key
 * beside `{"eval": {"accuracy": 0.5}}`) is a `GateError`: which one the rule
 * means cannot be told, and picking one would let the other pass unseen.
 * `document` names the metrics in that error (`the baseline`).
 */
function metricAt(metrics, path, document = 'the metrics') {
    const found = readings(metrics, path.split('.'), 2);
    if (found.length > 1) {
        throw new GateError('ambiguous-metric', `The path ${path} reads two values in ${document}: ${found.map(shape).join(' and ')}. ` +
            'Keep one of them, so that the rule reads one value.');
    }
    const value = found[0]?.value;
    if (value === undefined)
        return { kind: 'missing' };
    if (typeof value === 'number' && Number.isFinite(value))
        return { kind: 'number', value };
    const json = JSON.stringify(value);
    return { kind: 'not-a-number', shown: json.length > 40 ? `${json.slice(0, 39)}…` : json };
}
/** Up to `limit` ways the segments read a value in `node`, longest keys first. */
function readings(node, segments, limit) {
    if (segments.length === 0)
        return node === undefined ? [] : [{ keys: [], value: node }];
    if (!isObject(node) && !Array.isArray(node))
        return [];
    const record = node;
    const found = [];
    for (let take = segments.length; take >= 1 && found.length < limit; take--) {
        const key = segments.slice(0, take).join('.');
        if (!Object.hasOwn(record, key))
            continue;
        for (const rest of readings(record[key], segments.slice(take), limit - found.length)) {
            found.push({ keys: [key, ...rest.keys], value: rest.value });
        }
    }
    return found;
}
/** A reading as the JSON it comes from, without its value: `{"eval": {"accuracy": …}}`. */
function shape({ keys }) {
    return keys.reduceRight((inner, key) => `{${JSON.stringify(key)}: ${inner}}`, '…');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/gate/lib/src/metrics-file.js



/**
 * Metrics travel in a version tag's message and in summaries: a file larger
 * than this is not a metrics summary (per-example predictions, a log).
 */
const METRICS_FILE_LIMIT = 256 * 1024;
/**
 * Objects and arrays nested deeper than this are refused before parsing:
 * no evaluation writes them, and every reader that walks the document
 * (dot paths, the summary, `JSON.stringify` of the manifest) would run out
 * of stack on them.
 */
const METRICS_DEPTH_LIMIT = 32;
/**
 * A metrics file that cannot be used. `reason` completes a sentence whose
 * subject is the file (`does not exist`, `is not valid JSON (line 2, column 1:
 * expected a value)`); it never quotes the file's content.
 */
class MetricsFileError extends GateError {
    problem;
    reason;
    name = 'MetricsFileError';
    constructor(problem, reason, subject = 'The metrics file') {
        super('metrics-file', `${subject} ${reason}`);
        this.problem = problem;
        this.reason = reason;
    }
}
/**
 * Reads a JSON object of metrics from `path`: a regular file inside the
 * workspace, at most `METRICS_FILE_LIMIT` bytes, valid JSON nested at most
 * `METRICS_DEPTH_LIMIT` deep, holding an object. Anything else is a
 * `MetricsFileError`.
 */
async function readMetricsFile(path, { workspace }) {
    let real;
    try {
        real = await realPathInside(path, workspace);
    }
    catch (error) {
        throw openError(error);
    }
    if (real === undefined) {
        throw new MetricsFileError('outside-workspace', 'resolves outside the workspace (symbolic links are followed); metrics are read only from files of the checkout');
    }
    const file = await (0,promises_namespaceObject.open)(real, 'r').catch((error) => {
        throw openError(error);
    });
    try {
        const stats = await file.stat();
        if (!stats.isFile())
            throw new MetricsFileError('not-a-file', 'is not a file');
        if (stats.size > METRICS_FILE_LIMIT)
            throw tooLarge(stats.size);
        // Read one byte past the bound: a file that grew since `stat` is still caught.
        const buffer = Buffer.alloc(METRICS_FILE_LIMIT + 1);
        const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
        if (bytesRead > METRICS_FILE_LIMIT)
            throw tooLarge(bytesRead);
        return parseMetrics(buffer.subarray(0, bytesRead).toString('utf8'));
    }
    finally {
        await file.close();
    }
}
/**
 * Parses a metrics document: valid JSON, nested at most
 * `METRICS_DEPTH_LIMIT` deep, holding an object. `subject` names it in the
 * error message.
 */
function parseMetrics(text, subject) {
    const problem = jsonProblem(text, METRICS_DEPTH_LIMIT);
    if (problem?.kind === 'depth') {
        throw new MetricsFileError('too-deep', `nests objects or arrays more than ${METRICS_DEPTH_LIMIT} levels deep (${where(text, problem.offset)}); ` +
            'write the metrics as a shallow object such as {"eval": {"accuracy": 0.91}}', subject);
    }
    if (problem) {
        throw new MetricsFileError('not-json', `is not valid JSON (${where(text, problem.offset)}: ${problem.expected})`, subject);
    }
    const document = JSON.parse(text);
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new MetricsFileError('not-an-object', `holds ${kindOf(document)}, not a JSON object of metrics such as {"eval": {"accuracy": 0.91}}`, subject);
    }
    return document;
}
function openError(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new MetricsFileError('missing', 'does not exist');
    if (code === 'EISDIR')
        return new MetricsFileError('not-a-file', 'is not a file');
    return new MetricsFileError('unreadable', `cannot be read (${code ?? 'unknown error'})`);
}
function tooLarge(size) {
    return new MetricsFileError('too-large', `is ${Math.ceil(size / 1024)} KiB, over the ${METRICS_FILE_LIMIT / 1024} KiB a metrics file may hold ` +
        '(summary numbers, not per-example results)');
}
function kindOf(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
/** `line 2, column 5` of a character offset. */
function where(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return `line ${line}, column ${offset - lineStart + 1}`;
}
const metrics_file_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * Where `text` first breaks the JSON grammar or nests deeper than
 * `maxDepth`, or undefined when it is valid JSON. Iterative, so no input can
 * exhaust the stack, and it reports a position rather than quoting the text
 * (V8's own message quotes it, and the file is untrusted).
 */
function jsonProblem(text, maxDepth) {
    const open = [];
    let expect = 'value';
    let i = 0;
    const syntax = (expected) => ({ kind: 'syntax', offset: i, expected });
    const afterValue = () => (open.length === 0 ? 'end' : 'comma-or-close');
    for (;;) {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
        if (i >= text.length) {
            return expect === 'end' ? undefined : syntax('the text ends early');
        }
        const c = text[i];
        switch (expect) {
            case 'value':
            case 'value-or-close':
                if (expect === 'value-or-close' && c === ']') {
                    open.pop();
                    i++;
                    expect = afterValue();
                }
                else if (c === '{' || c === '[') {
                    open.push(c);
                    if (open.length > maxDepth)
                        return { kind: 'depth', offset: i, expected: '' };
                    expect = c === '{' ? 'key-or-close' : 'value-or-close';
                    i++;
                }
                else if (c === '"') {
                    const end = stringEnd(text, i);
                    if (end < 0)
                        return { kind: 'syntax', offset: -end - 1, expected: 'a valid string' };
                    i = end;
                    expect = afterValue();
                }
                else if (text.startsWith('true', i) || text.startsWith('null', i)) {
                    i += 4;
                    expect = afterValue();
                }
                else if (text.startsWith('false', i)) {
                    i += 5;
                    expect = afterValue();
                }
                else {
                    metrics_file_NUMBER.lastIndex = i;
                    if (!metrics_file_NUMBER.test(text))
                        return syntax('expected a value');
                    i = metrics_file_NUMBER.lastIndex;
                    expect = afterValue();
                }
                break;
            case 'key-or-close':
            case 'key':
                if (expect === 'key-or-close' && c === '}') {
                    open.pop();
                    i++;
                    expect = afterValue();
                }
                else if (c === '"') {
                    const end = stringEnd(text, i);
                    if (end < 0)
                        return { kind: 'syntax', offset: -end - 1, expected: 'a valid string' };
                    i = end;
                    expect = 'colon';
                }
                else {
                    return syntax('expected a property name in double quotes');
                }
                break;
            case 'colon':
                if (c !== ':')
                    return syntax("expected ':'");
                i++;
                expect = 'value';
                break;
            case 'comma-or-close': {
                const container = open[open.length - 1];
                const close = container === '{' ? '}' : ']';
                if (c === ',') {
                    expect = container === '{' ? 'key' : 'value';
                    i++;
                }
                else if (c === close) {
                    open.pop();
                    i++;
                    expect = afterValue();
                }
                else {
                    return syntax(`expected ',' or '${close}'`);
                }
                break;
            }
            case 'end':
                return syntax('expected the end of the text after the JSON value');
        }
    }
}
/**
 * The offset after the string that starts at `start`, or `-(offset + 1)` of
 * the character that breaks it (a control character, a bad escape, the end).
 */
function stringEnd(text, start) {
    let i = start + 1;
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === 0x22)
            return i + 1;
        if (code < 0x20)
            return -(i + 1);
        if (code === 0x5c) {
            const next = text[i + 1];
            if (next === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                    return -(i + 1);
                i += 6;
            }
            else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
                i += 2;
            }
            else {
                return -(i + 1);
            }
        }
        else {
            i++;
        }
    }
    return -(i + 1);
}

;// CONCATENATED MODULE: ./packages/gate/lib/src/evaluate.js


/**
 * Checks every rule against the metrics and, for rules written against
 * `baseline`, the baseline's value of the same metric. A metric missing from
 * `metrics` fails its rule; a rule on `baseline` with no baseline (or a
 * baseline without that metric) is skipped, not failed, and `skip` says which.
 * A rule's path that reads two values in either document is a `GateError`.
 */
function evaluateGate(rules, metrics, baseline) {
    const rows = rules.map((rule) => evaluateRule(rule, metrics, baseline));
    return { verdict: overallVerdict(rows), rows };
}
function evaluateRule(rule, metrics, baseline) {
    const row = {
        metric: rule.metric,
        rule: formatRule(rule),
        comparison: rule.comparison,
        target: formatTarget(rule.target),
        verdict: 'skipped',
    };
    const current = metricAt(metrics, rule.metric);
    const fromBaseline = baseline ? metricAt(baseline, rule.metric, 'the baseline') : undefined;
    if (fromBaseline?.kind === 'number')
        row.baseline = fromBaseline.value;
    if (current.kind === 'missing') {
        return { ...row, verdict: 'failed', reason: `${rule.metric} is not in the metrics` };
    }
    if (current.kind === 'not-a-number') {
        return { ...row, verdict: 'failed', reason: `${rule.metric} is ${current.shown}, not a number` };
    }
    row.value = current.value;
    const { target } = rule;
    let threshold;
    if (target.kind === 'number') {
        threshold = target.value;
    }
    else {
        if (!baseline)
            return { ...row, skip: 'no-baseline', reason: 'there is no baseline' };
        if (fromBaseline?.kind === 'missing') {
            return { ...row, skip: 'not-in-baseline', reason: `the baseline has no ${rule.metric}` };
        }
        if (fromBaseline?.kind !== 'number') {
            const reason = `the baseline's ${rule.metric} is ${fromBaseline?.shown ?? '?'}, not a number`;
            return { ...row, skip: 'baseline-not-a-number', reason };
        }
        threshold = fromBaseline.value;
        const { adjustment } = target;
        if (adjustment)
            threshold = adjust(threshold, adjustment.operator, adjustment.amount);
    }
    row.threshold = threshold;
    const passed = evaluate_compare(current.value, rule.comparison, threshold);
    return passed
        ? { ...row, verdict: 'passed' }
        : { ...row, verdict: 'failed', reason: `${current.value} is not ${rule.comparison} ${threshold}` };
}
/**
 * A threshold derived from the baseline, rounded to 12 significant digits so
 * that binary fractions do not decide a verdict (0.56 - 0.1 is 0.46, not
 * 0.4600000000000001).
 */
function adjust(value, operator, amount) {
    const exact = operator === '+' ? value + amount : operator === '-' ? value - amount : value * amount;
    return significant(exact);
}
/**
 * Compares at 12 significant digits, for the same reason: an evaluation that
 * adds 0.1 and 0.2 writes 0.30000000000000004, which is `== 0.3` to anyone
 * reading the rule (and would otherwise fail as "0.3 is not == 0.3").
 */
function evaluate_compare(metric, comparison, bound) {
    const value = significant(metric);
    const threshold = significant(bound);
    switch (comparison) {
        case '>=':
            return value >= threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '<':
            return value < threshold;
        case '==':
            return value === threshold;
    }
}
function significant(value) {
    return Number(value.toPrecision(12));
}
function overallVerdict(rows) {
    if (rows.some((row) => row.verdict === 'failed'))
        return 'failed';
    if (rows.some((row) => row.verdict === 'passed'))
        return 'passed';
    return 'skipped';
}

;// CONCATENATED MODULE: ./packages/gate/lib/src/index.js






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

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
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
    if (!records_isObject(document) || document['schema'] !== schema) {
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
        if (!records_isObject(value))
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
            if (!records_isObject(entry))
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
function records_isObject(value) {
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








;// CONCATENATED MODULE: ./actions/test/lib/src/pull-request.js

/** The events whose payload names the pull request a run is for. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** The runner writes the payload; a pull request's is far smaller, but a huge one is not read whole. */
const EVENT_PAYLOAD_LIMIT = 25 * 1024 * 1024;
/**
 * The pull request of a `pull_request` or `pull_request_target` run, or of a
 * `workflow_run` started by one (GitHub lists it there for a branch of the
 * same repository; for a fork's, its head branch and commit); undefined for
 * any other run, or when the payload names none. The payload holds text anyone who opens a pull request writes: only
 * the number and the head commit are read, and each is checked for its shape.
 */
function pullRequestOf(env) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (!PULL_REQUEST_EVENTS.includes(event) && event !== 'workflow_run')
        return undefined;
    const payload = readPayload(env['GITHUB_EVENT_PATH']);
    if (payload === undefined)
        return undefined;
    if (event === 'workflow_run') {
        const run = field(payload, 'workflow_run');
        const pullRequests = field(run, 'pull_requests');
        const first = Array.isArray(pullRequests) ? pullRequests[0] : undefined;
        if (first !== undefined || field(run, 'event') !== 'pull_request') {
            return pullRequestFrom(field(first, 'number'), field(run, 'head_sha'));
        }
        return forkHead(run);
    }
    const pullRequest = field(payload, 'pull_request');
    return pullRequestFrom(field(pullRequest, 'number') ?? field(payload, 'number'), field(field(pullRequest, 'head'), 'sha'));
}
function pullRequestFrom(number, sha) {
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        return undefined;
    return isCommitSha(sha) ? { number, headSha: sha } : { number };
}
/** The head of a fork's pull request, from a `workflow_run`: its owner, branch and commit, each of a checked shape. */
function forkHead(run) {
    const owner = field(field(field(run, 'head_repository'), 'owner'), 'login');
    const branch = field(run, 'head_branch');
    const sha = field(run, 'head_sha');
    if (typeof owner !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner))
        return undefined;
    // What git accepts in a branch name, and nothing that would change the `owner:branch` query.
    if (typeof branch !== 'string' || branch.length === 0 || branch.length > 255 || !isBranchName(branch))
        return undefined;
    if (!isCommitSha(sha))
        return undefined;
    return { head: { owner, branch, sha }, headSha: sha };
}
/** No space, control character or what git refuses in a branch name (`~ ^ : ? * [ \\`). */
function isBranchName(branch) {
    return ![...branch].some((character) => {
        const code = character.charCodeAt(0);
        return code <= 0x20 || code === 0x7f || '~^:?*[\\'.includes(character);
    });
}
function isCommitSha(value) {
    return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}
function readPayload(path) {
    if (!path)
        return undefined;
    try {
        if ((0,external_node_fs_namespaceObject.statSync)(path).size > EVENT_PAYLOAD_LIMIT)
            return undefined;
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function field(value, name) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value[name]
        : undefined;
}

;// CONCATENATED MODULE: ./actions/test/lib/src/inputs.js






const DEFAULT_REPORTS = '**/junit*.xml';
const BASELINE_ENVIRONMENT = 'environment:';
/**
 * Reads and checks every input of the test action, once, before anything
 * runs. `token` is read first and handed to `secret` (masking) before any
 * other input could print it.
 */
function readSettings(inputs = new Inputs(), env = process.env, secret = maskSecret) {
    const token = inputs.string('token');
    if (token !== '')
        secret(token);
    const workspace = workspaceDirectory();
    const workingDirectory = inputs.directory('working-directory');
    const rules = parseRules(inputs.list('thresholds'));
    const metricsInput = inputs.string('metrics');
    if (rules.length > 0 && metricsInput === '') {
        throw new UserError("Input 'thresholds' needs 'metrics': set 'metrics' to the JSON file of evaluation metrics the rules read.");
    }
    const modelName = inputs.string('model-name');
    if (modelName !== '')
        assertRegistryName('model', modelName);
    const settings = {
        workspace,
        workingDirectory,
        command: inputs.string('command'),
        reports: inputs.list('reports'),
        rules,
        baseline: baselineSetting(inputs.string('baseline'), modelName, workingDirectory),
        failOn: failOnSetting(inputs.string('fail-on', 'tests,gate')),
        maxAnnotations: inputs.integer('max-annotations', 10, { min: 0 }),
        modelName,
    };
    const publish = publishSettings(inputs, token, modelName, env);
    if (publish)
        settings.publish = publish;
    if (settings.reports.length === 0)
        settings.reports = [DEFAULT_REPORTS];
    if (metricsInput !== '')
        settings.metrics = { path: (0,external_node_path_namespaceObject.resolve)(workingDirectory, metricsInput), input: metricsInput };
    return settings;
}
function baselineSetting(value, model, workingDirectory) {
    if (value === '')
        return { kind: 'none' };
    if (!value.startsWith(BASELINE_ENVIRONMENT)) {
        return { kind: 'file', path: (0,external_node_path_namespaceObject.resolve)(workingDirectory, value), input: value };
    }
    const environment = value.slice(BASELINE_ENVIRONMENT.length).trim();
    if (environment === '') {
        throw new UserError(`Input 'baseline' is ${quote(value)}: name the environment, as in 'environment:production'.`);
    }
    assertRegistryName('environment', environment);
    if (model === '') {
        throw new UserError(`Input 'baseline' is ${quote(value)}, which reads the version deployed there from the model registry: ` +
            "set 'model-name' to the registered model's name.");
    }
    return { kind: 'environment', environment, model };
}
/** `tests`, `gate`, both (`tests,gate` or `both`), or `none`. */
function failOnSetting(value) {
    const items = value.split(/[\s,]+/).filter((item) => item !== '');
    const wrong = () => new UserError(`Input 'fail-on' must be 'tests', 'gate', 'tests,gate' (or 'both') or 'none', not ${quote(value)}.`);
    if (items.length === 1 && items[0] === 'none')
        return { tests: false, gate: false };
    if (items.length === 1 && items[0] === 'both')
        return { tests: true, gate: true };
    if (items.length === 0 || items.some((item) => item !== 'tests' && item !== 'gate'))
        throw wrong();
    return { tests: items.includes('tests'), gate: items.includes('gate') };
}
/**
 * The comment and check-run settings, from `comment`, `check-run`, `token`
 * and the run's context; undefined when nothing goes to GitHub. `auto`
 * without a token or outside a pull request writes nothing; `true` there is
 * a mistake to fix.
 */
function publishSettings(inputs, token, model, env) {
    const comment = inputs.choice('comment', ['auto', 'true', 'false'], 'auto');
    const checkRun = inputs.boolean('check-run', false);
    const pullRequest = comment === 'false' ? undefined : pullRequestOf(env);
    if (comment === 'true' && !pullRequest) {
        throw new UserError(`Input 'comment' is 'true', but this run (event ${quote(env['GITHUB_EVENT_NAME'] ?? 'unknown')}) is for no pull ` +
            "request: run the step on 'pull_request' (or a 'workflow_run' of one), or set 'comment' to 'auto'.");
    }
    const commenting = pullRequest !== undefined && (comment === 'true' || token !== '');
    if (!commenting && !checkRun)
        return undefined;
    const needs = checkRun ? "'check-run'" : "'comment'";
    if (token === '') {
        throw new UserError(`${needs} needs 'token': leave it at its default '\${{ github.token }}' (with 'permissions: ` +
            `${checkRun ? 'checks' : 'pull-requests'}: write') or pass a token that may write there.`);
    }
    const repository = (0,deployments/* parseRepository */.SU)(env['GITHUB_REPOSITORY'] ?? '');
    if (!repository) {
        throw new UserError(`${needs} needs GITHUB_REPOSITORY ('owner/repo'), which the runner sets: outside GitHub Actions set ` +
            `${checkRun ? "'check-run' to 'false'" : "'comment' to 'false'"}.`);
    }
    const sha = env['GITHUB_SHA'];
    const headSha = pullRequest?.headSha ?? (isCommitSha(sha) ? sha : undefined);
    if (checkRun && headSha === undefined) {
        throw new UserError("'check-run' needs the commit to attach the check run to: GITHUB_SHA, which the runner sets, is missing. " +
            "Outside GitHub Actions set 'check-run' to 'false'.");
    }
    const settings = {
        token,
        repository,
        apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
        commentRequired: comment === 'true',
        checkRun,
        identity: { workflow: env['GITHUB_WORKFLOW'] ?? '', job: env['GITHUB_JOB'] ?? '', model },
        runUrl: workflowRunUrl(env),
    };
    if (commenting) {
        if ('number' in pullRequest)
            settings.pullRequest = pullRequest.number;
        else
            settings.pullRequestHead = pullRequest.head;
    }
    if (headSha !== undefined)
        settings.headSha = headSha;
    return settings;
}

;// CONCATENATED MODULE: ./packages/junit/lib/src/model.js
function emptyCounts() {
    return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
}
/** Adds `more` to `counts`. */
function addCounts(counts, more) {
    counts.total += more.total;
    counts.passed += more.passed;
    counts.failed += more.failed;
    counts.errors += more.errors;
    counts.skipped += more.skipped;
}
/** Adds one case of `status` to `counts`. */
function countCase(counts, status) {
    counts.total++;
    if (status === 'passed')
        counts.passed++;
    else if (status === 'skipped')
        counts.skipped++;
    else {
        counts.failed++;
        if (status === 'error')
            counts.errors++;
    }
}
/**
 * How a person would name the test: `classname.name` (pytest, Surefire), the
 * name alone when it already holds the classname (jest-junit repeats it), or
 * `suite › name` when there is no useful classname.
 */
function displayName(testCase) {
    const { name, suite } = testCase;
    // node's junit reporter writes classname="test" for every case; its suites say more.
    const classname = testCase.classname === 'test' ? '' : testCase.classname;
    if (classname === '')
        return suite === '' || suite === name ? name : `${suite} › ${name}`;
    // Only a whole phrase counts as repeated: pytest's `tests.test_model` holds `test_model` as a substring, yet the
    // test `test_model` in it must not be shown as the module alone.
    if (name === '' || containsPhrase(classname, name))
        return classname;
    if (containsPhrase(name, classname))
        return name;
    // A dotted classname (`tests.test_x`) joins with a dot; a sentence-like one reads better with an arrow.
    return /\s/.test(classname) ? `${classname} › ${name}` : `${classname}.${name}`;
}
/** True when `text` is `phrase`, or holds it as whole words (bounded by spaces or the ends). */
function containsPhrase(text, phrase) {
    return (text === phrase || text.startsWith(`${phrase} `) || text.endsWith(` ${phrase}`) || text.includes(` ${phrase} `));
}

;// CONCATENATED MODULE: ./packages/junit/lib/src/excerpt.js
/** The first non-blank line of `text`, trimmed and cut to `maxChars`. */
function firstLine(text, maxChars = 300) {
    for (const line of text.split('\n', 200)) {
        const trimmed = line.trim();
        if (trimmed !== '')
            return shorten(trimmed, maxChars);
    }
    return '';
}
/**
 * The start of `text`: leading blank lines dropped, at most `maxLines` lines
 * and `maxChars` characters, with `…` where it was cut.
 */
function excerpt(text, maxLines, maxChars) {
    const body = text.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
    const lines = body.split('\n', maxLines + 1);
    let shown = lines.slice(0, maxLines).join('\n');
    let cut = lines.length > maxLines;
    if (shown.length > maxChars) {
        shown = shown.slice(0, maxChars);
        cut = true;
    }
    return cut ? `${shown.trimEnd()}\n…` : shown;
}
/** `text` cut to `maxChars` characters, with `…` when cut. */
function shorten(text, maxChars) {
    return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./packages/junit/lib/src/location.js


/**
 * A frame of a JavaScript stack (`at fn (src/x.test.ts:3:50)`, `at file:///x.mjs:3:5`) or vitest's
 * `❯ src/x.test.ts:3:50`. A Java frame (`at a.B.c(B.java:42)`) has no column and names no path, so it does not match.
 */
const STACK_FRAME = /^\s*(?:at|❯)\s+(?:.*?\()?(?<file>[^\s()]+):(?<line>\d+):\d+\)?\s*$/;
/** A line naming a place the way pytest and `go test` do: `tests/test_x.py:14: AssertionError`. */
const PLACE_LINE = /^\s*(?<file>[^\s:]+\.[A-Za-z0-9]+):(?<line>\d+):(?:\s|$)/;
/** A Python traceback line: `File "tests/test_x.py", line 14, in test_x`. */
const PYTHON_FRAME = /^\s*File "(?<file>[^"]+)", line (?<line>\d+)/;
/** A JVM stack frame: `at example.TokenizerTest.dropsPunctuation(TokenizerTest.java:27)`. */
const JVM_FRAME = /^\s*at (?<owner>[\w$.]+)\.[\w$<>]+\((?<file>[\w$]+\.(?<language>java|kt|groovy|scala)):(?<line>\d+)\)/;
/** Where Maven and Gradle keep test sources, by language. */
const JVM_TEST_SOURCES = {
    java: 'src/test/java',
    kt: 'src/test/kotlin',
    groovy: 'src/test/groovy',
    scala: 'src/test/scala',
};
/**
 * Code that is not the project's: installed packages and the runtime (node's
 * internals, Python's standard library in `…/lib/python3.12/`). A failure
 * raised inside `json.loads` is located at the project's call, not in the
 * runtime, which lies outside the workspace where no annotation can point.
 */
const DEPENDENCY = /(^|[/\\])(node_modules|site-packages|dist-packages)[/\\]|(^|[/\\])lib[/\\]python\d+(\.\d+)?[/\\]|^node:|^internal[/\\]|^<anonymous>$/;
/**
 * Where a failure happened. The failure text names the line that failed; the
 * `file`/`line` attributes (pytest's xunit1) name only the test function and
 * pytest counts that line from 0. So a place in the text wins: in the test's
 * own file when the attributes name it, else the innermost frame of the
 * project's code (first in a JavaScript stack, last in a Python traceback).
 */
function failureLocation(text, attributes = {}) {
    const jsFrames = [];
    const places = [];
    let jvmFrame;
    for (const line of text.split('\n')) {
        if (!jvmFrame && attributes.classname)
            jvmFrame = testClassFrame(line, attributes.classname);
        const frame = STACK_FRAME.exec(line);
        if (frame?.groups) {
            jsFrames.push({ file: frame.groups['file'], line: Number(frame.groups['line']) });
            continue;
        }
        const place = PLACE_LINE.exec(line) ?? PYTHON_FRAME.exec(line);
        if (place?.groups)
            places.push({ file: place.groups['file'], line: Number(place.groups['line']) });
    }
    const projectFrames = jsFrames.filter((frame) => !DEPENDENCY.test(frame.file));
    const projectPlaces = places.filter((place) => !DEPENDENCY.test(place.file)).reverse();
    const candidates = [...projectFrames, ...projectPlaces];
    if (attributes.file) {
        const inTestFile = candidates.find((candidate) => samePath(candidate.file, attributes.file));
        if (inTestFile)
            return inTestFile;
        return attributes.line === undefined ? { file: attributes.file } : { file: attributes.file, line: attributes.line };
    }
    return candidates[0] ?? jvmFrame;
}
/**
 * A JVM frame names a file but not its folder. The frame in the test class
 * itself gives it: the package is the folder, below the build's standard
 * test source root (`src/test/java/example/TokenizerTest.java`).
 */
function testClassFrame(line, classname) {
    const frame = JVM_FRAME.exec(line);
    if (!frame?.groups)
        return undefined;
    const { owner, file, language } = frame.groups;
    if (owner.replace(/\$.*$/, '') !== classname.replace(/\$.*$/, ''))
        return undefined;
    const packagePath = owner.split('.').slice(0, -1).join('/');
    const folder = packagePath === '' ? JVM_TEST_SOURCES[language] : `${JVM_TEST_SOURCES[language]}/${packagePath}`;
    return { file: `${folder}/${file}`, line: Number(frame.groups['line']) };
}
/** True when `a` and `b` name the same file, one possibly as a suffix of the other (`/abs/tests/x.py`, `tests/x.py`). */
function samePath(a, b) {
    const left = normalize(a);
    const right = normalize(b);
    return left === right || left.endsWith(`/${right}`) || right.endsWith(`/${left}`);
}
function normalize(path) {
    return fromFileUrl(path).replace(/\\/g, '/').replace(/^\.\//, '');
}
function fromFileUrl(path) {
    if (!path.startsWith('file://'))
        return path;
    try {
        return (0,external_node_url_.fileURLToPath)(path);
    }
    catch {
        return path;
    }
}
/**
 * The location as GitHub wants it for an annotation: a `/`-separated path
 * relative to the workspace. Undefined when the file lies outside the
 * workspace, where no annotation can point.
 */
function workspaceLocation(location, paths) {
    const file = fromFileUrl(location.file);
    const absolute = (0,external_node_path_namespaceObject.isAbsolute)(file) ? file : (0,external_node_path_namespaceObject.resolve)(paths.baseDirectory, file);
    const inWorkspace = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(paths.workspace), absolute);
    if (inWorkspace === '' || inWorkspace.startsWith(`..${external_node_path_namespaceObject.sep}`) || inWorkspace === '..' || (0,external_node_path_namespaceObject.isAbsolute)(inWorkspace)) {
        return undefined;
    }
    const posix = inWorkspace.split(external_node_path_namespaceObject.sep).join('/');
    return location.line === undefined ? { file: posix } : { file: posix, line: location.line };
}

;// CONCATENATED MODULE: ./packages/junit/lib/src/reader.js



/** Failure text kept per case while reading: enough for the excerpt and to find the failing line. */
const FAILURE_TEXT_KEPT = 64 * 1024;
/** Lines and characters of failure text kept in `TestCase.details`. */
const DETAIL_LINES = 30;
const DETAIL_CHARS = 4 * 1024;
const MESSAGE_CHARS = 1024;
const NAME_CHARS = 1000;
/** Names (of elements, attributes, entities) longer than this are not XML anyone wrote. */
const MARKUP_NAME_LIMIT = 64 * 1024;
const READ_CHUNK = 64 * 1024;
/**
 * A report that cannot be read (missing, unreadable, not well-formed XML, or
 * past a bound on untrusted input): it names the file, and the line where the
 * parser knows it. The user can fix it; anything else is a plain `Error`.
 */
class ReportError extends Error {
    name = 'ReportError';
}
/**
 * Reads one JUnit XML report as a stream and calls `onCase` for every
 * `<testcase>`, in order. `<testsuites>` and `<testsuite>` may nest at any
 * depth, and a bare `<testsuite>` may be the root. Memory does not grow with
 * the size of the text in the file: failure text is cut while it is read and
 * `system-out`/`system-err` are not kept at all. There is no DTD processing:
 * an entity other than XML's five is an error, never expanded.
 *
 * A `<testsuite>` that lists no `<testcase>` (and no nested suite) is
 * counted from its own `tests`, `failures`, `errors` and `skipped`
 * attributes, as the widely used report actions count it, and handed to
 * `onSuiteCounts`.
 *
 * @param name how the report is named in errors and in `TestCase.report`
 */
async function reader_readReport(path, onCase, name = path, onSuiteCounts) {
    // Loaded on first use, not at start-up: a step that fails on its inputs never parses XML.
    const { SaxesParser } = await __nccwpck_require__.e(/* import() */ 800).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9800, 19));
    const parser = new SaxesParser({ xmlns: false, position: true });
    const buffers = parser;
    // Bounding memory relies on these fields of saxes 6; fail loudly if a new version renames them.
    for (const field of ['text', 'name', 'entity', 'piTarget']) {
        if (typeof buffers[field] !== 'string')
            throw new Error(`saxes has no parser field '${field}'`);
    }
    const reader = new CaseReader(name, onCase, parser, onSuiteCounts);
    parser.on('error', (error) => {
        throw new ReportError(describeParseError(name, parser, error.message));
    });
    parser.on('opentag', (tag) => reader.open(tag));
    parser.on('closetag', (tag) => reader.close(tag));
    let stream;
    try {
        stream = (0,external_node_fs_namespaceObject.createReadStream)(path, { encoding: 'utf8', highWaterMark: READ_CHUNK });
        for await (const chunk of stream) {
            parser.write(chunk);
            boundParserBuffers(buffers, name, parser);
        }
    }
    catch (error) {
        if (error instanceof ReportError)
            throw error;
        const code = error.code;
        if (code)
            throw new ReportError(`Cannot read the JUnit report ${name}: ${code}.`);
        throw error;
    }
    finally {
        stream?.destroy();
    }
    parser.close();
}
/**
 * saxes gathers a text node, a CDATA section or an attribute value whole
 * before it hands it over, even when no handler wants it (CDATA). Between
 * chunks, cut what it has gathered beyond what is kept, so a gigabyte of
 * `system-out` costs no more memory than a kilobyte. The cut copy is flat, so
 * it does not pin the chunks the original was sliced from.
 */
function boundParserBuffers(buffers, name, parser) {
    if (buffers.text.length > FAILURE_TEXT_KEPT) {
        buffers.text = Buffer.from(buffers.text.slice(0, FAILURE_TEXT_KEPT), 'utf16le').toString('utf16le');
    }
    if (buffers.name.length > MARKUP_NAME_LIMIT ||
        buffers.entity.length > MARKUP_NAME_LIMIT ||
        buffers.piTarget.length > MARKUP_NAME_LIMIT) {
        throw new ReportError(describeParseError(name, parser, 'a name longer than 64 KiB'));
    }
}
function describeParseError(name, parser, reason) {
    // saxes starts its messages with "line:column: "; the position is said in words instead.
    let text = reason.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    let column = parser.column + 1;
    if (text === 'undefined entity') {
        text += ' (reports are read without a DTD: entities are not expanded)';
    }
    else if (text === 'disallowed character') {
        const character = refusedCharacter(parser);
        if (character !== undefined) {
            // The character was just read: the parser's column (of the next one, from 0) is its own, from 1.
            column = parser.column;
            text += character === '<' ? " '<' (an attribute value writes it as &lt;)" : ` ${describeCharacter(character)}`;
        }
    }
    return `The JUnit report ${name} is not well-formed XML: line ${parser.line}, column ${column}: ${text}.`;
}
/** The character saxes refused, from its chunk (undefined if saxes no longer keeps these fields). */
function refusedCharacter(parser) {
    const { chunk, prevI, i } = parser;
    if (typeof chunk !== 'string' || typeof prevI !== 'number' || typeof i !== 'number' || i <= prevI)
        return undefined;
    return chunk.slice(prevI, i) || undefined;
}
/** A character as text a reader can see: itself when printable, else its code point. */
function describeCharacter(character) {
    const code = character.codePointAt(0);
    if (code > 0x20 && code < 0x7f)
        return `'${character}'`;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Turns parser events into test cases. */
class CaseReader {
    report;
    onCase;
    parser;
    onSuiteCounts;
    depth = 0;
    suites = [];
    /** For each open suite, whether it holds a case or a nested suite (else its attributes are its counts). */
    suitesWithContent = [];
    current;
    capturing = false;
    onText = (text) => this.keepText(text);
    constructor(report, onCase, parser, onSuiteCounts) {
        this.report = report;
        this.onCase = onCase;
        this.parser = parser;
        this.onSuiteCounts = onSuiteCounts;
    }
    open(tag) {
        this.depth++;
        const attributes = tag.attributes;
        if (this.depth === 1 && tag.name !== 'testsuites' && tag.name !== 'testsuite') {
            throw new ReportError(`The file ${this.report} is not a JUnit report: its root element is <${shorten(tag.name, 60)}>, ` +
                'not <testsuites> or <testsuite>. Narrow the reports glob to the JUnit XML files.');
        }
        switch (tag.name) {
            case 'testsuite':
                this.markSuiteContent();
                this.suites.push(shorten(attributes['name'] ?? '', NAME_CHARS));
                this.suitesWithContent.push(false);
                break;
            case 'testcase':
                this.markSuiteContent();
                // A testcase inside a testcase is not JUnit; only the outer one counts.
                if (!this.current) {
                    this.current = {
                        depth: this.depth,
                        attributes,
                        status: 'passed',
                        message: '',
                        text: undefined,
                        textLength: 0,
                    };
                }
                break;
            case 'failure':
            case 'error':
            case 'skipped':
                this.outcome(tag.name, attributes);
                break;
        }
    }
    close(tag) {
        const current = this.current;
        if (tag.name === 'testsuite')
            this.closeSuite(tag.attributes);
        if (this.capturing && current && this.depth === current.depth + 1)
            this.stopCapture();
        if (tag.name === 'testcase' && current && this.depth === current.depth) {
            this.onCase(this.finish(current));
            this.current = undefined;
        }
        this.depth--;
    }
    markSuiteContent() {
        const last = this.suitesWithContent.length - 1;
        if (last >= 0)
            this.suitesWithContent[last] = true;
    }
    closeSuite(attributes) {
        const name = this.suites.pop();
        if (this.suitesWithContent.pop() || !this.onSuiteCounts)
            return;
        const counts = suiteCounts(attributes);
        if (counts)
            this.onSuiteCounts({ name, report: this.report, counts });
    }
    /**
     * The most severe of a case's `<error>`, `<failure>` and `<skipped>` decides its status, message and text
     * (pytest writes `<skipped/>` then `<error>` for a skipped test whose teardown failed).
     */
    outcome(element, attributes) {
        const current = this.current;
        if (!current || this.depth !== current.depth + 1)
            return;
        const status = element === 'failure' ? 'failed' : element;
        if (SEVERITY[status] <= SEVERITY[current.status])
            return;
        current.status = status;
        current.message = attributes['message'] ?? '';
        current.text = undefined;
        current.textLength = 0;
        if (element !== 'skipped') {
            this.capturing = true;
            this.parser.on('text', this.onText);
            this.parser.on('cdata', this.onText);
        }
    }
    stopCapture() {
        this.capturing = false;
        // Without handlers saxes does not gather text at all (system-out is never built up).
        this.parser.off('text');
        this.parser.off('cdata');
    }
    keepText(text) {
        const current = this.current;
        const room = FAILURE_TEXT_KEPT - current.textLength;
        if (room <= 0)
            return;
        const kept = text.length > room ? text.slice(0, room) : text;
        (current.text ??= []).push(kept);
        current.textLength += kept.length;
    }
    finish(open) {
        const { attributes } = open;
        let status = open.status;
        // A case the tool disabled or did not run (`status="disabled"`; GoogleTest writes `notrun`) never passed.
        if (status === 'passed' && attributes['status'] !== undefined && NOT_RUN.test(attributes['status'])) {
            status = 'skipped';
        }
        const file = attributes['file'] || undefined;
        const line = wholeNumber(attributes['line']);
        const testCase = {
            name: shorten(attributes['name'] ?? '', NAME_CHARS),
            classname: shorten(attributes['classname'] ?? '', NAME_CHARS),
            suite: this.suites.at(-1) ?? '',
            report: this.report,
            time: seconds(attributes['time']),
            status,
            message: '',
            details: '',
        };
        if (file !== undefined)
            testCase.file = file;
        if (line !== undefined)
            testCase.line = line;
        // Most cases pass: they carry no text to cut.
        if (status === 'passed')
            return testCase;
        const text = open.text?.join('') ?? '';
        testCase.message = shorten(open.message.trim(), MESSAGE_CHARS) || firstLine(text, MESSAGE_CHARS);
        testCase.details = excerpt(text, DETAIL_LINES, DETAIL_CHARS);
        if (status !== 'skipped') {
            const location = failureLocation(text, { file, line, classname: attributes['classname'] });
            if (location)
                testCase.location = location;
        }
        return testCase;
    }
}
/** How much a status says about a case: the most severe outcome of several is the one that counts. */
const SEVERITY = { passed: 0, skipped: 1, failed: 2, error: 3 };
/** `status` attribute values of a case that never ran. */
const NOT_RUN = /^(?:disabled|skipped|notrun)$/i;
/**
 * The counts a `<testsuite>` states of itself: `tests`, and `failures`, `errors`, `skipped` (0 when absent).
 * Undefined when they are not whole numbers of at most 9 digits, or add up to more than `tests`.
 */
function suiteCounts(attributes) {
    const total = wholeNumber(attributes['tests']);
    if (total === undefined || total === 0)
        return undefined;
    const stated = [attributes['failures'], attributes['errors'], attributes['skipped']];
    const [failures, errors, skipped] = stated.map((value) => (value === undefined ? 0 : wholeNumber(value)));
    if (failures === undefined || errors === undefined || skipped === undefined)
        return undefined;
    if (failures + errors + skipped > total)
        return undefined;
    return { total, passed: total - failures - errors - skipped, failed: failures + errors, errors, skipped };
}
/** A `time` attribute in seconds; Surefire may write thousands separators (`1,234.5`). */
function seconds(value) {
    if (!value)
        return 0;
    let parsed = Number(value);
    if (Number.isNaN(parsed))
        parsed = Number(value.replace(/,/g, ''));
    return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
}
function wholeNumber(value) {
    if (!value || !/^\d{1,9}$/.test(value))
        return undefined;
    return Number(value);
}

;// CONCATENATED MODULE: ./packages/junit/lib/src/test-run.js


/**
 * Gathers test cases into a `TestRun`: every count exact, the lists bounded,
 * so memory stays flat however many cases the reports hold.
 */
class TestRunBuilder {
    reports = new Map();
    suites = new Map();
    counts = emptyCounts();
    duration = 0;
    failures = [];
    omittedFailures = 0;
    slowest = [];
    maxFailures;
    maxSlowest;
    lastSuite;
    suitesCountedFromAttributes = [];
    constructor(limits = {}) {
        this.maxFailures = limits.failures ?? 1000;
        this.maxSlowest = limits.slowest ?? 10;
    }
    /** Records a report file, so one with no test cases still shows up. */
    addReport(path) {
        if (!this.reports.has(path))
            this.reports.set(path, { path, counts: emptyCounts(), durationSeconds: 0 });
    }
    add(testCase) {
        // Cases come suite by suite: the suite of the last case is nearly always this one's.
        let suite = this.lastSuite;
        if (suite === undefined || suite.name !== testCase.suite || suite.report !== testCase.report) {
            suite = this.suiteOf(testCase);
            this.lastSuite = suite;
        }
        const report = this.reports.get(testCase.report);
        countCase(this.counts, testCase.status);
        countCase(report.counts, testCase.status);
        countCase(suite.counts, testCase.status);
        this.duration += testCase.time;
        report.durationSeconds += testCase.time;
        suite.durationSeconds += testCase.time;
        if (testCase.status === 'failed' || testCase.status === 'error') {
            if (this.failures.length < this.maxFailures)
                this.failures.push(testCase);
            else
                this.omittedFailures++;
        }
        this.keepIfSlow(testCase);
    }
    /** Adds a suite that lists no cases, counted from its own attributes (see `readReport`). */
    addSuiteCounts(counted) {
        const suite = this.suiteOf({ report: counted.report, suite: counted.name });
        addCounts(this.counts, counted.counts);
        addCounts(this.reports.get(counted.report).counts, counted.counts);
        addCounts(suite.counts, counted.counts);
        this.suitesCountedFromAttributes.push(counted);
    }
    /** The suite of a case, made on its first case (and its report with it). */
    suiteOf(testCase) {
        this.addReport(testCase.report);
        const key = `${testCase.report}\n${testCase.suite}`;
        let suite = this.suites.get(key);
        if (!suite) {
            suite = { name: testCase.suite, report: testCase.report, counts: emptyCounts(), durationSeconds: 0 };
            this.suites.set(key, suite);
        }
        return suite;
    }
    keepIfSlow(testCase) {
        const slowest = this.slowest;
        if (this.maxSlowest === 0 || testCase.time <= 0)
            return;
        if (slowest.length === this.maxSlowest && testCase.time <= slowest[slowest.length - 1].time)
            return;
        let at = slowest.length;
        while (at > 0 && slowest[at - 1].time < testCase.time)
            at--;
        slowest.splice(at, 0, testCase);
        if (slowest.length > this.maxSlowest)
            slowest.pop();
    }
    build() {
        return {
            reports: [...this.reports.values()],
            suites: [...this.suites.values()],
            counts: { ...this.counts },
            durationSeconds: this.duration,
            failures: [...this.failures],
            omittedFailures: this.omittedFailures,
            slowest: [...this.slowest],
            suitesCountedFromAttributes: [...this.suitesCountedFromAttributes],
        };
    }
}
/** Reads reports one after another into one `TestRun`. */
async function readTestRun(reports, limits = {}) {
    const builder = new TestRunBuilder(limits);
    for (const report of reports) {
        const { path, name = path } = typeof report === 'string' ? { path: report } : report;
        builder.addReport(name);
        await readReport(path, (testCase) => builder.add(testCase), name, (suite) => builder.addSuiteCounts(suite));
    }
    return builder.build();
}

;// CONCATENATED MODULE: ./packages/junit/lib/src/index.js






;// CONCATENATED MODULE: ./actions/test/lib/src/outcome.js

function gateOutput(report) {
    if (report.gateProblem)
        return 'failed';
    return report.gate?.verdict ?? 'skipped';
}
/** Where a failing case is, relative to the workspace, for annotations and the summary. */
function locationOf(testCase, settings) {
    if (!testCase.location)
        return undefined;
    return workspaceLocation(testCase.location, {
        workspace: settings.workspace,
        baseDirectory: settings.workingDirectory,
    });
}
/** Why the step fails, or undefined when it passes under `fail-on`. */
function failureMessage(report, failOn) {
    const reasons = [];
    if (report.gateProblem)
        reasons.push(report.gateProblem);
    const { counts } = report.run;
    if (failOn.tests && counts.failed > 0)
        reasons.push(`${testsFailedSentence(report.run)}.`);
    if (failOn.gate && report.gate?.verdict === 'failed') {
        const failed = report.gate.rows.filter((row) => row.verdict === 'failed');
        reasons.push(`The quality gate failed: ${failed.map(describeFailedRow).join('; ')}.`);
    }
    if (reasons.length === 0)
        return undefined;
    return `${reasons.join(' ')} See the job summary for details.`;
}
/** `3 of 10 tests failed (1 with an error)`. */
function testsFailedSentence(run) {
    const { failed, total, errors } = run.counts;
    const noun = total === 1 ? 'test' : 'tests';
    return `${failed} of ${total} ${noun} failed${errorsNote(errors)}`;
}
/** ` (1 with an error)`, or nothing when no test errored. */
function errorsNote(errors) {
    if (errors === 0)
        return '';
    return errors === 1 ? ' (1 with an error)' : ` (${errors} with errors)`;
}
/** `eval.accuracy is 0.9, not >= 0.91 (baseline - 0.01)`. */
function describeFailedRow(row) {
    if (row.value === undefined || row.threshold === undefined)
        return row.reason ?? `${row.metric} failed`;
    const derived = row.target === String(row.threshold) ? '' : ` (${row.target})`;
    let [value, threshold] = [formatNumber(row.value), formatNumber(row.threshold)];
    // Numbers that differ past 6 digits would read "is 0.912346, not >= 0.912346": show the digits the gate compared.
    if (value === threshold)
        [value, threshold] = [formatNumber(row.value, 12), formatNumber(row.threshold, 12)];
    return `${row.metric} is ${value}, not ${row.comparison} ${threshold}${derived}`;
}
/** A metric value for people: at most 6 significant digits (or `digits`). */
function formatNumber(value, digits = 6) {
    return String(Number(value.toPrecision(digits)));
}
/** Names in a message: the first ten, then how many more (`a, b, and 3 more`). */
function listedNames(names, shown = 10) {
    const listed = names.slice(0, shown);
    if (names.length > shown)
        listed.push(`and ${names.length - shown} more`);
    return listed.join(', ');
}

;// CONCATENATED MODULE: ./actions/test/lib/src/report-file.js






const REPORT_SCHEMA = 'mlops-actions/test-report@1';
/**
 * Writes the whole result as JSON under `RUNNER_TEMP` (a fresh name, so two
 * steps of one job do not overwrite each other) and returns its path.
 */
async function writeReportFile(report) {
    const folder = (0,external_node_path_namespaceObject.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), 'mlops-actions-test');
    await (0,promises_namespaceObject.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_namespaceObject.join)(folder, `report-${(0,external_node_crypto_.randomUUID)()}.json`);
    await (0,promises_namespaceObject.writeFile)(path, `${JSON.stringify(reportDocument(report), null, 2)}\n`);
    return path;
}
function reportDocument(report) {
    const { run, settings } = report;
    const testCase = (entry) => {
        const location = locationOf(entry, settings);
        return {
            name: entry.name,
            classname: entry.classname,
            suite: entry.suite,
            display_name: displayName(entry),
            report: entry.report,
            status: entry.status,
            time: entry.time,
            message: entry.message,
            details: entry.details,
            file: location?.file ?? null,
            line: location?.line ?? null,
        };
    };
    return {
        schema: REPORT_SCHEMA,
        counts: run.counts,
        duration_seconds: roundSeconds(run.durationSeconds),
        command: report.command ? { command: report.command.command, exit_code: report.command.exitCode } : null,
        reports: run.reports.map((file) => ({ path: file.path, ...countsOf(file.counts, file.durationSeconds) })),
        suites: run.suites.map((suite) => ({
            name: suite.name,
            report: suite.report,
            ...countsOf(suite.counts, suite.durationSeconds),
        })),
        failures: run.failures.map(testCase),
        omitted_failures: run.omittedFailures,
        slowest: run.slowest.map(testCase),
        gate: {
            verdict: gateOutput(report),
            problem: report.gateProblem ?? null,
            baseline: report.baseline
                ? { source: report.baseline.source, found: report.baseline.metrics !== undefined }
                : null,
            rows: (report.gate?.rows ?? []).map((row) => ({
                metric: row.metric,
                rule: row.rule,
                value: row.value ?? null,
                baseline: row.baseline ?? null,
                threshold: row.threshold ?? null,
                verdict: row.verdict,
                reason: row.reason ?? null,
            })),
        },
    };
}
function countsOf(counts, seconds) {
    return { ...counts, duration_seconds: roundSeconds(seconds) };
}
/** Seconds to the millisecond: sums of float times otherwise show binary noise. */
function roundSeconds(seconds) {
    return Math.round(seconds * 1000) / 1000;
}

// EXTERNAL MODULE: ./packages/github/lib/src/issue-comments.js
var issue_comments = __nccwpck_require__(1826);
// EXTERNAL MODULE: ./packages/github/lib/src/check-runs.js
var check_runs = __nccwpck_require__(7371);
;// CONCATENATED MODULE: ./actions/test/lib/src/summary.js



/** Failing tests in the summary's table: more would bury the rest of the summary. */
const LISTED_FAILURES = 200;
const VERDICT_MARK = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
};
/**
 * The job summary: the counts, the quality gate, the failing tests and the
 * slowest ones. The gate comes before the long tables so that a huge suite
 * cannot push it past the size limit.
 */
function renderTestSummary(report, summary) {
    const { run } = report;
    const { counts } = run;
    const title = counts.total === 0 ? '⚠️ no test cases' : counts.failed > 0 ? `❌ ${testsFailedSentence(run)}` : '✅ all passed';
    summary.heading(`Tests: ${title}`);
    summary.add(`${totalsLine(report)}\n\n`, 'the totals');
    if (report.command && report.command.exitCode !== 0)
        summary.add(commandExit(report.command), 'the command');
    if (report.staleReports.length > 0)
        summary.add(staleNote(report), 'the ignored reports');
    if (report.gate || report.gateProblem)
        renderGate(report, summary);
    if (run.failures.length > 0)
        renderFailures(report, summary);
    if (run.slowest.length > 0) {
        summary.heading(`Slowest tests`, 3);
        summary.table(['Test', 'Time', 'Result'], run.slowest.map((testCase) => [displayName(testCase), formatDuration(testCase.time * 1000), testCase.status]), 'slowest tests');
    }
    return summary;
}
/**
 * The command that failed. One of several lines goes in a code block: inline,
 * a line of it starting with `#` or `-` would become a heading or a list and
 * break the code span open.
 */
function commandExit({ command, exitCode }) {
    if (!command.includes('\n'))
        return `The test command ${code(command)} exited with code ${exitCode}.\n\n`;
    const fence = '`'.repeat(Math.max(2, ...(command.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    return `The test command exited with code ${exitCode}:\n\n${fence}sh\n${command}\n${fence}\n\n`;
}
/** The reports left from an earlier run; their names come from the checkout. */
function staleNote({ staleReports: stale }) {
    const names = listedNames(stale.map((report) => inertMarkdown(report.name)));
    const what = stale.length === 1 ? '1 report' : `${stale.length} reports`;
    return `⚠️ Ignored ${what} older than the test command, left from an earlier run: ${names}.\n\n`;
}
/** `**30** tests · **28** passed · **2** failed · **0** skipped · 1.2 s · 1 report`: the job summary's and the comment's. */
function totalsLine({ run, reports }) {
    const { counts } = run;
    const parts = [
        `**${counts.total}** ${counts.total === 1 ? 'test' : 'tests'}`,
        `**${counts.passed}** passed`,
        `**${counts.failed}** failed${errorsNote(counts.errors)}`,
        `**${counts.skipped}** skipped`,
        formatDuration(run.durationSeconds * 1000),
        `${reports.length} ${reports.length === 1 ? 'report' : 'reports'}`,
    ];
    return parts.join(' · ');
}
function renderGate(report, summary) {
    summary.heading(`Quality gate: ${VERDICT_MARK[gateOutput(report)]}`, 3);
    if (report.gateProblem) {
        // The problem may quote the metrics file or a registry record: text from outside the workflow.
        summary.add(`> [!CAUTION]\n> ${inertMarkdown(report.gateProblem)}\n\n`, 'the gate problem');
    }
    const baseline = report.baseline;
    if (baseline) {
        summary.add(baseline.metrics
            ? `Baseline: ${inertMarkdown(baseline.source)}.\n\n`
            : `Baseline: none, since ${inertMarkdown(baseline.missing ?? 'it could not be read')}; rules against it are skipped.\n\n`, 'the baseline line');
    }
    const rows = report.gate?.rows ?? [];
    if (rows.length === 0)
        return;
    summary.table(['Metric', 'Value', 'Rule', 'Baseline', 'Verdict'], rows.map((row) => [
        code(row.metric),
        row.value === undefined ? '—' : formatNumber(row.value),
        ruleCell(row),
        row.baseline === undefined ? '—' : formatNumber(row.baseline),
        verdictCell(row),
    ]), 'gate rules');
    const charts = gateCharts(rows);
    if (charts !== '')
        summary.add(charts, 'the gate charts');
}
/** Charts drawn at most: one a rule, so metrics on different scales never share an axis. */
const CHARTED_RULES = 6;
/**
 * A Mermaid bar chart per checked rule: the value beside the threshold it was
 * held to and the baseline, on an axis from zero when all are positive (so a
 * near miss looks like one), folded away under the table.
 */
function gateCharts(rows) {
    const charted = rows.filter((row) => row.value !== undefined && row.threshold !== undefined).slice(0, CHARTED_RULES);
    if (charted.length === 0)
        return '';
    const charts = charted.map((row) => {
        // The labels are the action's own words: only the metric's name needs mermaidText.
        const labels = ['value', `threshold (${row.comparison})`];
        const values = [row.value, row.threshold];
        if (row.baseline !== undefined) {
            labels.push('baseline');
            values.push(row.baseline);
        }
        const top = Math.max(...values);
        const axis = Math.min(...values) >= 0 && top > 0 ? ` 0 --> ${formatNumber(top * 1.1)}` : '';
        return [
            '```mermaid',
            'xychart-beta',
            `  title "${mermaidText(row.metric, 60)} ${row.verdict === 'passed' ? '✅' : row.verdict === 'failed' ? '❌' : '⏭️'}"`,
            `  x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
            `  y-axis "${mermaidText(row.metric, 60)}"${axis}`,
            `  bar [${values.map((value) => formatNumber(value)).join(', ')}]`,
            '```',
        ].join('\n');
    });
    return `<details><summary>Charts: each metric against its threshold and baseline</summary>\n\n${charts.join('\n\n')}\n\n</details>\n\n`;
}
/** The verdict, with why when the rule failed or was skipped. */
function verdictCell(row) {
    return row.reason && row.verdict !== 'passed'
        ? `${VERDICT_MARK[row.verdict]}: ${row.reason}`
        : VERDICT_MARK[row.verdict];
}
/** The rule as code, with the threshold it came to when that was computed from the baseline. */
function ruleCell(row) {
    const computed = row.threshold !== undefined && row.target !== String(row.threshold);
    return computed ? `${code(row.rule)} (${code(`${row.comparison} ${formatNumber(row.threshold)}`)})` : code(row.rule);
}
function renderFailures(report, summary) {
    const { run, settings } = report;
    const listed = run.failures.slice(0, LISTED_FAILURES);
    summary.heading('Failing tests', 3);
    summary.table(['Test', 'Location', 'Message'], listed.map((testCase) => failureRow(testCase, locationCell(testCase, report))), 'failing tests');
    const notes = [];
    const unlisted = run.counts.failed - listed.length;
    if (unlisted > 0) {
        const inReport = run.omittedFailures === 0 ? 'all of them' : `the first ${run.failures.length}, with their messages`;
        notes.push(`${unlisted} more failing tests are not listed here; the \`report\` file has ${inReport}.`);
    }
    if (report.annotations < run.counts.failed) {
        notes.push(`${report.annotations} of ${run.counts.failed} failing tests are annotated ('max-annotations' is ${settings.maxAnnotations}).`);
    }
    if (notes.length > 0)
        summary.add(`${notes.join(' ')}\n\n`, 'the failure notes');
}
/** A failing test's row: its name, where it failed, and the first line of its message. */
function failureRow(testCase, location) {
    return [
        `${displayName(testCase)}${testCase.status === 'error' ? ' (error)' : ''}`,
        location,
        firstLine(testCase.message, 200),
    ];
}
function locationCell(testCase, report) {
    const location = locationOf(testCase, report.settings);
    if (!location)
        return '—';
    return code(location.line === undefined ? location.file : `${location.file}:${location.line}`);
}

;// CONCATENATED MODULE: ./actions/test/lib/src/comment.js



/** Failing tests listed in the comment: a reviewer reads the first few; the job summary has the rest. */
const COMMENTED_FAILURES = 20;
/** Room kept for the note that says what was cut. */
const comment_NOTE_ROOM = 2 * 1024;
/** Room the failing tests need to show a few rows. */
const FAILURES_ROOM = 2 * 1024;
/**
 * The hidden first line that makes a comment this step's own: one per
 * workflow, job and model. The names are percent-encoded, so none can end
 * the HTML comment (`-->`) or look like another step's marker.
 */
function commentMarker(identity) {
    const part = (text) => encodeURIComponent(text);
    return `<!-- mlops-actions/test workflow=${part(identity.workflow)} job=${part(identity.job)} model=${part(identity.model)} -->`;
}
/**
 * The results as a reviewer reads them on the pull request, in this order:
 * a one-line verdict, the gate table against the baseline, the failing tests
 * (the first 20, linked to their lines), the counts and the run. At most
 * `limit` characters: what does not fit is left out and named in a closing
 * note, and the counts and the link to the run are always there. Every text
 * from the reports, the metrics or the registry is inert.
 */
function renderResults(report, links, model, limit) {
    const footer = `${totalsLine(report)}${links.runUrl ? ` · [workflow run](${links.runUrl})` : ''}\n`;
    const body = new BoundedSummary(limit - Buffer.byteLength(footer) - comment_NOTE_ROOM, `The comment was cut to stay under GitHub's ${limit.toLocaleString('en-US')}-character limit`);
    body.heading(verdictLine(report, model), 3);
    if (report.command && report.command.exitCode !== 0) {
        body.add(`The test command exited with code ${report.command.exitCode}.\n\n`, 'the command');
    }
    if (report.gate || report.gateProblem)
        comment_renderGate(report, body);
    if (report.run.failures.length > 0)
        comment_renderFailures(report, links, body);
    // The note of what was cut ends the bounded part; the counts and the run link follow it.
    const text = body.toString();
    return `${text}${text.endsWith('\n\n') ? '' : '\n'}${footer}`;
}
/** `❌ tiny-lm: 2 of 30 tests failed · quality gate ❌ failed`. */
function verdictLine(report, model) {
    const { counts } = report.run;
    const gate = report.gate || report.gateProblem ? gateOutput(report) : undefined;
    const mark = counts.failed > 0 || gate === 'failed' ? '❌' : counts.total === 0 ? '⚠️' : '✅';
    const tests = counts.total === 0
        ? 'no test cases'
        : counts.failed > 0
            ? testsFailedSentence(report.run)
            : `${counts.total} ${counts.total === 1 ? 'test' : 'tests'} passed`;
    const gateWords = gate === undefined ? '' : ` · quality gate ${VERDICT_MARK[gate]}`;
    // The model's name was checked against the registry's name rule; escaped all the same.
    return `${mark} ${model ? `${inertMarkdown(model)}: ` : ''}${tests}${gateWords}`;
}
function comment_renderGate(report, body) {
    body.heading('Quality gate', 4);
    if (report.gateProblem) {
        // The problem may quote the metrics file or a registry record: text from outside the workflow.
        body.add(`> [!CAUTION]\n> ${inertMarkdown(report.gateProblem)}\n\n`, 'the gate problem');
    }
    const { baseline } = report;
    if (baseline) {
        body.add(baseline.metrics
            ? `Against ${inertMarkdown(baseline.source)}.\n\n`
            : `No baseline: ${inertMarkdown(baseline.missing ?? 'it could not be read')}; rules against it are skipped.\n\n`, 'the baseline line');
    }
    const rows = report.gate?.rows ?? [];
    if (rows.length === 0)
        return;
    body.table(['Metric', 'This branch', 'Baseline', 'Delta', 'Rule', 'Verdict'], rows.map((row) => [
        code(row.metric),
        row.value === undefined ? '—' : formatNumber(row.value),
        baselineCell(row, report),
        deltaCell(row),
        ruleCell(row),
        verdictCell(row),
    ]), 'gate rules');
}
/** The baseline's value and where it came from: `0.92 (0.3.0 in production)`, or the file. */
function baselineCell(row, report) {
    if (row.baseline === undefined)
        return '—';
    const { baseline } = report;
    const from = baseline?.version
        ? `${baseline.version} in ${baseline.environment ?? ''}`.trim()
        : (baseline?.source ?? '');
    return from ? `${formatNumber(row.baseline)} (${from})` : formatNumber(row.baseline);
}
/** How far this branch is from the baseline: `▲ +0.012 (+1.3%)`, `▼ −0.02 (−2.17%)`, `= 0`. */
function deltaCell(row) {
    if (row.value === undefined || row.baseline === undefined)
        return '—';
    const delta = row.value - row.baseline;
    const shown = Number(delta.toPrecision(6));
    if (shown === 0)
        return '= 0';
    const sign = (n) => (n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`);
    const percent = row.baseline === 0 ? '' : ` (${sign(Number(((delta / Math.abs(row.baseline)) * 100).toPrecision(3)))}%)`;
    return `${delta > 0 ? '▲' : '▼'} ${sign(shown)}${percent}`;
}
function comment_renderFailures(report, links, body) {
    const { run } = report;
    const listed = run.failures.slice(0, COMMENTED_FAILURES);
    // A heading over no rows would only puzzle: without room for a few rows the section is left out whole.
    if (body.room < FAILURES_ROOM) {
        body.omit(`the ${run.counts.failed} failing tests`);
        return;
    }
    body.heading('Failing tests', 4);
    body.table(['Test', 'Location', 'Message'], listed.map((testCase) => failureRow(testCase, locationLink(testCase, report, links))), 'failing tests');
    const unlisted = run.counts.failed - listed.length;
    if (unlisted > 0) {
        body.add(`…and ${unlisted} more failing tests: the job summary lists them.\n\n`, 'the count of unlisted failures');
    }
}
/**
 * Where the test failed, linked to the file and line at the pull request's
 * head commit. The path comes from a report: each segment is percent-encoded
 * in the link (a `)` cannot end it), and shown as code.
 */
function locationLink(testCase, report, links) {
    const location = locationOf(testCase, report.settings);
    if (!location)
        return '—';
    const text = code(location.line === undefined ? location.file : `${location.file}:${location.line}`);
    if (!links.headSha)
        return text;
    const path = location.file
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
    const { owner, repo } = links.repository;
    const url = `${links.serverUrl}/${owner}/${repo}/blob/${links.headSha}/${path}${location.line === undefined ? '' : `#L${location.line}`}`;
    return { markdown: `[${cell(text)}](${url})` };
}

;// CONCATENATED MODULE: ./actions/test/lib/src/failures.js


/** Failing tests written out in full in the log; the summary and the report file list the rest. */
const LOGGED_FAILURES = 50;
/**
 * One error annotation per failing test, up to `max-annotations`, at the
 * failing line when the report says where. Names and messages are the
 * tests' own text: an annotation's message is escaped, so a newline followed
 * by `::add-mask::` stays part of the message. Returns how many were written.
 */
function annotateFailures(run, settings, logger) {
    const annotated = run.failures.slice(0, settings.maxAnnotations);
    for (const testCase of annotated) {
        const location = locationOf(testCase, settings);
        const place = { title: `${displayName(testCase)} ${verb(testCase)}` };
        if (location) {
            place.file = location.file;
            if (location.line !== undefined)
                place.startLine = location.line;
        }
        logger.error(annotationText(testCase), place);
    }
    return annotated.length;
}
/** The message, then the failure text when it says more: the annotation's text, in the log and in a check run. */
function annotationText(testCase) {
    const { message, details } = testCase;
    if (details === '' || details.startsWith(message))
        return details || message || `${verb(testCase)} without a message`;
    return message === '' ? details : `${message}\n\n${details}`;
}
function verb(testCase) {
    return testCase.status === 'error' ? 'errored' : 'failed';
}
/**
 * The failing tests with their text, in the log. Test output is untrusted,
 * so it is printed with workflow commands stopped.
 */
function logFailures(run, settings, logger) {
    const shown = run.failures.slice(0, LOGGED_FAILURES);
    const blocks = shown.map((testCase) => {
        const location = locationOf(testCase, settings);
        const where = location ? ` (${location.file}${location.line === undefined ? '' : `:${location.line}`})` : '';
        return `✗ ${displayName(testCase)} ${verb(testCase)}${where}\n${indent(annotationText(testCase))}`;
    });
    const more = run.counts.failed - shown.length;
    if (more > 0)
        blocks.push(`…and ${more} more failing tests: see the job summary and the report file.`);
    logger.untrusted(blocks.join('\n\n'));
}
function indent(text) {
    return text.replace(/^/gm, '    ');
}

;// CONCATENATED MODULE: ./actions/test/lib/src/publish.js






/** All GitHub calls of one step (listing, writing, annotating), retries and rate-limit waits included. */
const PUBLISH_BUDGET_MS = 120_000;
/** GitHub's bounds on an annotation's title and message. */
const ANNOTATION_TITLE_LIMIT = 255;
const ANNOTATION_MESSAGE_LIMIT = 4096;
/**
 * Puts the results where reviewers look: the pull request's sticky comment
 * and the check run. Neither can fail the step: the test result stands
 * whatever GitHub answers, so a refusal is a notice (a fork's read-only
 * token) or a warning (anything else, after the retries).
 */
async function publish(report, settings, { comments, checkRuns, logger, budgetMs = PUBLISH_BUDGET_MS }) {
    const deadline = Date.now() + budgetMs;
    const publication = { commentUrl: '', checkRunUrl: '' };
    if (settings.pullRequest !== undefined || settings.pullRequestHead) {
        publication.commentUrl = await publishComment(report, settings, comments, deadline, logger);
    }
    if (settings.checkRun && settings.headSha) {
        try {
            publication.checkRunUrl = await checkRun(await checkRuns(), report, settings, settings.headSha, deadline, logger);
        }
        catch (error) {
            refused(error, 'publish the check run', 'checks: write', logger);
        }
    }
    return publication;
}
/**
 * The comment on the run's pull request (found by its head for a fork's
 * `workflow_run`); its page, or empty when none was written.
 */
async function publishComment(report, settings, comments, deadline, logger) {
    const { pullRequestHead: head } = settings;
    let what = `comment on pull request #${settings.pullRequest}`;
    try {
        const api = await comments();
        let pullRequest = settings.pullRequest;
        if (pullRequest === undefined && head) {
            what = `find the pull request of ${head.owner}:${head.branch}`;
            pullRequest = await api.findPullRequest(head, { deadline });
            if (pullRequest === undefined) {
                const none = `No open pull request has ${head.owner}:${head.branch} at ${head.sha} as its head (closed, or pushed to ` +
                    'since the run that tested it): no comment.';
                if (settings.commentRequired)
                    logger.warning(none);
                else
                    logger.untrusted(none);
                return '';
            }
            what = `comment on pull request #${pullRequest}`;
        }
        const body = `${commentMarker(settings.identity)}\n${renderResults(report, settings, settings.identity.model, issue_comments/* COMMENT_BODY_LIMIT */.t)}`;
        return (await stickyComment(api, pullRequest, body, settings, deadline, logger)).htmlUrl;
    }
    catch (error) {
        refused(error, what, 'pull-requests: write', logger);
        return '';
    }
}
/**
 * Writes the step's one comment on the pull request: found by its marker
 * (every page read), created when there is none, else edited. Two runs that
 * started together may both create one: the run that then sees two keeps the
 * older and deletes the newer, so the pull request is left with one.
 */
async function stickyComment(api, pullRequest, body, settings, deadline, logger) {
    const marker = commentMarker(settings.identity);
    // Only a bot's comment (this token's kind: GITHUB_TOKEN or an app) counts: a person who copies the marker into a
    // comment of their own cannot have it edited or deleted.
    const ours = (comment) => comment.author.isBot && comment.body.startsWith(`${marker}\n`);
    const byAge = (a, b) => a.id - b.id;
    let found = (await api.list(pullRequest, { where: ours, deadline })).sort(byAge);
    let created;
    if (found.length === 0) {
        created = await api.create(pullRequest, body, { deadline });
        // A run that started at the same time may have created one too: list again to see.
        found = (await api.list(pullRequest, { where: ours, deadline })).sort(byAge);
    }
    const [oldest, ...newer] = found;
    for (const duplicate of newer) {
        await api.delete(duplicate.id, { deadline });
        logger.info(`Deleted comment ${duplicate.id}, a second one for this job that a concurrent run wrote.`);
    }
    if (created && (oldest === undefined || oldest.id === created.id)) {
        logger.info(`Commented on pull request #${pullRequest}: ${created.htmlUrl}`);
        return created;
    }
    const updated = await api.update(oldest.id, body, { deadline });
    logger.info(`Updated the comment on pull request #${pullRequest}: ${updated.htmlUrl}`);
    return updated;
}
async function checkRun(api, report, settings, headSha, deadline, logger) {
    const { job, model } = settings.identity;
    const name = `Test results${job || model ? ` (${[job, model].filter((part) => part !== '').join(', ')})` : ''}`;
    const run = await api.create({ name, headSha, ...(settings.runUrl ? { detailsUrl: settings.runUrl } : {}) }, { deadline });
    const annotations = checkRunAnnotations(report);
    const { batches } = await api.complete(run.id, {
        conclusion: conclusionOf(report),
        // The title is plain text: the verdict without its Markdown escapes.
        title: shorten(verdictLine(report, model).replace(/\\(?=[!-/:-@[-`{-~])/g, ''), 200),
        summary: renderResults(report, settings, model, check_runs/* CHECK_RUN_SUMMARY_LIMIT */.kY),
        annotations,
    }, { deadline });
    const unplaced = report.run.failures.length - annotations.length;
    logger.info(`Check run "${name}" on ${headSha}: ${conclusionOf(report)}, ${annotations.length} failing ${annotations.length === 1 ? 'test' : 'tests'} annotated` +
        `${batches > 1 ? ` in ${batches} requests of at most 50` : ''}` +
        `${unplaced > 0 ? ` (${unplaced} without a file in the workspace, listed in its summary)` : ''}: ${run.htmlUrl}`);
    return run.htmlUrl;
}
/** Every failing test the report places in a file of the workspace, at its line (the first when unknown). */
function checkRunAnnotations(report) {
    const annotations = [];
    for (const testCase of report.run.failures) {
        const location = locationOf(testCase, report.settings);
        if (!location)
            continue;
        const line = location.line ?? 1;
        annotations.push({
            path: location.file,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: shorten(`${displayName(testCase)} ${verb(testCase)}`, ANNOTATION_TITLE_LIMIT),
            message: shorten(annotationText(testCase), ANNOTATION_MESSAGE_LIMIT),
        });
    }
    return annotations;
}
/** `failure` when the step fails under `fail-on`; `neutral` for failures it lets pass; else `success`. */
function conclusionOf(report) {
    if (report.failure)
        return 'failure';
    const failed = report.run.counts.failed > 0 || report.gate?.verdict === 'failed';
    return failed ? 'neutral' : 'success';
}
/**
 * GitHub's 403 (not a rate limit) is a token that may not write here, which
 * is what a pull request from a fork gets: a notice with the way round it.
 * Anything else is a warning. The step's result stands either way.
 */
function refused(error, what, permission, logger) {
    const reason = error instanceof deployments/* GitHubApiError */.OS ? error.message : `Could not ${what}: ${messageOf(error)}`;
    const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
    if (error instanceof deployments/* GitHubApiError */.OS && error.status === 403 && !/rate limit/i.test(error.message)) {
        logger.notice(`${sentence} ${readOnlyHint(what, permission)}`);
        return;
    }
    logger.warning(`${sentence} The test results stand; they are in the job summary and the report file.`);
}
/** What to do when the token may not write: the permission, and for forks the `workflow_run` pattern. */
function readOnlyHint(what, permission) {
    return (`The token may not ${what}: give the job 'permissions: ${permission}'. A pull request from a fork gets a ` +
        'read-only token whatever the workflow asks: upload the JUnit reports and metrics with actions/upload-artifact, ' +
        "and run this action in a workflow triggered by 'workflow_run' (which may write) on the downloaded files; see " +
        '"Pull request comment and check run" in the action\'s README. The test results stand and are in the job summary.');
}

;// CONCATENATED MODULE: ./actions/test/lib/src/baseline.js



/**
 * Reads the baseline the settings name. A deployed environment's baseline is
 * the metrics of the manifest of the version running there now; when nothing
 * is deployed yet there is no baseline (rules against it are skipped).
 * Registry tags that mlops-actions did not write are ignored, with a warning to `log`.
 */
async function loadBaseline(setting, workspace, log) {
    switch (setting.kind) {
        case 'none':
            return undefined;
        case 'file':
            return {
                metrics: await readMetricsInput({ name: 'baseline', path: setting.path, input: setting.input }, workspace),
                source: setting.input,
            };
        case 'environment': {
            const registry = new Registry(createGit(workspace), 'origin', log ? { log } : {});
            const deployment = await registry.currentDeployment(setting.model, setting.environment);
            if (!deployment) {
                return {
                    source: `${setting.model} in ${setting.environment}`,
                    missing: `no version of ${setting.model} has been deployed to ${setting.environment} yet`,
                    environment: setting.environment,
                };
            }
            const version = deployment.record.version;
            // The record is a tag message anyone with push access can write: a version that is not one (text with a
            // newline, an object) must not reach the registry lookup or the log.
            if (typeof version !== 'string' || !isRegistryVersion(version)) {
                const shown = typeof version === 'string' ? quote(version) : (JSON.stringify(version) ?? 'none').slice(0, 80);
                throw new UserError(`The deployment record in tag ${deployment.tag.tag} names no registered version (${shown}): ` +
                    'it was not written by mlops-actions.');
            }
            const manifest = await registry.readManifest(setting.model, version);
            return {
                metrics: manifest.metrics,
                source: `${setting.model} ${version} in ${setting.environment}`,
                environment: setting.environment,
                version,
            };
        }
    }
}
/**
 * Reads the metrics file an input names, with the rules of every metrics
 * file (gate's `readMetricsFile`); a file that breaks them is a `UserError`
 * that names the input and never quotes the file.
 */
async function readMetricsInput(file, workspace) {
    try {
        return await readMetricsFile(file.path, { workspace });
    }
    catch (error) {
        if (!(error instanceof MetricsFileError))
            throw error;
        const hint = error.problem === 'missing'
            ? " Paths are relative to 'working-directory'; check that the evaluation wrote it before this step reads it."
            : '';
        throw new UserError(`The ${file.name} file ${quote(file.input)} (input '${file.name}') ${error.reason}.${hint}`);
    }
}

;// CONCATENATED MODULE: ./actions/test/lib/src/reports.js



/**
 * Folders never searched for reports: installed packages, virtual
 * environments and git's own files (pruned from the walk).
 */
const SKIPPED_FOLDERS = ['node_modules', '.venv', '.git'];
/**
 * The JUnit files matched by `patterns` (relative to `directory`, or
 * absolute; `!` excludes; a folder stands for every file below it), sorted by
 * name. Symbolic links below where a pattern starts are not followed; a
 * pattern that starts at, or names, a path that resolves outside the
 * workspace is refused by name.
 */
async function findReports(directory, patterns, workspace) {
    return (await findFiles(directory, patterns, { prune: SKIPPED_FOLDERS, within: workspace, input: 'reports' }))
        .map((path) => ({ path, name: workspaceName(path, workspace) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function workspaceName(path, workspace) {
    const inside = (0,external_node_path_namespaceObject.relative)(workspace, path);
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside))
        return path;
    return inside.split(external_node_path_namespaceObject.sep).join('/');
}
/**
 * Splits `reports` by their modification time against `started`, when the
 * command started (milliseconds since the epoch). Some file systems keep
 * modification times in whole seconds (ext3, HFS+, some network mounts), so
 * a report written in the same second as the start can carry a time before
 * it: the start is rounded down to its second, and only a report modified in
 * an earlier second is stale. A report that cannot be read now counts as
 * written: reading it says what is wrong with it.
 */
async function splitByAge(reports, started) {
    const since = Math.floor(started / 1000) * 1000;
    const split = { written: [], stale: [] };
    for (const report of reports) {
        const modified = await (0,promises_namespaceObject.stat)(report.path).then((stats) => stats.mtimeMs, () => undefined);
        (modified !== undefined && modified < since ? split.stale : split.written).push(report);
    }
    return split;
}

;// CONCATENATED MODULE: ./actions/test/lib/src/test.js







/**
 * Runs the command, reads the reports, annotates failures and checks the
 * gate. The report says why the step fails under `fail-on`, when it does;
 * failures that `fail-on` lets pass get a notice that says so.
 */
async function test(settings, { commands, logger }) {
    let command;
    let started;
    if (settings.command !== '') {
        started = Date.now();
        const result = await logger.group(`Run the tests: ${settings.command}`, () => commands.script(settings.command, { cwd: settings.workingDirectory }));
        command = { command: settings.command, exitCode: result.exitCode, durationMs: result.durationMs };
        logger.info(`The test command exited with code ${result.exitCode}.`);
    }
    const found = await findReports(settings.workingDirectory, settings.reports, settings.workspace);
    // After a command, only the reports it wrote are this run's results.
    const { written: reports, stale } = started === undefined ? { written: found, stale: [] } : await splitByAge(found, started);
    if (stale.length > 0)
        logger.warning(staleWarning(stale));
    let run;
    if (reports.length === 0) {
        noReports(settings, command, stale, logger);
        run = new TestRunBuilder().build();
    }
    else {
        const title = `Read ${reports.length} JUnit ${reports.length === 1 ? 'report' : 'reports'}`;
        run = await logger.group(title, () => readReports(reports, logger));
    }
    if (command && command.exitCode !== 0 && reports.length > 0 && run.counts.failed === 0) {
        logger.warning(`The test command exited with code ${command.exitCode}, but the reports show no failing test. ` +
            'A test file that could not load may be missing from them (for jest-junit, set reportTestSuiteErrors).');
    }
    const report = { settings, reports, staleReports: stale, run, annotations: 0 };
    if (command)
        report.command = command;
    if (run.failures.length > 0) {
        await logger.group(`Failing tests (${run.counts.failed})`, () => Promise.resolve(logFailures(run, settings, logger)));
        report.annotations = annotateFailures(run, settings, logger);
    }
    if (settings.rules.length > 0)
        await logger.group('Quality gate', () => checkGate(settings, report, logger));
    const failure = failureMessage(report, settings.failOn);
    if (failure)
        report.failure = failure;
    else if (run.counts.failed > 0 || report.gate?.verdict === 'failed') {
        logger.notice(`Failures are reported but do not fail the step: 'fail-on' is '${failOnWords(settings)}'.`);
    }
    return report;
}
/**
 * The one warning that names the reports left from an earlier run. File names
 * come from the checkout: quoted, so a line break or a long name stays one
 * readable item.
 */
function staleWarning(stale) {
    const what = stale.length === 1 ? '1 JUnit report' : `${stale.length} JUnit reports`;
    return (`Ignored ${what} that the test command did not write (modified before it started, so left from an ` +
        `earlier run): ${listedNames(stale.map((report) => quote(report.name, 160)))}.`);
}
/**
 * No report the command wrote, or none matched: an error when failing tests
 * fail the step (with the command's exit code when it failed), else a
 * warning (the gate may still decide).
 */
function noReports(settings, command, stale, logger) {
    const after = command
        ? `after the test command, which exited with code ${command.exitCode}`
        : "(no test command was run: 'command' is empty)";
    const found = stale.length === 0
        ? `No JUnit report matched 'reports' (${settings.reports.join(', ')}) in ${settings.workingDirectory} ${after}. `
        : `The test command wrote no JUnit report: it exited with code ${command?.exitCode}, and the ` +
            `${stale.length === 1 ? 'report' : `${stale.length} reports`} matching 'reports' ` +
            `(${settings.reports.join(', ')}) in ${settings.workingDirectory} ` +
            `${stale.length === 1 ? 'is' : 'are'} older than the command, left from an earlier run (see the warning). `;
    const message = found +
        'Check that the tests write JUnit XML (pytest --junitxml=junit.xml, jest-junit, node --test-reporter=junit) ' +
        "and that 'reports' matches the file, relative to 'working-directory'" +
        (stale.length === 0 ? '.' : '; a report committed to the repository is not a result of this run.');
    const failed = command !== undefined && command.exitCode !== 0;
    if (settings.failOn.tests)
        throw new UserError(message, failed ? { exitCode: command.exitCode } : {});
    logger.warning(message);
}
async function readReports(reports, logger) {
    const builder = new TestRunBuilder();
    for (const report of reports) {
        builder.addReport(report.name);
        await reader_readReport(report.path, (testCase) => builder.add(testCase), report.name, (suite) => builder.addSuiteCounts(suite));
    }
    const run = builder.build();
    if (run.suitesCountedFromAttributes.length > 0)
        countedSuitesNotice(run, logger);
    // Report names come from the file system of the checkout: printed as data.
    logger.untrusted(run.reports
        .map(({ path, counts }) => `${path}: ${counts.total} tests, ${counts.failed} failed, ${counts.skipped} skipped`)
        .join('\n'));
    logger.info(`${run.counts.failed > 0 ? testsFailedSentence(run) : `${run.counts.total} tests, none failed`}.`);
    return run;
}
/** Suites that list no cases were counted from their attributes: say so, since their failures have no names. */
function countedSuitesNotice(run, logger) {
    const counted = run.suitesCountedFromAttributes;
    const total = emptyCounts();
    for (const suite of counted)
        addCounts(total, suite.counts);
    const suites = counted.length === 1 ? '1 test suite lists' : `${counted.length} test suites list`;
    logger.notice(`${suites} no test cases: counted from the suite's own tests, failures, errors and skipped attributes ` +
        `(${total.total} tests, ${total.failed} failed, ${total.skipped} skipped); their tests have no names or messages.`);
    // Suite and report names come from the reports: printed as data.
    logger.untrusted(counted
        .map(({ name, report, counts }) => `${report}: suite '${name}' counted as ${counts.total} tests, ${counts.failed} failed`)
        .join('\n'));
}
/**
 * Reads the metrics and the baseline and evaluates the rules. A problem with
 * those inputs is kept on the outcome rather than thrown, so the test results
 * are still reported before the step fails.
 */
async function checkGate(settings, report, logger) {
    try {
        const metrics = await readMetricsInput({ name: 'metrics', ...settings.metrics }, settings.workspace);
        const baseline = await loadBaseline(settings.baseline, settings.workspace, logger);
        if (baseline) {
            report.baseline = baseline;
            logger.info(baseline.metrics ? `Baseline: ${baseline.source}.` : `No baseline: ${baseline.missing}.`);
        }
        report.gate = evaluateGate(settings.rules, metrics, baseline?.metrics);
    }
    catch (error) {
        if (!isUserError(error))
            throw error;
        report.gateProblem = error.message;
        // The message may quote the metrics file or a registry tag: text from outside the workflow.
        logger.untrusted(`The quality gate could not be checked: ${error.message}`);
        return;
    }
    for (const row of report.gate.rows) {
        const value = row.value === undefined ? 'no value' : formatNumber(row.value);
        logger.info(`${row.verdict.padEnd(7)}  ${row.rule}  (${value}${row.reason ? `; ${row.reason}` : ''})`);
    }
    const total = report.gate.rows.length;
    const noBaseline = report.gate.rows.filter((row) => row.skip === 'no-baseline');
    if (noBaseline.length > 0) {
        logger.notice(`Skipped ${noBaseline.length} of ${total} gate rules: ` +
            `${noBaseline.map((row) => `${row.rule} (${row.reason ?? 'skipped'})`).join('; ')}.`);
    }
    // A baseline that is there but lacks the metric is likely a renamed metric or a broken evaluation: a warning,
    // worded here so that the baseline's non-number value (text from outside the workflow) is not repeated.
    const lacking = report.gate.rows.filter((row) => row.skip === 'not-in-baseline' || row.skip === 'baseline-not-a-number');
    if (lacking.length > 0) {
        const what = lacking.map((row) => `${row.skip === 'not-in-baseline' ? 'has no' : 'holds no number for'} ${row.metric} (${row.rule})`);
        logger.warning(`Skipped ${lacking.length} of ${total} gate rules, not checked: ` +
            `the baseline ${report.baseline?.source ?? ''} ${what.join('; ')}.`);
    }
    logger.info(`Quality gate: ${report.gate.verdict}.`);
}
function failOnWords(settings) {
    const { tests, gate } = settings.failOn;
    if (tests && gate)
        return 'tests,gate';
    if (tests)
        return 'tests';
    if (gate)
        return 'gate';
    return 'none';
}

;// CONCATENATED MODULE: ./actions/test/lib/src/main.js








const dependencies = { commands: actionsCommandRunner, logger: actionsLogger };
/** Reads the inputs, runs and reads the tests, and writes the outputs, the report file and the job summary. */
async function run() {
    await runAction('test', async () => {
        const settings = readSettings();
        const report = await test(settings, dependencies);
        const reportFile = await writeReportFile(report);
        const publication = settings.publish
            ? await actionsLogger.group('Pull request comment and check run', () => publish(report, settings.publish, publishDependencies(settings.publish)))
            : { commentUrl: '', checkRunUrl: '' };
        const { counts } = report.run;
        setOutputs({
            total: counts.total,
            passed: counts.passed,
            failed: counts.failed,
            errors: counts.errors,
            skipped: counts.skipped,
            'duration-seconds': roundSeconds(report.run.durationSeconds),
            gate: gateOutput(report),
            report: reportFile,
            'comment-url': publication.commentUrl,
            'check-run-url': publication.checkRunUrl,
        });
        await writeSummary(renderTestSummary(report, new BoundedSummary()));
        if (report.failure)
            throw new UserError(report.failure);
    });
}
/** The GitHub APIs, connected on first use: Octokit loads only when a comment or check run is written. */
function publishDependencies(settings) {
    const connection = {
        token: settings.token,
        repository: settings.repository,
        apiUrl: settings.apiUrl,
        logger: actionsLogger,
        // DESIGN's bound; the variable lets tests of a hung API take seconds.
        limits: {
            requestTimeoutMs: timeLimitMs('MLOPS_ACTIONS_GITHUB_REQUEST_TIMEOUT_MS', deployments/* DEFAULT_API_LIMITS */.sC.requestTimeoutMs),
        },
    };
    return {
        comments: () => connectIssueComments(connection),
        checkRuns: () => connectCheckRuns(connection),
        logger: actionsLogger,
    };
}


/***/ }),

/***/ 7371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ checkRunSummary),
/* harmony export */   k7: () => (/* binding */ annotationBatches),
/* harmony export */   kY: () => (/* binding */ CHECK_RUN_SUMMARY_LIMIT)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_REQUEST */
/** GitHub's limit for a check run's output summary (and text), in characters. */
const CHECK_RUN_SUMMARY_LIMIT = 65_535;
/** GitHub takes at most 50 annotations per request; more are sent by further updates of the same check run. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations in GitHub's batches of at most 50; one empty batch when there are none (the output still goes up). */
function annotationBatches(annotations) {
    const batches = [];
    for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
    }
    return batches.length === 0 ? [[]] : batches;
}
/**
 * A summary GitHub accepts: at most 65 535 characters. A longer one is cut at
 * a line break and ends with a note that says so (a cut table or code block
 * is closed by the blank line before the note).
 */
function checkRunSummary(summary) {
    if (summary.length <= CHECK_RUN_SUMMARY_LIMIT)
        return summary;
    const note = `\n\n> [!NOTE]\n> Cut to GitHub's ${CHECK_RUN_SUMMARY_LIMIT.toLocaleString('en-US')}-character limit for a check run summary: the workflow run's job summary has the rest.\n`;
    let cut = summary.slice(0, CHECK_RUN_SUMMARY_LIMIT - note.length);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > 0)
        cut = cut.slice(0, lineEnd);
    // A fenced code block left open would swallow the note.
    if ((cut.match(/^```/gm) ?? []).length % 2 === 1)
        cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n```')));
    return `${cut}${note}`;
}


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

/***/ 1826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ issueCommentOf),
/* harmony export */   t: () => (/* binding */ COMMENT_BODY_LIMIT)
/* harmony export */ });
/** GitHub's limit for the body of an issue or pull-request comment, in characters. */
const COMMENT_BODY_LIMIT = 65_536;
/** An `IssueComment` from the REST API's record. */
function issueCommentOf(record) {
    return {
        id: Number(record.id),
        body: record.body ?? '',
        htmlUrl: record.html_url,
        author: { login: record.user?.login ?? '', isBot: record.user?.type === 'Bot' },
        createdAt: record.created_at,
    };
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ var __webpack_exports__ = __nccwpck_require__(6365);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
