#pragma once
// SHA-256 (FIPS 180-4) for model hashes (A1111 "AutoV2" = first 10 hex of the file's SHA-256). Small and
// dependency-free: the core links no crypto library.
#include <cstddef>
#include <cstdint>
#include <string>

namespace clue {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    std::string hex_digest();  ///< finalises; lowercase hex

private:
    void block(const std::uint8_t* p);
    std::uint32_t h_[8];
    std::uint8_t buf_[64];
    std::size_t buf_len_ = 0;
    std::uint64_t total_ = 0;
};

std::string sha256_hex(const std::string& data);
/// Streams the file; throws CoreError(FileNotFound) when unreadable.
std::string sha256_file_hex(const std::string& path);

}  // namespace clue
