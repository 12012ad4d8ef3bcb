// Tells the other servers sharing a database that something changed, and
// hears them: what a server keeps in memory about the data (the pages
// cached for visitors, fragments shared by every viewer) is dropped by all
// of them at once, not only by the one that made the change.
//
// PostgreSQL: publish() runs `SELECT pg_notify('hanse_changes', 'ID LSN')`
// on a pooled connection, ID naming this feed and LSN the primary's WAL
// position after the change (pg_current_wal_insert_lsn(); db/replica.h waits
// for a replica to replay that far); a connection of the feed's own LISTENs
// on a thread of its own (poll() on the connection's socket,
// PQconsumeInput, PQnotifies) and calls on_change for every notification
// from another feed (several arriving together: once, with the highest
// LSN). When that connection is lost, notifications may have been missed:
// it connects again (every second until it can) and then calls on_change
// once, with the WAL position at the reconnection.
//
// SQLite: one server per database file, so there is nobody to tell:
// publish() does nothing and on_change is never called.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "db/database.h"

namespace hanse::db {

class ChangeFeed {
 public:
  // lsn: the primary's WAL position after the change (0 when unknown).
  using Listener = std::function<void(std::uint64_t lsn)>;

  // A feed on db, whose URL is url (the listening connection's; for
  // PostgreSQL the same URL db was opened with). on_change runs on the
  // feed's thread: it must be thread-safe and must not block for long.
  static std::unique_ptr<ChangeFeed> open(Database& db, const std::string& url, Listener on_change);

  virtual ~ChangeFeed() = default;  // stops the thread, if any

  // Tells the other servers; returns the WAL position after the change (0
  // on SQLite). Errors: those of the database (the caller logs them; the
  // others then see the change when their caches expire).
  virtual Result<std::uint64_t> publish() = 0;

  // Waits up to timeout until the feed listens (tests: a notification sent
  // before cannot be heard). SQLite: true at once.
  virtual bool wait_listening(std::chrono::milliseconds timeout) = 0;

  // Notifications heard from other feeds and reconnections so far (tests).
  virtual std::uint64_t changes_heard() const = 0;
};

}  // namespace hanse::db
