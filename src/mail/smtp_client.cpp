#include "mail/smtp_client.h"

#include <cctype>
#include <utility>

#include <fmt/format.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>

#include "mail/address.h"

namespace hanse::mail {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

// Longest reply accepted (an EHLO reply is a few hundred bytes).
constexpr std::size_t kMaxReplyBytes = 64 * 1024;
constexpr int kMaxReplyLines = 100;

std::unexpected<Error> io_failure(std::string_view stage, const boost::system::error_code& ec) {
  return fail(ErrorKind::unavailable, fmt::format("SMTP {}: {}", stage, ec.message()));
}

// A reply other than the expected positive one. Message-specific steps
// report 5xx as permanent; everything else is worth another try.
std::unexpected<Error> reply_failure(std::string_view stage, const SmtpReply& reply,
                                     bool about_message) {
  auto kind =
      reply.permanent() && about_message ? ErrorKind::invalid_input : ErrorKind::unavailable;
  return fail(kind, fmt::format("SMTP {} refused: {}", stage, reply.summary()));
}

bool has_extension(const SmtpReply& ehlo, std::string_view name) {
  // The first line is the server's greeting; the rest name extensions.
  for (std::size_t i = 1; i < ehlo.lines.size(); ++i) {
    std::string_view line = ehlo.lines[i];
    auto word = line.substr(0, line.find(' '));
    if (word.size() != name.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < word.size() && same; ++k) {
      same = std::toupper(static_cast<unsigned char>(word[k])) == name[k];
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

SmtpClient::SmtpClient(SmtpSettings settings) : m_settings(std::move(settings)), m_socket(m_io) {}

SmtpClient::~SmtpClient() { quit(); }

// Runs one asynchronous operation to completion or until the timeout, in
// which case the socket is closed and asio::error::timed_out returned.
template <class Start>
boost::system::error_code SmtpClient::run_with_timeout(Start start) {
  boost::system::error_code result = asio::error::would_block;
  start(result);
  m_io.restart();
  m_io.run_for(m_settings.timeout);
  if (result == asio::error::would_block) {
    boost::system::error_code ignored;
    m_socket.close(ignored);  // cancels the operation
    m_io.restart();
    m_io.run();  // lets the cancelled handler finish
    m_connected = false;
    return asio::error::timed_out;
  }
  return result;
}

Status SmtpClient::connect() {
  if (m_connected) return {};
  close();
  tcp::resolver resolver(m_io);
  tcp::resolver::results_type endpoints;
  auto ec = run_with_timeout([&](boost::system::error_code& out) {
    resolver.async_resolve(
        m_settings.host, std::to_string(m_settings.port),
        [&](const boost::system::error_code& e, tcp::resolver::results_type results) {
          out = e;
          endpoints = std::move(results);
        });
  });
  if (ec) return io_failure("resolve", ec);
  ec = run_with_timeout([&](boost::system::error_code& out) {
    asio::async_connect(m_socket, endpoints,
                        [&](const boost::system::error_code& e, const tcp::endpoint&) { out = e; });
  });
  if (ec) {
    close();
    return io_failure("connect", ec);
  }
  m_connected = true;
  if (auto st = say_hello(); !st) {
    close();
    return st;
  }
  return {};
}

Status SmtpClient::say_hello() {
  HANSE_TRY(auto greeting, read_reply("greeting"));
  if (greeting.code != 220) return reply_failure("greeting", greeting, false);
  HANSE_TRY(auto ehlo, command("EHLO " + m_settings.helo_name, "EHLO"));
  if (ehlo.code == 250) {
    m_server_8bitmime = has_extension(ehlo, "8BITMIME");
    return {};
  }
  if (!ehlo.permanent()) return reply_failure("EHLO", ehlo, false);
  m_server_8bitmime = false;
  HANSE_TRY(auto helo, command("HELO " + m_settings.helo_name, "HELO"));
  if (helo.code != 250) return reply_failure("HELO", helo, false);
  return {};
}

Status SmtpClient::send(const OutgoingMail& mail) {
  if (!is_single_address(mail.from) || !is_single_address(mail.to)) {
    return fail(ErrorKind::invalid_input, "SMTP: sender or recipient is not a single address");
  }
  if (!is_header_safe(mail.subject) || !is_header_safe(mail.from_name) ||
      !is_valid_utf8(mail.body)) {
    return fail(ErrorKind::invalid_input, "SMTP: subject, sender name or body is malformed");
  }
  if (!mail.list_unsubscribe.empty() && !is_unsubscribe_url(mail.list_unsubscribe)) {
    return fail(ErrorKind::invalid_input, "SMTP: the List-Unsubscribe URL is malformed");
  }
  HANSE_TRY_STATUS(connect());
  auto st = transact(mail);
  if (!st) quit();
  return st;
}

Status SmtpClient::transact(const OutgoingMail& mail) {
  auto encoding = choose_body_encoding(mail.body, m_server_8bitmime);
  std::string mail_from = "MAIL FROM:<" + mail.from + ">";
  if (encoding == BodyEncoding::eight_bit) mail_from += " BODY=8BITMIME";
  HANSE_TRY(auto from_reply, command(mail_from, "MAIL FROM"));
  if (from_reply.code != 250) return reply_failure("MAIL FROM", from_reply, true);
  HANSE_TRY(auto rcpt_reply, command("RCPT TO:<" + mail.to + ">", "RCPT TO"));
  if (rcpt_reply.code != 250 && rcpt_reply.code != 251) {
    return reply_failure("RCPT TO", rcpt_reply, true);
  }
  HANSE_TRY(auto data_reply, command("DATA", "DATA"));
  if (data_reply.code != 354) return reply_failure("DATA", data_reply, true);
  HANSE_TRY_STATUS(write(dot_stuff(format_message(mail, encoding)), "message"));
  HANSE_TRY(auto done, read_reply("end of data"));
  if (done.code != 250) return reply_failure("end of data", done, true);
  return {};
}

void SmtpClient::quit() {
  if (m_connected) (void)command("QUIT", "QUIT");
  close();
}

void SmtpClient::close() {
  boost::system::error_code ignored;
  if (m_socket.is_open()) {
    m_socket.shutdown(tcp::socket::shutdown_both, ignored);
    m_socket.close(ignored);
  }
  m_connected = false;
  m_input.clear();
}

Status SmtpClient::write(std::string_view data, std::string_view stage) {
  auto ec = run_with_timeout([&](boost::system::error_code& out) {
    asio::async_write(m_socket, asio::buffer(data.data(), data.size()),
                      [&](const boost::system::error_code& e, std::size_t) { out = e; });
  });
  if (ec) {
    close();
    return io_failure(stage, ec);
  }
  return {};
}

Result<SmtpReply> SmtpClient::read_reply(std::string_view stage) {
  SmtpReplyParser parser;
  for (int lines = 0; lines < kMaxReplyLines; ++lines) {
    std::size_t line_end = 0;
    auto ec = run_with_timeout([&](boost::system::error_code& out) {
      asio::async_read_until(m_socket, asio::dynamic_buffer(m_input, kMaxReplyBytes), '\n',
                             [&](const boost::system::error_code& e, std::size_t n) {
                               out = e;
                               line_end = n;
                             });
    });
    if (ec) {
      close();
      return io_failure(stage, ec);
    }
    std::string_view line(m_input.data(), line_end - 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto step = parser.feed(line);
    m_input.erase(0, line_end);
    if (step == SmtpReplyParser::Step::complete) return parser.reply();
    if (step == SmtpReplyParser::Step::malformed) {
      close();
      return fail(ErrorKind::unavailable, fmt::format("SMTP {}: malformed reply", stage));
    }
  }
  close();
  return fail(ErrorKind::unavailable, fmt::format("SMTP {}: reply too long", stage));
}

Result<SmtpReply> SmtpClient::command(std::string_view line, std::string_view stage) {
  std::string wire(line);
  wire += "\r\n";
  HANSE_TRY_STATUS(write(wire, stage));
  return read_reply(stage);
}

}  // namespace hanse::mail
