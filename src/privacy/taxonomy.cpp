#include "privacy/taxonomy.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/files.h"
#include "privacy/taxonomy_csv.h"

namespace hanse::privacy {
namespace {

using Entries = std::map<std::string, TaxonomyEntry, std::less<>>;

Result<Entries> read_entries(std::string_view csv, std::string_view source) {
  HANSE_TRY(auto rows, read_csv_table(csv, source));
  Entries entries;
  for (auto& row : rows) {
    for (const char* column : {"fides_key", "parent_key", "name", "description"}) {
      if (!row.contains(column))
        return fail(ErrorKind::invalid_input, fmt::format("{}: no column \"{}\"", source, column));
    }
    TaxonomyEntry entry{row["fides_key"], row["name"], row["parent_key"], row["description"]};
    if (entry.key.empty() || entry.parent.empty()) continue;  // a root, or a blank line
    auto key = entry.key;
    entries.emplace(std::move(key), std::move(entry));
  }
  if (entries.empty()) return fail(ErrorKind::invalid_input, fmt::format("{}: no keys", source));
  return entries;
}

}  // namespace

bool key_covers(std::string_view parent, std::string_view child) {
  if (parent.empty() || !child.starts_with(parent)) return false;
  return child.size() == parent.size() || child[parent.size()] == '.';
}

Result<Taxonomy> Taxonomy::load(const std::string& dir) {
  namespace fs = std::filesystem;
  auto categories_path = fs::path(dir) / "data_categories.csv";
  auto uses_path = fs::path(dir) / "data_uses.csv";
  HANSE_TRY(auto categories_csv, read_file(categories_path));
  HANSE_TRY(auto uses_csv, read_file(uses_path));
  Taxonomy taxonomy;
  HANSE_TRY(taxonomy.m_categories, read_entries(categories_csv, categories_path.string()));
  HANSE_TRY(taxonomy.m_purposes, read_entries(uses_csv, uses_path.string()));
  return taxonomy;
}

Result<Taxonomy> Taxonomy::from_csv(std::string_view categories_csv, std::string_view uses_csv) {
  Taxonomy taxonomy;
  HANSE_TRY(taxonomy.m_categories, read_entries(categories_csv, "data_categories.csv"));
  HANSE_TRY(taxonomy.m_purposes, read_entries(uses_csv, "data_uses.csv"));
  return taxonomy;
}

const TaxonomyEntry* Taxonomy::find(const Entries& entries, std::string_view key) {
  auto it = entries.find(key);
  return it == entries.end() ? nullptr : &it->second;
}

const TaxonomyEntry* Taxonomy::category(std::string_view key) const { return find(m_categories, key); }
const TaxonomyEntry* Taxonomy::purpose(std::string_view key) const { return find(m_purposes, key); }

}  // namespace hanse::privacy
