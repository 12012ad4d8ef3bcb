// Pattern matching of method + path to a route.
#include "http/router.h"

#include <algorithm>

namespace hanse::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  if (path.starts_with('/')) path.remove_prefix(1);
  while (true) {
    const std::size_t slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool is_param(std::string_view segment) {
  return segment.size() >= 3 && segment.front() == '{' && segment.back() == '}';
}

// Matches segments against a pattern; fills `literal_mask` with one flag per
// segment (true: literal) for ranking.
bool matches(const std::vector<std::string>& pattern, const std::vector<std::string_view>& path,
             std::vector<bool>& literal_mask) {
  if (pattern.size() != path.size()) return false;
  literal_mask.assign(pattern.size(), false);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (is_param(pattern[i])) {
      if (path[i].empty()) return false;
    } else {
      if (pattern[i] != path[i]) return false;
      literal_mask[i] = true;
    }
  }
  return true;
}

}  // namespace

void Router::add(Route route) {
  std::vector<std::string> segments;
  for (const std::string_view s : split_path(route.pattern)) segments.emplace_back(s);
  m_segments.push_back(std::move(segments));
  m_routes.push_back(std::move(route));
}

Match Router::match(std::string_view method, std::string_view path) const {
  const std::vector<std::string_view> parts = split_path(path);
  const std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  Match result;
  std::vector<bool> best_mask;
  std::vector<bool> mask;
  std::size_t best = m_routes.size();
  for (std::size_t i = 0; i < m_routes.size(); ++i) {
    if (!matches(m_segments[i], parts, mask)) continue;
    const Route& route = m_routes[i];
    result.allowed_methods.push_back(route.method);
    if (route.method == "GET") result.allowed_methods.emplace_back("HEAD");
    const bool method_ok = route.method == wanted || (method == "HEAD" && route.method == "HEAD");
    if (method_ok && (best == m_routes.size() || mask > best_mask)) {
      best = i;
      best_mask = mask;
    }
  }
  std::sort(result.allowed_methods.begin(), result.allowed_methods.end());
  result.allowed_methods.erase(
      std::unique(result.allowed_methods.begin(), result.allowed_methods.end()),
      result.allowed_methods.end());
  if (best == m_routes.size()) return result;

  result.route = &m_routes[best];
  const std::vector<std::string>& pattern = m_segments[best];
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (is_param(pattern[i])) {
      result.params.emplace(pattern[i].substr(1, pattern[i].size() - 2), std::string(parts[i]));
    }
  }
  result.allowed_methods.clear();
  return result;
}

}  // namespace hanse::http
