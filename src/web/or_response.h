// The one way a step of a page handler returns "a value, or the response to
// send instead" (a redirect to sign in, a 403, an error page):
//
//   OrResponse<market::Membership> require_company(...);
//
//   Response product_new_show(App& app, Request& request) {
//     Page page(app, request);
//     HANSE_TRY_PAGE(auto membership, require_company(app, request, page));
//     ...
//   }
//
// HANSE_TRY_PAGE returns the response from the enclosing function (a handler
// returning http::Response, or another step returning OrResponse<U>);
// HANSE_TRY_PAGE_STATUS does the same for a step whose value is not needed.
#pragma once

#include <expected>
#include <utility>

#include "core/result.h"
#include "http/response.h"

namespace hanse::web {

template <class T = void>
using OrResponse = std::expected<T, http::Response>;

// The response to send instead; converts to both a Response and any
// OrResponse<U>, so HANSE_TRY_PAGE works in either kind of function.
class SendInstead {
 public:
  explicit SendInstead(http::Response response) : m_response(std::move(response)) {}
  operator http::Response() && { return std::move(m_response); }
  template <class U>
  operator OrResponse<U>() && {
    return std::unexpected<http::Response>(std::move(m_response));
  }

 private:
  http::Response m_response;
};

// Makes a step's refusal: `return refuse(error_page(...));`.
inline std::unexpected<http::Response> refuse(http::Response response) {
  return std::unexpected<http::Response>(std::move(response));
}

}  // namespace hanse::web

#define HANSE_TRY_PAGE_IMPL(tmp, decl, expr)                                      \
  auto tmp = (expr);                                                              \
  if (!tmp) return ::hanse::web::SendInstead(std::move(tmp).error());            \
  decl = std::move(*tmp)
#define HANSE_TRY_PAGE(decl, expr) HANSE_TRY_PAGE_IMPL(HANSE_CONCAT(_hanse_page_, __LINE__), decl, expr)
#define HANSE_TRY_PAGE_STATUS(expr)                                               \
  do {                                                                            \
    auto _hanse_page_status = (expr);                                             \
    if (!_hanse_page_status) return ::hanse::web::SendInstead(std::move(_hanse_page_status).error()); \
  } while (0)
