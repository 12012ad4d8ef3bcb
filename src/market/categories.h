// The category directory (SPEC M-5): about 25 top-level industries, each with
// its sub-categories, read from a TOML data file (market/categories.toml).
// The tree is immutable once loaded; ids are stable and used in URLs and in
// the database, names are for display.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace hanse::market {

struct Category {
  std::string id;                     // "tools-hardware/hand-tools"
  std::string name;                   // "Hand Tools"
  std::string parent;                 // "tools-hardware"; empty for an industry
  std::vector<std::string> children;  // sub-category ids in file order; empty for a sub
};

class CategoryTree final {
 public:
  // Reads and validates the category file at `path`. Errors: invalid_input
  // with a message starting with the path (and the line where known) for an
  // unreadable file, a TOML syntax error, an unknown key, a missing or empty
  // id or name, an id with characters other than a-z 0-9 and single inner
  // hyphens, a sub id not of the form "<industry id>/<slug>", a duplicate id,
  // or a file without industries.
  static Result<CategoryTree> load(const std::string& path);

  // The same from TOML text; `source_name` starts every error message.
  static Result<CategoryTree> parse(std::string_view toml_text, std::string_view source_name);

  // The top-level industries in file order. The pointers are valid as long
  // as this tree.
  std::vector<const Category*> industries() const;

  // The category with this id, or nullptr when there is none. The pointer is
  // valid as long as this tree.
  const Category* find(std::string_view id) const;

  // The chain from the industry down to `id`: {industry} for an industry,
  // {industry, sub} for a sub-category, empty for an unknown id.
  std::vector<const Category*> path(std::string_view id) const;

  // Number of categories, industries and sub-categories together.
  std::size_t size() const { return m_categories.size(); }

 private:
  CategoryTree() = default;
  friend class CategoryTreeBuilder;

  std::vector<Category> m_categories;  // industries and subs, in file order
  std::vector<std::size_t> m_industries;
  std::map<std::string, std::size_t, std::less<>> m_index;
};

}  // namespace hanse::market
