#!/usr/bin/env bash
# Deploys tiny-lm (Python) to a local "environment": the inference server on
# 127.0.0.1:$DEPLOY_PORT, one port per environment. It stands in for a real
# serving platform and shows the contract mlops-actions/deploy-env gives a
# deploy command: MODEL_DIR (the registered files of the version, downloaded
# from the model store and verified against MODEL_DIGEST), MODEL_NAME,
# MODEL_VERSION, MODEL_TAG, MODEL_DIGEST, DEPLOY_ENVIRONMENT,
# DEPLOY_PREVIOUS_VERSION and DEPLOY_ROLLBACK in the environment. A rollback
# is the same call with the restored version's files in MODEL_DIR. deploy-env
# then polls /health and rolls back on failure.
#
# TINY_LM_DEPLOY_ROOT: where environments keep their pid and log
# (default: $TMPDIR/tiny-lm-deployments).
set -euo pipefail

: "${MODEL_NAME:?set by deploy-env}" "${MODEL_VERSION:?set by deploy-env}"
: "${DEPLOY_ENVIRONMENT:?set by deploy-env}" "${DEPLOY_PORT:?set DEPLOY_PORT to the port of this environment}"
if [[ -z "${MODEL_DIR:-}" || ! -d "$MODEL_DIR" ]]; then
  echo "::error::MODEL_DIR names no folder: register $MODEL_NAME with version-model's 'store' input, so that deploy-env downloads its files."
  exit 1
fi

project="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# actions/setup-python puts `python` on PATH; a machine may have only python3.
python="$(command -v python || command -v python3 || true)"
[[ -n "$python" ]] || { echo "::error::Neither python nor python3 is on PATH: set up Python before deploying."; exit 1; }
root="${TINY_LM_DEPLOY_ROOT:-${TMPDIR:-/tmp}/tiny-lm-deployments}"
env_dir="$root/$DEPLOY_ENVIRONMENT"
mkdir -p "$env_dir"

# Running, and not a zombie waiting for an init that is slow to reap it.
alive() { kill -0 "$1" 2>/dev/null && ! grep -qs '^State:[[:space:]]*Z' "/proc/$1/status"; }

# Stop the server that runs in this environment now, if any.
TINY_LM_DEPLOY_ROOT="$root" bash "$project/undeploy.sh" "$DEPLOY_ENVIRONMENT"

# Start the new one in the background, detached from this step: its output
# goes to a log file, so the step ends while the server keeps running. The
# server reads the model once, as it starts.
log="$env_dir/server.log"
touch "$log"
seen="$(wc -l <"$log")"
detach=()
command -v setsid >/dev/null && detach=(setsid)
MODEL_DIR="$MODEL_DIR" PORT="$DEPLOY_PORT" HOST=127.0.0.1 \
  nohup "${detach[@]}" "$python" "$project/server.py" </dev/null >>"$log" 2>&1 &
pid=$!
echo "$pid" >"$env_dir/server.pid"

# Wait until it listens (up to 30 s, by the clock: node starts slowly on a
# busy machine); a server that cannot start (the port is taken, the model
# does not load) fails the deploy here with its own words.
deadline=$((SECONDS + 30))
while ((SECONDS < deadline)); do
  if tail -n +"$((seen + 1))" "$log" | grep -q 'serving on'; then
    echo "Started $MODEL_NAME $MODEL_VERSION in $DEPLOY_ENVIRONMENT on http://127.0.0.1:$DEPLOY_PORT from $MODEL_DIR (pid $pid, log $log)."
    exit 0
  fi
  if ! alive "$pid"; then break; fi
  sleep 0.1
done
rm -f "$env_dir/server.pid"
kill "$pid" 2>/dev/null || true
echo "::error::The tiny-lm server for $MODEL_VERSION did not start in $DEPLOY_ENVIRONMENT: $(tail -n +"$((seen + 1))" "$log" | grep -v '^\s*$' | tail -n 3 | tr '\n' ' ')"
exit 1
