#!/usr/bin/env bash
# Installs what is missing, builds (Debug, warnings as errors) into build-test/ and runs the whole
# ctest suite: unit, integration (a throwaway PostgreSQL cluster per run) and offscreen GUI tests.
#   ./test.sh [ctest arguments...]      e.g. ./test.sh -L unit   or   ./test.sh -R cli
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
cd "$PGSTEWARD_ROOT"

install_missing_packages
install_s3rver
export PGSTEWARD_S3RVER="$PGSTEWARD_NODE_PREFIX/node_modules/.bin/s3rver"
configure_and_build "$PGSTEWARD_ROOT/build-test" Debug -DPGSTEWARD_WERROR=ON -DPGSTEWARD_BUILD_TESTS=ON

# Tests never touch the keychain of the person running them, nor a display.
export PGSTEWARD_NO_KEYCHAIN=1 QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
say "Running the test suite"
ctest --test-dir "$PGSTEWARD_ROOT/build-test" --output-on-failure --timeout 600 -j "$(nproc)" "$@"
