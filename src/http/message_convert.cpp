// Beast <-> Request/Response.
#include "http/message_convert.h"

#include <strings.h>

#include <boost/beast/http/status.hpp>

#include "http/form.h"
#include "http/header_params.h"

namespace hanse::http {
namespace {

bool has_forbidden_bytes(std::string_view text) {
  for (const char c : text) {
    if (c == '\r' || c == '\n' || c == '\0') return true;
  }
  return false;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

bool managed_by_server(std::string_view name) {
  return iequals(name, "content-length") || iequals(name, "transfer-encoding") || iequals(name, "connection");
}

// Strips "http://host" or "https://host" from an absolute-form target.
std::string_view origin_form(std::string_view target) {
  for (const std::string_view scheme : {std::string_view("http://"), std::string_view("https://")}) {
    if (target.size() >= scheme.size() && to_lower_ascii(target.substr(0, scheme.size())) == scheme) {
      const std::string_view rest = target.substr(scheme.size());
      const std::size_t slash = rest.find_first_of("/?");
      if (slash == std::string_view::npos) return "/";
      if (rest[slash] == '?') return {};  // "http://host?x" is not meaningful here
      return rest.substr(slash);
    }
  }
  return target;
}

}  // namespace

bool fill_request_head(const beast_http::request_header<>& head, Request& out) {
  const std::string_view raw_target(head.target().data(), head.target().size());
  const std::string_view target = origin_form(raw_target);
  if (target.empty() || target.front() != '/') return false;
  out.method = std::string(head.method_string());
  out.target = std::string(target);
  const std::size_t question = target.find('?');
  out.path = percent_decode(target.substr(0, question), false);
  out.query_string =
      question == std::string_view::npos ? std::string{} : std::string(target.substr(question + 1));
  out.headers.clear();
  for (const auto& field : head) {
    out.headers.emplace_back(to_lower_ascii(std::string_view(field.name_string().data(),
                                                             field.name_string().size())),
                             std::string(field.value()));
  }
  return true;
}

WireResponse to_wire(const Response& response, bool head_request, bool keep_alive) {
  const int code = response.status >= 100 && response.status <= 999 ? response.status : 500;
  const auto reason = beast_http::obsolete_reason(beast_http::int_to_status(static_cast<unsigned>(code)));
  WireResponse wire;
  std::string& head = wire.head;
  head.reserve(512);
  head.append("HTTP/1.1 ").append(std::to_string(code)).append(" ").append(reason.data(), reason.size()).append("\r\n");
  for (const auto& [name, value] : response.headers) {
    if (name.empty() || has_forbidden_bytes(name) || has_forbidden_bytes(value)) continue;
    if (managed_by_server(name)) continue;
    head.append(name).append(": ").append(value).append("\r\n");
  }
  if (!keep_alive) head.append("Connection: close\r\n");
  const bool bodyless = code < 200 || code == 204 || code == 304;
  if (!bodyless) {
    const std::string_view body = response.body_view();
    head.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
    if (!head_request) wire.body = body;
  }
  head.append("\r\n");
  return wire;
}

}  // namespace hanse::http
