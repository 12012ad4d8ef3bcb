// Row ids in URLs and query strings: "123" or "123-readable-slug".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hanse::web {

// "123-acme-tools" -> {123, "acme-tools"}; "123" -> {123, ""}.
struct PathRef {
  std::int64_t id = 0;
  std::string slug;
};

// nullopt unless text starts with a positive id followed by nothing or "-".
std::optional<PathRef> parse_path_ref(std::string_view text);

// "/<section>/<id>-<slug>" as asked for, its slug's letters of other
// scripts escaped again by parse_path_ref: equal to the row's own path
// (core/paths.h) exactly when the slug is right, whatever the script.
std::string ref_path(std::string_view section, const PathRef& ref);

// The id of parse_path_ref(text), slug ignored.
inline std::optional<std::int64_t> parse_id(std::string_view text) {
  auto ref = parse_path_ref(text);
  if (!ref) return std::nullopt;
  return ref->id;
}

// A page number from the query string ("?page=3"): 1 when text is absent
// or not a whole number from 1 to max_page.
int parse_page_number(std::optional<std::string_view> text, int max_page);

}  // namespace hanse::web
