// One client connection: reads requests, dispatches, writes responses,
// keeps alive until close, timeout, or server shutdown. Internal.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <boost/asio/awaitable.hpp>
#include <memory>

#include "http/server_state.h"

namespace hanse::http {

// Serves `connection` until it ends; runs on the connection's executor.
// Never throws.
boost::asio::awaitable<void> serve_connection(ServerState& state,
                                              std::shared_ptr<Connection> connection);

}  // namespace hanse::http
