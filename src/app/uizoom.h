// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The interface zoom (Ctrl+plus, Ctrl+minus, Ctrl+0): every text of the window scaled by one
 * factor, through the application font, so layouts grow with it as they do for a system font
 * setting. The factor moves through fixed steps and is remembered.
 */
namespace UiZoom {

inline constexpr double kMinimum = 0.8;
inline constexpr double kMaximum = 2.0;

/// The current factor (1 = the system's font size).
double factor();
/// Sets the factor, clamped to [kMinimum, kMaximum]; remembers it. Returns the factor applied.
double setFactor(double factor);
/// The next larger (direction > 0) or smaller step from the current factor.
double step(int direction);
/// Applies the remembered factor at start-up.
void restore();

/// An extra factor on top of factor() that is never remembered (presentation mode); 1 is none.
/// The application font follows effectiveFactor(); Ctrl+plus and Ctrl+minus keep moving
/// factor() underneath it.
void setPresentationScale(double scale);
double presentationScale();
/// factor() × presentationScale(): what the system's text size is multiplied by.
double effectiveFactor();

} // namespace UiZoom
