#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mail/address.h"
#include "mail/mail_format.h"
#include "mail/mime.h"
#include "mail/sender.h"
#include "mail/smtp_reply.h"

namespace hanse::mail {
namespace {

// An independent base64 decoder for checking encoded words.
std::string base64_decode(const std::string& text) {
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned value = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    auto pos = alphabet.find(c);
    if (pos == std::string::npos) continue;
    value = (value << 6) | static_cast<unsigned>(pos);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xFF);
    }
  }
  return out;
}

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return parts;
    start = end + separator.size();
  }
}

TEST(MailMime, Base64MatchesRfc4648Vectors) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
}

TEST(MailMime, Base64BodyWrapsAt76) {
  std::string body = base64_body(std::string(200, 'x'));
  for (const auto& line : split(body, "\r\n")) EXPECT_LE(line.size(), 76u);
  EXPECT_EQ(body.substr(body.size() - 2), "\r\n");
}

TEST(MailMime, AsciiSubjectIsUnchanged) {
  EXPECT_EQ(encode_header_text("Your inquiry about M8 bolts"), "Your inquiry about M8 bolts");
}

TEST(MailMime, NonAsciiSubjectBecomesEncodedWords) {
  // "Angebot für Schrauben – 20 % Rabatt auf Größe M8, gültig bis Freitag" and emoji.
  std::string subject =
      "Angebot f\xc3\xbcr Schrauben \xe2\x80\x93 20 % Rabatt auf Gr\xc3\xb6\xc3\x9f"
      "e M8, g\xc3\xbcltig bis Freitag \xf0\x9f\x93\xa6\xf0\x9f\x93\xa6\xf0\x9f\x93\xa6";
  std::string encoded = encode_header_text(subject);
  std::string decoded;
  for (const auto& word : split(encoded, "\r\n ")) {
    ASSERT_LE(word.size(), 75u);
    ASSERT_EQ(word.rfind("=?UTF-8?B?", 0), 0u) << word;
    ASSERT_EQ(word.substr(word.size() - 2), "?=");
    std::string part = base64_decode(word.substr(10, word.size() - 12));
    EXPECT_TRUE(is_valid_utf8(part)) << "a word splits a character";
    decoded += part;
  }
  EXPECT_GT(split(encoded, "\r\n ").size(), 1u);
  EXPECT_EQ(decoded, subject);
}

TEST(MailMime, TextThatLooksEncodedIsEncoded) {
  EXPECT_NE(encode_header_text("=?UTF-8?B?Zm9v?="), "=?UTF-8?B?Zm9v?=");
}

TEST(MailMime, Rfc5322Date) {
  EXPECT_EQ(rfc5322_date(0), "Thu, 01 Jan 1970 00:00:00 +0000");
  EXPECT_EQ(rfc5322_date(1700000000), "Tue, 14 Nov 2023 22:13:20 +0000");
}

TEST(MailFormat, CrlfNormalisation) {
  EXPECT_EQ(to_crlf("a\nb\r\nc\rd"), "a\r\nb\r\nc\r\nd\r\n");
  EXPECT_EQ(to_crlf("a\r\n"), "a\r\n");
}

TEST(MailFormat, DotStuffing) {
  EXPECT_EQ(dot_stuff(".first\r\nmid.dle\r\n.\r\n..two\r\n"),
            "..first\r\nmid.dle\r\n..\r\n...two\r\n.\r\n");
  EXPECT_EQ(dot_stuff("no final line break"), "no final line break\r\n.\r\n");
}

TEST(MailFormat, BodyEncodingChoice) {
  EXPECT_EQ(choose_body_encoding("plain ascii\n", false), BodyEncoding::seven_bit);
  EXPECT_EQ(choose_body_encoding("gr\xc3\xbc\xc3\x9f"
                                 "e\n",
                                 true),
            BodyEncoding::eight_bit);
  EXPECT_EQ(choose_body_encoding("gr\xc3\xbc\xc3\x9f"
                                 "e\n",
                                 false),
            BodyEncoding::base64);
  EXPECT_EQ(choose_body_encoding(std::string(999, 'a'), true), BodyEncoding::base64);
  EXPECT_EQ(choose_body_encoding(std::string(998, 'a') + "\n" + std::string(998, 'b'), true),
            BodyEncoding::seven_bit);
}

TEST(MailFormat, MessageHasAllHeadersAndCrlfBody) {
  OutgoingMail mail;
  mail.from = "no-reply@hanse.test";
  mail.from_name = "Hanse \"Market\"";
  mail.to = "buyer@example.com";
  mail.subject = "Hello";
  mail.body = "line one\nline two";
  mail.date = 0;
  mail.message_id = "7.0.outbox@hanse.test";
  std::string text = format_message(mail, BodyEncoding::eight_bit);
  EXPECT_NE(text.find("From: \"Hanse \\\"Market\\\"\" <no-reply@hanse.test>\r\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("To: buyer@example.com\r\n"), std::string::npos);
  EXPECT_NE(text.find("Subject: Hello\r\n"), std::string::npos);
  EXPECT_NE(text.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <7.0.outbox@hanse.test>\r\n"), std::string::npos);
  EXPECT_NE(text.find("MIME-Version: 1.0\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: 8bit\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\n\r\nline one\r\nline two\r\n"), std::string::npos);
  EXPECT_EQ(text.find("\n\n"), std::string::npos) << "bare LF in the output";

  std::string b64 = format_message(mail, BodyEncoding::base64);
  EXPECT_NE(b64.find("Content-Transfer-Encoding: base64\r\n"), std::string::npos);
  EXPECT_EQ(base64_decode(b64.substr(b64.find("\r\n\r\n") + 4)), "line one\r\nline two\r\n");
}

TEST(MailSmtpReply, ParsesSingleAndMultiLineReplies) {
  SmtpReplyParser single;
  EXPECT_EQ(single.feed("250 OK"), SmtpReplyParser::Step::complete);
  EXPECT_EQ(single.reply().code, 250);
  EXPECT_TRUE(single.reply().positive());

  SmtpReplyParser multi;
  EXPECT_EQ(multi.feed("250-relay.test"), SmtpReplyParser::Step::need_more);
  EXPECT_EQ(multi.feed("250-8BITMIME"), SmtpReplyParser::Step::need_more);
  EXPECT_EQ(multi.feed("250 HELP"), SmtpReplyParser::Step::complete);
  EXPECT_EQ(multi.reply().lines, (std::vector<std::string>{"relay.test", "8BITMIME", "HELP"}));

  SmtpReplyParser bare;
  EXPECT_EQ(bare.feed("354"), SmtpReplyParser::Step::complete);
  EXPECT_EQ(bare.reply().code, 354);

  SmtpReplyParser transient;
  EXPECT_EQ(transient.feed("451 4.3.0 try later"), SmtpReplyParser::Step::complete);
  EXPECT_TRUE(transient.reply().transient());
  EXPECT_EQ(transient.reply().summary(), "451 4.3.0 try later");

  SmtpReplyParser permanent;
  EXPECT_EQ(permanent.feed("550 no such user"), SmtpReplyParser::Step::complete);
  EXPECT_TRUE(permanent.reply().permanent());
}

TEST(MailSmtpReply, RefusesMalformedLines) {
  EXPECT_EQ(SmtpReplyParser().feed("25"), SmtpReplyParser::Step::malformed);
  EXPECT_EQ(SmtpReplyParser().feed("abc hello"), SmtpReplyParser::Step::malformed);
  EXPECT_EQ(SmtpReplyParser().feed("250_OK"), SmtpReplyParser::Step::malformed);
  EXPECT_EQ(SmtpReplyParser().feed("999 what"), SmtpReplyParser::Step::malformed);
  SmtpReplyParser mixed;
  EXPECT_EQ(mixed.feed("250-first"), SmtpReplyParser::Step::need_more);
  EXPECT_EQ(mixed.feed("251 second"), SmtpReplyParser::Step::malformed);
}

TEST(MailRetry, ExponentialBackoffWithCap) {
  using std::chrono::seconds;
  EXPECT_EQ(retry_delay(1, seconds(30), seconds(3600)), seconds(30));
  EXPECT_EQ(retry_delay(2, seconds(30), seconds(3600)), seconds(60));
  EXPECT_EQ(retry_delay(5, seconds(30), seconds(3600)), seconds(480));
  EXPECT_EQ(retry_delay(8, seconds(30), seconds(3600)), seconds(3600));
  EXPECT_EQ(retry_delay(1000, seconds(30), seconds(3600)), seconds(3600));
}

// P-11 (RFC 8058): marketing mail carries List-Unsubscribe with its URL in
// angle brackets and List-Unsubscribe-Post; other mail carries neither.
TEST(MailFormat, P11_marketing_email_one_click_headers) {
  OutgoingMail mail;
  mail.from = "no-reply@hanse.test";
  mail.to = "buyer@example.com";
  mail.subject = "News";
  mail.body = "Offers.\n";
  mail.date = 0;
  mail.message_id = "1.0@hanse.test";
  std::string plain = format_message(mail, BodyEncoding::seven_bit);
  EXPECT_EQ(plain.find("List-Unsubscribe"), std::string::npos) << plain;
  mail.list_unsubscribe = "https://hanse.example/unsubscribe/abc";
  std::string text = format_message(mail, BodyEncoding::seven_bit);
  auto head = text.substr(0, text.find("\r\n\r\n") + 2);
  EXPECT_NE(head.find("\r\nList-Unsubscribe: <https://hanse.example/unsubscribe/abc>\r\n"), std::string::npos)
      << head;
  EXPECT_NE(head.find("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos) << head;
}

}  // namespace
}  // namespace hanse::mail
