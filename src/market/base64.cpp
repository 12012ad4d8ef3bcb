#include "market/base64.h"

#include <sodium.h>

namespace hanse::market {
namespace {

constexpr int kBase64 = sodium_base64_VARIANT_ORIGINAL;

}  // namespace

std::string to_base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kBase64), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kBase64);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

Result<std::string> from_base64(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, nullptr, kBase64) != 0)
    return fail(ErrorKind::internal, "stored upload is not valid base64");
  out.resize(length);
  return out;
}

}  // namespace hanse::market
