// An HTTP response as handlers build it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/cookies.h"

namespace hanse::http {

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // A body shared with a cache (the visitor page cache, static files), sent
  // as it is instead of copied into `body` for every request; when set, it
  // is the body and `body` is unused. Read the body with body_view().
  std::shared_ptr<const std::string> shared_body;
  // Where in body a later pipeline stage puts content chosen for each
  // request (the web layer's banner slot, web/banner_slot.h), recorded by
  // whoever wrote the body, so that no stage searches it; npos: nowhere.
  std::size_t slot = std::string::npos;

  static Response html(std::string body, int status = 200);
  static Response text(std::string body, int status = 200);
  static Response json(std::string body, int status = 200);
  // 303 See Other (the answer to a successful POST).
  static Response redirect(std::string location, int status = 303);

  std::string_view body_view() const { return shared_body ? std::string_view(*shared_body) : std::string_view(body); }

  void set_header(std::string name, std::string value);  // replaces
  void add_header(std::string name, std::string value);  // appends
  std::string_view header(std::string_view name) const;   // "" when absent
  void set_cookie(const SetCookie& cookie);
};

}  // namespace hanse::http
