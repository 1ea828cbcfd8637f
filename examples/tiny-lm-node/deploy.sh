#!/usr/bin/env bash
# Deploys tiny-lm to a local "environment": the inference server on
# 127.0.0.1:$DEPLOY_PORT, one port per environment. It stands in for a real
# serving platform and shows the contract mlops-actions/deploy-env gives a
# deploy command: MODEL_NAME, MODEL_VERSION, MODEL_TAG, MODEL_DIGEST,
# DEPLOY_ENVIRONMENT, DEPLOY_PREVIOUS_VERSION and DEPLOY_ROLLBACK in the
# environment. deploy-env then polls /health and rolls back on failure.
#
# Each version deployed to an environment is kept as a release folder (the
# model files and the server code), so a rollback restarts exactly what ran
# before. On a machine that never ran that version (a fresh CI runner), the
# version is rebuilt from the commit its registry tag points at; either way
# the model's digest must equal MODEL_DIGEST before the server starts.
#
# TINY_LM_DEPLOY_ROOT: where environments keep their releases, pid and log
# (default: $TMPDIR/tiny-lm-deployments).
set -euo pipefail

: "${MODEL_NAME:?set by deploy-env}" "${MODEL_VERSION:?set by deploy-env}" "${MODEL_TAG:?set by deploy-env}"
: "${MODEL_DIGEST:?set by deploy-env}"
: "${DEPLOY_ENVIRONMENT:?set by deploy-env}" "${DEPLOY_PORT:?set DEPLOY_PORT to the port of this environment}"

project="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${TINY_LM_DEPLOY_ROOT:-${TMPDIR:-/tmp}/tiny-lm-deployments}"
env_dir="$root/$DEPLOY_ENVIRONMENT"
release="$env_dir/releases/$MODEL_VERSION"
mkdir -p "$env_dir/releases"

# Running, and not a zombie waiting for an init that is slow to reap it.
alive() { kill -0 "$1" 2>/dev/null && ! grep -qs '^State:[[:space:]]*Z' "/proc/$1/status"; }

# The digest of DESIGN.md's registry format, with coreutils.
digest_of() {
  (cd "$1" && find . -type f ! -path './.git/*' | LC_ALL=C sort | while IFS= read -r f; do
    printf '%s  %s  %s\n' "$(sha256sum < "$f" | cut -d' ' -f1)" "$(stat -c%s "$f")" "${f#./}"
  done | sha256sum | cut -d' ' -f1 | sed 's/^/sha256:/')
}

# Copies the server code and a trained model from project folder $1 into the release.
stage_release() {
  rm -rf "$release.tmp" && mkdir -p "$release.tmp"
  cp -R "$1/server.mjs" "$1/src" "$1/package.json" "$release.tmp/"
  cp -R "$1/model" "$release.tmp/model"
  rm -rf "$release" && mv "$release.tmp" "$release"
}

if [[ -d "$release/model" && "$(digest_of "$release/model")" == "$MODEL_DIGEST" ]]; then
  echo "Reusing the release of $MODEL_VERSION kept for $DEPLOY_ENVIRONMENT."
elif [[ -d "$project/model" && "$(digest_of "$project/model")" == "$MODEL_DIGEST" ]]; then
  echo "Staging $MODEL_VERSION from this build."
  stage_release "$project"
elif ! checkout="$(git -C "$project" rev-parse --show-toplevel 2>/dev/null)"; then
  echo "::error::The files of $MODEL_NAME $MODEL_VERSION ($MODEL_DIGEST) are not on this machine, and $project is not a git checkout to rebuild them from."
  exit 1
else
  echo "Rebuilding $MODEL_VERSION from the commit of $MODEL_TAG."
  prefix="$(git -C "$project" rev-parse --show-prefix)"
  source_dir="$(mktemp -d)"
  trap 'rm -rf "$source_dir"' EXIT
  # deploy-env leaves the version tag in the checkout, fetched from whichever
  # remote holds the registry; without it, ask origin.
  source_ref="refs/tags/$MODEL_TAG"
  if ! git -C "$checkout" rev-parse --quiet --verify "$source_ref^{commit}" >/dev/null; then
    git -C "$checkout" fetch --quiet --no-tags --depth=1 origin "$source_ref"
    source_ref=FETCH_HEAD
  fi
  git -C "$checkout" archive "$source_ref" -- "${prefix:-.}" | tar -x -C "$source_dir"
  (cd "$source_dir/$prefix" && node train.mjs >/dev/null)
  stage_release "$source_dir/$prefix"
fi
actual="$(digest_of "$release/model")"
if [[ "$actual" != "$MODEL_DIGEST" ]]; then
  echo "::error::The model files of $MODEL_VERSION have digest $actual, but the registry says $MODEL_DIGEST."
  exit 1
fi

# Stop the server that runs in this environment now, if any.
TINY_LM_DEPLOY_ROOT="$root" bash "$project/undeploy.sh" "$DEPLOY_ENVIRONMENT"

# Start the new one in the background, detached from this step: its output
# goes to a log file, so the step ends while the server keeps running.
log="$env_dir/server.log"
touch "$log"
seen="$(wc -l <"$log")"
detach=()
command -v setsid >/dev/null && detach=(setsid)
MODEL_DIR="$release/model" PORT="$DEPLOY_PORT" HOST=127.0.0.1 \
  nohup "${detach[@]}" node "$release/server.mjs" </dev/null >>"$log" 2>&1 &
pid=$!
echo "$pid" >"$env_dir/server.pid"

# Wait until it listens (up to 30 s, by the clock: node starts slowly on a
# busy machine); a server that cannot start (the port is taken, the model
# does not load) fails the deploy here with its own words.
deadline=$((SECONDS + 30))
while ((SECONDS < deadline)); do
  if tail -n +"$((seen + 1))" "$log" | grep -q 'serving on'; then
    echo "Started $MODEL_NAME $MODEL_VERSION in $DEPLOY_ENVIRONMENT on http://127.0.0.1:$DEPLOY_PORT (pid $pid, log $log)."
    exit 0
  fi
  if ! alive "$pid"; then break; fi
  sleep 0.1
done
rm -f "$env_dir/server.pid"
kill "$pid" 2>/dev/null || true
echo "::error::The tiny-lm server for $MODEL_VERSION did not start in $DEPLOY_ENVIRONMENT: $(tail -n +"$((seen + 1))" "$log" | grep -v '^\s*$' | tail -n 3 | tr '\n' ' ')"
exit 1
