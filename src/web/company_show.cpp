// GET /company/{id}-{slug} (M-1, P-12): the public company page.
#include "web/company_page.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response company_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto ref = parse_path_ref(request.param("id"));
  if (!ref) return error_page(app, 404, &request);
  const std::string asked = ref_path("company", *ref);
  if (auto kept = kept_company_page(app, asked)) return render_company_page(page, *kept, false);
  auto view = company_page_view(app, ref->id);
  if (!view) return error_response(app, request, view.error());
  if (!*view) return error_page(app, 404, &request);
  if (asked != (*view)->path) {
    return Response::redirect((*view)->path, 301);
  }
  return render_company_page(page, **view, false);
}

}  // namespace hanse::web
