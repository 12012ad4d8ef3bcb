// hanse demo: fills the database with a deterministic demo marketplace
// (SPEC M-9): companies with their members, industries, products, offers
// and inquiries (cli/demo_generator.h), written in batches
// (cli/demo_loader.h). Same seed, same data, except offers' expiry, which
// is counted from the day of the load so that demo offers are active.
// Idempotent: a database that already has the demo data is left as it is.
// Every demo account signs in with demo::kPassword (README).
#include <charconv>
#include <chrono>
#include <cstdio>
#include <limits>

#include <fmt/format.h>

#include "accounts/member_store.h"
#include "cli/commands.h"
#include "cli/demo_generator.h"
#include "cli/demo_loader.h"
#include "cli/options.h"
#include "core/clock.h"
#include "db/migrations.h"
#include "market/categories.h"

namespace hanse::cli {
namespace {

Result<long long> number_option(const ParsedOptions& o, const std::string& name, long long fallback,
                                long long lo, long long hi) {
  auto text = o.get(name);
  if (!text) return fallback;
  long long v = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
  if (ec != std::errc{} || end != text->data() + text->size() || v < lo || v > hi)
    return fail(ErrorKind::invalid_input,
                fmt::format("{}: expected a whole number from {} to {}, got \"{}\"", name, lo, hi, *text));
  return v;
}

}  // namespace

int demo_command(const Args& args) {
  const std::vector<OptionSpec> own = {
      {"--companies", "N", "number of demo companies, 1 to 10000000 (default 10000)"},
      {"--seed", "S", "random seed; the same seed gives the same data (default 1)"}};
  auto parsed = parse_options(args, own);
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("demo",
                            "Fills the database with a deterministic demo marketplace: companies with\n"
                            "1-3 members each, their industries, about 5 products (each with a photo)\n"
                            "and 1 offer per company, a logo per company, and inquiries between demo companies; then rebuilds the search\n"
                            "index. The same seed gives the same data, except that offers expire 1-90\n"
                            "days after the day of the load. Every demo account (demo1@hanse.example,\n"
                            "demo2@hanse.example, ...) signs in with the password hanse-demo-password.\n"
                            "Does nothing when the demo data is already there.", own)
                          .c_str());
    return 0;
  }
  auto companies = number_option(*parsed, "--companies", 10000, 1, 10'000'000);
  if (!companies) return report(companies.error());
  auto seed = number_option(*parsed, "--seed", 1, 0, std::numeric_limits<long long>::max());
  if (!seed) return report(seed.error());
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  auto categories = market::CategoryTree::load(config->server.categories_file);
  if (!categories) return report(categories.error());
  auto db = db::open_database(config->database.url, 1);
  if (!db) return report(db.error());
  if (auto migrated = db::migrate(**db); !migrated) return report(migrated.error());

  auto lease = (*db)->acquire();
  if (!lease) return report(lease.error());
  auto existing = accounts::find_credentials_by_email(**lease, demo::member_email(1));
  if (!existing) return report(existing.error());
  if (*existing) {
    std::printf("demo data already present; nothing to do\n");
    return 0;
  }

  demo::LoadOptions options;
  options.companies = *companies;
  options.seed = static_cast<std::uint64_t>(*seed);
  Clock clock;  // the site's clock, moved as configured, so offers are active there
  clock.set_offset(config->testing.clock_offset_seconds);
  options.now = clock.now();
  options.password_hash = demo::kPasswordHash;
  const auto started = std::chrono::steady_clock::now();
  auto progress = [&](std::int64_t done) {
    if (done % 100000 == 0 || done == options.companies) {
      auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::fprintf(stderr, "demo: %lld of %lld companies written (%.0f s)\n", static_cast<long long>(done),
                   static_cast<long long>(options.companies), seconds);
    }
  };
  auto loaded = demo::load(**lease, *categories, options, progress);
  if (!loaded) return report(loaded.error());
  std::printf("created %lld demo companies, %lld members, %lld products, %lld offers, %lld inquiries, "
              "%lld shared pictures (seed %lld); sign in as %s with the password %s\n",
              static_cast<long long>(loaded->companies), static_cast<long long>(loaded->members),
              static_cast<long long>(loaded->products), static_cast<long long>(loaded->offers),
              static_cast<long long>(loaded->inquiries), static_cast<long long>(loaded->images), *seed,
              demo::member_email(1).c_str(),
              demo::kPassword);
  return 0;
}

}  // namespace hanse::cli
