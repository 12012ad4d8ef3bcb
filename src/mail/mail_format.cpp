#include "mail/mail_format.h"

#include <fmt/format.h>

#include "mail/mime.h"

namespace hanse::mail {
namespace {

constexpr std::size_t kMaxLineOctets = 998;

bool has_long_line(std::string_view text) {
  std::size_t run = 0;
  for (char c : text) {
    if (c == '\n' || c == '\r') {
      run = 0;
    } else if (++run > kMaxLineOctets) {
      return true;
    }
  }
  return false;
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string from_header(const OutgoingMail& mail) {
  if (mail.from_name.empty()) return mail.from;
  std::string name = encode_header_text(mail.from_name);
  if (name == mail.from_name) {
    // A plain display name is sent as a quoted string.
    std::string quoted = "\"";
    for (char c : mail.from_name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    name = quoted + "\"";
  }
  return fmt::format("{} <{}>", name, mail.from);
}

const char* encoding_name(BodyEncoding encoding) {
  switch (encoding) {
    case BodyEncoding::seven_bit:
      return "7bit";
    case BodyEncoding::eight_bit:
      return "8bit";
    case BodyEncoding::base64:
      return "base64";
  }
  return "base64";
}

}  // namespace

BodyEncoding choose_body_encoding(std::string_view body, bool server_has_8bitmime) {
  if (has_long_line(body)) return BodyEncoding::base64;
  if (is_ascii(body)) return BodyEncoding::seven_bit;
  return server_has_8bitmime ? BodyEncoding::eight_bit : BodyEncoding::base64;
}

std::string to_crlf(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32 + 2);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\r\n";
    } else if (c == '\n') {
      out += "\r\n";
    } else {
      out += c;
    }
  }
  if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
  return out;
}

std::string format_message(const OutgoingMail& mail, BodyEncoding encoding) {
  std::string out;
  out += fmt::format("From: {}\r\n", from_header(mail));
  out += fmt::format("To: {}\r\n", mail.to);
  out += fmt::format("Subject: {}\r\n", encode_header_text(mail.subject));
  out += fmt::format("Date: {}\r\n", rfc5322_date(mail.date));
  out += fmt::format("Message-ID: <{}>\r\n", mail.message_id);
  if (!mail.list_unsubscribe.empty()) {
    out += fmt::format("List-Unsubscribe: <{}>\r\n", mail.list_unsubscribe);
    out += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
  }
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=utf-8\r\n";
  out += fmt::format("Content-Transfer-Encoding: {}\r\n", encoding_name(encoding));
  out += "\r\n";
  out += encoding == BodyEncoding::base64 ? base64_body(to_crlf(mail.body)) : to_crlf(mail.body);
  return out;
}

std::string dot_stuff(std::string_view crlf_text) {
  std::string out;
  out.reserve(crlf_text.size() + 8);
  bool line_start = true;
  for (std::size_t i = 0; i < crlf_text.size(); ++i) {
    char c = crlf_text[i];
    if (line_start && c == '.') out += '.';
    out += c;
    line_start = c == '\n';
  }
  if (!out.empty() && (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0)) {
    out += "\r\n";
  }
  out += ".\r\n";
  return out;
}

}  // namespace hanse::mail
