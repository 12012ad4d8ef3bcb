// The product form and its actions (web/product_*.cpp).
#pragma once

#include "market/product_store.h"
#include "web/handler.h"
#include "web/listing_helpers.h"

namespace hanse::web {

market::ProductForm product_form_from(const market::Product& product);

market::ProductForm product_form_from(const http::Form& posted);

// The photos sent in the form (empty file inputs are skipped).
std::vector<market::PhotoUpload> photos_from(const http::Form& posted);

// The form page. product: the product being edited (its photos are listed).
Response render_product_form(App& app, Page& page, const market::ProductForm& form,
                             const market::ListingErrors& errors, const market::Product* product,
                             std::int64_t company_id, int status);

Editable<market::Product> editable_product(App& app, const Request& request, Page& page);

std::vector<std::int64_t> ids_from(const std::vector<std::string>& texts);

}  // namespace hanse::web
