// PNG text chunks with libpng (write: iTXt, atomic; read: tEXt/zTXt/iTXt) and image decoding with OpenCV
// imgcodecs (conventions.md §6.1). libpng reports errors with longjmp: the functions that call setjmp hold
// only trivially destructible locals between setjmp and the libpng calls.
#include <png.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

#include "clue/png_meta.h"

namespace clue::png_meta_detail {
namespace {

struct PngCtx {
    char message[512] = {0};
};

void on_png_error(png_structp png, png_const_charp msg) {
    auto* ctx = static_cast<PngCtx*>(png_get_error_ptr(png));
    if (ctx) std::snprintf(ctx->message, sizeof ctx->message, "%s", msg ? msg : "libpng error");
    png_longjmp(png, 1);
}
void on_png_warning(png_structp, png_const_charp) {}

struct FileCloser {
    void operator()(std::FILE* f) const {
        if (f) std::fclose(f);
    }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

bool valid_keyword(const std::string& key) {
    if (key.empty() || key.size() > 79 || key.front() == ' ' || key.back() == ' ') return false;
    for (unsigned char c : key)
        if (c < 32 || (c > 126 && c < 161)) return false;
    return true;
}

bool write_png_stream(std::FILE* fp, const Image& image, png_text* texts, int n_texts, png_bytep* rows, PngCtx* ctx) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, ctx, on_png_error, on_png_warning);
    if (!png) return false;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    const int color = image.channels == 1   ? PNG_COLOR_TYPE_GRAY
                      : image.channels == 2 ? PNG_COLOR_TYPE_GRAY_ALPHA
                      : image.channels == 3 ? PNG_COLOR_TYPE_RGB
                                            : PNG_COLOR_TYPE_RGB_ALPHA;
    png_init_io(png, fp);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width), static_cast<png_uint_32>(image.height), 8, color,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (n_texts > 0) png_set_text(png, info, texts, n_texts);
    png_write_info(png, info);
    png_write_image(png, rows);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

bool valid_utf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
        if (n > 3 || i + n >= s.size()) return false;
        for (size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

/// tEXt/zTXt are Latin-1 by the spec, but some writers put UTF-8 there: keep valid UTF-8, convert the rest.
std::string latin1_to_utf8(const std::string& s) {
    if (valid_utf8(s)) return s;
    std::string out;
    for (unsigned char c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

/// Reads the whole PNG (pixels decoded into one scratch row) so that text chunks after IDAT are seen too.
bool read_png_texts(std::FILE* fp, PngText* out, PngCtx* ctx) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, ctx, on_png_error, on_png_warning);
    if (!png) return false;
    png_infop info = png_create_info_struct(png);
    png_infop end_info = info ? png_create_info_struct(png) : nullptr;
    if (!end_info) {
        png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        return false;
    }
    png_bytep volatile row = nullptr;  // assigned after setjmp, read after longjmp
    if (setjmp(png_jmpbuf(png))) {
        png_free(png, row);
        png_destroy_read_struct(&png, &info, &end_info);
        return false;
    }
    png_init_io(png, fp);
    png_read_info(png, info);
    const int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    row = static_cast<png_bytep>(png_malloc(png, png_get_rowbytes(png, info)));
    const png_uint_32 height = png_get_image_height(png, info);
    for (int p = 0; p < passes; ++p)
        for (png_uint_32 y = 0; y < height; ++y) png_read_row(png, row, nullptr);
    png_read_end(png, end_info);
    png_free(png, row);
    row = nullptr;
    for (png_infop i : {info, end_info}) {
        png_textp texts = nullptr;
        int n = 0;
        png_get_text(png, i, &texts, &n);
        for (int k = 0; k < n; ++k) {
            const bool itxt = texts[k].compression >= PNG_ITXT_COMPRESSION_NONE;
            const size_t len = itxt ? texts[k].itxt_length : texts[k].text_length;
            std::string key = latin1_to_utf8(texts[k].key ? texts[k].key : "");
            std::string value = texts[k].text ? std::string(texts[k].text, len) : std::string();
            if (!itxt) value = latin1_to_utf8(value);
            if (key == "parameters")
                out->parameters = std::move(value);
            else if (key == "clue")
                out->clue_json = std::move(value);
            else
                out->other[key] = std::move(value);
        }
    }
    png_destroy_read_struct(&png, &info, &end_info);
    return true;
}

std::atomic<unsigned> g_temp_counter{0};

}  // namespace
}  // namespace clue::png_meta_detail

namespace clue {

Status write_png(const std::string& path, const Image& image, const PngText& text) {
    using namespace png_meta_detail;  // not at namespace scope: safe in unity builds
    if (image.width <= 0 || image.height <= 0 || image.channels < 1 || image.channels > 4)
        return Error{Errc::InvalidArgument, path + ": cannot write a " + std::to_string(image.width) + "x" +
                                                std::to_string(image.height) + "x" + std::to_string(image.channels) +
                                                " image as PNG"};
    const size_t stride = static_cast<size_t>(image.width) * image.channels;
    if (image.pixels.size() != stride * image.height)
        return Error{Errc::InvalidArgument, path + ": image has " + std::to_string(image.pixels.size()) +
                                                " bytes, expected " + std::to_string(stride * image.height)};
    std::vector<std::pair<std::string, const std::string*>> entries;
    if (!text.parameters.empty()) entries.emplace_back("parameters", &text.parameters);
    if (!text.clue_json.empty()) entries.emplace_back("clue", &text.clue_json);
    for (const auto& [k, v] : text.other) {
        if (k == "parameters" || k == "clue") continue;
        if (!valid_keyword(k))
            return Error{Errc::InvalidArgument, path + ": invalid PNG text keyword '" + k + "'"};
        entries.emplace_back(k, &v);
    }
    std::vector<png_text> texts(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        texts[i] = png_text{};
        texts[i].compression = PNG_ITXT_COMPRESSION_NONE;
        texts[i].key = const_cast<char*>(entries[i].first.c_str());
        texts[i].text = const_cast<char*>(entries[i].second->c_str());
        texts[i].itxt_length = entries[i].second->size();
        texts[i].lang = nullptr;
        texts[i].lang_key = nullptr;
    }
    std::vector<png_bytep> rows(image.height);
    for (int y = 0; y < image.height; ++y) rows[y] = const_cast<png_bytep>(image.row(y));

    const std::filesystem::path target(path);
    std::filesystem::path tmp = target;
    tmp += ".tmp-" + std::to_string(
#if defined(__unix__) || defined(__APPLE__)
                         static_cast<long>(::getpid())
#else
                         0L
#endif
                         ) + "-" + std::to_string(g_temp_counter.fetch_add(1));
    PngCtx ctx;
    {
        FilePtr fp(std::fopen(tmp.string().c_str(), "wb"));
        if (!fp) return Error{Errc::WriteFailed, path + ": cannot create file (" + std::strerror(errno) + ")"};
        bool ok = write_png_stream(fp.get(), image, texts.data(), static_cast<int>(texts.size()), rows.data(), &ctx);
        std::string why = ok ? "" : (ctx.message[0] ? ctx.message : "libpng failed");
        auto check = [&](bool good) {
            if (ok && !good) ok = false, why = std::strerror(errno);
        };
        check(std::fflush(fp.get()) == 0);
#if defined(__unix__) || defined(__APPLE__)
        check(::fsync(fileno(fp.get())) == 0);
#endif
        check(std::fclose(fp.release()) == 0);
        if (!ok) {
            std::error_code ec;
            std::filesystem::remove(tmp, ec);
            return Error{Errc::WriteFailed, path + ": cannot write PNG (" + why + ")"};
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, target, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return Error{Errc::WriteFailed, path + ": cannot replace file (" + ec.message() + ")"};
    }
    return Ok{};
}

Result<PngText> read_png_text(const std::string& path) {
    using namespace png_meta_detail;  // not at namespace scope: safe in unity builds
    FilePtr fp(std::fopen(path.c_str(), "rb"));
    if (!fp)
        return Error{errno == ENOENT ? Errc::FileNotFound : Errc::Io,
                     path + ": cannot open (" + std::strerror(errno) + ")"};
    unsigned char sig[8] = {0};
    const size_t got = std::fread(sig, 1, sizeof sig, fp.get());
    if (got < sizeof sig || png_sig_cmp(sig, 0, sizeof sig) != 0)
        return Error{Errc::BadFormat, path + ": not a PNG file (bad signature)"};
    std::rewind(fp.get());
    PngText out;
    PngCtx ctx;
    if (!read_png_texts(fp.get(), &out, &ctx)) {
        const bool eof = std::feof(fp.get()) != 0;
        const std::string why = ctx.message[0] ? ctx.message : "libpng failed";
        return Error{eof ? Errc::FileTruncated : Errc::BadFormat,
                     path + (eof ? ": truncated PNG (" : ": corrupt PNG (") + why + ")"};
    }
    return out;
}

Result<Image> read_image(const std::string& path) {
    using namespace png_meta_detail;  // not at namespace scope: safe in unity builds
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Error{Errc::FileNotFound, path + ": no such file"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{Errc::Io, path + ": cannot open (" + std::strerror(errno) + ")"};
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return Error{Errc::Io, path + ": read error"};
    if (bytes.empty()) return Error{Errc::FileTruncated, path + ": file is empty"};

    // OpenCV versions differ on a PNG cut inside IEND; a PNG without IEND is truncated for all of them.
    if (bytes.size() >= 8 && png_sig_cmp(bytes.data(), 0, 8) == 0) {
        static const unsigned char iend[] = {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82};
        if (std::search(bytes.begin(), bytes.end(), iend, iend + sizeof iend) == bytes.end())
            return Error{Errc::FileTruncated, path + ": truncated PNG (no IEND chunk)"};
    }
    cv::Mat mat;
    std::string why;
    try {
        mat = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        why = e.what();
    } catch (const std::exception& e) {
        why = e.what();
    }
    if (mat.empty()) {
        if (bytes.size() >= 8 && png_sig_cmp(bytes.data(), 0, 8) == 0)
            return Error{Errc::BadFormat, path + ": corrupt PNG" + (why.empty() ? "" : " (" + why + ")")};
        if (!why.empty()) return Error{Errc::BadFormat, path + ": cannot decode image (" + why + ")"};
        return Error{Errc::BadFormat, path + ": cannot decode image (unknown format, corrupt or truncated)"};
    }
    try {
        if (mat.depth() == CV_16U) {
            mat.convertTo(mat, CV_8U, 1.0 / 257.0);
        } else if (mat.depth() == CV_32F || mat.depth() == CV_64F) {
            mat.convertTo(mat, CV_8U, 255.0);  // saturating cast clamps to [0, 255]
        } else if (mat.depth() != CV_8U) {
            return Error{Errc::BadFormat, path + ": unsupported pixel depth (OpenCV depth " +
                                              std::to_string(mat.depth()) + ")"};
        }
        cv::Mat rgb;
        switch (mat.channels()) {
            case 1: cv::cvtColor(mat, rgb, cv::COLOR_GRAY2RGB); break;
            case 2: {
                cv::Mat gray;
                cv::extractChannel(mat, gray, 0);
                cv::cvtColor(gray, rgb, cv::COLOR_GRAY2RGB);
                break;
            }
            case 3: cv::cvtColor(mat, rgb, cv::COLOR_BGR2RGB); break;
            case 4: cv::cvtColor(mat, rgb, cv::COLOR_BGRA2RGB); break;
            default:
                return Error{Errc::BadFormat,
                             path + ": unsupported channel count " + std::to_string(mat.channels())};
        }
        Image image = Image::blank(rgb.cols, rgb.rows, 3);
        for (int y = 0; y < rgb.rows; ++y) std::memcpy(image.row(y), rgb.ptr(y), static_cast<size_t>(rgb.cols) * 3);
        return image;
    } catch (const cv::Exception& e) {
        return Error{Errc::BadFormat, path + ": cannot convert image (" + std::string(e.what()) + ")"};
    }
}

}  // namespace clue
