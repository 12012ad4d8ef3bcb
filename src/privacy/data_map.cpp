#include "privacy/data_map.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "privacy/inventory.h"

namespace hanse::privacy {

namespace {

constexpr Link kMember(std::string_view column) { return {column, "members", "p.id"}; }
constexpr Link kNobody{};

// One rule per table that holds data about a member. A table joins this
// list in the same change as its migration (tests/unit/privacy_data_map_test.cpp
// fails until it does). Erasure runs children first; the order is derived
// from the links (erasure_order), so the position here does not matter.
constexpr DataRule kDataMap[] = {
    {.table = "members", .link = {"id", "", ""}, .title = "your account"},
    {.table = "sessions", .link = kMember("member_id"), .title = "your sessions"},
    {.table = "password_resets", .link = kMember("member_id"), .title = "your password resets"},
    // Sign-in failures are counted per account ("account:" + address) and
    // per IP address; the account's counter is the member's.
    {.table = "signin_throttle",
     .link = {"throttle_key", "members", "'account:' || p.email"},
     .title = "failed sign-ins counted against your account"},
    {.table = "mail_outbox",
     .link = {"recipient", "members", "p.email"},
     .title = "mail the site sent you"},
    {.table = "consent_ledger",
     .link = kMember("member_id"),
     .erasure = Erasure::keep,
     .retention = {KeepReason::legal_obligation,
                   "the record of which policy versions you accepted and the choices you made",
                   3 * 365},
     .title = "your consent history"},
    {.table = "staff_access_log",
     .link = kMember("member_id"),
     .erasure = Erasure::keep,
     .retention = {KeepReason::accountability,
                   "the record of which staff member read your data, when and why", 3 * 365},
     .title = "staff views of your data"},
    {.table = "uploads", .link = kMember("member_id"), .title = "images you uploaded"},
    {.table = "company_members", .link = kMember("member_id"), .title = "your company membership"},
    // A company goes with its last member; with other members it stays
    // (ownership passes to the longest-standing one, see erasure).
    {.table = "companies",
     .link = {"id", "company_members", "p.company_id"},
     .erase_only_if = "NOT EXISTS (SELECT 1 FROM company_members o"
                      " WHERE o.company_id = t.id AND o.member_id <> $1)",
     .title = "your company's profile"},
    {.table = "company_industries",
     .link = {"company_id", "companies", "p.id"},
     .title = "your company's industries"},
    {.table = "company_invites",
     .link = {"company_id", "companies", "p.id"},
     .title = "invitations to your company"},
    {.table = "products", .link = {"company_id", "companies", "p.id"}, .title = "your company's products"},
    {.table = "product_photos",
     .link = {"product_id", "products", "p.id"},
     .title = "your company's product photos"},
    {.table = "offers", .link = {"company_id", "companies", "p.id"}, .title = "your company's offers"},
    // The other side keeps its copy of the correspondence, with the sender
    // shown as a former member.
    {.table = "inquiries",
     .link = kMember("buyer_member_id"),
     .erasure = Erasure::detach,
     .retention = {KeepReason::other_party,
                   "the supplier's copy of the inquiries you sent, without your name", 0},
     .title = "inquiries you sent"},
    {.table = "inquiry_messages",
     .link = kMember("member_id"),
     .erasure = Erasure::detach,
     .retention = {KeepReason::other_party,
                   "the other party's copy of messages you wrote, without your name", 0},
     .title = "messages you wrote"},
    {.table = "search_documents",
     .link = {"company_id", "companies", "p.id"},
     .title = "search index entries of your company's listings"},
    {.table = "search_categories",
     .link = {"doc_id", "search_documents", "p.id"},
     .title = "category index entries of your company's listings"},
    // Staff accounts are the staff members' own data, not a member's.
    {.table = "staff",
     .link = kNobody,
     .erasure = Erasure::keep,
     .retention = {KeepReason::none, "staff accounts, not a member's data", 0},
     .title = "staff accounts"},
    {.table = "staff_password_tokens",
     .link = kNobody,
     .erasure = Erasure::keep,
     .retention = {KeepReason::none, "staff password links, not a member's data", 0},
     .title = "staff password links"},
    // Listing cards (issue 12): thumbnails belong to their upload and are
    // deleted with it (ON DELETE CASCADE).
    {.table = "upload_thumbnails",
     .link = {"upload_id", "uploads", "p.id"},
     .title = "smaller copies of images you uploaded"},
};

bool has_link(const DataRule& rule) { return !rule.link.column.empty(); }
bool is_root(const DataRule& rule) { return has_link(rule) && rule.link.parent.empty(); }

const DataRule* rule_for(std::string_view table) {
  for (const auto& r : kDataMap)
    if (r.table == table) return &r;
  return nullptr;
}

// The condition "this row of `rule.table` (aliased `alias`) belongs to $1".
Result<std::string> belongs_condition(const DataRule& rule, std::string_view alias, bool for_erasure,
                                      int depth) {
  if (depth > 16) return fail(ErrorKind::internal, "data map links form a cycle");
  if (!has_link(rule))
    return fail(ErrorKind::not_found, fmt::format("{} belongs to no member", rule.table));
  std::string condition;
  if (is_root(rule)) {
    condition = fmt::format("{}.{} = $1", alias, rule.link.column);
  } else {
    const DataRule* parent = rule_for(rule.link.parent);
    if (!parent)
      return fail(ErrorKind::internal, fmt::format("data map: {} links to {}, which has no rule",
                                                    rule.table, rule.link.parent));
    // Each level gets its own alias so that nested conditions do not clash;
    // the parent's own condition is written over alias "p".
    std::string parent_alias = fmt::format("p{}", depth);
    HANSE_TRY(auto parent_condition, belongs_condition(*parent, parent_alias, for_erasure, depth + 1));
    std::string value(rule.link.parent_value);
    // parent_value is written over "p."; rename it to this level's alias.
    for (std::size_t at = 0; (at = value.find("p.", at)) != std::string::npos;) {
      value.replace(at, 2, parent_alias + ".");
      at += parent_alias.size() + 1;
    }
    condition = fmt::format("{}.{} IN (SELECT {} FROM {} {} WHERE {})", alias, rule.link.column,
                            value, parent->table, parent_alias, parent_condition);
  }
  if (for_erasure && rule.erasure == Erasure::delete_row && !rule.erase_only_if.empty()) {
    std::string extra(rule.erase_only_if);
    for (std::size_t at = 0; (at = extra.find("t.", at)) != std::string::npos;) {
      extra.replace(at, 2, std::string(alias) + ".");
      at += alias.size() + 1;
    }
    condition = fmt::format("({}) AND ({})", condition, extra);
  }
  return condition;
}

}  // namespace

std::span<const DataRule> data_map() { return kDataMap; }

std::optional<DataRule> find_rule(std::string_view table) {
  if (const DataRule* r = rule_for(table)) return *r;
  return std::nullopt;
}

Result<std::string> owned_rows_sql(std::string_view table, std::string_view select,
                                   bool for_erasure) {
  const DataRule* rule = rule_for(table);
  if (!rule) return fail(ErrorKind::not_found, fmt::format("{} has no data map rule", table));
  HANSE_TRY(auto condition, belongs_condition(*rule, "t", for_erasure, 0));
  return fmt::format("SELECT {} FROM {} t WHERE {}", select.empty() ? "t.*" : select, table,
                     condition);
}

std::vector<std::string_view> erasure_order() {
  // Depth of a table = length of its link chain to members; deeper tables
  // hold rows that point at shallower ones, so they go first. Ties keep
  // the declaration order (stable sort).
  std::vector<std::pair<int, std::string_view>> depth;
  for (const auto& r : kDataMap) {
    if (!has_link(r)) continue;
    int d = 0;
    for (const DataRule* at = &r; at && !is_root(*at) && d <= 16; at = rule_for(at->link.parent)) ++d;
    depth.emplace_back(d, r.table);
  }
  std::stable_sort(depth.begin(), depth.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string_view> out;
  for (const auto& [d, table] : depth) out.push_back(table);
  return out;
}

Result<std::vector<std::string>> data_map_gaps(db::Connection& conn) {
  HANSE_TRY(auto live, live_columns(conn));
  std::set<std::string> tables;
  std::set<std::string> personal_tables;
  for (const auto& c : live) {
    tables.insert(c.table);
    // An undeclared column may be personal until the inventory says not.
    auto entry = find_column(c.table, c.column);
    if (!entry || entry->personal()) personal_tables.insert(c.table);
  }
  std::vector<std::string> gaps;
  for (const auto& t : personal_tables)
    if (!rule_for(t)) gaps.push_back(t + ": holds personal data and has no data map rule");
  for (const auto& r : kDataMap)
    if (!tables.contains(std::string(r.table)))
      gaps.push_back(std::string(r.table) + ": has a data map rule but is not in the schema");
  return gaps;
}

std::string describe(const Retention& retention) {
  std::string why;
  switch (retention.reason) {
    case KeepReason::none: why = "it is not your data"; break;
    case KeepReason::anonymous: why = "it holds nothing that identifies you"; break;
    case KeepReason::legal_obligation: why = "the law and our policy require this record"; break;
    case KeepReason::other_party: why = "it is another member's copy"; break;
    case KeepReason::accountability: why = "it shows who at the site handled your data"; break;
  }
  std::string until;
  if (retention.days > 0)
    until = fmt::format(", for {} days after your account is deleted", retention.days);
  else if (retention.days == 0 && retention.reason == KeepReason::other_party)
    until = ", until they delete it";
  else if (retention.days < 0)
    until = ", indefinitely";
  return fmt::format("{}: retained because {}{}", retention.scope, why, until);
}

}  // namespace hanse::privacy
