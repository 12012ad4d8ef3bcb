#include "privacy/disclosures.h"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <ctime>

#include "audit/audit_log.h"
#include "core/text.h"
#include "privacy/inventory.h"

namespace hanse::privacy {

using db::Value;

namespace {

const audit::AuditLog kAudit;

struct BasisName {
  Basis basis;
  std::string_view code;
  std::string_view label;
};
constexpr BasisName kBases[] = {
    {Basis::dispute, "dispute", "Settling a dispute"},
    {Basis::investigation, "investigation", "Investigating a problem"},
    {Basis::terms_enforcement, "terms-enforcement", "Enforcing the terms of use"},
    {Basis::infringement, "infringement", "Acting against an infringement of rights"},
    {Basis::subpoena, "subpoena", "Subpoena"},
    {Basis::court_order, "court-order", "Court order"},
    {Basis::law, "law", "A law or regulation"},
    {Basis::regulator, "regulator", "A government or regulatory authority"},
};

// Columns a package leaves out although their category is chosen: image
// bytes (the images themselves are public listings' photos and logos), and
// credentials (hashes of passwords and tokens are never handed over).
bool left_out(const InventoryEntry& e) {
  return (e.table == "uploads" && e.column == "data") || key_covers("user.authorization", e.category);
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  std::string hex;
  for (unsigned char b : digest) hex += fmt::format("{:02x}", b);
  return hex;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out;
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    auto comma = text.find(',');
    auto part = text.substr(0, comma);
    if (!part.empty()) out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

struct Package {
  nlohmann::json data = nlohmann::json::object();      // table -> [row objects]
  nlohmann::json contents = nlohmann::json::array();   // [{"field", "category", "rows"}]
  std::string sha256;
};

// Reads, through the guard, every personal column of every table the guard
// can read for a member whose category is covered by one of `categories`.
// Errors: forbidden when the guard refuses a read; not_found for an
// unknown member; database errors.
Result<Package> produce_package(db::Connection& conn, const Guard& guard, std::int64_t member_id,
                                const std::vector<std::string>& categories) {
  std::vector<std::string_view> tables;
  for (auto& e : data_inventory())
    if (member_column(e.table) && std::find(tables.begin(), tables.end(), e.table) == tables.end())
      tables.push_back(e.table);
  Package package;
  for (auto table : tables) {
    std::vector<std::string> fields;
    std::vector<std::string> field_categories;
    for (auto& e : personal_columns(table)) {
      if (left_out(e)) continue;
      bool chosen = std::any_of(categories.begin(), categories.end(),
                                [&](const std::string& c) { return key_covers(c, e.category); });
      if (!chosen) continue;
      fields.push_back(fmt::format("{}.{}", e.table, e.column));
      field_categories.emplace_back(e.category);
    }
    if (fields.empty()) continue;
    ReadRequest request{{ActorKind::system, 0}, member_id, fields, std::string(kDisclosurePurpose),
                        "a disclosure recorded by compliance staff", std::nullopt};
    std::vector<PersonalValues> rows;
    if (table == "members") {
      HANSE_TRY(auto row, guard.read(conn, request));
      rows.push_back(std::move(row));
    } else {
      HANSE_TRY(rows, guard.read_all(conn, request));
    }
    auto& out = package.data[std::string(table)] = nlohmann::json::array();
    for (auto& row : rows) out.push_back(nlohmann::json(row));
    for (std::size_t i = 0; i < fields.size(); ++i)
      package.contents.push_back(
          {{"field", fields[i]}, {"category", field_categories[i]}, {"rows", rows.size()}});
  }
  package.sha256 = sha256_hex(package.data.dump());
  return package;
}

DisclosureErrors validate(const DisclosureInput& in, const PolicyVersion& version,
                          std::int64_t& member_id) {
  DisclosureErrors errors;
  auto member = trim(in.member);
  if (member.empty() || member.size() > kMaxMemberRef ||
      !std::all_of(member.begin(), member.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      member.size() > 18)
    errors["member"] = "Enter the member number (digits only).";
  else
    member_id = std::stoll(std::string(member));
  auto allowed = disclosable_categories(version);
  if (in.categories.empty()) errors["categories"] = "Choose at least one kind of data.";
  for (auto& c : in.categories)
    if (std::find(allowed.begin(), allowed.end(), c) == allowed.end())
      errors["categories"] = "Choose kinds of data from the list.";
  if (!parse_basis(trim(in.basis))) errors["basis"] = "Choose the basis of the disclosure from the list.";
  auto recipient = trim(in.recipient);
  if (recipient.empty()) errors["recipient"] = "Enter who receives the data.";
  else if (recipient.size() > kMaxRecipient)
    errors["recipient"] = fmt::format("Enter at most {} characters.", kMaxRecipient);
  auto reference = trim(in.reference);
  if (reference.empty()) errors["reference"] = "Enter the reference of the request or demand.";
  else if (reference.size() > kMaxReference)
    errors["reference"] = fmt::format("Enter at most {} characters.", kMaxReference);
  auto reason = trim(in.withheld_reason);
  if (reason.size() > kMaxWithheldReason)
    errors["withheld_reason"] = fmt::format("Enter at most {} characters.", kMaxWithheldReason);
  else if (in.notice_withheld && reason.empty())
    errors["withheld_reason"] = "Say why the member is not told (for example, the order forbids it).";
  return errors;
}

constexpr const char* kColumns =
    "id, member_id, staff_id, categories, recipient, basis, notice_withheld, withheld_reason,"
    " reference, contents, package_sha256, disclosed_at, lifted_at FROM disclosures";

Disclosure from_row(const db::Row& r) {
  Disclosure d;
  d.id = r.integer(0);
  d.member_id = r.integer(1);
  d.staff_id = r.integer(2);
  d.categories = split(r.text(3));
  d.recipient = r.text(4);
  d.basis = parse_basis(r.text(5)).value_or(Basis::dispute);
  d.notice_withheld = r.integer(6) != 0;
  d.withheld_reason = r.text(7);
  d.reference = r.text(8);
  d.contents = nlohmann::json::parse(r.text(9), nullptr, false);
  d.package_sha256 = r.text(10);
  d.disclosed_at = r.integer(11);
  if (!r.is_null(12)) d.lifted_at = r.integer(12);
  return d;
}

Result<std::vector<Disclosure>> query_disclosures(db::Connection& conn, std::string_view where,
                                                  db::Params params) {
  HANSE_TRY(auto rows, conn.query(fmt::format("SELECT {} {} ORDER BY disclosed_at DESC, id DESC",
                                              kColumns, where),
                                  params));
  std::vector<Disclosure> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(from_row(r));
  return out;
}

std::string subject_of(std::int64_t member_id) { return fmt::format("member:{}", member_id); }

}  // namespace

const std::array<Basis, 8>& all_bases() {
  static const std::array<Basis, 8> bases = {Basis::dispute,  Basis::investigation, Basis::terms_enforcement,
                                             Basis::infringement, Basis::subpoena, Basis::court_order,
                                             Basis::law,      Basis::regulator};
  return bases;
}

std::string_view to_string(Basis basis) {
  for (auto& b : kBases)
    if (b.basis == basis) return b.code;
  return "dispute";
}

std::string_view basis_label(Basis basis) {
  for (auto& b : kBases)
    if (b.basis == basis) return b.label;
  return "";
}

std::optional<Basis> parse_basis(std::string_view code) {
  for (auto& b : kBases)
    if (b.code == code) return b.basis;
  return std::nullopt;
}

std::vector<std::string> disclosable_categories(const PolicyVersion& version) {
  std::vector<std::string> out;
  for (auto& clause : version.clauses) {
    bool allows = std::any_of(clause.purposes.begin(), clause.purposes.end(),
                              [](const std::string& p) { return key_covers(kDisclosurePurpose, p); });
    if (!allows) continue;
    for (auto& c : clause.categories)
      if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

Result<RecordOutcome> record_disclosure(db::Database& db, const Guard& guard, const Clock& clock,
                                        const PolicyVersion& version, std::int64_t staff_id,
                                        const DisclosureInput& input) {
  RecordOutcome outcome;
  std::int64_t member_id = 0;
  outcome.errors = validate(input, version, member_id);
  if (!outcome.errors.empty()) return outcome;
  auto basis = *parse_basis(trim(input.basis));
  HANSE_TRY_STATUS(db.transaction([&](db::Connection& conn) -> Status {
    auto package = produce_package(conn, guard, member_id, input.categories);
    if (!package) {
      if (package.error().kind == ErrorKind::not_found) {
        outcome.errors["member"] = "There is no member with this number.";
        return {};
      }
      if (package.error().kind == ErrorKind::forbidden) {
        outcome.errors["categories"] =
            "The policy this member's data was collected under does not allow disclosing this data: " +
            package.error().message;
        return {};
      }
      return std::unexpected(package.error());
    }
    auto now = clock.now();
    const Value params[] = {member_id,
                            staff_id,
                            join(input.categories),
                            std::string(trim(input.recipient)),
                            std::string(to_string(basis)),
                            std::int64_t{input.notice_withheld ? 1 : 0},
                            input.notice_withheld ? std::string(trim(input.withheld_reason)) : std::string(),
                            std::string(trim(input.reference)),
                            package->contents.dump(),
                            package->sha256,
                            now};
    HANSE_TRY(auto row, conn.query_one(
        "INSERT INTO disclosures (member_id, staff_id, categories, recipient, basis, notice_withheld,"
        " withheld_reason, reference, contents, package_sha256, disclosed_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id", params));
    outcome.id = row.integer(0);
    return kAudit.append(conn, audit::staff_event(now, staff_id, "disclosure.recorded", subject_of(member_id),
                                                  {{"disclosure", outcome.id},
                                                   {"basis", to_string(basis)},
                                                   {"categories", input.categories},
                                                   {"notice_withheld", input.notice_withheld}}));
  }));
  return outcome;
}

Result<std::vector<Disclosure>> list_disclosures(db::Connection& conn) {
  return query_disclosures(conn, "", {});
}

Result<Disclosure> find_disclosure(db::Connection& conn, std::int64_t id) {
  const Value params[] = {id};
  HANSE_TRY(auto found, query_disclosures(conn, "WHERE id = $1", params));
  if (found.empty()) return fail(ErrorKind::not_found, "no such disclosure");
  return std::move(found.front());
}

Result<std::vector<Disclosure>> disclosures_visible_to(db::Connection& conn, std::int64_t member_id) {
  const Value params[] = {member_id};
  return query_disclosures(
      conn, "WHERE member_id = $1 AND (notice_withheld = 0 OR lifted_at IS NOT NULL)", params);
}

Status lift_withholding(db::Database& db, const Clock& clock, std::int64_t staff_id, std::int64_t id) {
  return db.transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY(auto d, find_disclosure(conn, id));
    if (!d.notice_withheld || d.lifted_at)
      return fail(ErrorKind::conflict, "Notice of this disclosure is not withheld.");
    auto now = clock.now();
    const Value params[] = {now, staff_id, id};
    HANSE_TRY_STATUS(conn.execute(
        "UPDATE disclosures SET lifted_at = $1, lifted_by = $2 WHERE id = $3", params));
    return kAudit.append(conn, audit::staff_event(now, staff_id, "disclosure.notice_lifted",
                                                  subject_of(d.member_id), {{"disclosure", id}}));
  });
}

Result<nlohmann::json> disclosure_package(db::Database& db, const Guard& guard, const Clock& clock,
                                          std::int64_t staff_id, std::int64_t id) {
  return db.transaction([&](db::Connection& conn) -> Result<nlohmann::json> {
    HANSE_TRY(auto d, find_disclosure(conn, id));
    HANSE_TRY(auto package, produce_package(conn, guard, d.member_id, d.categories));
    auto now = clock.now();
    HANSE_TRY_STATUS(kAudit.append(conn, audit::staff_event(now, staff_id, "disclosure.package_read",
                                                            subject_of(d.member_id), {{"disclosure", id}})));
    return nlohmann::json{
        {"version", 1},
        {"disclosure", d.id},
        {"member_id", d.member_id},
        {"basis", to_string(d.basis)},
        {"recipient", d.recipient},
        {"reference", d.reference},
        {"purpose", kDisclosurePurpose},
        {"categories", d.categories},
        {"disclosed_at", d.disclosed_at},
        {"produced_at", now},
        {"contents", package.contents},
        {"sha256_at_disclosure", d.package_sha256},
        {"same_as_disclosed", package.sha256 == d.package_sha256},
        {"data", package.data},
    };
  });
}

std::string quarter_of(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{}-Q{}", tm.tm_year + 1900, tm.tm_mon / 3 + 1);
}

Result<std::vector<QuarterCounts>> transparency_counts(db::Connection& conn) {
  HANSE_TRY(auto rows, conn.query("SELECT basis, disclosed_at FROM disclosures ORDER BY disclosed_at DESC"));
  std::vector<QuarterCounts> out;
  for (auto& r : rows) {
    auto quarter = quarter_of(r.integer(1));
    if (out.empty() || out.back().quarter != quarter) out.push_back({quarter, {}, 0});
    out.back().by_basis[r.text(0)] += 1;
    out.back().total += 1;
  }
  return out;
}

}  // namespace hanse::privacy
