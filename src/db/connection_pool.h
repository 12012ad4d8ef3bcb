// The pool behind both Database implementations: at most `capacity`
// connections, opened lazily, reused, and handed out one thread at a time.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::db {

class ConnectionPool final {
 public:
  // Opens one new connection; called without the pool lock held.
  using Opener = std::function<Result<std::unique_ptr<Connection>>()>;
  // Prepares a returned connection for reuse (e.g. rolls back a transaction
  // left open); returns false when the connection is broken and must be closed.
  using Recycler = std::function<bool(Connection&)>;

  // capacity must be >= 1. take() gives up after wait_limit.
  ConnectionPool(int capacity, Opener opener, Recycler recycler,
                 std::chrono::milliseconds wait_limit = std::chrono::seconds(30));
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Returns an idle connection, opens a new one while fewer than capacity
  // exist, or waits for one to come back. The caller owns the connection
  // until it passes it to give_back().
  // Errors: the opener's error; ErrorKind::unavailable when none came back
  // within wait_limit.
  Result<std::unique_ptr<Connection>> take();

  // Takes a connection back; closes it instead when the recycler says so.
  void give_back(std::unique_ptr<Connection> connection);

  int capacity() const { return m_capacity; }

 private:
  const int m_capacity;
  const Opener m_opener;
  const Recycler m_recycler;
  const std::chrono::milliseconds m_wait_limit;

  std::mutex m_mutex;
  std::condition_variable m_returned;
  std::vector<std::unique_ptr<Connection>> m_idle;
  int m_open = 0;  // idle + lent out + being opened
};

}  // namespace hanse::db
