// Everything a handler needs, built once at start-up by `hanse serve`
// (cli/serve.cpp) and shared, read-only, by all I/O threads.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "accounts/accounts.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/day_log.h"
#include "db/change_feed.h"
#include "db/database.h"
#include "db/replica.h"
#include "mail/outbox.h"
#include "mail/sender.h"
#include "market/categories.h"
#include "privacy/guard.h"
#include "privacy/policy.h"
#include "rights/child_requests.h"
#include "rights/feedback.h"
#include "staff/staff.h"
#include "web/card_cache.h"
#include "web/shared_fragment_cache.h"
#include "web/views.h"
#include "web/visitor_page_cache.h"

namespace hanse::stats {
class Recorder;  // stats/recorder.h: only the statistics stage and `hanse serve` need it
}
namespace hanse::promotions {
class BannerBook;  // promotions/banners.h, through web/banner_book.h
}

namespace hanse::web {

class KeptBannerHtml;  // web/banner_book.h
class ViewerCache;     // web/viewer_cache.h (which needs this header)

struct App {
  App();
  ~App();  // in app.cpp, where stats::Recorder is complete

  Config config;
  Clock clock;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<mail::Outbox> outbox;
  std::unique_ptr<accounts::Accounts> accounts;
  std::unique_ptr<staff::Staff> staff;
  std::unique_ptr<Views> views;
  std::unique_ptr<privacy::PolicyBook> policy;  // every published version (P-1)
  std::unique_ptr<privacy::Guard> guard;        // the one door to personal data (P-2)
  std::unique_ptr<market::CategoryTree> categories;  // the category directory (M-5)
  std::unique_ptr<VisitorPageCache> page_cache;      // public pages for visitors
  std::unique_ptr<CardCache> card_cache;             // rendered listing cards (null: none kept)
  std::unique_ptr<SharedFragmentCache> fragments;    // parts of pages shared by every viewer (null: none)
  std::unique_ptr<ViewerCache> viewers;              // signed-in members' sessions and arrangements
  // Banner campaigns in force and their uncounted views (P-11), made on
  // first use by web::banner_book(app) and written when the App goes; the
  // untargeted banners' HTML (web/banner_book.h).
  std::once_flag banners_made;
  std::unique_ptr<promotions::BannerBook> banners;
  std::unique_ptr<KeptBannerHtml> banner_html;
  // Anonymous statistics (P-9); null when stats.enabled is false. `hanse
  // serve` starts its flushing thread and stops it on shutdown.
  std::unique_ptr<stats::Recorder> stats;
  // The diagnostic access log's day files (P-11, http/access_log.h); null
  // when log.access_dir is "off".
  std::unique_ptr<DayLog> access_log;
  // Children's requests and the suppression list (P-18), feedback (P-20).
  std::string suppression_key;  // privacy.suppression_key, or DATA/suppression.key
  // Signs the cookie choice cookie (privacy/cookie_choice.h); derived from
  // the suppression key, so instances sharing that key accept each other's.
  std::string cookie_key;
  std::unique_ptr<rights::ChildRequests> child_requests;
  std::unique_ptr<rights::FeedbackBox> feedback;
  // Erases a member's account (rights::erase_member), as staff member
  // staff_id; a child's removal request calls it. Unset: removal answers
  // that erasure is not available and changes nothing.
  std::function<Status(std::int64_t member_id, std::int64_t staff_id)> erase_member;
  // Tells the other servers sharing the database about changes made here
  // and hears theirs (R-2, db/change_feed.h); `hanse serve` opens it and
  // closes it before the App goes. Null: this server is alone.
  std::unique_ptr<db::ChangeFeed> changes;
  // The read replica for visitors' public pages (database.replica_url,
  // db/replica.h); null: every read goes to db. Read through public_read().
  std::unique_ptr<db::Replica> replica;
};

// A read for a public page: on the replica when the viewer is a visitor
// (no member signed in: nothing they wrote must show at once) and a replica
// is configured, else on the primary; as db::Database::read.
template <class F>
auto public_read(App& app, bool visitor, F&& fn) -> decltype(fn(std::declval<db::Connection&>())) {
  if (visitor && app.replica) return app.replica->read(fn);
  return app.db->read(fn);
}

// Opens the database (migrating it), and builds the services from config.
// Errors: whatever opening or migrating the database reports.
Result<std::unique_ptr<App>> build_app(const Config& config);

accounts::AccountsSettings accounts_settings(const Config& config);
staff::StaffSettings staff_settings(const Config& config);

}  // namespace hanse::web
