#include "web/promotion_progress.h"

#include <spdlog/spdlog.h>

#include "promotions/promotions.h"
#include "web/app.h"

namespace hanse::web {

void record_promotion_progress(App& app, std::int64_t member_id) {
  auto recorded = app.db->transaction([&](db::Connection& conn) {
    return promotions::record_progress(conn, *app.guard, member_id, app.clock.now());
  });
  if (!recorded)
    spdlog::warn("promotions: progress of member {} not recorded: {}", member_id, recorded.error().message);
}

}  // namespace hanse::web
