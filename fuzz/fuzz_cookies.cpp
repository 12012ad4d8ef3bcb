// fuzz-sources: src/http/cookies.cpp src/http/form.cpp src/http/multipart.cpp src/http/header_params.cpp
// Cookie header parsing and Set-Cookie serialisation on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/cookies.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  for (const auto& [name, value] : hanse::http::parse_cookie_header(input)) {
    if (name.empty() || name.size() > size || value.size() > size) std::abort();
  }

  // Any name/value survives serialize -> parse unchanged, and the header
  // never carries bytes that could split it.
  const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
  hanse::http::SetCookie cookie;
  cookie.name = std::string(input.substr(0, split));
  cookie.value = std::string(input.substr(split));
  cookie.path = std::string(input);
  cookie.same_site = static_cast<hanse::http::SameSite>(size % 3);
  const std::string header = hanse::http::serialize(cookie);
  for (const char c : header) {
    if (c == '\r' || c == '\n' || c == '\0') std::abort();
  }
  if (!cookie.name.empty()) {
    const auto parsed = hanse::http::parse_cookie_header(header.substr(0, header.find(';')));
    if (parsed.size() != 1 || parsed.begin()->first != cookie.name ||
        parsed.begin()->second != cookie.value) {
      std::abort();
    }
  }
  return 0;
}
