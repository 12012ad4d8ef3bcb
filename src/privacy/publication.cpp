#include "privacy/publication.h"

#include <ctime>

#include <fmt/format.h>

#include "audit/audit_log.h"
#include "core/paths.h"
#include "privacy/consent_ledger.h"
#include "privacy/guard.h"

namespace hanse::privacy {
namespace {

using db::Value;

constexpr std::int64_t kDay = 24 * 3600;

std::string iso_date(std::int64_t unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

Status queue_notices(db::Connection& conn, const Guard& guard, const mail::Outbox& outbox,
                     const PublishSettings& s, const PolicyVersion& version, int previous) {
  // An administrative notice goes to every member whatever their marketing
  // choices (P-11); each address is read through the guard for that purpose.
  HANSE_TRY(auto members, conn.query("SELECT id FROM members ORDER BY id"));
  for (auto& member : members) {
    ReadRequest read{{ActorKind::system, 0}, member.integer(0), {"members.email"},
                     "essential.service.notifications.email", "policy change notice", std::nullopt};
    auto address = guard.read(conn, read);
    if (!address) {
      if (address.error().kind == ErrorKind::forbidden) continue;  // the policy says no
      return std::unexpected(address.error());
    }
    mail::Message m;
    m.to = address->at("members.email");
    m.kind = mail::MailKind::administrative;
    m.subject = fmt::format("{} changes its privacy policy on {}", s.site_name, version.effective);
    m.body = fmt::format(
        "We have published version {0} of our privacy policy. It takes effect on {1}.\n\n"
        "What changes, clause by clause:\n{2}\n\n"
        "Data we hold about you stays under the version you agreed to. Where the new version "
        "allows a new use, we apply it to your data only if you accept the new version, on your "
        "account page:\n{3}\n",
        version.number, version.effective,
        paths::absolute(s.base_url, paths::policy_changes(previous, version.number)),
        paths::absolute(s.base_url, paths::account_policy()));
    HANSE_TRY_STATUS(outbox.enqueue(conn, m));
  }
  return {};
}

}  // namespace

Result<VersionPtr> publish_version(db::Database& db, PolicyBook& book, const Clock& clock,
                                   const mail::Outbox& outbox, const PublishSettings& settings,
                                   const std::string& toml_text, const std::string& source_name,
                                   const std::string& effective_date, const Publisher& publisher) {
  auto now = clock.now();
  HANSE_TRY(auto version, parse_policy(toml_text, book.taxonomy(), source_name));
  auto latest = book.latest_published();
  int expected = latest ? latest->number + 1 : 1;
  if (version.number != expected)
    return fail(ErrorKind::invalid_input,
                fmt::format("{}: version is {}, but the next version is {}", source_name,
                            version.number, expected));
  auto effective = parse_iso_date(effective_date);
  if (!effective)
    return fail(ErrorKind::invalid_input, fmt::format("--effective: {}", effective.error().message));
  auto earliest = now + std::int64_t{settings.notice_days} * kDay;
  if (*effective < earliest) {
    return fail(ErrorKind::invalid_input,
                fmt::format("--effective: {} is too early; with {} days' notice the earliest "
                            "effective date is {}",
                            effective_date, settings.notice_days, iso_date(earliest + kDay - 1)));
  }
  version.published_at = now;
  version.published = iso_date(now);
  version.effective_at = *effective;
  version.effective = effective_date;

  HANSE_TRY_STATUS(db.transaction([&](db::Connection& conn) -> Status {
    const Value params[] = {std::int64_t{version.number}, toml_text, now, *effective};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO policy_versions (version, source, published_at, effective_at)"
        " VALUES ($1, $2, $3, $4)", params));
    Guard guard(book, clock);
    HANSE_TRY_STATUS(queue_notices(conn, guard, outbox, settings, version, expected - 1));
    auto subject = fmt::format("policy:{}", version.number);
    nlohmann::json details = {{"effective", effective_date}};
    auto entry = publisher.staff_id
                     ? audit::staff_event(now, *publisher.staff_id, "policy.published", subject, details)
                     : audit::system_event(now, "policy.published", subject, details);
    return audit::AuditLog{}.append(conn, entry);
  }));
  HANSE_TRY_STATUS(book.add_version(version));
  return book.version(version.number);
}

Result<int> sync_published(db::Connection& conn, PolicyBook& book) {
  auto latest = book.latest_published();
  const Value params[] = {std::int64_t{latest ? latest->number : 0}};
  HANSE_TRY(auto rows, conn.query(
      "SELECT version, source, published_at, effective_at FROM policy_versions WHERE version > $1"
      " ORDER BY version", params));
  int added = 0;
  for (auto& row : rows) {
    HANSE_TRY(auto version, parse_policy(row.text(1), book.taxonomy(),
                                         fmt::format("policy_versions:{}", row.integer(0))));
    version.published_at = row.integer(2);
    version.published = iso_date(version.published_at);
    version.effective_at = row.integer(3);
    version.effective = iso_date(version.effective_at);
    HANSE_TRY_STATUS(book.add_version(std::move(version)));
    ++added;
  }
  return added;
}

Status accept_version(db::Connection& conn, const PolicyBook& book, std::int64_t member_id, int n,
                      std::int64_t now, const std::string& source) {
  if (!book.version(n)) return fail(ErrorKind::invalid_input, fmt::format("no policy version {}", n));
  HANSE_TRY_STATUS(record(conn, {0, member_id, ConsentKind::policy_version, std::to_string(n),
                                 "accepted", now, source}));
  const Value params[] = {std::int64_t{n}, member_id};
  HANSE_TRY_STATUS(conn.execute(
      "UPDATE members SET policy_version = $1 WHERE id = $2 AND policy_version < $1", params));
  return audit::AuditLog{}.append(
      conn, audit::member_event(now, member_id, "consent.changed",
                                {{"kind", "policy_version"}, {"version", n}, {"source", source}}));
}

}  // namespace hanse::privacy
