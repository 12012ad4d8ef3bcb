// GET /company/{id}-{slug} (M-1, P-12): the public company page.
#include "core/paths.h"
#include "web/company_page.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response company_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto content = load_company_page(app, *id, !page.member());
  if (!content) return error_response(app, request, content.error());
  if (!*content) return error_page(app, 404, &request);
  if (request.path != (*content)->company.path()) {
    Response moved;
    moved.status = 301;
    moved.set_header("Location", (*content)->company.path());
    return moved;
  }
  return render_company_page(app, page, **content, false);
}

}  // namespace hanse::web
