// GET/POST /inquiries/new?product=ID (or ?offer=ID): a signed-in member
// writes to the company behind a product or an active offer (M-7).
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/ids.h"
#include "web/inquiry_form.h"

namespace hanse::web {

// The topic named by ?product= or ?offer=; nullopt when there is none.
Result<std::optional<market::InquiryTopic>> find_inquiry_topic(App& app, const Request& request) {
  auto lease = app.db->acquire();
  if (!lease) return std::unexpected(lease.error());
  if (auto product = request.query("product")) {
    if (auto id = parse_id(*product)) return market::product_topic(**lease, *id);
  } else if (auto offer = request.query("offer")) {
    if (auto id = parse_id(*offer)) return market::offer_topic(**lease, *id, app.clock.now());
  }
  return std::optional<market::InquiryTopic>{};
}

Response render_inquiry_form(Page& page, const market::InquiryTopic& topic,
                             const std::string& subject, const std::string& message,
                             const accounts::FieldErrors& errors, int status) {
  return page.render(
      "inquiry_new", "Send an inquiry",
      [&](Dict& d) {
        fill_form(d, {{"subject", subject}, {"message", message}}, errors);
        d.SetValue("SUPPLIER", topic.supplier_name);
        d.SetValue("TOPIC_TITLE", topic.title);
        d.SetValue("TOPIC_PATH", topic.path);
        d.SetValue("TOPIC_PARAM", topic.product_id ? "product" : "offer");
        d.SetIntValue("TOPIC_ID",
                      topic.product_id ? *topic.product_id : topic.offer_id.value_or(0));
        d.SetIntValue("MAX_MESSAGE", static_cast<long>(market::kMaxInquiryMessage));
      },
      status);
}

}  // namespace hanse::web
