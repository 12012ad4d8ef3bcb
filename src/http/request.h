// An HTTP request as handlers see it: already read, size-checked and
// decoded. Handlers never touch Beast types.
#pragma once

#include <any>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "http/form.h"

namespace hanse::http {

struct Request {
  std::string method;        // "GET", "POST", ...
  std::string target;        // as sent: path plus query
  std::string path;          // percent-decoded path, without the query
  std::string query_string;  // raw, without '?'
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;  // peer IP as text
  bool secure = false;  // served over TLS, or configured as behind TLS

  // Filled by the router from patterns such as /company/{id}.
  std::unordered_map<std::string, std::string> path_params;

  // What the site's middleware keeps about this request while it is being
  // answered (web::RequestContext*): opaque to this layer, empty outside
  // the pipeline.
  std::any context;

  // Header value by lower-case name, first occurrence.
  std::optional<std::string_view> header(std::string_view lower_name) const;
  // Cookie value by name, from the Cookie header(s).
  std::optional<std::string> cookie(std::string_view name) const;
  // Query parameter (first value), decoded.
  std::optional<std::string> query(std::string_view name) const;
  // The body parsed as application/x-www-form-urlencoded or
  // multipart/form-data (by Content-Type); an empty form otherwise.
  // Parsed once on first call. A malformed body gives form().error set.
  const Form& form() const;
  std::string_view param(const std::string& name) const;  // path param or ""

 private:
  mutable std::optional<Form> m_form;
  mutable std::optional<std::multimap<std::string, std::string>> m_query;
};

}  // namespace hanse::http
