// The data inventory (P-2): every column of every table, declared once,
// either with the fideslang data category of the personal data it holds
// (taxonomy/data_categories.csv keys such as "user.contact.email") or as
// non-personal with the reason. The declaration is data, kept in one table
// in inventory.cpp; a test compares it with the live schema on both
// databases, so a new column cannot slip in unclassified.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::privacy {

struct InventoryEntry {
  std::string_view table;
  std::string_view column;
  // A fideslang "user.*" category when the column holds personal data;
  // empty when it does not.
  std::string_view category;
  // What the column holds (personal) or why it is not personal.
  std::string_view note;

  bool personal() const { return !category.empty(); }
};

// Every declared column, grouped by table in schema order.
std::span<const InventoryEntry> data_inventory();

// The declaration for table.column, or nullopt when it is not declared.
std::optional<InventoryEntry> find_column(std::string_view table, std::string_view column);

// The declared personal columns of a table (for the guard and for P-15).
std::vector<InventoryEntry> personal_columns(std::string_view table);

// The column by which rows of table belong to one member, for the guard's
// reads of tables other than members ("id" for members itself,
// "member_id" for sessions, "buyer_member_id" for inquiries, ...); nullopt
// when the rows are nobody's in particular or not a member's (mail_outbox,
// company_invites, the staff tables, companies and their listings).
std::optional<std::string_view> member_column(std::string_view table);

struct LiveColumn {
  std::string table;
  std::string column;
};

// Every column of every table in the connected database's schema (SQLite:
// sqlite_master tables except sqlite_*, virtual tables and their shadow
// tables; PostgreSQL: the public schema without generated columns), ordered
// by table then column position. What is left out is derived from declared
// columns (the full-text index, the stored tsvector).
// Errors: whatever the database reports.
Result<std::vector<LiveColumn>> live_columns(db::Connection& conn);

struct InventoryDrift {
  std::vector<std::string> undeclared;  // "table.column" in the schema, not in the inventory
  std::vector<std::string> stale;       // "table.column" in the inventory, not in the schema
  bool empty() const { return undeclared.empty() && stale.empty(); }
};

// Compares the inventory with the live schema.
// Errors: whatever the database reports.
Result<InventoryDrift> compare_with_schema(db::Connection& conn);

}  // namespace hanse::privacy
