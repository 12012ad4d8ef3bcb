#include "db/change_feed.h"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <random>
#include <string_view>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "db/postgres_database.h"
#include "db/replica.h"

namespace hanse::db {
namespace {

constexpr const char* kChannel = "hanse_changes";

// SQLite: one server per file; nothing to tell, nothing to hear.
class QuietFeed final : public ChangeFeed {
 public:
  Result<std::uint64_t> publish() override { return std::uint64_t{0}; }
  bool wait_listening(std::chrono::milliseconds) override { return true; }
  std::uint64_t changes_heard() const override { return 0; }
};

// The server's notices (e.g. "terminating connection due to administrator
// command" when the listening connection is ended) reach the log as the
// loss of the connection; libpq would print them on standard error.
void quiet_notice(void*, const char*) {}

std::string random_id() {
  std::random_device device;
  return fmt::format("{:08x}{:08x}", device(), device());
}

class PostgresFeed final : public ChangeFeed {
 public:
  PostgresFeed(Database& db, std::string url, Listener on_change)
      : m_db(db),
        m_url(std::move(url)),
        m_label(redact_postgres_url(m_url)),
        m_on_change(std::move(on_change)),
        m_id(random_id()),
        m_wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
    m_thread = std::thread([this] { run(); });
  }

  ~PostgresFeed() override {
    m_stop.store(true);
    if (m_wake >= 0) {
      const std::uint64_t one = 1;
      [[maybe_unused]] auto written = ::write(m_wake, &one, sizeof one);
    }
    m_thread.join();
    if (m_wake >= 0) ::close(m_wake);
  }

  Result<std::uint64_t> publish() override {
    HANSE_TRY(auto lease, m_db.acquire());
    const Value params[] = {std::string(kChannel), m_id};
    HANSE_TRY(auto row, lease->query_one(
                            "SELECT pg_current_wal_insert_lsn()::text AS lsn, "
                            "pg_notify($1, $2 || ' ' || pg_current_wal_insert_lsn()::text)",
                            params));
    return parse_lsn(row.text(0)).value_or(0);
  }

  bool wait_listening(std::chrono::milliseconds timeout) override {
    std::unique_lock lock(m_mutex);
    return m_listening_cv.wait_for(lock, timeout, [this] { return m_listening; });
  }

  std::uint64_t changes_heard() const override { return m_heard.load(); }

 private:
  void set_listening(bool listening) {
    {
      std::lock_guard lock(m_mutex);
      m_listening = listening;
    }
    m_listening_cv.notify_all();
  }

  // A new listening connection, or nullptr (logged once per outage);
  // position: the primary's WAL position once it listens.
  PGconn* connect(std::uint64_t& position) {
    // TCP keepalives: a server that vanished without closing the connection
    // is noticed within a minute or so.
    // Named, so that pg_stat_activity shows what it is.
    const char* keys[] = {"dbname", "keepalives", "keepalives_idle", "keepalives_interval",
                          "keepalives_count", "connect_timeout", "application_name", nullptr};
    const char* values[] = {m_url.c_str(), "1", "10", "5", "3", "5", "hanse change feed", nullptr};
    PGconn* conn = PQconnectdbParams(keys, values, 1);
    if (conn && PQstatus(conn) == CONNECTION_OK) {
      PQsetNoticeProcessor(conn, quiet_notice, nullptr);
      PGresult* result = PQexec(conn, fmt::format("LISTEN {}", kChannel).c_str());
      bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
      PQclear(result);
      if (ok) {
        result = PQexec(conn, "SELECT pg_current_wal_insert_lsn()::text");
        ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
        if (ok) position = parse_lsn(PQgetvalue(result, 0, 0)).value_or(0);
        PQclear(result);
      }
      if (ok && PQsetnonblocking(conn, 1) == 0) return conn;
    }
    if (!m_reported_outage) {
      spdlog::warn("change feed: cannot listen on {}: {} (retrying every second; caches expire meanwhile)",
                   m_label, conn ? PQerrorMessage(conn) : "out of memory");
      m_reported_outage = true;
    }
    if (conn) PQfinish(conn);
    return nullptr;
  }

  // Waits up to timeout for the stop request; true when stopping.
  bool sleep_unless_stopped(int timeout_ms) {
    pollfd wake{m_wake, POLLIN, 0};
    ::poll(&wake, 1, timeout_ms);
    return m_stop.load();
  }

  void changed(std::uint64_t lsn) {
    m_heard.fetch_add(1);
    try {
      m_on_change(lsn);
    } catch (const std::exception& e) {
      spdlog::error("change feed: dropping the caches failed: {}", e.what());
    }
  }

  void run() {
    PGconn* conn = nullptr;
    bool connected_before = false;
    while (!m_stop.load()) {
      if (!conn) {
        std::uint64_t position = 0;
        conn = connect(position);
        if (!conn) {
          if (sleep_unless_stopped(1000)) break;
          continue;
        }
        if (connected_before) {
          spdlog::info("change feed: listening again on {}", m_label);
          changed(position);  // what was published meanwhile was not heard
        }
        connected_before = true;
        m_reported_outage = false;
        set_listening(true);
      }
      pollfd fds[2] = {{PQsocket(conn), POLLIN, 0}, {m_wake, POLLIN, 0}};
      if (::poll(fds, 2, 5000) < 0) continue;  // EINTR
      if (m_stop.load()) break;
      if (fds[0].revents == 0) continue;
      if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        spdlog::warn("change feed: the listening connection to {} was lost", m_label);
        PQfinish(conn);
        conn = nullptr;
        set_listening(false);
        continue;
      }
      bool from_others = false;
      std::uint64_t newest = 0;
      while (PGnotify* notice = PQnotifies(conn)) {
        const std::string_view payload(notice->extra);
        const auto space = payload.find(' ');
        if (payload.substr(0, space) != m_id) {
          from_others = true;
          if (space != std::string_view::npos)
            newest = std::max(newest, parse_lsn(payload.substr(space + 1)).value_or(0));
        }
        PQfreemem(notice);
      }
      if (from_others) changed(newest);
    }
    if (conn) PQfinish(conn);
    set_listening(false);
  }

  Database& m_db;
  const std::string m_url;  // may hold a password: never logged
  const std::string m_label;
  const Listener m_on_change;
  const std::string m_id;
  const int m_wake;
  std::atomic<bool> m_stop{false};
  std::atomic<std::uint64_t> m_heard{0};
  bool m_reported_outage = false;  // the feed's thread only
  std::mutex m_mutex;
  std::condition_variable m_listening_cv;
  bool m_listening = false;
  std::thread m_thread;
};

}  // namespace

std::unique_ptr<ChangeFeed> ChangeFeed::open(Database& db, const std::string& url, Listener on_change) {
  if (db.backend() != Backend::postgres) return std::make_unique<QuietFeed>();
  return std::make_unique<PostgresFeed>(db, url, std::move(on_change));
}

}  // namespace hanse::db
