// GET /product/{id}-{slug} (M-3): a product's public page; each field is
// shown only when the company's policy version makes it public (P-12). Its
// content is shared by every viewer (web/product_page.h).
#include "web/handler.h"
#include "web/ids.h"
#include "web/product_page.h"

namespace hanse::web {

Response product_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto ref = parse_path_ref(request.param("ref"));
  if (!ref) return error_page(app, 404, &request);
  const std::string asked = ref_path("product", *ref);
  if (auto kept = kept_product_page(app, ref->id, asked)) return render_product_page(app, page, *kept);
  auto view = product_page_view(app, ref->id);
  if (!view) return error_response(app, request, view.error());
  if (!*view) return error_page(app, 404, &request);
  if (asked != (*view)->path) {
    return Response::redirect((*view)->path, 301);
  }
  return render_product_page(app, page, **view);
}

}  // namespace hanse::web
