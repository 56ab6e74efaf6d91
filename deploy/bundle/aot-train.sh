#!/usr/bin/env bash
# Makes the bundle's AOT caches (JDK 25: JEP 483/514/515) by a training run of both servers, and
# checks that they are used. Called by build.sh on the bundle before it is moved into place.
#
# usage: deploy/bundle/aot-train.sh BUNDLE [TARGET]
#   BUNDLE  the bundle directory; the caches go to BUNDLE/aot/{action,agent}.aot and BUNDLE/aot/path
#   TARGET  where sandboxes mount the bundle (default /opt/jhands, as the Docker backend and the
#           Kubernetes init container do): a cache is only valid at the jar paths it was made with
#
# No Docker is needed: the training runs in a private mount namespace (unshare; as root, or as a
# user where unprivileged user namespaces are allowed) in which BUNDLE is bind-mounted at TARGET.
# The training starts both servers through the bundle's own start script and JVM options, asks
# each a few questions, and stops them: each JVM writes its cache as it exits. The check then
# starts both again with -XX:AOTMode=on, which refuses to start when a cache cannot be used.
# When something is missing (an older JDK, no unshare, no curl) it says so and makes no cache:
# the start script then falls back to class-data archives written on the first start.
set -euo pipefail

bundle=$(realpath "$1")
target=${2:-${JHANDS_AOT_TARGET:-/opt/jhands}}
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

skip() {
  echo "bundle: no AOT cache: $*" >&2
  rm -rf "$bundle/aot"
  exit 0
}

# Inside the namespace: mount the bundle at TARGET, train, then check.
if [[ ${JHANDS_AOT_INSIDE:-} == 1 ]]; then
  parent=$(dirname "$target")
  # A tmpfs over the parent (only in this namespace) makes TARGET without touching the host.
  mount -t tmpfs jhands-aot "$parent"
  mkdir -p "$target"
  mount --bind "$bundle" "$target"

  free_port() {
    local p
    while :; do
      p=$((20000 + RANDOM % 30000))
      (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
  }
  # One run of the start script with a clean environment; $1 names the run, the rest is env.
  run_servers() {
    local name=$1
    shift
    local port action_port key workspace pid
    port=$(free_port)
    action_port=$(free_port)
    key=train-$RANDOM$RANDOM
    workspace=$(mktemp -d)
    env -i PATH=/usr/bin:/bin HOME="$workspace" SESSION_API_KEY="$key" \
      JHANDS_WORKSPACE="$workspace" JHANDS_ACTION_PORT="$action_port" "$@" \
      "$target/bin/jhands-sandbox" --port "$port" >"$log_dir/$name.log" 2>&1 &
    pid=$!
    local begun=$SECONDS
    until curl -sf -o /dev/null "http://127.0.0.1:$port/alive" &&
      curl -sf -o /dev/null "http://127.0.0.1:$action_port/alive"; do
      if ! kill -0 "$pid" 2>/dev/null || ((SECONDS - begun > 120)); then
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" || true
        echo "bundle: the $name run did not serve; its output:" >&2
        tail -n 30 "$log_dir/$name.log" >&2
        return 1
      fi
      sleep 0.1
    done
    local served=$((SECONDS - begun))
    # What a client does first, so that its code is in the cache too.
    local h="X-Session-API-Key: $key"
    curl -sf -o /dev/null -H "$h" "http://127.0.0.1:$port/server_info" || true
    curl -sf -o /dev/null -H "$h" "http://127.0.0.1:$port/api/conversations/search" || true
    curl -sf -o /dev/null -H "$h" "http://127.0.0.1:$action_port/server_info" || true
    kill -TERM "$pid"
    wait "$pid" || true
    rm -rf "$workspace"
    echo "bundle: $name run served in about ${served}s" >&2
  }

  mkdir -p "$target/aot"
  run_servers training JHANDS_AOT_OUTPUT="$target/aot" || exit 1
  [[ -s $target/aot/action.aot && -s $target/aot/agent.aot ]] || {
    echo "bundle: the training wrote no cache; its output:" >&2
    tail -n 30 "$log_dir/training.log" >&2
    exit 1
  }
  echo "$target" >"$target/aot/path"
  run_servers check JHANDS_AOT_MODE=on || exit 1
  grep -q "starting from the AOT caches" "$log_dir/check.log" || {
    echo "bundle: the start script did not take the caches" >&2
    exit 1
  }
  exit 0
fi

java=$bundle/jre/bin/java
"$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' ||
  skip "$("$java" -version 2>&1 | head -n1) has no -XX:AOTCacheOutput (JDK 25 has)"
command -v curl >/dev/null || skip "no curl to exercise the servers with"
command -v unshare >/dev/null || skip "no unshare (util-linux) to mount the bundle at $target"
[[ $(dirname "$target") != / ]] || skip "$target: a path at least two levels deep is needed"

# A bound on the whole: a JVM that hangs while writing its cache must not hang the build.
ns=(timeout 600 unshare --mount --propagation private)
[[ $(id -u) == 0 ]] || ns+=(--map-root-user)
echo "bundle: AOT training of both servers at $target" >&2
if ! JHANDS_AOT_INSIDE=1 "${ns[@]}" "$0" "$bundle" "$target"; then
  skip "the training or its check failed (see above)"
fi
# The training JVMs wrote their temporary files as the building user; the bundle is read-only.
rm -f "$bundle"/aot/*.config
echo "bundle: AOT caches $(du -sh "$bundle/aot" | cut -f1), used when the bundle is at $target" >&2
