// Between Beast messages and the layer's own Request/Response. Internal.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <string>
#include <string_view>

#include <boost/beast/http/message.hpp>

#include "http/request.h"
#include "http/response.h"

namespace hanse::http {

namespace beast_http = boost::beast::http;

// Fills method, target, path (percent-decoded), query_string and headers
// (lower-cased names) from a request header. Accepts origin-form
// ("/a?b") and absolute-form ("http://host/a?b") targets; returns false on
// any other target (the caller answers 400).
bool fill_request_head(const beast_http::request_header<>& head, Request& out);

// A response as it goes on the wire: the head (status line, header fields
// and the blank line) and the body, written together in one gathered write.
// Beast parses requests; responses are written directly, because a page
// from the visitor page cache is then one system call on a shared body
// with no per-field buffer sequence to walk (Beast's serializer was a
// fifth of such a request's time under perf).
struct WireResponse {
  std::string head;
  std::string_view body;  // into the Response, which must outlive the write
};

// HTTP/1.1: header fields copied (those with CR, LF or NUL dropped, and
// Content-Length / Transfer-Encoding / Connection left to the server),
// Content-Length set except for 1xx/204/304, the body omitted for HEAD
// requests, and "Connection: close" unless keep_alive.
WireResponse to_wire(const Response& response, bool head_request, bool keep_alive);

}  // namespace hanse::http
