// POST /inquiries/{id}/reply (M-7): a reply in the thread.
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/format.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/inquiry_thread.h"

namespace hanse::web {

Response inquiry_reply(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto found = inquiry_thread_for(app, page, request);
  if (auto* response = std::get_if<Response>(&found)) return std::move(*response);
  auto& thread = std::get<market::InquiryThread>(found);
  std::string message(request.form().get("message"));
  auto errors = market::validate_reply(message);
  if (!errors.empty()) return render_inquiry_thread(app, page, thread, message, errors, 422);
  auto member = page.member()->member.id;
  market::InquiryMailSettings mail{app.config.site.name, app.config.site.base_url};
  auto stored = app.db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(market::add_reply(conn, thread.id, member, message, app.clock.now()));
    return market::notify_inquiry(conn, *app.guard, *app.outbox, mail, thread.id, member, false);
  });
  if (!stored) return error_response(app, request, stored.error());
  return page.redirect(paths::inquiry(thread.id) + "#latest");
}

}  // namespace hanse::web
