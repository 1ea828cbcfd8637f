#!/usr/bin/env bash
# Stops the tiny-lm servers deploy.sh started: those of the environments
# named as arguments, or of every environment. Their logs are kept.
set -euo pipefail

root="${TINY_LM_DEPLOY_ROOT:-${TMPDIR:-/tmp}/tiny-lm-deployments}"
# Running, and not a zombie waiting for an init that is slow to reap it.
alive() { kill -0 "$1" 2>/dev/null && ! grep -qs '^State:[[:space:]]*Z' "/proc/$1/status"; }
[[ -d "$root" ]] || exit 0
environments=("$@")
if [[ ${#environments[@]} -eq 0 ]]; then
  for dir in "$root"/*/; do [[ -d "$dir" ]] && environments+=("$(basename "$dir")"); done
fi
for environment in "${environments[@]}"; do
  pid_file="$root/$environment/server.pid"
  [[ -f "$pid_file" ]] || continue
  pid="$(cat "$pid_file")"
  if alive "$pid"; then
    kill "$pid"
    for _ in $(seq 50); do alive "$pid" || break; sleep 0.1; done
    echo "Stopped the server running in $environment (pid $pid)."
  fi
  rm -f "$pid_file"
done
