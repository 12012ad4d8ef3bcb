#include "rights/member_data.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "privacy/door.h"
#include "privacy/inventory.h"
#include "privacy/taxonomy.h"

namespace hanse::rights {

namespace {

using db::Value;
using privacy::DataRule;

// Hashes of passwords and tokens: held, never handed out (DataField::withheld).
constexpr std::string_view kCredentials = "user.authorization.credentials";
constexpr std::string_view kPinColumn = "policy_version";

bool has_column(std::string_view table, std::string_view column) {
  return privacy::find_column(table, column).has_value();
}

std::vector<privacy::InventoryEntry> columns_of(std::string_view table) {
  std::vector<privacy::InventoryEntry> out;
  for (const auto& e : privacy::data_inventory())
    if (e.table == table) out.push_back(e);
  return out;
}

// The nearest table on rule's link chain (rule's own table first) that pins
// its rows to a policy version; "members" at the latest.
std::string_view pin_table(const DataRule& rule) {
  std::optional<DataRule> at = rule;
  for (int depth = 0; at && depth < 16; ++depth) {
    if (has_column(at->table, kPinColumn)) return at->table;
    if (at->link.parent.empty()) break;
    at = privacy::find_rule(at->link.parent);
  }
  return "members";
}

bool through_company(const DataRule& rule) {
  std::optional<DataRule> at = rule;
  for (int depth = 0; at && depth < 16; ++depth) {
    if (at->table == "companies") return true;
    if (at->link.parent.empty()) break;
    at = privacy::find_rule(at->link.parent);
  }
  return false;
}

// The version the member's rows of pin (a table of the map with a
// policy_version column) were collected under; the newest when several.
Result<std::optional<int>> pinned_version(db::Connection& conn, std::string_view pin,
                                          std::int64_t member_id) {
  HANSE_TRY(auto sql, privacy::owned_rows_sql(pin, "MAX(t.policy_version)", false));
  const Value params[] = {member_id};
  HANSE_TRY(auto row, conn.query_one(sql, params));
  if (row.is_null(0)) return std::optional<int>{};
  return std::optional<int>{static_cast<int>(row.integer(0))};
}

Result<TableData> collect_table(db::Connection& conn, const privacy::Guard& guard,
                                const DataRule& rule, std::int64_t member_id, int fallback_version,
                                std::map<std::string_view, std::optional<int>>& pins) {
  TableData out{rule, {}, {}};
  if (rule.erasure != privacy::Erasure::delete_row) out.retention = privacy::describe(rule.retention);
  const auto columns = columns_of(rule.table);
  // Column names come from the inventory, never from input.
  std::string select;
  for (const auto& c : columns) select += fmt::format("{}t.{}", select.empty() ? "" : ", ", c.column);
  HANSE_TRY(auto sql, privacy::owned_rows_sql(rule.table, select, false));
  if (!rule.shown_if.empty()) sql += fmt::format(" AND ({})", rule.shown_if);
  const bool has_id = has_column(rule.table, "id");
  if (has_id) sql += " ORDER BY t.id";

  const std::string_view pin = pin_table(rule);
  const bool own_pin = pin == rule.table;
  if (!own_pin && !pins.contains(pin)) {
    HANSE_TRY(auto version, pinned_version(conn, pin, member_id));
    pins[pin] = version;
  }

  const Value params[] = {member_id};
  HANSE_TRY(auto rows, conn.query(sql, params));
  for (const auto& row : rows) {
    DataRow data;
    data.policy_version = fallback_version;
    if (!own_pin && pins[pin]) data.policy_version = *pins[pin];
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const auto& c = columns[i];
      if (c.column == "id" && has_id) data.id = row.integer(i);
      if (own_pin && c.column == kPinColumn && !row.is_null(i))
        data.policy_version = static_cast<int>(row.integer(i));
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const auto& c = columns[i];
      DataField field;
      field.name = fmt::format("{}.{}", c.table, c.column);
      field.category = std::string(c.category);
      field.note = std::string(c.note);
      field.withheld = c.personal() && privacy::key_covers(kCredentials, c.category);
      if (!field.withheld && !row.is_null(i)) field.value = row.text(i);
      // Published by the row's policy version, and given: an empty public
      // name or website is shown to nobody (P-12, the member's choice).
      field.is_public = c.personal() && field.value && !field.value->empty() &&
                        guard.is_public(data.policy_version, field.name);
      data.fields.push_back(std::move(field));
    }
    out.rows.push_back(std::move(data));
  }
  return out;
}

std::vector<std::string> split_fields(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    if (comma > start) out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

}  // namespace

const std::vector<DataRow>& MemberData::rows_of(std::string_view table) const {
  static const std::vector<DataRow> kNone;
  for (const auto& t : tables)
    if (t.rule.table == table) return t.rows;
  return kNone;
}

Result<MemberData> collect_member_data(db::Connection& conn, const privacy::Guard& guard,
                                       std::int64_t member_id) {
  // P-15: the member's own data, every table of the map, shown to them on
  // /bin/user/edit and handed to them in their download. The WHERE clauses
  // come from the map (owned_rows_sql), so only their rows are read.
  privacy::OwnerRead door("a member's own data in every table of the data map, for their page and download");
  MemberData data;
  data.member_id = member_id;
  const Value params[] = {member_id};
  HANSE_TRY(auto pin, conn.query_optional("SELECT policy_version FROM members WHERE id = $1", params));
  if (!pin) return fail(ErrorKind::not_found, "no such member");
  data.policy_version = static_cast<int>(pin->integer(0));

  std::map<std::string_view, std::optional<int>> pins;
  for (const auto& rule : privacy::data_map()) {
    if (rule.link.column.empty()) continue;  // nobody's rows (staff accounts)
    HANSE_TRY(auto table, collect_table(conn, guard, rule, member_id, data.policy_version, pins));
    data.tables.push_back(std::move(table));
  }

  // Who read it (S-1): the staff member's role as stored beside the entry,
  // so the member knows which kind of staff member looked.
  HANSE_TRY(auto views, conn.query(
      "SELECT l.staff_id, s.role, l.at, l.purpose, l.fields, l.reason FROM staff_access_log l"
      " LEFT JOIN staff s ON s.id = l.staff_id WHERE l.member_id = $1 ORDER BY l.at DESC, l.id DESC",
      params));
  for (const auto& v : views)
    data.staff_views.push_back(
        {v.integer(0), v.text(1), v.integer(2), v.text(3), split_fields(v.text(4)), v.text(5)});
  return data;
}

CategoryUse category_use(const privacy::PolicyBook& book, const SiteConfig& site, int version,
                         std::string_view category) {
  CategoryUse use;
  auto policy = book.version(version);
  if (!policy) return use;
  std::set<std::string> purposes;
  std::set<std::string> recipients;
  for (const auto& clause : policy->clauses) {
    bool covers = std::any_of(clause.categories.begin(), clause.categories.end(),
                              [&](const std::string& c) { return privacy::key_covers(c, category); });
    if (!covers) continue;
    for (const auto& purpose : clause.purposes) {
      if (!purposes.insert(purpose).second) continue;  // allowed by an earlier clause too
      const auto* entry = book.taxonomy().purpose(purpose);
      use.purposes.push_back({purpose, entry ? entry->name : purpose, clause.id,
                              std::string(privacy::to_string(clause.choice))});
    }
    for (const auto& recipient : clause.recipients) {
      if (recipient == "public") continue;  // decided per field (who_may_see)
      auto label = privacy::recipient_label(recipient, site);
      if (recipients.insert(label).second) use.recipients.push_back(label);
    }
  }
  return use;
}

std::vector<std::string> who_may_see(const DataField& field, const DataRule& rule,
                                     const SiteConfig& site) {
  std::vector<std::string> who = {"you"};
  if (field.is_public) who.push_back(privacy::recipient_label("public", site));
  if (through_company(rule)) who.push_back("the other members of your company");
  return who;
}

std::vector<CategoryGroup> by_category(const MemberData& data, const privacy::PolicyBook& book) {
  std::map<std::string, CategoryGroup> groups;
  for (const auto& table : data.tables)
    for (const auto& row : table.rows)
      for (const auto& field : row.fields) {
        if (!field.personal()) continue;
        auto& group = groups[field.category];
        if (group.category.empty()) {
          group.category = field.category;
          const auto* entry = book.taxonomy().category(field.category);
          group.name = entry ? entry->name : field.category;
        }
        group.items.push_back({&table, &row, &field});
      }
  std::vector<CategoryGroup> out;
  for (auto& [key, group] : groups) out.push_back(std::move(group));
  return out;
}

}  // namespace hanse::rights
