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
  HANSE_TRY_PAGE_STATUS(page.require_member());
  HANSE_TRY_PAGE(auto thread, inquiry_thread_for(app, page, request));
  return render_inquiry_thread(app, page, thread, "", {}, 200);
}

}  // namespace hanse::web
