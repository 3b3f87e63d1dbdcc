#include "evaluate/image_set.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "common/error.h"
#include "evaluate/classifier_impl.h"

namespace clue::eval {

at::Tensor image_to_u8(const Image& image, int size) {
    if (image.empty()) fail(Errc::InvalidArgument, "empty image");
    cv::Mat src(image.height, image.width, CV_8UC(image.channels), const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat rgb;
    if (image.channels == 1) cv::cvtColor(src, rgb, cv::COLOR_GRAY2RGB);
    else if (image.channels == 4) cv::cvtColor(src, rgb, cv::COLOR_RGBA2RGB);
    else rgb = src;
    cv::Mat out;
    const bool shrink = image.width > size || image.height > size;
    if (image.width == size && image.height == size) out = rgb.clone();
    else cv::resize(rgb, out, cv::Size(size, size), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
    return torch::from_blob(out.data, {size, size, 3}, at::kByte).permute({2, 0, 1}).contiguous().clone();
}

at::Tensor images_to_u8(const std::vector<Image>& images, int size) {
    std::vector<at::Tensor> rows;
    rows.reserve(images.size());
    for (const Image& im : images) rows.push_back(image_to_u8(im, size));
    if (rows.empty()) return torch::zeros({0, 3, size, size}, at::kByte);
    return torch::stack(rows);
}

ImageSet::ImageSet(int size, const PreprocessOptions* preprocess) : size_(size) {
    if (preprocess) {
        preprocess_ = *preprocess;
        preprocess_->size = size;
    }
}

at::Tensor ImageSet::load(const std::vector<std::string>& paths, JobContext* context) {
    std::vector<at::Tensor> rows;
    rows.reserve(paths.size());
    for (const std::string& p : paths) {
        if (context && context->cancel_requested()) fail(Errc::Cancelled, "cancelled");
        auto it = cache_.find(p);
        if (it == cache_.end()) {
            auto img = load_clean_image(p);
            if (!img) fail(img.error().code, img.error().detail);
            Image use = std::move(*img);
            if (preprocess_) {
                auto pre = preprocess(use, *preprocess_);
                if (!pre) fail(pre.error().code, p + ": " + pre.error().detail);
                use = std::move(*pre);
            }
            it = cache_.emplace(p, image_to_u8(use, size_)).first;
        }
        rows.push_back(it->second);
    }
    if (rows.empty()) return torch::zeros({0, 3, size_, size_}, at::kByte);
    return torch::stack(rows);
}

}  // namespace clue::eval
