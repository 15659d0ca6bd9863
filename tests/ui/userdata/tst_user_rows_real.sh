#!/bin/sh
# The form and Edit → Undo/Redo in the program's real window on a virtual X server (Xvfb), driven by xdotool the
# way a person drives it (issue 20): Edit → Add a money flow… from the keyboard, the fields typed, Add; then
# Ctrl+Z and Ctrl+Shift+Z with the focus in the navigation list, and in an empty search box, remove the row and
# bring it back (db export-user shows the user database meanwhile). A private XDG_DATA_HOME keeps the real user database out of it.
# Usage: tst_user_rows_real.sh PROGRAM. Exits 77 (skipped) without xvfb-run or xdotool.
set -eu
program=$1
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "skipped: needs xvfb-run and xdotool (make deps)"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cat > "$work/drive.sh" <<'DRIVE'
set -eu
program=$1
fail() { echo "FAIL: $*"; kill "$pid" 2>/dev/null || true; exit 1; }
window() { timeout 30 xdotool search --sync --onlyvisible --name "^$1\$" | tail -n 1; }
keys() { xdotool windowactivate --sync "$1" 2>/dev/null || xdotool windowfocus --sync "$1"; shift; xdotool "$@"; }
# The user's flows, as db export-user writes them (the header line and one line per row).
flows() { "$program" db export-user --table flow 2>/dev/null | grep -c '^my-flow,' || true; }
# Waits (up to 10 s) until the user database holds $1 of the user's flows.
expect() { n=0; while [ "$(flows)" != "$1" ]; do n=$((n + 1)); [ $n -lt 50 ] || fail "$2"; sleep 0.2; done; }

"$program" --view flows & pid=$!
w=$(window "Compute Atlas") || fail "the window did not open"
xdotool windowmove --sync "$w" 0 0 windowsize --sync "$w" 1024 640
keys "$w" key alt+e
sleep 0.3
keys "$w" key m
form=$(window "Add a money flow") || fail "Edit → Add a money flow… did not open the form"
# Id (prefilled), From, To, Kind, Amount, upper bound, Announced on (prefilled), period start and end, the three
# descriptions, Source.
keys "$form" key Tab
xdotool type oracle; xdotool key Escape Tab
xdotool type openai; xdotool key Escape Tab
xdotool type equity; xdotool key Tab
xdotool type 5e9; xdotool key Tab Tab Tab Tab Tab
xdotool type "Oracle invests in OpenAI"; xdotool key Tab
xdotool type "Oracle invests in OpenAI (zh_TW)"; xdotool key Tab
xdotool type "Oracle invests in OpenAI (zh_CN)"; xdotool key Tab
xdotool key ctrl+a; xdotool type lokmat-2025-10-nvidia-korea-260k; xdotool key Escape Tab
xdotool key Tab
xdotool type active
sleep 1
keys "$form" key Return
expect 1 "the form did not add the flow (is a field wrong?)"
echo "ok: the form added the flow"

# The focus in the navigation list, then Ctrl+Z and Ctrl+Shift+Z.
xdotool mousemove --window "$w" 50 400 click 1
keys "$w" key ctrl+z
expect 0 "Ctrl+Z did not remove the flow"
keys "$w" key ctrl+shift+z
expect 1 "Ctrl+Shift+Z did not bring the flow back"
echo "ok: Ctrl+Z removed it and Ctrl+Shift+Z brought it back"

# From Compare's chip search box (Alt+C): empty, it has nothing to undo, so Ctrl+Z is Edit → Undo; once typed
# into, Ctrl+Z undoes the typing and leaves the data alone.
keys "$w" key ctrl+1
sleep 0.5
keys "$w" key alt+c
keys "$w" key ctrl+z
expect 0 "Ctrl+Z from the empty search box did not undo"
keys "$w" key ctrl+shift+z
expect 1 "Ctrl+Shift+Z from the empty search box did not redo"
# The views were rebuilt on the new data: the search box is a new one.
keys "$w" key alt+c
keys "$w" type "h1"
keys "$w" key ctrl+z
sleep 1
[ "$(flows)" = 1 ] || fail "Ctrl+Z in a search box with typing to undo undid the data instead"
echo "ok: from the search box, Ctrl+Z undoes the data while the box has nothing to undo, else its typing"
keys "$w" key ctrl+q
timeout 30 sh -c "while kill -0 $pid 2>/dev/null; do sleep 0.2; done" || fail "Ctrl+Q did not close the window"
DRIVE

xvfb-run -a -s "-screen 0 1280x800x24" sh "$work/drive.sh" "$program"
