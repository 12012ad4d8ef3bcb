// fuzz-sources: src/market/image_sniff.cpp
// Image sniffing on arbitrary bytes: never crashes, and whatever it accepts
// starts with the signature of the type it reports.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "market/image_sniff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto type = hanse::market::sniff_image(input);
  if (!type) return 0;

  using hanse::market::ImageType;
  std::string_view signature;
  switch (*type) {
    case ImageType::jpeg:
      signature = std::string_view("\xFF\xD8\xFF", 3);
      break;
    case ImageType::png:
      signature = std::string_view("\x89PNG\r\n\x1a\n", 8);
      break;
    case ImageType::webp:
      if (size < 12 || std::memcmp(data + 8, "WEBP", 4) != 0) std::abort();
      signature = "RIFF";
      break;
  }
  if (!input.starts_with(signature)) std::abort();
  if (std::strlen(hanse::market::content_type(*type)) == 0) std::abort();
  return 0;
}
