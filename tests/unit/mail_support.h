// Test support for the mail module: a fresh migrated database per test on
// each backend, a real SMTP server (Debian's aiosmtpd) writing a Maildir,
// and a scripted fake SMTP server for replies aiosmtpd never gives (4xx/5xx).
#pragma once

#include <gtest/gtest.h>
#include <sys/types.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "db/database.h"

namespace hanse::mail::testing {

// A unique lowercase hex string for names of databases, files and tokens.
std::string unique_token();

// A TCP port below 32768 that nobody listens on right now.
int free_port();

// A directory under the system temp directory, removed on destruction.
class TempDir final {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

// A fresh database with all migrations applied: SQLite in a temp file, or a
// new PostgreSQL database on the server named by HANSE_TEST_PG_URL.
class MailDbTest : public ::testing::TestWithParam<db::Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // One row of mail_outbox, for assertions.
  struct OutboxRow {
    std::int64_t id = 0;
    std::string recipient, subject, body, kind, status, last_error;
    std::int64_t attempts = 0, next_attempt_at = 0, created_at = 0;
    std::optional<std::int64_t> sent_at;
  };
  std::vector<OutboxRow> outbox_rows();

  std::unique_ptr<db::Database> m_db;
  std::string m_url;  // this test's database, to open a second pool

 private:
  std::string m_admin_url;
  std::string m_name;
};

std::string backend_name(const ::testing::TestParamInfo<db::Backend>& info);

// A delivered message, parsed by Python's email package (an independent
// decoder): RFC 2047 headers decoded, body decoded per its transfer encoding.
struct ReceivedMail {
  std::string raw;  // the file as stored
  std::string subject, from, to, message_id, date, content_type, charset, transfer_encoding;
  std::string body;  // with "\n" line endings
};

// /usr/bin/python3 -m aiosmtpd ... -c aiosmtpd.handlers.Mailbox DIR on a free
// port; killed on destruction.
class AiosmtpdServer final {
 public:
  AiosmtpdServer() = default;
  ~AiosmtpdServer();
  AiosmtpdServer(const AiosmtpdServer&) = delete;
  AiosmtpdServer& operator=(const AiosmtpdServer&) = delete;

  // Starts the server and waits until it accepts connections. Returns an
  // empty string on success, otherwise what went wrong (including a missing
  // aiosmtpd module).
  std::string start();
  void kill();
  int port() const { return m_port; }
  const std::filesystem::path& maildir() const { return m_dir.path(); }

  // Every delivered message whose raw text contains token.
  std::vector<ReceivedMail> messages_with(const std::string& token) const;
  // How many delivered messages contain token (without decoding them).
  std::size_t count_with(const std::string& token) const;
  // Waits up to timeout for count messages containing token.
  std::vector<ReceivedMail> wait_for(const std::string& token, std::size_t count,
                                     std::chrono::milliseconds timeout) const;

 private:
  TempDir m_dir;
  pid_t m_pid = -1;
  int m_port = 0;
};

// A scripted SMTP server on a free port: replies "250" to everything unless
// a reply is set for a command verb ("GREETING", "EHLO", "MAIL", "RCPT",
// "DATA", "END" for the end of data). An empty GREETING makes a server that
// accepts connections and never answers.
class FakeSmtpServer final {
 public:
  FakeSmtpServer();
  ~FakeSmtpServer();
  FakeSmtpServer(const FakeSmtpServer&) = delete;
  FakeSmtpServer& operator=(const FakeSmtpServer&) = delete;

  // reply is sent verbatim plus CRLF (use "\r\n" inside for multi-line).
  void set_reply(const std::string& verb, const std::string& reply);
  int port() const { return m_port; }
  // Command lines received so far (not message data).
  std::vector<std::string> commands() const;
  // Message data received (dot-stuffed, as on the wire), one per DATA.
  std::vector<std::string> data() const;

 private:
  void serve();
  void handle(int fd);
  std::string reply_for(const std::string& verb, const std::string& fallback) const;

  int m_listen_fd = -1;
  int m_port = 0;
  std::atomic<bool> m_stop{false};
  mutable std::mutex m_mutex;
  std::map<std::string, std::string> m_replies;
  std::vector<std::string> m_commands;
  std::vector<std::string> m_data;
  std::thread m_thread;
};

}  // namespace hanse::mail::testing

#define HANSE_MAIL_DB_TEST_SUITE(Suite)                                                \
  INSTANTIATE_TEST_SUITE_P(                                                            \
      Backends, Suite,                                                                 \
      ::testing::Values(::hanse::db::Backend::sqlite, ::hanse::db::Backend::postgres), \
      ::hanse::mail::testing::backend_name)
