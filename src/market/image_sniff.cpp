// Magic-number checks for JPEG, PNG and WebP.
#include "market/image_sniff.h"

#include <cstdint>

namespace hanse::market {

namespace {

std::uint8_t byte_at(std::string_view bytes, std::size_t i) {
  return static_cast<std::uint8_t>(bytes[i]);
}

std::uint32_t big_endian32(std::string_view bytes, std::size_t at) {
  return (std::uint32_t{byte_at(bytes, at)} << 24) | (std::uint32_t{byte_at(bytes, at + 1)} << 16) |
         (std::uint32_t{byte_at(bytes, at + 2)} << 8) | std::uint32_t{byte_at(bytes, at + 3)};
}

std::uint32_t little_endian32(std::string_view bytes, std::size_t at) {
  return std::uint32_t{byte_at(bytes, at)} | (std::uint32_t{byte_at(bytes, at + 1)} << 8) |
         (std::uint32_t{byte_at(bytes, at + 2)} << 16) |
         (std::uint32_t{byte_at(bytes, at + 3)} << 24);
}

// CRC-32 as PNG defines it (ISO 3309, reflected polynomial 0xEDB88320).
std::uint32_t crc32(std::string_view data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (char c : data) {
    crc ^= static_cast<std::uint8_t>(c);
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

bool is_jpeg(std::string_view bytes) {
  return bytes.size() >= 4 && byte_at(bytes, 0) == 0xFF && byte_at(bytes, 1) == 0xD8 &&
         byte_at(bytes, 2) == 0xFF && byte_at(bytes, 3) >= 0xC0 && byte_at(bytes, 3) <= 0xFE;
}

bool is_png(std::string_view bytes) {
  static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
  // signature (8) + length (4) + "IHDR" (4) + header data (13) + CRC (4)
  if (bytes.size() < 33 || !bytes.starts_with(kSignature)) return false;
  if (big_endian32(bytes, 8) != 13 || bytes.substr(12, 4) != "IHDR") return false;
  const std::uint32_t width = big_endian32(bytes, 16);
  const std::uint32_t height = big_endian32(bytes, 20);
  if (width == 0 || height == 0 || width > 0x7FFFFFFFu || height > 0x7FFFFFFFu) return false;
  return crc32(bytes.substr(12, 4 + 13)) == big_endian32(bytes, 29);
}

bool is_webp(std::string_view bytes) {
  // "RIFF" size "WEBP" then the first chunk's fourcc and size
  if (bytes.size() < 20 || bytes.substr(0, 4) != "RIFF" || bytes.substr(8, 4) != "WEBP")
    return false;
  const std::uint32_t riff_size = little_endian32(bytes, 4);  // counts from "WEBP"
  if (riff_size < 12 || riff_size > bytes.size() - 8) return false;
  const std::string_view chunk = bytes.substr(12, 4);
  if (chunk != "VP8 " && chunk != "VP8L" && chunk != "VP8X") return false;
  return little_endian32(bytes, 16) <= riff_size - 12;
}

}  // namespace

std::optional<ImageType> sniff_image(std::string_view bytes) {
  if (is_jpeg(bytes)) return ImageType::jpeg;
  if (is_png(bytes)) return ImageType::png;
  if (is_webp(bytes)) return ImageType::webp;
  return std::nullopt;
}

const char* content_type(ImageType type) {
  switch (type) {
    case ImageType::jpeg:
      return "image/jpeg";
    case ImageType::png:
      return "image/png";
    case ImageType::webp:
      return "image/webp";
  }
  return "application/octet-stream";
}

}  // namespace hanse::market
