// From a read Request to the Response: static files, routing, handler
// invocation (inline or on the CPU pool), error pages. Internal.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <boost/asio/awaitable.hpp>

#include "http/server_state.h"

namespace hanse::http {

// The response for `request`, before the ResponseFilter. Never throws:
// handler exceptions are logged and become the 500 page.
boost::asio::awaitable<Response> dispatch(ServerState& state, Request& request);

// The server's error page for `status` from ErrorPageRenderer (a plain-text
// fallback when there is none or it throws); `request` may be null.
Response error_response(const ServerState& state, int status, const Request* request);

// Runs the ResponseFilter (if any) on `response`; a throwing filter is
// logged and its partial changes kept.
void apply_filter(const ServerState& state, const Request& request, Response& response);

}  // namespace hanse::http
