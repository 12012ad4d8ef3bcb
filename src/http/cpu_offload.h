// Runs a function on a thread pool and resumes the awaiting coroutine on its
// own executor (its I/O thread) afterwards. Internal to the HTTP layer.
#pragma once

#include <utility>  // before Boost: Boost 1.74 + g++ 12 coroutines

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/execution.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <exception>

namespace hanse::http {

// co_await run_on_pool(pool, f): f() runs on `pool`; its result (or its
// exception, rethrown) is delivered back on the caller's executor, which is
// kept busy meanwhile so its io_context does not run out of work.
template <class Result, class Function>
boost::asio::awaitable<Result> run_on_pool(boost::asio::thread_pool& pool, Function function) {
  auto initiation = [&pool, function = std::move(function)](auto handler) mutable {
    auto home = boost::asio::prefer(boost::asio::get_associated_executor(handler),
                                    boost::asio::execution::outstanding_work.tracked);
    boost::asio::post(pool, [function = std::move(function), handler = std::move(handler),
                             home = std::move(home)]() mutable {
      std::exception_ptr error;
      Result result{};
      try {
        result = function();
      } catch (...) {
        error = std::current_exception();
      }
      boost::asio::post(home, [handler = std::move(handler), error,
                               result = std::move(result)]() mutable {
        handler(error, std::move(result));
      });
    });
  };
  co_return co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable),
                                                 void(std::exception_ptr, Result)>(
      std::move(initiation), boost::asio::use_awaitable);
}

}  // namespace hanse::http
