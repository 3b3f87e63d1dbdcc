#include "common/image_convert.h"

#include <cstring>

QImage toQImage(const clue::Image& image) {
    if (image.empty()) return {};
    QImage::Format format = QImage::Format_RGB888;
    switch (image.channels) {
    case 1: format = QImage::Format_Grayscale8; break;
    case 3: format = QImage::Format_RGB888; break;
    case 4: format = QImage::Format_RGBA8888; break;
    default: return {};
    }
    const size_t rowBytes = size_t(image.width) * size_t(image.channels);
    if (image.pixels.size() < rowBytes * size_t(image.height)) return {};
    QImage out(image.width, image.height, format);
    if (out.isNull()) return {};
    for (int y = 0; y < image.height; ++y) std::memcpy(out.scanLine(y), image.row(y), rowBytes);
    return out;
}

clue::Image fromQImage(const QImage& image, int channels) {
    if (image.isNull()) return {};
    const bool rgba = channels == 4;
    const QImage src = image.convertToFormat(rgba ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    clue::Image out = clue::Image::blank(src.width(), src.height(), rgba ? 4 : 3);
    const size_t rowBytes = size_t(out.width) * size_t(out.channels);
    for (int y = 0; y < out.height; ++y) std::memcpy(out.row(y), src.constScanLine(y), rowBytes);
    return out;
}
