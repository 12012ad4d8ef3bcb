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

// Free text others keep, cleared of the erased member's identifiers.
constexpr std::string_view kInquiryText[] = {"subject"};
constexpr std::string_view kMessageText[] = {"body"};
constexpr std::string_view kStaffReason[] = {"reason"};

// One rule per table that holds data about a member. A table joins this
// list in the same change as its migration (tests/unit/privacy_data_map_test.cpp
// fails until it does). Erasure runs children first; the order is derived
// from the links (erasure_order), so the position here does not matter.
constexpr DataRule kDataMap[] = {
    {.table = "members", .link = {"id", "", ""}, .title = "your account"},
    {.table = "sessions", .link = kMember("member_id"), .title = "your sessions"},
    {.table = "password_resets", .link = kMember("member_id"), .title = "your password resets"},
    // Sign-in failures are counted per account ("account:" + address) and
    // per IP address, reset requests per address; the address's counters
    // are the member's.
    {.table = "signin_throttle",
     .link = {"throttle_key", "members", "'account:' || p.email"},
     // Password-reset mails are counted per address too.
     .also = {"throttle_key", "members", "'reset-address:' || p.email"},
     .title = "failed sign-ins and reset requests counted against your address"},
    // A delivered or failed message keeps no body (its links and tokens go
    // at once): recipient, kind, subject, status and dates, deleted by the
    // sender 90 days after (mail/sender.h, keep_delivered).
    {.table = "mail_outbox",
     .link = {"recipient", "members", "p.email"},
     .title = "mail the site sent you (after delivery: its subject and dates, for 90 days)"},
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
     .redact = kStaffReason,
     .title = "staff views of your data"},
    // An image used by a company that stays (a colleague's company logo or
    // product photo) is the company's: it stays, its uploader reference
    // set to NULL with the member row (ON DELETE SET NULL).
    {.table = "uploads",
     .link = kMember("member_id"),
     .erase_only_if = "NOT EXISTS (SELECT 1 FROM companies c JOIN company_members o"
                      " ON o.company_id = c.id WHERE c.logo_upload_id = t.id AND o.member_id <> $1)"
                      " AND NOT EXISTS (SELECT 1 FROM product_photos pp JOIN products pr"
                      " ON pr.id = pp.product_id JOIN company_members o ON o.company_id = pr.company_id"
                      " WHERE pp.upload_id = t.id AND o.member_id <> $1)",
     .title = "images you uploaded"},
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
    // Invitations to the member's company, and invitations sent to the
    // member's address by any company.
    {.table = "company_invites",
     .link = {"company_id", "companies", "p.id"},
     .also = {"email", "members", "p.email"},
     .title = "invitations to your company or to you"},
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
     .redact = kInquiryText,
     // Neither side left (the supplier's company erased too): nobody's copy.
     .orphaned_if = "t.supplier_company_id IS NULL AND t.buyer_member_id IS NULL"
                    " AND t.buyer_company_id IS NULL",
     .title = "inquiries you sent"},
    {.table = "inquiry_messages",
     .link = kMember("member_id"),
     .erasure = Erasure::detach,
     .retention = {KeepReason::other_party,
                   "the other party's copy of messages you wrote, without your name", 0},
     .redact = kMessageText,
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
    // Staff views and disclosures (S-1, P-13; issue 11).
    {.table = "staff_refusals",
     .link = kMember("member_id"),
     .erasure = Erasure::keep,
     .retention = {KeepReason::accountability,
                   "the record of staff views of your data that the policy refused", 3 * 365},
     .title = "refused staff views of your data"},
    {.table = "disclosures",
     .link = kMember("member_id"),
     .erasure = Erasure::keep,
     .retention = {KeepReason::legal_obligation,
                   "the record of each disclosure of your data: what, to whom, on what basis and when",
                   6 * 365},
     .shown_if = "t.notice_withheld = 0 OR t.lifted_at IS NOT NULL",
     .title = "disclosures of your data"},

    // Children's requests and the suppression list (P-18), feedback (P-20).
    // A request stays as the record that it was carried out: erasing the
    // child's account clears the child's address (the link); the guardian's
    // name and address stay with it, deleted with the row 1 year after.
    {.table = "child_requests",
     .link = {"child_email", "members", "p.email"},
     .erasure = Erasure::detach,
     .retention = {KeepReason::legal_obligation,
                   "the record that a guardian's request about your data was carried out, without your address",
                   365},
     .title = "a guardian's request about your data"},
    // Keyed hashes only: nobody's data without the key; kept for good, so
    // that no promotion reaches the address again.
    {.table = "promotion_suppressions",
     .link = kNobody,
     .erasure = Erasure::keep,
     .retention = {KeepReason::anonymous, "the keyed hash of an address no promotion may reach", -1},
     .title = "the promotion suppression list"},
    // Site statistics (P-9): counts per day, and for two days a keyed hash
    // per visitor whose key (the day's salt) is destroyed with it. Nothing
    // links either to an account, so erasure has nothing of the member's
    // to find there.
    {.table = "stats_counts",
     .link = kNobody,
     .erasure = Erasure::keep,
     .retention = {KeepReason::anonymous, "the site's daily visit counts, which name nobody", -1},
     .title = "the site's anonymous statistics"},
    {.table = "stats_visitors",
     .link = kNobody,
     .erasure = Erasure::keep,
     .retention = {KeepReason::anonymous,
                   "a keyed hash per visitor and day, deleted with its key 48 hours after the day began", 2},
     .title = "the anonymous count of today's visitors"},
    // Banners (P-11): impressions and clicks per campaign and day, which
    // name nobody; which banner a page showed to whom is never kept.
    {.table = "banner_counts",
     .link = kNobody,
     .erasure = Erasure::keep,
     .retention = {KeepReason::anonymous, "how often each banner was shown and clicked per day, which names nobody",
                   -1},
     .title = "the anonymous counts of banners shown and clicked"},
    // Promotions (P-11): the member's participation, erased with them.
    {.table = "promotion_participants",
     .link = kMember("member_id"),
     .title = "the promotions you take part in and your progress"},
    // The reward the member earned, shown publicly while it lasts.
    {.table = "featured_listings",
     .link = kMember("member_id"),
     .title = "your company's featured listings, a promotion's reward"},
    // Feedback belongs to the holder of its reply address; kept 2 years
    // after the last answer (policy clause feedback), unless erased before.
    {.table = "feedback",
     .link = {"reply_email", "members", "p.email"},
     .title = "feedback you sent and our answers (kept 2 years after the last answer)"},
    {.table = "feedback_replies",
     .link = {"feedback_id", "feedback", "p.id"},
     .title = "our answers to your feedback"},
    // Listing cards (issue 12): thumbnails belong to their upload and are
    // deleted with it (ON DELETE CASCADE).
    {.table = "upload_thumbnails",
     .link = {"upload_id", "uploads", "p.id"},
     .title = "smaller copies of images you uploaded"},
    // Marketing e-mail (P-11, issue 14): the unsubscribe links of marketing
    // mail sent to the member (hashed tokens), deleted with the account.
    // Campaigns hold no member's data; the choices are consent_ledger rows.
    {.table = "marketing_unsubscribe_tokens",
     .link = kMember("member_id"),
     .title = "the unsubscribe links of marketing mail we sent you"},
};

bool has_link(const DataRule& rule) { return !rule.link.column.empty(); }
bool is_root(const DataRule& rule) { return has_link(rule) && rule.link.parent.empty(); }

const DataRule* rule_for(std::string_view table) {
  for (const auto& r : kDataMap)
    if (r.table == table) return &r;
  return nullptr;
}

Result<std::string> belongs_condition(const DataRule& rule, std::string_view alias, bool for_erasure,
                                      int depth);

// The condition "this row (aliased `alias`) matches `link` to a row that
// belongs to $1".
Result<std::string> link_condition(const DataRule& rule, const Link& link, std::string_view alias,
                                   bool for_erasure, int depth) {
  if (link.parent.empty()) return fmt::format("{}.{} = $1", alias, link.column);
  const DataRule* parent = rule_for(link.parent);
  if (!parent)
    return fail(ErrorKind::internal, fmt::format("data map: {} links to {}, which has no rule",
                                                  rule.table, link.parent));
  // Each level gets its own alias so that nested conditions do not clash;
  // the parent's own condition is written over alias "p".
  std::string parent_alias = fmt::format("p{}", depth);
  HANSE_TRY(auto parent_condition, belongs_condition(*parent, parent_alias, for_erasure, depth + 1));
  std::string value(link.parent_value);
  // parent_value is written over "p."; rename it to this level's alias.
  for (std::size_t at = 0; (at = value.find("p.", at)) != std::string::npos;) {
    value.replace(at, 2, parent_alias + ".");
    at += parent_alias.size() + 1;
  }
  return fmt::format("{}.{} IN (SELECT {} FROM {} {} WHERE {})", alias, link.column, value,
                     parent->table, parent_alias, parent_condition);
}

// The condition "this row of `rule.table` (aliased `alias`) belongs to $1".
Result<std::string> belongs_condition(const DataRule& rule, std::string_view alias, bool for_erasure,
                                      int depth) {
  if (depth > 16) return fail(ErrorKind::internal, "data map links form a cycle");
  if (!has_link(rule))
    return fail(ErrorKind::not_found, fmt::format("{} belongs to no member", rule.table));
  HANSE_TRY(auto condition, link_condition(rule, rule.link, alias, for_erasure, depth));
  if (!rule.also.column.empty()) {
    HANSE_TRY(auto also, link_condition(rule, rule.also, alias, for_erasure, depth));
    condition = fmt::format("({}) OR ({})", condition, also);
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
  return fmt::format("SELECT {} FROM {} t WHERE ({})", select.empty() ? "t.*" : select, table,
                     condition);
}

Result<std::optional<std::string>> erasure_sql(std::string_view table) {
  const DataRule* rule = rule_for(table);
  if (!rule) return fail(ErrorKind::not_found, fmt::format("{} has no data map rule", table));
  if (!has_link(*rule) || rule->erasure == Erasure::keep) return std::optional<std::string>{};
  HANSE_TRY(auto condition, belongs_condition(*rule, "t", true, 0));
  if (rule->erasure == Erasure::delete_row)
    return std::optional<std::string>{fmt::format("DELETE FROM {} AS t WHERE {}", table, condition)};
  std::string set = fmt::format("{} = NULL", rule->link.column);
  for (auto column : rule->blank) set += fmt::format(", {} = NULL", column);
  return std::optional<std::string>{
      fmt::format("UPDATE {} AS t SET {} WHERE {}", table, set, condition)};
}

Result<std::optional<std::string>> orphans_sql(std::string_view table) {
  const DataRule* rule = rule_for(table);
  if (!rule) return fail(ErrorKind::not_found, fmt::format("{} has no data map rule", table));
  if (rule->orphaned_if.empty()) return std::optional<std::string>{};
  return std::optional<std::string>{
      fmt::format("DELETE FROM {} AS t WHERE {}", table, rule->orphaned_if)};
}

Result<std::optional<std::string>> retention_sql(std::string_view table) {
  const DataRule* rule = rule_for(table);
  if (!rule) return fail(ErrorKind::not_found, fmt::format("{} has no data map rule", table));
  if (rule->erasure != Erasure::keep || rule->retention.days <= 0 || rule->link.parent != "members" ||
      rule->link.parent_value != "p.id")
    return std::optional<std::string>{};
  return std::optional<std::string>{
      fmt::format("DELETE FROM {} WHERE {} = $1", table, rule->link.column)};
}

int longest_retention_days() {
  int days = 0;
  for (const auto& r : kDataMap)
    if (has_link(r) && r.erasure == Erasure::keep) days = std::max(days, r.retention.days);
  return days;
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
