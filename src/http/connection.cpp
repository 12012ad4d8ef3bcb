// The per-connection coroutine.
#include "http/connection.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <optional>

#include "http/dispatch.h"
#include "http/header_params.h"
#include "http/message_convert.h"

namespace hanse::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
using boost::system::error_code;

constexpr std::size_t drain_limit = 16 * 1024 * 1024;
constexpr auto drain_time = std::chrono::seconds(2);

// 431, 413 or 400 for a read error that deserves an answer; 0 when the
// connection should just be closed (timeout, reset, client went away).
int status_for_read_error(const error_code& ec) {
  if (ec == beast_http::error::header_limit) return 431;
  if (ec == beast_http::error::body_limit) return 413;
  if (ec.category() == beast_http::make_error_code(beast_http::error::bad_method).category() &&
      ec != beast_http::error::end_of_stream && ec != beast_http::error::partial_message &&
      ec != beast_http::error::need_more && ec != beast_http::error::buffer_overflow) {
    return 400;
  }
  return 0;
}

std::string remote_of(const Connection& connection) {
  error_code ec;
  const auto endpoint = connection.stream.socket().remote_endpoint(ec);
  return ec ? std::string("-") : endpoint.address().to_string();
}

// The last address of an X-Forwarded-For header (the client as the proxy
// in front of us saw it), normalised; nullopt when absent or not an address.
std::optional<std::string> forwarded_client(std::optional<std::string_view> header) {
  if (!header) return std::nullopt;
  auto text = *header;
  if (auto comma = text.rfind(','); comma != std::string_view::npos) text = text.substr(comma + 1);
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  error_code ec;
  const auto address = asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  return address.to_string();
}

class Session {
 public:
  Session(ServerState& state, std::shared_ptr<Connection> connection)
      : m_state(state),
        m_connection(std::move(connection)),
        m_remote(remote_of(*m_connection)),
        m_trusted_peer(std::ranges::find(state.options.trusted_proxies, m_remote) !=
                       state.options.trusted_proxies.end()) {}

  asio::awaitable<void> run() {
    bool first = true;
    while (!m_state.stopping.load()) {
      if (!co_await wait_for_request(first)) break;
      first = false;
      if (!co_await serve_one()) break;
    }
    error_code ignored;
    m_connection->stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    m_connection->stream.socket().close(ignored);
  }

 private:
  // Waits (idle timeout) for the first bytes of the next request.
  asio::awaitable<bool> wait_for_request(bool first) {
    if (m_buffer.size() > 0) co_return true;
    m_connection->idle = true;
    const int seconds = first ? m_state.options.read_timeout_seconds
                              : m_state.options.idle_timeout_seconds;
    m_connection->stream.expires_after(std::chrono::seconds(seconds));
    error_code ec;
    const std::size_t n = co_await m_connection->stream.async_read_some(
        m_buffer.prepare(4096), asio::redirect_error(asio::use_awaitable, ec));
    m_connection->idle = false;
    if (ec) co_return false;
    m_buffer.commit(n);
    co_return true;
  }

  // Reads, dispatches and answers one request. False: close the connection.
  asio::awaitable<bool> serve_one() {
    const ServerOptions& options = m_state.options;
    m_connection->stream.expires_after(std::chrono::seconds(options.read_timeout_seconds));

    beast_http::request_parser<beast_http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(
        std::min<std::size_t>(options.header_limit, UINT32_MAX)));
    parser.body_limit(std::max(options.body_limit, options.upload_limit));

    error_code ec;
    co_await beast_http::async_read_header(m_connection->stream, m_buffer, parser,
                                           asio::redirect_error(asio::use_awaitable, ec));
    if (ec) co_return co_await answer_read_error(ec, nullptr);

    Request request;
    request.remote_address = m_remote;
    request.secure = options.behind_tls;
    if (!fill_request_head(parser.get().base(), request)) {
      co_await send_error(400, nullptr);
      co_return false;
    }
    if (m_trusted_peer) {
      if (auto client = forwarded_client(request.header("x-forwarded-for"))) request.remote_address = *client;
    }

    const HeaderValue type = parse_header_value(request.header("content-type").value_or(""));
    const std::size_t limit =
        type.value == "multipart/form-data" ? options.upload_limit : options.body_limit;
    if (parser.content_length() && *parser.content_length() > limit) {
      co_await send_error(413, &request);
      co_return false;
    }
    parser.body_limit(limit);

    if (!parser.is_done()) {
      const auto expect = request.header("expect");
      if (expect && to_lower_ascii(*expect) == "100-continue") {
        static constexpr std::string_view continue_line = "HTTP/1.1 100 Continue\r\n\r\n";
        co_await asio::async_write(m_connection->stream, asio::buffer(continue_line),
                                   asio::redirect_error(asio::use_awaitable, ec));
        if (ec) co_return false;
      }
      co_await beast_http::async_read(m_connection->stream, m_buffer, parser,
                                      asio::redirect_error(asio::use_awaitable, ec));
      if (ec) co_return co_await answer_read_error(ec, &request);
    }

    const bool keep_alive = parser.get().keep_alive();
    request.body = std::move(parser.get().body());

    Response response = co_await dispatch(m_state, request);
    const bool keep = keep_alive && !m_state.stopping.load();
    const bool ok = co_await write(std::move(response), request, keep);
    co_return ok && keep;
  }

  asio::awaitable<bool> answer_read_error(const error_code& ec, Request* request) {
    const int status = status_for_read_error(ec);
    if (status != 0) co_await send_error(status, request);
    co_return false;
  }

  // Writes an error page, then reads and discards (for a bounded time) what
  // the client is still sending, so that closing with unread input does not
  // reset the connection before the client has read the page.
  asio::awaitable<void> send_error(int status, Request* request) {
    Request unread;  // the request's head could not be read: only its sender is known
    unread.remote_address = m_remote;
    Request& answered = request ? *request : unread;
    Response response = answer_error(m_state, status, &answered);
    if (!co_await write(std::move(response), answered, false)) co_return;
    co_await drain_input();
  }

  asio::awaitable<void> drain_input() {
    error_code ec;
    m_connection->stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ec);
    m_connection->stream.expires_after(drain_time);
    std::size_t total = 0;
    std::array<char, 16 * 1024> scratch{};
    while (!ec && total < drain_limit) {
      total += co_await m_connection->stream.async_read_some(
          asio::buffer(scratch), asio::redirect_error(asio::use_awaitable, ec));
    }
  }

  asio::awaitable<bool> write(Response&& response, const Request& request, bool keep_alive) {
    const Response sent = std::move(response);  // the wire body points into it
    const WireResponse wire = to_wire(sent, request.method == "HEAD", keep_alive);
    const std::array<asio::const_buffer, 2> buffers{asio::buffer(wire.head),
                                                    asio::buffer(wire.body.data(), wire.body.size())};
    m_connection->stream.expires_after(std::chrono::seconds(m_state.options.read_timeout_seconds));
    error_code ec;
    co_await asio::async_write(m_connection->stream, buffers, asio::redirect_error(asio::use_awaitable, ec));
    co_return !ec;
  }

  ServerState& m_state;
  std::shared_ptr<Connection> m_connection;
  std::string m_remote;
  bool m_trusted_peer;  // m_remote is one of options.trusted_proxies
  beast::flat_buffer m_buffer;
};

}  // namespace

asio::awaitable<void> serve_connection(ServerState& state, std::shared_ptr<Connection> connection) {
  ConnectionGuard guard(state.connections, connection);
  try {
    Session session(state, connection);
    co_await session.run();
  } catch (const std::exception& e) {
    spdlog::error("connection failed: {}", e.what());
  }
}

}  // namespace hanse::http
