#!/usr/bin/env bash
# The Debian package as a user gets it (issue 15): lintian, desktop-file-validate and appstreamcli pass, the file
# list is what it should be, and the program unpacked into a temporary folder runs without the build tree:
# --version, a headless command and an offscreen screenshot. Run by `make check-package` (and CI).
#   tests/package/check_package.sh BUILD_DIR
set -euo pipefail
build_dir=${1:?usage: check_package.sh BUILD_DIR}
deb=$(ls "$build_dir"/compute-atlas_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "check_package: no compute-atlas_*.deb in $build_dir (run make package)" >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "check_package: $*" >&2; exit 1; }

echo "== lintian $deb"
# --fail-on error,warning: a warning fails too. Overrides, each with its reason, live in the package itself.
lintian --fail-on error,warning --tag-display-limit 0 --allow-root "$deb" || fail "lintian found errors or warnings"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/pkg"

echo "== file list"
expected="$here/expected_files.txt"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort > "$root/files.txt"
diff -u "$expected" "$root/files.txt" || fail "the package's files differ from tests/package/expected_files.txt"

echo "== desktop-file-validate, appstreamcli"
desktop-file-validate "$root/pkg/usr/share/applications/compute-atlas.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$root/pkg/usr/share/metainfo/io.github.compute_atlas.metainfo.xml" \
  || fail "appstreamcli validate"

echo "== the unpacked program, away from the build tree"
bin="$root/pkg/usr/bin/compute-atlas"
file "$bin" | grep -q 'stripped' && ! file "$bin" | grep -q 'not stripped' || fail "the binary is not stripped"
export XDG_DATA_HOME="$root/home/data" XDG_CONFIG_HOME="$root/home/config" XDG_CACHE_HOME="$root/home/cache"
export QT_QPA_PLATFORM=offscreen
cd "$root"
"$bin" --version | grep -q '^compute-atlas ' || fail "--version"
"$bin" chips --format json > chips.json
grep -q '"id": *"h100-sxm"' chips.json || fail "chips --format json lists no h100-sxm"
"$bin" --view compare --screenshot shot.png --size 1024x640
[ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "the screenshot is not a PNG"
zcat "$root/pkg/usr/share/man/man1/compute-atlas.1.gz" | grep -q '^\.SS roofline' || fail "the manual page lacks roofline"
echo "check_package: $deb passes"
