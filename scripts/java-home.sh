# Sourced by ./jhands and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm
# (JHANDS_JVM_DIR overrides that folder).

jhands_java_major() {
  local home=$1 version=""
  if [[ -f "$home/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z "$version" && -x "$home/bin/java" ]]; then
    version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = //p')
  fi
  version=${version#1.}
  echo "${version%%[.+-]*}"
}

jhands_pick_java_home() {
  local candidate major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    major=$(jhands_java_major "$JAVA_HOME")
    if [[ "${major:-0}" -ge 21 ]]; then
      return 0
    fi
  fi
  local jvm_dir=${JHANDS_JVM_DIR:-/usr/lib/jvm}
  for candidate in "$jvm_dir"/*; do
    [[ -x "$candidate/bin/javac" && ! -L "$candidate" ]] || continue
    major=$(jhands_java_major "$candidate")
    if [[ "${major:-0}" -ge 21 && "$major" -gt "$best_major" ]]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [[ -z "$best" ]]; then
    echo "jhands needs a JDK 21 or newer (JDK 25 recommended) and found none:" >&2
    echo "  JAVA_HOME=${JAVA_HOME:-<unset>}; nothing suitable under $jvm_dir." >&2
    echo "Install one and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
