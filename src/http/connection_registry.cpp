// Tracking of open connections for graceful shutdown.
#include "http/connection_registry.h"

#include <boost/asio/post.hpp>
#include <vector>

namespace hanse::http {

void ConnectionRegistry::add(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(m_mutex);
  m_connections.insert(connection);
}

void ConnectionRegistry::remove(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(m_mutex);
  m_connections.erase(connection);
  if (m_connections.empty()) m_empty.notify_all();
}

void ConnectionRegistry::close(bool force) {
  std::vector<std::shared_ptr<Connection>> all;
  {
    std::lock_guard lock(m_mutex);
    all.assign(m_connections.begin(), m_connections.end());
  }
  for (auto& connection : all) {
    boost::asio::post(connection->stream.get_executor(), [connection, force] {
      if (!force && !connection->idle) return;
      boost::system::error_code ignored;
      connection->stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
      connection->stream.socket().close(ignored);
    });
  }
}

bool ConnectionRegistry::wait_empty(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(m_mutex);
  return m_empty.wait_until(lock, deadline, [&] { return m_connections.empty(); });
}

std::size_t ConnectionRegistry::size() const {
  std::lock_guard lock(m_mutex);
  return m_connections.size();
}

}  // namespace hanse::http
