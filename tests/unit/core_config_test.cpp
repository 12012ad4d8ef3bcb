#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/config.h"

namespace hanse {
namespace {

std::string write_file(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

ConfigSources sources(std::string file, std::string data_dir = "", std::string listen = "") {
  ConfigSources s;
  s.config_file = std::move(file);
  s.data_dir = std::move(data_dir);
  s.listen = std::move(listen);
  return s;
}

TEST(Config, DefaultsPutTheDatabaseInTheDataFolder) {
  auto config = load_config(sources("", "/srv/hanse"), {});
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database.url, "sqlite:/srv/hanse/hanse.db");
  EXPECT_EQ(config->server.listen, "127.0.0.1:8080");
  EXPECT_EQ(config->accounts.argon2_memory_kib, 19456);
}

TEST(Config, FileThenEnvironmentThenFlags) {
  auto file = write_file("hanse-config-order.toml",
                         "[server]\nlisten = \"127.0.0.1:9000\"\nio_threads = 3\n"
                         "[mail]\nsmtp_port = 2600\n");
  auto config = load_config(sources(file, "", "127.0.0.1:9100"),
                            {"HANSE_MAIL_SMTP_PORT=2700", "HANSE_SERVER_IO_THREADS=4", "PATH=/bin"});
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->server.listen, "127.0.0.1:9100");  // flag beats file
  EXPECT_EQ(config->server.io_threads, 4);               // environment beats file
  EXPECT_EQ(config->mail.smtp_port, 2700);
}

TEST(Config, BadValueNamesTheKey) {
  auto file = write_file("hanse-config-bad.toml", "[server]\nlisten = \"nonsense\"\n");
  auto config = load_config(sources(file), {});
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(config.error().message.find("server.listen"), std::string::npos) << config.error().message;
}

TEST(Config, TrustedProxiesAreAListOfIpAddresses) {
  auto config = load_config(sources(""), {"HANSE_SERVER_TRUSTED_PROXIES=127.0.0.1, ::1,10.0.0.2"});
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->server.trusted_proxies, "127.0.0.1, ::1,10.0.0.2");
  EXPECT_TRUE(load_config(sources(""), {})->server.trusted_proxies.empty());
  auto bad = load_config(sources(""), {"HANSE_SERVER_TRUSTED_PROXIES=127.0.0.1,balancer.local"});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("server.trusted_proxies"), std::string::npos) << bad.error().message;
  EXPECT_NE(bad.error().message.find("balancer.local"), std::string::npos) << bad.error().message;
}

TEST(Config, AReadReplicaIsAPostgresServerBesideAPostgresPrimary) {
  auto config = load_config(sources(""), {"HANSE_DATABASE_URL=postgres://db1/hanse",
                                          "HANSE_DATABASE_REPLICA_URL=postgres://db2/hanse"});
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database.replica_url, "postgres://db2/hanse");
  auto not_postgres = load_config(sources(""), {"HANSE_DATABASE_URL=postgres://db1/hanse",
                                                "HANSE_DATABASE_REPLICA_URL=sqlite:/tmp/x.db"});
  ASSERT_FALSE(not_postgres);
  EXPECT_NE(not_postgres.error().message.find("database.replica_url"), std::string::npos);
  auto on_sqlite = load_config(sources("", "/srv/hanse"), {"HANSE_DATABASE_REPLICA_URL=postgres://db2/hanse"});
  ASSERT_FALSE(on_sqlite);
  EXPECT_NE(on_sqlite.error().message.find("database.replica_url"), std::string::npos);
}

TEST(Config, WrongTypeAndUnknownKeyAreRefused) {
  auto typed = load_config(sources(write_file("hanse-config-type.toml", "[mail]\nsmtp_port = \"x\"\n")), {});
  ASSERT_FALSE(typed);
  EXPECT_NE(typed.error().message.find("mail.smtp_port"), std::string::npos);
  auto unknown = load_config(sources(write_file("hanse-config-unknown.toml", "[mail]\nsmtp_prot = 25\n")), {});
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("mail.smtp_prot"), std::string::npos);
  auto env = load_config(sources(""), {"HANSE_SERVER_IO_THREADS=many"});
  ASSERT_FALSE(env);
  EXPECT_NE(env.error().message.find("server.io_threads"), std::string::npos);
}

TEST(Config, SqliteMemoryIsConfigurableAndBounded) {
  auto config = load_config(sources(""), {"HANSE_DATABASE_SQLITE_CACHE_MB=8", "HANSE_DATABASE_SQLITE_MMAP_MB=0"});
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database.sqlite_cache_mb, 8);
  EXPECT_EQ(config->database.sqlite_mmap_mb, 0);
  auto defaults = load_config(sources(""), {});
  ASSERT_TRUE(defaults);
  EXPECT_EQ(defaults->database.sqlite_cache_mb, 32);
  EXPECT_EQ(defaults->database.sqlite_mmap_mb, 4096);
  for (const char* bad : {"HANSE_DATABASE_SQLITE_CACHE_MB=0", "HANSE_DATABASE_SQLITE_MMAP_MB=-1"}) {
    auto refused = load_config(sources(""), {bad});
    ASSERT_FALSE(refused) << bad;
    EXPECT_NE(refused.error().message.find("database.sqlite_"), std::string::npos) << refused.error().message;
  }
}

TEST(Config, PasswordHashingBelowTheOwaspMinimumIsRefused) {
  auto config = load_config(sources(""), {"HANSE_ACCOUNTS_ARGON2_MEMORY_KIB=4096"});
  ASSERT_FALSE(config);
  EXPECT_NE(config.error().message.find("accounts.argon2_memory_kib"), std::string::npos);
  auto iterations = load_config(sources(""), {"HANSE_ACCOUNTS_ARGON2_ITERATIONS=1"});
  ASSERT_FALSE(iterations);
}

// The diagnostic access log (P-11): its folder defaults into the data
// folder, "off" turns it off, and its retention is checked at start-up.
TEST(Config, P11_server_logs_access_log_defaults_to_the_data_folder_for_14_days) {
  auto config = load_config(sources("", "/srv/hanse"), {});
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->log.access_dir, "/srv/hanse/access-log");
  EXPECT_EQ(config->log.access_retention_days, 14);
  EXPECT_FALSE(config->log.access_log_off());
  auto off = load_config(sources(write_file("hanse-config-access-off.toml", "[log]\naccess_dir = \"off\"\n")), {});
  ASSERT_TRUE(off) << off.error().message;
  EXPECT_TRUE(off->log.access_log_off());
  auto moved = load_config(sources("", "/srv/hanse"), {"HANSE_LOG_ACCESS_DIR=/var/log/hanse", "HANSE_LOG_ACCESS_RETENTION_DAYS=7"});
  ASSERT_TRUE(moved) << moved.error().message;
  EXPECT_EQ(moved->log.access_dir, "/var/log/hanse");
  EXPECT_EQ(moved->log.access_retention_days, 7);
}

TEST(Config, P11_server_logs_bad_access_log_retention_is_a_start_up_error_naming_the_key) {
  for (const char* bad : {"0", "-1", "3651", "100000"}) {
    auto file = write_file("hanse-config-retention.toml", std::string("[log]\naccess_retention_days = ") + bad + "\n");
    auto config = load_config(sources(file), {});
    ASSERT_FALSE(config) << bad;
    EXPECT_EQ(config.error().kind, ErrorKind::invalid_input);
    EXPECT_NE(config.error().message.find("log.access_retention_days"), std::string::npos) << config.error().message;
  }
  auto typed = load_config(sources(""), {"HANSE_LOG_ACCESS_RETENTION_DAYS=two weeks"});
  ASSERT_FALSE(typed);
  EXPECT_NE(typed.error().message.find("log.access_retention_days"), std::string::npos) << typed.error().message;
  for (const char* good : {"1", "3650"}) {
    auto file = write_file("hanse-config-retention-ok.toml", std::string("[log]\naccess_retention_days = ") + good + "\n");
    EXPECT_TRUE(load_config(sources(file), {})) << good;
  }
}

TEST(Config, MissingFileIsAnError) {
  auto config = load_config(sources("/nonexistent/hanse.toml"), {});
  ASSERT_FALSE(config);
  EXPECT_NE(config.error().message.find("--config"), std::string::npos);
}

TEST(Config, SyntaxErrorNamesFileAndLine) {
  auto file = write_file("hanse-config-syntax.toml", "[server]\nlisten = \n");
  auto config = load_config(sources(file), {});
  ASSERT_FALSE(config);
  EXPECT_NE(config.error().message.find("hanse-config-syntax.toml:2"), std::string::npos)
      << config.error().message;
}

}  // namespace
}  // namespace hanse
