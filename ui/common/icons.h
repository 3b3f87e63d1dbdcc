#pragma once
// Small UI icons drawn with QPainter at whatever size and device pixel ratio is asked for, in the
// palette's text colour: crisp on high-DPI screens and right in light and dark palettes alike.
// (The application icon is a bitmap in resources/icons/.)
#include <QIcon>

namespace Icons {

enum class Kind { Dice, Reuse, Generate, Cancel, OpenFolder, OpenFile, Model, Export };

QIcon icon(Kind kind);
/// The application icon from the embedded resources.
QIcon appIcon();

}  // namespace Icons
