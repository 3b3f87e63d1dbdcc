#pragma once
// safetensors: memory-mapped reader with a bounds-checked header, and a writer.
// Format: 8-byte little-endian header length N, N bytes of JSON {name: {dtype, shape, data_offsets}, __metadata__},
// then the raw little-endian data. ref: huggingface/safetensors docs "Format".
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace clue::io {

struct TensorEntry {
    std::string dtype;  ///< "F32", "F16", "BF16", "I64", …
    std::vector<std::int64_t> shape;
    std::size_t begin = 0;  ///< offsets relative to the data section
    std::size_t end = 0;
};

class SafetensorsFile {
public:
    /// Opens and validates the header; throws CoreError (Io*) naming the file and the offending tensor.
    static std::shared_ptr<SafetensorsFile> open(const std::string& path);
    ~SafetensorsFile();
    SafetensorsFile(const SafetensorsFile&) = delete;
    SafetensorsFile& operator=(const SafetensorsFile&) = delete;

    const std::string& path() const { return path_; }
    const std::map<std::string, TensorEntry>& entries() const { return entries_; }
    const std::map<std::string, std::string>& metadata() const { return metadata_; }
    bool has(const std::string& name) const { return entries_.count(name) != 0; }
    std::vector<std::string> names() const;
    /// A CPU tensor copied out of the mapping; floats converted to `float_dtype` (fp16/bf16 -> fp32 by default).
    at::Tensor tensor(const std::string& name, bool to_float32 = true) const;
    std::size_t file_size() const { return size_; }

private:
    SafetensorsFile() = default;
    std::string path_;
    const std::uint8_t* map_ = nullptr;
    std::size_t size_ = 0;
    std::size_t data_start_ = 0;
    std::map<std::string, TensorEntry> entries_;
    std::map<std::string, std::string> metadata_;
};

using NamedTensors = std::vector<std::pair<std::string, at::Tensor>>;

/// Writes tensors (made contiguous, on CPU) atomically: temp file + rename.
void write_safetensors(const std::string& path, const NamedTensors& tensors,
                       const std::map<std::string, std::string>& metadata = {});

/// Size limit of the JSON header (100 MB, as the reference implementation).
constexpr std::uint64_t kMaxHeaderBytes = 100u * 1024u * 1024u;

}  // namespace clue::io
