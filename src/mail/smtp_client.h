// A small synchronous SMTP client for a local relay (RFC 5321; no TLS, no
// AUTH). Every network step is bounded by a timeout.
#pragma once

#include <utility>  // before Boost headers (see TESTING-NOTES.md)

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include "core/result.h"
#include "mail/mail_format.h"
#include "mail/smtp_reply.h"

namespace hanse::mail {

struct SmtpSettings {
  std::string host = "127.0.0.1";
  std::uint16_t port = 25;
  std::string helo_name = "localhost";  // the name this host gives in EHLO
  // Limit for each step: resolving and connecting, writing a command or
  // the message, waiting for a reply.
  std::chrono::milliseconds timeout{30'000};
};

// One SMTP session, reused for several messages. Not thread-safe; not
// copyable (it owns a socket).
class SmtpClient final {
 public:
  explicit SmtpClient(SmtpSettings settings);
  // Says QUIT when still connected.
  ~SmtpClient();
  SmtpClient(const SmtpClient&) = delete;
  SmtpClient& operator=(const SmtpClient&) = delete;

  // Connects, reads the greeting and says EHLO (HELO when EHLO is refused).
  // Errors: ErrorKind::unavailable when the server cannot be reached, does
  // not answer in time, or refuses the session (4xx or 5xx greeting or
  // HELO: a relay problem, not the message's). The message never contains
  // mail content.
  Status connect();
  bool connected() const { return m_connected; }

  // Sends one message: MAIL FROM, RCPT TO, DATA with the formatted,
  // dot-stuffed message. Connects first when not connected.
  // Errors: ErrorKind::unavailable for connection failures, timeouts,
  // malformed or unexpected replies and 4xx replies (try again later);
  // ErrorKind::invalid_input for a 5xx reply to MAIL, RCPT or DATA (the
  // server will never take this message) or for addresses or a subject
  // that fail the checks in address.h. After any error the session is
  // closed; the next call reconnects.
  Status send(const OutgoingMail& mail);

  // Says QUIT and closes the connection; does nothing when not connected.
  void quit();

 private:
  template <class Start>
  boost::system::error_code run_with_timeout(Start start);
  Status write(std::string_view data, std::string_view stage);
  Result<SmtpReply> read_reply(std::string_view stage);
  Result<SmtpReply> command(std::string_view line, std::string_view stage);
  Status say_hello();
  Status transact(const OutgoingMail& mail);
  void close();

  SmtpSettings m_settings;
  boost::asio::io_context m_io;
  boost::asio::ip::tcp::socket m_socket;
  std::string m_input;  // received bytes not yet consumed
  bool m_connected = false;
  bool m_server_8bitmime = false;
};

}  // namespace hanse::mail
