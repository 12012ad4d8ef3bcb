// fuzz-sources: src/http/form.cpp src/http/multipart.cpp src/http/header_params.cpp
// application/x-www-form-urlencoded and percent-coding on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/form.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  const auto fields = hanse::http::parse_urlencoded(input);
  for (const auto& [name, value] : fields) {
    if (name.empty() || name.size() > size || value.size() > size) std::abort();
  }

  // Decoding never grows the input; encoding round-trips exactly.
  if (hanse::http::percent_decode(input, true).size() > size) std::abort();
  if (hanse::http::percent_decode(input, false).size() > size) std::abort();
  if (hanse::http::percent_decode(hanse::http::percent_encode(input), false) != input) std::abort();

  const hanse::http::Form form =
      hanse::http::parse_form(input, "application/x-www-form-urlencoded; charset=utf-8");
  if (form.error || form.fields.size() != fields.size()) std::abort();
  for (const auto& entry : form.fields) (void)form.get(entry.first);
  return 0;
}
