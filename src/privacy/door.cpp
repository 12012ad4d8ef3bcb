#include "privacy/door.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

#include "privacy/inventory.h"

namespace hanse::privacy {
namespace {

// The SQL named in messages; statements never carry values (they are bound).
std::string excerpt(std::string_view sql) {
  constexpr std::size_t limit = 160;
  std::string s(sql.substr(0, limit));
  if (sql.size() > limit) s += "...";
  return s;
}

// Column ids are positions in the data inventory.
class Door final : public db::ColumnGuard {
 public:
  explicit Door(const PolicyBook& book) : m_book(book), m_published(data_inventory().size(), 0) {
    refresh();
  }

  std::optional<ColumnId> classify(std::string_view table, std::string_view column) const override {
    auto inventory = data_inventory();
    for (std::size_t i = 0; i < inventory.size(); ++i) {
      const auto& entry = inventory[i];
      if (entry.table != table || entry.column != column) continue;
      // Published categories stay published: versions are only appended,
      // and records keep the version they were collected under.
      if (!entry.personal() || published(i)) return std::nullopt;
      return static_cast<ColumnId>(i);
    }
    return std::nullopt;  // not a column of the schema's tables (sqlite_master, pragmas)
  }

  Status admit(std::span<const ColumnId> columns, std::string_view sql) const override {
    if (db::ReadScope::innermost() != nullptr) return {};
    for (auto id : columns) {
      // Classified before a newer version published its category.
      if (published(id)) continue;
      const auto& entry = data_inventory()[id];
      spdlog::error("privacy door: refused a read of {}.{} ({}) outside any read scope (in: {})",
                    entry.table, entry.column, entry.category, excerpt(sql));
      return fail(ErrorKind::internal,
                  fmt::format("privacy door: read of {}.{} outside any read scope refused; personal "
                              "data is read through privacy::Guard or inside the scope that says "
                              "why (privacy/door.h) (in: {})",
                              entry.table, entry.column, excerpt(sql)));
    }
    return {};
  }

 private:
  bool published(std::size_t id) const {
    refresh();
    std::lock_guard lock(m_mutex);
    return m_published[id] != 0;
  }

  // Recomputes the published columns when the book has gained a version.
  void refresh() const {
    std::lock_guard lock(m_mutex);
    if (m_book.version(m_versions + 1) == nullptr) return;
    while (m_book.version(m_versions + 1) != nullptr) ++m_versions;
    auto inventory = data_inventory();
    for (std::size_t i = 0; i < inventory.size(); ++i) {
      if (!inventory[i].personal() || m_published[i]) continue;
      for (int v = 1; v <= m_versions && !m_published[i]; ++v)
        if (m_book.clause_publishing(v, inventory[i].category) != nullptr) m_published[i] = 1;
    }
  }

  const PolicyBook& m_book;
  mutable std::mutex m_mutex;
  mutable int m_versions = 0;                 // versions of the book taken into account
  mutable std::vector<char> m_published;      // by inventory position
};

}  // namespace

std::shared_ptr<const db::ColumnGuard> make_door(const PolicyBook& book) {
  return std::make_shared<const Door>(book);
}

bool install_door(db::Database& db, const PolicyBook& book) {
  return db.set_column_guard(make_door(book));
}

}  // namespace hanse::privacy
