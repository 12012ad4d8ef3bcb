// Everything a handler needs, built once at start-up by `hanse serve`
// (cli/serve.cpp) and shared, read-only, by all I/O threads.
#pragma once

#include <memory>

#include "accounts/accounts.h"
#include "core/clock.h"
#include "core/config.h"
#include "db/database.h"
#include "mail/outbox.h"
#include "mail/sender.h"
#include "market/categories.h"
#include "privacy/guard.h"
#include "privacy/policy.h"
#include "staff/staff.h"
#include "web/views.h"
#include "web/visitor_page_cache.h"

namespace hanse::web {

struct App {
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
};

// Opens the database (migrating it), and builds the services from config.
// Errors: whatever opening or migrating the database reports.
Result<std::unique_ptr<App>> build_app(const Config& config);

accounts::AccountsSettings accounts_settings(const Config& config);
staff::StaffSettings staff_settings(const Config& config);

}  // namespace hanse::web
