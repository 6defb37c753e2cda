#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and opens pgsteward on a local sandbox server with demo data.
#   ./run.sh              install what is missing, build build/, start or reuse the sandbox, open the GUI
#   ./run.sh --workload   also run a light demo workload against the sandbox while the app is open
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/common.sh"
cd "$PGSTEWARD_ROOT"

workload=0
for arg in "$@"; do
  case "$arg" in
    --workload) workload=1 ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) die "unknown option: $arg (see --help)" ;;
  esac
done

install_missing_packages
configure_and_build "$PGSTEWARD_ROOT/build" Release -DPGSTEWARD_BUILD_TESTS=OFF

cli="$PGSTEWARD_ROOT/build/bin/pgsteward-cli"
say "Starting (or reusing) the local sandbox cluster with demo data"
"$cli" sandbox start --demo --ensure-profile --profile-name "Local sandbox" || die "could not start the sandbox cluster"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  printf '\nNo graphical display (DISPLAY/WAYLAND_DISPLAY are unset): the GUI cannot open here.\n' >&2
  printf 'The sandbox is running; try the CLI:  %s status --profile "Local sandbox"\n' "$cli" >&2
  printf 'or run the GUI under a virtual display:  xvfb-run -a ./run.sh\n' >&2
  exit 1
fi

workload_pid=
if [ "$workload" -eq 1 ]; then
  say "Running a light demo workload in the background"
  "$cli" sandbox workload --clients 4 >/dev/null 2>&1 &
  workload_pid=$!
  trap '[ -n "$workload_pid" ] && kill "$workload_pid" 2>/dev/null || true' EXIT
fi

say "Opening pgsteward"
"$PGSTEWARD_ROOT/build/bin/pgsteward" --profile "Local sandbox"
