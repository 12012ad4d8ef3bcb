// Between Beast messages and the layer's own Request/Response. Internal.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include "http/request.h"
#include "http/response.h"

namespace hanse::http {

namespace beast_http = boost::beast::http;

// Fills method, target, path (percent-decoded), query_string and headers
// (lower-cased names) from a request header. Accepts origin-form
// ("/a?b") and absolute-form ("http://host/a?b") targets; returns false on
// any other target (the caller answers 400).
bool fill_request_head(const beast_http::request_header<>& head, Request& out);

// The Beast response for `response`: headers copied (those with CR, LF or
// NUL dropped, and Content-Length / Transfer-Encoding / Connection left to
// the server), Content-Length set except for 1xx/204/304, the body omitted
// for HEAD requests, and keep-alive as given.
beast_http::response<beast_http::string_body> to_beast(Response&& response, bool head_request,
                                                       bool keep_alive);

}  // namespace hanse::http
