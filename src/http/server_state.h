// What every connection of one Server shares. Internal to the HTTP layer.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <atomic>
#include <boost/asio/thread_pool.hpp>

#include "http/connection_registry.h"
#include "http/pipeline.h"
#include "http/server.h"
#include "http/static_files.h"

namespace hanse::http {

struct ServerState {
  ServerState(ServerOptions opts, Router r, ErrorPageRenderer e, Pipeline p)
      : options(std::move(opts)),
        router(std::move(r)),
        error_page(std::move(e)),
        pipeline(std::move(p)),
        static_files(options.static_dir) {}

  const ServerOptions options;
  const Router router;
  const ErrorPageRenderer error_page;
  const Pipeline pipeline;
  const StaticFiles static_files;
  ConnectionRegistry connections;
  std::atomic<bool> stopping{false};
  boost::asio::thread_pool* cpu_pool = nullptr;  // set by Server::run
};

}  // namespace hanse::http
