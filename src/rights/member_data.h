// Everything the site holds about one member (P-15), collected from the map
// of a member's data (privacy/data_map.h: which rows are theirs) and the
// data inventory (privacy/inventory.h: what each column is). Nothing here
// lists tables by hand: a table added to the map appears on the member's
// page and in their download without a change to this module.
//
// The member's page and the download (rights/export.h) are built from one
// MemberData, so they cannot disagree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "db/database.h"
#include "privacy/data_map.h"
#include "privacy/guard.h"
#include "privacy/policy.h"

namespace hanse::rights {

// One column of one row, named by its inventory name.
struct DataField {
  std::string name;      // "members.email"
  std::string category;  // fideslang category; empty for a column that is not personal
  std::string note;      // what the column holds, from the inventory
  std::optional<std::string> value;  // as stored; nullopt when NULL or withheld
  // A credential (a password or token hash): held, but never shown or
  // exported, so that a lost download cannot be used to guess a password.
  bool withheld = false;
  // Shown to everyone (P-12): a clause of the row's policy version
  // publishes the field's category, and the value is not empty (a member
  // who leaves their public name empty is shown nowhere).
  bool is_public = false;
  bool personal() const { return !category.empty(); }
};

struct DataRow {
  std::optional<std::int64_t> id;  // the row's id column, when the table has one
  // The policy version the row was collected under: its own policy_version
  // column, else that of the nearest table it belongs through that has one
  // (a product: its company's), else the member's record's.
  int policy_version = 0;
  std::vector<DataField> fields;  // every column, in inventory order
};

// The member's rows of one table of the map.
struct TableData {
  privacy::DataRule rule;
  std::string retention;  // describe(rule.retention) when erasure keeps or detaches rows; else ""
  std::vector<DataRow> rows;
};

// A staff member's read of the member's data (S-1), as stored.
struct StaffView {
  std::int64_t staff_id = 0;
  std::string staff_role;            // the staff member's role when read, or "" if the account is gone
  std::int64_t at = 0;
  std::string purpose;               // purpose key
  std::vector<std::string> fields;   // "members.email", ...
  std::string reason;
};

struct MemberData {
  std::int64_t member_id = 0;
  int policy_version = 0;        // members.policy_version
  std::vector<TableData> tables;  // the map's linked rules, in map order; tables without rows too
  std::vector<StaffView> staff_views;  // newest first

  // The member's rows of table (empty when none or not in the map).
  const std::vector<DataRow>& rows_of(std::string_view table) const;
};

// Reads every row of every table of the map that belongs to member_id,
// inside an OwnerRead (the member's own data, for their page and download).
// Errors: not_found for an unknown member; database errors pass on.
Result<MemberData> collect_member_data(db::Connection& conn, const privacy::Guard& guard,
                                       std::int64_t member_id);

// What the policy version says about a data category: the uses (purposes)
// its clauses allow and who, besides the member, receives the data.
struct PurposeUse {
  std::string purpose;       // fideslang data use key
  std::string purpose_name;  // its taxonomy name
  std::string clause_id;
  std::string choice;        // "always", "opt-out", "opt-in"
};
struct CategoryUse {
  std::vector<PurposeUse> purposes;  // each once, with the first clause (document order) allowing it
  std::vector<std::string> recipients;  // in words, without "public" (decided per field: who_may_see)
};

// The uses and recipients of `category` under policy `version`. Empty when
// the version is unknown.
CategoryUse category_use(const privacy::PolicyBook& book, const SiteConfig& site, int version,
                         std::string_view category);

// Who sees one field of a row, in words: "you", everyone when the field is
// public (P-12), and the other members of the member's company when the
// table is held through it.
std::vector<std::string> who_may_see(const DataField& field, const privacy::DataRule& rule,
                                     const SiteConfig& site);

// One personal datum and where it stands.
struct CategoryItem {
  const TableData* table;
  const DataRow* row;
  const DataField* field;
};
struct CategoryGroup {
  std::string category;  // fideslang key
  std::string name;      // its taxonomy name ("User Contact Email")
  std::vector<CategoryItem> items;
};

// The personal fields of data grouped by data category, categories in key
// order, items in map order. Pointers refer into data.
std::vector<CategoryGroup> by_category(const MemberData& data, const privacy::PolicyBook& book);

}  // namespace hanse::rights
