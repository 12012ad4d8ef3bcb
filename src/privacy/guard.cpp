#include "privacy/guard.h"

#include <fmt/format.h>

#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "privacy/consent_ledger.h"
#include "privacy/door.h"
#include "privacy/inventory.h"
#include "privacy/suppression.h"

namespace hanse::privacy {
namespace {

using db::Value;

// The table of member records, whose row is the member's own.
constexpr std::string_view kMemberTable = "members";

Refusal refuse(const std::string& field, std::string_view category, std::string clause_id,
               std::string reason) {
  return Refusal{field, std::string(category), std::move(clause_id), std::move(reason)};
}

std::string describe(const Refusal& r, std::string_view purpose) {
  return fmt::format("read of {} ({}) for {} refused: {}{}", r.field,
                     r.category.empty() ? "undeclared" : r.category, purpose, r.reason,
                     r.clause_id.empty() ? "" : fmt::format(" [clause {}]", r.clause_id));
}

}  // namespace

// field -> answer by version (index version - 1; nullopt: not decided yet).
class PublicAnswers {
 public:
  using Answer = std::optional<Refusal>;

  // use(answer) with the remembered answer, or with decide()'s, which is
  // remembered when lasting() says the version was in the book before
  // deciding (asked first: a version published meanwhile must not be
  // answered for by a decision made without it).
  template <class Decide, class Lasting, class Use>
  auto with(int version, std::string_view field, Decide decide, Lasting lasting, Use use) {
    {
      std::shared_lock lock(m_mutex);
      if (const Answer* known = find(version, field)) return use(*known);
    }
    const bool remember = version >= 1 && lasting();
    Answer answer = decide();
    if (!remember) return use(answer);
    std::unique_lock lock(m_mutex);
    auto it = m_answers.find(field);
    if (it == m_answers.end()) it = m_answers.emplace(std::string(field), Slots{}).first;
    auto index = static_cast<std::size_t>(version - 1);
    if (it->second.size() <= index) it->second.resize(index + 1);
    it->second[index] = std::move(answer);
    return use(*it->second[index]);
  }

 private:
  using Slots = std::vector<std::optional<Answer>>;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  const Answer* find(int version, std::string_view field) const {
    auto it = m_answers.find(field);
    if (it == m_answers.end() || version < 1) return nullptr;
    auto index = static_cast<std::size_t>(version - 1);
    if (index >= it->second.size() || !it->second[index]) return nullptr;
    return &*it->second[index];
  }

  std::shared_mutex m_mutex;
  std::unordered_map<std::string, Slots, Hash, std::equal_to<>> m_answers;
};

Guard::Guard(const PolicyBook& policy, const Clock& clock)
    : m_policy(policy), m_clock(clock), m_public_answers(std::make_unique<PublicAnswers>()) {}

Guard::~Guard() = default;

std::optional<Refusal> Guard::check_public(int version, std::string_view field) const {
  return m_public_answers->with(
      version, field, [&] { return decide_public(version, field); },
      [&] { return m_policy.version(version) != nullptr; },
      [](const std::optional<Refusal>& answer) { return answer; });
}

bool Guard::is_public(int version, std::string_view field) const {
  return m_public_answers->with(
      version, field, [&] { return decide_public(version, field); },
      [&] { return m_policy.version(version) != nullptr; },
      [](const std::optional<Refusal>& answer) { return !answer; });
}

std::optional<Refusal> Guard::decide_public(int version, std::string_view field) const {
  auto dot = field.find('.');
  if (dot == std::string_view::npos)
    return refuse(std::string(field), "", "", "not a table.column name");
  auto entry = find_column(field.substr(0, dot), field.substr(dot + 1));
  if (!entry || !entry->personal())
    return refuse(std::string(field), "", "", "not a personal field of the data inventory");
  if (m_policy.clause_publishing(version, entry->category) == nullptr)
    return refuse(std::string(field), entry->category, "",
                  fmt::format("no clause of policy version {} makes this data public", version));
  return std::nullopt;
}

Result<std::optional<Refusal>> Guard::check(db::Connection& conn, const ReadRequest& request) const {
  GuardRead door("the guard deciding a read by the policy");
  const Value member_param[] = {request.member_id};
  HANSE_TRY(auto pin, conn.query_optional(
                          "SELECT policy_version, promotions_suppressed_at FROM members WHERE id = $1",
                          member_param));
  if (!pin) return fail(ErrorKind::not_found, "no such member");
  int version = static_cast<int>(pin->integer(0));

  if (m_policy.taxonomy().purpose(request.purpose) == nullptr) {
    return std::optional<Refusal>{refuse(request.fields.empty() ? "" : request.fields.front(), "", "",
                                         fmt::format("unknown purpose \"{}\"", request.purpose))};
  }
  // P-18: a suppressed address gets no promotion, whatever its choices say.
  if (!pin->is_null(1) && is_promotional_purpose(request.purpose)) {
    return std::optional<Refusal>{refuse(request.fields.empty() ? "" : request.fields.front(), "", "children",
                                         "the address is on the promotion suppression list")};
  }
  if (request.fields.empty())
    return std::optional<Refusal>{refuse("", "", "", "no fields named")};

  HANSE_TRY(auto choices, current_choices(conn, request.member_id));
  std::string_view first_table;
  for (auto& field : request.fields) {
    auto dot = field.find('.');
    auto table = std::string_view(field).substr(0, dot == std::string::npos ? 0 : dot);
    auto column = dot == std::string::npos ? std::string_view() : std::string_view(field).substr(dot + 1);
    auto entry = find_column(table, column);
    if (!entry || !entry->personal())
      return std::optional<Refusal>{refuse(field, "", "", "not a personal field of the data inventory")};
    if (first_table.empty()) first_table = entry->table;
    if (entry->table != first_table)
      return std::optional<Refusal>{refuse(field, entry->category, "", "the fields of one read are of one table")};
    if (!member_column(entry->table))
      return std::optional<Refusal>{refuse(field, entry->category, "",
                                           "the data inventory names no column by which this table's "
                                           "rows belong to a member")};
    const Clause* clause = m_policy.clause_allowing(version, entry->category, request.purpose);
    if (clause == nullptr) {
      return std::optional<Refusal>{refuse(
          field, entry->category, "",
          fmt::format("no clause of policy version {} (under which this data was collected) allows "
                      "this purpose for this data",
                      version))};
    }
    auto choice = choices.value(ConsentKind::clause, clause->id);
    if (clause->choice == Choice::opt_out && choice == "denied")
      return std::optional<Refusal>{refuse(field, entry->category, clause->id, "the member opted out")};
    if (clause->choice == Choice::opt_in && choice != "granted")
      return std::optional<Refusal>{refuse(field, entry->category, clause->id, "the member has not opted in")};
  }
  return std::optional<Refusal>{};
}

Result<std::vector<PersonalValues>> Guard::fetch(db::Connection& conn, const ReadRequest& request,
                                                 bool one_row) const {
  HANSE_TRY(auto refusal, check(conn, request));
  if (refusal) return fail(ErrorKind::forbidden, describe(*refusal, request.purpose));

  // Table and column names come from the data inventory (checked above),
  // never from the caller's text as such.
  const auto first = request.fields.front();
  const auto table = find_column(first.substr(0, first.find('.')), first.substr(first.find('.') + 1))->table;
  const bool members = table == kMemberTable;
  if (members && request.row_id && *request.row_id != request.member_id)
    return fail(ErrorKind::forbidden, "a member's row of members is their own: row_id names another");
  if (!members && one_row && !request.row_id)
    return fail(ErrorKind::forbidden, fmt::format("a read of one row of {} needs its row_id", table));
  if (!one_row && request.row_id)
    return fail(ErrorKind::forbidden, "read_all reads every row of the member: no row_id");

  std::string columns;
  for (auto& field : request.fields) {
    auto entry = find_column(table, std::string_view(field).substr(field.find('.') + 1));
    if (!columns.empty()) columns += ", ";
    columns += entry->column;
  }
  std::string sql = fmt::format("SELECT {} FROM {} WHERE {} = $1", columns, table, *member_column(table));
  std::vector<Value> params = {request.member_id};
  if (!members && request.row_id) {
    sql += " AND id = $2";
    params.push_back(*request.row_id);
  }
  if (find_column(table, "id")) sql += " ORDER BY id";

  std::vector<PersonalValues> rows;
  {
    GuardRead door("the guard reading what it allowed");
    HANSE_TRY(auto found, conn.query(sql, params));
    for (auto& row : found) {
      PersonalValues values;
      for (std::size_t i = 0; i < request.fields.size(); ++i) values[request.fields[i]] = row.text(i);
      rows.push_back(std::move(values));
    }
  }
  if (one_row && rows.empty())
    return fail(ErrorKind::not_found, fmt::format("no row {} of {} belongs to this member",
                                                  request.row_id.value_or(request.member_id), table));

  if (request.actor.kind == ActorKind::staff) HANSE_TRY_STATUS(log_staff_read(conn, request));
  return rows;
}

Status Guard::log_staff_read(db::Connection& conn, const ReadRequest& request) const {
  std::string fields;
  for (auto& f : request.fields) fields += (fields.empty() ? "" : ",") + f;
  const Value log[] = {request.actor.id, request.member_id, fields, request.purpose, request.reason,
                       m_clock.now()};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO staff_access_log (staff_id, member_id, fields, purpose, reason, at)"
      " VALUES ($1, $2, $3, $4, $5, $6)", log));
  return {};
}

Result<Guard::Lookup> Guard::find_member(db::Connection& conn, const ReadRequest& request,
                                         const std::string& value) const {
  if (request.fields.size() != 1)
    return fail(ErrorKind::forbidden, "a lookup compares one field of members");
  const auto& field = request.fields.front();
  auto dot = field.find('.');
  auto entry = dot == std::string::npos
                   ? std::nullopt
                   : find_column(std::string_view(field).substr(0, dot), std::string_view(field).substr(dot + 1));
  if (!entry || !entry->personal() || entry->table != kMemberTable)
    return fail(ErrorKind::forbidden,
                fmt::format("{} is not a personal column of members to look a member up by", field));
  Lookup lookup;
  {
    // Matching the value reads the column; only the id comes back, and it
    // is given out only once the read below is allowed.
    GuardRead door("the guard finding the member a staff lookup names");
    const Value params[] = {value};
    HANSE_TRY(auto row, conn.query_optional(
        fmt::format("SELECT id FROM members WHERE {} = $1 ORDER BY id", entry->column), params));
    if (!row) return lookup;
    lookup.member_id = row->integer(0);
  }
  ReadRequest decided = request;
  decided.member_id = *lookup.member_id;
  decided.row_id.reset();
  HANSE_TRY(lookup.refusal, check(conn, decided));
  if (!lookup.refusal && decided.actor.kind == ActorKind::staff)
    HANSE_TRY_STATUS(log_staff_read(conn, decided));
  return lookup;
}

Result<PersonalValues> Guard::read(db::Connection& conn, const ReadRequest& request) const {
  HANSE_TRY(auto rows, fetch(conn, request, true));
  return std::move(rows.front());
}

Result<std::vector<PersonalValues>> Guard::read_all(db::Connection& conn, const ReadRequest& request) const {
  return fetch(conn, request, false);
}

Result<std::vector<StaffAccess>> staff_accesses(db::Connection& conn, std::int64_t member_id) {
  OwnerRead door("a member's list of staff reads of their data, for their account page");
  const Value params[] = {member_id};
  HANSE_TRY(auto rows, conn.query(
      "SELECT staff_id, fields, purpose, reason, at FROM staff_access_log WHERE member_id = $1"
      " ORDER BY at DESC, id DESC", params));
  std::vector<StaffAccess> out;
  for (auto& r : rows) out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.integer(4)});
  return out;
}

}  // namespace hanse::privacy
