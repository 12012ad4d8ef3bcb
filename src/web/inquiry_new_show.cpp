// GET /inquiries/new?product=ID (or ?offer=ID) (M-7): the form to write to the
// company behind a product or an active offer.
#include <fmt/format.h>

#include "core/paths.h"
#include "market/inquiry.h"
#include "market/inquiry_notify.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/inquiry_form.h"

namespace hanse::web {

Response inquiry_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto topic = find_inquiry_topic(app, request);
  if (!topic) return error_response(app, request, topic.error());
  if (!*topic) return error_page(app, 404, &request);
  return render_inquiry_form(page, **topic, fmt::format("Inquiry about {}", (*topic)->title), "",
                             {}, 200);
}

}  // namespace hanse::web
