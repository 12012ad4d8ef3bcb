// Request dispatch: static files, router, handlers, error pages.
#include "http/dispatch.h"

#include <spdlog/spdlog.h>

#include <boost/asio/use_awaitable.hpp>
#include <exception>

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

Response answer_error(const ServerState& state, int status, Request* request) {
  Request empty;
  Request& r = request ? *request : empty;
  return state.pipeline.run(r, nullptr, [&] { return error_response(state, status, request); },
                            [&] { return error_response(state, 500, request); });
}

boost::asio::awaitable<Response> dispatch(ServerState& state, Request& request) {
  const auto server_error = [&] { return error_response(state, 500, &request); };
  const bool read_method = request.method == "GET" || request.method == "HEAD";
  if (read_method && request.target.starts_with(static_prefix)) {
    co_return state.pipeline.run(request, nullptr, [&] {
      std::string_view raw = request.target;
      raw = raw.substr(static_prefix.size(), raw.find('?') - static_prefix.size());
      Response response = state.static_files.serve(raw, request.header("if-none-match").value_or(""));
      if (response.status == 404) return error_response(state, 404, &request);
      return response;
    }, server_error);
  }

  Match match = state.router.match(request.method, request.path);
  if (match.route == nullptr) {
    co_return state.pipeline.run(request, nullptr, [&] {
      if (match.allowed_methods.empty()) return error_response(state, 404, &request);
      Response response = error_response(state, 405, &request);
      std::string allow;
      for (const std::string& method : match.allowed_methods) {
        if (!allow.empty()) allow += ", ";
        allow += method;
      }
      response.set_header("Allow", std::move(allow));
      return response;
    }, server_error);
  }
  request.path_params = std::move(match.params);
  const Route& route = *match.route;
  auto serve = [&state, &route, &request, &server_error] {
    return state.pipeline.run(request, &route, [&] { return route.handler(request); }, server_error);
  };
  if (route.work == Work::cpu && state.cpu_pool != nullptr)
    co_return co_await run_on_pool<Response>(*state.cpu_pool, serve);
  co_return serve();
}

}  // namespace hanse::http
