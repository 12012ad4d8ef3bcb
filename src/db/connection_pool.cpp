#include "db/connection_pool.h"

#include <string>

namespace hanse::db {

ConnectionPool::ConnectionPool(int capacity, Opener opener, Recycler recycler,
                               std::chrono::milliseconds wait_limit)
    : m_capacity(capacity < 1 ? 1 : capacity),
      m_opener(std::move(opener)),
      m_recycler(std::move(recycler)),
      m_wait_limit(wait_limit) {}

Result<std::unique_ptr<Connection>> ConnectionPool::take() {
  std::unique_lock lock(m_mutex);
  bool ready = m_returned.wait_for(lock, m_wait_limit, [this] {
    return !m_idle.empty() || m_open < m_capacity;
  });
  if (!ready) {
    return fail(ErrorKind::unavailable,
                "all " + std::to_string(m_capacity) + " database connections stayed busy for " +
                    std::to_string(m_wait_limit.count()) + " ms");
  }
  if (!m_idle.empty()) {
    auto connection = std::move(m_idle.back());
    m_idle.pop_back();
    return connection;
  }
  ++m_open;
  lock.unlock();
  auto opened = m_opener();
  if (!opened) {
    lock.lock();
    --m_open;
    lock.unlock();
    m_returned.notify_one();
  }
  return opened;
}

void ConnectionPool::give_back(std::unique_ptr<Connection> connection) {
  if (!connection) return;
  bool keep = m_recycler(*connection);
  if (!keep) connection.reset();  // closed outside the lock
  {
    std::lock_guard lock(m_mutex);
    if (keep) {
      m_idle.push_back(std::move(connection));
    } else {
      --m_open;
    }
  }
  m_returned.notify_one();
}

}  // namespace hanse::db
