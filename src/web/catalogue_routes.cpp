// The URLs of products, trade offers and uploaded images (M-3, M-4).
#include "web/catalogue_handlers.h"
#include "web/routes.h"

namespace hanse::web {

void add_catalogue_routes(RouteTable& routes) {
  routes.get("/products/new", product_new_show);
  routes.post("/products/new", product_new_submit);
  routes.get_public("/product/{ref}", product_show);
  routes.get("/product/{id}/edit", product_edit_show);
  routes.post("/product/{id}/edit", product_edit_submit);
  routes.post("/product/{id}/delete", product_delete);
  routes.get_public("/company/{ref}/products", company_products_show);

  routes.get("/offers/new", offer_new_show);
  routes.post("/offers/new", offer_new_submit);
  routes.get_public("/offer/{ref}", offer_show);
  routes.get("/offer/{id}/edit", offer_edit_show);
  routes.post("/offer/{id}/edit", offer_edit_submit);
  routes.post("/offer/{id}/renew", offer_renew);
  routes.post("/offer/{id}/withdraw", offer_withdraw);
  routes.post("/offer/{id}/delete", offer_delete);

  routes.get("/company/listings", company_listings);
  routes.get("/upload/{id}", upload_show);
}

}  // namespace hanse::web
