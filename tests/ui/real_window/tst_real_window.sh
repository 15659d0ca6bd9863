#!/bin/sh
# The program's real window on a virtual X server (Xvfb), driven by xdotool the way a person drives it (issue 10):
#   1. the window can be made 1024 × 640 (no view forces it wider);
#   2. the wheel rolled down the whole Roofline panel, over every combo and spin box on the way, while none has
#      the focus, changes no setting: what the program saves at Ctrl+Q is still the first-start defaults;
#   3. Ctrl+E opens the export dialog while the chip search box has the focus.
# Usage: tst_real_window.sh PROGRAM. Exits 77 (skipped) without xvfb-run or xdotool.
set -eu
program=$1
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "skipped: needs xvfb-run and xdotool (make deps)"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
settings="$XDG_CONFIG_HOME/compute-atlas/compute-atlas.conf"

cat > "$work/drive.sh" <<'DRIVE'
set -eu
program=$1 settings=$2
fail() { echo "FAIL: $*"; kill "$pid" 2>/dev/null || true; exit 1; }
window() { timeout 30 xdotool search --sync --onlyvisible --name "^$1\$" | tail -n 1; }
# Keys go to the focused window through XTEST, as a keyboard's would.
keys() { xdotool windowactivate --sync "$1" 2>/dev/null || xdotool windowfocus --sync "$1"; shift; xdotool "$@"; }

# 1 and 2 (settings are INI: the [roofline] group holds precision=, cost\\mode= …): the Roofline view at 1024 × 640, the wheel down its left panel, then Ctrl+Q (which saves the settings).
"$program" --view roofline & pid=$!
w=$(window "Compute Atlas") || fail "the window did not open"
xdotool windowmove --sync "$w" 0 0 windowsize --sync "$w" 1024 640
eval "$(xdotool getwindowgeometry --shell "$w")"
[ "$WIDTH" -le 1024 ] && [ "$HEIGHT" -le 640 ] || fail "the window is ${WIDTH} × ${HEIGHT}, not 1024 × 640"
xdotool windowfocus --sync "$w"
y=120
while [ "$y" -le 600 ]; do
    # Three notches down over the right half of the panel, where the combo and spin boxes are.
    xdotool mousemove --window "$w" 300 "$y" click 5 click 5 click 5
    y=$((y + 30))
done
keys "$w" key ctrl+q
timeout 30 sh -c "while kill -0 $pid 2>/dev/null; do sleep 0.2; done" || fail "Ctrl+Q did not close the window"
grep -q '^precision=fp8$' "$settings" || fail "the precision changed under the wheel: $(grep precision "$settings")"
grep -q '^model=llama-3.1-70b$' "$settings" || fail "the model changed under the wheel"
grep -q '^batch=1024$' "$settings" || fail "the batch changed under the wheel: $(grep batch "$settings")"
grep -q '^context=512$' "$settings" || fail "the context changed under the wheel"
grep -q '^tp=1$' "$settings" || fail "tensor parallelism changed under the wheel"
grep -q '^cost\\mode=rent$' "$settings" || fail "Pay by changed under the wheel"
echo "ok: 1024 × 640; the wheel down the Roofline panel changed no setting"

# 3: Alt+C puts the focus in the chip search box (its label's shortcut); type, then Ctrl+E.
"$program" --view compare & pid=$!
w=$(window "Compute Atlas") || fail "the window did not open again"
keys "$w" key alt+c
keys "$w" type "h1"
keys "$w" key ctrl+e
dialog=$(window "Export the comparison") || fail "Ctrl+E from the search box did not open the export dialog"
keys "$dialog" key Escape
keys "$w" key ctrl+q
timeout 30 sh -c "while kill -0 $pid 2>/dev/null; do sleep 0.2; done" || fail "Ctrl+Q did not close the window"
echo "ok: Ctrl+E from the focused search box opened the export dialog"
DRIVE

xvfb-run -a -s "-screen 0 1280x800x24" sh "$work/drive.sh" "$program" "$settings"
