// POST /inquiries/new (M-7): starts the thread and notifies the supplier.
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/inquiry_form.h"

namespace hanse::web {

Response inquiry_new_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto topic = find_inquiry_topic(app, request);
  if (!topic) return error_response(app, request, topic.error());
  if (!*topic) return error_page(app, 404, &request);
  std::string subject(request.form().get("subject"));
  std::string message(request.form().get("message"));
  auto errors = market::validate_inquiry(subject, message);
  if (!errors.empty()) return render_inquiry_form(page, **topic, subject, message, errors, 422);

  market::NewInquiry inquiry{page.member()->member.id, **topic, subject, message};
  market::InquiryMailSettings mail{app.config.site.name, app.config.site.base_url};
  auto id = app.db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    HANSE_TRY(auto created, market::create_inquiry(conn, inquiry, app.clock.now()));
    HANSE_TRY_STATUS(market::notify_inquiry(conn, *app.guard, *app.outbox, mail, created,
                                            inquiry.buyer_member_id, true));
    return created;
  });
  if (!id && id.error().kind == ErrorKind::invalid_input)
    return render_inquiry_form(page, **topic, subject, message, {{"message", id.error().message}},
                               422);
  if (!id) return error_response(app, request, id.error());
  return page.redirect(paths::inquiry(*id));
}

}  // namespace hanse::web
