// Beast <-> Request/Response.
#include "http/message_convert.h"

#include "http/form.h"
#include "http/header_params.h"

namespace hanse::http {
namespace {

bool has_forbidden_bytes(std::string_view text) {
  return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

bool managed_by_server(std::string_view lower_name) {
  return lower_name == "content-length" || lower_name == "transfer-encoding" ||
         lower_name == "connection";
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

beast_http::response<beast_http::string_body> to_beast(Response&& response, bool head_request,
                                                       bool keep_alive) {
  const int code = response.status >= 100 && response.status <= 999 ? response.status : 500;
  beast_http::response<beast_http::string_body> message{static_cast<beast_http::status>(code), 11};
  for (auto& [name, value] : response.headers) {
    if (name.empty() || has_forbidden_bytes(name) || has_forbidden_bytes(value)) continue;
    if (managed_by_server(to_lower_ascii(name))) continue;
    message.insert(name, value);
  }
  message.keep_alive(keep_alive);
  const bool bodyless = code < 200 || code == 204 || code == 304;
  if (bodyless) return message;
  message.content_length(response.body.size());
  if (!head_request) message.body() = std::move(response.body);
  return message;
}

}  // namespace hanse::http
