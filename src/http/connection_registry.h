// The open connections of a server, so that shutdown can close the idle
// ones and wait for the busy ones. Internal to the HTTP layer.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace hanse::http {

// One client connection. Touched only on its own I/O thread, except through
// ConnectionRegistry, which posts to that thread.
struct Connection {
  explicit Connection(boost::asio::ip::tcp::socket socket) : stream(std::move(socket)) {}
  boost::beast::tcp_stream stream;
  bool idle = true;  // waiting for the first byte of a request
};

class ConnectionRegistry final {
 public:
  void add(const std::shared_ptr<Connection>& connection);
  void remove(const std::shared_ptr<Connection>& connection);

  // Closes every connection that is idle now (or every connection when
  // `force`). Busy ones are left to finish; they see the server stopping
  // and close after their response. Safe from any thread.
  void close(bool force);

  // Waits until no connection is open or the deadline passes. Returns true
  // when all are closed.
  bool wait_empty(std::chrono::steady_clock::time_point deadline);

  std::size_t size() const;

 private:
  mutable std::mutex m_mutex;
  std::condition_variable m_empty;
  std::unordered_set<std::shared_ptr<Connection>> m_connections;
};

// Registers a connection for the lifetime of its coroutine.
class ConnectionGuard final {
 public:
  ConnectionGuard(ConnectionRegistry& registry, std::shared_ptr<Connection> connection)
      : m_registry(registry), m_connection(std::move(connection)) {
    m_registry.add(m_connection);
  }
  ~ConnectionGuard() { m_registry.remove(m_connection); }
  ConnectionGuard(const ConnectionGuard&) = delete;
  ConnectionGuard& operator=(const ConnectionGuard&) = delete;

 private:
  ConnectionRegistry& m_registry;
  std::shared_ptr<Connection> m_connection;
};

}  // namespace hanse::http
