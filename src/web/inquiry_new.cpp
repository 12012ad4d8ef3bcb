// GET/POST /inquiries/new?product=ID (or ?offer=ID): a signed-in member
// writes to the company behind a product or an active offer (M-7).
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/ids.h"
#include "web/inquiry_handlers.h"
#include "web/page.h"

namespace hanse::web {
namespace {

// The topic named by ?product= or ?offer=; nullopt when there is none.
Result<std::optional<market::InquiryTopic>> find_topic(App& app, const Request& request) {
  auto lease = app.db->acquire();
  if (!lease) return std::unexpected(lease.error());
  if (auto product = request.query("product")) {
    if (auto id = parse_id(*product)) return market::product_topic(**lease, *id);
  } else if (auto offer = request.query("offer")) {
    if (auto id = parse_id(*offer)) return market::offer_topic(**lease, *id, app.clock.now());
  }
  return std::optional<market::InquiryTopic>{};
}

Response render_form(Page& page, const market::InquiryTopic& topic, const std::string& subject,
                     const std::string& message, const accounts::FieldErrors& errors, int status) {
  return page.render("inquiry_new", "Send an inquiry", [&](Dict& d) {
    fill_form(d, {{"subject", subject}, {"message", message}}, errors);
    d.SetValue("SUPPLIER", topic.supplier_name);
    d.SetValue("TOPIC_TITLE", topic.title);
    d.SetValue("TOPIC_PATH", topic.path);
    d.SetValue("TOPIC_PARAM", topic.product_id ? "product" : "offer");
    d.SetIntValue("TOPIC_ID", topic.product_id ? *topic.product_id : topic.offer_id.value_or(0));
    d.SetIntValue("MAX_MESSAGE", static_cast<long>(market::kMaxInquiryMessage));
  }, status);
}

}  // namespace

Response inquiry_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto topic = find_topic(app, request);
  if (!topic) return error_response(app, request, topic.error());
  if (!*topic) return error_page(app, 404, &request);
  return render_form(page, **topic, fmt::format("Inquiry about {}", (*topic)->title), "", {}, 200);
}

Response inquiry_new_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto topic = find_topic(app, request);
  if (!topic) return error_response(app, request, topic.error());
  if (!*topic) return error_page(app, 404, &request);
  std::string subject(request.form().get("subject"));
  std::string message(request.form().get("message"));
  auto errors = market::validate_inquiry(subject, message);
  if (!errors.empty()) return render_form(page, **topic, subject, message, errors, 422);

  market::NewInquiry inquiry{page.member()->member.id, **topic, subject, message};
  market::InquiryMailSettings mail{app.config.site.name, app.config.site.base_url};
  auto id = app.db->transaction([&](db::Connection& conn) -> Result<std::int64_t> {
    HANSE_TRY(auto created, market::create_inquiry(conn, inquiry, app.clock.now()));
    HANSE_TRY_STATUS(market::notify_inquiry(conn, *app.guard, *app.outbox, mail, created,
                                            inquiry.buyer_member_id, true));
    return created;
  });
  if (!id && id.error().kind == ErrorKind::invalid_input)
    return render_form(page, **topic, subject, message, {{"message", id.error().message}}, 422);
  if (!id) return error_response(app, request, id.error());
  return page.redirect(paths::inquiry(*id));
}

}  // namespace hanse::web
