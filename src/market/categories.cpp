// Loading and validating the category directory file; lookups by id.
#include "market/categories.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include "core/files.h"

namespace hanse::market {

namespace {

constexpr std::array<std::string_view, 3> kIndustryKeys = {"id", "name", "sub"};
constexpr std::array<std::string_view, 2> kSubKeys = {"id", "name"};

// a-z, 0-9 and single hyphens, not at either end.
bool valid_slug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  for (std::size_t i = 0; i < slug.size(); ++i) {
    const char c = slug[i];
    if (c == '-') {
      if (slug[i + 1] == '-') return false;  // safe: the last char is not '-'
      continue;
    }
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

// Builds a CategoryTree from the parsed TOML document, one error at a time.
class CategoryTreeBuilder final {
 public:
  explicit CategoryTreeBuilder(std::string_view source) : m_source(source) {}

  Result<CategoryTree> build(const toml::table& root) {
    HANSE_TRY_STATUS(only_known_keys(root, std::array<std::string_view, 1>{"industry"}));
    const toml::node* industries = root.get("industry");
    if (industries == nullptr) return error(root, "no [[industry]] tables");
    const toml::array* list = industries->as_array();
    if (list == nullptr || list->empty())
      return error(*industries, "\"industry\" must be a list of [[industry]] tables");
    for (const toml::node& node : *list) {
      const toml::table* table = node.as_table();
      if (table == nullptr) return error(node, "an industry must be a table");
      HANSE_TRY_STATUS(add_industry(*table));
    }
    return std::move(m_tree);
  }

 private:
  std::unexpected<Error> error(const toml::node& at, std::string_view problem) const {
    const auto line = at.source().begin.line;
    if (line == 0) return fail(ErrorKind::invalid_input, fmt::format("{}: {}", m_source, problem));
    return fail(ErrorKind::invalid_input, fmt::format("{}:{}: {}", m_source, line, problem));
  }

  template <std::size_t N>
  Status only_known_keys(const toml::table& table,
                         const std::array<std::string_view, N>& known) const {
    for (auto&& [key, node] : table) {
      if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
        return error(node, fmt::format("unknown key \"{}\" (allowed: {})", key.str(),
                                       fmt::join(known, ", ")));
      }
    }
    return {};
  }

  Result<std::string> text(const toml::table& table, std::string_view key,
                           std::string_view what) const {
    const toml::node* node = table.get(key);
    if (node == nullptr) return error(table, fmt::format("{} without \"{}\"", what, key));
    auto value = node->value_exact<std::string>();
    if (!value) return error(*node, fmt::format("{} \"{}\" must be a string", what, key));
    if (value->find_first_not_of(" \t\r\n") == std::string::npos)
      return error(*node, fmt::format("{} has an empty \"{}\"", what, key));
    return *value;
  }

  Status add(const toml::table& table, Category category) {
    const bool inserted = m_tree.m_index.emplace(category.id, m_tree.m_categories.size()).second;
    if (!inserted) return error(*table.get("id"), fmt::format("duplicate id \"{}\"", category.id));
    m_tree.m_categories.push_back(std::move(category));
    return {};
  }

  Status add_industry(const toml::table& table) {
    HANSE_TRY_STATUS(only_known_keys(table, kIndustryKeys));
    HANSE_TRY(std::string id, text(table, "id", "industry"));
    if (!valid_slug(id))
      return error(*table.get("id"), fmt::format("bad industry id \"{}\": use a-z, 0-9 and "
                                                 "single hyphens (\"tools-hardware\")",
                                                 id));
    HANSE_TRY(std::string name, text(table, "name", fmt::format("industry \"{}\"", id)));
    const std::size_t index = m_tree.m_categories.size();
    HANSE_TRY_STATUS(add(table, Category{id, std::move(name), {}, {}}));
    m_tree.m_industries.push_back(index);

    const toml::node* subs = table.get("sub");
    if (subs == nullptr)
      return error(table, fmt::format("industry \"{}\" has no sub-categories", id));
    const toml::array* list = subs->as_array();
    if (list == nullptr || list->empty())
      return error(*subs, fmt::format("industry \"{}\": \"sub\" must be a non-empty list of "
                                      "{{ id, name }} tables",
                                      id));
    for (const toml::node& node : *list) {
      const toml::table* sub = node.as_table();
      if (sub == nullptr)
        return error(node, fmt::format("industry \"{}\": a sub-category must be a table", id));
      HANSE_TRY_STATUS(add_sub(*sub, index));
    }
    return {};
  }

  Status add_sub(const toml::table& table, std::size_t parent) {
    const std::string parent_id = m_tree.m_categories[parent].id;
    HANSE_TRY_STATUS(only_known_keys(table, kSubKeys));
    HANSE_TRY(std::string id,
              text(table, "id", fmt::format("a sub-category of \"{}\"", parent_id)));
    const std::string prefix = parent_id + "/";
    if (!id.starts_with(prefix) || !valid_slug(std::string_view(id).substr(prefix.size())))
      return error(*table.get("id"), fmt::format("bad sub-category id \"{}\": use \"{}<slug>\" "
                                                 "with a-z, 0-9 and single hyphens",
                                                 id, prefix));
    HANSE_TRY(std::string name, text(table, "name", fmt::format("sub-category \"{}\"", id)));
    HANSE_TRY_STATUS(add(table, Category{id, std::move(name), parent_id, {}}));
    m_tree.m_categories[parent].children.push_back(std::move(id));
    return {};
  }

  std::string_view m_source;
  CategoryTree m_tree;
};

Result<CategoryTree> CategoryTree::load(const std::string& path) {
  HANSE_TRY(const std::string text, read_file(path));  // the error names the file
  return parse(text, path);
}

Result<CategoryTree> CategoryTree::parse(std::string_view toml_text, std::string_view source_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    const auto at = e.source().begin;
    return fail(ErrorKind::invalid_input,
                fmt::format("{}:{}:{}: {}", source_name, at.line, at.column, e.description()));
  }
  return CategoryTreeBuilder(source_name).build(root);
}

std::vector<const Category*> CategoryTree::industries() const {
  std::vector<const Category*> out;
  out.reserve(m_industries.size());
  for (std::size_t index : m_industries) out.push_back(&m_categories[index]);
  return out;
}

const Category* CategoryTree::find(std::string_view id) const {
  auto it = m_index.find(id);
  return it == m_index.end() ? nullptr : &m_categories[it->second];
}

std::vector<const Category*> CategoryTree::path(std::string_view id) const {
  const Category* category = find(id);
  if (category == nullptr) return {};
  if (category->parent.empty()) return {category};
  return {find(category->parent), category};
}

}  // namespace hanse::market
