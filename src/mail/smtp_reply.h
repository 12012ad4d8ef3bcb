// SMTP replies (RFC 5321 section 4.2): one or more lines "NNN-text" ending
// with a line "NNN text" or "NNN".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hanse::mail {

struct SmtpReply {
  int code = 0;
  std::vector<std::string> lines;  // the text after "NNN-" / "NNN "

  bool positive() const { return code >= 200 && code < 400; }
  bool transient() const { return code >= 400 && code < 500; }
  bool permanent() const { return code >= 500 && code < 600; }
  // "NNN first line" for error messages (at most 200 characters).
  std::string summary() const;
};

// Feeds reply lines one at a time (without CRLF).
class SmtpReplyParser final {
 public:
  enum class Step { need_more, complete, malformed };

  // Adds one line. complete: reply() is ready; malformed: the line is not
  // an SMTP reply line or its code differs from the previous lines'.
  Step feed(std::string_view line);
  const SmtpReply& reply() const { return m_reply; }

 private:
  SmtpReply m_reply;
};

}  // namespace hanse::mail
