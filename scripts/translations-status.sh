#!/bin/sh
# SPDX-FileCopyrightText: 2026 pgsteward authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shows which source strings lack a finished translation, without touching translations/*.ts:
# runs lupdate over src/ into temporary copies. Exit code 1 when something is missing.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in translations/*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    "$LUPDATE" -locations none src ui -ts "$copy" >"$tmp/lupdate.log" 2>&1 || { cat "$tmp/lupdate.log"; exit 2; }
    grep -i "lacks Q_OBJECT" "$tmp/lupdate.log" && status=1
    total=$(grep -c "<message" "$copy" || true)
    open=$(grep -c 'type="unfinished"' "$copy" || true)
    stale=$(grep -Ec 'type="(vanished|obsolete)"' "$copy" || true)
    echo "$(basename "$ts"): $total messages, $open unfinished, $stale no longer in the sources"
    if [ "$open" -gt 0 ] || [ "$stale" -gt 0 ]; then
        status=1
        # The source line precedes its translation line in lupdate's output.
        grep -E -B1 'type="(unfinished|vanished|obsolete)"' "$copy" | sed -n 's|.*<source>\(.*\)</source>.*|  \1|p'
    fi
done
exit $status
