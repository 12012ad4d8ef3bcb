// The privacy vocabulary: fideslang data categories ("user.contact.email")
// and data uses, called purposes here ("marketing.communications.email"),
// read from the vendored CSV files in policy/taxonomy/. Keys are
// hierarchical: a parent key covers its children, never the reverse.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/result.h"

namespace hanse::privacy {

struct TaxonomyEntry {
  std::string key;          // "user.contact.email"
  std::string name;         // "User Contact Email"
  std::string parent;       // "user.contact"
  std::string description;  // one sentence, from fideslang
};

// True when parent equals child or is one of its ancestors
// ("user.contact" covers "user.contact.email", not "user.contacts").
bool key_covers(std::string_view parent, std::string_view child);

class Taxonomy final {
 public:
  // Reads DIR/data_categories.csv and DIR/data_uses.csv. A key is known when
  // it appears in the fides_key column, except the roots (rows without a
  // parent_key: "data_category", "data_use"). Errors: invalid_input naming
  // the file for a missing file, a malformed CSV or a missing column.
  static Result<Taxonomy> load(const std::string& dir);

  // The same from CSV text (tests, or files read elsewhere).
  static Result<Taxonomy> from_csv(std::string_view categories_csv, std::string_view uses_csv);

  // The entry for a key, or nullptr when the key is unknown. The pointer is
  // valid as long as this Taxonomy.
  const TaxonomyEntry* category(std::string_view key) const;
  const TaxonomyEntry* purpose(std::string_view key) const;

  std::size_t category_count() const { return m_categories.size(); }
  std::size_t purpose_count() const { return m_purposes.size(); }

 private:
  using Entries = std::map<std::string, TaxonomyEntry, std::less<>>;
  Taxonomy() = default;
  static const TaxonomyEntry* find(const Entries& entries, std::string_view key);

  Entries m_categories;
  Entries m_purposes;
};

}  // namespace hanse::privacy
