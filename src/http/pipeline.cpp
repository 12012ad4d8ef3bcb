#include "http/pipeline.h"

#include <spdlog/spdlog.h>

#include <exception>

#include "http/access_log.h"

namespace hanse::http {

struct Next::Run {
  const std::vector<Pipeline::Stage>& stages;
  Request& request;
  const Route* route;
  const std::function<Response()>& innermost;
  const std::function<Response()>& on_exception;

  // Calls fn; an exception becomes on_exception's answer, logged as
  // thrown by `who` ("handler", or the middleware's name).
  template <class Fn>
  Response guarded(std::string_view who, Fn&& fn) const {
    try {
      return fn();
    } catch (const std::exception& e) {
      spdlog::error("{} for {} {} threw: {}", who, log_safe_path(request.method), access_path(request, route),
                    e.what());
    } catch (...) {
      spdlog::error("{} for {} {} threw a non-exception", who, log_safe_path(request.method),
                    access_path(request, route));
    }
    return on_exception();
  }
};

Response Next::operator()() const {
  if (m_index >= m_run.stages.size()) return m_run.guarded("handler", m_run.innermost);
  const auto& stage = m_run.stages[m_index];
  const Next next(m_run, m_index + 1);
  return m_run.guarded(stage.name, [&] { return stage.middleware(m_run.request, m_run.route, next); });
}

Pipeline& Pipeline::use(std::string name, Middleware middleware) {
  m_stages.push_back({std::move(name), std::move(middleware)});
  return *this;
}

Response Pipeline::run(Request& request, const Route* route, const std::function<Response()>& innermost,
                       const std::function<Response()>& on_exception) const {
  const Next::Run run{m_stages, request, route, innermost, on_exception};
  return Next(run, 0)();
}

std::vector<std::string> Pipeline::names() const {
  std::vector<std::string> out;
  for (const auto& stage : m_stages) out.push_back(stage.name);
  return out;
}

}  // namespace hanse::http
