// Responses as written on the wire (http/message_convert.h), read back with
// Beast's own response parser: what we write is what an HTTP client reads.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include "http/message_convert.h"

namespace hanse::http {
namespace {

using Parsed = beast_http::response<beast_http::string_body>;

// Parses head + body as a client would; `head_request` tells the parser
// that no body follows a Content-Length.
Parsed parse(const WireResponse& wire, bool head_request = false) {
  beast_http::response_parser<beast_http::string_body> parser;
  parser.eager(true);
  parser.skip(head_request);
  const std::string bytes = wire.head + std::string(wire.body);
  boost::beast::error_code ec;
  const std::size_t used = parser.put(boost::asio::buffer(bytes), ec);
  EXPECT_FALSE(ec) << ec.message() << "\n" << bytes;
  EXPECT_EQ(used, bytes.size()) << bytes;
  EXPECT_TRUE(parser.is_done()) << bytes;
  return parser.release();
}

TEST(WireResponse, StatusHeadersAndBodyReadBackAsWritten) {
  Response response = Response::html("<p>hello</p>", 201);
  response.add_header("X-Thing", "one");
  const Parsed parsed = parse(to_wire(response, false, true));
  EXPECT_EQ(parsed.result_int(), 201u);
  EXPECT_EQ(parsed.reason(), "Created");
  EXPECT_EQ(parsed[beast_http::field::content_type], "text/html; charset=utf-8");
  EXPECT_EQ(parsed["X-Thing"], "one");
  EXPECT_EQ(parsed[beast_http::field::content_length], "12");
  EXPECT_EQ(parsed.body(), "<p>hello</p>");
  EXPECT_TRUE(parsed.keep_alive());
}

TEST(WireResponse, SharedBodyIsSentWithoutCopying) {
  Response response;
  response.shared_body = std::make_shared<const std::string>("cached page");
  const WireResponse wire = to_wire(response, false, true);
  EXPECT_EQ(wire.body.data(), response.shared_body->data());
  EXPECT_EQ(parse(wire).body(), "cached page");
}

TEST(WireResponse, HeadRequestKeepsTheLengthButSendsNoBody) {
  const Response response = Response::text("twelve bytes");
  const WireResponse wire = to_wire(response, true, true);
  EXPECT_TRUE(wire.body.empty());
  const Parsed parsed = parse(wire, true);
  EXPECT_EQ(parsed[beast_http::field::content_length], "12");
}

TEST(WireResponse, NoContentAndNotModifiedHaveNoLengthOrBody) {
  for (const int status : {204, 304, 101}) {
    Response response = Response::text("ignored", status);
    const WireResponse wire = to_wire(response, false, true);
    EXPECT_TRUE(wire.body.empty()) << status;
    EXPECT_EQ(wire.head.find("Content-Length"), std::string::npos) << status;
  }
}

TEST(WireResponse, ClosingConnectionIsAnnounced) {
  const Parsed parsed = parse(to_wire(Response::text("bye"), false, false));
  EXPECT_FALSE(parsed.keep_alive());
  EXPECT_EQ(parsed[beast_http::field::connection], "close");
}

TEST(WireResponse, FieldsTheServerManagesOrThatCouldSplitTheHeadAreDropped) {
  Response response = Response::text("abc");
  response.add_header("content-LENGTH", "999");
  response.add_header("Transfer-Encoding", "chunked");
  response.add_header("Connection", "keep-alive, upgrade");
  response.add_header("X-Injected", "a\r\nSet-Cookie: stolen=1");
  response.add_header("X-Nul", std::string("a\0b", 3));
  response.add_header("X-Kept", "yes");
  const WireResponse wire = to_wire(response, false, false);
  const Parsed parsed = parse(wire);
  EXPECT_EQ(parsed[beast_http::field::content_length], "3");
  EXPECT_EQ(parsed.count(beast_http::field::content_length), 1u);
  EXPECT_EQ(parsed.count(beast_http::field::transfer_encoding), 0u);
  EXPECT_EQ(parsed[beast_http::field::connection], "close");
  EXPECT_EQ(parsed.count("X-Injected"), 0u);
  EXPECT_EQ(parsed.count(beast_http::field::set_cookie), 0u);
  EXPECT_EQ(parsed.count("X-Nul"), 0u);
  EXPECT_EQ(parsed["X-Kept"], "yes");
  EXPECT_EQ(parsed.body(), "abc");
}

TEST(WireResponse, AnImpossibleStatusIsSentAs500) {
  const Parsed parsed = parse(to_wire(Response::text("x", 1234), false, true));
  EXPECT_EQ(parsed.result_int(), 500u);
  EXPECT_EQ(parsed.reason(), "Internal Server Error");
}

}  // namespace
}  // namespace hanse::http
