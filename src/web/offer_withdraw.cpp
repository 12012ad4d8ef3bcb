// POST /offer/{id}/withdraw (M-4): the offer stops being shown to others.
#include <functional>

#include "core/paths.h"
#include "market/listing_actions.h"
#include "web/handler.h"
#include "web/offer_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response offer_withdraw(App& app, Request& request) {
  std::int64_t now = app.clock.now();
  return change_offer(
      app, request,
      [&](std::int64_t actor, const market::Offer& offer) {
        return market::withdraw_offer(*app.db, actor, offer.id, now);
      },
      false);
}

}  // namespace hanse::web
