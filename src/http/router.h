// Method + path pattern -> handler. Patterns are literal segments and
// {name} parameters: "/company/{id}". The site's table is web/routes.cpp.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "http/request.h"
#include "http/response.h"

namespace hanse::http {

using Handler = std::function<Response(Request&)>;

// Where a handler runs. cpu: off the I/O threads, on the worker pool
// (password hashing), so that one slow request cannot stall page serving.
enum class Work { io, cpu };

struct Route {
  std::string method;
  std::string pattern;
  Handler handler;
  Work work = Work::io;
  // The site's own number for the route, opaque to this layer: the web
  // layer's row in its route table (web/routes.h), which its middleware
  // reads to learn what the route needs.
  std::size_t tag = 0;
};

struct Match {
  const Route* route = nullptr;  // null: no route for this method
  std::unordered_map<std::string, std::string> params;
  std::vector<std::string> allowed_methods;  // set when the path exists under other methods
};

class Router {
 public:
  void add(Route route);
  // Finds the route for method and path. HEAD matches GET routes. When
  // several patterns match, literal segments beat {param} segments, left to
  // right ("/company/new" wins over "/company/{id}"); then the first added.
  // route == nullptr and allowed_methods empty: 404; non-empty: 405
  // (allowed_methods sorted, with HEAD wherever GET is allowed).
  // The returned route pointer is valid until the next add().
  Match match(std::string_view method, std::string_view path) const;
  const std::vector<Route>& routes() const { return m_routes; }

 private:
  std::vector<Route> m_routes;
  std::vector<std::vector<std::string>> m_segments;  // per route, split pattern
};

}  // namespace hanse::http
