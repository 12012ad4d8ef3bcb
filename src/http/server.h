// The HTTP/1.1 server on Boost.Beast + Asio: one I/O thread per core,
// keep-alive, size limits, timeouts, graceful shutdown.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "http/pipeline.h"
#include "http/router.h"

namespace hanse::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 0;           // 0: one per core
  int cpu_threads = 0;          // worker pool for Work::cpu routes; 0: one per core
  std::size_t header_limit = 16 * 1024;      // -> 431
  std::size_t body_limit = 1024 * 1024;      // -> 413 (non-multipart)
  std::size_t upload_limit = 8 * 1024 * 1024;  // multipart bodies -> 413
  int read_timeout_seconds = 10;   // whole request must arrive in this time
  int idle_timeout_seconds = 30;   // keep-alive connection with no request
  bool behind_tls = false;         // sets Request::secure
  // Peers (IP addresses as text) whose X-Forwarded-For header names the
  // client: Request::remote_address is then its last address (the one the
  // trusted proxy saw), when that is a valid IP address.
  std::vector<std::string> trusted_proxies;
  std::string static_dir = "static";  // served under /static/
  int shutdown_grace_seconds = 10;    // in-flight requests get this long on stop
};

// Renders an error page for status codes produced by the server itself
// (400, 404, 405, 413, 431, 500). Supplied by the web layer.
using ErrorPageRenderer = std::function<Response(int status, const Request* request)>;


class Server {
 public:
  // Every request and every response the server writes, the server's own
  // error answers included, pass through `pipeline` (http/pipeline.h).
  Server(ServerOptions options, Router router, ErrorPageRenderer error_page, Pipeline pipeline);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves until SIGTERM/SIGINT or stop(); then stops accepting,
  // closes idle keep-alive connections, lets in-flight requests finish (up
  // to shutdown_grace_seconds, then closes them), and returns. Handlers
  // still running on the CPU pool are waited for.
  // Errors: ErrorKind::unavailable when the address cannot be bound.
  Status run();
  // Asks run() to shut down as above. Thread-safe; may be called before
  // run(), which then returns right after binding.
  void stop();
  // The bound port (useful with port 0). Valid once run() is listening.
  unsigned short port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace hanse::http
