#!/usr/bin/env bash
# Makes the sandbox tools bundle: a jlinked Java runtime, the action-execution-server and the
# agent-server (Quarkus fast-jars) and the start script, in one directory that any glibc image
# runs read-only at /opt/jhands (./jhands bundle).
#
# usage: deploy/bundle/build.sh [--package] [OUT]
#   --package  (re)package both servers first; otherwise only when a fast-jar is missing
#   OUT        where the bundle goes (default deploy/bundle/target/jhands-bundle)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source scripts/java-home.sh
jhands_pick_java_home

package=false
out=$root/deploy/bundle/target/jhands-bundle
for arg in "$@"; do
  case "$arg" in
    --package) package=true ;;
    -*) echo "usage: deploy/bundle/build.sh [--package] [OUT]" >&2; exit 2 ;;
    *) out=$(realpath -m "$arg") ;;
  esac
done

servers=(action-execution-server agent-server)
for s in "${servers[@]}"; do
  [[ -f $s/target/quarkus-app/quarkus-run.jar ]] || package=true
done
if $package; then
  echo "bundle: packaging ${servers[*]}"
  ./mvnw -B -ntp -q -pl "$(IFS=,; echo "${servers[*]}")" -am package -DskipTests
fi

# The modules both servers need, checked by starting them from the bundle (deploy/README.md).
modules=$(grep -v '^#' deploy/bundle/modules.txt | tr -s ' \n' ',' | sed 's/^,//; s/,$//')

work=$out.tmp
rm -rf "$work"
mkdir -p "$work/bin" "$(dirname "$out")"
echo "bundle: jlink $modules"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --generate-cds-archive --output "$work/jre"
for s in "${servers[@]}"; do
  cp -a "$s/target/quarkus-app" "$work/$s"
done
install -m 0755 deploy/bundle/jhands-sandbox "$work/bin/jhands-sandbox"
# Startup archives for where sandboxes mount the bundle (JHANDS_AOT_TARGET, /opt/jhands);
# JHANDS_AOT=off leaves them out.
if [[ ${JHANDS_AOT:-on} != off ]]; then
  deploy/bundle/aot-train.sh "$work" "${JHANDS_AOT_TARGET:-/opt/jhands}"
fi
{
  echo "jhands tools bundle"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "java: $("$work/jre/bin/java" -version 2>&1 | head -n1)"
  echo "aot: $(cat "$work/aot/path" 2>/dev/null || echo none)"
  echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
} >"$work/VERSION"
# Readable by any sandbox user, writable by none: it is mounted read-only anyway.
chmod -R a+rX,go-w "$work"
rm -rf "$out"
mv "$work" "$out"
echo "bundle: $out ($(du -sh "$out" | cut -f1))"
