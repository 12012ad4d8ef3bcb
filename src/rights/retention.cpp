#include "rights/retention.h"

#include <condition_variable>
#include <mutex>

#include <spdlog/spdlog.h>

#include "privacy/data_map.h"

namespace hanse::rights {

using db::Value;

Result<std::int64_t> run_retention(db::Database& db, const Clock& clock) {
  auto now = clock.now();
  db::Rows due;
  {
    HANSE_TRY(auto lease, db.acquire());
    HANSE_TRY(due, lease->query("SELECT member_id, erased_at, kept_until FROM erasures WHERE purged_at IS NULL"
                                " ORDER BY erased_at"));
  }
  std::int64_t removed = 0;
  for (auto& row : due) {
    auto member_id = row.integer(0);
    auto erased_at = row.integer(1);
    HANSE_TRY_STATUS(db.transaction([&](db::Connection& conn) -> Status {
      const Value id[] = {member_id};
      for (const auto& rule : privacy::data_map()) {
        HANSE_TRY(auto sql, privacy::retention_sql(rule.table));
        if (!sql || erased_at + std::int64_t{rule.retention.days} * 86'400 > now) continue;
        HANSE_TRY(auto n, conn.execute(*sql, id));
        removed += n;
      }
      if (row.integer(2) <= now) {
        // The row stays (ids and dates only): the id is never reused.
        const Value done_params[] = {member_id, now};
        HANSE_TRY(auto done, conn.execute("UPDATE erasures SET purged_at = $2 WHERE member_id = $1",
                                          done_params));
        (void)done;
      }
      return {};
    }));
  }
  return removed;
}

RetentionJob::RetentionJob(db::Database& db, const Clock& clock, std::vector<RetentionTask> also,
                           std::chrono::seconds interval)
    : m_also(std::move(also)),
      m_thread([&db, &clock, this, interval](std::stop_token stop) { run(db, clock, m_also, interval, stop); }) {}

void RetentionJob::run(db::Database& db, const Clock& clock, const std::vector<RetentionTask>& also,
                       std::chrono::seconds interval, std::stop_token stop) {
  std::mutex mutex;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    auto removed = run_retention(db, clock);
    if (!removed) spdlog::warn("retention job: {}", removed.error().message);
    else if (*removed > 0) spdlog::info("retention job: {} kept row(s) past their retention removed", *removed);
    for (const auto& task : also)
      if (auto purged = task(); !purged) spdlog::warn("retention job: {}", purged.error().message);
    std::unique_lock lock(mutex);
    wake.wait_for(lock, stop, interval, [] { return false; });
  }
}

}  // namespace hanse::rights
