#include "core/config.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string_view>
#include <variant>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/text.h"

extern char** environ;

namespace hanse {
namespace {

using Raw = std::variant<std::string, std::int64_t, bool>;
enum class Kind { string, integer, boolean };

struct Key {
  std::string_view name;  // "section.key"
  Kind kind;
  std::function<void(Config&, const Raw&)> set;
  std::function<std::string(const Config&)> check;  // "" when fine
};

template <class T>
std::function<void(Config&, const Raw&)> into(T Config::*section, std::string T::*field) {
  return [=](Config& c, const Raw& v) { (c.*section).*field = std::get<std::string>(v); };
}
template <class T, class I>
std::function<void(Config&, const Raw&)> into(T Config::*section, I T::*field)
  requires std::is_integral_v<I> && (!std::is_same_v<I, bool>)
{
  return [=](Config& c, const Raw& v) { (c.*section).*field = static_cast<I>(std::get<std::int64_t>(v)); };
}
template <class T>
std::function<void(Config&, const Raw&)> into(T Config::*section, bool T::*field) {
  return [=](Config& c, const Raw& v) { (c.*section).*field = std::get<bool>(v); };
}

std::string ok() { return {}; }

// "" when text is empty or a comma-separated list of IPv4/IPv6 addresses.
std::string ip_list_problem(std::string_view text) {
  for (const auto item : split_list(text)) {
    const std::string address(item);
    unsigned char buffer[sizeof(in6_addr)];
    if (inet_pton(AF_INET, address.c_str(), buffer) != 1 && inet_pton(AF_INET6, address.c_str(), buffer) != 1)
      return fmt::format("'{}' is not an IP address (a comma-separated list of addresses is expected)", address);
  }
  return ok();
}

std::function<std::string(const Config&)> in_range(std::function<std::int64_t(const Config&)> get,
                                                   std::int64_t lo, std::int64_t hi) {
  return [=](const Config& c) {
    auto v = get(c);
    if (v < lo || v > hi) return fmt::format("must be between {} and {}, got {}", lo, hi, v);
    return ok();
  };
}

bool valid_listen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  int port = -1;
  auto tail = std::string_view(listen).substr(colon + 1);
  auto [p, ec] = std::from_chars(tail.data(), tail.data() + tail.size(), port);
  return ec == std::errc{} && p == tail.data() + tail.size() && port >= 0 && port <= 65535;
}

const std::vector<Key>& keys() {
  using C = const Config&;
  static const std::vector<Key> all = {
      {"server.listen", Kind::string, into(&Config::server, &ServerConfig::listen),
       [](C c) { return valid_listen(c.server.listen) ? ok() : "expected HOST:PORT, got \"" + c.server.listen + "\""; }},
      {"server.io_threads", Kind::integer, into(&Config::server, &ServerConfig::io_threads),
       in_range([](C c) { return c.server.io_threads; }, 0, 256)},
      {"server.cpu_threads", Kind::integer, into(&Config::server, &ServerConfig::cpu_threads),
       in_range([](C c) { return c.server.cpu_threads; }, 0, 256)},
      {"server.behind_tls", Kind::boolean, into(&Config::server, &ServerConfig::behind_tls), nullptr},
      {"server.trusted_proxies", Kind::string, into(&Config::server, &ServerConfig::trusted_proxies),
       [](C c) { return ip_list_problem(c.server.trusted_proxies); }},
      {"server.header_limit_bytes", Kind::integer, into(&Config::server, &ServerConfig::header_limit_bytes),
       in_range([](C c) { return c.server.header_limit_bytes; }, 1024, 1 << 20)},
      {"server.body_limit_bytes", Kind::integer, into(&Config::server, &ServerConfig::body_limit_bytes),
       in_range([](C c) { return c.server.body_limit_bytes; }, 1024, 64 << 20)},
      {"server.upload_limit_bytes", Kind::integer, into(&Config::server, &ServerConfig::upload_limit_bytes),
       in_range([](C c) { return c.server.upload_limit_bytes; }, 1024, 1LL << 30)},
      {"server.read_timeout_seconds", Kind::integer, into(&Config::server, &ServerConfig::read_timeout_seconds),
       in_range([](C c) { return c.server.read_timeout_seconds; }, 1, 3600)},
      {"server.idle_timeout_seconds", Kind::integer, into(&Config::server, &ServerConfig::idle_timeout_seconds),
       in_range([](C c) { return c.server.idle_timeout_seconds; }, 1, 3600)},
      {"server.static_dir", Kind::string, into(&Config::server, &ServerConfig::static_dir), nullptr},
      {"server.templates_dir", Kind::string, into(&Config::server, &ServerConfig::templates_dir), nullptr},
      {"server.categories_file", Kind::string, into(&Config::server, &ServerConfig::categories_file), nullptr},
      {"server.visitor_page_cache_ms", Kind::integer, into(&Config::server, &ServerConfig::visitor_page_cache_ms),
       in_range([](C c) { return c.server.visitor_page_cache_ms; }, 0, 60000)},
      {"server.viewer_cache_ms", Kind::integer, into(&Config::server, &ServerConfig::viewer_cache_ms),
       in_range([](C c) { return c.server.viewer_cache_ms; }, 0, 60000)},
      {"database.url", Kind::string, into(&Config::database, &DatabaseConfig::url), nullptr},
      {"database.pool_size", Kind::integer, into(&Config::database, &DatabaseConfig::pool_size),
       in_range([](C c) { return c.database.pool_size; }, 1, 256)},
      {"database.sqlite_cache_mb", Kind::integer, into(&Config::database, &DatabaseConfig::sqlite_cache_mb),
       in_range([](C c) { return c.database.sqlite_cache_mb; }, 1, 4096)},
      {"database.sqlite_mmap_mb", Kind::integer, into(&Config::database, &DatabaseConfig::sqlite_mmap_mb),
       in_range([](C c) { return c.database.sqlite_mmap_mb; }, 0, 1048576)},
      {"database.replica_url", Kind::string, into(&Config::database, &DatabaseConfig::replica_url),
       [](C c) -> std::string {
         const std::string_view r = c.database.replica_url;
         if (r.empty()) return ok();
         if (!r.starts_with("postgres://") && !r.starts_with("postgresql://"))
           return "a read replica is a PostgreSQL server: postgres://... expected";
         const std::string_view primary = c.database.url;
         if (!primary.starts_with("postgres://") && !primary.starts_with("postgresql://"))
           return "a read replica needs database.url on PostgreSQL";
         return ok();
       }},
      {"site.name", Kind::string, into(&Config::site, &SiteConfig::name),
       [](C c) { return c.site.name.empty() ? std::string("must not be empty") : ok(); }},
      {"site.operator_name", Kind::string, into(&Config::site, &SiteConfig::operator_name),
       [](C c) { return c.site.operator_name.empty() ? std::string("must not be empty") : ok(); }},
      {"site.contact_email", Kind::string, into(&Config::site, &SiteConfig::contact_email),
       [](C c) { return c.site.contact_email.find('@') == std::string::npos ? std::string("expected an e-mail address") : ok(); }},
      {"site.base_url", Kind::string, into(&Config::site, &SiteConfig::base_url),
       [](C c) {
         auto& u = c.site.base_url;
         bool good = (u.starts_with("http://") || u.starts_with("https://")) && !u.ends_with("/");
         return good ? ok() : std::string("expected http(s)://HOST[:PORT] without a trailing slash");
       }},
      {"accounts.session_idle_minutes", Kind::integer, into(&Config::accounts, &AccountsConfig::session_idle_minutes),
       in_range([](C c) { return c.accounts.session_idle_minutes; }, 1, 24 * 60)},
      {"accounts.remember_days", Kind::integer, into(&Config::accounts, &AccountsConfig::remember_days),
       in_range([](C c) { return c.accounts.remember_days; }, 1, 365)},
      {"accounts.argon2_memory_kib", Kind::integer, into(&Config::accounts, &AccountsConfig::argon2_memory_kib),
       in_range([](C c) { return c.accounts.argon2_memory_kib; }, 19456, 4 << 20)},
      {"accounts.argon2_iterations", Kind::integer, into(&Config::accounts, &AccountsConfig::argon2_iterations),
       in_range([](C c) { return c.accounts.argon2_iterations; }, 2, 100)},
      {"accounts.max_failures_per_account", Kind::integer,
       into(&Config::accounts, &AccountsConfig::max_failures_per_account),
       in_range([](C c) { return c.accounts.max_failures_per_account; }, 1, 1000)},
      {"accounts.max_registrations_per_ip_hour", Kind::integer,
       into(&Config::accounts, &AccountsConfig::max_registrations_per_ip_hour),
       in_range([](C c) { return c.accounts.max_registrations_per_ip_hour; }, 1, 100000)},
      {"accounts.max_reset_requests_per_ip_hour", Kind::integer,
       into(&Config::accounts, &AccountsConfig::max_reset_requests_per_ip_hour),
       in_range([](C c) { return c.accounts.max_reset_requests_per_ip_hour; }, 1, 100000)},
      {"accounts.max_failures_per_ip", Kind::integer, into(&Config::accounts, &AccountsConfig::max_failures_per_ip),
       in_range([](C c) { return c.accounts.max_failures_per_ip; }, 1, 100000)},
      {"mail.smtp_host", Kind::string, into(&Config::mail, &MailConfig::smtp_host),
       [](C c) { return c.mail.smtp_host.empty() ? std::string("must not be empty") : ok(); }},
      {"mail.smtp_port", Kind::integer, into(&Config::mail, &MailConfig::smtp_port),
       in_range([](C c) { return c.mail.smtp_port; }, 1, 65535)},
      {"mail.from_address", Kind::string, into(&Config::mail, &MailConfig::from_address),
       [](C c) { return c.mail.from_address.find('@') == std::string::npos ? std::string("expected an e-mail address") : ok(); }},
      {"mail.from_name", Kind::string, into(&Config::mail, &MailConfig::from_name), nullptr},
      {"mail.poll_seconds", Kind::integer, into(&Config::mail, &MailConfig::poll_seconds),
       in_range([](C c) { return c.mail.poll_seconds; }, 1, 3600)},
      {"mail.max_attempts", Kind::integer, into(&Config::mail, &MailConfig::max_attempts),
       in_range([](C c) { return c.mail.max_attempts; }, 1, 100)},
      {"limits.listings_per_member_hour", Kind::integer, into(&Config::limits, &LimitsConfig::listings_per_member_hour),
       in_range([](C c) { return c.limits.listings_per_member_hour; }, 1, 1000000)},
      {"limits.listings_per_ip_hour", Kind::integer, into(&Config::limits, &LimitsConfig::listings_per_ip_hour),
       in_range([](C c) { return c.limits.listings_per_ip_hour; }, 1, 1000000)},
      {"limits.inquiries_per_member_hour", Kind::integer, into(&Config::limits, &LimitsConfig::inquiries_per_member_hour),
       in_range([](C c) { return c.limits.inquiries_per_member_hour; }, 1, 1000000)},
      {"limits.inquiries_per_ip_hour", Kind::integer, into(&Config::limits, &LimitsConfig::inquiries_per_ip_hour),
       in_range([](C c) { return c.limits.inquiries_per_ip_hour; }, 1, 1000000)},
      {"limits.invitations_per_member_hour", Kind::integer, into(&Config::limits, &LimitsConfig::invitations_per_member_hour),
       in_range([](C c) { return c.limits.invitations_per_member_hour; }, 1, 1000000)},
      {"limits.invitations_per_ip_hour", Kind::integer, into(&Config::limits, &LimitsConfig::invitations_per_ip_hour),
       in_range([](C c) { return c.limits.invitations_per_ip_hour; }, 1, 1000000)},
      {"limits.uploads_per_member_hour", Kind::integer, into(&Config::limits, &LimitsConfig::uploads_per_member_hour),
       in_range([](C c) { return c.limits.uploads_per_member_hour; }, 1, 1000000)},
      {"limits.uploads_per_ip_hour", Kind::integer, into(&Config::limits, &LimitsConfig::uploads_per_ip_hour),
       in_range([](C c) { return c.limits.uploads_per_ip_hour; }, 1, 1000000)},
      {"limits.messages_per_member_hour", Kind::integer, into(&Config::limits, &LimitsConfig::messages_per_member_hour),
       in_range([](C c) { return c.limits.messages_per_member_hour; }, 1, 1000000)},
      {"limits.messages_per_ip_hour", Kind::integer, into(&Config::limits, &LimitsConfig::messages_per_ip_hour),
       in_range([](C c) { return c.limits.messages_per_ip_hour; }, 1, 1000000)},
      {"testing.clock_offset_seconds", Kind::integer,
       into(&Config::testing, &TestingConfig::clock_offset_seconds),
       in_range([](C c) { return c.testing.clock_offset_seconds; }, -(100LL * 365 * 86400), 100LL * 365 * 86400)},
      {"testing.door_probe", Kind::boolean, into(&Config::testing, &TestingConfig::door_probe), nullptr},
      {"stats.enabled", Kind::boolean, into(&Config::stats, &StatsConfig::enabled), nullptr},
      {"stats.flush_seconds", Kind::integer, into(&Config::stats, &StatsConfig::flush_seconds),
       in_range([](C c) { return c.stats.flush_seconds; }, 1, 300)},
      {"stats.geoip_dir", Kind::string, into(&Config::stats, &StatsConfig::geoip_dir), nullptr},
      {"privacy.enforce_door", Kind::boolean, into(&Config::privacy, &PrivacyConfig::enforce_door), nullptr},
      {"privacy.suppression_key", Kind::string, into(&Config::privacy, &PrivacyConfig::suppression_key),
       [](C c) {
         auto n = c.privacy.suppression_key.size();
         return n == 0 || n >= 16 ? ok() : std::string("must be empty or at least 16 bytes");
       }},
      {"policy.dir", Kind::string, into(&Config::policy, &PolicyConfig::dir), nullptr},
      {"policy.notice_days", Kind::integer, into(&Config::policy, &PolicyConfig::notice_days),
       in_range([](C c) { return c.policy.notice_days; }, 1, 365)},
      {"log.level", Kind::string, into(&Config::log, &LogConfig::level),
       [](C c) {
         static const std::vector<std::string> levels = {"trace", "debug", "info", "warn", "error", "off"};
         for (auto& l : levels) if (l == c.log.level) return ok();
         return std::string("expected one of trace, debug, info, warn, error, off");
       }},
      {"log.file", Kind::string, into(&Config::log, &LogConfig::file), nullptr},
      {"log.access_dir", Kind::string, into(&Config::log, &LogConfig::access_dir), nullptr},
      {"log.access_retention_days", Kind::integer, into(&Config::log, &LogConfig::access_retention_days),
       in_range([](C c) { return c.log.access_retention_days; }, 1, 3650)},
  };
  return all;
}

const Key* find_key(std::string_view name) {
  for (auto& k : keys())
    if (k.name == name) return &k;
  return nullptr;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::string: return "a string";
    case Kind::integer: return "an integer";
    case Kind::boolean: return "true or false";
  }
  return "?";
}

Result<Raw> from_toml(const Key& key, const toml::node& node) {
  switch (key.kind) {
    case Kind::string:
      if (auto v = node.value<std::string>(); v && node.is_string()) return Raw{*v};
      break;
    case Kind::integer:
      if (auto v = node.value<std::int64_t>(); v && node.is_integer()) return Raw{*v};
      break;
    case Kind::boolean:
      if (auto v = node.value<bool>(); v && node.is_boolean()) return Raw{*v};
      break;
  }
  return fail(ErrorKind::invalid_input, fmt::format("{}: expected {}", key.name, kind_name(key.kind)));
}

Result<Raw> from_text(const Key& key, const std::string& text) {
  switch (key.kind) {
    case Kind::string: return Raw{text};
    case Kind::integer: {
      std::int64_t v = 0;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (ec == std::errc{} && p == text.data() + text.size() && !text.empty()) return Raw{v};
      break;
    }
    case Kind::boolean:
      if (text == "true" || text == "1") return Raw{true};
      if (text == "false" || text == "0") return Raw{false};
      break;
  }
  return fail(ErrorKind::invalid_input,
              fmt::format("{}: expected {}, got \"{}\"", key.name, kind_name(key.kind), text));
}

Status apply_file(Config& config, const std::string& path) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    auto where = e.source().begin;
    return fail(ErrorKind::invalid_input,
                fmt::format("{}:{}:{}: {}", path, where.line, where.column, e.description()));
  }
  for (auto&& [section_name, section] : table) {
    auto* sub = section.as_table();
    if (sub == nullptr) {
      if (section_name.str() == "data_dir" && section.is_string()) {
        config.data_dir = *section.value<std::string>();
        continue;
      }
      return fail(ErrorKind::invalid_input,
                  fmt::format("{}: unknown key \"{}\"", path, section_name.str()));
    }
    for (auto&& [key_name, node] : *sub) {
      auto full = fmt::format("{}.{}", section_name.str(), key_name.str());
      const Key* key = find_key(full);
      if (key == nullptr) return fail(ErrorKind::invalid_input, fmt::format("{}: unknown key \"{}\"", path, full));
      HANSE_TRY(Raw raw, from_toml(*key, node));
      key->set(config, raw);
    }
  }
  return {};
}

// HANSE_SERVER_LISTEN -> server.listen; HANSE_DATA_DIR -> data_dir.
Status apply_environment(Config& config, const std::vector<std::string>& environment) {
  for (auto& entry : environment) {
    if (!entry.starts_with("HANSE_")) continue;
    auto eq = entry.find('=');
    if (eq == std::string::npos) continue;
    std::string name = entry.substr(6, eq - 6);
    std::string value = entry.substr(eq + 1);
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (name == "data_dir") {
      config.data_dir = value;
      continue;
    }
    if (name.starts_with("test_")) continue;  // the test harness's own variables
    const Key* match = nullptr;
    for (auto& k : keys()) {
      std::string flat(k.name);
      flat[flat.find('.')] = '_';
      if (flat == name) match = &k;
    }
    if (match == nullptr) continue;  // unrelated HANSE_* variable
    HANSE_TRY(Raw raw, from_text(*match, value));
    match->set(config, raw);
  }
  return {};
}

std::string source_dir_default(const char* sub) {
#ifdef HANSE_SOURCE_DIR
  std::filesystem::path p = std::filesystem::path(HANSE_SOURCE_DIR) / sub;
  if (!std::filesystem::exists(sub) && std::filesystem::exists(p)) return p.string();
#endif
  return sub;
}

}  // namespace

Result<Config> load_config(const ConfigSources& sources, const std::vector<std::string>& environment) {
  Config config;
  if (!sources.config_file.empty()) {
    if (!std::filesystem::exists(sources.config_file))
      return fail(ErrorKind::invalid_input, fmt::format("--config: no such file \"{}\"", sources.config_file));
    HANSE_TRY_STATUS(apply_file(config, sources.config_file));
  }
  HANSE_TRY_STATUS(apply_environment(config, environment));
  if (!sources.data_dir.empty()) config.data_dir = sources.data_dir;
  if (!sources.database_url.empty()) config.database.url = sources.database_url;
  if (!sources.listen.empty()) config.server.listen = sources.listen;

  if (config.data_dir.empty()) return fail(ErrorKind::invalid_input, "data_dir: must not be empty");
  if (config.database.url.empty())
    config.database.url = "sqlite:" + (std::filesystem::path(config.data_dir) / "hanse.db").string();
  if (config.log.access_dir.empty())
    config.log.access_dir = (std::filesystem::path(config.data_dir) / "access-log").string();
  if (config.server.static_dir.empty()) config.server.static_dir = source_dir_default("static");
  if (config.server.templates_dir.empty()) config.server.templates_dir = source_dir_default("templates");
  if (config.policy.dir.empty()) config.policy.dir = source_dir_default("policy");
  if (config.server.categories_file.empty())
    config.server.categories_file = source_dir_default("market/categories.toml");

  for (auto& key : keys()) {
    if (!key.check) continue;
    if (auto problem = key.check(config); !problem.empty())
      return fail(ErrorKind::invalid_input, fmt::format("{}: {}", key.name, problem));
  }
  return config;
}

Result<Config> load_config(const ConfigSources& sources) {
  std::vector<std::string> environment;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) environment.emplace_back(*e);
  return load_config(sources, environment);
}

}  // namespace hanse
