// GET /offer/{id}/edit (M-4): the offer form, filled in, for members of the
// offer's company (403 for others).
#include <functional>

#include "core/paths.h"
#include "market/offer_store.h"
#include "web/handler.h"
#include "web/offer_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response offer_edit_show(App& app, Request& request) {
  Page page(app, request);
  auto editable = editable_offer(app, request, page);
  if (editable.refusal) return std::move(*editable.refusal);
  auto& offer = *editable.listing;
  return render_offer_form(app, page, offer_form_from(offer), {}, &offer, offer.company_id, 200);
}

}  // namespace hanse::web
