#include "web/app.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "accounts/tokens.h"
#include "core/files.h"
#include "db/migrations.h"
#include "privacy/cookie_choice.h"
#include "privacy/publication.h"
#include "rights/erasure.h"
#include "stats/recorder.h"
#include "web/banner_book.h"
#include "web/pipeline.h"
#include "web/viewer_cache.h"
#include "privacy/suppression.h"

namespace hanse::web {

App::App() : banner_html(std::make_unique<KeptBannerHtml>()) {}
// The banner book (web/banner_book.h) writes its counts while the database
// is still open.
App::~App() {
  changes.reset();  // its thread calls into this App
  banners.reset();
}

accounts::AccountsSettings accounts_settings(const Config& config) {
  accounts::AccountsSettings s;
  s.password = {config.accounts.argon2_memory_kib, config.accounts.argon2_iterations};
  s.sessions.idle_seconds = std::int64_t{config.accounts.session_idle_minutes} * 60;
  s.sessions.remember_seconds = std::int64_t{config.accounts.remember_days} * 24 * 3600;
  s.per_account.max_failures = config.accounts.max_failures_per_account;
  s.per_ip.max_failures = config.accounts.max_failures_per_ip;
  s.registrations_per_ip.max_failures = config.accounts.max_registrations_per_ip_hour;
  s.resets_per_ip.max_failures = config.accounts.max_reset_requests_per_ip_hour;
  s.base_url = config.site.base_url;
  s.site_name = config.site.name;
  return s;
}

staff::StaffSettings staff_settings(const Config& config) {
  staff::StaffSettings s;
  s.password = {config.accounts.argon2_memory_kib, config.accounts.argon2_iterations};
  s.sessions.idle_seconds = std::int64_t{config.accounts.session_idle_minutes} * 60;
  s.throttle.max_failures = config.accounts.max_failures_per_account;
  return s;
}

// The suppression list's key (P-18): the configured one, or a random key
// kept in the data folder (created once, readable by the owner only).
Result<std::string> suppression_key(const Config& config) {
  if (!config.privacy.suppression_key.empty()) return config.privacy.suppression_key;
  namespace fs = std::filesystem;
  const fs::path file = fs::path(config.data_dir) / "suppression.key";
  if (fs::exists(file)) {
    HANSE_TRY(auto key, read_file(file));
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
    if (key.size() < privacy::kMinSuppressionKeyBytes)
      return fail(ErrorKind::invalid_input, fmt::format("{}: a key of at least 16 bytes expected", file.string()));
    return key;
  }
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  auto key = accounts::random_token();
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << key << '\n';
  out.close();
  if (!out) return fail(ErrorKind::invalid_input, fmt::format("{}: cannot write the suppression key", file.string()));
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, ec);
  return key;
}

Result<std::unique_ptr<App>> build_app(const Config& config) {
  auto app = std::make_unique<App>();
  app->config = config;
  app->clock.set_offset(config.testing.clock_offset_seconds);
  if (!config.log.access_log_off()) {
    DayLogSettings access;
    access.dir = config.log.access_dir;
    access.prefix = "access";
    access.retention_days = config.log.access_retention_days;
    HANSE_TRY(app->access_log, DayLog::open(std::move(access), app->clock));
  }
  HANSE_TRY(app->db, db::open_database(config.database.url, config.database.pool_size,
                                             {config.database.sqlite_cache_mb, config.database.sqlite_mmap_mb}));
  HANSE_TRY_STATUS(db::migrate(*app->db));
  HANSE_TRY(app->policy, privacy::PolicyBook::open(config.policy.dir));
  {
    HANSE_TRY(auto lease, app->db->acquire());
    HANSE_TRY_STATUS(privacy::sync_published(*lease, *app->policy));
  }
  app->guard = std::make_unique<privacy::Guard>(*app->policy, app->clock);
  app->outbox = std::make_unique<mail::Outbox>(config.site.name, app->clock);
  HANSE_TRY(app->suppression_key, suppression_key(config));
  app->cookie_key = privacy::cookie_choice_key(app->suppression_key);
  auto settings = accounts_settings(config);
  settings.suppression_key = app->suppression_key;
  // New data is pinned to the version in force when it is collected (P-19).
  settings.policy_version_in_force = [policy = app->policy.get()](std::int64_t now) -> std::int64_t {
    auto version = policy->in_force(now);
    return version ? version->number : 1;
  };
  app->accounts = std::make_unique<accounts::Accounts>(*app->db, app->clock, *app->outbox, settings);
  app->staff = std::make_unique<staff::Staff>(*app->db, app->clock, staff_settings(config));
  HANSE_TRY(app->views, Views::open(config.server.templates_dir, config.site));
  HANSE_TRY(auto categories, market::CategoryTree::load(config.server.categories_file));
  app->categories = std::make_unique<market::CategoryTree>(std::move(categories));
  app->page_cache =
      std::make_unique<VisitorPageCache>(std::chrono::milliseconds(config.server.visitor_page_cache_ms));
  app->card_cache = std::make_unique<CardCache>();
  app->viewers = std::make_unique<ViewerCache>(std::chrono::milliseconds(config.server.viewer_cache_ms));
  // The contents of the home page and of category pages, shared by every
  // viewer: one second, like the visitor page cache's default, is how long
  // they may miss a change made outside this server; 8 MiB holds some 500
  // category pages (keys: a page, its kind and page number).
  if (!config.database.replica_url.empty())
    app->replica = std::make_unique<db::Replica>(*app->db, config.database.replica_url, config.database.pool_size);
  app->fragments = std::make_unique<SharedFragmentCache>(std::chrono::milliseconds(1000), 8 * 1024 * 1024);
  if (config.stats.enabled) {
    std::string_view base = config.site.base_url;
    if (auto scheme = base.find("://"); scheme != std::string_view::npos) base.remove_prefix(scheme + 3);
    stats::RecorderSettings settings{std::chrono::seconds(config.stats.flush_seconds),
                                     stats::host_without_port(base.substr(0, base.find('/'))),
                                     stats::CountryLookup::open(config.stats.geoip_dir)};
    if (!settings.countries && !config.stats.geoip_dir.empty()) {
      spdlog::info("statistics: no GeoIP.dat in {}: no country is recorded", config.stats.geoip_dir);
    }
    app->stats = std::make_unique<stats::Recorder>(*app->db, app->clock, statistics_pages(), std::move(settings));
  }
  app->child_requests = std::make_unique<rights::ChildRequests>(
      *app->db, *app->outbox, app->clock,
      rights::ChildRequestSettings{config.site.base_url, config.site.name, app->suppression_key});
  app->feedback = std::make_unique<rights::FeedbackBox>(
      *app->db, *app->outbox, app->clock, rights::FeedbackSettings{config.site.name, config.site.contact_email});
  // A guardian's removal request, carried out by support staff (P-18), is
  // the same erasure a member starts (P-15), with the staff member as actor.
  app->erase_member = [a = app.get()](std::int64_t member_id, std::int64_t staff_id) -> Status {
    HANSE_TRY_STATUS(rights::erase_member(*a->db, a->clock, rights::erasure_settings(a->config), member_id,
                                          {rights::ErasureActor::Kind::staff, staff_id}));
    return {};
  };
  return app;
}

}  // namespace hanse::web
