// Server: I/O threads, acceptor, signals, CPU pool, graceful shutdown.
#include "http/server.h"

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>
#include <vector>

#include "http/connection.h"
#include "http/server_state.h"

namespace hanse::http {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

int thread_count(int configured) {
  if (configured > 0) return configured;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions options, Router router, ErrorPageRenderer error_page, Pipeline pipeline)
      : state(std::move(options), std::move(router), std::move(error_page), std::move(pipeline)) {}

  ServerState state;
  std::atomic<unsigned short> port{0};
  std::mutex mutex;
  std::condition_variable stop_requested_cv;
  bool stop_requested = false;

  // Accepts on contexts[0], handing each socket to the next context in turn.
  asio::awaitable<void> accept_loop(tcp::acceptor& acceptor,
                                    std::vector<std::unique_ptr<asio::io_context>>& contexts) {
    std::size_t next = 0;
    while (acceptor.is_open()) {
      asio::io_context& target = *contexts[next];
      next = (next + 1) % contexts.size();
      boost::system::error_code ec;
      tcp::socket socket = co_await acceptor.async_accept(
          target, asio::redirect_error(asio::use_awaitable, ec));
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) break;
      if (ec) {
        spdlog::warn("accept failed: {}", ec.message());
        asio::steady_timer pause(acceptor.get_executor(), std::chrono::milliseconds(50));
        co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
        continue;
      }
      if (state.stopping.load()) continue;  // socket closes as it goes out of scope
      socket.set_option(tcp::no_delay(true), ec);
      auto connection = std::make_shared<Connection>(std::move(socket));
      asio::co_spawn(target, serve_connection(state, std::move(connection)), asio::detached);
    }
  }

  void request_stop() {
    {
      std::lock_guard lock(mutex);
      stop_requested = true;
    }
    stop_requested_cv.notify_all();
  }

  void wait_for_stop_request() {
    std::unique_lock lock(mutex);
    stop_requested_cv.wait(lock, [&] { return stop_requested; });
  }
};

Server::Server(ServerOptions options, Router router, ErrorPageRenderer error_page, Pipeline pipeline)
    : m_impl(std::make_unique<Impl>(std::move(options), std::move(router), std::move(error_page),
                                    std::move(pipeline))) {}

Server::~Server() = default;

Status Server::run() {
  ServerState& state = m_impl->state;
  const ServerOptions& options = state.options;
  const int io_threads = thread_count(options.io_threads);

  std::vector<std::unique_ptr<asio::io_context>> contexts;
  for (int i = 0; i < io_threads; ++i) contexts.push_back(std::make_unique<asio::io_context>(1));
  asio::thread_pool cpu_pool(static_cast<std::size_t>(thread_count(options.cpu_threads)));
  state.cpu_pool = &cpu_pool;

  boost::system::error_code ec;
  const auto address = asio::ip::make_address(options.address, ec);
  if (ec) return fail(ErrorKind::unavailable, "invalid listen address: " + options.address);
  tcp::acceptor acceptor(*contexts[0]);
  const tcp::endpoint endpoint(address, options.port);
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    state.cpu_pool = nullptr;
    return fail(ErrorKind::unavailable, "cannot listen on " + options.address + ":" +
                                            std::to_string(options.port) + ": " + ec.message());
  }
  asio::signal_set signals(*contexts[0], SIGINT, SIGTERM);
  signals.async_wait([this](const boost::system::error_code& error, int signal) {
    if (error) return;
    spdlog::info("signal {} received, shutting down", signal);
    m_impl->request_stop();
  });
  // Published only now, so that anyone who saw the port may send SIGTERM.
  m_impl->port = acceptor.local_endpoint().port();
  spdlog::info("listening on {}:{} with {} I/O threads", options.address, m_impl->port.load(),
               io_threads);
  asio::co_spawn(*contexts[0], m_impl->accept_loop(acceptor, contexts), asio::detached);

  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> guards;
  std::vector<std::thread> threads;
  for (auto& context : contexts) {
    guards.push_back(asio::make_work_guard(*context));
    threads.emplace_back([&context] {
      try {
        context->run();
      } catch (const std::exception& e) {
        spdlog::critical("I/O thread stopped by exception: {}", e.what());
      }
    });
  }

  m_impl->wait_for_stop_request();

  // Shutdown: stop accepting, close idle keep-alive connections, let busy
  // ones finish their response (they close themselves), then give up.
  state.stopping = true;
  asio::post(*contexts[0], [&acceptor, &signals] {
    boost::system::error_code ignored;
    acceptor.close(ignored);
    signals.cancel(ignored);
  });
  state.connections.close(false);
  const auto grace = std::chrono::seconds(std::max(0, options.shutdown_grace_seconds));
  if (!state.connections.wait_empty(std::chrono::steady_clock::now() + grace)) {
    spdlog::warn("{} connections still busy after {} s; closing them",
                 state.connections.size(), grace.count());
    state.connections.close(true);
    state.connections.wait_empty(std::chrono::steady_clock::now() + std::chrono::seconds(1));
  }

  guards.clear();
  for (auto& context : contexts) context->stop();
  for (auto& thread : threads) thread.join();
  cpu_pool.stop();
  cpu_pool.join();
  state.cpu_pool = nullptr;
  spdlog::info("server stopped");
  return {};
}

void Server::stop() { m_impl->request_stop(); }

unsigned short Server::port() const { return m_impl->port.load(); }

}  // namespace hanse::http
