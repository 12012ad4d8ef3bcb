// Recognising uploaded images by their content (issue 4, uploads): JPEG, PNG
// and WebP only, never by file name or declared content type. This file does
// not depend on core/result.h so the fuzz target can build it with clang.
#pragma once

#include <optional>
#include <string_view>

namespace hanse::market {

enum class ImageType { jpeg, png, webp };

// The image type of `bytes`, or nullopt when they are not a JPEG, PNG or WebP
// file. Checks, reading at most the first 33 bytes:
//   JPEG: FF D8 FF followed by a marker byte (C0..FE);
//   PNG:  the 8-byte signature, then an IHDR chunk of length 13 with a
//         non-zero width and height and a correct CRC;
//   WebP: "RIFF", a little-endian size that fits in `bytes`, "WEBP", then a
//         "VP8 ", "VP8L" or "VP8X" chunk whose size fits in the RIFF size.
// Never throws; any input is safe.
std::optional<ImageType> sniff_image(std::string_view bytes);

// The MIME type to serve the image with: "image/jpeg", "image/png", "image/webp".
const char* content_type(ImageType type);

}  // namespace hanse::market
