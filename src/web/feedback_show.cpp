// GET /feedback (P-20): comments on the policy or the services, signed in
// or not, with the operator's contact address beside the form.
#include "web/feedback_form.h"

namespace hanse::web {

Response feedback_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  return render_feedback_form(app, page, {}, {}, 200);
}

}  // namespace hanse::web
