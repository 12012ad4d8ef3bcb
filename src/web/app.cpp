#include "web/app.h"

#include "db/migrations.h"
#include "privacy/publication.h"

namespace hanse::web {

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

Result<std::unique_ptr<App>> build_app(const Config& config) {
  auto app = std::make_unique<App>();
  app->config = config;
  app->clock.set_offset(config.testing.clock_offset_seconds);
  HANSE_TRY(app->db, db::open_database(config.database.url, config.database.pool_size));
  HANSE_TRY_STATUS(db::migrate(*app->db));
  HANSE_TRY(app->policy, privacy::PolicyBook::open(config.policy.dir));
  {
    HANSE_TRY(auto lease, app->db->acquire());
    HANSE_TRY_STATUS(privacy::sync_published(*lease, *app->policy));
  }
  app->guard = std::make_unique<privacy::Guard>(*app->policy, app->clock);
  app->outbox = std::make_unique<mail::Outbox>(config.site.name, app->clock);
  auto settings = accounts_settings(config);
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
  return app;
}

}  // namespace hanse::web
