#pragma once
// A window's first painted frame: when the window shows its data (the data is read after the window's first frame,
// so the window appears as fast as a bare Qt program), and how start-up is measured from outside
// (--quit-after-first-frame, --quit-after-view-frame; tests/bench/bench_startup uses the same calls in its bare
// Qt window).

#include <functional>

class QWidget;

// Calls `then` once, after the next paint event `window` (or any widget in it) receives, once that paint has been
// flushed: the rest of the window is painted in the same backing-store sync before control returns to the event loop.
void afterNextFrame(QWidget *window, std::function<void()> then);

// After the window's next frame, exits the process with code 0 at once: tearing down every widget and chart is
// not start-up, and it would be counted (whole processes are timed from outside). Nothing is saved.
void quitAfterNextFrame(QWidget *window);
// The same for the window's first frame; the name the bare benchmark window and main() use.
inline void quitAfterFirstFrame(QWidget *window)
{
    quitAfterNextFrame(window);
}
