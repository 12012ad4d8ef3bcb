#include "mail/smtp_reply.h"

#include <fmt/format.h>

namespace hanse::mail {

std::string SmtpReply::summary() const {
  std::string text = fmt::format("{}", code);
  if (!lines.empty() && !lines.front().empty()) text += " " + lines.front();
  if (text.size() > 200) text.resize(200);
  return text;
}

SmtpReplyParser::Step SmtpReplyParser::feed(std::string_view line) {
  if (line.size() < 3) return Step::malformed;
  int code = 0;
  for (int i = 0; i < 3; ++i) {
    char c = line[i];
    if (c < '0' || c > '9') return Step::malformed;
    code = code * 10 + (c - '0');
  }
  if (code < 200 || code > 599) return Step::malformed;
  if (!m_reply.lines.empty() && code != m_reply.code) return Step::malformed;
  m_reply.code = code;
  if (line.size() == 3) {
    m_reply.lines.emplace_back();
    return Step::complete;
  }
  char separator = line[3];
  if (separator != ' ' && separator != '-') return Step::malformed;
  m_reply.lines.emplace_back(line.substr(4));
  return separator == ' ' ? Step::complete : Step::need_more;
}

}  // namespace hanse::mail
