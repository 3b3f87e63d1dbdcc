#include "io/safetensors.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/error.h"

namespace clue::io {
namespace {

struct DtypeInfo {
    const char* name;
    at::ScalarType type;
    int bytes;
};
constexpr DtypeInfo kDtypes[] = {
    {"F64", at::kDouble, 8}, {"F32", at::kFloat, 4}, {"F16", at::kHalf, 2}, {"BF16", at::kBFloat16, 2},
    {"I64", at::kLong, 8},   {"I32", at::kInt, 4},   {"I16", at::kShort, 2}, {"I8", at::kChar, 1},
    {"U8", at::kByte, 1},    {"BOOL", at::kBool, 1},
};

const DtypeInfo* find_dtype(const std::string& name) {
    for (const auto& d : kDtypes)
        if (name == d.name) return &d;
    return nullptr;
}
const DtypeInfo* find_dtype(at::ScalarType t) {
    for (const auto& d : kDtypes)
        if (t == d.type) return &d;
    return nullptr;
}

std::string shape_str(const std::vector<std::int64_t>& s) {
    std::string out = "[";
    for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
    return out + "]";
}

}  // namespace

std::shared_ptr<SafetensorsFile> SafetensorsFile::open(const std::string& path) {
    auto file = std::shared_ptr<SafetensorsFile>(new SafetensorsFile());
    file->path_ = path;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(Errc::FileNotFound, path + ": cannot open (" + std::strerror(errno) + ")");
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        fail(Errc::Io, path + ": cannot stat");
    }
    file->size_ = static_cast<std::size_t>(st.st_size);
    if (file->size_ < 8) {
        ::close(fd);
        fail(Errc::FileTruncated, path + ": " + std::to_string(file->size_) +
                                      " bytes is too short for a safetensors file (8-byte header length missing)");
    }
    void* m = ::mmap(nullptr, file->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (m == MAP_FAILED) fail(Errc::Io, path + ": mmap failed");
    file->map_ = static_cast<const std::uint8_t*>(m);

    std::uint64_t header_len = 0;
    for (int i = 7; i >= 0; --i) header_len = (header_len << 8) | file->map_[i];
    if (header_len > kMaxHeaderBytes)
        fail(Errc::BadFormat, path + ": header length " + std::to_string(header_len) + " exceeds the " +
                                  std::to_string(kMaxHeaderBytes) + "-byte limit (not a safetensors file?)");
    if (8 + header_len > file->size_)
        fail(Errc::FileTruncated, path + ": header length " + std::to_string(header_len) + " runs past the end of the " +
                                      std::to_string(file->size_) + "-byte file (truncated?)");
    file->data_start_ = 8 + static_cast<std::size_t>(header_len);
    const std::size_t data_size = file->size_ - file->data_start_;

    nlohmann::json header;
    try {
        header = nlohmann::json::parse(reinterpret_cast<const char*>(file->map_ + 8),
                                       reinterpret_cast<const char*>(file->map_ + 8 + header_len));
    } catch (const std::exception& e) {
        fail(Errc::BadFormat, path + ": header is not valid JSON (" + e.what() + ")");
    }
    if (!header.is_object()) fail(Errc::BadFormat, path + ": header is not a JSON object");

    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string& name = it.key();
        if (name == "__metadata__") {
            if (!it->is_object()) fail(Errc::BadFormat, path + ": __metadata__ is not an object");
            for (auto m2 = it->begin(); m2 != it->end(); ++m2)
                if (m2->is_string()) file->metadata_[m2.key()] = m2->get<std::string>();
            continue;
        }
        const auto& v = *it;
        const std::string where = path + ": tensor '" + name + "'";
        if (!v.is_object() || !v.contains("dtype") || !v.contains("shape") || !v.contains("data_offsets"))
            fail(Errc::BadFormat, where + " lacks dtype/shape/data_offsets");
        TensorEntry e;
        e.dtype = v["dtype"].is_string() ? v["dtype"].get<std::string>() : "?";
        const DtypeInfo* dt = find_dtype(e.dtype);
        if (!dt) fail(Errc::BadFormat, where + " has unsupported dtype '" + e.dtype + "'");
        std::uint64_t count = 1;
        for (const auto& d : v["shape"]) {
            if (!d.is_number_integer() || d.get<std::int64_t>() < 0) fail(Errc::BadFormat, where + " has a bad shape");
            e.shape.push_back(d.get<std::int64_t>());
            count *= static_cast<std::uint64_t>(e.shape.back());
        }
        const auto& off = v["data_offsets"];
        if (!off.is_array() || off.size() != 2 || !off[0].is_number_unsigned() || !off[1].is_number_unsigned())
            fail(Errc::BadFormat, where + " has bad data_offsets");
        e.begin = off[0].get<std::size_t>();
        e.end = off[1].get<std::size_t>();
        if (e.end < e.begin) fail(Errc::BadFormat, where + " has data_offsets end < begin");
        if (e.end > data_size)
            fail(Errc::FileTruncated, where + " data [" + std::to_string(e.begin) + ", " + std::to_string(e.end) +
                                          ") runs past the " + std::to_string(data_size) +
                                          "-byte data section (truncated file?)");
        if (e.end - e.begin != count * dt->bytes)
            fail(Errc::BadFormat, where + " holds " + std::to_string(e.end - e.begin) + " bytes but " + e.dtype + " " +
                                      shape_str(e.shape) + " needs " + std::to_string(count * dt->bytes));
        ranges.emplace_back(e.begin, e.end);
        file->entries_.emplace(name, std::move(e));
    }
    std::sort(ranges.begin(), ranges.end());
    for (size_t i = 1; i < ranges.size(); ++i)
        if (ranges[i].first < ranges[i - 1].second) fail(Errc::BadFormat, path + ": tensor data ranges overlap");
    return file;
}

SafetensorsFile::~SafetensorsFile() {
    if (map_) ::munmap(const_cast<std::uint8_t*>(map_), size_);
}

std::vector<std::string> SafetensorsFile::names() const {
    std::vector<std::string> out;
    for (const auto& [k, v] : entries_) out.push_back(k);
    return out;
}

at::Tensor SafetensorsFile::tensor(const std::string& name, bool to_float32) const {
    auto it = entries_.find(name);
    if (it == entries_.end()) fail(Errc::MissingTensor, path_ + ": no tensor '" + name + "'");
    const TensorEntry& e = it->second;
    const DtypeInfo* dt = find_dtype(e.dtype);
    auto t = torch::empty(e.shape, torch::TensorOptions().dtype(dt->type));
    if (e.end > e.begin) std::memcpy(t.data_ptr(), map_ + data_start_ + e.begin, e.end - e.begin);
    if (to_float32 && (dt->type == at::kHalf || dt->type == at::kBFloat16 || dt->type == at::kDouble))
        t = t.to(at::kFloat);
    return t;
}

void write_safetensors(const std::string& path, const NamedTensors& tensors,
                       const std::map<std::string, std::string>& metadata) {
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty()) header["__metadata__"] = metadata;
    std::vector<at::Tensor> blobs;
    std::size_t offset = 0;
    for (const auto& [name, t0] : tensors) {
        at::Tensor t = t0.detach().to(torch::kCPU).contiguous();
        const DtypeInfo* dt = find_dtype(t.scalar_type());
        if (!dt) fail(Errc::InvalidArgument, path + ": tensor '" + name + "' has a dtype safetensors cannot store");
        const std::size_t n = t.numel() * dt->bytes;
        header[name] = {{"dtype", dt->name}, {"shape", t.sizes().vec()}, {"data_offsets", {offset, offset + n}}};
        offset += n;
        blobs.push_back(t);
    }
    std::string hs = header.dump();
    while ((8 + hs.size()) % 8) hs.push_back(' ');  // align the data section to 8 bytes, as the reference does
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) fail(Errc::WriteFailed, path + ": cannot write");
        std::uint64_t n = hs.size();
        char len[8];
        for (int i = 0; i < 8; ++i) len[i] = static_cast<char>((n >> (8 * i)) & 0xff);
        out.write(len, 8);
        out.write(hs.data(), static_cast<std::streamsize>(hs.size()));
        for (const auto& t : blobs)
            out.write(static_cast<const char*>(t.data_ptr()), static_cast<std::streamsize>(t.nbytes()));
        if (!out) {
            out.close();
            std::remove(tmp.c_str());
            fail(Errc::WriteFailed, path + ": write failed (disk full?)");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) fail(Errc::WriteFailed, path + ": rename failed (" + ec.message() + ")");
}

}  // namespace clue::io
