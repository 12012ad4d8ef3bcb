// Request dispatch: static files, router, handlers, error pages.
#include "http/dispatch.h"

#include <spdlog/spdlog.h>

#include <boost/asio/use_awaitable.hpp>
#include <exception>

#include "http/access_log.h"
#include "http/cpu_offload.h"

namespace hanse::http {
namespace {

constexpr std::string_view static_prefix = "/static/";

const char* reason(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    default: return "Error";
  }
}

Response call_handler(const ServerState& state, const Route& route, Request& request) {
  try {
    return route.handler(request);
  } catch (const std::exception& e) {
    spdlog::error("handler for {} {} threw: {}", route.method, log_safe_path(request.target),
                  e.what());
  } catch (...) {
    spdlog::error("handler for {} {} threw a non-exception", route.method,
                  log_safe_path(request.target));
  }
  return error_response(state, 500, &request);
}

}  // namespace

Response error_response(const ServerState& state, int status, const Request* request) {
  if (state.error_page) {
    try {
      Response response = state.error_page(status, request);
      response.status = status;
      return response;
    } catch (const std::exception& e) {
      spdlog::error("error page renderer threw for {}: {}", status, e.what());
    } catch (...) {
      spdlog::error("error page renderer threw for {}", status);
    }
  }
  return Response::text(std::string(reason(status)) + "\n", status);
}

void apply_filter(const ServerState& state, const Request& request, Response& response) {
  if (!state.filter) return;
  try {
    state.filter(request, response);
  } catch (const std::exception& e) {
    spdlog::error("response filter threw: {}", e.what());
  } catch (...) {
    spdlog::error("response filter threw a non-exception");
  }
}

boost::asio::awaitable<Response> dispatch(ServerState& state, Request& request) {
  const bool read_method = request.method == "GET" || request.method == "HEAD";
  if (read_method && request.target.starts_with(static_prefix)) {
    std::string_view raw = request.target;
    raw = raw.substr(static_prefix.size(), raw.find('?') - static_prefix.size());
    Response response =
        state.static_files.serve(raw, request.header("if-none-match").value_or(""));
    if (response.status == 404) co_return error_response(state, 404, &request);
    co_return response;
  }

  Match match = state.router.match(request.method, request.path);
  if (match.route == nullptr) {
    if (match.allowed_methods.empty()) co_return error_response(state, 404, &request);
    Response response = error_response(state, 405, &request);
    std::string allow;
    for (const std::string& method : match.allowed_methods) {
      if (!allow.empty()) allow += ", ";
      allow += method;
    }
    response.set_header("Allow", std::move(allow));
    co_return response;
  }
  request.path_params = std::move(match.params);
  const Route& route = *match.route;
  if (route.work == Work::cpu && state.cpu_pool != nullptr) {
    co_return co_await run_on_pool<Response>(
        *state.cpu_pool, [&state, &route, &request] { return call_handler(state, route, request); });
  }
  co_return call_handler(state, route, request);
}

}  // namespace hanse::http
