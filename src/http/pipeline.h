// The request pipeline: an ordered chain of middleware that every request
// passes through on its way to the handler, and every response on its way
// back, in one place. The site assembles its chain in web/pipeline.cpp.
//
// A middleware sees the request, the route it matched (null for static
// files, 404 and 405, and the server's own error answers such as 400 or
// 413) and `next`, which runs the rest of the chain and the handler. It may
// answer without calling next (a refused CSRF token, a cached page) and may
// change the response next returns (security headers).
//
// The whole chain runs on the thread that runs the handler: an I/O thread,
// or the CPU pool for Work::cpu routes. So middleware is synchronous, may
// keep per-request state on its stack, and must not block on slow I/O
// beyond what a handler would.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace hanse::http {

class Pipeline;

// Runs the rest of the chain. Call at most once.
class Next {
 public:
  Response operator()() const;

 private:
  friend class Pipeline;
  struct Run;
  Next(const Run& run, std::size_t index) : m_run(run), m_index(index) {}

  const Run& m_run;
  std::size_t m_index;
};

using Middleware = std::function<Response(Request& request, const Route* route, const Next& next)>;

class Pipeline {
 public:
  // Appends a middleware: the first added is the outermost (sees the request
  // first and the response last). `name` is for logs and tests.
  Pipeline& use(std::string name, Middleware middleware);

  // Runs the chain around `innermost` (the handler, the static file or the
  // error answer). An exception from innermost is logged and answered by
  // `on_exception` (the server's 500 page), which every middleware still
  // sees; an exception from a middleware is answered by on_exception too,
  // seen by the middleware outside it.
  Response run(Request& request, const Route* route, const std::function<Response()>& innermost,
               const std::function<Response()>& on_exception) const;

  // The middleware names, outermost first.
  std::vector<std::string> names() const;

 private:
  friend class Next;
  struct Stage {
    std::string name;
    Middleware middleware;
  };

  std::vector<Stage> m_stages;
};

}  // namespace hanse::http
