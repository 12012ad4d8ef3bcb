// fuzz-sources: src/http/form.cpp src/http/multipart.cpp src/http/header_params.cpp
// multipart/form-data bodies and Content-Type parameters on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "http/form.h"
#include "http/header_params.h"

namespace {

void check(const hanse::http::Form& form, std::size_t body_size) {
  if (form.error) {
    if (!form.fields.empty() || !form.files.empty()) std::abort();
    return;
  }
  std::size_t total = 0;
  for (const auto& [name, value] : form.fields) total += value.size();
  for (const auto& file : form.files) total += file.content.size();
  if (total > body_size) std::abort();  // parts never invent bytes
  if (form.fields.size() + form.files.size() > 8) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  // The whole input as a body with a fixed boundary (seeds use "XyZ").
  check(hanse::http::parse_multipart(input, "multipart/form-data; boundary=XyZ", 8), size);

  // First line as the Content-Type header, the rest as the body.
  const std::size_t newline = input.find('\n');
  if (newline != std::string_view::npos) {
    const std::string_view content_type = input.substr(0, newline);
    const std::string_view body = input.substr(newline + 1);
    (void)hanse::http::parse_header_value(content_type);
    check(hanse::http::parse_multipart(body, content_type, 8), body.size());
    const hanse::http::Form form = hanse::http::parse_form(body, content_type);
    (void)form.file("file");
  }
  return 0;
}
