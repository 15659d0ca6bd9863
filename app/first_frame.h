#pragma once
// Quits the application once a window's first frame has been painted: how start-up is measured from outside
// (--quit-after-first-frame; tests/bench/bench_startup uses the same call in its bare Qt window).

class QWidget;

// After the first paint event `window` receives, lets that paint finish (children included), then quits the
// application's event loop with exit code 0.
void quitAfterFirstFrame(QWidget *window);
