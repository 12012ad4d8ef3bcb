// The retention job (P-15): data kept after an erasure for a typed
// retention (privacy::Retention, days after erasure) is removed when its
// time comes. The `erasures` table says whose and since when; the rules'
// statements come from the data map (privacy::retention_sql).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"

namespace hanse::rights {

// Removes, for every erased account, the kept rows whose retention has
// run out at clock.now(), and marks its erasures row purged once nothing
// kept is left (the row stays: accounts/member_ids.h).
// Returns the number of rows removed. Errors: the database's (what was
// done before stays done).
Result<std::int64_t> run_retention(db::Database& db, const Clock& clock);

// Another retention that runs with each pass (feedback, children's
// requests): returns the number of rows removed.
using RetentionTask = std::function<Result<std::int64_t>()>;

// run_retention and `also` at start and then every `interval`, on its own
// thread, until destroyed (a background job of `hanse serve`). Failures
// are logged and tried again at the next pass.
class RetentionJob {
 public:
  RetentionJob(db::Database& db, const Clock& clock, std::vector<RetentionTask> also = {},
               std::chrono::seconds interval = std::chrono::hours(1));

 private:
  static void run(db::Database& db, const Clock& clock, const std::vector<RetentionTask>& also,
                  std::chrono::seconds interval, std::stop_token stop);
  std::vector<RetentionTask> m_also;
  std::jthread m_thread;
};

}  // namespace hanse::rights
