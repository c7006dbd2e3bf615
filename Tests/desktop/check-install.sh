#!/usr/bin/env bash
# Installs Damu into a throw-away prefix the way a school technician would, checks what landed and
# that the installed command works without the source tree, validates the desktop entry and the
# AppStream metadata, then uninstalls. Prints one "desktop: N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/../.."
passed=0 failed=0
check() {  # description, command...
  local what="$1"; shift
  if "$@" >/tmp/damu-check.log 2>&1; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAILED: $what"; sed 's/^/    /' /tmp/damu-check.log | tail -20
  fi
}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
check "desktop-file-validate" desktop-file-validate data/kz.damu.Damu.desktop
check "appstreamcli validate" appstreamcli validate --no-net data/kz.damu.Damu.metainfo.xml
check "icon is valid SVG" rsvg-convert -w 64 -o "$stage/icon.png" data/icons/hicolor/scalable/apps/kz.damu.Damu.svg
check "symbolic icon is valid SVG" rsvg-convert -w 16 -o "$stage/icon-symbolic.png" data/icons/hicolor/symbolic/apps/kz.damu.Damu-symbolic.svg

prefix="$stage/prefix"
check "scripts/install --prefix" scripts/install --prefix "$prefix"
for file in bin/damu share/applications/kz.damu.Damu.desktop share/metainfo/kz.damu.Damu.metainfo.xml \
            share/icons/hicolor/scalable/apps/kz.damu.Damu.svg \
            share/icons/hicolor/symbolic/apps/kz.damu.Damu-symbolic.svg \
            share/damu/data/templates/lesson-self-analysis.v1.json; do
  check "installed $file" test -f "$prefix/$file"
done
# The installed command finds its data beside itself, not in the source tree or DAMU_DATA_DIR.
check "installed damu demo works from the prefix" \
  env -u DAMU_DATA_DIR -C "$stage" "$prefix/bin/damu" demo --db "$stage/damu.sqlite"
check "installed damu lists the demo profile" \
  env -u DAMU_DATA_DIR -C "$stage" "$prefix/bin/damu" profiles list --db "$stage/damu.sqlite"
check "scripts/uninstall --prefix" scripts/uninstall --prefix "$prefix"
check "uninstall removed the command" test ! -e "$prefix/bin/damu"
check "uninstall removed the desktop entry" test ! -e "$prefix/share/applications/kz.damu.Damu.desktop"
check "uninstall removed the data" test ! -e "$prefix/share/damu"
check "uninstall left the teacher's database" test -f "$stage/damu.sqlite"

echo "desktop: $passed passed, $failed failed"
((failed == 0))
