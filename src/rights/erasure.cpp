#include "rights/erasure.h"

#include <algorithm>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "audit/audit_log.h"
#include "market/listing_index.h"
#include "market/upload_store.h"
#include "privacy/data_map.h"
#include "privacy/door.h"
#include "rights/company_handover.h"
#include "rights/confirmation_mail.h"
#include "rights/identifiers.h"

namespace hanse::rights {
namespace {

using db::Value;

constexpr std::int64_t kDay = 86'400;

// describe() of every keep or detach rule under which some of the member's
// rows stay.
Result<std::vector<std::string>> kept_lines(db::Connection& conn, std::int64_t member_id) {
  std::vector<std::string> kept;
  const Value id[] = {member_id};
  for (const auto& rule : privacy::data_map()) {
    if (rule.erasure == privacy::Erasure::delete_row || rule.link.column.empty()) continue;
    HANSE_TRY(auto sql, privacy::owned_rows_sql(rule.table, "COUNT(*)", false));
    HANSE_TRY(auto count, conn.query_one(sql, id));
    if (count.integer(0) > 0) kept.push_back(privacy::describe(rule.retention));
  }
  return kept;
}

// The images of the companies that go with the member (their logos and
// product photos, whoever uploaded them).
Result<std::vector<std::int64_t>> images_of(db::Connection& conn,
                                            const std::vector<std::int64_t>& companies) {
  std::vector<std::int64_t> images;
  for (auto company : companies) {
    const Value id[] = {company};
    HANSE_TRY(auto rows, conn.query(
                             "SELECT logo_upload_id FROM companies WHERE id = $1 AND logo_upload_id IS NOT NULL"
                             " UNION SELECT pp.upload_id FROM product_photos pp JOIN products p"
                             " ON p.id = pp.product_id WHERE p.company_id = $1",
                             id));
    for (auto& r : rows) images.push_back(r.integer(0));
  }
  return images;
}

// SQLite keeps old write-ahead-log frames on disk (deleted content itself
// is zeroed: every connection runs with secure_delete, db/sqlite_connection.cpp):
// after commit, the log is checkpointed and truncated.
void scrub_wal(db::Database& db) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    auto lease = db.acquire();
    if (!lease) break;
    auto rows = (*lease)->query("PRAGMA wal_checkpoint(TRUNCATE)");
    if (rows && !rows->empty() && rows->front().integer(0) == 0) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  spdlog::warn("erasure: the write-ahead log could not be truncated now (readers busy); "
               "its old frames are overwritten by later checkpoints");
}

Result<ErasureReport> erase_in(db::Connection& conn, const Captured& captured, std::int64_t member_id,
                               const ErasureActor& actor, std::int64_t now) {
  privacy::OwnerRead door("erasure: the member's own rows, removed or cleared for them, and the"
                          " self-check searching every column for their identifiers");
  const Value id[] = {member_id};
  ErasureReport report;
  report.erased_at = now;
  HANSE_TRY(report.kept, kept_lines(conn, member_id));

  HANSE_TRY(auto handed_over, hand_over_companies(conn, member_id, now));
  // The companies that go with the member leave the search index and the
  // category counts first (the index keeps them consistent: a plain
  // DELETE of search_documents would leave the full-text index behind).
  HANSE_TRY(auto companies_sql, privacy::owned_rows_sql("companies", "t.id", true));
  HANSE_TRY(auto going_rows, conn.query(companies_sql, id));
  std::vector<std::int64_t> going;
  for (auto& r : going_rows) going.push_back(r.integer(0));
  HANSE_TRY(auto images, images_of(conn, going));
  for (auto company : going) HANSE_TRY_STATUS(market::unindex_company(conn, company));

  // The map, children first.
  for (auto table : privacy::erasure_order()) {
    HANSE_TRY(auto sql, privacy::erasure_sql(table));
    if (!sql) continue;
    HANSE_TRY(auto changed, conn.execute(*sql, id));
    (void)changed;
  }
  // Rows every party has now left (an inquiry between two erased sides).
  for (auto table : privacy::erasure_order()) {
    HANSE_TRY(auto sql, privacy::orphans_sql(table));
    if (!sql) continue;
    HANSE_TRY(auto gone, conn.execute(*sql));
    (void)gone;
  }
  for (auto image : images) HANSE_TRY_STATUS(market::delete_upload(conn, image));

  HANSE_TRY(auto own, own_identifiers(conn, captured.identifiers));
  HANSE_TRY_STATUS(redact(conn, own));

  if (int days = privacy::longest_retention_days(); days > 0) {
    report.kept_until = now + days * kDay;
    const Value row[] = {member_id, now, *report.kept_until};
    HANSE_TRY(auto added, conn.execute("INSERT INTO erasures (member_id, erased_at, kept_until)"
                                       " VALUES ($1, $2, $3)",
                                       row));
    (void)added;
  }

  nlohmann::json details = {{"requested_by", actor.kind == ErasureActor::Kind::member ? "member" : "staff"},
                            {"companies_deleted", going},
                            {"companies_handed_over", handed_over}};
  auto entry = actor.kind == ErasureActor::Kind::member
                   ? audit::member_event(now, member_id, "member.erased", details)
                   : audit::staff_event(now, actor.id, "member.erased",
                                        fmt::format("member:{}", member_id), details);
  HANSE_TRY_STATUS(audit::AuditLog{}.append(conn, entry));

  // The self-check: anything left fails the erasure (and rolls it back).
  HANSE_TRY(auto left, find_identifiers(conn, own));
  if (!left.empty()) {
    std::string where;
    for (const auto& f : left) where += (where.empty() ? "" : ", ") + f;
    spdlog::error("erasure of member {} failed its self-check, rolled back: identifiers left in {}",
                  member_id, where);
    return fail(ErrorKind::internal,
                fmt::format("Erasure stopped: the member's data was still found in {}. Nothing was deleted.",
                            where));
  }
  return report;
}

}  // namespace

ErasureSettings erasure_settings(const Config& config) {
  ErasureSettings s;
  s.smtp.host = config.mail.smtp_host;
  s.smtp.port = static_cast<std::uint16_t>(config.mail.smtp_port);
  s.from_address = config.mail.from_address;
  s.from_name = config.mail.from_name;
  s.site_name = config.site.name;
  return s;
}

Result<ErasureReport> erase_member(db::Database& db, const Clock& clock,
                                   const ErasureSettings& settings, std::int64_t member_id,
                                   const ErasureActor& actor) {
  Captured captured;
  std::vector<std::string> kept;
  {
    privacy::OwnerRead door("erasure: the member's identifiers and address, captured before they go");
    HANSE_TRY(auto lease, db.acquire());
    HANSE_TRY(captured, capture_identifiers(*lease, member_id));
    HANSE_TRY(kept, kept_lines(*lease, member_id));
  }
  auto now = clock.now();
  if (auto sent = send_confirmation(settings, captured.email, actor, kept, now); !sent) {
    spdlog::warn("erasure of member {}: the confirmation mail could not be sent ({}); nothing deleted",
                 member_id, sent.error().message);
    return fail(ErrorKind::unavailable,
                "We could not send the confirmation e-mail, so nothing was deleted. Please try again later.");
  }
  auto report = db.transaction(
      [&](db::Connection& conn) { return erase_in(conn, captured, member_id, actor, now); });
  if (!report) return report;
  if (db.backend() == db::Backend::sqlite) scrub_wal(db);
  spdlog::info("erasure of member {} complete ({} kept item(s))", member_id, report->kept.size());
  return report;
}

}  // namespace hanse::rights
