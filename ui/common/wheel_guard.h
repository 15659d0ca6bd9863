#pragma once
// Keeps an input from changing under a scrolling mouse wheel unless it has the focus (DESIGN §7): a combo box or a
// spin box passed over while scrolling stays as it was.

class QWidget;

namespace WheelGuard {
// Guards `input` (and gives it StrongFocus, so a wheel does not focus it either).
void install(QWidget *input);
}
