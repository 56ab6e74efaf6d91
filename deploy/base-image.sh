#!/usr/bin/env bash
# Builds a Debian bookworm base image with no registry: debootstrap a minimal root file system
# from the Debian mirror apt already uses, then `docker import` it. Idempotent: does nothing when
# the image exists. Where a registry is reachable, `debian:bookworm-slim` does the same job.
#
# usage: deploy/base-image.sh [IMAGE]   (default jhands/base:bookworm, or $JHANDS_BASE_IMAGE)
set -euo pipefail

image=${1:-${JHANDS_BASE_IMAGE:-jhands/base:bookworm}}
suite=${JHANDS_BASE_SUITE:-bookworm}

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base-image: $image exists"
  exit 0
fi
command -v debootstrap >/dev/null || {
  echo "base-image: debootstrap is missing (apt-get install -y debootstrap)" >&2
  exit 1
}

# The Debian mirror apt is configured with (not a third-party repository), so this works wherever apt-get works.
mirror=${JHANDS_DEBIAN_MIRROR:-}
if [[ -z $mirror ]]; then
  mirror=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d \
    2>/dev/null | head -n1 | tr -d ' ' || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

root=$(mktemp -d "${TMPDIR:-/tmp}/jhands-base.XXXXXX")
trap 'rm -rf "$root"' EXIT
echo "base-image: debootstrap $suite from $mirror (about a minute)"
debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 || {
  tail -n 30 "$root.log" >&2
  rm -f "$root.log"
  exit 1
}
rm -f "$root.log"
# Keep the image small: apt lists and caches come back with the first `apt-get update`.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["/bin/bash"]' \
  - "$image" >/dev/null
echo "base-image: built $image"
