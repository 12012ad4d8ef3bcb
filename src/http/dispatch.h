// From a read Request to the Response: the pipeline around static files,
// routing and handler invocation (inline or on the CPU pool), and error
// pages. Internal.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <boost/asio/awaitable.hpp>

#include "http/server_state.h"

namespace hanse::http {

// The response for `request`, after the pipeline. Never throws: handler
// and middleware exceptions are logged and become the 500 page.
boost::asio::awaitable<Response> dispatch(ServerState& state, Request& request);

// The server's own answer `status` for a request that could not be read
// whole (400, 413, 431), through the pipeline; `request` may be null.
Response answer_error(const ServerState& state, int status, Request* request);

// The server's error page for `status` from ErrorPageRenderer (a plain-text
// fallback when there is none or it throws); `request` may be null.
Response error_response(const ServerState& state, int status, const Request* request);

}  // namespace hanse::http
