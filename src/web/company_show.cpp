// GET /company/{id}-{slug} (M-1, P-12): the public company page.
#include "core/paths.h"
#include "web/company_page.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response company_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  if (auto kept = kept_company_page(app, request.path)) return render_company_page(page, *kept, false);
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto view = company_page_view(app, *id);
  if (!view) return error_response(app, request, view.error());
  if (!*view) return error_page(app, 404, &request);
  if (request.path != (*view)->path) {
    Response moved;
    moved.status = 301;
    moved.set_header("Location", (*view)->path);
    return moved;
  }
  return render_company_page(page, **view, false);
}

}  // namespace hanse::web
