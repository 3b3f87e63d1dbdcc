#pragma once
// clue::Image (8-bit interleaved, tightly packed) <-> QImage (4-byte aligned rows). Deep copies both ways,
// so either side may outlive the other and cross threads freely.
#include <QImage>

#include "clue/image.h"

/// RGB -> Format_RGB888, gray -> Format_Grayscale8, RGBA -> Format_RGBA8888; empty -> null QImage.
QImage toQImage(const clue::Image& image);

/// Converts to 3 (RGB) or 4 (RGBA) channels; a null QImage gives an empty clue::Image.
clue::Image fromQImage(const QImage& image, int channels = 3);
