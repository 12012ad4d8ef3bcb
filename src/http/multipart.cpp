// multipart/form-data bodies (RFC 7578): fields and uploaded files.
#include <string>

#include "http/form.h"
#include "http/header_params.h"

namespace hanse::http {
namespace {

constexpr std::size_t max_boundary_length = 70;
constexpr std::size_t max_part_header_bytes = 16 * 1024;

struct PartHeaders {
  std::string disposition;
  std::string content_type;
};

// Parses the header block of one part ("Name: value" lines joined by CRLF).
bool parse_part_headers(std::string_view block, PartHeaders& out) {
  while (!block.empty()) {
    const std::size_t eol = block.find("\r\n");
    const std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view{} : block.substr(eol + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    const std::string name = to_lower_ascii(line.substr(0, colon));
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    if (name == "content-disposition" && out.disposition.empty()) {
      out.disposition = std::string(value);
    } else if (name == "content-type" && out.content_type.empty()) {
      out.content_type = std::string(value);
    }
  }
  return true;
}

Form failed(std::string message) {
  Form form;
  form.error = std::move(message);
  return form;
}

}  // namespace

Form parse_multipart(std::string_view body, std::string_view content_type,
                     std::size_t max_parts) {
  const HeaderValue type = parse_header_value(content_type);
  const auto boundary_it = type.params.find("boundary");
  if (boundary_it == type.params.end() || boundary_it->second.empty() ||
      boundary_it->second.size() > max_boundary_length) {
    return failed("missing or invalid multipart boundary");
  }
  const std::string delimiter = "--" + boundary_it->second;
  const std::string separator = "\r\n" + delimiter;

  std::size_t pos = 0;
  if (body.starts_with(delimiter)) {
    pos = delimiter.size();
  } else {
    const std::size_t first = body.find(separator);
    if (first == std::string_view::npos) return failed("multipart body has no boundary");
    pos = first + separator.size();
  }

  Form form;
  std::size_t parts = 0;
  while (true) {
    if (body.substr(pos, 2) == "--") return form;  // closing delimiter; epilogue ignored
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;
    if (body.substr(pos, 2) != "\r\n") return failed("malformed multipart delimiter line");
    pos += 2;
    if (++parts > max_parts) return failed("too many multipart parts");

    std::string_view header_block;
    std::size_t content_start = 0;
    if (body.substr(pos, 2) == "\r\n") {
      content_start = pos + 2;
    } else {
      const std::size_t header_end = body.find("\r\n\r\n", pos);
      if (header_end == std::string_view::npos) return failed("unterminated multipart headers");
      header_block = body.substr(pos, header_end - pos);
      content_start = header_end + 4;
    }
    if (header_block.size() > max_part_header_bytes) return failed("multipart headers too long");

    const std::size_t next = body.find(separator, content_start);
    if (next == std::string_view::npos) return failed("unterminated multipart part");
    const std::string_view content = body.substr(content_start, next - content_start);
    pos = next + separator.size();

    PartHeaders headers;
    if (!parse_part_headers(header_block, headers)) return failed("malformed multipart header");
    const HeaderValue disposition = parse_header_value(headers.disposition);
    const auto name_it = disposition.params.find("name");
    if (disposition.value != "form-data" || name_it == disposition.params.end()) {
      return failed("multipart part without form-data name");
    }
    const auto filename_it = disposition.params.find("filename");
    if (filename_it == disposition.params.end()) {
      form.fields.emplace(name_it->second, std::string(content));
      continue;
    }
    // A file input left empty is sent as filename="" with no content.
    if (filename_it->second.empty() && content.empty()) continue;
    form.files.push_back(UploadedFile{name_it->second, filename_it->second,
                                      headers.content_type, std::string(content)});
  }
}

}  // namespace hanse::http
