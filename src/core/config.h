// Configuration: built-in defaults, then a TOML file (--config), then
// HANSE_<SECTION>_<KEY> environment variables, then command-line flags.
// Every key is listed once, in config.cpp, with its type and check.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace hanse {

struct ServerConfig {
  std::string listen = "127.0.0.1:8080";
  int io_threads = 0;   // 0: one per core
  int cpu_threads = 0;  // 0: one per core
  bool behind_tls = false;
  // Addresses of load balancers (comma-separated IP addresses) whose
  // X-Forwarded-For header names the client; empty: none is trusted.
  std::string trusted_proxies;
  std::int64_t header_limit_bytes = 16 * 1024;
  std::int64_t body_limit_bytes = 1024 * 1024;
  std::int64_t upload_limit_bytes = 8 * 1024 * 1024;
  int read_timeout_seconds = 10;
  int idle_timeout_seconds = 30;
  std::string static_dir;     // default: <source>/static
  std::string templates_dir;  // default: <source>/templates
  std::string categories_file;  // default: <source>/market/categories.toml (M-5)
  // How long a public page rendered for a visitor may be served again to
  // other visitors (web/visitor_page_cache.h); 0 turns the cache off.
  int visitor_page_cache_ms = 1000;
  // How long a signed-in member's session and member record, and the
  // industries their pages are arranged by, may be used again without
  // reading them (web/viewer_cache.h); a change made through the site drops
  // them at once; 0 turns the cache off.
  int viewer_cache_ms = 1000;
};

struct DatabaseConfig {
  std::string url;  // default: sqlite:<data>/hanse.db
  int pool_size = 8;
  // SQLite only: each connection's page cache, and how much of the file it
  // reads through a memory map (db/database.h, SqliteMemory).
  int sqlite_cache_mb = 32;
  int sqlite_mmap_mb = 4096;
  // A PostgreSQL read replica of url for visitors' public pages (R-2,
  // db/replica.h); empty: every read goes to url.
  std::string replica_url;
};

struct SiteConfig {
  std::string name = "Hanse";
  std::string operator_name = "Hanse Trade Exchange (demo operator)";
  std::string contact_email = "privacy@hanse.example";
  std::string base_url = "http://127.0.0.1:8080";
};

struct AccountsConfig {
  int session_idle_minutes = 30;
  int remember_days = 30;
  std::int64_t argon2_memory_kib = 19456;  // OWASP minimum; lower is refused
  int argon2_iterations = 2;               // OWASP minimum; lower is refused
  int max_failures_per_account = 5;
  int max_failures_per_ip = 30;
  int max_registrations_per_ip_hour = 20;
  int max_reset_requests_per_ip_hour = 10;
};

struct MailConfig {
  std::string smtp_host = "127.0.0.1";
  int smtp_port = 2525;
  std::string from_address = "no-reply@hanse.example";
  std::string from_name = "Hanse";
  int poll_seconds = 5;
  int max_attempts = 8;
};

// Limits on creating things, per member and per IP address and hour (429
// beyond): against one account filling the marketplace in minutes.
struct LimitsConfig {
  int listings_per_member_hour = 60;  // products and offers
  int listings_per_ip_hour = 200;
  int inquiries_per_member_hour = 30;  // new inquiries and replies
  int inquiries_per_ip_hour = 100;
  int invitations_per_member_hour = 20;
  int invitations_per_ip_hour = 60;
  int uploads_per_member_hour = 120;  // forms that carry photos or a logo
  int uploads_per_ip_hour = 300;
  int messages_per_member_hour = 10;  // feedback and guardians' requests (P-18, P-20)
  int messages_per_ip_hour = 30;
};

struct PolicyConfig {
  std::string dir;       // default: <source>/policy (vN.toml files and taxonomy/)
  int notice_days = 30;  // days between publishing a version and its effective date (P-19)
};

// The run-time door to personal data (P-2, privacy/door.h): statements that
// read a personal column outside a read scope fail.
struct PrivacyConfig {
  bool enforce_door = true;
  // The key of the promotion suppression list's hashes (P-18), at least 16
  // bytes. Empty: `hanse serve` keeps a random key in DATA/suppression.key
  // (several instances on one database must be given the same key here).
  std::string suppression_key;
};

// Anonymous site statistics (SPEC P-9): recorded on every request unless
// off, flushed to the database every flush_seconds and on graceful shutdown.
struct StatsConfig {
  bool enabled = true;
  int flush_seconds = 5;
  // Where GeoIP.dat (and GeoIPv6.dat) are: the country of a visit. Empty,
  // or no file there: no country is recorded.
  std::string geoip_dir = "/usr/share/GeoIP";
};

struct LogConfig {
  std::string level = "info";
  std::string file;  // empty: standard output
  // The diagnostic access log (SPEC P-11): one line per request with the
  // network address, one file per UTC day in this folder, removed after
  // access_retention_days (core/day_log.h). Default <data>/access-log;
  // "off": no access-log files; the line per request then goes to the
  // general log without the address (http/access_log.h).
  std::string access_dir;
  int access_retention_days = 14;  // the policy's clause "server-logs" states it

  bool access_log_off() const { return access_dir == "off"; }
};

// For tests and demonstrations only: moves the site's clock (sessions,
// tokens, policy effective dates), so that a test can cross a date.
struct TestingConfig {
  std::int64_t clock_offset_seconds = 0;
  // Serves /testing/door-probe, which reads a member's e-mail address
  // without any scope, so that a test can see the door refuse it
  // (web/testing_door_probe.h). Never set in production.
  bool door_probe = false;
};

struct Config {
  std::string data_dir = "data";
  ServerConfig server;
  DatabaseConfig database;
  SiteConfig site;
  AccountsConfig accounts;
  MailConfig mail;
  LimitsConfig limits;
  PolicyConfig policy;
  PrivacyConfig privacy;
  StatsConfig stats;
  TestingConfig testing;
  LogConfig log;
};

// Where command-line flags and the environment point.
struct ConfigSources {
  std::string config_file;  // empty: none
  std::string data_dir;     // empty: keep file/env/default
  std::string database_url;
  std::string listen;
};

// Loads defaults, the file, the environment (environ) and the flags, then
// checks every value. Errors: ErrorKind::invalid_input with a message that
// names the key and the problem ("server.listen: expected HOST:PORT").
Result<Config> load_config(const ConfigSources& sources);

// Same, with an explicit environment (tests).
Result<Config> load_config(const ConfigSources& sources,
                           const std::vector<std::string>& environment);

}  // namespace hanse
