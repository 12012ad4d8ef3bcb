// hanse demo: fills the database with deterministic demo members and their
// companies (same seed, same data). Idempotent: a database that already has
// the demo data is left as it is. Every demo account signs in with the
// password kDemoPassword (README); its hash is computed once and shared.
#include <charconv>
#include <cstdio>
#include <random>

#include <fmt/format.h>

#include "accounts/member_store.h"
#include "accounts/password.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "db/migrations.h"
#include "web/app.h"

namespace hanse::cli {
namespace {

constexpr const char* kDemoPassword = "hanse-demo-password";

constexpr const char* kFirst[] = {"Anna", "Jonas", "Mei", "Ravi", "Sofia", "Lukas", "Amara",
                                  "Kenji", "Elena", "Omar", "Ingrid", "Mateo", "Aiko", "Pierre",
                                  "Zanele", "Björn", "Lucía", "Dmitri", "Fatima", "Wei"};
constexpr const char* kLast[] = {"Schmidt", "Chen", "Patel", "García", "Nakamura", "Okafor",
                                 "Novak", "Johansson", "Rossi", "Haddad", "Müller", "Silva",
                                 "Kowalski", "Dubois", "Tanaka", "Andersen", "Moreau", "Ivanova"};
constexpr const char* kCompanyStem[] = {"Hanse", "Nordic", "Pacific", "Atlas", "Orion", "Delta",
                                        "Baltic", "Sierra", "Lotus", "Kraft", "Meridian", "Vega"};
constexpr const char* kCompanyKind[] = {"Tools", "Textiles", "Machinery", "Foods", "Chemicals",
                                        "Electronics", "Logistics", "Plastics", "Metals", "Paper"};
constexpr const char* kCompanyForm[] = {"GmbH", "Ltd", "S.A.", "Co., Ltd.", "AB", "S.r.l.", "Inc."};
struct Place {
  const char* country;
  const char* city;
  const char* phone_prefix;
};
constexpr Place kPlaces[] = {{"DE", "Hamburg", "+4940"},   {"CN", "Ningbo", "+86574"},
                             {"IN", "Pune", "+9120"},      {"ES", "Valencia", "+3496"},
                             {"JP", "Osaka", "+816"},      {"NG", "Lagos", "+2341"},
                             {"CZ", "Brno", "+420542"},    {"SE", "Göteborg", "+4631"},
                             {"IT", "Prato", "+39574"},    {"BR", "Santos", "+5513"},
                             {"PL", "Gdańsk", "+4858"},    {"FR", "Lyon", "+334"}};

template <class T, std::size_t N>
const T& pick(std::mt19937_64& rng, const T (&items)[N]) {
  return items[rng() % N];
}

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
      {"--companies", "N", "number of demo companies (default 10000)"},
      {"--seed", "S", "random seed; the same seed gives the same data (default 1)"}};
  auto parsed = parse_options(args, own);
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("demo",
                            "Fills the database with deterministic demo members and companies.\n"
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
  auto db = db::open_database(config->database.url, 2);
  if (!db) return report(db.error());
  if (auto migrated = db::migrate(**db); !migrated) return report(migrated.error());

  {
    auto lease = (*db)->acquire();
    if (!lease) return report(lease.error());
    auto existing = accounts::find_credentials_by_email(**lease, "demo1@hanse.example");
    if (!existing) return report(existing.error());
    if (*existing) {
      std::printf("demo data already present; nothing to do\n");
      return 0;
    }
  }
  auto settings = web::accounts_settings(*config);
  auto hash = accounts::hash_password(kDemoPassword, settings.password);
  if (!hash) return report(hash.error());

  std::mt19937_64 rng(static_cast<std::uint64_t>(*seed));
  Clock clock;
  auto now = clock.now();
  auto stored = (*db)->transaction([&](db::Connection& conn) -> Status {
    for (long long i = 1; i <= *companies; ++i) {
      const Place& place = pick(rng, kPlaces);
      accounts::MemberFields f;
      f.name = fmt::format("{} {}", pick(rng, kFirst), pick(rng, kLast));
      f.email = fmt::format("demo{}@hanse.example", i);
      f.phone = fmt::format("{}{:07}", place.phone_prefix, rng() % 10'000'000);
      f.country = place.country;
      f.address = fmt::format("{} Harbour Street {}\n{}", 1 + rng() % 200, i, place.city);
      f.company_name = fmt::format("{} {} {}", pick(rng, kCompanyStem), pick(rng, kCompanyKind),
                                   pick(rng, kCompanyForm));
      f.company_address = fmt::format("Industrial Park {}\n{}", 1 + rng() % 90, place.city);
      HANSE_TRY_STATUS(accounts::insert_member(conn, f, *hash, now));
    }
    return {};
  });
  if (!stored) return report(stored.error());
  std::printf("created %lld demo members and companies (seed %lld); sign in as demo1@hanse.example\n",
              *companies, *seed);
  return 0;
}

}  // namespace hanse::cli
