# Shared by run.sh and test.sh: install what is missing, configure and build.
# shellcheck shell=bash

PGSTEWARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages needed to build, test and run (one per line, kept sorted).
PGSTEWARD_PACKAGES=(
  build-essential ccache check-postgres cmake dbus-daemon dpkg-dev file libarchive-dev libpq-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6svg6 libvulkan-dev libxkbcommon-dev lld ninja-build pkg-config
  postgresql-15 postgresql-client-15 qt6-base-dev qt6-base-dev-tools qt6-charts-dev
  qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n qt6-tools-dev qt6-tools-dev-tools qtkeychain-qt6-dev
  xauth xvfb rclone age openssh-server
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

install_missing_packages() {
  local missing=() pkg
  for pkg in "${PGSTEWARD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "All ${#PGSTEWARD_PACKAGES[@]} required Debian packages are installed"
    return 0
  fi
  say "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
    || die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || die "apt-get install failed for: ${missing[*]}"
}

# s3rver (a real S3 server in Node) for the off-site tests, from the npm registry, into a cache
# outside the repository. Never fatal: without it the S3 tests skip and say why.
PGSTEWARD_NODE_PREFIX="${XDG_CACHE_HOME:-$HOME/.cache}/pgsteward/node"
install_s3rver() {
  if [ -x "$PGSTEWARD_NODE_PREFIX/node_modules/.bin/s3rver" ]; then
    say "s3rver is installed in $PGSTEWARD_NODE_PREFIX"
    return 0
  fi
  # Debian's nodejs and npm, only when no npm is there: a Node from elsewhere (which brings its
  # own npm) conflicts with Debian's npm package, and that must not stop the build.
  if ! command -v npm >/dev/null; then
    local sudo=()
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=(sudo)
    say "Installing Debian's nodejs and npm for the S3 test endpoint"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm >/dev/null 2>&1 || true
  fi
  if ! command -v npm >/dev/null; then
    say "npm is missing and could not be installed: the S3 tests will be skipped"
    return 0
  fi
  say "Installing s3rver into $PGSTEWARD_NODE_PREFIX"
  mkdir -p "$PGSTEWARD_NODE_PREFIX"
  if ! timeout 120 npm install --prefix "$PGSTEWARD_NODE_PREFIX" --fetch-retries=1 --fetch-timeout=20000 --no-audit --no-fund --loglevel=error s3rver@3 >&2; then
    say "Could not install s3rver (is the npm registry reachable?): the S3 tests will be skipped"
  fi
  return 0
}

# configure_and_build BUILD_DIR BUILD_TYPE [extra cmake args...]
configure_and_build() {
  local dir="$1" type="$2"; shift 2
  say "Configuring ($type) in $dir"
  cmake -S "$PGSTEWARD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >"$dir.configure.log" 2>&1 \
    || { cat "$dir.configure.log" >&2; die "cmake configure failed"; }
  say "Building"
  cmake --build "$dir" -j "$(nproc)" || die "build failed"
}
