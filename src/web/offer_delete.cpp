// POST /offer/{id}/delete (M-4): the offer is deleted.
#include <functional>

#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/offer_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response offer_delete(App& app, Request& request) {
  return change_offer(
      app, request,
      [&](std::int64_t actor, const market::Offer& offer) {
        return market::delete_offer(*app.db, actor, offer.id);
      },
      true);
}

}  // namespace hanse::web
