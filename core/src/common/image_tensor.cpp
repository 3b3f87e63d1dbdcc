#include "common/image_tensor.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "common/error.h"

namespace clue {

at::Tensor image_to_tensor(const Image& image0, int width, int height) {
    if (image0.empty()) fail(Errc::InvalidArgument, "empty image");
    Image image = image0;
    if (image.channels != 3) {
        cv::Mat src(image.height, image.width, CV_8UC(image.channels), image.pixels.data());
        cv::Mat dst;
        if (image.channels == 2) {  // gray + alpha: keep the gray channel
            cv::Mat gray;
            cv::extractChannel(src, gray, 0);
            cv::cvtColor(gray, dst, cv::COLOR_GRAY2RGB);
        } else {
            cv::cvtColor(src, dst, image.channels == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_RGBA2RGB);
        }
        image = Image{dst.cols, dst.rows, 3, std::vector<std::uint8_t>(dst.data, dst.data + dst.total() * 3)};
    }
    if ((width > 0 && width != image.width) || (height > 0 && height != image.height)) {
        cv::Mat src(image.height, image.width, CV_8UC3, image.pixels.data());
        cv::Mat dst;
        const bool shrink = width < image.width && height < image.height;
        cv::resize(src, dst, cv::Size(width, height), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_CUBIC);
        image = Image{dst.cols, dst.rows, 3, std::vector<std::uint8_t>(dst.data, dst.data + dst.total() * 3)};
    }
    auto t = torch::from_blob(image.pixels.data(), {image.height, image.width, 3}, torch::kUInt8).clone();
    return t.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32) / 127.5 - 1.0;
}

Image tensor_to_image(const at::Tensor& x0) {
    at::Tensor x = x0.detach().to(torch::kCPU, torch::kFloat32);
    if (x.dim() == 4) x = x[0];
    x = (x / 2 + 0.5).clamp(0, 1);
    x = (x * 255).round().to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    Image img{static_cast<int>(x.size(1)), static_cast<int>(x.size(0)), 3, {}};
    img.pixels.assign(x.data_ptr<std::uint8_t>(), x.data_ptr<std::uint8_t>() + x.numel());
    return img;
}

Image latents_to_preview(const at::Tensor& latents, int scale) {
    // ref: AUTOMATIC1111 modules/sd_vae_approx.py cheap_approximation (SD 1.x latent -> RGB factors)
    static const float coefs[4][3] = {
        {0.298f, 0.207f, 0.208f}, {0.187f, 0.286f, 0.173f}, {-0.158f, 0.189f, 0.264f}, {-0.184f, -0.271f, -0.473f}};
    at::Tensor l = latents.detach().to(torch::kCPU, torch::kFloat32);
    if (l.dim() == 4) l = l[0];
    auto c = torch::from_blob(const_cast<float*>(&coefs[0][0]), {4, 3}, torch::kFloat32);
    at::Tensor rgb = torch::einsum("lxy,lr->rxy", {l, c});
    if (scale > 1)
        rgb = torch::nn::functional::interpolate(
                  rgb.unsqueeze(0), torch::nn::functional::InterpolateFuncOptions()
                                        .scale_factor(std::vector<double>{double(scale), double(scale)})
                                        .mode(torch::kBilinear)
                                        .align_corners(false))
                  .squeeze(0);
    return tensor_to_image(rgb);
}

}  // namespace clue
