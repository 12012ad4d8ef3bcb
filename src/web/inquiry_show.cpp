// GET /inquiries/{id} (M-7): one thread; one the member is not a party to
// does not exist for them (404, whether or not it exists).
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/inquiry_thread.h"

namespace hanse::web {

Response inquiry_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto found = inquiry_thread_for(app, page, request);
  if (auto* response = std::get_if<Response>(&found)) return std::move(*response);
  return render_inquiry_thread(app, page, std::get<market::InquiryThread>(found), "", {}, 200);
}

}  // namespace hanse::web
