// Request accessors: headers, cookies, query parameters, the parsed form.
#include "http/request.h"

#include "http/cookies.h"

namespace hanse::http {

std::optional<std::string_view> Request::header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return std::string_view{value};
  }
  return std::nullopt;
}

std::optional<std::string> Request::cookie(std::string_view name) const {
  for (const auto& [header_name, value] : headers) {
    if (header_name != "cookie") continue;
    if (auto found = find_cookie(value, name)) return found;
  }
  return std::nullopt;
}

std::optional<std::string> Request::query(std::string_view name) const {
  if (!m_query) m_query = parse_urlencoded(query_string);
  const auto it = m_query->find(std::string(name));
  if (it == m_query->end()) return std::nullopt;
  return it->second;
}

const Form& Request::form() const {
  if (!m_form) m_form = parse_form(body, header("content-type").value_or(std::string_view{}));
  return *m_form;
}

std::string_view Request::param(const std::string& name) const {
  const auto it = path_params.find(name);
  return it == path_params.end() ? std::string_view{} : std::string_view{it->second};
}

}  // namespace hanse::http
