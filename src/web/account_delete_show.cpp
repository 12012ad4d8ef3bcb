// GET /bin/user/edit/delete (P-15): the form to delete one's account, with
// what erasure removes and what it keeps and why.
#include "web/account_delete_form.h"
#include "web/handler.h"

namespace hanse::web {

Response account_delete_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  return render_account_delete_form(page, {});
}

}  // namespace hanse::web
