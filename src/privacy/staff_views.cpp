#include "privacy/staff_views.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "privacy/door.h"

namespace hanse::privacy {

using db::Value;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 18 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string joined(const std::vector<std::string>& fields) {
  std::string out;
  for (auto& f : fields) out += (out.empty() ? "" : ",") + f;
  return out;
}

Status log_refusal(db::Connection& conn, const ViewRequest& request, std::int64_t member_id,
                   const Refusal& refusal, std::int64_t now) {
  std::string why = refusal.reason;
  if (!refusal.field.empty()) why = fmt::format("{}: {}", refusal.field, why);
  const Value params[] = {request.staff_id, member_id, joined(support_view_fields()),
                          request.purpose, why, now};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO staff_refusals (staff_id, member_id, fields, purpose, refusal, at)"
      " VALUES ($1, $2, $3, $4, $5, $6)", params));
  return {};
}

ViewErrors validate(ViewRequest& request) {
  ViewErrors errors;
  request.query = std::string(trim(request.query));
  request.purpose = std::string(trim(request.purpose));
  request.reason = std::string(trim(request.reason));
  if (request.query.empty())
    errors["query"] = "Enter the member's e-mail address or member number.";
  else if (request.query.size() > kMaxLookupQuery)
    errors["query"] = fmt::format("Enter at most {} characters.", kMaxLookupQuery);
  if (request.purpose.size() > kMaxPurposeKey)
    errors["purpose"] = fmt::format("Choose a purpose from the list (at most {} characters).", kMaxPurposeKey);
  if (request.reason.size() > kMaxViewReason)
    errors["reason"] = fmt::format("Enter a reason of at most {} characters.", kMaxViewReason);
  return errors;
}

}  // namespace

const std::vector<std::string>& support_view_fields() {
  static const std::vector<std::string> fields = {
      "members.name",    "members.email",        "members.phone",           "members.address",
      "members.country", "members.company_name", "members.company_address", "members.created_at"};
  return fields;
}

std::vector<std::string> policy_purposes(const PolicyVersion& version) {
  std::vector<std::string> out;
  for (auto& clause : version.clauses)
    for (auto& p : clause.purposes)
      if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  return out;
}

Result<ViewOutcome> view_member(db::Database& db, const Guard& guard, const Clock& clock,
                                const ViewRequest& raw) {
  ViewRequest request = raw;
  ViewOutcome outcome;
  outcome.errors = validate(request);
  if (!outcome.errors.empty()) return outcome;

  HANSE_TRY_STATUS(db.transaction([&](db::Connection& conn) -> Status {
    ReadRequest read{{ActorKind::staff, request.staff_id}, 0, support_view_fields(),
                     request.purpose, request.reason, std::nullopt};
    // An empty purpose is refused by the guard as unknown, and recorded as
    // "no purpose was given" below.
    std::int64_t member_id = 0;
    std::optional<Refusal> refusal;
    if (all_digits(request.query)) {
      member_id = std::stoll(request.query);
      read.member_id = member_id;
      auto checked = guard.check(conn, read);
      if (!checked && checked.error().kind == ErrorKind::not_found) {
        outcome.not_found = true;
        return {};
      }
      if (!checked) return std::unexpected(checked.error());
      refusal = *checked;
    } else {
      // The lookup reads members.email: decided (and logged) by the guard.
      ReadRequest by_email = read;
      by_email.fields = {"members.email"};
      HANSE_TRY(auto lookup, guard.find_member(conn, by_email, lower(request.query)));
      if (!lookup.member_id) {
        outcome.not_found = true;
        return {};
      }
      member_id = *lookup.member_id;
      read.member_id = member_id;
      refusal = lookup.refusal;
      if (!refusal) {
        HANSE_TRY(refusal, guard.check(conn, read));
      }
    }
    if (request.purpose.empty() && refusal) refusal->reason = "no purpose was given";
    if (refusal) {
      outcome.refusal = refusal;
      return log_refusal(conn, request, member_id, *refusal, clock.now());
    }
    HANSE_TRY(outcome.values, guard.read(conn, read));
    outcome.member_id = member_id;
    return {};
  }));
  return outcome;
}

Result<std::vector<StaffView>> staff_views_of(db::Connection& conn, std::int64_t member_id) {
  OwnerRead door("a member's list of staff views of their data, with each viewer's role");
  const Value params[] = {member_id};
  HANSE_TRY(auto rows, conn.query(
      "SELECT l.staff_id, s.role, l.at, l.purpose, l.fields, l.reason, 0, '' FROM staff_access_log l"
      " LEFT JOIN staff s ON s.id = l.staff_id WHERE l.member_id = $1"
      " UNION ALL"
      " SELECT r.staff_id, s.role, r.at, r.purpose, r.fields, '', 1, r.refusal FROM staff_refusals r"
      " LEFT JOIN staff s ON s.id = r.staff_id WHERE r.member_id = $1"
      " ORDER BY 3 DESC", params));
  std::vector<StaffView> out;
  out.reserve(rows.size());
  for (auto& r : rows) {
    std::string role = r.is_null(1) ? "former" : r.text(1);
    out.push_back({fmt::format("{} staff member #{}", role, r.integer(0)), r.integer(2), r.text(3),
                   r.text(4), r.text(5), r.integer(6) != 0, r.text(7)});
  }
  return out;
}

}  // namespace hanse::privacy
